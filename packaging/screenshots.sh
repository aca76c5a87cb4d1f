#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Takes the README's and user guide's screenshots: the real GUI in a real X
# server (Xvfb), captured with ImageMagick's import.
# Usage: packaging/screenshots.sh [BUILD_DIR]
#   SHOTS=welcome,layout packaging/screenshots.sh   only those
#   STORE=DIR   use this image store (with the starter kit) instead of building the kit
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
OUT=docs/screenshots
mkdir -p "$OUT"
# A fresh settings folder: no remembered layout or recent files from whoever runs this.
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
want() { [[ -z ${SHOTS:-} || ,$SHOTS, == *,$1,* ]]; }
shot() { # shot NAME SECONDS ARGS…
  local name=$1 wait=$2; shift 2
  want "$name" || return 0
  XDG_CONFIG_HOME=$settings xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    out=$1 wait=$2; shift 2
    "$@" & app=$!
    sleep "$wait"
    import -window root "$out"
    kill $app; wait $app 2>/dev/null || true' _ "$OUT/$name.png" "$wait" \
    "$BUILD/app/linuxkit-composer" "$@"
  echo "wrote $OUT/$name.png"
}

# The starter kit's images (packaging/starter-kit), so the previews have something to show.
if [[ -z ${STORE:-} ]]; then
  STORE=${LINUXKIT_CACHE:-$HOME/.linuxkit/cache}
  bash packaging/starter-kit/build-starter-kit.sh --cache "$STORE" --lkc "$BUILD/app/lkc" >/dev/null
fi
starter=resources/examples/starter.yml

shot welcome 3
shot main-window 4 resources/examples/sshd.yml --select 'services[3]'
shot service-form 5 --store "$STORE" $starter --select 'services[0]' \
  --hide-dock bootflow --hide-dock layout --hide-dock effective
shot effective-config 8 --store "$STORE" $starter --select 'services[2]' --dock effective
shot layout 20 --store "$STORE" $starter --select 'services[0]' --dock layout
shot boot-flow 8 --store "$STORE" $starter --select 'onboot[1]' --dock bootflow

# The starter kit built and booted in the console.
if want console; then
  tmp=$(mktemp -d)
  "$BUILD/app/lkc" build -q --cache "$STORE" --format kernel+initrd --dir "$tmp" $starter 2>/dev/null ||
    "$BUILD/app/lkc" build --cache "$STORE" --format kernel+initrd --dir "$tmp" $starter
  shot console 75 --store "$STORE" $starter --select 'services[0]' --boot "$tmp/starter"
  rm -rf "$tmp"
fi
