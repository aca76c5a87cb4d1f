// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "outputwriter.h"

namespace Lkc {

// raw-bios-gz (X-bios.img.gz) and raw-efi-gz (X-efi.img.gz): the raw-bios /
// raw-efi disk image gzip'd, the upload format of clouds that take raw disk
// images (Linode "Upload Image", DigitalOcean custom images). The gzip stream
// is written in process with a fixed header (mtime 0, no name), so two builds
// give the same bytes; memory stays at zlib's window whatever the disk size.
class RawGzipWriter : public OutputWriter {
public:
    explicit RawGzipWriter(QString format)
        : m_format(std::move(format)) {}
    QString format() const override { return m_format; }
    bool needsInitrd() const override { return true; }
    QStringList outputNames(const QString &base, const OutputInputs &in) const override;
    Status checkTools() const override;
    Status write(const OutputInputs &in, const QString &stagingDir, const QString &base,
                 const JobControl &control) override;

    static bool handles(const QString &format);
    // Gzips `source` into `target` (streamed, level 6).
    static Status gzipFile(const QString &source, const QString &target, const JobControl &control);

private:
    bool isEfi() const { return m_format == QLatin1String("raw-efi-gz"); }
    QString m_format;
};

} // namespace Lkc
