// SPDX-License-Identifier: Apache-2.0
#include "layoutpreview.h"

#include "buildcache.h"

#include "archivepath.h"
#include "flattenedimagecache.h"
#include "image/contentstore.h"
#include "image/imageresolver.h"
#include "initrdwriter.h"
#include "rootfsstream.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <archive_entry.h>

#include <algorithm>

namespace Lkc {

namespace {

// Records every member with the section it belongs to; keeps no data.
class RecordingSink : public RootfsSink {
public:
    explicit RecordingSink(const QList<FileEntry> &files) {
        for (qsizetype i = 0; i < files.size(); ++i) {
            const std::optional<QByteArray> p =
                cleanArchivePath(files[i].path.value_or(QString()).toUtf8());
            m_files.append(
                {p ? QString::fromUtf8(*p) : QString(), QStringLiteral("files[%1]").arg(i)});
        }
    }

    Status beginSection(const QString &key) override {
        m_section = key;
        return {};
    }
    Status writeHeader(archive_entry *e) override {
        LayoutEntry entry;
        const std::optional<QByteArray> cleaned = cleanArchivePath(archive_entry_pathname(e));
        entry.path =
            cleaned ? QString::fromUtf8(*cleaned) : QString::fromUtf8(archive_entry_pathname(e));
        entry.mode = int(archive_entry_perm(e) & 07777);
        entry.uid = archive_entry_uid(e);
        entry.gid = archive_entry_gid(e);
        entry.size = archive_entry_size(e);
        if (archive_entry_hardlink(e)) {
            entry.type = 'h';
            entry.target = QString::fromUtf8(archive_entry_hardlink(e));
        } else {
            switch (archive_entry_filetype(e)) {
            case AE_IFDIR:
                entry.type = 'd';
                break;
            case AE_IFLNK:
                entry.type = 'l';
                entry.target = QString::fromUtf8(archive_entry_symlink(e));
                break;
            case AE_IFCHR:
                entry.type = 'c';
                break;
            case AE_IFBLK:
                entry.type = 'b';
                break;
            case AE_IFIFO:
                entry.type = 'p';
                break;
            default:
                entry.type = 'f';
            }
        }
        entry.yamlPath = yamlPathFor(entry.path);
        entries.append(entry);
        return {};
    }
    Status writeData(const char *, size_t) override { return {}; }
    Status finish() override { return {}; }

    QList<LayoutEntry> entries;

private:
    QString yamlPathFor(const QString &path) const {
        if (m_section != QLatin1String("files"))
            return LayoutPreview::yamlPathForSection(m_section);
        // A files entry names its own path; a parent directory belongs to the
        // first entry below it (the one that made it).
        for (const auto &[p, yaml] : m_files)
            if (p == path)
                return yaml;
        for (const auto &[p, yaml] : m_files)
            if (p.startsWith(path + QLatin1Char('/')))
                return yaml;
        return QStringLiteral("files");
    }

