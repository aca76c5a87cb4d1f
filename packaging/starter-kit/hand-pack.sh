#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# hand-pack.sh TREES OUTDIR [--break] [--with-netns]: packs resources/examples/starter.yml by hand from the trees
# make-trees.sh wrote, in LinuxKit's root filesystem layout (init images at /, containers/onboot/
# NNN-name and containers/services/name bundles with config.json + runtime.json, lib/modules from
# kernel.tar), as OUTDIR/starter-kernel, starter-initrd.img (gzip'd cpio newc), starter-cmdline.
# It is the fallback and cross-check for `lkc build`; --break writes a getty config.json that
# runc cannot parse (for the negative boot test); --with-netns adds an onboot container with its
# own network namespace, a veth pair (runtime.interfaces) and runtime.bindNS, to exercise the
# init's `runc create` path.
set -euo pipefail
trees=${1:?usage: hand-pack.sh TREES OUTDIR [--break] [--with-netns]}
out=${2:?usage: hand-pack.sh TREES OUTDIR [--break] [--with-netns]}
shift 2
brk=""
netns=""
for a in "$@"; do
    case "$a" in
        --break) brk=1 ;;
        --with-netns) netns=1 ;;
        *) echo "hand-pack: unknown option $a" >&2; exit 2 ;;
    esac
done
here=$(cd "$(dirname "$0")" && pwd)
command -v jq >/dev/null || { echo "hand-pack: jq is missing (packaging/setup.sh)" >&2; exit 1; }
command -v cpio >/dev/null || { echo "hand-pack: cpio is missing (packaging/setup.sh)" >&2; exit 1; }

mkdir -p "$out"
stage=$(mktemp -d "$out/.stage.XXXXXX")
trap 'rm -rf "$stage"' EXIT
R=$stage/root
mkdir -p "$R"

tar -C "$R" -xf "$trees/kernel/kernel.tar"
cp -a "$trees/init/." "$R/"
cp -a "$trees/runc/." "$R/"
# LinuxKit's touch set for init images.
mkdir -p "$R/dev" "$R/etc" "$R/proc" "$R/sys"
printf '127.0.0.1       localhost\n::1     localhost ip6-localhost ip6-loopback\nfe00::0 ip6-localnet\nff00::0 ip6-mcastprefix\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n' >"$R/etc/hosts"

# bundle SECTION DIR IMAGE OVERRIDES-JSON [RUNTIME-JSON]
bundle() {
    local b=containers/$1/$2 img=$3 over=$4 rt=${5:-'{}'}
    local B=$R/$b cmd label ro
    mkdir -p "$B"
    cmd=$(jq -Rs 'split("\n") | map(select(length > 0))' "$trees/$img.cmd")
    label=$(cat "$trees/$img.label")
    [ -n "$label" ] || label='{}'
    over=$(jq -n --argjson c "$cmd" --argjson o "$over" '(if ($c | length) > 0 then {command: $c} else {} end) + $o')
    ro=$(jq -n --argjson l "$label" --argjson o "$over" '($l + $o).readonly // false')
    jq -n --argjson lbl "$label" --argjson over "$over" -f "$here/oci-config.jq" >"$B/config.json"
    if [ "$ro" = true ]; then
        mkdir -p "$B/rootfs"
        cp -a "$trees/$img/." "$B/rootfs/"
        jq -n --arg b "/$b" '{cgroups: [], mounts: [{destination: ($b + "/rootfs"), source: ($b + "/rootfs"), options: ["bind"]}],
            mkdir: [], interfaces: [], bindNS: {cgroup: "", ipc: "", mnt: "", net: "", pid: "", user: "", uts: ""}, namespace: ""}' >"$B/runtime.json.tmp"
    else
        mkdir -p "$B/lower" "$B/tmp" "$B/rootfs"
        cp -a "$trees/$img/." "$B/lower/"
        jq -n --arg b "/$b" '{cgroups: [], mounts: [
            {destination: ($b + "/tmp"), type: "tmpfs", source: "tmpfs"},
            {destination: ($b + "/tmp"), options: ["remount", "private"]},
            {destination: ($b + "/rootfs"), type: "overlay", source: "overlay",
             options: [("lowerdir=" + $b + "/lower"), ("upperdir=" + $b + "/tmp/upper"), ("workdir=" + $b + "/tmp/work")]}],
            mkdir: [], interfaces: [], bindNS: {cgroup: "", ipc: "", mnt: "", net: "", pid: "", user: "", uts: ""}, namespace: ""}' >"$B/runtime.json.tmp"
    fi
    jq --argjson rt "$rt" '. as $d | $d + $rt | .mounts = ($d.mounts + ($rt.mounts // [])) | .bindNS = ($d.bindNS + ($rt.bindNS // {}))' \
        "$B/runtime.json.tmp" >"$B/runtime.json"
    rm "$B/runtime.json.tmp"
    # LinuxKit's per-container file filters.
    local r=$B/rootfs
    [ "$ro" = true ] || r=$B/lower
    printf '\n# no resolv.conf configured\n' >"$r/etc/resolv.conf"
    cp "$R/etc/hosts" "$r/etc/hosts"
}

# Mirrors resources/examples/starter.yml.
bundle onboot 000-sysctl sysctl '{}'
bundle onboot 001-dhcpcd dhcpcd '{"command": ["/sbin/dhcpcd", "--nobackground", "-f", "/dhcpcd.conf", "-1"]}'
if [ -n "$netns" ]; then
    bundle onboot 002-netns dhcpcd \
        '{"net": "new", "command": ["/bin/sh", "-c", "ip -o link | grep -q lkc-c0 && echo lkc-netns: lkc-c0 inside"]}' \
        '{"interfaces": [{"name": "lkc-c0", "add": "veth", "peer": "lkc-h0"}], "bindNS": {"net": "/run/netns/lkc-test"}, "mkdir": ["/run/netns"]}'
fi
bundle services getty getty '{"env": ["INSECURE=true"]}'
bundle services dhcpcd dhcpcd '{}'
bundle services sshd sshd '{}'
printf '\nWelcome to the LinuxKit Composer starter kit.\n\n' >"$R/etc/motd"
if [ -n "$brk" ]; then
    printf '{ "ociVersion": "1.2.1", "process": ' >"$R/containers/services/getty/config.json"
fi

(cd "$R" && find . -mindepth 1 | LC_ALL=C sort | cpio --quiet -o -H newc -R 0:0) | gzip -1 >"$out/starter-initrd.img.tmp"
mv "$out/starter-initrd.img.tmp" "$out/starter-initrd.img"
cp "$trees/kernel/kernel" "$out/starter-kernel"
printf 'console=ttyS0' >"$out/starter-cmdline"
echo "hand-pack: $out/starter-initrd.img ($(du -h "$out/starter-initrd.img" | cut -f1))"
