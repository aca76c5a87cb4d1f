#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# The README's main job: set up, build, and run LinuxKit Composer on the bundled example.
# Headless (no DISPLAY): check the example with lkc. With a display: open it in the GUI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh
BUILD=${BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD" -j"$(nproc)"
EXAMPLE=resources/examples/sshd.yml
"$BUILD/app/lkc" validate "$EXAMPLE"
if [ -n "${DISPLAY:-}" ]; then
  exec "$BUILD/app/linuxkit-composer" "$EXAMPLE"
fi
cat "$EXAMPLE"
