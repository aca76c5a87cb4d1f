// SPDX-License-Identifier: Apache-2.0
#include "imagetools.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUuid>

#include <utime.h>
#include <zlib.h>

namespace Lkc {

Status ImageTools::run(const QString &program, const QStringList &args, const JobControl &control,
                       int timeoutMs, QByteArray *output) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QString::number(sourceDateEpoch()));
    env.insert(QStringLiteral("MTOOLS_SKIP_CHECK"), QStringLiteral("1"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return Error(QStringLiteral("cannot start: ") + p.errorString(), program);
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (!p.waitForFinished(100)) {
        out += p.readAll();
        if (control.isCanceled() || timer.elapsed() > timeoutMs) {
            p.kill();
            p.waitForFinished(5000);
            return Error(control.isCanceled() ? QStringLiteral("canceled")
                                              : QStringLiteral("timed out"),
                         program);
        }
    }
    out += p.readAll();
    if (output)
        *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(QStringLiteral("%1 %2 failed (exit %3): %4")
                         .arg(QFileInfo(program).fileName(), args.join(QLatin1Char(' ')))
                         .arg(p.exitCode())
                         .arg(QString::fromLocal8Bit(out).trimmed().right(600)),
                     program);
    return {};
}

Status ImageTools::runTool(const QString &name, const QString &debianPackage,
                           const QStringList &args, const JobControl &control, int timeoutMs) {
    Result<QString> program = ToolLocator::program(name, debianPackage);
    if (!program)
        return program.error();
    return run(*program, args, control, timeoutMs);
}

static void hashFile(QCryptographicHash &h, const QString &path) {
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return;
    h.addData(&f);
}

QByteArray ImageTools::contentId(const OutputInputs &in) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    hashFile(h, in.kernel);
    hashFile(h, in.ucode);
    hashFile(h, in.initrd);
    h.addData(in.cmdline.toUtf8());
    return h.result();
}

qint64 ImageTools::sourceDateEpoch() {
    bool ok = false;
    const qint64 v = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok && v >= 315532800 ? v : 946684800;
}

void ImageTools::stampFile(const QString &path) {
    utimbuf t{};
    t.actime = time_t(sourceDateEpoch());
    t.modtime = t.actime;
    ::utime(QFile::encodeName(path).constData(), &t);
}

Result<QString> ImageTools::bootInitrd(const OutputInputs &in, const JobControl &control) {
    if (in.initrd.isEmpty())
        return Error(QStringLiteral("this format boots kernel + initrd, but no initrd was built"));
    if (in.ucode.isEmpty())
        return in.initrd;
    const QString target = QDir(in.scratchDir).filePath(QStringLiteral("boot-initrd.img"));
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(out.errorString(), target);
    for (const QString &part : {in.ucode, in.initrd}) {
        QFile f(part);
        if (!f.open(QIODevice::ReadOnly))
            return Error(f.errorString(), part);
        while (!f.atEnd()) {
            if (control.isCanceled())
                return Error(QStringLiteral("canceled"));
            if (out.write(f.read(1 << 20)) < 0)
                return Error(out.errorString(), target);
        }
    }
    return target;
}

Status ImageTools::makeFat(const QString &image, qint64 offsetSectors, qint64 sizeKiB,
                           const QString &label, quint32 serial, const JobControl &control) {
    return runTool(QStringLiteral("mkfs.fat"), QStringLiteral("dosfstools"),
                   {QStringLiteral("--invariant"), QStringLiteral("--offset=%1").arg(offsetSectors),
                    QStringLiteral("-n"), label, QStringLiteral("-i"),
                    QStringLiteral("%1").arg(serial, 8, 16, QLatin1Char('0')), image,
                    QString::number(sizeKiB)},
                   control);
}

Status ImageTools::fatCopy(const QString &image, qint64 offsetSectors, const QString &source,
                           const QString &target, const JobControl &control) {
    const QString drive = QStringLiteral("%1@@%2").arg(image).arg(offsetSectors * 512);
    // Create the parent directories one by one (mmd has no -p).
    const QStringList parts = target.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString dir;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        dir += QLatin1Char('/') + parts[i];
        QByteArray ignored;
        Result<QString> mmd = ToolLocator::program(QStringLiteral("mmd"), QStringLiteral("mtools"));
        if (!mmd)
            return mmd.error();
        // An existing directory is an error for mmd: ignore it.
        (void)run(*mmd,
                  {QStringLiteral("-D"), QStringLiteral("s"), QStringLiteral("-i"), drive,
                   QStringLiteral("::") + dir},
                  control, 60000, &ignored);
    }
    stampFile(source);
    return runTool(QStringLiteral("mcopy"), QStringLiteral("mtools"),
                   {QStringLiteral("-m"), QStringLiteral("-o"), QStringLiteral("-i"), drive, source,
                    QStringLiteral("::/") + parts.join(QLatin1Char('/'))},
                   control);
}

