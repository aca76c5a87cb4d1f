// SPDX-License-Identifier: Apache-2.0
#include "languagesetting.h"

#include <QSettings>

namespace Lkc::LanguageSetting {

namespace {
const QString kKey = QStringLiteral("ui/language");
}

QStringList available() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeName(const QString &code) {
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString chosen() {
    const QString code = QSettings().value(kKey).toString();
    return available().contains(code) ? code : QString();
}

void setChosen(const QString &code) {
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

QLocale effectiveLocale(const QString &override) {
    if (!override.isEmpty())
        return QLocale(override);
    const QString code = chosen();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

} // namespace Lkc::LanguageSetting
