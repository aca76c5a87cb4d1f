#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# The README's main job on a fresh Debian 12 machine: set up, build LinuxKit Composer, build the
# offline starter kit into the image store, then build resources/examples/starter.yml and boot it.
#   - with a display: opens it in the composer (Build, then Boot in Console);
#   - on a terminal:  `lkc run` boots it with the serial console on your terminal
#                     (log in as root, `poweroff` or Ctrl-A x to leave);
#   - otherwise:      `lkc test-boot` boots it, checks the services start, powers it off.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh
BUILD=${BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
LKC=$PWD/$BUILD/app/lkc
EXAMPLE=resources/examples/starter.yml
OUT=${OUT_DIR:-out}

bash packaging/starter-kit/build-starter-kit.sh --lkc "$LKC"
"$LKC" validate "$EXAMPLE"
mkdir -p "$OUT"
"$LKC" build --format kernel+initrd --dir "$OUT" "$EXAMPLE"

if [ -n "${DISPLAY:-}" ] && [ -z "${LKC_HEADLESS:-}" ]; then
  exec "$BUILD/app/linuxkit-composer" "$EXAMPLE"
elif [ -t 0 ] && [ -t 1 ]; then
  exec "$LKC" run "$OUT/starter"
else
  exec "$LKC" test-boot "$EXAMPLE" --format kernel+initrd --dir "$OUT"
fi
