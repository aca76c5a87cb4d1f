// SPDX-License-Identifier: Apache-2.0
// The rescue flow the product exists for, replayed on this machine: the starter example is built
// as raw-bios and as iso-bios and published with the Publisher on a loopback port; the starter
// kit boots under QEMU as the "rescue system" (tests/fixtures/rescue/rescue.yml) with a blank
// second disk; inside it, the console shell fetches the image from the host (10.0.2.2 through
// QEMU user networking), checks its SHA-256, writes it with dd and powers off; then QEMU boots
// that disk alone and reaches the starter shell.
#include "deploy/publisher.h"
#include "run/qemusession.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Lkc;

namespace {

constexpr int kBootBudgetMs = 240000; // TCG on a loaded 2-core machine
const QRegularExpression kServices(QStringLiteral("all services started"));

// Types `line` every 2 s until `answer` matches after `from`; the match end or -1.
qsizetype askUntil(QemuSession &vm, const QByteArray &line, const QRegularExpression &answer,
                   int timeoutMs, qsizetype from) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs && vm.state() == QemuSession::State::Running) {
        vm.write(line);
        const qsizetype at = vm.waitForOutput(answer, 2000, from);
        if (at >= 0)
            return at;
    }
    return -1;
}

QByteArray tail(const QemuSession &vm) {
    return vm.output().right(2500);
}

} // namespace

class TestRescueFlow : public QObject {
    Q_OBJECT

    QString m_dir;
    QString m_store;
    QString m_rescueIso;
    QString m_rawImage;
    QString m_isoImage;
    QString m_rawDisk;
    QString m_isoDisk;
    bool m_written = false;

    bool build(const QString &config, const QString &formats, const QString &name) {
        const Test::ProcessResult b = Test::runLkc(
            {QStringLiteral("build"), QStringLiteral("--format"), formats, QStringLiteral("--dir"),
             m_dir, QStringLiteral("--name"), name, QStringLiteral("--cache"), m_store, config},
            600000, m_dir);
        if (b.exitCode != 0)
            qWarning("lkc build %s failed: %s", qPrintable(formats), b.err.right(2000).constData());
        return b.exitCode == 0;
    }

    // Boots the rescue system with blank disks (sda, sdb …), runs `commands` (each must print
    // its marker), powers off. The disks then hold what the commands wrote.
    void rescue(const QStringList &disks,
                const QList<QPair<QByteArray, QRegularExpression>> &commands) {
        QemuOptions o;
        o.path = m_rescueIso;
        o.accel = QStringLiteral("tcg");
        o.memMiB = 1024;
        o.stateDir = m_dir + QStringLiteral("/rescue-state");
        for (const QString &disk : disks) {
            QemuDisk blank;
            blank.path = disk;
            blank.format = QStringLiteral("raw");
            o.disks << blank;
        }
        QemuSession vm;
        vm.setSerialLogFile(m_dir + QStringLiteral("/rescue-console.log"));
        vm.setPowerOffText("poweroff -f\n");
        QVERIFY2(vm.start(o).ok(), "cannot start the rescue VM");
        const qsizetype up = vm.waitForOutput(kServices, kBootBudgetMs);
        QVERIFY2(up >= 0, tail(vm).constData());
        qsizetype at = askUntil(vm, "echo lkc-$((6*7))\n",
                                QRegularExpression(QStringLiteral("lkc-42")), 60000, up);
        QVERIFY2(at >= 0, tail(vm).constData());
        for (const auto &[command, marker] : commands) {
            vm.write(command);
            const qsizetype done = vm.waitForOutput(marker, 180000, at);
            QVERIFY2(done >= 0, (command + "\n---\n" + tail(vm)).constData());
            at = done;
        }
        vm.write("poweroff\n");
        if (!vm.waitForFinished(60000)) {
            vm.stop(10000);
            vm.waitForFinished(20000);
        }
        QCOMPARE(vm.state(), QemuSession::State::Finished);
    }

    // Boots `disk` alone and asks the starter shell something only a shell can answer.
    void bootsAlone(const QString &disk) {
        QemuOptions o;
        o.path = disk;
        o.accel = QStringLiteral("tcg");
        o.memMiB = 1024;
        o.stateDir = disk + QStringLiteral("-boot-state");
        QemuSession vm;
        vm.setSerialLogFile(disk + QStringLiteral("-boot.log"));
        vm.setPowerOffText("poweroff -f\n");
        QVERIFY2(vm.start(o).ok(), "cannot start QEMU on the written disk");
        QCOMPARE(vm.command().target.mode, BootMode::Disk);
        const qsizetype up = vm.waitForOutput(kServices, kBootBudgetMs);
        QVERIFY2(up >= 0, tail(vm).constData());
        QVERIFY2(askUntil(vm, "echo lkc-$((6*7))-on-$(uname -s)\n",
                          QRegularExpression(QStringLiteral("lkc-42-on-Linux")), 60000, up) >= 0,
                 tail(vm).constData());
        vm.stop(10000);
        QVERIFY(vm.waitForFinished(30000));
    }

    static QString blankDisk(const QString &path, qint64 mib) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || !f.resize(mib << 20))
            return {};
        return path;
    }

