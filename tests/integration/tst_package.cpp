// SPDX-License-Identifier: Apache-2.0
// The Debian package as a user gets it: built with CPack from this build tree, checked by
// lintian, desktop-file-validate and appstreamcli, installed with apt-get, used (lkc, man,
// the composer opening an example), removed, and nothing of it left behind.
#include "testenv.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Lkc::Test;

namespace {

const QString kPackage = QStringLiteral("linuxkit-composer");

QString text(const ProcessResult &r) {
    return QString::fromLocal8Bit(r.out + r.err);
}

bool installed() {
    const ProcessResult r =
        runProcess(QStringLiteral("dpkg-query"),
                   {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), kPackage}, 30000);
    return r.exitCode == 0 && r.out.contains("install ok installed");
}

ProcessResult purge() {
    return runProcess(QStringLiteral("apt-get"),
                      {QStringLiteral("-o"), QStringLiteral("DPkg::Lock::Timeout=600"),
                       QStringLiteral("purge"), QStringLiteral("-y"), QStringLiteral("-q"),
                       kPackage},
                      600000);
}

} // namespace

class TestPackage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void packageHoldsWhatItShould();
    void validatorsAcceptIt();
    void installUseRemove();

private:
    QTemporaryDir m_work;
    QString m_deb;
    QStringList m_files; // paths inside the package, "/usr/bin/lkc" …
};

void TestPackage::initTestCase() {
    QVERIFY(m_work.isValid());
    QVERIFY2(!installed(), "linuxkit-composer is already installed on this machine; the test "
                           "installs and removes it and will not touch an existing installation");
    // CPack installs the build tree into a staging folder and packs it (stripped).
    const ProcessResult cpack =
        runProcess(QStringLiteral("cpack"),
                   {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                    QStringLiteral(LKC_BINARY_DIR) + QStringLiteral("/CPackConfig.cmake"),
                    QStringLiteral("-B"), m_work.path()},
                   600000, {}, QStringLiteral(LKC_BINARY_DIR));
    QVERIFY2(cpack.exitCode == 0, qPrintable(text(cpack)));
    const QStringList debs = QDir(m_work.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = m_work.filePath(debs.constFirst());
    QVERIFY2(debs.constFirst().startsWith(kPackage + QLatin1Char('_') +
                                          QStringLiteral(LKC_VERSION) + QLatin1Char('_')),
             qPrintable(debs.constFirst()));

    const ProcessResult list =
        runProcess(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb}, 60000);
    QCOMPARE(list.exitCode, 0);
    for (const QString &line : QString::fromUtf8(list.out).split(QLatin1Char('\n'))) {
        // "-rw-r--r-- root/root  1234 2026-12-01 00:00 ./usr/bin/lkc"
        const qsizetype at = line.indexOf(QStringLiteral(" ./"));
        if (at < 0 || line.startsWith(QLatin1Char('d')))
            continue;
        QString path = line.mid(at + 2);
        path = path.section(QStringLiteral(" -> "), 0, 0);
        m_files << path;
    }
    QVERIFY(!m_files.isEmpty());
}

void TestPackage::packageHoldsWhatItShould() {
    const QSet<QString> files(m_files.cbegin(), m_files.cend());
    for (const char *must :
         {"/usr/bin/lkc", "/usr/bin/linuxkit-composer",
          "/usr/share/applications/io.github.linuxkit_composer.desktop",
          "/usr/share/metainfo/io.github.linuxkit_composer.metainfo.xml",
          "/usr/share/mime/packages/io.github.linuxkit_composer.xml",
          "/usr/share/icons/hicolor/scalable/apps/io.github.linuxkit_composer.svg",
          "/usr/share/icons/hicolor/48x48/apps/io.github.linuxkit_composer.png",
          "/usr/share/icons/hicolor/256x256/apps/io.github.linuxkit_composer.png",
          "/usr/share/man/man1/lkc.1.gz", "/usr/share/man/man1/linuxkit-composer.1.gz",
          "/usr/share/doc/linuxkit-composer/copyright",
          "/usr/share/doc/linuxkit-composer/changelog.gz",
          "/usr/share/linuxkit-composer/starter-kit/build-starter-kit.sh"})
        QVERIFY2(files.contains(QString::fromLatin1(must)), must);

    // Exactly the examples the project tracks: no build output that lay beside them.
    QStringList examples;
    for (const QString &f : m_files)
        if (f.startsWith(QStringLiteral("/usr/share/linuxkit-composer/examples/")))
            examples << QFileInfo(f).fileName();
    examples.sort();
    QStringList tracked = QDir(sourceDir() + QStringLiteral("/resources/examples"))
                              .entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    QCOMPARE(examples, tracked);
    for (const QString &f : m_files) {
        QVERIFY2(!f.contains(QStringLiteral("-state/")), qPrintable(f));
        QVERIFY2(!f.endsWith(QStringLiteral(".iso")) && !f.endsWith(QStringLiteral(".img")) &&
                     !f.endsWith(QStringLiteral("-kernel")),
                 qPrintable(f));
    }
}

