#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Renders the hicolor PNG sizes from the scalable icon (Debian: librsvg2-bin).
# The PNGs are committed so that building needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" io.github.linuxkit_composer.svg -o "io.github.linuxkit_composer-$s.png"
done
