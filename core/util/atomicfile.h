// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace Lkc {

// A file that appears under its name complete or not at all. Bytes go to a
// temp file beside the target; commit() checks that every write reached the
// disk (fsync), renames it over the target and syncs the folder. Until then,
// and after any failure, the old file stays byte-identical; an uncommitted
// AtomicFile removes its temp file when destroyed.
//
// Why not QSaveFile: Qt 6.4's QSaveFile::commit() returns true when flushing
// its write buffer fails (ENOSPC), then renames the short temp file over the
// real one. Here writes are unbuffered and the first error sticks.
class AtomicFile : public QIODevice {
public:
    explicit AtomicFile(QString path = {}, QObject *parent = nullptr);
    ~AtomicFile() override;

    void setFileName(const QString &path) { m_path = path; }
    QString fileName() const { return m_path; }

    // Creates the temp file. A new file gets mode 0644 (minus the umask); an
    // existing file keeps its mode. A symlinked target is written through.
    Status create();
    Status write(const char *data, qint64 size);
    Status write(const QByteArray &data) { return write(data.constData(), data.size()); }
    // The first failed write, sync, close or rename ends the file; commit()
    // reports it and leaves the target untouched.
    Status commit();
    void discard();
    // The first error so far (writes through the QIODevice interface too).
    const Status &status() const { return m_status; }
    qint64 bytesWritten() const { return m_written; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    void fail(Error error);

    QString m_path;   // the name callers see (and errors name)
    QString m_target; // m_path with symlinks resolved
    QString m_temp;
    int m_fd = -1;
    qint64 m_written = 0;
    Status m_status;
};

namespace AtomicFiles {

// Writes `data` to `path` through an AtomicFile.
Status write(const QString &path, const QByteArray &data);
// fsyncs `from`, renames it to `to` and syncs the folder of `to`.
Status renameDurably(const QString &from, const QString &to);
// fsync of a file or a folder.
Status sync(const QString &path);

// An Error for a failed system call on `path`: "ACTION PATH: reason". The path
// is in the message, not the location, so it survives callers that wrap only
// the message (and is not printed twice). ENOSPC and EDQUOT say the disk is full, with the free
// space left and, when `needed` > 0, how much the write needed; every other errno is spelled by
// strerror.
Error systemError(const QString &action, const QString &path, int err, qint64 needed = -1);
// The same for a failed QFile/QSaveFile (they keep no errno, only its text):
// names the file, and says "no space left on device" when that was the cause.
Error deviceError(const QString &action, const QIODevice &device);
// "1.5 MiB" for messages.
QString formatBytes(qint64 bytes);

} // namespace AtomicFiles

} // namespace Lkc
