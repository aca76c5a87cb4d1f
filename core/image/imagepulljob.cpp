// SPDX-License-Identifier: Apache-2.0
#include "imagepulljob.h"

#include "imageresolver.h"

#include <QElapsedTimer>
#include <QThread>

namespace Lkc {

ImagePullJob::ImagePullJob(ContentStore store, RegistryOptions options, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_options(std::move(options)) {}

ImagePullJob::~ImagePullJob() {
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ImagePullJob::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void ImagePullJob::cancel() {
    if (m_control)
        m_control->requestCancel();
}

void ImagePullJob::start(const QStringList &refs, const QString &arch, bool alwaysPull) {
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    // Signals are emitted from the worker; receivers in other threads get them queued.
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto lastEmit = std::make_shared<qint64>(-1000);
    m_control = std::make_shared<JobControl>([this](const QString &line) { emit logLine(line); },
                                             [this, clock, lastEmit](qint64 done, qint64 total) {
                                                 const qint64 now = clock->elapsed();
                                                 if (now - *lastEmit < 50 && done != total)
                                                     return; // at most ~20 updates a second
                                                 *lastEmit = now;
                                                 emit progress(done, total);
                                             });
    auto control = m_control;
    ContentStore store = m_store;
    RegistryOptions options = m_options;
    m_thread = QThread::create([this, control, store, options, refs, arch, alwaysPull] {
        ImageResolver resolver(store, options);
        resolver.setAlwaysPull(alwaysPull);
        for (const QString &ref : refs) {
            auto image = resolver.ensure(ref, arch, *control);
            if (!image) {
                emit finished(false, image.error().toString());
                return;
            }
            emit imageReady(ref, image->name, image->manifest.digest.toString());
        }
        emit finished(true, QString());
    });
    m_thread->setObjectName(QStringLiteral("lkc-image-pull"));
    m_thread->start();
}

} // namespace Lkc
