// SPDX-License-Identifier: Apache-2.0
#include "outputfiles.h"

#include "util/atomicfile.h"

#include <QFile>

#include <unistd.h>

namespace Lkc {

Status OutputFiles::place(const QString &source, const QString &target, const JobControl &control) {
    if (::link(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0)
        return {};
    return concatenate({source}, target, control);
}

Status OutputFiles::concatenate(const QStringList &parts, const QString &target,
                                const JobControl &control) {
    AtomicFile out(target);
    if (Status s = out.create(); !s)
        return s;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const QString &part : parts) {
        QFile in(part);
        if (!in.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("cannot read: %1").arg(in.errorString()), part);
        for (;;) {
            if (control.isCanceled())
                return Error(QStringLiteral("canceled"));
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0)
                return Error(QStringLiteral("cannot read: %1").arg(in.errorString()), part);
            if (n == 0)
                break;
            if (Status s = out.write(buffer.constData(), n); !s)
                return s;
        }
    }
    return out.commit();
}

Status OutputFiles::writeBytes(const QString &target, const QByteArray &data) {
    return AtomicFiles::write(target, data);
}

} // namespace Lkc
