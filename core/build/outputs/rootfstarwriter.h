// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "outputwriter.h"

namespace Lkc {

// `tar` (X.tar) and `docker` (X.docker, whose stream also carries the
// Dockerfile): the phase-1 root filesystem tar itself.
class RootfsTarWriter : public OutputWriter {
public:
    explicit RootfsTarWriter(QString format)
        : m_format(std::move(format)) {}
    QString format() const override { return m_format; }
    bool needsInitrd() const override { return false; }
    bool needsRootfsTar() const override { return true; }
    QStringList outputNames(const QString &base, const OutputInputs &) const override;
    Status write(const OutputInputs &in, const QString &stagingDir, const QString &base,
                 const JobControl &control) override;

private:
    QString m_format;
};

} // namespace Lkc
