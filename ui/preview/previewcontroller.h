// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "build/bootflow.h"
#include "build/effectiveconfig.h"
#include "build/layoutpreview.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace Lkc {

class ConfigDocument;

// Runs the build's dry runs (effective configs, boot flow, layout) on a
// worker thread a moment after the config changes; the GUI thread only
// receives results. A newer request cancels the one running.
class PreviewController : public QObject {
    Q_OBJECT
public:
    explicit PreviewController(ConfigDocument *document, QObject *parent = nullptr);
    ~PreviewController() override;

    void setStorePath(const QString &path) { m_storePath = path; }
    QString storePath() const;
    // The layout flattens images and compresses the initrd: only when shown.
    void setLayoutEnabled(bool enabled);
    // Starts a preview of the current text now (no pause).
    void refresh();
    bool isRunning() const { return m_thread != nullptr; }

    const QList<EffectiveContainer> &containers() const { return m_containers; }
    const QList<BootStep> &bootSteps() const { return m_steps; }

signals:
    void started();
    void containersReady(const QList<Lkc::EffectiveContainer> &containers);
    void bootFlowReady(const QList<Lkc::BootStep> &steps);
    void layoutReady(const Lkc::RootfsLayout &layout);
    void layoutFailed(const QString &message);
    void finished();

private:
    void schedule();
    void startWorker();
    void deliver(quint64 generation, const QList<EffectiveContainer> &containers,
                 const QList<BootStep> &steps, const std::optional<Result<RootfsLayout>> &layout);

    ConfigDocument *m_document;
    QTimer m_pause;
    QString m_storePath;
    bool m_layoutEnabled = false;
    bool m_pending = false;
    quint64 m_generation = 0;
    QThread *m_thread = nullptr;
    std::shared_ptr<JobControl> m_control;
    QList<EffectiveContainer> m_containers;
    QList<BootStep> m_steps;
};

} // namespace Lkc
