#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Takes the user guide's screenshots: the real GUI in a real X server (Xvfb),
# captured with ImageMagick's import. Usage: packaging/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
OUT=docs/screenshots
mkdir -p "$OUT"
shot() { # shot NAME CONFIG [SELECT]
  local name=$1 config=$2 select=${3:-}
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$1" "$2" ${3:+--select "$3"} & app=$!
    sleep 4
    import -window root "$4"
    kill $app; wait $app 2>/dev/null || true' _ "$BUILD/app/linuxkit-composer" "$config" "$select" "$OUT/$name.png"
  echo "wrote $OUT/$name.png"
}
shot main-window resources/examples/sshd.yml services[3]
