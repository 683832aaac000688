#!/bin/bash
# usage: loop.sh TAG N paths...
tag=$1; n=$2; shift 2
cd /work/main
crashes=0; fails=0
for i in $(seq 1 $n); do
  QT_QPA_PLATFORM=offscreen timeout 600 python -X faulthandler -m pytest -p no:randomly -q -p no:cacheprovider "$@" > /tmp/sf/$tag.$i.log 2>&1
  rc=$?
  if grep -q "Fatal Python error" /tmp/sf/$tag.$i.log; then crashes=$((crashes+1)); echo "run $i CRASH rc=$rc";
  elif [ $rc -ne 0 ]; then fails=$((fails+1)); echo "run $i FAIL rc=$rc"; else echo "run $i ok"; fi
done
echo "TOTAL $tag: runs=$n crashes=$crashes fails=$fails"
