// SPDX-License-Identifier: Apache-2.0
// raw-bios-gz / raw-efi-gz: the gzip stream unpacks (with gzip itself) to exactly the raw-bios /
// raw-efi image, and two builds give the same bytes.
#include "bootfixture.h"
#include "build/outputs/rawgzipwriter.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Lkc;

namespace {

QByteArray sha(const QString &path) {
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        h.addData(&f);
    return h.result().toHex();
}

} // namespace

class TestRawGzip : public QObject {
    Q_OBJECT

    QString m_dir;
    OutputInputs m_in;

    QString writeFormat(const QString &format, const QString &sub) {
        const QString out = m_dir + QLatin1Char('/') + sub;
        QDir().mkpath(out);
        Result<std::shared_ptr<OutputWriter>> w = createOutputWriter(format);
        if (!w)
            return {};
        JobControl control;
        if (Status s = (*w)->write(m_in, out, QStringLiteral("x"), control); !s) {
            qWarning("%s", qPrintable(s.error().toString()));
            return {};
        }
        return out + QLatin1Char('/') + (*w)->outputNames(QStringLiteral("x"), m_in).first();
    }

private slots:
    void initTestCase() {
        if (const QString why = Test::bootSkipReason(); !why.isEmpty())
            QFAIL(qPrintable(why));
        m_dir = Test::scratchDir(QStringLiteral("rawgzip"));
        QVERIFY(Test::makeBootInputs(m_dir, m_in));
    }

    void unpacksToTheRawImage_data() {
        QTest::addColumn<QString>("gz");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("bios") << QStringLiteral("raw-bios-gz") << QStringLiteral("raw-bios")
                              << QStringLiteral("x-bios.img.gz");
        QTest::newRow("efi") << QStringLiteral("raw-efi-gz") << QStringLiteral("raw-efi")
                             << QStringLiteral("x-efi.img.gz");
    }
    void unpacksToTheRawImage() {
        QFETCH(QString, gz);
        QFETCH(QString, raw);
        QFETCH(QString, suffix);
        QVERIFY(knownOutputFormats().contains(gz));
        const QString a = writeFormat(gz, gz + QStringLiteral("-1"));
        const QString b = writeFormat(gz, gz + QStringLiteral("-2"));
        const QString r = writeFormat(raw, raw);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !r.isEmpty());
        QVERIFY(a.endsWith(suffix));
        QCOMPARE(sha(a), sha(b)); // reproducible
        QVERIFY(QFileInfo(a).size() < QFileInfo(r).size());
        const Test::ProcessResult unz =
            Test::runProcess(QStringLiteral("gzip"), {QStringLiteral("-dc"), a}, 60000);
        QCOMPARE(unz.exitCode, 0);
        QCOMPARE(QCryptographicHash::hash(unz.out, QCryptographicHash::Sha256).toHex(), sha(r));
    }
};

QTEST_GUILESS_MAIN(TestRawGzip)
#include "tst_rawgzip.moc"
