// SPDX-License-Identifier: Apache-2.0
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Lkc::Test {

QString sourceDir() {
    return QStringLiteral(LKC_SOURCE_DIR);
}

QString fixturesDir() {
    return sourceDir() + QStringLiteral("/tests/fixtures");
}

QString conformanceDir() {
    return fixturesDir() + QStringLiteral("/conformance");
}

QString lkcBinary() {
    return QStringLiteral(LKC_LKC_BINARY);
}

QString corpusDir() {
    return fixturesDir() + QStringLiteral("/corpus");
}

QString scratchDir(const QString &name) {
    QString base = QString::fromLocal8Bit(qgetenv("LKC_TEST_TMP"));
    if (base.isEmpty())
        base = QStringLiteral(LKC_BINARY_DIR) + QStringLiteral("/test-tmp");
    const QString path = base + QLatin1Char('/') + name;
    QDir(path).removeRecursively();
    QDir().mkpath(path);
    return path;
}

ProcessResult runProcess(const QString &program, const QStringList &args, int timeoutMs,
                         const QByteArray &stdinData, const QString &workDir) {
    ProcessResult result;
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        result.err = p.errorString().toLocal8Bit();
        return result;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    result.finished = p.waitForFinished(timeoutMs);
    if (!result.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    result.out = p.readAllStandardOutput();
    result.err = p.readAllStandardError();
    return result;
}

ProcessResult runLkc(const QStringList &args, int timeoutMs, const QString &workDir) {
    return runProcess(lkcBinary(), args, timeoutMs, {}, workDir);
}

QString starterKitStore(QString *error) {
    QString base = QString::fromLocal8Bit(qgetenv("LKC_TEST_TMP"));
    if (base.isEmpty())
        base = QStringLiteral(LKC_BINARY_DIR) + QStringLiteral("/test-tmp");
    const QString store = base + QStringLiteral("/shared-starter-kit/store");
    const QString work = base + QStringLiteral("/shared-starter-kit/work");
    QDir().mkpath(store);
    QDir().mkpath(work);
    const ProcessResult r =
        runProcess(QStringLiteral("bash"),
                   {sourceDir() + QStringLiteral("/packaging/starter-kit/build-starter-kit.sh"),
                    QStringLiteral("--cache"), store, QStringLiteral("--work"), work,
                    QStringLiteral("--lkc"), lkcBinary()},
                   600000);
    if (r.exitCode != 0) {
        if (error)
            *error = QStringLiteral("build-starter-kit.sh failed (exit %1): %2")
                         .arg(r.exitCode)
                         .arg(QString::fromLocal8Bit(r.err.right(2000)));
        return {};
    }
    return store;
}

bool haveProgram(const QString &program) {
    return !QStandardPaths::findExecutable(program).isEmpty();
}

} // namespace Lkc::Test
