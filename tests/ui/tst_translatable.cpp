// SPDX-License-Identifier: Apache-2.0
// Every user-visible string of the window goes through tr(): with a pseudo-translator
// installed (it wraps each translation in ‹ ›), a text a person reads that is not wrapped was
// never offered to a translator. Data shown by the window (YAML keys, paths, image names,
// numbers) is not prose and is let through by shape.
#include "mainwindow.h"
#include "testenv.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace Lkc;

namespace {

constexpr QChar kOpen(0x2039);
constexpr QChar kClose(0x203A);

// Wraps every translation so that untranslated text stands out.
class PseudoTranslator : public QTranslator {
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override {
        return QString(kOpen) + QString::fromUtf8(sourceText) + QString(kClose);
    }
    bool isEmpty() const override { return false; }
};

// Text that is data, not prose: nothing to translate.
bool isData(const QString &raw) {
    QString s = raw;
    s.remove(QLatin1Char('&')); // mnemonics
    s = s.trimmed();
    if (s.isEmpty())
        return true;
    static const QRegularExpression dataShape(QStringLiteral(
        "^("
        "[-+]?[0-9][0-9.,:%/ ]*[A-Za-z]{0,3}"               // numbers, sizes, times
        "|[A-Za-z_][A-Za-z0-9_]*(\\[[0-9]+\\])?:?"          // a YAML key or path step
        "|[A-Za-z0-9_.\\[\\]/-]+(\\.[A-Za-z0-9_\\[\\]-]+)+" // a YAML path, file or image name
        "|[/~][^ ]*"                                        // an absolute path
        "|[^A-Za-z]*"                                       // punctuation, symbols
        "|CAP_[A-Z_]+"                                      // a capability
        "|[a-z0-9]+([-+][a-z0-9]+)+"                       // a format name: iso-bios, kernel+initrd
        ")$"));
    return dataShape.match(s).hasMatch();
}

bool isTranslated(const QString &s) {
    return s.contains(kOpen) || isData(s);
}

} // namespace

class TestTranslatable : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        m_translator = new PseudoTranslator;
        QVERIFY(QCoreApplication::installTranslator(m_translator));
        // The pseudo-translator itself is seen: a tr() string comes back wrapped.
        QCOMPARE(QCoreApplication::translate("ctx", "x"), QStringLiteral("\u2039x\u203a"));
    }

    void everyVisibleStringIsTranslatable() {
        MainWindow window;
        openExample(window);
        int checked = 0;
        const QStringList offenders = untranslatedTexts(window, &checked);
        qInfo("%d visible strings checked", checked);
        QVERIFY2(checked >= 30, "the walk saw too few strings to mean anything");
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("not translatable:\n  ") +
                                                 offenders.join(QStringLiteral("\n  "))));
    }

    // The walk finds a string that bypassed tr().
    void aPlainStringIsCaught() {
        MainWindow window;
        openExample(window);
        auto *label =
            new QLabel(QStringLiteral("Text nobody can translate"), window.centralWidget());
        label->show();
        const QStringList offenders = untranslatedTexts(window);
        QVERIFY2(
            offenders.join(QLatin1Char('\n')).contains(QStringLiteral("Text nobody can translate")),
            qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void dataIsNotMistakenForProse() {
        QVERIFY(isData(QStringLiteral("services[1].binds")));
        QVERIFY(isData(QStringLiteral("readonly")));
        QVERIFY(isData(QStringLiteral("12.5 MB")));
        QVERIFY(isData(QStringLiteral("/etc/hostname")));
        QVERIFY(!isData(QStringLiteral("Save the config")));
        QVERIFY(!isData(QStringLiteral("Build ISO")));
    }

    static void openExample(MainWindow &window) {
        QVERIFY(
            window.openFile(Test::sourceDir() + QStringLiteral("/resources/examples/sshd.yml")));
        window.selectPath(QStringLiteral("services[0]"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(400); // let the debounced re-parse and the forms settle
    }

    static QStringList untranslatedTexts(MainWindow &window, int *checkedCount = nullptr) {
        QStringList offenders;
        int checked = 0;
        auto check = [&](const QString &what, const QString &s) {
            if (s.trimmed().isEmpty())
                return;
            ++checked;
            if (!isTranslated(s))
                offenders << QStringLiteral("%1: \"%2\"").arg(what, s);
        };
        check(QStringLiteral("window title"), window.windowTitle().remove(QStringLiteral("[*]")));
        for (QAction *a : window.findChildren<QAction *>()) {
            // Deliberately untranslated, such as a language's own name in the Language menu.
            if (a->isSeparator() || a->menu() || a->property("lkcNotTranslated").toBool())
                continue;
            check(QStringLiteral("action"), a->text());
            if (a->toolTip() != a->text())
                check(QStringLiteral("action tool tip"), a->toolTip());
        }
        for (QMenu *m : window.findChildren<QMenu *>())
            check(QStringLiteral("menu"), m->title());
        for (QDockWidget *d : window.findChildren<QDockWidget *>())
            check(QStringLiteral("dock"), d->windowTitle());
        for (QToolBar *t : window.findChildren<QToolBar *>())
            check(QStringLiteral("tool bar"), t->windowTitle());
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisibleTo(&window))
                continue;
            if (auto *l = qobject_cast<QLabel *>(w); l && l->textFormat() != Qt::RichText)
                check(QStringLiteral("label"), l->text());
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                check(QStringLiteral("button"), b->text());
            if (auto *g = qobject_cast<QGroupBox *>(w))
                check(QStringLiteral("group"), g->title());
            if (auto *e = qobject_cast<QLineEdit *>(w))
                check(QStringLiteral("placeholder"), e->placeholderText());
            if (auto *tab = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < tab->count(); ++i)
                    check(QStringLiteral("tab"), tab->tabText(i));
            check(QStringLiteral("tool tip of %1")
                      .arg(QString::fromLatin1(w->metaObject()->className())),
                  w->toolTip());
            if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model())
                for (int c = 0; c < v->model()->columnCount(); ++c)
                    check(QStringLiteral("column header"),
                          v->model()->headerData(c, Qt::Horizontal).toString());
        }
        offenders.removeDuplicates();
        if (checkedCount)
            *checkedCount = checked;
        return offenders;
    }

private:
    PseudoTranslator *m_translator = nullptr;
};

QTEST_MAIN(TestTranslatable)
#include "tst_translatable.moc"
