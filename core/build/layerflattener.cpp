// SPDX-License-Identifier: Apache-2.0
#include "layerflattener.h"

#include "archivepath.h"
#include "archivewritefile.h"

#include <QFileInfo>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <unordered_map>

namespace Lkc {

namespace {

constexpr qsizetype kBufferSize = 256 * 1024;
const QByteArray kWhiteoutPrefix = QByteArrayLiteral(".wh.");
const QByteArray kOpaqueMarker = QByteArrayLiteral(".wh..wh..opq");

struct ArchiveReadDeleter {
    void operator()(archive *a) const { archive_read_free(a); }
};

// What upper layers already decided about a path.
class Visibility {
public:
    bool seen(const QByteArray &path) const { return m_seen.contains(path); }
    void record(const QByteArray &path, bool hidesBelow) { m_seen.emplace(path, hidesBelow); }
    void markOpaque(const QByteArray &dir) { m_pendingOpaque.insert(dir); }
    // Opaque markers hide lower layers only, not the rest of their own layer.
    void finishLayer() {
        m_opaque.unite(m_pendingOpaque);
        m_pendingOpaque.clear();
    }
    bool hiddenByAncestor(const QByteArray &path) const {
        QByteArray dir = archiveDirName(path);
        while (!dir.isEmpty()) {
            const auto it = m_seen.find(dir);
            if (it != m_seen.end() && it->second)
                return true;
            if (m_opaque.contains(dir))
                return true;
            dir = archiveDirName(dir);
        }
        return m_opaque.contains(QByteArray("."));
    }

private:
    std::unordered_map<QByteArray, bool> m_seen;
    QSet<QByteArray> m_opaque;
    QSet<QByteArray> m_pendingOpaque;
};

} // namespace

Result<LayerFlattener::Stats> LayerFlattener::flatten(const QStringList &layers,
                                                      const QString &outputTar,
                                                      const JobControl &control) {
    Stats stats;
    qint64 total = 0;
    for (const QString &layer : layers)
        total += QFileInfo(layer).size();
    qint64 doneBefore = 0;

    ArchiveWriteFile out;
    if (Status s = out.open(outputTar); !s)
        return s.error();

    Visibility visibility;
    QByteArray buffer(kBufferSize, Qt::Uninitialized);
    for (qsizetype li = layers.size() - 1; li >= 0; --li) {
        const QString &layerPath = layers[li];
        std::unique_ptr<archive, ArchiveReadDeleter> in(archive_read_new());
        archive_read_support_filter_all(in.get());
        archive_read_support_format_tar(in.get());
        if (archive_read_open_filename(in.get(), QFile::encodeName(layerPath).constData(),
                                       kBufferSize) != ARCHIVE_OK)
            return Error(QStringLiteral("cannot read layer: %1")
                             .arg(QString::fromUtf8(archive_error_string(in.get()))),
                         layerPath);
        archive_entry *entry = nullptr;
        for (;;) {
            if (control.isCanceled())
                return Error(QStringLiteral("canceled"));
            const int r = archive_read_next_header(in.get(), &entry);
            if (r == ARCHIVE_EOF)
                break;
            if (r < ARCHIVE_WARN)
                return Error(QStringLiteral("corrupt layer: %1")
                                 .arg(QString::fromUtf8(archive_error_string(in.get()))),
                             layerPath);
            const char *rawName = archive_entry_pathname(entry);
            const std::optional<QByteArray> clean =
                cleanArchivePath(QByteArray(rawName ? rawName : ""));
            if (!clean) {
                ++stats.skippedUnsafe;
                continue;
            }
            QByteArray name = *clean;
            if (name == ".")
                continue; // the root itself is not a member of the image
            const QByteArray dir = archiveDirName(name);
            QByteArray base = archiveBaseName(name);
            if (base == kOpaqueMarker) {
                visibility.markOpaque(dir.isEmpty() ? QByteArray(".") : dir);
                continue;
            }
            const bool whiteout = base.startsWith(kWhiteoutPrefix);
            if (whiteout) {
                base = base.mid(kWhiteoutPrefix.size());
                name = dir.isEmpty() ? base : dir + '/' + base;
            }
            if (visibility.seen(name) || visibility.hiddenByAncestor(name))
                continue;
            const bool isDir = archive_entry_filetype(entry) == AE_IFDIR;
            visibility.record(name, whiteout || !isDir);
            if (whiteout)
                continue;

            archive_entry_set_pathname(entry, name.constData());
            if (const char *hard = archive_entry_hardlink(entry)) {
                const std::optional<QByteArray> target = cleanArchivePath(QByteArray(hard));
                if (!target || *target == ".") {
                    ++stats.skippedUnsafe;
                    continue;
                }
                archive_entry_set_hardlink(entry, target->constData());
            }
            // Holes are written out as zeros: the flattened tar is plain PAX.
            archive_entry_sparse_clear(entry);
            const bool hasData =
                archive_entry_filetype(entry) == AE_IFREG && !archive_entry_hardlink(entry);
            if (!hasData)
                archive_entry_set_size(entry, 0);
            if (Status s = out.writeHeader(entry); !s)
                return s.error();
            if (hasData) {
                for (;;) {
                    const la_ssize_t n =
                        archive_read_data(in.get(), buffer.data(), size_t(buffer.size()));
                    if (n < 0)
                        return Error(QStringLiteral("corrupt layer data for %1: %2")
                                         .arg(QString::fromUtf8(name),
                                              QString::fromUtf8(archive_error_string(in.get()))),
                                     layerPath);
                    if (n == 0)
                        break;
                    if (Status s = out.writeData(buffer.constData(), size_t(n)); !s)
                        return s.error();
                    if (control.isCanceled())
                        return Error(QStringLiteral("canceled"));
                }
                control.progress(doneBefore + archive_filter_bytes(in.get(), -1), total);
            }
            ++stats.entries;
        }
        visibility.finishLayer();
        doneBefore += QFileInfo(layerPath).size();
        control.progress(doneBefore, total);
    }
    if (Status s = out.commit(); !s)
        return s.error();
    stats.sha256 = out.sha256Hex();
    return stats;
}

} // namespace Lkc
