// SPDX-License-Identifier: Apache-2.0
#include "deploy/filehash.h"

#include <QCryptographicHash>
#include <QFile>

namespace Lkc {

Result<QByteArray> FileHash::sha256Hex(const QString &path, qint64 length,
                                       const JobControl *control) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error(QStringLiteral("cannot read: ") + f.errorString(), path);
    // Block devices report size 0 through QFile; the caller passes a length.
    const qint64 total = length >= 0 ? length : f.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    while (length < 0 || done < length) {
        if (control && control->isCanceled())
            return Error(QStringLiteral("canceled"), path);
        const qint64 want = length < 0 ? buffer.size() : qMin<qint64>(buffer.size(), length - done);
        const qint64 n = f.read(buffer.data(), want);
        if (n < 0)
            return Error(QStringLiteral("read failed: ") + f.errorString(), path);
        if (n == 0) {
            if (length >= 0)
                return Error(QStringLiteral("ended after %1 of %2 bytes").arg(done).arg(length),
                             path);
            break;
        }
        hash.addData(QByteArrayView(buffer.constData(), n));
        done += n;
        if (control)
            control->progress(done, total);
    }
    return hash.result().toHex();
}

} // namespace Lkc
