#!/usr/bin/env bash
# Builds LossLens's self-contained runtime image, the app image with the `losslens` launcher, and
# the Debian package. Maven's `package` profile calls it (see README "Install"); it also runs alone:
#
#   jlink/package.sh --app-jar src/app/target/losslens-app-0.1.0-SNAPSHOT.jar \
#       --lib-dir DIR_WITH_NON_JAVAFX_JARS --javafx-dir DIR_WITH_JAVAFX_JARS \
#       --version 0.1.0-SNAPSHOT --out src/app/target/jpackage [--installer deb|none]
#
# Steps (JAVA_HOME must be a JDK >= 21 with jlink and jpackage):
#   1. jlink: JDK modules + JavaFX modules (from JavaFX's modular Maven jars) -> OUT/runtime;
#      JavaFX's native libraries go to OUT/runtime/lib; a CDS archive from jlink/cds.classlist.
#   2. jpackage --type app-image: runtime + app jars on the class path + launcher -> OUT/losslens
#      (bin/losslens, lib/app, lib/runtime); a headless `losslens --version` checks the launcher.
#   3. jpackage --type deb from that image -> OUT/losslens_<version>-1_<arch>.deb
#      (needs fakeroot and dpkg-deb: apt-get install -y fakeroot binutils).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
installer=deb
app_jar= lib_dir= fx_dir= version= out=
while [ $# -gt 0 ]; do
  case "$1" in
    --app-jar) app_jar=$2; shift 2 ;;
    --lib-dir) lib_dir=$2; shift 2 ;;
    --javafx-dir) fx_dir=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --installer) installer=$2; shift 2 ;;
    *) echo "package.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
for v in app_jar lib_dir fx_dir version out; do
  [ -n "${!v}" ] || { echo "package.sh: --${v//_/-} is required" >&2; exit 2; }
done

jdk=${JAVA_HOME:?package.sh: set JAVA_HOME to a JDK >= 21}
for tool in jlink jpackage jar; do
  [ -x "$jdk/bin/$tool" ] || { echo "package.sh: $jdk/bin/$tool missing (need a full JDK >= 21)" >&2; exit 2; }
done
if [ "$installer" = deb ]; then
  for tool in fakeroot dpkg-deb; do
    command -v "$tool" >/dev/null || {
      echo "package.sh: '$tool' is needed for the .deb: sudo apt-get install -y fakeroot binutils dpkg" >&2
      exit 2
    }
  done
fi
feature=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')

# jpackage accepts only dotted numbers: 0.1.0-SNAPSHOT -> 0.1.0.
app_version=${version%%-*}
name=losslens
rm -rf "$out"
mkdir -p "$out/input" "$out/javafx"

# --- 1. runtime image -------------------------------------------------------------------------
# Only the platform jars of JavaFX are real modules (javafx-graphics-21.0.9-linux.jar); the plain
# javafx-graphics-21.0.9.jar next to them is an empty placeholder that jlink would reject.
for j in "$fx_dir"/*.jar; do
  if "$jdk/bin/jar" tf "$j" | grep -qx module-info.class; then cp "$j" "$out/javafx/"; fi
done
echo "package.sh: jlink with $(ls "$out/javafx" | tr '\n' ' ')"
"$jdk/bin/jlink" @"$here/jlink.args" --module-path "$out/javafx" --output "$out/runtime"
for j in "$out"/javafx/*.jar; do
  libs=$("$jdk/bin/jar" tf "$j" | grep -E '^[^/]+\.so$' || true)
  [ -z "$libs" ] || (cd "$out/runtime/lib" && "$jdk/bin/jar" xf "$j" $libs)
done
# The runtime's default class-data-sharing archive, dumped from the JDK and JavaFX classes a real
# start loads (jlink/cds.classlist, see record-classlist.sh): they are mapped pre-parsed and
# pre-verified at every start instead of being loaded one by one.
if ! "$out/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$here/cds.classlist" \
    -XX:SharedArchiveFile="$out/runtime/lib/server/classes.jsa" >"$out/cds-dump.log" 2>&1; then
  cat "$out/cds-dump.log" >&2
  echo "package.sh: dumping the CDS archive failed" >&2
  exit 1
fi

# --- 2. app image with the `losslens` launcher ------------------------------------------------
cp "$app_jar" "$lib_dir"/*.jar "$out/input/"
extra_options=()
if [ "${feature:-0}" -ge 23 ]; then
  # JavaFX 21's Marlin renderer uses sun.misc.Unsafe memory access: allow it without a warning.
  extra_options+=(--java-options --sun-misc-unsafe-memory-access=allow)
fi
common=(--name "$name" --app-version "$app_version" --vendor "LossLens"
  --description "See how image-segmentation losses and their gradients behave"
  --copyright "Copyright (c) 2025 the LossLens authors")
"$jdk/bin/jpackage" --type app-image --dest "$out" "${common[@]}" \
  --runtime-image "$out/runtime" --input "$out/input" --main-jar "$(basename "$app_jar")" \
  --icon "$here/losslens.png" @"$here/launcher.args" "${extra_options[@]}"

# Headless check that the launcher starts the bundled runtime and finds the app.
expected="LossLens $version"
actual=$(env -i PATH=/usr/bin:/bin "$out/$name/bin/$name" --version)
if [ "$actual" != "$expected" ]; then
  echo "package.sh: '$out/$name/bin/$name --version' printed '$actual', expected '$expected'" >&2
  exit 1
fi
echo "package.sh: $out/$name/bin/$name --version -> $actual"

# --- 3. Debian package --------------------------------------------------------------------------
if [ "$installer" = deb ]; then
  "$jdk/bin/jpackage" --type deb --dest "$out" "${common[@]}" --app-image "$out/$name" \
    --icon "$here/losslens.png" --license-file "$here/LICENSE.txt" --resource-dir "$here/linux" \
    --linux-package-name "$name" --linux-deb-maintainer "losslens@users.noreply.github.com" \
    --linux-shortcut --linux-menu-group "Education;Science;" --linux-app-category science
fi

du -sh "$out/runtime" "$out/$name" "$out"/*.deb 2>/dev/null || true
