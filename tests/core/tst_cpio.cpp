// SPDX-License-Identifier: Apache-2.0
// The initrd writer (format §6.2): cpio newc fields, hard links as relative
// symlinks, boot/ left out, 512-byte padding, multi-member gzip and its cache.
#include "build/buildcache.h"
#include "build/gzipmemberwriter.h"
#include "build/initrdwriter.h"
#include "build/rootfsstream.h"
#include "testenv.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

#include <archive_entry.h>
#include <zlib.h>

using namespace Lkc;

namespace {

// gunzip of concatenated members.
QByteArray gunzipAll(const QByteArray &in) {
    QByteArray out;
    z_stream zs{};
    inflateInit2(&zs, 15 + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    char buf[65536];
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        const int r = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, qsizetype(sizeof buf - zs.avail_out));
        if (r == Z_STREAM_END) {
            if (zs.avail_in == 0)
                break;
            inflateReset(&zs); // next member
        } else if (r != Z_OK) {
            break;
        }
    }
    inflateEnd(&zs);
    return out;
}

struct CpioEntry {
    QByteArray name;
    quint32 fields[13];
    QByteArray data;
};

QList<CpioEntry> parseNewc(const QByteArray &cpio, qsizetype *consumed = nullptr) {
    QList<CpioEntry> entries;
    qsizetype off = 0;
    const auto align = [](qsizetype v) { return (v + 3) & ~qsizetype(3); };
    while (off + 110 <= cpio.size()) {
        if (cpio.mid(off, 6) != "070701")
            break;
        CpioEntry e;
        for (int i = 0; i < 13; ++i)
            e.fields[i] = cpio.mid(off + 6 + i * 8, 8).toUInt(nullptr, 16);
        const quint32 nameSize = e.fields[11];
        e.name = cpio.mid(off + 110, nameSize - 1);
        off = align(off + 110 + nameSize);
        e.data = cpio.mid(off, e.fields[6]);
        off = align(off + e.fields[6]);
        if (off > cpio.size())
            break; // an entry cut in the middle
        entries.append(e);
        if (consumed)
            *consumed = off;
        if (e.name == "TRAILER!!!")
            break;
    }
    return entries;
}

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Status writeSample(const QString &path, const QByteArray &fileData) {
    InitrdWriter initrd(path);
    if (Status s = initrd.open(); !s)
        return s;
    JobControl control;
    RootfsStream out({&initrd}, control);
    Status first;
    const auto check = [&first](Status st) {
        if (!st && first)
            first = st;
    };
    check(out.beginSection(QStringLiteral("kernel")));
    check(out.addDirectory("boot"));
    check(out.addFile("boot/kernel", 0644, "KERNEL"));
    check(out.beginSection(QStringLiteral("init[0]")));
    check(out.addDirectory("bin", 0755));
    check(out.addFile("bin/busybox", 0755, fileData, 0, 0, 1700000000));
    check(out.addSymlink("bin/sh", "busybox", 0777));
    archive_entry *hard = archive_entry_new();
    archive_entry_set_pathname(hard, "usr/bin/ls");
    archive_entry_set_filetype(hard, AE_IFREG);
    archive_entry_set_perm(hard, 0755);
    archive_entry_set_hardlink(hard, "bin/busybox");
    check(out.addHeader(hard));
    archive_entry_free(hard);
    archive_entry *dev = archive_entry_new();
    archive_entry_set_pathname(dev, "dev/null");
    archive_entry_set_filetype(dev, AE_IFCHR);
    archive_entry_set_perm(dev, 0666);
    archive_entry_set_rdevmajor(dev, 1);
    archive_entry_set_rdevminor(dev, 3);
    check(out.addHeader(dev));
    archive_entry_free(dev);
    check(out.beginSection(QStringLiteral("files")));
    check(out.addFile("etc/motd", 0600, "hi\n", 100, 101));
    if (!first)
        return first;
    return out.finish();
}

} // namespace

