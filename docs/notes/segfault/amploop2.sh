#!/bin/bash
# usage: amploop.sh TAG ROOT N paths...  — pytest with the collector made very eager (-p gcamp), faulthandler on
tag=$1; root=$2; n=$3; shift 3
cd $root
crashes=0; fails=0
for i in $(seq 1 $n); do
  PYTHONPATH=/tmp/sf QT_QPA_PLATFORM=offscreen timeout 600 python -X faulthandler -m pytest -p gcamp2 -p no:randomly -q -p no:cacheprovider "$@" > /tmp/sf/$tag.$i.log 2>&1
  rc=$?
  if grep -q "Fatal Python error" /tmp/sf/$tag.$i.log; then crashes=$((crashes+1)); echo "run $i CRASH rc=$rc $(grep -m1 'Fatal Python error' /tmp/sf/$tag.$i.log)";
  elif [ $rc -ne 0 ]; then fails=$((fails+1)); echo "run $i FAIL rc=$rc $(tail -1 /tmp/sf/$tag.$i.log)"; else echo "run $i ok $(tail -1 /tmp/sf/$tag.$i.log)"; fi
done
echo "TOTAL $tag: runs=$n crashes=$crashes fails=$fails"
