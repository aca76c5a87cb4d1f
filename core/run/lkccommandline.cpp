// SPDX-License-Identifier: Apache-2.0
#include "run/lkccommandline.h"

#include "run/qemucommand.h"

#include <QRegularExpression>

namespace Lkc {

QString LkcCommandLine::diskSpec(const QemuDisk &disk) {
    QStringList parts;
    // A path with '=' in it would read as an option without the file= key.
    if (!disk.path.isEmpty())
        parts << (disk.path.contains(QLatin1Char('=')) ? QStringLiteral("file=") + disk.path
                                                       : disk.path);
    if (disk.sizeMiB > 0)
        parts << (disk.sizeMiB % 1024 == 0 ? QStringLiteral("size=%1G").arg(disk.sizeMiB / 1024)
                                           : QStringLiteral("size=%1M").arg(disk.sizeMiB));
    if (!disk.format.isEmpty())
        parts << QStringLiteral("format=") + disk.format;
    return parts.join(QLatin1Char(','));
}

QStringList LkcCommandLine::runArguments(const QemuOptions &o) {
    const QemuOptions defaults;
    QStringList args{QStringLiteral("run")};
    if (o.memMiB != defaults.memMiB)
        args << QStringLiteral("-mem") << QString::number(o.memMiB);
    if (o.cpus != defaults.cpus)
        args << QStringLiteral("-cpus") << QString::number(o.cpus);
    if (!o.accel.isEmpty())
        args << QStringLiteral("-accel") << o.accel;
    if (o.uefi)
        args << QStringLiteral("-uefi");
    if (!o.firmware.isEmpty())
        args << QStringLiteral("-fw") << o.firmware;
    if (o.networking != defaults.networking)
        args << QStringLiteral("-networking") << o.networking;
    for (const QString &p : o.publish)
        args << QStringLiteral("-publish") << p;
    for (const QemuDisk &d : o.disks)
        args << QStringLiteral("-disk") << diskSpec(d);
    if (o.forceIso)
        args << QStringLiteral("-iso");
    if (o.forceKernel)
        args << QStringLiteral("-kernel");
    if (o.forceSquashfs)
        args << QStringLiteral("-squashfs");
    if (o.gui)
        args << QStringLiteral("-gui");
    if (!o.data.isEmpty())
        args << QStringLiteral("-data") << o.data;
    if (!o.dataFile.isEmpty())
        args << QStringLiteral("-data-file") << o.dataFile;
    if (!o.stateDir.isEmpty())
        args << QStringLiteral("-state") << o.stateDir;
    if (o.detached)
        args << QStringLiteral("-detached");
    if (o.qemuBinary != defaults.qemuBinary)
        args << QStringLiteral("-qemu") << o.qemuBinary;
    args << o.path;
    return args;
}

LkcCommandLine::RunParse LkcCommandLine::parseRun(const QStringList &arguments) {
    RunParse r;
    QemuOptions &o = r.options;
    const auto fail = [&r](RunProblem problem, const QString &option = {},
                           const QString &value = {}) {
        r.problem = problem;
        r.option = option;
        r.value = value;
        return r;
    };
    QStringList args = arguments;
    if (!args.isEmpty() && args.first() == QLatin1String("qemu"))
        args.removeFirst();
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        QString a = args[i];
        if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            positional << a;
            continue;
        }
        a.remove(0, a.startsWith(QLatin1String("--")) ? 2 : 1);
        if (a == QLatin1String("h") || a == QLatin1String("help"))
            return fail(RunProblem::Help, a);
        QString value;
        bool hasValue = false;
        if (const int eq = a.indexOf(QLatin1Char('=')); eq >= 0) {
            value = a.mid(eq + 1);
            a.truncate(eq);
            hasValue = true;
        }
        const bool on = !hasValue || value == QLatin1String("true") || value == QLatin1String("1");
        if (a == QLatin1String("uefi")) {
            o.uefi = on;
            continue;
        }
        if (a == QLatin1String("iso")) {
            o.forceIso = on;
            continue;
        }
        if (a == QLatin1String("kernel")) {
            o.forceKernel = on;
            continue;
        }
        if (a == QLatin1String("squashfs")) {
            o.forceSquashfs = on;
            continue;
        }
        if (a == QLatin1String("gui")) {
            o.gui = on;
            continue;
        }
        if (a == QLatin1String("detached")) {
            o.detached = on;
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= args.size())
                return fail(RunProblem::NeedsValue, a);
            value = args[++i];
        }
        bool ok = true;
        if (a == QLatin1String("mem")) {
            o.memMiB = value.toInt(&ok);
        } else if (a == QLatin1String("cpus")) {
            o.cpus = value.toInt(&ok);
        } else if (a == QLatin1String("disk")) {
            Result<QemuDisk> d = QemuCommand::parseDisk(value);
            if (!d) {
                r.detail = d.error().toString();
                return fail(RunProblem::BadDisk, a, value);
            }
            o.disks << *d;
        } else if (a == QLatin1String("publish")) {
            o.publish << value;
        } else if (a == QLatin1String("networking")) {
            o.networking = value;
        } else if (a == QLatin1String("accel")) {
            o.accel = value;
        } else if (a == QLatin1String("fw")) {
            o.firmware = value;
        } else if (a == QLatin1String("data")) {
            o.data = value;
        } else if (a == QLatin1String("data-file")) {
            o.dataFile = value;
        } else if (a == QLatin1String("state")) {
            o.stateDir = value;
        } else if (a == QLatin1String("qemu")) {
            o.qemuBinary = value;
        } else {
            return fail(RunProblem::UnknownOption, a);
        }
        if (!ok)
            return fail(RunProblem::NeedsNumber, a, value);
    }
    if (positional.size() != 1)
        return fail(RunProblem::NotOnePath);
    o.path = positional.first();
    if (!o.data.isEmpty() && !o.dataFile.isEmpty())
        return fail(RunProblem::DataConflict);
    return r;
}

