// SPDX-License-Identifier: Apache-2.0
// The house rules on dependency direction, checked on the sources: core knows
// nothing of widgets or of ui/, and inside core, config knows nothing of image
// or build.
#include "testenv.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject {
    Q_OBJECT
private:
    static QStringList violations(const QString &dir, const QRegularExpression &forbidden) {
        QStringList found;
        QDirIterator it(Lkc::Test::sourceDir() + dir,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(f.readLine());
                if (forbidden.match(text).hasMatch())
                    found << QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(text.trimmed());
            }
        }
        return found;
    }

private slots:
    void coreHasNoWidgetsOrGui() {
        const QStringList bad =
            violations(QStringLiteral("/core"),
                       QRegularExpression(QStringLiteral(
                           "^\\s*#\\s*include\\s*[<\"](QtWidgets|QtGui|QWidget|QApplication|"
                           "QGuiApplication|QImage|QPixmap|QPainter|QColor|QFont)\\b")));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void coreDoesNotIncludeUi() {
        const QStringList bad = violations(
            QStringLiteral("/core"),
            QRegularExpression(QStringLiteral("^\\s*#\\s*include\\s*\"(document|editors|console|"
                                              "build/buildpanel|mainwindow)[/.]")));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void configKnowsNothingOfImageOrBuild() {
        const QStringList bad = violations(
            QStringLiteral("/core/config"),
            QRegularExpression(QStringLiteral("^\\s*#\\s*include\\s*\"(image|build|run)/")));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
