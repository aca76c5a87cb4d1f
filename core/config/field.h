// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sourcepos.h"

#include <QList>

#include <optional>
#include <utility>

namespace Lkc {

// A config field: optional (unset is not the same as empty, which the label
// merge of the build relies on: YAML if set, else label, else default) plus
// where it was written. Reads like std::optional: has_value(), value_or(), *, ->.
// Careful with Field<bool>: like std::optional<bool>, `if (f)` means "is set".
template <typename T> class Field {
public:
    Field() = default;
    Field(std::nullopt_t) {}
    Field(const T &value)
        : m_value(value) {}
    Field(T &&value)
        : m_value(std::move(value)) {}
    Field &operator=(const T &value) {
        m_value = value;
        return *this;
    }
    Field &operator=(T &&value) {
        m_value = std::move(value);
        return *this;
    }

    bool has_value() const { return m_value.has_value(); }
    explicit operator bool() const { return m_value.has_value(); }
    T &value() { return m_value.value(); }
    const T &value() const { return m_value.value(); }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    template <typename U> T value_or(U &&fallback) const {
        return m_value.value_or(std::forward<U>(fallback));
    }
    template <typename... Args> T &emplace(Args &&...args) {
        return m_value.emplace(std::forward<Args>(args)...);
    }
    void reset() {
        m_value.reset();
        pos = {};
        itemPos.clear();
    }
    const std::optional<T> &asOptional() const { return m_value; }

    // Position of the value node; yamlPath is the field's path. Invalid when unset.
    SourcePos pos;
    // For list fields: one position per item, in order. For map fields: one per
    // value, in the map's (sorted key) order.
    QList<SourcePos> itemPos;

    // Position of item i, or of the whole field when unknown.
    SourcePos itemPosAt(qsizetype i) const {
        return i >= 0 && i < itemPos.size() ? itemPos[i] : pos;
    }

private:
    std::optional<T> m_value;
};

// A plain value that knows where it was written (list items such as init refs).
template <typename T> struct Located {
    T value;
    SourcePos pos;
};

} // namespace Lkc
