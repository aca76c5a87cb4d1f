// SPDX-License-Identifier: Apache-2.0
// linuxkit-composer: the desktop application. Wiring only.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LinuxKit Composer"));
    QApplication::setOrganizationName(QStringLiteral("linuxkit-composer"));
    QApplication::setApplicationVersion(QStringLiteral(LKC_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("linuxkit-composer"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

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
    QCommandLineOption store(
        QStringLiteral("store"),
        QApplication::translate("main", "Image store to use (default: ~/.linuxkit/cache)"),
        QStringLiteral("path"));
    parser.addOption(store);
    QCommandLineOption dock(QStringLiteral("dock"),
                            QApplication::translate("main",
                                                    "Show and raise a dock: problems, build, "
                                                    "console, bootflow, layout, effective"),
                            QStringLiteral("name"));
    parser.addOption(dock);
    QCommandLineOption hideDock(QStringLiteral("hide-dock"),
                                QApplication::translate("main", "Hide a dock (names as --dock)"),
                                QStringLiteral("name"));
    parser.addOption(hideDock);
    parser.process(app);

    Lkc::MainWindow window;
    if (parser.isSet(store))
        window.setStorePath(parser.value(store));
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    if (parser.isSet(select))
        window.selectPath(parser.value(select));
    if (parser.isSet(boot))
        window.bootInConsole(parser.value(boot), parser.isSet(uefi));
    for (const QString &name : parser.values(dock))
        if (QDockWidget *d = window.dock(name)) {
            d->show();
            d->raise();
        }
    for (const QString &name : parser.values(hideDock))
        if (QDockWidget *d = window.dock(name))
            d->hide();
    window.show();
    return app.exec();
}
