#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Set up a Debian 12 machine, build LinuxKit Composer with warnings as errors,
# and run the whole test suite with ctest. This is the README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh
BUILD=${BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLKC_WERROR=ON
cmake --build "$BUILD" -j"$(nproc)"
# The fuzz targets are built with clang's libFuzzer and run for a bounded time each.
if [ -z "${LKC_SKIP_FUZZ:-}" ] && [ -f tests/fuzz/CMakeLists.txt ]; then
  bash tests/fuzz/run-fuzz.sh "$BUILD-fuzz" "${LKC_FUZZ_SECONDS:-15}"
fi
cd "$BUILD"
# Two at a time; QEMU boots and the other heavy tests run alone (RUN_SERIAL, tests/CMakeLists.txt).
ctest --output-on-failure -j"$(nproc)" "$@"
