// SPDX-License-Identifier: Apache-2.0
#include "layerflattener.h"

#include "archivepath.h"
#include "archivewritefile.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <unordered_map>
#include <vector>

namespace Lkc {

namespace {

constexpr qsizetype kBufferSize = 256 * 1024;
const QByteArray kWhiteoutPrefix = QByteArrayLiteral(".wh.");
const QByteArray kOpaqueMarker = QByteArrayLiteral(".wh..wh..opq");

struct ArchiveReadDeleter {
    void operator()(archive *a) const { archive_read_free(a); }
};
struct ArchiveEntryDeleter {
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

// A hard link held back until every layer is read: its target may come from a lower
// layer (read later, since layers go top-down) or be whited out above it.
struct DeferredLink {
    QByteArray name;
    QByteArray target;
    std::unique_ptr<archive_entry, ArchiveEntryDeleter> entry;
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
    std::vector<DeferredLink> deferred;
    QSet<QByteArray> written; // non-directories in the output so far
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
                archive_entry_set_size(entry, 0);
            }
            // A link whose target is out already goes where it stands (LinuxKit's order);
            // others wait until their target has come from a lower layer, or never does.
            if (const char *hard = archive_entry_hardlink(entry);
                hard && !written.contains(QByteArray(hard))) {
                deferred.push_back({name, QByteArray(hard),
                                    std::unique_ptr<archive_entry, ArchiveEntryDeleter>(
                                        archive_entry_clone(entry))});
                continue;
            }
            if (!isDir)
                written.insert(name);
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
    // Hard links last, so each comes after its target as tar readers (and LinuxKit's
    // initrd, which makes them symlinks) expect. A link whose target is not in the image
    // (whited out, or never there) would extract as an error: dropped, with a warning.
    QHash<QByteArray, QByteArray> linkTargets;
    for (const DeferredLink &link : deferred)
        linkTargets.insert(link.name, link.target);
    for (const DeferredLink &link : deferred) {
        QByteArray target = link.target;
        // A link to a link: point at the file the chain ends in.
        for (int hops = 0; hops < 64 && !written.contains(target) && linkTargets.contains(target);
             ++hops)
            target = linkTargets.value(target);
        if (!written.contains(target)) {
            ++stats.droppedLinks;
            control.log(QStringLiteral("warning: hard link /%1 dropped: its target /%2 is not in "
                                       "the image (whited out by a later layer, or missing)")
                            .arg(QString::fromUtf8(link.name), QString::fromUtf8(link.target)));
            continue;
        }
        archive_entry_set_hardlink(link.entry.get(), target.constData());
        if (Status s = out.writeHeader(link.entry.get()); !s)
            return s.error();
        written.insert(link.name);
        ++stats.entries;
    }
    if (Status s = out.commit(); !s)
        return s.error();
    stats.sha256 = out.sha256Hex();
    return stats;
}

} // namespace Lkc
