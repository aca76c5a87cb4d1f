// SPDX-License-Identifier: Apache-2.0
// German and French are complete: lupdate run over today's sources finds no string that
// translations/*.ts lacks a translation for, and every translation keeps its placeholders.
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Lkc::Test;

namespace {
const QString kTools = QStringLiteral("/usr/lib/qt6/bin");
}

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void complete_data() {
        QTest::addColumn<QString>("ts");
        QTest::addColumn<QStringList>("sources");
        const QString src = sourceDir();
        for (const char *lang : {"de", "fr"}) {
            QTest::addRow("window %s", lang)
                << QStringLiteral("linuxkit-composer_%1.ts").arg(QLatin1String(lang))
                << QStringList{src + QStringLiteral("/ui"), src + QStringLiteral("/app/composer"),
                               src + QStringLiteral("/core/config/formathelp.cpp"),
                               src + QStringLiteral("/core/config/formatdescription.cpp"),
                               src + QStringLiteral("/core/build/bootflow.cpp")};
            QTest::addRow("lkc %s", lang) << QStringLiteral("lkc_%1.ts").arg(QLatin1String(lang))
                                          << QStringList{src + QStringLiteral("/app/lkc")};
        }
    }

    void complete() {
        QFETCH(QString, ts);
        QFETCH(QStringList, sources);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(ts);
        QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/translations/") + ts, copy));
        const ProcessResult update =
            runProcess(kTools + QStringLiteral("/lupdate"),
                       QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                   QStringLiteral("none")} +
                           sources + QStringList{QStringLiteral("-ts"), copy},
                       120000);
        QVERIFY2(update.exitCode == 0, update.err.constData());
        const ProcessResult release =
            runProcess(kTools + QStringLiteral("/lrelease"),
                       {copy, QStringLiteral("-qm"), dir.filePath(QStringLiteral("x.qm"))});
        QVERIFY2(release.exitCode == 0, release.err.constData());
        const QString report = QString::fromUtf8(release.out + release.err);
        QVERIFY2(report.contains(QStringLiteral(" 0 unfinished")),
                 qPrintable(ts +
                            QStringLiteral(": strings without a translation (run "
                                           "`cmake --build build --target "
                                           "update_translations` and translate them): ") +
                            report));

        // Placeholders survive translation: the same %1, %n … as the source.
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        static const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]"));
        QString source;
        auto count = [](const QString &s) {
            QStringList found;
            for (auto it = placeholder.globalMatch(s); it.hasNext();)
                found << it.next().captured();
            found.removeDuplicates(); // plural forms repeat %n
            found.sort();
            return found;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished"))
                    continue;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (text.isEmpty())
                    continue;
                const QStringList want = count(source);
                const QStringList have = count(text);
                QVERIFY2(want == have,
                         qPrintable(ts + QStringLiteral(": \"") + source +
                                    QStringLiteral("\" → \"") + text + QStringLiteral("\"")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