Result<quint8> ImageTools::fatPartitionType(const QString &image, qint64 offsetSectors) {
    QFile f(image);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offsetSectors * 512))
        return Error(f.errorString(), image);
    const QByteArray bs = f.read(512);
    if (bs.mid(82, 5) == "FAT32")
        return quint8(0x0c);
    if (bs.mid(54, 5) == "FAT16")
        return quint8(0x0e);
    if (bs.mid(54, 5) == "FAT12")
        return quint8(0x01);
    return Error(QStringLiteral("no FAT boot sector where one was just made"), image);
}

static void putLe32(QByteArray &b, int at, quint32 v) {
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

static void putLe64(QByteArray &b, int at, quint64 v) {
    for (int i = 0; i < 8; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

static void putPartition(QByteArray &mbr, int index, quint8 status, quint8 type, quint32 start,
                         quint32 sectors) {
    const int at = 446 + 16 * index;
    mbr[at] = char(status);
    // CHS fields: "use LBA" values, which every BIOS and kernel accepts.
    mbr[at + 1] = char(0xfe);
    mbr[at + 2] = char(0xff);
    mbr[at + 3] = char(0xff);
    mbr[at + 4] = char(type);
    mbr[at + 5] = char(0xfe);
    mbr[at + 6] = char(0xff);
    mbr[at + 7] = char(0xff);
    putLe32(mbr, at + 8, start);
    putLe32(mbr, at + 12, sectors);
}

static Status writeAt(const QString &image, qint64 offset, const QByteArray &data) {
    QFile f(image);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset) || f.write(data) != data.size())
        return Error(QStringLiteral("cannot write the partition table: ") + f.errorString(), image);
    return {};
}

Status ImageTools::writeMbr(const QString &image, const QByteArray &bootCode, quint32 signature,
                            quint32 startLba, quint32 sectors, quint8 type, bool active) {
    QByteArray mbr(512, 0);
    mbr.replace(0, qMin<qsizetype>(440, bootCode.size()), bootCode.left(440));
    putLe32(mbr, 440, signature);
    putPartition(mbr, 0, active ? 0x80 : 0x00, type, startLba, sectors);
    mbr[510] = char(0x55);
    mbr[511] = char(0xaa);
    return writeAt(image, 0, mbr);
}

// GUIDs are stored mixed-endian on disk: the first three fields little-endian.
static QByteArray guidOnDisk(const QByteArray &rfc) {
    QByteArray g = rfc;
    std::reverse(g.begin(), g.begin() + 4);
    std::reverse(g.begin() + 4, g.begin() + 6);
    std::reverse(g.begin() + 6, g.begin() + 8);
    return g;
}

QByteArray ImageTools::guidFrom(const QByteArray &seed, const QByteArray &salt) {
    QByteArray g = QCryptographicHash::hash(seed + salt, QCryptographicHash::Sha256).left(16);
    g[6] = char((uchar(g[6]) & 0x0f) | 0x40);
    g[8] = char((uchar(g[8]) & 0x3f) | 0x80);
    return g;
}

Status ImageTools::writeGpt(const QString &image, qint64 totalSectors, qint64 firstLba,
                            qint64 lastLba, const QByteArray &diskGuid, const QByteArray &partGuid,
                            const QString &typeGuid, const QString &name, quint64 attributes) {
    // Protective MBR: one 0xEE partition over the whole disk.
    QByteArray mbr(512, 0);
    putPartition(mbr, 0, 0x00, 0xee, 1, quint32(qMin<qint64>(totalSectors - 1, 0xffffffff)));
    mbr[510] = char(0x55);
    mbr[511] = char(0xaa);
    if (Status s = writeAt(image, 0, mbr); !s)
        return s;

    const int entries = 128;
    QByteArray table(entries * 128, 0);
    const QByteArray type = QUuid::fromString(typeGuid).toRfc4122();
    table.replace(0, 16, guidOnDisk(type));
    table.replace(16, 16, guidOnDisk(partGuid));
    putLe64(table, 32, quint64(firstLba));
    putLe64(table, 40, quint64(lastLba));
    putLe64(table, 48, attributes);
    for (int i = 0; i < name.size() && i < 36; ++i) {
        table[56 + 2 * i] = char(name.at(i).unicode() & 0xff);
        table[57 + 2 * i] = char(name.at(i).unicode() >> 8);
    }
    const quint32 tableCrc =
        quint32(crc32(0, reinterpret_cast<const Bytef *>(table.constData()), uInt(table.size())));
    const qint64 tableSectors = entries * 128 / 512;

    auto header = [&](qint64 myLba, qint64 altLba, qint64 entriesLba) {
        QByteArray h(512, 0);
        h.replace(0, 8, QByteArray("EFI PART"));
        putLe32(h, 8, 0x00010000);
        putLe32(h, 12, 92);
        putLe64(h, 24, quint64(myLba));
        putLe64(h, 32, quint64(altLba));
        putLe64(h, 40, quint64(2 + tableSectors));
        putLe64(h, 48, quint64(totalSectors - 2 - tableSectors));
        h.replace(56, 16, guidOnDisk(diskGuid));
        putLe64(h, 72, quint64(entriesLba));
        putLe32(h, 80, entries);
        putLe32(h, 84, 128);
        putLe32(h, 88, tableCrc);
        putLe32(h, 16, quint32(crc32(0, reinterpret_cast<const Bytef *>(h.constData()), 92)));
        return h;
    };
    const qint64 lastSector = totalSectors - 1;
    if (Status s = writeAt(image, 512, header(1, lastSector, 2)); !s)
        return s;
    if (Status s = writeAt(image, 2 * 512, table); !s)
        return s;
    if (Status s = writeAt(image, (lastSector - tableSectors) * 512, table); !s)
        return s;
    return writeAt(image, lastSector * 512, header(lastSector, 1, lastSector - tableSectors));
}

QString ImageTools::grubConfig(const QString &cmdline, const QString &kernelPath,
                               const QString &initrdPath) {
    // Run as GRUB's embedded early config: plain commands, no menu (there is
    // no grub.cfg to show one from). Serial and VGA both show GRUB; the
    // kernel's consoles come from the cmdline. search finds the device that
    // holds our kernel.
    return QStringLiteral("serial --unit=0 --speed=115200\n"
                          "terminal_input console serial\n"
                          "terminal_output console serial\n"
                          "set gfxpayload=text\n"
                          "search --no-floppy --file --set=root %1\n"
                          "echo 'Loading LinuxKit kernel and initrd'\n"
                          "linux %1 %3\n"
                          "initrd %2\n"
                          "boot\n")
        .arg(kernelPath, initrdPath, cmdline);
}

Result<QString> ImageTools::makeGrubEfi(const QString &scratchDir, const QString &grubCfg,
                                        const JobControl &control) {
    const QString cfg = QDir(scratchDir).filePath(QStringLiteral("grub-embedded.cfg"));
    QFile f(cfg);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(grubCfg.toUtf8()) < 0)
        return Error(f.errorString(), cfg);
    f.close();
    const QString efi = QDir(scratchDir).filePath(QStringLiteral("BOOTX64.EFI"));
    if (!QFileInfo::exists(QStringLiteral("/usr/lib/grub/x86_64-efi/linux.mod")))
        return Error(QStringLiteral("GRUB's x86_64-efi modules are missing: install the Debian "
                                    "package grub-efi-amd64-bin"),
                     QStringLiteral("/usr/lib/grub/x86_64-efi"));
    // grub-mkimage with the config embedded: byte-reproducible (the memdisk
    // grub-mkstandalone adds carries the current time) and half the size.
    QStringList args = {
        QStringLiteral("-O"), QStringLiteral("x86_64-efi"), QStringLiteral("-c"), cfg,
        QStringLiteral("-p"), QStringLiteral("/EFI/BOOT"),  QStringLiteral("-o"), efi};
    args << QStringLiteral("part_gpt part_msdos fat iso9660 search search_fs_file linux normal "
                           "gzio serial terminal echo test all_video efi_gop boot")
                .split(QLatin1Char(' '));
    Status s =
        runTool(QStringLiteral("grub-mkimage"), QStringLiteral("grub-common"), args, control);
    if (!s)
        return s.error();
    return efi;
}

} // namespace Lkc
