// SPDX-License-Identifier: Apache-2.0
#include "previewcontroller.h"

#include "document/configdocument.h"
#include "image/contentstore.h"

#include <QFileInfo>
#include <QThread>

namespace Lkc {

PreviewController::PreviewController(ConfigDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document) {
    qRegisterMetaType<QList<Lkc::EffectiveContainer>>();
    qRegisterMetaType<QList<Lkc::BootStep>>();
    qRegisterMetaType<Lkc::RootfsLayout>();
    m_pause.setSingleShot(true);
    m_pause.setInterval(700); // after typing stops: a preview per keystroke is wasted work
    connect(&m_pause, &QTimer::timeout, this, &PreviewController::startWorker);
    connect(m_document, &ConfigDocument::reparsed, this, &PreviewController::schedule);
}

PreviewController::~PreviewController() {
    if (m_control)
        m_control->requestCancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString PreviewController::storePath() const {
    return m_storePath.isEmpty() ? ContentStore::defaultPath() : m_storePath;
}

void PreviewController::setLayoutEnabled(bool enabled) {
    if (m_layoutEnabled == enabled)
        return;
    m_layoutEnabled = enabled;
    if (enabled)
        schedule();
}

void PreviewController::schedule() {
    m_pause.start();
}

void PreviewController::refresh() {
    m_pause.stop();
    startWorker();
}

void PreviewController::startWorker() {
    // The worker's parse of the current text (or a big file still loading) is not
    // back yet: reading the config now would parse it on the GUI thread. Its
    // reparsed() schedules the previews again.
    if (m_document->isParsing())
        return;
    if (m_thread) {
        // One at a time: cancel the running one, start again when it ends.
        m_pending = true;
        if (m_control)
            m_control->requestCancel();
        return;
    }
    m_pending = false;
    const quint64 generation = ++m_generation;
    BuildPlan plan;
    plan.config = m_document->config();
    plan.storePath = storePath();
    const QString path = m_document->filePath();
    if (!path.isEmpty())
        plan.baseDir = QFileInfo(path).absolutePath();
    const bool withLayout = m_layoutEnabled && !hasErrors(m_document->diagnostics());
    auto control = std::make_shared<JobControl>();
    m_control = control;
    emit started();
    m_thread = QThread::create([this, plan, withLayout, control, generation] {
        QList<EffectiveContainer> containers;
        Result<ContentStore> store =
            ContentStore::open(plan.storePath, ContentStore::Access::ReadOnly);
        if (store)
            containers = EffectiveConfig::compute(plan, *store);
        const QList<BootStep> steps = BootFlow::describe(plan.config, containers);
        std::optional<Result<RootfsLayout>> layout;
        if (withLayout && !control->isCanceled())
            layout = LayoutPreview::compute(plan, {}, *control);
        QMetaObject::invokeMethod(
            this,
            [this, generation, containers, steps, layout] {
                deliver(generation, containers, steps, layout);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void PreviewController::deliver(quint64 generation, const QList<EffectiveContainer> &containers,
                                const QList<BootStep> &steps,
                                const std::optional<Result<RootfsLayout>> &layout) {
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    const bool current = generation == m_generation && !m_pending;
    if (current) {
        m_containers = containers;
        m_steps = steps;
        emit containersReady(containers);
        emit bootFlowReady(steps);
        if (layout) {
            if (layout->ok())
                emit layoutReady(**layout);
            else
                emit layoutFailed(layout->error().toString());
        }
        emit finished();
    }
    if (m_pending)
        startWorker();
}

} // namespace Lkc
