// SPDX-License-Identifier: Apache-2.0
#include "rootfstarwriter.h"

#include "outputfiles.h"

#include <QDir>

namespace Lkc {

QStringList RootfsTarWriter::outputNames(const QString &base, const OutputInputs &) const {
    return {base + (m_format == QLatin1String("docker") ? QStringLiteral(".docker")
                                                        : QStringLiteral(".tar"))};
}

Status RootfsTarWriter::write(const OutputInputs &in, const QString &stagingDir,
                              const QString &base, const JobControl &control) {
    return OutputFiles::place(in.rootfsTar,
                              QDir(stagingDir).filePath(outputNames(base, in).first()), control);
}

} // namespace Lkc
