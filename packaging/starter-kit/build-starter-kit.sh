#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# build-starter-kit.sh [--cache DIR] [--lkc PATH] [--work DIR] [--force]
# Builds the starter kit (kernel, init, runc, getty, sysctl, dhcpcd, sshd) from Debian packages
# and imports each image into the local image store with `lkc image create`, under names that
# cannot be mistaken for Docker Hub's (lkc.local/starter/...). Idempotent: when neither the kit's
# sources nor the Debian packages changed and the store still has every ref, it does nothing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=""
lkc=""
work=""
force=""
while [ $# -gt 0 ]; do
    case "$1" in
        --cache) cache=${2:?--cache needs a directory}; shift 2 ;;
        --cache=*) cache=${1#*=}; shift ;;
        --lkc) lkc=${2:?--lkc needs a path}; shift 2 ;;
        --lkc=*) lkc=${1#*=}; shift ;;
        --work) work=${2:?--work needs a directory}; shift 2 ;;
        --work=*) work=${1#*=}; shift ;;
        --force) force=1; shift ;;
        -h | --help) sed -n '3,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build-starter-kit: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
die() { echo "build-starter-kit: $*" >&2; exit 1; }
# The lines of stdin as a JSON array of strings (the kit's commands have no control characters).
json_array() {
    local sep="" line out="["
    while IFS= read -r line || [ -n "$line" ]; do
        [ -n "$line" ] || continue
        line=${line//\\/\\\\}
        line=${line//\"/\\\"}
        out+="$sep\"$line\""
        sep=","
    done
    printf '%s]' "$out"
}

if [ -z "$lkc" ]; then
    lkc=$(command -v lkc || true)
    for b in "$here"/../../build*/app/lkc; do
        [ -n "$lkc" ] && break
        [ -x "$b" ] && lkc=$b
    done
fi
[ -n "$lkc" ] && [ -x "$lkc" ] || die "no lkc binary: build it (cmake --build BUILD --target lkc) or pass --lkc PATH"
"$lkc" image create --help >/dev/null 2>&1 || die "$lkc has no 'image create' command yet"

cacheargs=()
[ -n "$cache" ] && { mkdir -p "$cache"; cache=$(cd "$cache" && pwd); cacheargs=(--cache "$cache"); }
work=${work:-${XDG_CACHE_HOME:-$HOME/.cache}/lkc/starter-kit}
mkdir -p "$work"

# What the images are made of: the kit's own files and the Debian packages they come from.
kver=$(ls /lib/modules 2>/dev/null | sort -V | tail -n 1)
inputs=$(
    cd "$here" && find . -type f ! -name '*.md' | LC_ALL=C sort | xargs sha256sum
    dpkg-query -W -f='${Package} ${Version}\n' busybox-static runc libseccomp2 libc6 dropbear-bin \
        libtomcrypt1 libtommath1 zlib1g libcrypt1 libgmp10 kmod "linux-image-$kver" 2>/dev/null
    echo "kernel $kver"
)
hash=$(printf '%s' "$inputs" | sha256sum | cut -c1-32)
key=$(printf '%s' "${cache:-default}" | sha256sum | cut -c1-16)
stamp=$work/imported-$key

refs_present() {
    local r
    for r in $(cat "$work/trees/"*.ref 2>/dev/null); do
        "$lkc" image inspect "${cacheargs[@]}" "$r" >/dev/null 2>&1 || return 1
    done
    [ -n "$(cat "$work/trees/"*.ref 2>/dev/null)" ]
}

if [ -z "$force" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ] && refs_present; then
    echo "build-starter-kit: up to date ($(cat "$work/trees/"*.ref | tr '\n' ' '))"
    exit 0
fi

"$here/make-trees.sh" "$work/trees.new"
rm -rf "$work/trees"
mv "$work/trees.new" "$work/trees"
T=$work/trees

# Same bytes, same digests: LinuxKit's fixed mtime for every entry.
export SOURCE_DATE_EPOCH=1492533000
for img in kernel init runc sysctl dhcpcd getty sshd; do
    ref=$(cat "$T/$img.ref")
    args=(image create --from-dir "$T/$img" --ref "$ref" "${cacheargs[@]}")
    if [ -s "$T/$img.cmd" ]; then
        args+=(--cmd "$(json_array <"$T/$img.cmd")")
        args+=(--env "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
    fi
    [ -s "$T/$img.label" ] && args+=(--label "org.mobyproject.config=$(cat "$T/$img.label")")
    "$lkc" "${args[@]}" >/dev/null || die "importing $ref failed"
    echo "build-starter-kit: $ref"
done
echo "$hash" >"$stamp"
