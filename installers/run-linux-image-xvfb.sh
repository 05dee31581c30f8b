#!/usr/bin/env bash
# Builds the Linux app image and starts it under Xvfb: checks that the window comes up (the app
# prints its start-up time), saves a screenshot of the whole virtual screen, then stops the app and
# Xvfb by their process ids.
# Needs: apt-get install -y xvfb xauth libgtk-3-0 imagemagick
set -euo pipefail
cd "$(dirname "$0")/.."
bash installers/build-linux.sh
OUT=installers/out
DISPLAY_NUM=${DISPLAY_NUM:-71}
Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp &
XVFB=$!
trap 'kill "$APP" 2>/dev/null || true; kill "$XVFB" 2>/dev/null || true' EXIT
sleep 1
HOME_DIR=$(mktemp -d)
DISPLAY=":$DISPLAY_NUM" GTLAB_HOME="$HOME_DIR" GTLAB_TIMING=1 "$OUT/GtLab/bin/GtLab" 2> "$OUT/app.log" &
APP=$!
for i in $(seq 1 60); do
  if grep -q "window usable" "$OUT/app.log" 2>/dev/null; then break; fi
  if ! kill -0 "$APP" 2>/dev/null; then echo "the app exited:"; cat "$OUT/app.log"; exit 1; fi
  sleep 0.5
done
grep "window usable" "$OUT/app.log" || { echo "no window after 30 s"; cat "$OUT/app.log"; exit 1; }
sleep 1
DISPLAY=":$DISPLAY_NUM" import -window root "$OUT/app-image-screen.png"
echo "screenshot: $OUT/app-image-screen.png"
kill "$APP"
wait "$APP" 2>/dev/null || true
