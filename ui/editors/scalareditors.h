// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldeditor.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Lkc {

// A string, a number, or a number-or-name (uid, gid) on one line.
class LineFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit LineFieldEditor(const FieldDescription &description, QWidget *parent = nullptr);
    void setValue(const std::optional<YamlValue> &value) override;
    QWidget *focusTarget() override;
    QLineEdit *lineEdit() const { return m_edit; }
    bool isBeingEdited() const override;
    bool showsInheritedItself() const override { return true; }

protected:
    void inheritedChanged() override;

private:
    void commit();
    QLineEdit *m_edit;
};

// not set / yes / no; "not set" says, greyed, what the image's label or
// LinuxKit would use.
class BoolFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit BoolFieldEditor(const FieldDescription &description, QWidget *parent = nullptr);
    void setValue(const std::optional<YamlValue> &value) override;
    QWidget *focusTarget() override;
    QComboBox *comboBox() const { return m_combo; }
    bool showsInheritedItself() const override { return true; }

protected:
    void inheritedChanged() override;

private:
    void updateLook();
    QComboBox *m_combo;
};

// One of a few words; an open choice also takes anything typed (a path).
class ChoiceFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit ChoiceFieldEditor(const FieldDescription &description, QWidget *parent = nullptr);
    void setValue(const std::optional<YamlValue> &value) override;
    QWidget *focusTarget() override;
    QComboBox *comboBox() const { return m_combo; }
    bool isBeingEdited() const override;
    bool showsInheritedItself() const override { return true; }

protected:
    void inheritedChanged() override;

private:
    void commit();
    QComboBox *m_combo;
};

// Multi-line text (a file's contents); committed when the editor loses focus.
class ContentsFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit ContentsFieldEditor(const FieldDescription &description, QWidget *parent = nullptr);
    void setValue(const std::optional<YamlValue> &value) override;
    QWidget *focusTarget() override;
    QPlainTextEdit *textEdit() const { return m_edit; }
    bool isBeingEdited() const override;
    void commit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_edit;
    bool m_set = false;
};

} // namespace Lkc
