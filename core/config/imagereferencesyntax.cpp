// SPDX-License-Identifier: Apache-2.0
#include "imagereferencesyntax.h"

#include <QRegularExpression>
#include <QStringList>

namespace Lkc {

QString imageReferenceSyntaxError(const QString &reference) {
    if (reference.isEmpty())
        return QStringLiteral("the image reference is empty");
    if (reference.startsWith(QLatin1String("@pkg:")))
        return {};
    for (QChar c : reference)
        if (c.isSpace() || c.unicode() < 0x20)
            return QStringLiteral("it contains whitespace or a control character");
    QString rest = reference;
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString digest = rest.mid(at + 1);
        rest = rest.left(at);
        static const QRegularExpression digestRe(
            QStringLiteral("^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$"));
        if (!digestRe.match(digest).hasMatch())
            return QStringLiteral("digest \"%1\" is not sha256: followed by 64 lower-case hex "
                                  "digits")
                .arg(digest);
    }
    const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > slash) {
        const QString tag = rest.mid(colon + 1);
        rest = rest.left(colon);
        static const QRegularExpression tagRe(
            QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
        if (!tagRe.match(tag).hasMatch())
            return QStringLiteral("tag \"%1\" may only use letters, digits, '_', '.' and '-' "
                                  "(at most 128, not starting with '.' or '-')")
                .arg(tag);
    }
    if (rest.isEmpty())
        return QStringLiteral("the repository name is empty");
    QStringList parts = rest.split(QLatin1Char('/'));
    const QString &first = parts.first();
    if (parts.size() > 1 && (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) ||
                             first == QLatin1String("localhost"))) {
        static const QRegularExpression hostRe(QStringLiteral(
            "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]+)?$|^\\[[0-9a-fA-F:]+\\](:[0-9]+)?$"));
        if (!hostRe.match(first).hasMatch())
            return QStringLiteral("registry \"%1\" is not a valid host[:port]").arg(first);
        parts.removeFirst();
    }
    static const QRegularExpression componentRe(
        QStringLiteral("^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*$"));
    for (const QString &part : parts) {
        if (componentRe.match(part).hasMatch())
            continue;
        if (part != part.toLower())
            return QStringLiteral("repository names must be lower-case (\"%1\")").arg(part);
        if (part.isEmpty())
            return QStringLiteral("the repository path has an empty component");
        return QStringLiteral("repository component \"%1\" may only use a-z, 0-9 and single "
                              "'.', '_' or '-' between them")
            .arg(part);
    }
    return {};
}

} // namespace Lkc
