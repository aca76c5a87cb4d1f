// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <variant>

namespace Lkc {

// A uid/gid/additionalGids value: an integer, or a name that the build resolves
// to another container's allocated id ("" and "root" are 0), see format §3.3.
struct IntOrName {
    std::variant<qint64, QString> value = qint64(0);

    IntOrName() = default;
    IntOrName(qint64 number)
        : value(number) {}
    IntOrName(QString name)
        : value(std::move(name)) {}

    bool isNumber() const { return std::holds_alternative<qint64>(value); }
    qint64 number() const { return isNumber() ? std::get<qint64>(value) : 0; }
    QString name() const { return isNumber() ? QString() : std::get<QString>(value); }
    QString toString() const { return isNumber() ? QString::number(number()) : name(); }

    friend bool operator==(const IntOrName &, const IntOrName &) = default;
};

} // namespace Lkc
