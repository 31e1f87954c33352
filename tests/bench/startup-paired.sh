#!/usr/bin/env bash
# The paired start-up benchmark: whole process, exec to first painted frame, TradeDesk on its
# demo exchange against a plain QMainWindow with a form and a table (bench_bare_window), started
# the same way (same environment, same display, same 1440x900 window), alternating which goes
# first, PAIRS pairs. Prints each run, then the medians, the median of the per-pair ratios and the
# peak resident memory (max RSS of the whole process) of each, and the CPU time all threads used
# until the first frame (the figure the other jobs on a shared machine distort least).
# Figures, not a test.
# Then the peak RSS of one run of each over SETTLE_S (8) seconds, the app with its data loaded.
# Usage: startup-paired.sh BUILD_DIR [PAIRS=21] [APP_ARGS...]
# Starts an Xvfb when there is no DISPLAY. SETTINGS=file.ini runs the app on a saved layout;
# APP=path runs another build of the app (the one before a change) against the same baseline;
# BEFORE=path runs that other build in every pair as well (a before/after in the same minutes,
# which is the only fair comparison on a loaded machine), with its own medians and ratios.
set -euo pipefail
build=$(cd "${1:?BUILD_DIR}" && pwd)
pairs=${2:-21}
shift $(($# > 1 ? 2 : 1))
app=${APP:-$build/app/desktop/tradedesk} # APP=… compares another build of the app
bare=$build/tests/bench_bare_window
work=$(mktemp -d)
xvfb=
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 90 140); do [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || break; done
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:$n
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
fi
export QT_QPA_PLATFORM=xcb TRADEDESK_EXIT_AFTER_FIRST_FRAME=1
# Neither touches the user's own settings or data.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache \
  XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$work/runtime"
settings=${SETTINGS:-$work/settings.ini}
[ -n "${SETTINGS:-}" ] || : >"$settings"

# One run: prints "MS CPU_MS KIB" (first frame, CPU time of all threads until then, peak RSS).
run() {
  local out
  out=$(/usr/bin/time -f '%M' -o "$work/rss" "$@" 2>/dev/null | awk '
    /^first-frame-ms/ {ms = $2} /^first-frame-cpu-ms/ {cpu = $2}
    END {print (ms == "" ? "nan" : ms), (cpu == "" ? "nan" : cpu)}')
  echo "$out $(tail -n1 "$work/rss")"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
run "$bare" >/dev/null # warm the page cache for both before measuring
run "$app" --demo --settings-file "$settings" "$@" >/dev/null
before=${BEFORE:-}
[ -z "$before" ] || run "$before" --demo --settings-file "$settings" "$@" >/dev/null
: >"$work/pairs" >"$work/before"
printf '%4s %9s %9s %7s %9s %9s %7s %9s %9s\n' pair app_ms bare_ms ratio app_cpu bare_cpu ratio \
  app_KiB bare_KiB
for i in $(seq "$pairs"); do
  # The build before a change runs first in even pairs, last in odd ones.
  if [ -n "$before" ] && ! ((i % 2)); then
    o=$(run "$before" --demo --settings-file "$settings" "$@")
  fi
  if ((i % 2)); then
    a=$(run "$app" --demo --settings-file "$settings" "$@"); b=$(run "$bare")
  else
    b=$(run "$bare"); a=$(run "$app" --demo --settings-file "$settings" "$@")
  fi
  if [ -n "$before" ]; then
    ((i % 2)) && o=$(run "$before" --demo --settings-file "$settings" "$@")
    read -r oms ocpu okib <<<"$o"; read -r bms2 bcpu2 bkib2 <<<"$b"
    awk -v o="$oms" -v b="$bms2" -v oc="$ocpu" -v bc="$bcpu2" -v ok="$okib" -v bk="$bkib2" \
      'BEGIN {printf "%s %s %.3f %s %s %.3f %s %s\n", o, b, o / b, oc, bc, oc / bc, ok, bk}' \
      >>"$work/before"
    printf '     before: %9s ms %9s CPU ms %9s KiB\n' "$oms" "$ocpu" "$okib"
  fi
  read -r ams acpu akib <<<"$a"; read -r bms bcpu bkib <<<"$b"
  r=$(awk -v a="$ams" -v b="$bms" 'BEGIN {printf "%.3f", a / b}')
  rc=$(awk -v a="$acpu" -v b="$bcpu" 'BEGIN {printf "%.3f", a / b}')
  printf '%4d %9s %9s %7s %9s %9s %7s %9s %9s\n' "$i" "$ams" "$bms" "$r" "$acpu" "$bcpu" "$rc" \
    "$akib" "$bkib"
  echo "$ams $bms $r $acpu $bcpu $rc $akib $bkib" >>"$work/pairs"
done
col() { awk -v c="$1" '{print $c}' "${2:-$work/pairs}" | median; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "first frame (wall), median of $pairs pairs: tradedesk $(col 1) ms, bare window $(col 2) ms;" \
  "median ratio $(col 3)"
echo "CPU time to first frame (all threads): tradedesk $(col 4) ms, bare window $(col 5) ms;" \
  "median ratio $(col 6)"
awk -v a="$(col 7)" -v b="$(col 8)" 'BEGIN {
  printf "peak RSS to the first frame, median: tradedesk %.1f MiB, bare window %.1f MiB; ratio %.2f\n",
    a / 1024, b / 1024, a / b }'
if [ -n "$before" ]; then
  b=$work/before
  echo "before ($before), same pairs: first frame $(col 1 "$b") ms, median ratio $(col 3 "$b");" \
    "CPU $(col 4 "$b") ms, median ratio $(col 6 "$b")"
  awk -v a="$(col 7 "$b")" -v b="$(col 8 "$b")" 'BEGIN {
    printf "before: peak RSS to the first frame, median %.1f MiB; ratio %.2f\n", a / 1024, a / b }'
fi
# Settled: the app running SETTLE_S seconds on the demo exchange with its data loaded (the
# exchange, its market and the first replies), against the bare window as long.
settle=${SETTLE_S:-8}
if ((settle > 0)); then
  unset TRADEDESK_EXIT_AFTER_FIRST_FRAME
  /usr/bin/time -f '%M' -o "$work/rss" "$app" --demo --settings-file "$settings" \
    --quit-after $((settle * 1000)) "$@" >/dev/null 2>&1 || true
  a=$(tail -n1 "$work/rss")
  /usr/bin/time -f '%M' -o "$work/rss" timeout "$settle" "$bare" >/dev/null 2>&1 || true
  b=$(tail -n1 "$work/rss")
  if [ -n "$before" ]; then
    /usr/bin/time -f '%M' -o "$work/rss" "$before" --demo --settings-file "$settings" \
      --quit-after $((settle * 1000)) "$@" >/dev/null 2>&1 || true
    awk -v a="$(tail -n1 "$work/rss")" -v b="$b" -v s="$settle" 'BEGIN {
      printf "before: peak RSS over %d s, one run: %.1f MiB; ratio %.2f\n", s, a / 1024, a / b }'
  fi
  awk -v a="$a" -v b="$b" -v s="$settle" 'BEGIN {
    printf "peak RSS over %d s, one run: tradedesk %.1f MiB, bare window %.1f MiB; ratio %.2f\n",
      s, a / 1024, b / 1024, a / b }'
fi