private slots:
    void initTestCase() {
        for (const char *p : {"qemu-system-x86_64", "qemu-img", "xorriso", "mkfs.fat", "mcopy"})
            QVERIFY2(Test::haveProgram(QString::fromLatin1(p)) ||
                         QFile::exists(QStringLiteral("/usr/sbin/") + QString::fromLatin1(p)),
                     p);
        QString error;
        m_store = Test::starterKitStore(&error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
        m_dir = Test::scratchDir(QStringLiteral("rescueflow"));
        QVERIFY(build(Test::sourceDir() + QStringLiteral("/resources/examples/starter.yml"),
                      QStringLiteral("raw-bios,iso-bios"), QStringLiteral("starter")));
        m_rawImage = m_dir + QStringLiteral("/starter-bios.img");
        m_isoImage = m_dir + QStringLiteral("/starter.iso");
        QVERIFY(QFileInfo::exists(m_rawImage));
        QVERIFY(QFileInfo::exists(m_isoImage));
        QVERIFY(build(Test::sourceDir() + QStringLiteral("/tests/fixtures/rescue/rescue.yml"),
                      QStringLiteral("iso-bios"), QStringLiteral("rescue")));
        m_rescueIso = m_dir + QStringLiteral("/rescue.iso");
        m_rawDisk = m_dir + QStringLiteral("/target-raw.img");
        m_isoDisk = m_dir + QStringLiteral("/target-iso.img");
        QVERIFY(QFileInfo::exists(m_rescueIso));
    }

    // One rescue boot writes both disks: raw-bios to sda (fetched to /tmp, SHA-256 checked
    // against the .sha256 beside it, then dd), iso-bios to sdb with the very lines `lkc serve`
    // prints for the target (wget | dd, then the read-back check).
    void rescueSystemWritesTheDisks() {
        Publisher rawPub, isoPub;
        QVERIFY(rawPub.addFile(m_rawImage).ok());
        QVERIFY(isoPub.addFile(m_isoImage).ok());
        PublisherOptions po; // 127.0.0.1, which the guest reaches as 10.0.2.2
        po.advertiseHost = QStringLiteral("10.0.2.2");
        po.requireToken = true;
        // The guest names its disks in the order it finds them, which is not always the order
        // QEMU was given them: it picks each target by its size (below) and links it here.
        po.targetDevice = QStringLiteral("/tmp/target-raw");
        QVERIFY(rawPub.start(po).ok());
        po.requireToken = false;
        po.targetDevice = QStringLiteral("/tmp/target-iso");
        QVERIFY(isoPub.start(po).ok());
        int completed = 0;
        for (Publisher *p : {&rawPub, &isoPub})
            connect(p, &Publisher::downloadFinished, this,
                    [&](int, bool complete) { completed += complete ? 1 : 0; });
        const PublishedFile raw = rawPub.files().first(), iso = isoPub.files().first();
        const qint64 rawMiB = raw.size / (1 << 20) + 32;
        qint64 isoMiB = iso.size / (1 << 20) + 32;
        if (isoMiB == rawMiB)
            isoMiB += 8; // sizes tell the disks apart in the guest
        QVERIFY(!blankDisk(m_rawDisk, rawMiB).isEmpty());
        QVERIFY(!blankDisk(m_isoDisk, isoMiB).isEmpty());

        const QByteArray pick =
            QStringLiteral("for d in /sys/block/sd*; do n=${d##*/}; s=$(cat $d/size); "
                           "[ \"$s\" = %1 ] && ln -sf /dev/$n /tmp/target-raw; "
                           "[ \"$s\" = %2 ] && ln -sf /dev/$n /tmp/target-iso; done; "
                           "[ -b /tmp/target-raw ] && [ -b /tmp/target-iso ] && "
                           "echo picked-$((40+2))\n")
                .arg(rawMiB * 2048)
                .arg(isoMiB * 2048)
                .toUtf8();
        const QByteArray fetch = QStringLiteral("cd /tmp && wget -q %1 && wget -q %2 && "
                                                "sha256sum -c %3.sha256 && echo got-$((40+2))\n")
                                     .arg(raw.url, raw.sha256Url, raw.name)
                                     .toUtf8();
        const QByteArray write = QStringLiteral("dd if=/tmp/%1 of=/tmp/target-raw bs=4M "
                                                "conv=fsync && echo written-$((40+2))\n")
                                     .arg(raw.name)
                                     .toUtf8();
        // The read-back lines `lkc serve` prints are checked on the host below, byte for
        // byte: reading the written disks back inside the TCG guest made QEMU stop now and
        // then (under investigation), which is not what this test is about.
        rescue({m_rawDisk, m_isoDisk},
               {{pick, QRegularExpression(QStringLiteral("picked-42"))},
                {fetch, QRegularExpression(QStringLiteral("got-42"))},
                {write, QRegularExpression(QStringLiteral("written-42"))},
                {isoPub.writeCommand(iso).toUtf8() + " && echo second-$((40+2))\n",
                 QRegularExpression(QStringLiteral("second-42"))}});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(completed, 2); // the two images (a .sha256 is a small reply, not a download)
        // Each disk starts with its whole image, byte for byte (what the target's read-back
        // line checks).
        for (const auto &[image, disk] :
             {std::pair{m_rawImage, m_rawDisk}, {m_isoImage, m_isoDisk}}) {
            QFile img(image), dsk(disk);
            QVERIFY(img.open(QIODevice::ReadOnly) && dsk.open(QIODevice::ReadOnly));
            const QByteArray want = img.readAll();
            QVERIFY2(dsk.read(want.size()) == want, qPrintable(disk));
        }
        m_written = true;
    }

    void rawBiosDiskBoots() {
        QVERIFY2(m_written, "the rescue system did not write the disks");
        bootsAlone(m_rawDisk);
    }

    void isoBiosDiskBoots() {
        QVERIFY2(m_written, "the rescue system did not write the disks");
        bootsAlone(m_isoDisk);
    }
};

QTEST_GUILESS_MAIN(TestRescueFlow)
#include "tst_rescueflow.moc"
