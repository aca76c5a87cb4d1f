// SPDX-License-Identifier: Apache-2.0
// Layer flattening (format §4.4 plus our opaque-directory fix) and the safety of
// the names it emits.
#include "build/archivepath.h"
#include "build/layerflattener.h"
#include "tarwriter.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Lkc;

namespace {

using Member = Test::TarMember;

// Layers are gzip-compressed unless a test says otherwise.
bool writeLayer(const QString &path, const QList<Member> &members,
                const QByteArray &filter = "gzip") {
    return Test::writeTar(path, members, filter);
}

// "type name [-> target] [=data]" per member of a flattened tar, in order.
QStringList readBack(const QString &path) {
    QStringList out;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_support_filter_all(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 10240) != ARCHIVE_OK)
        return {QStringLiteral("cannot open")};
    archive_entry *e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        QString name = QString::fromUtf8(archive_entry_pathname(e));
        while (name.endsWith(QLatin1Char('/')))
            name.chop(1);
        QString line;
        if (archive_entry_hardlink(e))
            line = QStringLiteral("h %1 -> %2")
                       .arg(name, QString::fromUtf8(archive_entry_hardlink(e)));
        else if (archive_entry_filetype(e) == AE_IFDIR)
            line = QStringLiteral("d ") + name;
        else if (archive_entry_filetype(e) == AE_IFLNK)
            line =
                QStringLiteral("l %1 -> %2").arg(name, QString::fromUtf8(archive_entry_symlink(e)));
        else if (archive_entry_filetype(e) == AE_IFCHR)
            line = QStringLiteral("c %1 %2:%3")
                       .arg(name)
                       .arg(archive_entry_rdevmajor(e))
                       .arg(archive_entry_rdevminor(e));
        else {
            QByteArray data;
            char buf[4096];
            la_ssize_t n;
            while ((n = archive_read_data(a, buf, sizeof buf)) > 0)
                data.append(buf, n);
            line = QStringLiteral("f %1 =%2").arg(name, QString::fromUtf8(data));
        }
        out.append(line);
    }
    archive_read_free(a);
    return out;
}

} // namespace

class TestFlatten : public QObject {
    Q_OBJECT
private slots:
    void cleansNames() {
        QCOMPARE(*cleanArchivePath("./bin/"), QByteArray("bin"));
        QCOMPARE(*cleanArchivePath("/etc//x/./y"), QByteArray("etc/x/y"));
        QCOMPARE(*cleanArchivePath("a/b/../c"), QByteArray("a/c"));
        QCOMPARE(*cleanArchivePath("./"), QByteArray("."));
        QVERIFY(!cleanArchivePath("../etc/passwd"));
        QVERIFY(!cleanArchivePath("a/../../x"));
        QCOMPARE(relativeLinkTarget("bin/sh", "bin/busybox"), QByteArray("busybox"));
        QCOMPARE(relativeLinkTarget("usr/bin/x", "bin/busybox"), QByteArray("../../bin/busybox"));
        QCOMPARE(relativeLinkTarget("top", "bin/busybox"), QByteArray("bin/busybox"));
    }

