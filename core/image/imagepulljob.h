// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "contentstore.h"
#include "registryoptions.h"
#include "util/jobcontrol.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QThread;

namespace Lkc {

// The non-blocking face of ImageResolver for the GUI: ensures images on a worker
// QThread (which has its own event loop for Qt Network) and reports through queued
// signals. Cancel stops it promptly; the store is left consistent (no partial names).
class ImagePullJob : public QObject {
    Q_OBJECT
public:
    ImagePullJob(ContentStore store, RegistryOptions options, QObject *parent = nullptr);
    ~ImagePullJob() override; // cancels and waits for the worker

    // Ensures every ref for linux/arch (pulling with alwaysPull even when stored).
    void start(const QStringList &refs, const QString &arch, bool alwaysPull = false);
    void cancel();
    bool isRunning() const;

signals:
    void logLine(const QString &line);
    void progress(qint64 done, qint64 total); // bytes of the current image's blobs
    void imageReady(const QString &ref, const QString &storedName, const QString &manifestDigest);
    void finished(bool ok, const QString &error);

private:
    ContentStore m_store;
    RegistryOptions m_options;
    std::shared_ptr<JobControl> m_control;
    QThread *m_thread = nullptr;
};

} // namespace Lkc
