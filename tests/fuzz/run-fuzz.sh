#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer target for the config reader + validator with clang
# (a separate, standalone build of tests/fuzz that compiles only core/config)
# and runs it for a bounded time seeded with the corpus configs. Fails when the
# build fails or the fuzzer finds a crash, a sanitizer error or a hang.
#   usage: tests/fuzz/run-fuzz.sh BUILD_DIR [SECONDS]
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [SECONDS]" >&2
  exit 2
fi
REPO=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(mkdir -p "$1" && cd "$1" && pwd)
SECONDS_TO_RUN=${2:-${LKC_FUZZ_SECONDS:-60}}

command -v clang++ >/dev/null || { echo "run-fuzz: clang++ is missing (packaging/setup.sh installs it)" >&2; exit 1; }
GENERATOR=()
command -v ninja >/dev/null && GENERATOR=(-G Ninja)

CC=clang CXX=clang++ cmake -S "$REPO/tests/fuzz" -B "$BUILD" "${GENERATOR[@]}" \
  -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" -DLKC_WERROR=ON >"$BUILD/configure.log" \
  || { cat "$BUILD/configure.log" >&2; exit 1; }
cmake --build "$BUILD" --target fuzz_config_reader -j"$(nproc)"

# Work on a copy of the seeds: libFuzzer adds what it finds to its corpus dir.
CORPUS="$BUILD/corpus"
mkdir -p "$CORPUS"
for dir in corpus/current corpus/2017 broken; do
  for f in "$REPO/tests/fixtures/$dir"/*.yml; do
    cp "$f" "$CORPUS/${dir//\//-}-$(basename "$f")"
  done
done
ARTIFACTS="$BUILD/artifacts"
mkdir -p "$ARTIFACTS"

echo "run-fuzz: fuzzing the config reader for ${SECONDS_TO_RUN}s"
cd "$BUILD"
if ! ./fuzz_config_reader -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -dict="$REPO/tests/fuzz/config.dict" -print_final_stats=1 \
    -artifact_prefix="$ARTIFACTS/" "$CORPUS" >"$BUILD/fuzz.log" 2>&1; then
  tail -n 60 "$BUILD/fuzz.log" >&2
  echo "run-fuzz: FAILED; reproducer(s) in $ARTIFACTS:" >&2
  ls -l "$ARTIFACTS" >&2
  exit 1
fi
grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ +DONE" "$BUILD/fuzz.log" || true
echo "run-fuzz: no crashes"
