// SPDX-License-Identifier: Apache-2.0
// linuxkit-composer: the desktop application. Wiring only.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
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
