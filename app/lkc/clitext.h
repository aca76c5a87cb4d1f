// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace Lkc::Cli {

// The CLI's words to users, translatable in the context "lkc" (translations/lkc_LANG.ts).
// Texts defined before main() runs (usage texts, command summaries) are marked with
// QT_TRANSLATE_NOOP("lkc", …) and passed through Text::tr() where they are printed.
class Text {
    Q_DECLARE_TR_FUNCTIONS(lkc)
};

} // namespace Lkc::Cli
