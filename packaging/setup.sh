#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Installs every Debian 12 package LinuxKit Composer needs to build, test and run.
# Idempotent: only packages that are missing are installed.
set -euo pipefail

BUILD_PKGS="cmake g++ make ninja-build pkg-config clang clang-format libclang-rt-14-dev
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libyaml-cpp-dev libarchive-dev libssl-dev libvterm-dev libdeflate-dev zlib1g-dev libzstd-dev
  qt6-httpserver-dev qt6-websockets-dev"
# Tools the build core calls for formats libarchive cannot write, and the VM runner.
RUN_PKGS="qemu-system-x86 qemu-utils ovmf isolinux syslinux syslinux-common syslinux-utils
  grub-efi-amd64-bin grub-pc-bin grub-common mtools dosfstools xorriso squashfs-tools fdisk cpio"
# Starter kit (images built from Debian packages) and the real parts tests talk to.
KIT_PKGS="linux-image-amd64 busybox-static runc dropbear-bin libseccomp2 kmod"
TEST_PKGS="docker-registry skopeo umoci apache2-utils openssl curl jq xvfb xauth imagemagick
  libqt6svg6 qt6-translations-l10n fonts-dejavu-core time lintian desktop-file-utils appstream man-db
  libyaml-dev"

want="$BUILD_PKGS $RUN_PKGS $KIT_PKGS $TEST_PKGS"
missing=""
for p in $want; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get -o DPkg::Lock::Timeout=900 update -qq
  $SUDO apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends $missing
else
  echo "setup: all packages present"
fi
