#!/usr/bin/env bash
# Runtime figures for the README, under Xvfb (a real X server):
#  1. process start to first frame, TradeDesk vs a bare QMainWindow (median of N runs);
#  2. CPU while idle and polling on the demo exchange over 60 s (% of one core);
#  3. resident memory after 10 minutes of polling.
# Usage: measure-runtime.sh BUILD_DIR [RUNS] [IDLE_SECONDS] [SOAK_SECONDS]
set -euo pipefail
build=$(cd "${1:?BUILD_DIR}" && pwd)
runs=${2:-15}; idle=${3:-60}; soak=${4:-600}
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb
settings=$(mktemp -d)/s.ini
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
first_frame() {
  for _ in $(seq "$runs"); do TRADEDESK_EXIT_AFTER_FIRST_FRAME=1 "$@" | awk '/first-frame-ms/ {print $2}'; done | median
}
bare=$(first_frame "$build/tests/bench_bare_window")
app=$(first_frame "$build/app/desktop/tradedesk" --demo --settings-file "$settings")
echo "start to first frame: tradedesk ${app} ms, bare QMainWindow ${bare} ms, ratio $(awk -v a="$app" -v b="$bare" 'BEGIN {printf "%.2f", a/b}')"

"$build/app/desktop/tradedesk" --demo --settings-file "$settings" >/dev/null 2>&1 & pid=$!
sleep 5 # loaded
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
t0=$(ticks); sleep "$idle"; t1=$(ticks)
hz=$(getconf CLK_TCK)
echo "idle polling CPU over ${idle} s: $(awk -v d=$((t1 - t0)) -v hz="$hz" -v s="$idle" 'BEGIN {printf "%.2f", 100 * d / hz / s}') % of one core"
sleep $((soak > idle + 5 ? soak - idle - 5 : 0))
echo "resident memory after $((soak / 60)) min of polling: $(awk '/VmRSS/ {printf "%.1f MiB", $2 / 1024}' "/proc/$pid/status"), peak $(awk '/VmHWM/ {printf "%.1f MiB", $2 / 1024}' "/proc/$pid/status")"
kill "$pid"
