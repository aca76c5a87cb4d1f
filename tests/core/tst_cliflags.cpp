// SPDX-License-Identifier: Apache-2.0
// lkc's flag errors: `lkc run` says what core's run parser (the one the
// window's command lines go through) finds, and serve and test-boot share one
// option loop, so they take the same spellings and fail the same way.
#include "testenv.h"

#include <QTest>

using namespace Lkc;

class TestCliFlags : public QObject {
    Q_OBJECT
private slots:
    void flagErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, std::initializer_list<const char *> words, int code,
                      const char *message) {
            QStringList args;
            for (const char *w : words)
                args << QString::fromUtf8(w);
            QTest::newRow(name) << args << code << QString::fromUtf8(message);
        };
        row("run: help", {"run", "--help"}, 0, "Usage: lkc run");
        row("run: -h is a value here", {"run", "-data", "-h"}, 2,
            "lkc run: expected exactly one PREFIX or FILE");
        row("run: unknown", {"run", "-bogus", "x.iso"}, 2, "lkc run: unknown option -bogus");
        row("run: no value", {"run", "x.iso", "--mem"}, 2, "lkc run: option -mem needs a value");
        row("run: not a number", {"run", "-cpus=two", "x.iso"}, 2,
            "lkc run: -cpus needs a number, got 'two'");
        row("run: bad disk", {"run", "-disk", "size=lots", "x.iso"}, 2, "lkc run: ");
        row("run: two paths", {"run", "a.iso", "b.iso"}, 2,
            "lkc run: expected exactly one PREFIX or FILE");
        row("run: data twice", {"run", "-data", "x", "-data-file", "f", "x.iso"}, 2,
            "lkc run: -data and -data-file are mutually exclusive");
        row("serve: help", {"serve", "-h"}, 0, "Usage: lkc serve");
        row("serve: unknown", {"serve", "--bogus", "f.iso"}, 2,
            "lkc serve: unknown option --bogus");
        row("serve: switch with value", {"serve", "--token=yes", "f.iso"}, 2,
            "lkc serve: unknown option --token");
        row("serve: no value", {"serve", "f.iso", "--listen"}, 2,
            "lkc serve: option --listen needs a value");
        row("serve: one dash, equals", {"serve", "-listen=nowhere", "f.iso"}, 2,
            "lkc serve: --listen takes ADDR:PORT");
        row("test-boot: help", {"test-boot", "--help"}, 0, "Usage: lkc test-boot");
        row("test-boot: unknown", {"test-boot", "-bogus=1", "a.yml"}, 2,
            "lkc test-boot: unknown option --bogus");
        row("test-boot: no value", {"test-boot", "a.yml", "-f"}, 2,
            "lkc test-boot: option --f needs a value");
        row("test-boot: not a number", {"test-boot", "--mem", "big", "-f", "iso-bios", "a.yml"}, 2,
            "lkc test-boot: --mem needs a number, got 'big'");
        row("test-boot: no format", {"test-boot", "a.yml"}, 2,
            "lkc test-boot: need a config and at least one --format");
    }
    void flagErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Test::ProcessResult r = Test::runLkc(args, 20000);
        QVERIFY(r.finished);
        const QString said = QString::fromUtf8(exitCode == 0 ? r.out : r.err);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + u' ' + said));
        QVERIFY2(said.startsWith(message), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestCliFlags)
#include "tst_cliflags.moc"
