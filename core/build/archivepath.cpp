// SPDX-License-Identifier: Apache-2.0
#include "archivepath.h"

#include <QList>

namespace Lkc {

std::optional<QByteArray> cleanArchivePath(const QByteArray &name) {
    QList<QByteArray> parts;
    for (const QByteArray &part : name.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            // Climbing above the root is never allowed: such a member could be
            // extracted outside the image by a later consumer.
            if (parts.isEmpty())
                return std::nullopt;
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    if (parts.isEmpty())
        return QByteArray(".");
    return parts.join('/');
}

QByteArray archiveDirName(const QByteArray &path) {
    const qsizetype slash = path.lastIndexOf('/');
    return slash < 0 ? QByteArray() : path.left(slash);
}

QByteArray archiveBaseName(const QByteArray &path) {
    const qsizetype slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.mid(slash + 1);
}

QByteArray relativeLinkTarget(const QByteArray &link, const QByteArray &target) {
    const QList<QByteArray> from = archiveDirName(link).split('/');
    const QList<QByteArray> to = target.split('/');
    QList<QByteArray> fromParts, toParts;
    for (const QByteArray &p : from)
        if (!p.isEmpty())
            fromParts.append(p);
    for (const QByteArray &p : to)
        if (!p.isEmpty())
            toParts.append(p);
    qsizetype common = 0;
    while (common < fromParts.size() && common < toParts.size() &&
           fromParts[common] == toParts[common])
        ++common;
    QList<QByteArray> out;
    for (qsizetype i = common; i < fromParts.size(); ++i)
        out.append("..");
    for (qsizetype i = common; i < toParts.size(); ++i)
        out.append(toParts[i]);
    return out.isEmpty() ? QByteArray(".") : out.join('/');
}

} // namespace Lkc
