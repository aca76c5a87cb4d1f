// SPDX-License-Identifier: Apache-2.0
// `lkc build` of the conformance configs against what the real linuxkit made
// from the same fixture images (tests/fixtures/conformance/golden).
#include "buildfixtures.h"
#include "config/yamlvalue.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Lkc;

class TestConformance : public QObject {
    Q_OBJECT
private:
    Test::ConformanceFixtures m_fixtures;
    QString m_scratch, m_store, m_golden;

    // A config with the fixture registry's real address instead of 127.0.0.1:5000.
    QString configCopy(const QString &name) {
        QByteArray text = Test::readAll(Test::conformanceDir() + QStringLiteral("/configs/") +
                                        name + QStringLiteral(".yml"));
        text.replace("127.0.0.1:5000", m_fixtures.registry().toUtf8());
        const QString path = m_scratch + QLatin1Char('/') + name + QStringLiteral(".yml");
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return path;
    }
    QString toGoldenRegistry(QString text) const {
        return text.replace(m_fixtures.registry(), QStringLiteral("127.0.0.1:5000"));
    }

    // The metadata file names the registry: with another port its size differs by
    // that many bytes per reference. sizeField is the size's column in a line.
    void adjustForRegistry(const QString &name, QStringList &lines, int sizeField) const {
        const QString files = m_golden + name + QStringLiteral("/files/");
        const qsizetype delta = m_fixtures.registry().size() - qsizetype(strlen("127.0.0.1:5000"));
        for (QString &line : lines) {
            QStringList f = line.split(QLatin1Char(' '));
            if (f.size() <= sizeField + 1 || f[sizeField + 1].endsWith(QLatin1String(".json")))
                continue;
            const QByteArray golden = Test::readAll(files + f[sizeField + 1]);
            if (golden.isEmpty())
                continue;
            f[sizeField] =
                QString::number(f[sizeField].toLongLong() + delta * golden.count("127.0.0.1:5000"));
            line = f.join(QLatin1Char(' '));
        }
    }

private slots:
    void initTestCase() {
        for (const QString &tool : {QStringLiteral("docker-registry"), QStringLiteral("umoci"),
                                    QStringLiteral("skopeo"), QStringLiteral("cpio")})
            if (!Test::haveProgram(tool))
                QFAIL(qPrintable(tool + QStringLiteral(" is not installed (packaging/setup.sh)")));
        m_scratch = Test::scratchDir(QStringLiteral("conformance"));
        const QString started = m_fixtures.start(m_scratch);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_store = m_scratch + QStringLiteral("/store");
        const QString imported = m_fixtures.importInto(m_store);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        m_golden = Test::conformanceDir() + QStringLiteral("/golden/");
    }
    void cleanupTestCase() { m_fixtures.stop(); }

