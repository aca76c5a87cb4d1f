// SPDX-License-Identifier: Apache-2.0
#include "registryauth.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Lkc {

AuthChallenge AuthChallenge::parse(const QByteArray &header) {
    AuthChallenge challenge;
    const QString text = QString::fromUtf8(header).trimmed();
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    challenge.scheme = (space < 0 ? text : text.left(space)).toLower();
    static const QRegularExpression re(QStringLiteral("(\\w+)=\"([^\"]*)\"|(\\w+)=([^,\\s]+)"));
    auto it = re.globalMatch(space < 0 ? QString() : text.mid(space + 1));
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty())
            challenge.params.insert(m.captured(1).toLower(), m.captured(2));
        else
            challenge.params.insert(m.captured(3).toLower(), m.captured(4));
    }
    return challenge;
}

QString tokenFromAnswer(const QByteArray &body) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString token = o.value(QLatin1String("token")).toString();
    if (token.isEmpty())
        token = o.value(QLatin1String("access_token")).toString();
    return token;
}

} // namespace Lkc
