#!/usr/bin/env bash
# Builds the GT Lab macOS disk image (.dmg) with jpackage.
# UNTESTED: written on Linux, where jpackage cannot build macOS packages.
# Needs: macOS with JDK 17+ (with jpackage), Maven and Xcode command line tools (iconutil, sips).
# The fat jar must be built on the Mac (JavaFX natives are per OS).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=0.1.0
mvn -B -q -DskipTests package
rm -rf installers/input installers/out installers/gtlab.iconset
mkdir -p installers/input installers/out installers/gtlab.iconset
cp target/gtlab.jar installers/input/gtlab.jar
# .icns from the PNG icon
for s in 16 32 128 256; do
  sips -z $s $s installers/icons/gtlab-256.png --out "installers/gtlab.iconset/icon_${s}x${s}.png" >/dev/null
  d=$((s * 2)); [ $d -le 256 ] && sips -z $d $d installers/icons/gtlab-256.png --out "installers/gtlab.iconset/icon_${s}x${s}@2x.png" >/dev/null
done
iconutil -c icns installers/gtlab.iconset -o installers/out/gtlab.icns
MODS=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 installers/input/gtlab.jar 2>/dev/null | tail -1)
jpackage --type dmg --input installers/input --main-jar gtlab.jar \
  --main-class org.gtlab.ui.app.Launcher --name GtLab --app-version "$VERSION" \
  --icon installers/out/gtlab.icns --dest installers/out \
  --description "GT Lab: a desktop game-theory lab" --vendor "GT Lab" \
  --mac-package-name "GT Lab" \
  --add-modules "$MODS,java.desktop,java.logging,jdk.unsupported" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands"
ls -la installers/out/*.dmg
