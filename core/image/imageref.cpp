// SPDX-License-Identifier: Apache-2.0
#include "imageref.h"

#include <QRegularExpression>

namespace Lkc {

// distribution/reference grammar: path components and tags.
static bool isValidPathComponent(const QString &component) {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$"));
    return re.match(component).hasMatch();
}

static bool isValidTag(const QString &tag) {
    static const QRegularExpression re(QStringLiteral("^[\\w][\\w.-]{0,127}$"));
    return re.match(tag).hasMatch();
}

static bool isValidDomain(const QString &domain) {
    static const QRegularExpression re(
        QStringLiteral("^(?:[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?$"));
    return re.match(domain).hasMatch();
}

Result<ImageRef> ImageRef::parse(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(QStringLiteral("empty image reference"), text);

    // Split off the domain first so "host:5000/x" does not read ":5000" as a tag.
    const QStringList parts = trimmed.split(QLatin1Char('/'));
    QString domain;
    QString rest;
    const QString &first = parts.first();
    const bool firstIsDomain =
        parts.size() >= 3 || (parts.size() == 2 && (first.contains(QLatin1Char('.')) ||
                                                    first.contains(QLatin1Char(':')) ||
                                                    first == QLatin1String("localhost")));
    if (parts.size() == 1) {
        domain = QStringLiteral("docker.io");
        rest = QStringLiteral("library/") + trimmed;
    } else if (!firstIsDomain) {
        domain = QStringLiteral("docker.io");
        rest = trimmed;
    } else {
        domain = first;
        rest = trimmed.mid(first.size() + 1);
    }

    // The object starts at the first ':' or '@' of the path.
    qsizetype objectAt = -1;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == QLatin1Char(':') || rest.at(i) == QLatin1Char('@')) {
            objectAt = i;
            break;
        }
    }
    QString repository = objectAt < 0 ? rest : rest.left(objectAt);
    QString tag;
    Digest digest;
    if (objectAt >= 0) {
        QString object = rest.mid(objectAt);
        const qsizetype at = object.indexOf(QLatin1Char('@'));
        QString tagPart = at < 0 ? object : object.left(at);
        if (tagPart.startsWith(QLatin1Char(':')))
            tag = tagPart.mid(1);
        if (at >= 0) {
            auto parsed = Digest::parse(object.mid(at + 1));
            if (!parsed)
                return Error(
                    QStringLiteral("bad digest in image reference: %1").arg(parsed.error().message),
                    text);
            digest = *parsed;
        }
        if (tagPart.startsWith(QLatin1Char(':')) && !isValidTag(tag))
            return Error(QStringLiteral("invalid tag \"%1\": use letters, digits, '_', '.', '-' "
                                        "(at most 128, not starting with '.' or '-')")
                             .arg(tag),
                         text);
    }
    if (!isValidDomain(domain))
        return Error(QStringLiteral("invalid registry host \"%1\"").arg(domain), text);
    if (repository.isEmpty())
        return Error(QStringLiteral("image reference has no repository name"), text);
    const QStringList components = repository.split(QLatin1Char('/'));
    for (const QString &c : components) {
        if (!isValidPathComponent(c))
            return Error(QStringLiteral("invalid repository name component \"%1\": use lower-case "
                                        "letters, digits and single separators (. _ -)")
                             .arg(c),
                         text);
    }

    ImageRef ref;
    ref.m_original = text;
    ref.m_domain = domain;
    ref.m_repository = repository;
    ref.m_tag = tag;
    ref.m_digest = digest;
    return ref;
}

QString ImageRef::expanded() const {
    QString s = locator();
    if (!m_tag.isEmpty())
        s += QLatin1Char(':') + m_tag;
    if (m_digest.isValid())
        s += QLatin1Char('@') + m_digest.toString();
    return s;
}

QString ImageRef::registryReference() const {
    if (m_digest.isValid())
        return m_digest.toString();
    return tagOrLatest();
}

ImageRef ImageRef::pinnedTo(const Digest &digest) const {
    ImageRef r = *this;
    r.m_tag.clear();
    r.m_digest = digest;
    r.m_original = r.expanded();
    return r;
}

QString ImageRef::registryHost() const {
    if (m_domain == QLatin1String("docker.io") || m_domain == QLatin1String("index.docker.io"))
        return QStringLiteral("registry-1.docker.io");
    return m_domain;
}

} // namespace Lkc