    QString m_section;
    QList<std::pair<QString, QString>> m_files;
};

// Two entries share a node: "services[0]" and "services[2]" meet at "services".
QString commonYamlPath(const QString &a, const QString &b) {
    if (a == b)
        return a;
    const QString sa = a.section(QLatin1Char('['), 0, 0);
    return sa == b.section(QLatin1Char('['), 0, 0) ? sa : QString();
}

int nodeFor(RootfsLayout &layout, const QString &path) {
    const auto found = layout.m_index.constFind(path);
    if (found != layout.m_index.constEnd())
        return *found;
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const int parent = slash < 0 ? 0 : nodeFor(layout, path.left(slash));
    LayoutNode node;
    node.name = slash < 0 ? path : path.mid(slash + 1);
    node.path = path;
    node.parent = parent;
    const int index = int(layout.nodes.size());
    layout.nodes.append(node);
    layout.nodes[parent].children.append(index);
    layout.m_index.insert(path, index);
    return index;
}

void buildTree(RootfsLayout &layout) {
    layout.nodes.clear();
    layout.m_index.clear();
    LayoutNode root;
    root.name = QStringLiteral("/");
    layout.nodes.append(root);
    QHash<QString, qint64> perSection;
    QStringList sectionOrder;
    for (const LayoutEntry &e : layout.entries) {
        if (e.path.isEmpty() || e.path == QLatin1String("."))
            continue;
        const int n = nodeFor(layout, e.path);
        LayoutNode &node = layout.nodes[n];
        node.type = e.type;
        const qint64 data = e.type == 'f' ? e.size : 0;
        node.size = data; // a later member of the same name replaces it, as on extraction
        layout.rootfsBytes += data;
        if (!sectionOrder.contains(e.yamlPath))
            sectionOrder.append(e.yamlPath);
        perSection[e.yamlPath] += data;
        for (int i = n; i >= 0; i = layout.nodes[i].parent) {
            LayoutNode &up = layout.nodes[i];
            up.yamlPath = up.entries == 0 ? e.yamlPath : commonYamlPath(up.yamlPath, e.yamlPath);
            ++up.entries;
            if (i == 0)
                break;
        }
        if (e.path == QLatin1String("boot/kernel"))
            layout.kernelBytes = e.size;
        else if (e.path == QLatin1String("boot/ucode.cpio"))
            layout.ucodeBytes = e.size;
    }
    // Totals bottom-up: children are always appended after their parent.
    for (qsizetype i = layout.nodes.size() - 1; i >= 0; --i) {
        LayoutNode &node = layout.nodes[i];
        node.total += node.size;
        if (node.parent >= 0 && i > 0)
            layout.nodes[node.parent].total += node.total;
        std::sort(node.children.begin(), node.children.end(),
                  [&layout](int a, int b) { return layout.nodes[a].name < layout.nodes[b].name; });
    }
    layout.nodes[0].yamlPath.clear();
    for (const QString &s : sectionOrder)
        layout.sections.append({s, perSection.value(s)});
}

} // namespace

qint64 RootfsLayout::isoEstimate() const {
    // isolinux.bin, ldlinux.c32 and its config, the boot catalog, the system
    // area, descriptors and libarchive's 300 KiB padding: measured from an
    // iso-bios of the starter kit on Debian 12 (23068672 bytes for 21606336 of
    // kernel and initrd sectors).
    constexpr qint64 kIsoOverhead = 1428 * 1024;
    const auto sectors = [](qint64 n) { return (n + 2047) / 2048 * 2048; };
    return sectors(kernelBytes) + sectors(initrdBytes >= 0 ? initrdBytes : cpioBytes) +
           sectors(ucodeBytes) + kIsoOverhead;
}

QString LayoutPreview::yamlPathForSection(const QString &section) {
    if (section.startsWith(QLatin1String("volume[")))
        return QStringLiteral("volumes") + section.mid(6);
    if (section == QLatin1String("dockerfile"))
        return {};
    return section;
}

Result<RootfsLayout> LayoutPreview::compute(const BuildPlan &plan, const Options &options,
                                            const JobControl &control) {
    Result<ContentStore> store = ContentStore::open(plan.storePath);
    if (!store)
        return store.error();
    const QString cacheDir = plan.cacheDir.isEmpty()
                                 ? store->path() + QStringLiteral("/lkc-build-cache")
                                 : plan.cacheDir;
    ImageResolveFunction resolve = options.resolve;
    if (!resolve) {
        // Never the network: a preview shows what the store has and says what it lacks.
        auto resolver = std::make_shared<ImageResolver>(*store);
        resolver->setOffline(true);
        const QString arch = plan.arch;
        resolve = [resolver, arch](const ImageRef &ref, const JobControl &job) {
            return resolver->ensure(ref.expanded(), arch, job);
        };
    }
    RecordingSink recorder(plan.config.files);
    QList<RootfsSink *> sinks = {&recorder};
    std::unique_ptr<QTemporaryDir> scratch;
    std::unique_ptr<InitrdWriter> initrd;
    // The build's own cache: what the preview compresses is recorded for the build (the
    // recording sink cannot replay, so every section is streamed here).
    const BuildCache buildCache(cacheDir);
    if (options.measureInitrd) {
        scratch = std::make_unique<QTemporaryDir>();
        if (!scratch->isValid())
            return Error(QStringLiteral("cannot create a temporary directory: %1")
                             .arg(scratch->errorString()));
        // The build's own initrd writer: the size is exact.
        initrd = std::make_unique<InitrdWriter>(scratch->filePath(QStringLiteral("initrd.img")),
                                                &buildCache);
        if (Status s = initrd->open(); !s)
            return s.error();
        sinks.append(initrd.get());
    }
    FlattenedImageCache cache(cacheDir);
    RootfsAssembler::Events events;
    events.log = [](const QString &) {};
    events.step = [](const QString &, bool) {};
    RootfsAssembler assembler(plan, resolve, cache, events, control);
    RootfsStream stream(sinks, control);
    stream.setCache(&buildCache, [](const QString &) {});
    if (Status s = assembler.assemble(stream); !s)
        return control.isCanceled() ? Error(QStringLiteral("preview canceled")) : s.error();
    if (Status s = stream.finish(); !s)
        return s.error();
    RootfsLayout layout;
    layout.entries = std::move(recorder.entries);
    buildTree(layout);
    if (initrd) {
        layout.cpioBytes = initrd->cpioBytes();
        layout.initrdBytes = QFileInfo(scratch->filePath(QStringLiteral("initrd.img"))).size();
    }
    return layout;
}

} // namespace Lkc