void TestPackage::validatorsAcceptIt() {
    // Lintian on the .deb: no errors (warnings are printed for the log).
    const ProcessResult lintian =
        runProcess(QStringLiteral("lintian"),
                   {QStringLiteral("--fail-on"), QStringLiteral("error"),
                    QStringLiteral("--tag-display-limit"), QStringLiteral("0"), m_deb},
                   600000);
    qInfo().noquote() << "lintian:" << text(lintian);
    QVERIFY2(lintian.exitCode == 0, qPrintable(text(lintian)));

    // The desktop entry and the AppStream metadata, as they are in the package.
    QTemporaryDir unpacked;
    QVERIFY(unpacked.isValid());
    const ProcessResult x =
        runProcess(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, unpacked.path()});
    QCOMPARE(x.exitCode, 0);
    const ProcessResult desktop =
        runProcess(QStringLiteral("desktop-file-validate"),
                   {unpacked.path() +
                    QStringLiteral("/usr/share/applications/io.github.linuxkit_composer.desktop")});
    QVERIFY2(desktop.exitCode == 0 && text(desktop).trimmed().isEmpty(), qPrintable(text(desktop)));
    const ProcessResult appstream = runProcess(
        QStringLiteral("appstreamcli"),
        {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
         unpacked.path() +
             QStringLiteral("/usr/share/metainfo/io.github.linuxkit_composer.metainfo.xml")});
    QVERIFY2(appstream.exitCode == 0, qPrintable(text(appstream)));
}

void TestPackage::installUseRemove() {
    auto cleanup = qScopeGuard([] {
        if (installed())
            purge();
    });
    const ProcessResult install =
        runProcess(QStringLiteral("apt-get"),
                   {QStringLiteral("-o"), QStringLiteral("DPkg::Lock::Timeout=600"),
                    QStringLiteral("install"), QStringLiteral("-y"), QStringLiteral("-q"), m_deb},
                   900000);
    QVERIFY2(install.exitCode == 0, qPrintable(text(install)));
    QVERIFY(installed());

    const QString lkc = QStringLiteral("/usr/bin/lkc");
    const ProcessResult version = runProcess(lkc, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(QString::fromUtf8(version.out).trimmed(), QStringLiteral("lkc " LKC_VERSION));

    const QString example = QStringLiteral("/usr/share/linuxkit-composer/examples/sshd.yml");
    const ProcessResult validate = runProcess(lkc, {QStringLiteral("validate"), example});
    QVERIFY2(validate.exitCode == 0, qPrintable(text(validate)));

    const ProcessResult man =
        runProcess(QStringLiteral("man"), {QStringLiteral("-w"), QStringLiteral("lkc")});
    QVERIFY2(man.exitCode == 0 && man.out.contains("lkc.1"), qPrintable(text(man)));
    // The manual names every command `lkc --help` lists.
    const ProcessResult page = runProcess(
        QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("zcat \"$(man -w lkc)\"")});
    QCOMPARE(page.exitCode, 0);
    const ProcessResult help = runProcess(lkc, {QStringLiteral("--help")});
    static const QRegularExpression commandLine(QStringLiteral("^  ([a-z-]+) "),
                                                QRegularExpression::MultilineOption);
    int commands = 0;
    for (auto it = commandLine.globalMatch(QString::fromUtf8(help.out)); it.hasNext(); ++commands) {
        const QString name = it.next().captured(1);
        QVERIFY2(page.out.contains(".SS " + name.toUtf8() + '\n'), qPrintable(name));
    }
    QVERIFY(commands >= 8);

    // The MIME type recognises a LinuxKit config by content.
    const ProcessResult mime = runProcess(
        QStringLiteral("bash"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "grep -l x-linuxkit-config /usr/share/mime/application/x-linuxkit-config.xml")});
    QVERIFY2(mime.exitCode == 0, "update-mime-database did not register the LinuxKit MIME type");

    // The installed composer opens an installed example (offscreen) and keeps running.
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral("/usr/bin/linuxkit-composer"), {example});
    QVERIFY(gui.waitForStarted(10000));
    QVERIFY2(!gui.waitForFinished(4000),
             qPrintable(QStringLiteral("the composer exited: ") +
                        QString::fromLocal8Bit(gui.readAllStandardError())));
    gui.terminate();
    if (!gui.waitForFinished(10000)) {
        gui.kill();
        gui.waitForFinished(5000);
    }
    const QByteArray guiErr = gui.readAllStandardError();
    QVERIFY2(!guiErr.contains("cannot") && !guiErr.contains("rror"), guiErr.constData());

    // Removal leaves none of the package's files behind.
    const ProcessResult removed = purge();
    QVERIFY2(removed.exitCode == 0, qPrintable(text(removed)));
    QVERIFY(!installed());
    for (const QString &f : std::as_const(m_files))
        QVERIFY2(!QFileInfo::exists(f), qPrintable(f + QStringLiteral(" is left behind")));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/usr/share/linuxkit-composer")));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