    void whiteoutsOpaqueAndSafety_data() {
        QTest::addColumn<QByteArray>("filter");
        QTest::newRow("gzip") << QByteArray("gzip");
        QTest::newRow("zstd") << QByteArray("zstd");
        QTest::newRow("plain") << QByteArray("");
    }
    void whiteoutsOpaqueAndSafety() {
        QFETCH(QByteArray, filter);
        const QString dir =
            Test::scratchDir(QStringLiteral("flatten-") + QString::fromLatin1(filter));
        const QString lower = dir + QStringLiteral("/lower.tar");
        const QString upper = dir + QStringLiteral("/upper.tar");
        QVERIFY(writeLayer(lower,
                           {{"./a/", 'd'},
                            {"./a/x", 'f', "lower-x"},
                            {"./a/y", 'f', "lower-y"},
                            {"b/", 'd'},
                            {"b/inside", 'f', "hidden-by-file"},
                            {"c/", 'd'},
                            {"c/keep", 'f', "leaks-in-linuxkit"},
                            {"c/sub/deep", 'f', "also-hidden"},
                            {"dev/", 'd'},
                            {"dev/null", 'c'},
                            {"h", 'h', "a/y"},
                            {"s", 'l', "../../../etc/passwd"},
                            {"../escape", 'f', "never"},
                            {"/abs/file", 'f', "abs"},
                            {"gone", 'f', "whited out"}},
                           filter));
        QVERIFY(writeLayer(upper,
                           {{"a/.wh.x", 'f'},
                            {"b", 'f', "now-a-file"},
                            {"c/", 'd'},
                            {"c/.wh..wh..opq", 'f'},
                            {"c/new", 'f', "upper-new"},
                            {".wh.gone", 'f'},
                            {"a/y", 'f', "upper-y"}},
                           filter));
        const QString out = dir + QStringLiteral("/flat.tar");
        JobControl control;
        Result<LayerFlattener::Stats> stats = LayerFlattener::flatten({lower, upper}, out, control);
        QVERIFY2(stats.ok(), qPrintable(stats ? QString() : stats.error().toString()));
        QCOMPARE(stats->skippedUnsafe, 1);
        const QStringList expected = {
            // top layer first, in its stored order
            QStringLiteral("f b =now-a-file"),
            QStringLiteral("d c"),
            QStringLiteral("f c/new =upper-new"),
            QStringLiteral("f a/y =upper-y"),
            // then the lower layer, minus what the upper one hides
            QStringLiteral("d a"),
            QStringLiteral("d dev"),
            QStringLiteral("c dev/null 1:3"),
            QStringLiteral("h h -> a/y"),                 // its target came from the upper layer
            QStringLiteral("l s -> ../../../etc/passwd"), // a target is data, never followed
            QStringLiteral("f abs/file =abs"),
        };
        QCOMPARE(readBack(out), expected);
        // No temp files beside the output.
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 3);
    }

    // A link in an upper layer to a file of a lower one (written later, as layers go
    // top-down), a link whose target a later layer whited out, and a chain of links: the
    // output extracts with GNU tar, each link after its target; the dangling one is
    // dropped with a warning.
    void hardLinksAcrossLayers() {
        const QString dir = Test::scratchDir(QStringLiteral("flatten-hardlinks"));
        const QString lower = dir + QStringLiteral("/lower.tar");
        const QString upper = dir + QStringLiteral("/upper.tar");
        QVERIFY(writeLayer(lower, {{"bin/", 'd'},
                                   {"bin/busybox", 'f', "BB"},
                                   {"lib/", 'd'},
                                   {"lib/real.so", 'f', "SO"},
                                   {"lib/alias.so", 'h', "lib/real.so"}}));
        QVERIFY(writeLayer(upper, {{"bin/sh", 'h', "bin/busybox"},
                                   {"bin/ash", 'h', "bin/sh"},
                                   {"lib/.wh.real.so", 'f'}}));
        const QString out = dir + QStringLiteral("/flat.tar");
        QStringList logs;
        JobControl control([&logs](const QString &l) { logs << l; }, {});
        Result<LayerFlattener::Stats> stats = LayerFlattener::flatten({lower, upper}, out, control);
        QVERIFY2(stats.ok(), qPrintable(stats ? QString() : stats.error().toString()));
        QCOMPARE(stats->droppedLinks, 1);
        const QStringList members = readBack(out);
        const qsizetype target = members.indexOf(QStringLiteral("f bin/busybox =BB"));
        const qsizetype sh = members.indexOf(QStringLiteral("h bin/sh -> bin/busybox"));
        const qsizetype ash = members.indexOf(QStringLiteral("h bin/ash -> bin/sh"));
        QVERIFY2(target >= 0 && sh > target && ash > sh, qPrintable(members.join(u'\n')));
        for (const QString &m : members)
            QVERIFY2(!m.contains(QStringLiteral("lib/alias.so")) &&
                         !m.contains(QStringLiteral("lib/real.so")),
                     qPrintable(m));
        QVERIFY2(logs.join(u'\n').contains(QStringLiteral("/lib/alias.so")),
                 qPrintable(logs.join(u'\n')));

        // What tar readers do with it: every member extracts, the links share the data.
        const QString root = dir + QStringLiteral("/root");
        QDir().mkpath(root);
        const Test::ProcessResult tar = Test::runProcess(
            QStringLiteral("tar"), {QStringLiteral("-xf"), out, QStringLiteral("-C"), root});
        QVERIFY2(tar.exitCode == 0, tar.err.constData());
        for (const char *link : {"/bin/sh", "/bin/ash"}) {
            QFile f(root + QString::fromLatin1(link));
            QVERIFY2(f.open(QIODevice::ReadOnly), link);
            QCOMPARE(f.readAll(), QByteArray("BB"));
        }
    }

    void cancelLeavesNothing() {
        const QString dir = Test::scratchDir(QStringLiteral("flatten-cancel"));
        QVERIFY(writeLayer(dir + QStringLiteral("/l.tar"), {{"x", 'f', QByteArray(1 << 20, 'x')}}));
        JobControl control;
        control.requestCancel();
        Result<LayerFlattener::Stats> stats = LayerFlattener::flatten(
            {dir + QStringLiteral("/l.tar")}, dir + QStringLiteral("/out.tar"), control);
        QVERIFY(!stats.ok());
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("l.tar")});
    }

    void corruptLayerIsAnError() {
        const QString dir = Test::scratchDir(QStringLiteral("flatten-corrupt"));
        QFile f(dir + QStringLiteral("/bad.tar.gz"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x1f\x8b\x08\x00garbage-that-is-not-gzip", 28));
        f.close();
        JobControl control;
        Result<LayerFlattener::Stats> stats =
            LayerFlattener::flatten({f.fileName()}, dir + QStringLiteral("/out.tar"), control);
        QVERIFY(!stats.ok());
        QCOMPARE(stats.error().location, f.fileName());
        QVERIFY(!QFile::exists(dir + QStringLiteral("/out.tar")));
    }
};

QTEST_GUILESS_MAIN(TestFlatten)
#include "tst_flatten.moc"
