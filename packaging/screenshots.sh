#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Takes the user guide's screenshots: the real GUI in a real X server (Xvfb),
# captured with ImageMagick's import. Usage: packaging/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
OUT=docs/screenshots
mkdir -p "$OUT"
shot() { # shot NAME SECONDS ARGS…
  local name=$1 wait=$2; shift 2
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    out=$1 wait=$2; shift 2
    "$@" & app=$!
    sleep "$wait"
    import -window root "$out"
    kill $app; wait $app 2>/dev/null || true' _ "$OUT/$name.png" "$wait" \
    "$BUILD/app/linuxkit-composer" "$@"
  echo "wrote $OUT/$name.png"
}
GUI=$BUILD/app/linuxkit-composer
shot main-window 4 resources/examples/sshd.yml --select 'services[3]'

# The starter kit built and booted in the console (needs the kit in the image store).
bash packaging/starter-kit/build-starter-kit.sh --lkc "$BUILD/app/lkc" >/dev/null
tmp=$(mktemp -d)
"$BUILD/app/lkc" build -q --format kernel+initrd --dir "$tmp" resources/examples/starter.yml 2>/dev/null ||
  "$BUILD/app/lkc" build --format kernel+initrd --dir "$tmp" resources/examples/starter.yml
shot console 75 resources/examples/starter.yml --select 'services[0]' --boot "$tmp/starter"
rm -rf "$tmp"
