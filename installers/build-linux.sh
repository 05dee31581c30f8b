#!/usr/bin/env bash
# Builds the GT Lab Linux app image (out/GtLab) with jpackage, and with --deb also a .deb package.
# Needs JDK 17+ with jpackage and jmods (Debian: openjdk-17-jdk), Maven; for --deb also fakeroot and
# dpkg-deb. The .deb takes several minutes (xz compression on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=0.1.0
DEB=false
[ "${1:-}" = "--deb" ] && DEB=true

mvn -B -q -DskipTests package
rm -rf installers/out installers/input
mkdir -p installers/input installers/out
cp target/gtlab.jar installers/input/gtlab.jar
# the JDK modules the app needs (jdeps), plus AWT (charts) and logging
MODS=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 installers/input/gtlab.jar 2>/dev/null | tail -1)
jpackage --type app-image --input installers/input --main-jar gtlab.jar \
  --main-class org.gtlab.ui.app.Launcher --name GtLab --app-version "$VERSION" \
  --icon installers/icons/gtlab.png --dest installers/out \
  --description "GT Lab: a desktop game-theory lab" --vendor "GT Lab" \
  --add-modules "$MODS,java.desktop,java.logging,jdk.unsupported" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands"
# Class-data sharing for the image's own runtime (see installers/gtlab and README "Performance"): a
# training solve lists the classes it loads, then a static AppCDS archive of them (JDK and GT Lab
# classes) is dumped to lib/app/gtlab.jsa with the image's runtime, and the launcher's cfg points
# the JVM at it. Static, not dynamic (-XX:ArchiveClassesAtExit), because the stripped runtime has no
# base archive to build on. A JVM that cannot use the archive ignores it (-Xshare:auto).
IMG=installers/out/GtLab
LIST=installers/out/cds-classes.lst
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$LIST" \
  "$IMG/bin/GtLab" solve enummixed installers/cds/training.nfg battle-of-the-sexes > /dev/null 2>&1 || true
# lambda-proxy entries naming picocli types would link picocli's Java-5 classes during the dump,
# and linked old classes cannot be archived (see pom.xml)
grep -v '^@.*picocli' "$LIST" > "$LIST.filtered" && mv "$LIST.filtered" "$LIST"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$LIST -XX:SharedArchiveFile=$IMG/lib/app/gtlab.jsa -Xlog:cds=off" \
  "$IMG/bin/GtLab" > installers/out/cds-dump.log 2>&1 || true
if [ -f "$IMG/lib/app/gtlab.jsa" ]; then
  # the options belong to the [JavaOptions] section of the launcher's cfg
  sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/gtlab.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds=off' \
    "$IMG/lib/app/GtLab.cfg"
  echo "class-data-sharing archive: $IMG/lib/app/gtlab.jsa"
else
  echo "warning: no class-data-sharing archive was written (installers/out/cds-dump.log); the image starts without it" >&2
fi
echo "app image: installers/out/GtLab (start: installers/out/GtLab/bin/GtLab)"
if $DEB; then
  jpackage --type deb --app-image installers/out/GtLab --name gtlab --app-version "$VERSION" \
    --linux-package-name gtlab --linux-shortcut --linux-menu-group Education \
    --linux-package-deps libgtk-3-0 \
    --icon installers/icons/gtlab.png --dest installers/out \
    --description "GT Lab: a desktop game-theory lab" --vendor "GT Lab"
  ls -la installers/out/*.deb
fi