    void tarMatchesLinuxKit_data() {
        QTest::addColumn<QString>("name");
        for (const char *n : {"rich", "dedup", "sshd"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void tarMatchesLinuxKit() {
        QFETCH(QString, name);
        const QString out = m_scratch + QStringLiteral("/tar-") + name;
        const Test::ProcessResult r =
            Test::runLkc({QStringLiteral("build"), QStringLiteral("--no-sbom"),
                          QStringLiteral("--cache"), m_store, QStringLiteral("--format"),
                          QStringLiteral("tar"), QStringLiteral("--dir"), out, configCopy(name)},
                         120000);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // Progress wording, line for line.
        QCOMPARE(
            toGoldenRegistry(QString::fromUtf8(r.err)),
            QString::fromUtf8(Test::readAll(m_golden + name + QStringLiteral("/progress.txt"))));

        const QString tar = out + QLatin1Char('/') + name + QStringLiteral(".tar");
        QStringList rawDirs;
        const QStringList listing = Test::tarListing(tar, &rawDirs);
        QStringList golden =
            QString::fromUtf8(Test::readAll(m_golden + name + QStringLiteral("/listing.txt")))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        adjustForRegistry(name, golden, 3);
        QCOMPARE(listing, golden);
        // Deliberate difference (docs/deviations.md): libarchive ends directory
        // member names with '/', Go's archive/tar does not. Extraction is the same.
        QVERIFY(!rawDirs.isEmpty());
        for (const QString &d : rawDirs)
            QVERIFY2(d.endsWith(QLatin1Char('/')), qPrintable(d));

        // config.json / runtime.json / metadata, as JSON / YAML.
        const QString files = m_golden + name + QStringLiteral("/files");
        QDirIterator it(files, QDir::Files, QDirIterator::Subdirectories);
        int compared = 0;
        while (it.hasNext()) {
            const QString goldenPath = it.next();
            const QString member = goldenPath.mid(files.size() + 1);
            const Test::ProcessResult x = Test::runProcess(
                QStringLiteral("tar"), {QStringLiteral("-xOf"), tar, member}, 30000);
            QVERIFY2(x.exitCode == 0, qPrintable(member));
            const QByteArray expected = Test::readAll(goldenPath);
            if (member.endsWith(QLatin1String(".json"))) {
                QJsonObject ours = QJsonDocument::fromJson(x.out).object();
                QJsonObject theirs = QJsonDocument::fromJson(expected).object();
                ours.remove(QStringLiteral("ociVersion"));
                theirs.remove(QStringLiteral("ociVersion"));
                QCOMPARE(ours, theirs);
            } else {
                Result<YamlValue> ours =
                    YamlValue::parse(toGoldenRegistry(QString::fromUtf8(x.out)));
                Result<YamlValue> theirs = YamlValue::parse(QString::fromUtf8(expected));
                QVERIFY(ours.ok() && theirs.ok());
                QVERIFY2(*ours == *theirs, qPrintable(ours->toDebugString()));
            }
            ++compared;
        }
        QVERIFY(compared >= 3);
    }

    void kernelInitrdMatchesLinuxKit_data() { tarMatchesLinuxKit_data(); }
    void kernelInitrdMatchesLinuxKit() {
        QFETCH(QString, name);
        const QString out = m_scratch + QStringLiteral("/ki-") + name;
        const Test::ProcessResult r = Test::runLkc(
            {QStringLiteral("build"), QStringLiteral("--cache"), m_store, QStringLiteral("-format"),
             QStringLiteral("kernel+initrd"), QStringLiteral("-dir"), out, configCopy(name)},
            120000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString base = out + QLatin1Char('/') + name;
        QVERIFY(
            r.err.endsWith(QStringLiteral("Create outputs:\n  %1-kernel %1-initrd.img %1-cmdline\n")
                               .arg(base)
                               .toUtf8()));
        QCOMPARE(Test::readAll(base + QStringLiteral("-cmdline")),
                 Test::readAll(m_golden + name + QStringLiteral("/cmdline.txt")));
        QVERIFY(QFileInfo(base + QStringLiteral("-kernel")).size() > 1000000);

        const Test::ProcessResult z =
            Test::runProcess(QStringLiteral("gzip"),
                             {QStringLiteral("-dc"), base + QStringLiteral("-initrd.img")}, 30000);
        QCOMPARE(z.exitCode, 0);
        const Test::ProcessResult c =
            Test::runProcess(QStringLiteral("cpio"), {QStringLiteral("-itv")}, 30000, z.out);
        QCOMPARE(c.exitCode, 0);
        QStringList ours;
        for (const QString &line :
             QString::fromUtf8(c.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            // "mode links user group size month day year name [-> target]"
            const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY(f.size() >= 9);
            ours.append((QStringList{f[0], f[2], f[3], f[4]} + f.mid(8)).join(QLatin1Char(' ')));
        }
        QStringList golden;
        for (const QString &line :
             QString::fromUtf8(
                 Test::readAll(m_golden + name + QStringLiteral("/initrd-listing.txt")))
                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            golden.append(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char(' ')));
        adjustForRegistry(name, golden, 3);
        QCOMPARE(ours, golden);
    }

    void pullsFromTheRegistry() {
        // An empty store: every image comes from the fixture registry.
        const QString store = m_scratch + QStringLiteral("/pulled-store");
        const QString out = m_scratch + QStringLiteral("/pulled");
        const Test::ProcessResult r =
            Test::runLkc({QStringLiteral("build"), QStringLiteral("--cache"), store,
                          QStringLiteral("-f"), QStringLiteral("tar"), QStringLiteral("--dir"), out,
                          configCopy(QStringLiteral("sshd"))},
                         120000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList golden =
            QString::fromUtf8(Test::readAll(m_golden + QStringLiteral("sshd/listing.txt")))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(Test::tarListing(out + QStringLiteral("/sshd.tar")), golden);
        // The same digests as the imported copies: a pulled index resolves like a local one.
        QVERIFY(QFileInfo::exists(store + QStringLiteral("/index.json")));
    }

    void volumesLayout() {
        // No golden for volumes: the layout of format §2.9 / §4.2, and binds naming volumes.
        QByteArray text = "kernel:\n  image: REG/lk/kernel:6.1\ninit:\n  - REG/lk/init:v1\n"
                          "volumes:\n  - name: vol1\n    image: REG/lk/onboot:v1\n"
                          "  - name: empty\n    readonly: true\n"
                          "services:\n  - name: a\n    image: REG/lk/svc:v1\n    binds:\n"
                          "      - vol1:/data\n      - empty:/ro:ro\n";
        text.replace("REG", m_fixtures.registry().toUtf8());
        const QString config = m_scratch + QStringLiteral("/vol.yml");
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const QString out = m_scratch + QStringLiteral("/vol");
        Test::ProcessResult r = Test::runLkc({QStringLiteral("build"), QStringLiteral("--cache"),
                                              m_store, QStringLiteral("-f"), QStringLiteral("tar"),
                                              QStringLiteral("--dir"), out, config},
                                             120000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains(
            "Add volumes:\nProcess volume image: vol1\nProcess volume image: empty\n"));
        const QStringList listing = Test::tarListing(out + QStringLiteral("/vol.tar"));
        for (const char *line : {"d 0755 0:0 0 containers/volumes/empty/lower",
                                 "d 0755 0:0 0 containers/volumes/empty/merged",
                                 "d 0755 0:0 0 containers/volumes/empty/tmp",
                                 "f 0755 0:0 1982256 containers/volumes/vol1/lower/bin/busybox",
                                 "l 0644 0:0 0 containers/volumes/vol1/lower/etc/resolv.conf -> "
                                 "/run/resolvconf/resolv.conf",
                                 "d 0755 0:0 0 containers/volumes/vol1/merged"})
            QVERIFY2(listing.contains(QString::fromLatin1(line)), line);
        const Test::ProcessResult x = Test::runProcess(
            QStringLiteral("tar"), {QStringLiteral("-xOf"), out + QStringLiteral("/vol.tar"),
                                    QStringLiteral("containers/services/a/config.json")});
        const QJsonArray mounts =
            QJsonDocument::fromJson(x.out)[QStringLiteral("mounts")].toArray();
        QStringList sources;
        for (const QJsonValue &m : mounts)
            sources.append(m[QStringLiteral("source")].toString());
        QVERIFY(sources.contains(QStringLiteral("/containers/volumes/vol1/merged")));
        QVERIFY(sources.contains(QStringLiteral("/containers/volumes/empty/merged")));

        // A read-only volume bound read-write is refused, naming the entry.
        text.replace("empty:/ro:ro", "empty:/ro");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        r = Test::runLkc({QStringLiteral("build"), QStringLiteral("--cache"), m_store,
                          QStringLiteral("-f"), QStringLiteral("tar"), QStringLiteral("--dir"),
                          out + QStringLiteral("-rw"), config},
                         120000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("volume empty is read-only"), r.err.constData());
    }

    void initrdBoots() {
        // The multi-member initrd really unpacks: the fixture init prints its line.
        if (!Test::haveProgram(QStringLiteral("qemu-system-x86_64")))
            QFAIL("qemu-system-x86_64 is not installed (packaging/setup.sh)");
        const QString base = m_scratch + QStringLiteral("/ki-rich/rich");
        if (!QFileInfo::exists(base + QStringLiteral("-initrd.img")))
            QFAIL("no initrd: kernelInitrdMatchesLinuxKit(rich) failed");
        QProcess qemu;
        qemu.setProcessChannelMode(QProcess::MergedChannels);
        qemu.start(QStringLiteral("qemu-system-x86_64"),
                   {QStringLiteral("-m"), QStringLiteral("512"), QStringLiteral("-nographic"),
                    QStringLiteral("-no-reboot"), QStringLiteral("-kernel"),
                    base + QStringLiteral("-kernel"), QStringLiteral("-initrd"),
                    base + QStringLiteral("-initrd.img"), QStringLiteral("-append"),
                    QStringLiteral("console=ttyS0 panic=-1")});
        QVERIFY(qemu.waitForStarted(10000));
        QByteArray console;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 180000 && !console.contains("fixture init: hello") &&
               !console.contains("Kernel panic") && qemu.state() == QProcess::Running) {
            qemu.waitForReadyRead(1000);
            console += qemu.readAll();
        }
        qemu.kill();
        qemu.waitForFinished(10000);
        QVERIFY2(!console.contains("Initramfs unpacking failed"), console.right(3000).constData());
        QVERIFY2(console.contains("fixture init: hello"), console.right(3000).constData());
    }

    void outputFileAndErrors() {
        const QString target = m_scratch + QStringLiteral("/single.tar");
        Test::ProcessResult r =
            Test::runLkc({QStringLiteral("build"), QStringLiteral("--cache"), m_store,
                          QStringLiteral("--o"), target, configCopy(QStringLiteral("dedup"))},
                         120000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo(target).size() > 1000000);
        QVERIFY(!r.err.contains("Create outputs"));

        // --o - streams the tar to stdout; the 2017 single-dash flags still work.
        r = Test::runLkc({QStringLiteral("build"), QStringLiteral("--cache"), m_store,
                          QStringLiteral("--o"), QStringLiteral("-"),
                          configCopy(QStringLiteral("dedup"))},
                         120000);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, Test::readAll(target));
        const QString old = m_scratch + QStringLiteral("/old-flags");
        r = Test::runLkc({QStringLiteral("build"), QStringLiteral("-cache"), m_store,
                          QStringLiteral("-output"), QStringLiteral("tar"), QStringLiteral("-name"),
                          QStringLiteral("legacy"), QStringLiteral("-dir"), old,
                          configCopy(QStringLiteral("dedup"))},
                         120000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(Test::readAll(old + QStringLiteral("/legacy.tar")), Test::readAll(target));
        r = Test::runLkc({QStringLiteral("build"), QStringLiteral("--dry-run"),
                          configCopy(QStringLiteral("dedup"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("kernel:\n  image: "));
        r = Test::runLkc({QStringLiteral("build"), QStringLiteral("-f"),
                          QStringLiteral("tar,kernel+initrd"),
                          configCopy(QStringLiteral("dedup"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("Error: "));

        // An image that is not there: LinuxKit's words plus where it was written.
        QByteArray text = Test::readAll(configCopy(QStringLiteral("dedup")));
        text.replace("lk/svc:v1", "lk/missing:v1");
        const QString broken = m_scratch + QStringLiteral("/broken.yml");
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const QString out = m_scratch + QStringLiteral("/broken-out");
        r = Test::runLkc({QStringLiteral("build"), QStringLiteral("--cache"), m_store,
                          QStringLiteral("--dir"), out, broken},
                         120000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Error: ") && r.err.contains("broken.yml:") &&
                     r.err.contains("lk/missing:v1"),
                 r.err.constData());
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
