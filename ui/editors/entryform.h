// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/yamlpath.h"
#include "fieldcatalog.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Lkc {

class ConfigDocument;

// A form over one node of the config (the kernel, services[2], files[0] …).
// It is a view of the YAML text: values are read from the document after every
// re-parse, and each commit is one YamlEditor edit (one undo step) on it.
class EntryForm : public QWidget {
    Q_OBJECT
public:
    explicit EntryForm(ConfigDocument *document, QWidget *parent = nullptr);

    // Shows the form for `section` at `path` ("kernel"/kernel, "services"/services[2]).
    void showNode(const QString &section, const YamlPath &path);
    YamlPath currentPath() const { return m_path; }
    // The editor widget of a field (for tests and focus), or nullptr.
    QWidget *fieldWidget(const QString &key) const { return m_widgets.value(key); }

signals:
    void editFailed(const QString &message);

private:
    void rebuild();
    void refresh();
    void updateExplanation();
    void commit(const FieldSpec &spec);
    QWidget *createEditor(const FieldSpec &spec);
    void setEditorValue(const FieldSpec &spec, QWidget *editor);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ConfigDocument *m_document;
    QLabel *m_heading;
    QLabel *m_explanation;
    QFormLayout *m_form;
    QString m_section;
    YamlPath m_path;
    QHash<QString, QWidget *> m_widgets;
    bool m_refreshing = false;
};

} // namespace Lkc
