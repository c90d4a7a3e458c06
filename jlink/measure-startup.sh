#!/usr/bin/env bash
# Cold start of the packaged app to a visible window, under a private Xvfb display.
#
#   jlink/measure-startup.sh [LAUNCHER] [RUNS]     (default: the Maven build's app image, 5 runs)
#
# XDISPLAY=:N uses that display number instead of a random free one.
# Each run starts LAUNCHER, polls `xwininfo` every 10 ms until the main window (WM_CLASS
# org.losslens.app.LossLensApp; the title is not used, since xwininfo cannot show its em dash in
# a C locale) is viewable (mapped), prints the elapsed time, and stops that run's process. That is
# the first window (its "Preparing the editor…" placeholder); the main window fills it about a second
# later. Every run starts with a fresh, empty app folder (-Dlosslens.home in a temporary directory).
# With COLD=1 (root only) the page cache is dropped before every run, so the runtime image is read
# from disk as on a first start after boot. Needs Xvfb and xwininfo (apt-get install xvfb x11-utils).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
launcher=${1:-$here/../src/app/target/jpackage/losslens/bin/losslens}
runs=${2:-5}
work=$(mktemp -d)

# XDISPLAY=:N picks the display (e.g. on a machine shared with other jobs' displays).
display=${XDISPLAY:-:$((90 + RANDOM % 400))}
while [ -z "${XDISPLAY:-}" ] && [ -e "/tmp/.X${display#:}-lock" ]; do display=:$((90 + RANDOM % 400)); done
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
app=
cleanup() {
  [ -z "$app" ] || kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 100); do DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done

visible() {
  local id
  for id in $(DISPLAY=$display xwininfo -root -children 2>/dev/null \
      | sed -n 's/^ *\(0x[0-9a-f]*\) .*"org\.losslens\.app\.LossLensApp".*/\1/p'); do
    DISPLAY=$display xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable' && return 0
  done
  return 1
}

times=()
for i in $(seq "$runs"); do
  if [ "${COLD:-0}" = 1 ]; then sync; echo 3 >/proc/sys/vm/drop_caches; fi
  start=$(date +%s%N)
  # A fresh app folder each run (a first start, and nothing written into the real one): the JVM
  # takes user.home from the password database, not from $HOME, so the folder is passed as a property.
  env -i PATH=/usr/bin:/bin HOME="$work" DISPLAY="$display" JAVA_TOOL_OPTIONS="-Dlosslens.home=$work/home-$i" \
    "$launcher" >"$work/app.log" 2>&1 &
  app=$!
  until visible; do
    if ! kill -0 "$app" 2>/dev/null; then echo "run $i: the app exited:" >&2; cat "$work/app.log" >&2; exit 1; fi
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 30000 ]; then echo "run $i: no window after 30 s" >&2; exit 1; fi
    sleep 0.01
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: window visible after $ms ms"
  if [ -n "${SCREENSHOT:-}" ] && [ "$i" = "$runs" ]; then
    sleep "${SCREENSHOT_DELAY:-3}"
    DISPLAY=$display import -window root "$SCREENSHOT" && echo "screenshot: $SCREENSHOT"
  fi
  kill "$app"; wait "$app" 2>/dev/null || true; app=
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $runs runs: ${sorted[$(( runs / 2 ))]} ms (min ${sorted[0]}, max ${sorted[-1]})"
