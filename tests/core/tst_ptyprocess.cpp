// SPDX-License-Identifier: Apache-2.0
#include "run/ptyprocess.h"

#include <QSignalSpy>
#include <QTest>

using namespace Lkc;

class TestPtyProcess : public QObject {
    Q_OBJECT

private slots:
    void echoesThroughTheTerminal() {
        PtyProcess p;
        QByteArray got;
        connect(&p, &PtyProcess::bytesReceived, this, [&](const QByteArray &b) { got += b; });
        QVERIFY(p.start(QStringLiteral("/bin/sh"),
                        {QStringLiteral("-c"),
                         QStringLiteral("stty -echo; echo ready; read x; echo got:$x; stty size; "
                                        "exit 3")},
                        100, 30)
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(got.contains("ready"), 5000);
        p.resize(132, 43);
        p.write("hello\n");
        QVERIFY(p.waitForFinished(5000));
        QVERIFY2(got.contains("got:hello"), got.constData());
        QVERIFY2(got.contains("43 132"), got.constData());
        QCOMPARE(p.exitCode(), 3);
        QCOMPARE(p.exitSignal(), 0);
    }

    void reportsASignal() {
        PtyProcess p;
        QSignalSpy finished(&p, &PtyProcess::finished);
        QVERIFY(p.start(QStringLiteral("/bin/sleep"), {QStringLiteral("30")}).ok());
        QVERIFY(p.isRunning());
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(p.exitSignal(), 15);
    }

    void missingProgramExits127() {
        PtyProcess p;
        QVERIFY(p.start(QStringLiteral("/nonexistent/program"), {}).ok());
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 127);
    }
};

QTEST_GUILESS_MAIN(TestPtyProcess)
#include "tst_ptyprocess.moc"
