#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# make-manpage.sh PROGRAM OUT.1 [--subcommands]
# Writes a man page made from the program's own --help output (and, with --subcommands, from
# `PROGRAM COMMAND --help` for every command `PROGRAM --help` lists), so that the manual and
# the help can never disagree.
set -euo pipefail
prog=${1:?program}
out=${2:?output file}
subs=${3:-}
name=$(basename "$prog")
version=$("$prog" --version 2>/dev/null | awk 'NR == 1 {print $NF}')
# Qt's parser prints argv[0]: show the installed name instead of the build path.
help=$("$prog" --help 2>/dev/null | sed "s|$prog|$name|g")

# Help text → roff: escape backslashes, protect lines that start with a control character.
roff() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

tmp=$(mktemp "$out.XXXXXX")
trap 'rm -f "$tmp"' EXIT
{
  upper=$(echo "$name" | tr '[:lower:]' '[:upper:]')
  echo ".TH $upper 1 \"\" \"$name $version\" \"User Commands\""
  echo ".SH NAME"
  case "$name" in
    lkc) echo "lkc \\- validate, edit, build, boot and deploy LinuxKit images without Docker" ;;
    *) echo "$name \\- compose, build and boot LinuxKit operating-system images" ;;
  esac
  echo ".SH SYNOPSIS"
  printf '%s\n' "$help" | sed -n 1p | roff
  echo ".SH DESCRIPTION"
  echo ".nf"
  printf '%s\n' "$help" | sed -n '2,$p' | roff
  echo ".fi"
  if [ "$subs" = "--subcommands" ]; then
    echo ".SH COMMANDS"
    # The command list: indented lines "  NAME  summary" after "Commands:".
    printf '%s\n' "$help" | awk '/^Commands:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{if (seen) exit} on {seen=1}' |
      while read -r cmd; do
        echo ".SS $cmd"
        echo ".nf"
        "$prog" "$cmd" --help 2>/dev/null | roff
        echo ".fi"
      done
  fi
  echo ".SH FILES"
  echo ".TP"
  echo ".B ~/.linuxkit/cache"
  echo "The image store, an OCI image layout shared with linuxkit."
  echo ".SH SEE ALSO"
  if [ "$name" = lkc ]; then echo ".BR linuxkit-composer (1)"; else echo ".BR lkc (1)"; fi
} >"$tmp"
mv "$tmp" "$out"
trap - EXIT
