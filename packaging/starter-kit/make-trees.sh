#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# make-trees.sh OUTDIR: builds the starter kit's image root filesystem trees from Debian
# packages (linux-image-amd64, busybox-static, runc, libseccomp2, dropbear-bin, kmod) into
# OUTDIR/<image>/ and writes OUTDIR/<image>.ref, .cmd (one arg a line) and .label (JSON).
# Every file gets a fixed mtime and root ownership so the resulting images are reproducible.
set -euo pipefail
out=${1:?usage: make-trees.sh OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
files=$here/files
EPOCH=1492533000

die() { echo "make-trees: $*" >&2; exit 1; }
need() { [ -e "$1" ] || die "$1 is missing: run packaging/setup.sh (package $2)"; }

need /bin/busybox busybox-static
busybox=/bin/busybox
# The images have no libc of their own: busybox must be busybox-static's.
ldd "$busybox" >/dev/null 2>&1 && die "$busybox is dynamically linked: install busybox-static"
need /usr/sbin/runc runc
need /usr/sbin/dropbear dropbear-bin
need /usr/bin/dropbearkey dropbear-bin
need /sbin/depmod kmod
need /sbin/modinfo kmod
kver=${LKC_KIT_KERNEL:-$(ls /lib/modules | sort -V | tail -n 1)}
[ -n "$kver" ] || die "no kernel in /lib/modules: run packaging/setup.sh (linux-image-amd64)"
need "/boot/vmlinuz-$kver" linux-image-amd64
kseries=$(echo "$kver" | cut -d. -f1,2)

rm -rf "$out"
mkdir -p "$out"

# busybox with a symlink for every applet (its own idea of where each applet lives).
add_busybox() {
    local t=$1
    mkdir -p "$t/bin" "$t/sbin" "$t/usr/bin" "$t/usr/sbin"
    cp "$busybox" "$t/bin/busybox"
    local p
    for p in $("$t/bin/busybox" --list-full); do
        [ "$p" = bin/busybox ] && continue
        [ -e "$t/$p" ] || [ -L "$t/$p" ] || ln -s /bin/busybox "$t/$p"
    done
}

# The shared-library closure of a binary, in real /lib/x86_64-linux-gnu and /lib64 dirs.
add_libs() {
    local t=$1 bin=$2 lib
    for lib in $(ldd "$bin" | awk '$3 ~ /^\// {print $3} $1 ~ /^\/lib64\// {print $1}'); do
        local real
        real=$(readlink -f "$lib")
        case "$lib" in
            /lib64/*) mkdir -p "$t/lib64" "$t/lib/x86_64-linux-gnu"
                cp "$real" "$t/lib/x86_64-linux-gnu/$(basename "$lib")"
                ln -sfn "/lib/x86_64-linux-gnu/$(basename "$lib")" "$t/lib64/$(basename "$lib")" ;;
            *) mkdir -p "$t/lib/x86_64-linux-gnu"
                cp "$real" "$t/lib/x86_64-linux-gnu/$(basename "$lib")" ;;
        esac
    done
}

base_etc() {
    local t=$1
    mkdir -p "$t/etc" "$t/root" "$t/tmp" "$t/var/run" "$t/run" "$t/proc" "$t/sys" "$t/dev"
    chmod 1777 "$t/tmp"
    chmod 0700 "$t/root"
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$t/etc/passwd"
    printf 'root:x:0:\ntty:x:5:\nnogroup:x:65534:\n' >"$t/etc/group"
    printf 'root:*:19000:0:::::\n' >"$t/etc/shadow"
    chmod 0600 "$t/etc/shadow"
    printf '/bin/sh\n/bin/ash\n' >"$t/etc/shells"
    printf 'export PS1='"'"'\\h:\\w\\$ '"'"'\nexport PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n' >"$t/etc/profile"
}

meta() { # meta IMAGE REF CMD LABEL
    echo "$2" >"$out/$1.ref"
    printf '%s' "$3" >"$out/$1.cmd"
    printf '%s' "$4" >"$out/$1.label"
}

# --- kernel: /kernel and /kernel.tar (lib/modules/<ver> with just the modules the kit needs)
want="overlay e1000 virtio_net virtio_pci virtio_blk virtio_console virtio_rng virtio_scsi veth
  bridge sr_mod cdrom isofs ahci ata_piix ata_generic sd_mod ext4 squashfs"
mods=$out/.modules
mkdir -p "$mods/lib/modules/$kver"
declare -A seen=()
queue=($want)
while [ ${#queue[@]} -gt 0 ]; do
    m=${queue[0]}; queue=("${queue[@]:1}")
    [ -n "${seen[$m]:-}" ] && continue
    seen[$m]=1
    f=$(/sbin/modinfo -k "$kver" -n "$m" 2>/dev/null) || die "kernel $kver has no module $m"
    case "$f" in /*) ;; *) continue ;; esac # built in
    rel=${f#/lib/modules/$kver/}
    mkdir -p "$mods/lib/modules/$kver/$(dirname "$rel")"
    cp "$f" "$mods/lib/modules/$kver/$rel"
    for d in $(/sbin/modinfo -k "$kver" -F depends "$m" | tr ',' ' '); do queue+=("$d"); done
done
for f in modules.builtin modules.builtin.modinfo modules.order; do
    [ -f "/lib/modules/$kver/$f" ] && cp "/lib/modules/$kver/$f" "$mods/lib/modules/$kver/"
done
/sbin/depmod -b "$mods" "$kver"
# busybox modprobe reads only the text files; drop kmod's binary indexes.
rm -f "$mods/lib/modules/$kver/"*.bin
mkdir -p "$out/kernel"
cp "/boot/vmlinuz-$kver" "$out/kernel/kernel"
find "$mods" -exec touch -h -d "@$EPOCH" {} +
tar --sort=name --numeric-owner --owner=0 --group=0 --mtime="@$EPOCH" --format=pax \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
    -C "$mods" -cf "$out/kernel/kernel.tar" lib
rm -rf "$mods"
meta kernel "lkc.local/starter/kernel:$kseries" "" ""
echo "$kver" >"$out/kernel.version"

# --- init: busybox, /init, the bundle runner, inittab
t=$out/init
add_busybox "$t"
base_etc "$t"
install -m 0755 "$files/init/init" "$t/init"
mkdir -p "$t/usr/libexec/lkc" "$t/containers/onboot" "$t/containers/services" \
    "$t/containers/onshutdown" "$t/etc/sysctl.d" "$t/root/.ssh" "$t/var/log" "$t/mnt"
chmod 0700 "$t/root/.ssh"
install -m 0755 "$files/init/runbundle" "$files/init/shutdown" "$t/usr/libexec/lkc/"
install -m 0644 "$files/init/jsonflat.awk" "$t/usr/libexec/lkc/"
install -m 0644 "$files/init/inittab" "$t/etc/inittab"
echo linuxkit >"$t/etc/hostname"
printf '\nWelcome to a LinuxKit Composer starter-kit system (Debian kernel, busybox, runc).\n\n' >"$t/etc/motd"
printf 'root:*:19000:0:::::\n' >"$t/etc/getty.shadow"
ln -s /proc/mounts "$t/etc/mtab"
ln -s /run/resolvconf/resolv.conf "$t/etc/resolv.conf"
meta init lkc.local/starter/init:1 "" ""

# --- runc for the init list: /usr/bin/runc and its libraries
t=$out/runc
mkdir -p "$t/usr/bin"
cp /usr/sbin/runc "$t/usr/bin/runc"
add_libs "$t" /usr/sbin/runc
meta runc lkc.local/starter/runc:1 "" ""

# --- getty: a shell (INSECURE=true) or login on the serial console
t=$out/getty
add_busybox "$t"
base_etc "$t"
install -m 0755 "$files/getty/lkc-getty" "$t/usr/bin/lkc-getty"
dev() { printf '{"path":"%s","type":"c","major":%s,"minor":%s,"mode":"0620"}' "$@"; }
devs="$(dev /dev/console 5 1),$(dev /dev/tty0 4 0),$(dev /dev/tty1 4 1),$(dev /dev/ttyS0 4 64),$(dev /dev/ttyS1 4 65),$(dev /dev/ttyAMA0 204 64),$(dev /dev/hvc0 229 0)"
meta getty lkc.local/starter/getty:1 "/usr/bin/lkc-getty" \
    '{"pid":"host","net":"host","ipc":"host","capabilities":["all"],"binds":["/etc/resolv.conf:/etc/resolv.conf","/etc/hosts:/etc/hosts","/etc/motd:/etc/motd","/etc/getty.shadow:/etc/getty.shadow","/run:/run","/tmp:/tmp","/containers:/containers","/var/log:/var/log"],"devices":['"$devs"']}'

# --- sysctl: applies /etc/sysctl.d
t=$out/sysctl
add_busybox "$t"
base_etc "$t"
install -m 0755 "$files/sysctl/lkc-sysctl" "$t/usr/bin/lkc-sysctl"
mkdir -p "$t/etc/sysctl.defaults.d" "$t/etc/sysctl.d"
install -m 0644 "$files/sysctl/00-lkc.conf" "$t/etc/sysctl.defaults.d/00-lkc.conf"
meta sysctl lkc.local/starter/sysctl:1 "/usr/bin/lkc-sysctl" \
    '{"pid":"host","net":"host","ipc":"host","readonly":true,"capabilities":["CAP_SYS_ADMIN","CAP_NET_ADMIN"],"binds":["/etc/sysctl.d:/etc/sysctl.d"]}'

# --- dhcpcd: busybox udhcpc writing /run/resolvconf/resolv.conf
t=$out/dhcpcd
add_busybox "$t"
base_etc "$t"
install -m 0755 "$files/dhcpcd/lkc-dhcpcd" "$t/sbin/dhcpcd"
mkdir -p "$t/usr/share/lkc"
install -m 0755 "$files/dhcpcd/udhcpc.script" "$t/usr/share/lkc/udhcpc.script"
meta dhcpcd lkc.local/starter/dhcpcd:1 "/sbin/dhcpcd" \
    '{"net":"host","capabilities":["CAP_NET_ADMIN","CAP_NET_BIND_SERVICE","CAP_NET_RAW","CAP_SYS_ADMIN"],"binds":["/run/resolvconf:/run/resolvconf"]}'

# --- sshd: dropbear, keys made at first start, public keys from the host's /root/.ssh
t=$out/sshd
add_busybox "$t"
base_etc "$t"
cp /usr/sbin/dropbear "$t/usr/sbin/dropbear"
cp /usr/bin/dropbearkey "$t/usr/bin/dropbearkey"
add_libs "$t" /usr/sbin/dropbear
add_libs "$t" /usr/bin/dropbearkey
install -m 0755 "$files/sshd/lkc-sshd" "$t/usr/bin/lkc-sshd"
mkdir -p "$t/root/.ssh" "$t/etc/dropbear"
meta sshd lkc.local/starter/sshd:1 "/usr/bin/lkc-sshd" \
    '{"pid":"host","net":"host","capabilities":["all"],"binds":["/root/.ssh:/root/.ssh","/etc/resolv.conf:/etc/resolv.conf","/etc/hosts:/etc/hosts","/run:/run","/tmp:/tmp","/containers:/containers","/var/log:/var/log"],"devices":[{"path":"all","type":"a"}]}'

for i in kernel init runc getty sysctl dhcpcd sshd; do
    chown -R -h 0:0 "$out/$i"
    find "$out/$i" -exec touch -h -d "@$EPOCH" {} +
done
echo "make-trees: trees for kernel $kver in $out"
