#!/usr/bin/env bash
# Records jlink/cds.classlist: the JDK and JavaFX classes a real start of LossLens loads. package.sh
# dumps the runtime image's default class-data-sharing archive from it, so these classes are
# mapped pre-parsed and pre-verified instead of loaded one by one (start to a window 20-35 % faster).
#
#   jlink/record-classlist.sh [APP_IMAGE_DIR] [SECONDS]
#
# The start runs with a temporary app folder (-Dlosslens.home), like a first start.
#
# APP_IMAGE_DIR defaults to the Maven build's src/app/target/jpackage/losslens. Rerun it after
# big UI changes: a stale list only means that a few classes load the slow way. The app's own
# classes (class path) are left out, so the archive does not depend on where the app is installed.
# Needs Xvfb (apt-get install xvfb).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
image=${1:-$here/../src/app/target/jpackage/losslens}
seconds=${2:-8}
work=$(mktemp -d)

display=:$((90 + RANDOM % 400))
while [ -e "/tmp/.X${display#:}-lock" ]; do display=:$((90 + RANDOM % 400)); done
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1

# Classes of the class path's jars (lib/app): a default CDS archive holds the runtime image's only,
# since a class-path entry must be at the path it had when the archive was dumped, and an installed
# app is elsewhere than the build's image. So the app's own start classes (StartPlaceholder, ...)
# load from the jar; the JDK and JavaFX classes they use are in the list.
class_path_classes='org/losslens|org/controlsfx|com/fasterxml|org/scilab|org/apache/commons|org\.losslens|org\.controlsfx|com\.fasterxml|org\.scilab|org\.apache\.commons'

# The launcher's class path and options, from the app image's configuration.
cfg="$image/lib/app/losslens.cfg"
cp=$(sed -n 's|^app.classpath=\$APPDIR/|'"$image"'/lib/app/|p' "$cfg" | paste -sd:)
main=$(sed -n 's/^app.mainclass=//p' "$cfg")
mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg")
DISPLAY=$display timeout "$seconds" "$image/lib/runtime/bin/java" \
  -XX:DumpLoadedClassList="$work/all.classlist" "${options[@]}" -Dlosslens.home="$work/home" -cp "$cp" "$main" \
  >/dev/null 2>&1 || true

{
  echo "# Classes loaded by a start of LossLens (recorded by jlink/record-classlist.sh; package.sh"
  echo "# dumps the runtime's CDS archive from it). The class path's classes (the app's, ControlsFX,"
  echo "# Jackson, JLaTeXMath, Commons Math) are left out."
  grep -v '^#' "$work/all.classlist" | grep -vE "$class_path_classes"
} >"$here/cds.classlist"
echo "record-classlist.sh: $(grep -vc '^#' "$here/cds.classlist") entries -> $here/cds.classlist"