class TestCpio : public QObject {
    Q_OBJECT
private slots:
    void newcLayout() {
        const QString dir = Test::scratchDir(QStringLiteral("cpio"));
        const QByteArray busybox(3000, 'b');
        QVERIFY(writeSample(dir + QStringLiteral("/initrd.img"), busybox).ok());
        QFile f(dir + QStringLiteral("/initrd.img"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray gz = f.readAll();
        QCOMPARE(gz.left(2), QByteArray("\x1f\x8b"));
        const QByteArray cpio = gunzipAll(gz);
        QCOMPARE(cpio.size() % 512, 0);
        const QList<CpioEntry> entries = parseNewc(cpio);
        QStringList names;
        for (const CpioEntry &e : entries)
            names.append(QString::fromUtf8(e.name));
        // boot/kernel is not in the initrd; the bare boot directory is.
        QCOMPARE(names, (QStringList{QStringLiteral("boot"), QStringLiteral("bin"),
                                     QStringLiteral("bin/busybox"), QStringLiteral("bin/sh"),
                                     QStringLiteral("usr/bin/ls"), QStringLiteral("dev/null"),
                                     QStringLiteral("etc/motd"), QStringLiteral("TRAILER!!!")}));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries[i].fields[0], quint32(721 + i)); // ino
            QCOMPARE(entries[i].fields[7], 3u);               // devmajor
            QCOMPARE(entries[i].fields[8], 1u);               // devminor
            QCOMPARE(entries[i].fields[12], 0u);              // check
        }
        QCOMPARE(entries[0].fields[1], 040755u);
        QCOMPARE(entries[0].fields[4], 2u); // nlink of a directory
        QCOMPARE(entries[0].fields[5], quint32(RootfsStream::kGeneratedMtime));
        QCOMPARE(entries[2].fields[1], 0100755u);
        QCOMPARE(entries[2].fields[4], 1u);
        QCOMPARE(entries[2].fields[5], 1700000000u);
        QCOMPARE(entries[2].data, busybox);
        QCOMPARE(entries[3].fields[1], 0120777u);
        QCOMPARE(entries[3].data, QByteArray("busybox"));
        // A hard link becomes a symlink relative to the link's directory.
        QCOMPARE(entries[4].fields[1], 0120755u);
        QCOMPARE(entries[4].data, QByteArray("../../bin/busybox"));
        QCOMPARE(entries[5].fields[1], 020666u);
        QCOMPARE(entries[5].fields[9], 1u);
        QCOMPARE(entries[5].fields[10], 3u);
        QCOMPARE(entries[6].fields[2], 100u);
        QCOMPARE(entries[6].fields[3], 101u);
        QCOMPARE(entries[6].data, QByteArray("hi\n"));

        // The system's cpio reads it too.
        if (Test::haveProgram(QStringLiteral("cpio"))) {
            const Test::ProcessResult r =
                Test::runProcess(QStringLiteral("cpio"), {QStringLiteral("-t")}, 10000, cpio);
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("usr/bin/ls"));
        }
    }

    void chunksReplayFromTheCacheAndDamageIsRedone() {
        const QString dir = Test::scratchDir(QStringLiteral("cpio-chunks"));
        BuildCache cache(dir + QStringLiteral("/cache"));
        // One initrd: a section, a chunk (an image copy), a file after it.
        const auto write = [&](const QString &name, const BuildCache *c, bool *replayed,
                               int *damaged) {
            InitrdWriter initrd(dir + QLatin1Char('/') + name, c);
            if (!initrd.open())
                return false;
            JobControl control;
            RootfsStream out({&initrd}, control);
            out.setCache(c, {});
            bool ok = out.beginSection(QStringLiteral("services[0]")).ok() &&
                      out.addDirectory("containers").ok();
            QByteArray side;
            Result<bool> r = out.replayChunk("svc-image", &side);
            ok = ok && r.ok();
            *replayed = r.ok() && *r;
            if (ok && !*replayed) {
                ok = out.beginChunk("svc-image").ok();
                for (int i = 0; ok && i < 40; ++i)
                    ok = out.addFile("containers/s/lower/f" + QByteArray::number(i), 0644,
                                     QByteArray(100000 + i, char('a' + i % 7)))
                             .ok();
                ok = ok && out.endChunk("side-data").ok();
            } else if (ok && side != "side-data") {
                return false;
            }
            ok =
                ok && out.addFile("containers/s/config.json", 0644, "{}").ok() && out.finish().ok();
            *damaged = out.damagedEntries();
            return ok;
        };
        bool replayed = true;
        int damaged = 0;
        QVERIFY(write(QStringLiteral("plain.img"), nullptr, &replayed, &damaged));
        QVERIFY(!replayed);
        QVERIFY(write(QStringLiteral("cold.img"), &cache, &replayed, &damaged));
        QVERIFY(!replayed);
        QVERIFY(write(QStringLiteral("warm.img"), &cache, &replayed, &damaged));
        QVERIFY(replayed);
        const QByteArray plain = fileBytes(dir + QStringLiteral("/plain.img"));
        QCOMPARE(fileBytes(dir + QStringLiteral("/cold.img")), plain);
        QCOMPARE(fileBytes(dir + QStringLiteral("/warm.img")), plain);
        QCOMPARE(parseNewc(gunzipAll(plain)).size(), 43); // dir, 40 files, config.json, trailer

        // One flipped byte in the entry: caught while copying, redone, same bytes.
        const QStringList entries = QDir(dir + QStringLiteral("/cache/sections"))
                                        .entryList({QStringLiteral("initrd-*.entry")});
        QCOMPARE(entries.size(), 1);
        const QString entry = dir + QStringLiteral("/cache/sections/") + entries.first();
        QFile f(entry);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(f.size() / 2));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(f.size() / 2));
        QVERIFY(f.putChar(char(c ^ 0x01)));
        f.close();
        QVERIFY(!cache.verify(JobControl(), false)->problems.isEmpty());
        QVERIFY(write(QStringLiteral("repaired.img"), &cache, &replayed, &damaged));
        QVERIFY(!replayed);
        QCOMPARE(damaged, 1);
        QCOMPARE(fileBytes(dir + QStringLiteral("/repaired.img")), plain);
        QVERIFY(cache.verify(JobControl(), false)->problems.isEmpty());
        QVERIFY(write(QStringLiteral("again.img"), &cache, &replayed, &damaged));
        QVERIFY(replayed);
        QCOMPARE(fileBytes(dir + QStringLiteral("/again.img")), plain);
    }

    void membersEndOnlyWhereCut() {
        // Cuts only where asked; a member past the buffer limit is streamed.
        QByteArray data;
        for (int i = 0; i < 200000; ++i)
            data += QByteArray::number(i) + ' ';
        QByteArray gz;
        {
            QBuffer buffer(&gz);
            buffer.open(QIODevice::WriteOnly);
            GzipMemberWriter w(&buffer, 6, 64 * 1024);
            QVERIFY(w.write(data.constData(), 1000).ok());
            QVERIFY(w.cutIfAtLeast(2000).ok()); // too small: no cut
            QVERIFY(w.cut().ok());
            QVERIFY(w.write(data.constData() + 1000, data.size() - 1000).ok()); // streamed
            QVERIFY(w.finish().ok());
            QCOMPARE(w.membersWritten(), 2);
        }
        QCOMPARE(gunzipAll(gz), data);
        QCOMPARE(gz.count(QByteArray("\x1f\x8b\x08", 3)) >= 2, true);
    }

    void initrdMembersEndBetweenEntries() {
        // Every member must hold whole cpio entries: decompress each on its own.
        const QString dir = Test::scratchDir(QStringLiteral("cpio-members"));
        QVERIFY(writeSample(dir + QStringLiteral("/i.img"), QByteArray(3 << 20, 'q')).ok());
        QFile file(dir + QStringLiteral("/i.img"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray gz = file.readAll();
        z_stream zs{};
        inflateInit2(&zs, 15 + 16);
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gz.constData()));
        zs.avail_in = uInt(gz.size());
        QByteArray member;
        int members = 0;
        char buf[65536];
        for (;;) {
            zs.next_out = reinterpret_cast<Bytef *>(buf);
            zs.avail_out = sizeof buf;
            const int r = inflate(&zs, Z_NO_FLUSH);
            member.append(buf, qsizetype(sizeof buf - zs.avail_out));
            if (r == Z_STREAM_END) {
                ++members;
                // A member starts with a header and ends after whole entries.
                QVERIFY(member.startsWith("070701"));
                QCOMPARE(member.size() % 4, 0);
                qsizetype consumed = 0;
                const QList<CpioEntry> entries = parseNewc(member, &consumed);
                QVERIFY(!entries.isEmpty());
                // Whole entries, then (after the trailer only) zero padding.
                QCOMPARE(member.mid(consumed).count('\0'), member.size() - consumed);
                member.clear();
                if (zs.avail_in == 0)
                    break;
                inflateReset(&zs);
            } else if (r != Z_OK) {
                QFAIL("corrupt gzip");
            }
        }
        inflateEnd(&zs);
        QVERIFY(members >= 3);
    }

    void hugeFileIsRefused() {
        const QString dir = Test::scratchDir(QStringLiteral("cpio-huge"));
        InitrdWriter initrd(dir + QStringLiteral("/i.img"));
        QVERIFY(initrd.open().ok());
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, "big");
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_size(e, qint64(5) << 30);
        const Status s = initrd.writeHeader(e);
        archive_entry_free(e);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QLatin1String("4 GiB")));
    }
};

QTEST_GUILESS_MAIN(TestCpio)
#include "tst_cpio.moc"
