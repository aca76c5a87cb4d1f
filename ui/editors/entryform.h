// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/formatdescription.h"
#include "config/yamlpath.h"
#include "config/yamlvalue.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QScrollArea;

namespace Lkc {

class ConfigDocument;
class FieldEditor;
class PreviewController;
struct EffectiveContainer;

// A form over one node of the config (the kernel, services[2], files[0] …),
// laid out from the core's FormatDescription: one editor per key the schema
// has, nested objects (runtime, resources) as groups. It is a view of the YAML
// text: values are read from the document after every re-parse, and each
// commit is one YamlEditor edit (one undo step) on it.
class EntryForm : public QWidget {
    Q_OBJECT
public:
    explicit EntryForm(ConfigDocument *document, QWidget *parent = nullptr);

    // Shows the form for `section` at `path` ("kernel"/kernel, "services"/services[2]).
    void showNode(const QString &section, const YamlPath &path);
    YamlPath currentPath() const { return m_path; }
    QString currentSection() const { return m_section; }
    // The editor of a key path under the entry ("readonly", "runtime/mounts"; a
    // table's column as "mounts/destination" gives the table), or nullptr.
    QWidget *fieldWidget(const QString &keyPath) const { return m_widgets.value(keyPath); }
    QStringList fieldKeys() const { return m_widgets.keys(); }
    // The combo choosing a files entry's kind (nullptr for other sections).
    QComboBox *fileKindCombo() const { return m_fileKind; }
    // Gives keyboard focus to the editor of the key a YAML path points into
    // (services[1].capabilities[0] -> capabilities); false when none shows it.
    bool focusPath(const QString &yamlPath);

    // Where the image's org.mobyproject.config label comes from: the preview's
    // worker reads it (the GUI thread never opens the image store).
    void setPreview(PreviewController *preview);
    // What the form says about the image's label ("" when it does not apply).
    QString labelStatus() const;
    // The greyed line under a list or table editor ("from image label: …").
    QLabel *inheritedHint(const QString &keyPath) const { return m_hints.value(keyPath); }

signals:
    void editFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Puts every field under its label when the form is too narrow for both side by side.
    void updateRowWrap();
    void rebuild();
    void refresh();
    void updateExplanation();
    void addFields(QFormLayout *form, const QList<FieldDescription> &fields, const QString &prefix);
    YamlPath pathOf(const QString &keyPath) const;
    void commit(const QString &keyPath, const YamlPath &relative,
                const std::optional<YamlValue> &wanted);
    void move(const QString &keyPath, const YamlPath &relative, int toIndex);
    void takeLabels(const QList<EffectiveContainer> &containers);
    // The label of the entry's image as a value; updates the status line.
    std::optional<YamlValue> currentLabel();
    QString currentFileKind() const;
    void changeFileKind(const QString &kind);
    void showFileKindRows();

    ConfigDocument *m_document;
    QLabel *m_heading;
    QLabel *m_explanation;
    QScrollArea *m_scroll;
    QFormLayout *m_form;
    QLabel *m_labelStatus;
    QComboBox *m_fileKind = nullptr;
    PreviewController *m_preview = nullptr;
    struct ImageLabel {
        bool found = false;
        std::optional<YamlValue> label;
        QString problem; // the label is there but cannot be read
    };
    QHash<QString, ImageLabel> m_labels; // image as written -> its label, from the last preview
    bool m_labelsKnown = false;
    quint64 m_labelsGeneration = 0; // the text the last preview read
    QString m_section;
    YamlPath m_path;
    QHash<QString, FieldEditor *> m_editors; // key path -> its editor
    QHash<QString, QWidget *> m_widgets;     // key paths and table columns -> editor
    QHash<QString, QLabel *> m_hints;        // key path -> greyed line under its editor
    QHash<FieldEditor *, QWidget *> m_rows;  // editor -> the field widget of its form row
    bool m_refreshing = false;
};

} // namespace Lkc
