// SPDX-License-Identifier: Apache-2.0
#include "image/contentstore.h"
#include "image/imagebuilder.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

using namespace Lkc;

namespace {

struct TarEntry {
    QString path;
    int type = 0;
    qint64 uid = -1;
    qint64 mtime = -1;
    QString link;
    QString hardlink;
    int perm = 0;
};

QList<TarEntry> readLayer(const QString &path) {
    QList<TarEntry> out;
    struct archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_support_filter_gzip(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 65536) != ARCHIVE_OK)
        return out;
    archive_entry *e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        TarEntry t;
        t.path = QString::fromUtf8(archive_entry_pathname(e));
        t.type = static_cast<int>(archive_entry_filetype(e));
        t.uid = archive_entry_uid(e);
        t.mtime = archive_entry_mtime(e);
        t.perm = static_cast<int>(archive_entry_perm(e));
        if (const char *s = archive_entry_symlink(e))
            t.link = QString::fromUtf8(s);
        if (const char *h = archive_entry_hardlink(e))
            t.hardlink = QString::fromUtf8(h);
        out << t;
    }
    archive_read_free(a);
    return out;
}

void makeTree(const QString &root, qint64 mtime) {
    QDir().mkpath(root + QStringLiteral("/usr/bin"));
    QDir().mkpath(root + QStringLiteral("/etc"));
    QFile f(root + QStringLiteral("/etc/motd"));
    f.open(QIODevice::WriteOnly);
    f.write("welcome\n");
    f.close();
    QFile b(root + QStringLiteral("/usr/bin/tool"));
    b.open(QIODevice::WriteOnly);
    b.write(QByteArray(100000, 'x'));
    b.close();
    ::chmod(QFile::encodeName(b.fileName()).constData(), 04755);
    QFile::link(QStringLiteral("tool"), root + QStringLiteral("/usr/bin/alias"));
    ::link(QFile::encodeName(root + QStringLiteral("/etc/motd")).constData(),
           QFile::encodeName(root + QStringLiteral("/etc/issue")).constData());
    ::mkfifo(QFile::encodeName(root + QStringLiteral("/etc/pipe")).constData(), 0600);
    // Different mtimes on disk must not change the image.
    const QStringList all = {QStringLiteral("/etc/motd"), QStringLiteral("/usr/bin/tool"),
                             QStringLiteral("/etc"), QStringLiteral("/usr/bin")};
    for (const QString &p : all) {
        struct timeval tv[2] = {{static_cast<time_t>(mtime), 0}, {static_cast<time_t>(mtime), 0}};
        ::utimes(QFile::encodeName(root + p).constData(), tv);
    }
}

ImageBuildOptions options(const QString &dir) {
    ImageBuildOptions o;
    o.fromDirectory = dir;
    o.ref = QStringLiteral("lkc/test:1");
    o.entrypoint = {QStringLiteral("/usr/bin/tool"), QStringLiteral("-v")};
    o.env = {QStringLiteral("PATH=/usr/bin")};
    o.labels.insert(QStringLiteral("org.mobyproject.config"), QStringLiteral("{\"net\":\"host\"}"));
    o.workingDir = QStringLiteral("/etc");
    return o;
}

} // namespace

class TestImageBuilder : public QObject {
    Q_OBJECT
private slots:
    void reproducibleAndFaithful() {
        const QString base = Test::scratchDir(QStringLiteral("imagebuilder"));
        makeTree(base + QStringLiteral("/t1"), 1000000);
        makeTree(base + QStringLiteral("/t2"), 2000000);
        auto s1 = ContentStore::open(base + QStringLiteral("/s1"));
        auto s2 = ContentStore::open(base + QStringLiteral("/s2"));
        JobControl job;
        auto a = ImageBuilder::build(options(base + QStringLiteral("/t1")), *s1, job);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
        auto b = ImageBuilder::build(options(base + QStringLiteral("/t2")), *s2, job);
        QVERIFY(b.ok());
        QCOMPARE(a->manifest.digest, b->manifest.digest);
        QCOMPARE(a->layer.digest, b->layer.digest);
        QCOMPARE(a->name, QStringLiteral("docker.io/lkc/test:1"));

        auto image = s1->resolve(a->name, QStringLiteral("amd64"));
        QVERIFY(image.ok());
        QCOMPARE(image->config.entrypoint, options({}).entrypoint);
        QCOMPARE(image->config.workingDir, QStringLiteral("/etc"));
        QCOMPARE(image->config.labels.value(QStringLiteral("org.mobyproject.config")),
                 QStringLiteral("{\"net\":\"host\"}"));
        QCOMPARE(image->config.diffIds.size(), 1);

        const QList<TarEntry> entries = readLayer(image->layers.first().path);
        QStringList paths;
        for (const TarEntry &e : entries) {
            paths << e.path;
            QCOMPARE(e.uid, qint64(0));
            QCOMPARE(e.mtime, qint64(0));
        }
        QCOMPARE(paths,
                 (QStringList{QStringLiteral("etc/"), QStringLiteral("etc/issue"),
                              QStringLiteral("etc/motd"), QStringLiteral("etc/pipe"),
                              QStringLiteral("usr/"), QStringLiteral("usr/bin/"),
                              QStringLiteral("usr/bin/alias"), QStringLiteral("usr/bin/tool")}));
        // etc/issue comes first in sort order, so it carries the data; motd links to it.
        QCOMPARE(entries.at(2).hardlink, QStringLiteral("etc/issue"));
        QCOMPARE(entries.at(3).type, int(AE_IFIFO));
        QCOMPARE(entries.at(6).type, int(AE_IFLNK));
        QCOMPARE(entries.at(6).link, QStringLiteral("tool"));
        QCOMPARE(entries.at(7).perm, 04755);
    }

    void epochChangesDigest() {
        const QString base = Test::scratchDir(QStringLiteral("imagebuilder-epoch"));
        makeTree(base + QStringLiteral("/t"), 5);
        auto s = ContentStore::open(base + QStringLiteral("/s"));
        JobControl job;
        auto zero = ImageBuilder::build(options(base + QStringLiteral("/t")), *s, job);
        ImageBuildOptions later = options(base + QStringLiteral("/t"));
        later.epoch = 1700000000;
        auto dated = ImageBuilder::build(later, *s, job);
        QVERIFY(zero.ok() && dated.ok());
        QVERIFY(zero->layer.digest != dated->layer.digest);
        auto image = s->resolve(dated->name, QStringLiteral("amd64"));
        QCOMPARE(readLayer(image->layers.first().path).first().mtime, qint64(1700000000));
    }

    void rejectsBadInput() {
        auto s = ContentStore::open(Test::scratchDir(QStringLiteral("imagebuilder-bad")));
        JobControl job;
        ImageBuildOptions o = options(QStringLiteral("/nonexistent/dir"));
        QVERIFY(!ImageBuilder::build(o, *s, job).ok());
        o = options(Test::sourceDir());
        o.env = {QStringLiteral("NOEQUALS")};
        QVERIFY(!ImageBuilder::build(o, *s, job).ok());
        o = options(Test::sourceDir());
        o.ref = QStringLiteral("Bad Name");
        QVERIFY(!ImageBuilder::build(o, *s, job).ok());
    }
};

QTEST_GUILESS_MAIN(TestImageBuilder)
#include "tst_imagebuilder.moc"
