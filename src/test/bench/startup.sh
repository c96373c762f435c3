#!/usr/bin/env bash
# Time to the first drawn frame of Jiaodui against a minimal JavaFX window, in one run (AppStartupBench ratio).
#
#   src/test/bench/startup.sh [RUNS] [PAGES]      # after mvn package (and mvn -Pinstaller package for the
#                                                 # CDS archive and the installed launcher)
#
# Uses $DISPLAY, else a private Xvfb display that it starts and stops (apt-get install xvfb libgtk-3-0).
set -eu
cd "$(dirname "$0")/../../.."
[ -f target/jiaodui.jar ] || { echo "startup: run mvn package first" >&2; exit 2; }
mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
xvfb_pid=""
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null' EXIT
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "startup: no DISPLAY and no Xvfb (apt-get install xvfb)" >&2; exit 2; }
  for n in $(seq 171 199); do [ ! -e /tmp/.X$n-lock ] && { disp=:$n; break; }; done
  Xvfb "$disp" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
  sleep 1; export DISPLAY=$disp
fi
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" com.jiaodui.bench.AppStartupBench ratio "${1:-5}" "${2:-0}"
