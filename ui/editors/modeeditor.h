// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldeditor.h"

#include <array>

class QCheckBox;
class QLineEdit;

namespace Lkc {

// A file mode as read/write/execute for owner, group and others beside its
// octal value; either side edits the other. Written quoted ("0644"), as
// LinuxKit reads the mode as an octal string.
class ModeEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit ModeEditor(const FieldDescription &description, QWidget *parent = nullptr);
    void setValue(const std::optional<YamlValue> &value) override;
    QWidget *focusTarget() override;
    QLineEdit *octalEdit() const { return m_octal; }
    // bit 8 (owner read) … bit 0 (others execute)
    QCheckBox *bitBox(int bit) const { return m_bits[size_t(bit)]; }

private:
    void showMode(qint64 mode);
    void commitBits();
    void commitOctal();
    QLineEdit *m_octal;
    std::array<QCheckBox *, 9> m_bits{};
    qint64 m_high = 0; // setuid/setgid/sticky: kept as they are
    bool m_loading = false;
};

} // namespace Lkc
