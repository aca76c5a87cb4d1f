// SPDX-License-Identifier: Apache-2.0
// docs/cli.md is what `lkc --help` and every `lkc COMMAND --help` say today: regenerate it with
// packaging/linux/make-cli-reference.sh when a help text changes.
#include "testenv.h"

#include <QFile>
#include <QTest>

using namespace Lkc::Test;

class TestCliReference : public QObject {
    Q_OBJECT
private slots:
    void referenceMatchesTheHelp() {
        const ProcessResult generated = runProcess(
            QStringLiteral("bash"),
            {sourceDir() + QStringLiteral("/packaging/linux/make-cli-reference.sh"), lkcBinary()});
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        QFile committed(sourceDir() + QStringLiteral("/docs/cli.md"));
        QVERIFY(committed.open(QIODevice::ReadOnly));
        const QByteArray want = committed.readAll();
        QVERIFY2(generated.out == want,
                 "docs/cli.md is stale: run packaging/linux/make-cli-reference.sh BUILD/app/lkc "
                 "> docs/cli.md");
    }

    void everyCommandHasItsOwnHelp() {
        const ProcessResult help = runLkc({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        int commands = 0;
        for (const QByteArray &line : help.out.split('\n')) {
            if (!line.startsWith("  ") || line.size() < 3 || !std::islower(uchar(line.at(2))))
                continue;
            const QString name = QString::fromUtf8(line.trimmed().split(' ').constFirst());
            const ProcessResult sub = runLkc({name, QStringLiteral("--help")});
            QVERIFY2(sub.exitCode == 0, qPrintable(name));
            QVERIFY2(sub.out.startsWith("Usage: lkc " + name.toUtf8()), qPrintable(name));
            ++commands;
        }
        QVERIFY(commands >= 8);
    }
};

QTEST_GUILESS_MAIN(TestCliReference)
#include "tst_clireference.moc"
