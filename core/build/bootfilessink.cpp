// SPDX-License-Identifier: Apache-2.0
#include "bootfilessink.h"

#include "buildcache.h"
#include "cacheentry.h"
#include "util/atomicfile.h"

#include <archive_entry.h>

namespace Lkc {

BootFilesSink::BootFilesSink(QString dir, const BuildCache *cache)
    : m_dir(std::move(dir))
    , m_cache(cache) {}

Status BootFilesSink::closeCurrent() {
    if (!m_current)
        return {};
    Status s = m_current->commit();
    m_current.reset();
    return s;
}

Status BootFilesSink::writeHeader(archive_entry *entry) {
    if (Status s = closeCurrent(); !s)
        return s;
    m_capturingCmdline = false;
    const QByteArray name(archive_entry_pathname(entry));
    if (name == "boot/cmdline") {
        m_cmdline.clear();
        m_capturingCmdline = true;
        m_sawCmdline = true;
        return {};
    }
    QString target;
    if (name == "boot/kernel") {
        target = m_kernel = m_dir + QStringLiteral("/kernel");
        m_sawKernel = true;
    } else if (name == "boot/ucode.cpio") {
        target = m_ucode = m_dir + QStringLiteral("/ucode.cpio");
        m_sawUcode = true;
    } else {
        return {};
    }
    m_current = std::make_unique<AtomicFile>(target);
    return m_current->create();
}

Status BootFilesSink::writeData(const char *data, size_t size) {
    if (m_capturingCmdline) {
        m_cmdline.append(data, qsizetype(size));
        return {};
    }
    if (m_current)
        return m_current->write(data, qint64(size)); // names the file; says when the disk is full
    return {};
}

Status BootFilesSink::finish() {
    if (!m_deferredError)
        return m_deferredError;
    return closeCurrent();
}

QString BootFilesSink::entryPath(const QByteArray &key) const {
    return m_cache->sectionPath(QStringLiteral("boot"), key + "\nboot-files-1");
}

Status BootFilesSink::beginChunk(const QByteArray &key) {
    if (Status s = closeCurrent(); !s)
        return s;
    m_canUndo = false;
    m_recording = m_cache != nullptr;
    m_recordKey = key;
    m_sawKernel = m_sawUcode = m_sawCmdline = false;
    return {};
}

Status BootFilesSink::endChunk() {
    // The files are read back below: they must be complete on disk first.
    if (Status s = closeCurrent(); !s)
        return s;
    if (!m_recording)
        return {};
    m_recording = false;
    // Entry: the kernel, then the ucode, then the cmdline; the metadata says which
    // are there and how long each is.
    CacheEntryWriter writer;
    if (!writer.open(entryPath(m_recordKey)))
        return {};
    QByteArray meta;
    const auto addFile = [&](const char *tag, bool saw, const QString &path) -> bool {
        if (!saw) {
            meta += QByteArray(tag) + " -1\n";
            return true;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        meta += QByteArray(tag) + ' ' + QByteArray::number(f.size()) + '\n';
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = f.read(buffer.data(), buffer.size());
            if (n < 0)
                return false;
            if (n == 0)
                return true;
            if (!writer.write(buffer.constData(), n))
                return false;
        }
    };
    if (!addFile("kernel", m_sawKernel, m_kernel) || !addFile("ucode", m_sawUcode, m_ucode))
        return {}; // no entry: the cache is an optimisation
    meta += QByteArray("cmdline ") + (m_sawCmdline ? QByteArray::number(m_cmdline.size()) : "-1") +
            '\n';
    if (m_sawCmdline && !writer.write(m_cmdline.constData(), m_cmdline.size()))
        return {};
    (void)writer.commit(meta);
    return {};
}

RootfsSink::Replay BootFilesSink::replayChunk(const QByteArray &key, QString *note) {
    if (!m_cache)
        return Replay::Missing;
    if (Status s = closeCurrent(); !s) {
        m_deferredError = s; // reported by finish(); the chunk is made again meanwhile
        return Replay::Missing;
    }
    const QString path = entryPath(key);
    CacheEntryReader reader;
    if (!reader.open(path))
        return Replay::Missing;
    m_canUndo = true;
    m_undoKernel = m_kernel;
    m_undoUcode = m_ucode;
    m_undoCmdline = m_cmdline;
    const auto damaged = [&]() {
        (void)undoReplay();
        QFile::remove(path);
        *note = QStringLiteral("Build cache entry %1 is damaged: making the kernel section again "
                               "from the image")
                    .arg(path);
        return Replay::Damaged;
    };
    // The lengths are not trusted until the checksum matched: they only bound the
    // copies into scratch files, which a mismatch leaves to be overwritten.
    QList<qint64> sizes;
    for (const QByteArray &line : reader.meta().split('\n'))
        if (!line.isEmpty())
            sizes.append(line.mid(line.indexOf(' ') + 1).toLongLong());
    if (sizes.size() != 3 || reader.isDamaged())
        return damaged();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    const auto copyTo = [&](qint64 size, QIODevice *out, QByteArray *into) -> bool {
        while (size > 0) {
            const qint64 n = reader.read(buffer.data(), qMin<qint64>(size, buffer.size()));
            if (n <= 0)
                return false;
            if (out && out->write(buffer.constData(), n) != n)
                return false;
            if (into)
                into->append(buffer.constData(), n);
            size -= n;
        }
        return true;
    };
    const QString files[2] = {m_dir + QStringLiteral("/kernel"),
                              m_dir + QStringLiteral("/ucode.cpio")};
    for (int i = 0; i < 2; ++i) {
        if (sizes[i] < 0)
            continue;
        // Checked writes: a disk that fills up here must not leave a short kernel.
        AtomicFile f(files[i]);
        if (!f.create() || !copyTo(sizes[i], &f, nullptr) || !f.commit())
            return damaged();
        (i == 0 ? m_kernel : m_ucode) = files[i];
    }
    QByteArray cmdline;
    if (sizes[2] >= 0 && !copyTo(sizes[2], nullptr, &cmdline))
        return damaged();
    if (!reader.finish())
        return damaged();
    if (sizes[2] >= 0)
        m_cmdline = cmdline;
    BuildCache::touch(path);
    return Replay::Done;
}

Status BootFilesSink::undoReplay() {
    if (!m_canUndo)
        return {};
    // Files written into scratch stay; what the build will use is restored.
    m_kernel = m_undoKernel;
    m_ucode = m_undoUcode;
    m_cmdline = m_undoCmdline;
    m_canUndo = false;
    return {};
}

} // namespace Lkc
