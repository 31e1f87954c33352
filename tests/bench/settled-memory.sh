#!/usr/bin/env bash
# Settled memory, measured honestly: the app after SETTLE_S (8) seconds with its data loaded,
# (a) with the demo exchange in the process (--demo) and (b) against the demo exchange as a
# separate process (tradedesk-demo-exchange, the app on --base-url with the exchange's key), as a
# user of a real exchange runs it; and the bare window as long. For each: peak RSS (max RSS of
# the whole process), and at SETTLE_S-1 seconds RSS and PSS from /proc/PID/smaps_rollup and RSS
# by what it is (heap and anonymous memory, our executable, libcrypto, Qt Network, fonts, …).
# Usage: settled-memory.sh BUILD_DIR [RUNS=1] [APP_ARGS...]; APP=path measures another build.
# Starts an Xvfb when there is no DISPLAY. Figures, not a test.
set -euo pipefail
build=$(cd "${1:?BUILD_DIR}" && pwd)
runs=${2:-1}
shift $(($# > 1 ? 2 : 1))
app=${APP:-$build/app/desktop/tradedesk}
bare=$build/tests/bench_bare_window
server=$build/app/demo-server/tradedesk-demo-exchange
settle=${SETTLE_S:-8}
work=$(mktemp -d)
xvfb= srv=
cleanup() {
  [ -n "$srv" ] && kill "$srv" 2>/dev/null
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
export QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data \
  XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$work/runtime"
: >"$work/settings.ini"

# RSS in KiB by kind of mapping, from smaps: "kind KiB" lines.
breakdown() {
  awk '
    /^[0-9a-f]+-[0-9a-f]+ / { name = (NF >= 6) ? $6 : "[anon]"
      n = name; sub(/.*\//, "", n)
      if (name ~ /^\[heap\]/ || name == "[anon]") k = "heap+anon"
      else if (n ~ /^libcrypto/) k = "libcrypto"
      else if (n ~ /^libssl|libqopensslbackend|libqcertonly/) k = "libssl+TLS plugins"
      else if (n ~ /^libQt6Network/) k = "Qt Network"
      else if (n ~ /^libQt6(HttpServer|WebSockets)|tradedesk-demo/) k = "demo module+HttpServer"
      else if (n ~ /^libQt6(Gui|Widgets|Core|XcbQpa|DBus)/) k = "Qt Core/Gui/Widgets/xcb"
      else if (n ~ /\.(ttf|otf|pcf|ttc)(\.gz)?$|fontconfig|freetype|harfbuzz/) k = "fonts+font libs"
      else if (n ~ /^tradedesk$|^bench_bare_window$/) k = "executable"
      else if (name ~ /^\[stack/) k = "stacks"
      else k = "other libraries"
    }
    /^Rss:/ { rss[k] += $2 }
    END { for (k in rss) printf "%s %d\n", k, rss[k] }' "$1"
}

# measure LABEL CMD...: peak RSS and the breakdown at settle-1 s.
measure() {
  local label=$1
  shift
  # No figures of the process measured before: a capture that fails says so instead.
  rm -f "$work/smaps" "$work/roll"
  /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1 &
  local tpid=$!
  sleep $((settle - 1))
  local pid
  pid=$tpid # the deepest process under time (and timeout)
  while c=$(pgrep -P "$pid" | head -n1) && [ -n "$c" ]; do pid=$c; done
  if [ -n "$pid" ] && [ -r "/proc/$pid/smaps" ]; then
    cp "/proc/$pid/smaps" "$work/smaps" 2>/dev/null || true
    awk '/^Rss:/ {r = $2} /^Pss:/ {p = $2} END {printf "%d %d\n", r, p}' \
      "/proc/$pid/smaps_rollup" >"$work/roll"
  fi
  wait "$tpid" 2>/dev/null || true
  if [ ! -s "$work/roll" ] || [ ! -s "$work/smaps" ]; then
    printf '%-34s peak %6.1f MiB  at %ds: not captured (pid %s gone)\n' "$label" \
      "$(awk -v k="$(tail -n1 "$work/rss")" 'BEGIN {print k / 1024}')" $((settle - 1)) "$pid"
    echo "$(tail -n1 "$work/rss")" >"$work/peak-$label"
    return
  fi
  read -r rss pss <"$work/roll"
  printf '%-34s peak %6.1f MiB  at %ds: RSS %6.1f MiB, PSS %6.1f MiB\n' "$label" \
    "$(awk -v k="$(tail -n1 "$work/rss")" 'BEGIN {print k / 1024}')" $((settle - 1)) \
    "$(awk -v k="$rss" 'BEGIN {print k / 1024}')" "$(awk -v k="$pss" 'BEGIN {print k / 1024}')"
  breakdown "$work/smaps" | awk '{v = $NF; $NF = ""; printf "%d %s\n", v, $0}' | sort -gr |
    awk '{v = $1; $1 = ""; printf "      %-30s %6.1f MiB\n", $0, v / 1024}'
  echo "$(tail -n1 "$work/rss")" >"$work/peak-$label"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
for r in $(seq "$runs"); do
  echo "run $r"
  measure bare "timeout" "$settle" "$bare"
  measure embedded "$app" --demo --settings-file "$work/settings.ini" --quit-after \
    $((settle * 1000)) "$@"
  # The exchange as a process of its own, as a real exchange is: the app alone is measured.
  "$server" --port 0 >"$work/server.out" 2>&1 &
  srv=$!
  for _ in $(seq 100); do grep -q '^Account:' "$work/server.out" && break; sleep 0.05; done
  url=$(sed -n 's/^Demo exchange on //p' "$work/server.out")
  key=$(sed -n 's/^API key: //p' "$work/server.out")
  account=$(sed -n 's/^Account: //p' "$work/server.out")
  pem=$(sed -n 's/^Private key written to \(.*\) (a new file.*/\1/p' "$work/server.out")
  measure separate "$app" --base-url "$url" --api-key "$key" --private-key "$pem" \
    --account "$account" --settings-file "$work/settings.ini" --quit-after $((settle * 1000)) "$@"
  kill "$srv" 2>/dev/null || true
  wait "$srv" 2>/dev/null || true
  srv=
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
b=$(cat "$work/peak-bare")
for l in embedded separate; do
  awk -v a="$(cat "$work/peak-$l")" -v b="$b" -v l="$l" 'BEGIN {
    printf "peak RSS ratio to the bare window (last run), %s: %.2f\n", l, a / b }'
done
