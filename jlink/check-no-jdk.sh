#!/usr/bin/env bash
# Installs the .deb into an empty directory and starts it where no JDK can be found: a private
# mount namespace hides /usr/lib/jvm (so /usr/bin/java dangles), the environment is emptied
# (no JAVA_HOME, PATH=/usr/bin:/bin). Prints which java/libjvm the process uses, and saves a
# screenshot of the window under Xvfb. Needs root (unshare -m), Xvfb and ImageMagick's `import`.
#
#   sudo jlink/check-no-jdk.sh [DEB] [SCREENSHOT.png]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
deb=${1:-$(ls "$here"/../src/app/target/jpackage/losslens_*.deb | head -n 1)}
shot=${2:-$PWD/losslens-no-jdk.png}
root=$(mktemp -d)
dpkg-deb -x "$deb" "$root"
echo "installed $(basename "$deb") into $root ($(du -sh "$root/opt/losslens" | cut -f1))"

exec unshare --mount --propagation private bash -s "$root" "$shot" <<'INNER'
set -euo pipefail
root=$1 shot=$2
mount -t tmpfs tmpfs /usr/lib/jvm          # every system JDK/JRE is gone in this namespace
app=$root/opt/losslens/bin/losslens
run() { env -i PATH=/usr/bin:/bin HOME="$root/home" DISPLAY="${DISPLAY:-}" "$@"; }
mkdir -p "$root/home"
echo "--- no JDK: $(run bash -c 'command -v java || echo "java: not found"'); /usr/lib/jvm holds $(ls /usr/lib/jvm | wc -l) entries; JAVA_HOME: $(run bash -c "echo \${JAVA_HOME:-unset}")"
echo "--- $(run "$app" --version)"
echo "--- ldd of the bundled libjvm.so (system libraries only, no JDK):"
ldd "$root/opt/losslens/lib/runtime/lib/server/libjvm.so" | sed 's/^/    /'

display=:$((90 + RANDOM % 400))
while [ -e "/tmp/.X${display#:}-lock" ]; do display=:$((90 + RANDOM % 400)); done
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
env -i PATH=/usr/bin:/bin HOME="$root/home" DISPLAY="$display" "$app" >"$root/app.log" 2>&1 &
pid=$!
for _ in $(seq 300); do
  DISPLAY=$display xwininfo -root -children 2>/dev/null | grep -q '"org.losslens.app.LossLensApp"' && break
  sleep 0.05
done
sleep 4                                     # let the first evaluation paint
echo "--- process $pid runs: $(readlink /proc/$pid/exe)"
echo "--- its libjvm: $(grep -m1 -o '/[^ ]*libjvm.so' /proc/$pid/maps)"
echo "--- its JavaFX glass: $(grep -m1 -o '/[^ ]*libglassgtk3.so' /proc/$pid/maps || echo none)"
DISPLAY=$display import -window root "$shot"
echo "--- screenshot: $shot"
kill "$pid" "$xvfb" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
echo "--- app output:"; sed 's/^/    /' "$root/app.log"
rm -rf "$root"
INNER
