// SPDX-License-Identifier: Apache-2.0
// `lkc test-boot CONFIG --format F… [--expect REGEX] [--timeout S]`: builds each
// format with `lkc build`, boots it under QEMU with the firmware it needs,
// watches the serial console for the expected line, powers the VM off and
// prints a PASS/FAIL table with build and boot times.
#include "clitext.h"
#include "command.h"
#include "flags.h"

#include "build/outputs/outputwriter.h"
#include "run/accelprobe.h"
#include "run/bootcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

const char *kUsage = QT_TRANSLATE_NOOP(
    "lkc", "Usage: lkc test-boot [options] CONFIG.yml… --format F [--format F …]\n\n"
           "Builds each format, boots it under QEMU (BIOS formats with SeaBIOS, EFI formats\n"
           "with OVMF), waits for the expected console line, powers the VM off and prints a\n"
           "PASS/FAIL table. Exit code 0 only when every format passed.\n\n"
           "Options:\n"
           "  --format, -f F     format to test, repeatable or comma-separated\n"
           "  --expect REGEX     console text that means success (default: the starter kit's\n"
           "                     \"all services started\")\n"
           "  --timeout S        seconds to wait per boot (120)\n"
           "  --fail REGEX       console text that means failure at once (default: the starter\n"
           "                     kit's \"services FAILED to start\")\n"
           "  --hang S           seconds without console output that count as a hang (30)\n"
           "  --dir DIR          keep outputs and console logs in DIR (default: a temp dir)\n"
           "  --accel A          accelerator (default: KVM if a probe shows it works, else TCG)\n"
           "  --mem MiB          guest memory (1024)\n"
           "  --cache DIR        image store passed to lkc build\n");

const QString kDefaultExpect = QStringLiteral("all services started");

struct Row {
    QString format;
    QString result; // PASS, FAIL, SKIP
    double buildSeconds = 0;
    double bootSeconds = -1;
    QString firmware;
    QString note;
};

