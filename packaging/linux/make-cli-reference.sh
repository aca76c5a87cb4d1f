#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# make-cli-reference.sh LKC > docs/cli.md
# The CLI reference in the user guide, made from `lkc --help` and every `lkc COMMAND --help`,
# like the man page, so that the two never disagree (tests/core/tst_clireference checks it).
set -euo pipefail
lkc=${1:?path to lkc}
export LANGUAGE=C LC_ALL=C.UTF-8
help=$("$lkc" --help)
cat <<'HEAD'
# `lkc` command reference

This page is generated from `lkc --help` and `lkc COMMAND --help`
(`packaging/linux/make-cli-reference.sh build/app/lkc > docs/cli.md`); `man lkc` holds the same
text. How `lkc` differs from `linuxkit` is in [lkc-vs-linuxkit.md](lkc-vs-linuxkit.md).

```text
HEAD
printf '%s\n' "$help"
echo '```'
printf '%s\n' "$help" | awk '/^Commands:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{if (seen) exit} on {seen=1}' |
  while read -r cmd; do
    printf '\n## lkc %s\n\n```text\n' "$cmd"
    "$lkc" "$cmd" --help
    echo '```'
  done
