// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Lkc {

// Edit distance (insert, delete, substitute, swap adjacent), case-insensitive.
int editDistance(const QString &a, const QString &b);

// The candidate a typo most likely meant, or "" when none is close enough.
QString closestMatch(const QString &word, const QStringList &candidates);

} // namespace Lkc