int testBoot(const QStringList &args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList formats;
    QString expect = kDefaultExpect, dir, accel, cache;
    int timeoutS = 120, hangS = 30, mem = 1024;
    QString failText = QStringLiteral("services FAILED to start");
    const Lkc::Cli::ParsedFlags flags = Lkc::Cli::parseFlags(
        QStringLiteral("test-boot"), kUsage, args,
        {QStringLiteral("format"), QStringLiteral("f"), QStringLiteral("expect"),
         QStringLiteral("fail"), QStringLiteral("timeout"), QStringLiteral("hang"),
         QStringLiteral("dir"), QStringLiteral("accel"), QStringLiteral("mem"),
         QStringLiteral("cache")});
    if (flags.exitCode >= 0)
        return flags.exitCode;
    for (const auto &[a, value] : flags.values) {
        bool ok = true;
        if (a == QLatin1String("format") || a == QLatin1String("f"))
            formats << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (a == QLatin1String("expect"))
            expect = value;
        else if (a == QLatin1String("fail"))
            failText = value;
        else if (a == QLatin1String("timeout"))
            timeoutS = value.toInt(&ok);
        else if (a == QLatin1String("hang"))
            hangS = value.toInt(&ok);
        else if (a == QLatin1String("dir"))
            dir = value;
        else if (a == QLatin1String("accel"))
            accel = value;
        else if (a == QLatin1String("mem"))
            mem = value.toInt(&ok);
        else
            cache = value;
        if (!ok) {
            err << Lkc::Cli::Text::tr("lkc test-boot: --%1 needs a number, got '%2'").arg(a, value)
                << "\n";
            return 2;
        }
    }
    const QStringList &configs = flags.positional;
    if (configs.isEmpty() || formats.isEmpty()) {
        err << Lkc::Cli::Text::tr("lkc test-boot: need a config and at least one --format\n\n")
            << Lkc::Cli::Text::tr(kUsage);
        return 2;
    }
    const QRegularExpression pattern(expect);
    // An empty --fail means "no failure text".
    const QRegularExpression failPattern(failText);
    if (!failPattern.isValid()) {
        err << Lkc::Cli::Text::tr("lkc test-boot: --fail is not a valid regular expression\n");
        return 2;
    }
    if (!pattern.isValid()) {
        err << Lkc::Cli::Text::tr("lkc test-boot: --expect is not a valid regular expression: ")
            << pattern.errorString() << "\n";
        return 2;
    }
    for (const QString &f : formats)
        if (!Lkc::knownOutputFormats().contains(f)) {
            err << Lkc::Cli::Text::tr("lkc test-boot: unknown format type ") << f << "\n";
            return 2;
        }
    QTemporaryDir temp;
    if (dir.isEmpty())
        dir = temp.path();
    QDir().mkpath(dir);
    const QString name = QFileInfo(configs.first()).completeBaseName();

    if (accel.isEmpty()) {
        QString line;
        accel = Lkc::AccelProbe::choose(QStringLiteral("qemu-system-x86_64"), &line);
        err << line << "\n";
    }
    err.flush();

    QList<Row> rows;
    for (const QString &format : formats) {
        Row row;
        row.format = format;
        row.firmware = Lkc::BootCheck::firmwareName(Lkc::BootCheck::needsUefi(format));
        const QString fdir = QDir(dir).filePath(format);
        QDir(fdir).removeRecursively();
        QDir().mkpath(fdir);

        // Build with the CLI: the same code path a user runs.
        err << "== " << format << ": building\n";
        err.flush();
        QElapsedTimer t;
        t.start();
        QProcess build;
        build.setProcessChannelMode(QProcess::MergedChannels);
        QStringList buildArgs = {QStringLiteral("build"),
                                 QStringLiteral("--format"),
                                 format,
                                 QStringLiteral("--dir"),
                                 fdir,
                                 QStringLiteral("--name"),
                                 name};
        if (!cache.isEmpty())
            buildArgs << QStringLiteral("--cache") << cache;
        build.start(QCoreApplication::applicationFilePath(), buildArgs + configs);
        const bool finished = build.waitForFinished(30 * 60 * 1000);
        row.buildSeconds = t.elapsed() / 1000.0;
        const QString buildLog = QString::fromUtf8(build.readAll());
        if (!finished || build.exitCode() != 0) {
            row.result = QStringLiteral("FAIL");
            row.note = Lkc::Cli::Text::tr("build failed: ") +
                       buildLog.trimmed().section(QLatin1Char('\n'), -1).left(200);
            rows << row;
            continue;
        }

        // What to boot: the prefix for kernel formats, else the image file.
        Lkc::Result<std::shared_ptr<Lkc::OutputWriter>> writer = Lkc::createOutputWriter(format);
        Lkc::OutputInputs probeIn;
        probeIn.cmdline = QStringLiteral("x");
        QStringList files;
        if (writer)
            for (const QString &n : (*writer)->outputNames(name, probeIn))
                files << QDir(fdir).filePath(n);
        const Lkc::Result<QString> bootPath = Lkc::BootCheck::bootPath(format, files);
        if (!bootPath) {
            row.result = QStringLiteral("SKIP");
            row.note = bootPath.error().message;
            rows << row;
            continue;
        }
        Lkc::BootCheckOptions check;
        check.qemu.path = *bootPath;
        check.qemu.accel = accel;
        check.qemu.memMiB = mem;
        check.qemu.uefi = Lkc::BootCheck::needsUefi(format);
        check.qemu.stateDir = QDir(fdir).filePath(QStringLiteral("state"));
        check.expect = pattern;
        check.failText = failPattern;
        check.timeoutSeconds = timeoutS;
        check.hangSeconds = hangS;
        check.consoleLogFile = QDir(fdir).filePath(QStringLiteral("console.log"));

        err << "== " << format << ": booting (" << row.firmware << ", " << accel << ")\n";
        err.flush();
        Lkc::BootCheck boot(check);
        const Lkc::BootVerdict verdict = boot.run();
        row.result = verdict.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL");
        row.firmware = verdict.firmware;
        if (verdict.passed)
            row.bootSeconds = verdict.bootMs / 1000.0;
        else
            row.note = verdict.note;
        rows << row;
    }

    out << "\n"
        << QStringLiteral("FORMAT").leftJustified(16) << QStringLiteral("RESULT").leftJustified(8)
        << QStringLiteral("BUILD").leftJustified(9) << QStringLiteral("BOOT").leftJustified(9)
        << QStringLiteral("FIRMWARE").leftJustified(10) << "NOTE\n";
    bool allPass = true;
    for (const Row &r : rows) {
        allPass = allPass && r.result != QLatin1String("FAIL");
        out << r.format.leftJustified(16) << r.result.leftJustified(8)
            << QStringLiteral("%1s").arg(r.buildSeconds, 0, 'f', 1).leftJustified(9)
            << (r.bootSeconds < 0 ? QStringLiteral("-")
                                  : QStringLiteral("%1s").arg(r.bootSeconds, 0, 'f', 1))
                   .leftJustified(9)
            << r.firmware.leftJustified(10) << r.note << "\n";
    }
    out << "\n"
        << (allPass ? "PASS" : "FAIL") << " (" << accel << Lkc::Cli::Text::tr("; console logs in ")
        << dir << (dir == temp.path() ? ", removed on exit" : "") << ")\n";
    return allPass ? 0 : 1;
}

const Lkc::Cli::RegisterCommand registerTestBoot{
    {QStringLiteral("test-boot"),
     QString::fromUtf8(
         QT_TRANSLATE_NOOP("lkc", "Build formats, boot each under QEMU, check the console")),
     testBoot}};

} // namespace