Result<QemuOptions> LkcCommandLine::parseRunArguments(const QStringList &arguments) {
    QStringList args = arguments;
    if (!args.isEmpty() && args.first() == QLatin1String("run"))
        args.removeFirst();
    const RunParse r = parseRun(args);
    switch (r.problem) {
    case RunProblem::None:
        return r.options;
    case RunProblem::Help:
    case RunProblem::UnknownOption:
        return Error(QStringLiteral("unknown option -%1").arg(r.option));
    case RunProblem::NeedsValue:
        return Error(QStringLiteral("option -%1 needs a value").arg(r.option));
    case RunProblem::NeedsNumber:
        return Error(QStringLiteral("-%1 needs a number, got '%2'").arg(r.option, r.value));
    case RunProblem::BadDisk:
        return Error(r.detail);
    case RunProblem::NotOnePath:
        return Error(QStringLiteral("expected exactly one PREFIX or FILE"));
    case RunProblem::DataConflict:
        return Error(QStringLiteral("-data and -data-file are mutually exclusive"));
    }
    return Error(QStringLiteral("unhandled run argument problem"));
}

QStringList LkcCommandLine::buildArguments(const Build &b) {
    QStringList args{QStringLiteral("build")};
    if (!b.formats.isEmpty())
        args << QStringLiteral("--format") << b.formats.join(QLatin1Char(','));
    if (!b.dir.isEmpty())
        args << QStringLiteral("--dir") << b.dir;
    if (!b.name.isEmpty())
        args << QStringLiteral("--name") << b.name;
    if (!b.cache.isEmpty())
        args << QStringLiteral("--cache") << b.cache;
    return args + b.configs;
}

QStringList LkcCommandLine::testBootArguments(const TestBoot &t) {
    const TestBoot defaults;
    QStringList args{QStringLiteral("test-boot")};
    if (!t.formats.isEmpty())
        args << QStringLiteral("--format") << t.formats.join(QLatin1Char(','));
    if (!t.dir.isEmpty())
        args << QStringLiteral("--dir") << t.dir;
    if (!t.accel.isEmpty())
        args << QStringLiteral("--accel") << t.accel;
    if (t.memMiB != defaults.memMiB)
        args << QStringLiteral("--mem") << QString::number(t.memMiB);
    if (t.timeoutSeconds != defaults.timeoutSeconds)
        args << QStringLiteral("--timeout") << QString::number(t.timeoutSeconds);
    if (!t.cache.isEmpty())
        args << QStringLiteral("--cache") << t.cache;
    return args + t.configs;
}

QStringList LkcCommandLine::serveArguments(const QString &listen, const QStringList &files,
                                           bool token, const QString &device) {
    QStringList args{QStringLiteral("serve")};
    if (!listen.isEmpty())
        args << QStringLiteral("--listen") << listen;
    if (token)
        args << QStringLiteral("--token");
    if (!device.isEmpty() && device != QLatin1String("/dev/sda"))
        args << QStringLiteral("--device") << device;
    return args + files;
}

QStringList LkcCommandLine::writeArguments(const QString &image, const QString &device) {
    return {QStringLiteral("write"), image, device};
}

QString LkcCommandLine::shellQuote(const QString &word) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString LkcCommandLine::render(const QStringList &arguments, const QString &program) {
    QStringList words{shellQuote(program)};
    for (const QString &a : arguments)
        words << shellQuote(a);
    return words.join(QLatin1Char(' '));
}

} // namespace Lkc
