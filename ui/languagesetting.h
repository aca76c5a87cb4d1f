// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Lkc {

// The window's language: the system's unless the user chose one (Settings, or --language).
// Read once at start-up; a change takes effect when the composer starts again.
namespace LanguageSetting {

// Codes the composer is translated into, "en" first (the source language).
QStringList available();
// The language's own name ("Deutsch", "Français"), for menus.
QString nativeName(const QString &code);
// The stored choice: a code from available(), or empty for "follow the system".
QString chosen();
void setChosen(const QString &code);
// The locale to translate for: `override` (a --language value) if given, else the stored
// choice, else the system's.
QLocale effectiveLocale(const QString &override = {});

} // namespace LanguageSetting
} // namespace Lkc
