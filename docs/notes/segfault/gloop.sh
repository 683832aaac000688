#!/bin/bash
# usage: gloop.sh TAG N paths...   (each run under gdb; a crash leaves its native backtrace in the log)
tag=$1; n=$2; shift 2
cd /work/main
crashes=0; fails=0
for i in $(seq 1 $n); do
  QT_QPA_PLATFORM=offscreen timeout 900 gdb -q -batch -ex "set pagination off" -ex "handle SIGPIPE nostop noprint" \
     -ex run -ex "thread apply all bt 25" --args /root/.pyenv/versions/3.11.7/bin/python -X faulthandler -m pytest -p no:randomly -q -p no:cacheprovider "$@" > /tmp/sf/$tag.$i.log 2>&1
  if grep -q "received signal SIG" /tmp/sf/$tag.$i.log; then crashes=$((crashes+1)); echo "run $i CRASH $(grep -m1 'received signal' /tmp/sf/$tag.$i.log)";
  elif ! grep -qE "[0-9]+ passed" /tmp/sf/$tag.$i.log || grep -qE "[0-9]+ failed|error" /tmp/sf/$tag.$i.log; then fails=$((fails+1)); echo "run $i FAIL"; else echo "run $i ok"; fi
done
echo "TOTAL $tag: runs=$n crashes=$crashes fails=$fails"
