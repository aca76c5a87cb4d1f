// SPDX-License-Identifier: Apache-2.0
// linuxkit-composer: the desktop application. Wiring only.
#include "languagesetting.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LinuxKit Composer"));
    QApplication::setOrganizationName(QStringLiteral("linuxkit-composer"));
    QApplication::setApplicationVersion(QStringLiteral(LKC_VERSION));
    // The desktop entry's name, so that Wayland compositors and docks match the window to it.
    QApplication::setDesktopFileName(QStringLiteral("io.github.linuxkit_composer"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/io.github.linuxkit_composer-%1.png").arg(size));
    QApplication::setWindowIcon(icon);

    // The language: --language CODE for this run, else the one chosen in the window
    // (Settings ▸ Language), else the system's. Read before the parser so --help is translated.
    QString languageArg;
    const QStringList rawArgs = QApplication::arguments();
    for (qsizetype i = 1; i < rawArgs.size(); ++i) {
        if (rawArgs[i] == QLatin1String("--language") && i + 1 < rawArgs.size())
            languageArg = rawArgs[i + 1];
        else if (rawArgs[i].startsWith(QLatin1String("--language=")))
            languageArg = rawArgs[i].section(QLatin1Char('='), 1);
    }
    const QLocale locale = Lkc::LanguageSetting::effectiveLocale(languageArg);
    QLocale::setDefault(locale);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("linuxkit-composer"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    // Qt's own dialogs (buttons, file dialog), when Debian's qt6-translations-l10n is there.
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Compose, build and boot LinuxKit images"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("config"),
                                 QApplication::translate("main", "LinuxKit YAML to open"));
    QCommandLineOption select(
        QStringLiteral("select"),
        QApplication::translate("main", "Select the node at a YAML path, e.g. services[1]"),
        QStringLiteral("path"));
    parser.addOption(select);
    QCommandLineOption boot(
        QStringLiteral("boot"),
        QApplication::translate("main",
                                "Boot a built image in the console: a kernel+initrd prefix, "
                                "an ISO or a disk image"),
        QStringLiteral("image"));
    parser.addOption(boot);
    QCommandLineOption uefi(QStringLiteral("uefi"),
                            QApplication::translate("main", "Boot with UEFI firmware (OVMF)"));
    parser.addOption(uefi);
    QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "Show the window in this language (en, de, fr) for this "
                                        "run; the default is the system's or the one chosen in "
                                        "Settings"),
        QStringLiteral("code"));
    parser.addOption(language);
    parser.process(app);

    Lkc::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    if (parser.isSet(select))
        window.selectPath(parser.value(select));
    if (parser.isSet(boot))
        window.bootInConsole(parser.value(boot), parser.isSet(uefi));
    window.show();
    return app.exec();
}
