// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "deploy/blockdevices.h"
#include "util/jobcontrol.h"
#include "util/result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace Lkc {

struct DiskWriteOptions {
    QString image;  // the raw image (raw-bios, raw-efi, iso-bios, iso-efi …)
    QString device; // /dev/sdX or a /dev/disk/by-id/… link
    // Disks larger than this are rarely a USB stick: ask again before writing.
    qint64 confirmAboveBytes = qint64(64) << 30;
    bool confirmed = false; // --yes: the user already said so
    bool verify = true;     // read back and compare SHA-256
};

struct DiskWriteResult {
    BlockDevice device;
    qint64 bytes = 0;
    QString imageSha256;
    QString readBackSha256; // empty without verify
    bool verified = false;
    double writeSeconds = 0; // write + fsync
    double verifySeconds = 0;
};

// Writes an image to a whole disk: refuses the disk the system runs from,
// mounted disks and partitions; asks again (confirmation callback, on the
// caller's thread) for large disks; writes (hashing the image on the way)
// and fsyncs; then drops the device's cache and reads the image's length
// back to compare SHA-256. A job like BuildJob: worker thread, typed
// events, cancel within a second.
class DiskWriter : public QObject {
    Q_OBJECT
public:
    enum class Phase { Checking, Writing, Syncing, Verifying };
    Q_ENUM(Phase)
    // Returns true to go on; `question` is the sentence to show.
    using Confirmation = std::function<bool(const BlockDevice &device, const QString &question)>;

    explicit DiskWriter(DiskWriteOptions options, QObject *parent = nullptr);
    ~DiskWriter() override; // cancels and waits

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // Test hook: runs on the worker after fsync and before the read-back.
    void setBeforeVerifyHook(std::function<void(const QString &device)> hook) {
        m_beforeVerify = std::move(hook);
    }

    // The target, or why it is refused (no confirmation asked, nothing written).
    static Result<BlockDevice> check(const QString &device, qint64 imageSize);

    // Checks and asks on the calling thread, then writes on a worker. A
    // refusal or a "no" arrives as failed() from the event loop.
    void start();
    void requestCancel() { m_control.requestCancel(); }
    bool isRunning() const { return m_running.load(); }
    bool wait(int ms = -1);
    // Everything on the calling thread (signals emitted directly).
    Result<DiskWriteResult> run();

signals:
    void phaseChanged(Lkc::DiskWriter::Phase phase);
    void progress(qint64 done, qint64 total);
    void logLine(const QString &line);
    void finished(const Lkc::DiskWriteResult &result);
    void failed(const Lkc::Error &error);

private:
    Result<BlockDevice> checkAndConfirm();
    Result<DiskWriteResult> write(const BlockDevice &device);

    DiskWriteOptions m_options;
    Confirmation m_confirm;
    std::function<void(const QString &)> m_beforeVerify;
    JobControl m_control;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_running{false};
};

} // namespace Lkc

Q_DECLARE_METATYPE(Lkc::DiskWriteResult)
