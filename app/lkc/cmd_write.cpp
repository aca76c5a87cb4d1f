// SPDX-License-Identifier: Apache-2.0
// `lkc write IMAGE DEVICE`: writes a raw or ISO image to a whole disk or USB
// stick with the DiskWriter's guards, then verifies it by reading it back.
// `lkc write --list` shows the disks.
#include "clitext.h"
#include "command.h"

#include "deploy/diskwriter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {

const char *kUsage = QT_TRANSLATE_NOOP(
    "lkc", "Usage: lkc write [options] IMAGE DEVICE\n"
           "       lkc write --list\n\n"
           "Writes IMAGE (raw-bios, raw-efi, iso-bios, iso-efi …) to the whole disk DEVICE,\n"
           "fsyncs, and reads the disk back to compare SHA-256. Refuses the disk the system\n"
           "runs from, mounted disks and partitions; asks again for disks above 64 GiB.\n\n"
           "Options:\n"
           "  --list              list disks (model, size, removable, mount points) and exit\n"
           "  --yes, -y           do not ask again for a large disk\n"
           "  --no-verify         skip the read-back\n"
           "  --confirm-above GiB ask again for disks larger than this (64)\n");

int listDisks(QTextStream &out, QTextStream &err) {
    Lkc::Result<QList<Lkc::BlockDevice>> disks = Lkc::BlockDevices::list();
    if (!disks) {
        err << Lkc::Cli::Text::tr("lkc write: ") << disks.error().toString() << "\n";
        return 1;
    }
    out << QStringLiteral("DEVICE").leftJustified(16) << QStringLiteral("SIZE").leftJustified(11)
        << QStringLiteral("RM").leftJustified(4) << QStringLiteral("MODEL").leftJustified(24)
        << "STATE\n";
    for (const Lkc::BlockDevice &d : *disks) {
        const QString why = Lkc::BlockDevices::refusal(d, 0);
        out << d.path.leftJustified(16) << Lkc::humanSize(d.size).leftJustified(11)
            << (d.removable ? QStringLiteral("yes") : QStringLiteral("no")).leftJustified(4)
            << (d.model.isEmpty() ? QStringLiteral("-") : d.model).leftJustified(24)
            << (why.isEmpty() ? QStringLiteral("writable") : QStringLiteral("refused: ") + why)
            << "\n";
    }
    return 0;
}

int writeCommand(const QStringList &args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    Lkc::DiskWriteOptions o;
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out << Lkc::Cli::Text::tr(kUsage);
            return 0;
        }
        if (a == QLatin1String("--list"))
            return listDisks(out, err);
        if (a == QLatin1String("--yes") || a == QLatin1String("-y")) {
            o.confirmed = true;
        } else if (a == QLatin1String("--no-verify")) {
            o.verify = false;
        } else if (a == QLatin1String("--confirm-above") && i + 1 < args.size()) {
            bool ok = false;
            const double gib = args[++i].toDouble(&ok);
            if (!ok || gib < 0) {
                err << Lkc::Cli::Text::tr("lkc write: --confirm-above needs a size in GiB\n");
                return 2;
            }
            o.confirmAboveBytes = qint64(gib * 1024 * 1024 * 1024);
        } else if (a.startsWith(QLatin1Char('-'))) {
            err << Lkc::Cli::Text::tr("lkc write: unknown option ") << a << "\n\n"
                << Lkc::Cli::Text::tr(kUsage);
            return 2;
        } else {
            positional << a;
        }
    }
    if (positional.size() != 2) {
        err << Lkc::Cli::Text::tr("lkc write: expected IMAGE and DEVICE\n\n")
            << Lkc::Cli::Text::tr(kUsage);
        return 2;
    }
    o.image = positional[0];
    o.device = positional[1];

    Lkc::DiskWriter writer(o);
    // Asked on the terminal; without one, only --yes goes on.
    writer.setConfirmation([&](const Lkc::BlockDevice &, const QString &question) {
        if (!::isatty(STDIN_FILENO)) {
            err << Lkc::Cli::Text::tr("lkc write: ") << question
                << Lkc::Cli::Text::tr("\nNo terminal to ask on: pass --yes.\n");
            return false;
        }
        err << question << Lkc::Cli::Text::tr(" Type yes to go on: ");
        err.flush();
        char line[16] = {};
        if (!std::fgets(line, sizeof line, stdin))
            return false;
        return QString::fromLatin1(line).trimmed() == QLatin1String("yes");
    });
    QElapsedTimer tick;
    tick.start();
    qint64 lastPercent = -1;
    QObject::connect(&writer, &Lkc::DiskWriter::logLine, &writer, [&](const QString &line) {
        err << line << "\n";
        err.flush();
    });
    QObject::connect(&writer, &Lkc::DiskWriter::phaseChanged, &writer,
                     [&](Lkc::DiskWriter::Phase phase) {
                         lastPercent = -1;
                         if (phase == Lkc::DiskWriter::Phase::Syncing)
                             err << "Syncing …\n";
                         else if (phase == Lkc::DiskWriter::Phase::Verifying)
                             err << Lkc::Cli::Text::tr("Verifying (reading back) …\n");
                         err.flush();
                     });
    QObject::connect(&writer, &Lkc::DiskWriter::progress, &writer, [&](qint64 done, qint64 total) {
        const qint64 pct = total > 0 ? done * 100 / total : 100;
        if (pct / 10 == lastPercent / 10 && pct != 100)
            return;
        lastPercent = pct;
        err << "  " << pct << "% (" << Lkc::humanSize(done) << ")\n";
        err.flush();
    });
    Lkc::Result<Lkc::DiskWriteResult> r = writer.run();
    if (!r) {
        err << Lkc::Cli::Text::tr("lkc write: ") << r.error().toString() << "\n";
        return 1;
    }
    out << "Wrote " << QFileInfo(o.image).fileName() << " (" << Lkc::humanSize(r->bytes) << ") to "
        << r->device.path << " in " << QString::number(r->writeSeconds, 'f', 1) << " s; "
        << (r->verified ? Lkc::Cli::Text::tr("verified, SHA-256 %1 (%2 s)")
                              .arg(r->readBackSha256)
                              .arg(r->verifySeconds, 0, 'f', 1)
                        : Lkc::Cli::Text::tr("not verified (--no-verify)"))
        << "\n";
    return 0;
}

const Lkc::Cli::RegisterCommand registerWrite{
    {QStringLiteral("write"),
     QString::fromUtf8(
         QT_TRANSLATE_NOOP("lkc", "Write an image to a disk or USB stick and verify it")),
     writeCommand}};

} // namespace
