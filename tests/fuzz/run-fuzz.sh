#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets with clang (a separate, standalone build of tests/fuzz
# that compiles only the parts of core they reach), replays each target's regression
# inputs, then fuzzes each for a bounded time from its seeds. Fails when the build fails
# or a fuzzer finds a crash, a sanitizer error, a broken invariant or a hang.
#   usage: tests/fuzz/run-fuzz.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
# LKC_FUZZ_SECONDS sets the time per target too (default 30: about 2.5 min in all).
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]" >&2
  exit 2
fi
REPO=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(mkdir -p "$1" && cd "$1" && pwd)
SECONDS_TO_RUN=${2:-${LKC_FUZZ_SECONDS:-30}}
shift $(( $# >= 2 ? 2 : 1 ))
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(fuzz_config_reader fuzz_yaml_editor fuzz_registry_json
                                     fuzz_layer_flattener fuzz_image_importer)

command -v clang++ >/dev/null || { echo "run-fuzz: clang++ is missing (packaging/setup.sh installs it)" >&2; exit 1; }
GENERATOR=()
command -v ninja >/dev/null && GENERATOR=(-G Ninja)

CC=clang CXX=clang++ cmake -S "$REPO/tests/fuzz" -B "$BUILD" "${GENERATOR[@]}" \
  -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" -DLKC_WERROR=ON >"$BUILD/configure.log" \
  || { cat "$BUILD/configure.log" >&2; exit 1; }
cmake --build "$BUILD" --target "${TARGETS[@]}" -j"$(nproc)"

# Fuzzers write scratch files (layers, stores) under their own TMPDIR.
export TMPDIR="$BUILD/tmp"
rm -rf "$TMPDIR"
mkdir -p "$TMPDIR"

dict_for() {
  case "$1" in
    fuzz_config_reader|fuzz_yaml_editor) echo "$REPO/tests/fuzz/config.dict" ;;
    fuzz_registry_json) echo "$REPO/tests/fuzz/registry.dict" ;;
    *) echo "$REPO/tests/fuzz/tar.dict" ;;
  esac
}

status=0
for target in "${TARGETS[@]}"; do
  # Work on a copy of the seeds: libFuzzer adds what it finds to its corpus dir.
  corpus="$BUILD/corpus/$target"
  mkdir -p "$corpus"
  if [ -d "$REPO/tests/fuzz/seeds/$target" ]; then
    cp "$REPO/tests/fuzz/seeds/$target"/* "$corpus/"
  fi
  case "$target" in
    fuzz_config_reader|fuzz_yaml_editor)
      for dir in corpus/current corpus/2017 broken conformance/configs; do
        for f in "$REPO/tests/fixtures/$dir"/*.yml; do
          cp "$f" "$corpus/${dir//\//-}-$(basename "$f")"
        done
      done ;;
  esac
  artifacts="$BUILD/artifacts/$target"
  mkdir -p "$artifacts"
  log="$BUILD/$target.log"

  regressions=("$REPO/tests/fuzz/regressions/$target"/*)
  if [ -e "${regressions[0]}" ]; then
    echo "run-fuzz: $target: replaying ${#regressions[@]} regression input(s)"
    if ! "$BUILD/$target" "${regressions[@]}" >"$log" 2>&1; then
      tail -n 40 "$log" >&2
      echo "run-fuzz: $target: a regression input fails again" >&2
      status=1
      continue
    fi
  fi

  echo "run-fuzz: fuzzing $target for ${SECONDS_TO_RUN}s"
  if ! (cd "$BUILD" && "./$target" -max_total_time="$SECONDS_TO_RUN" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -dict="$(dict_for "$target")" -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$corpus") >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "run-fuzz: $target FAILED; reproducer(s) in $artifacts:" >&2
    ls -l "$artifacts" >&2
    status=1
    continue
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ +DONE" "$log" \
    | sed "s/^/run-fuzz: $target: /" || true
done
[ $status -eq 0 ] && echo "run-fuzz: no crashes"
exit $status
