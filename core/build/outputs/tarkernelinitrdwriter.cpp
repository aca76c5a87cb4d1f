// SPDX-License-Identifier: Apache-2.0
#include "tarkernelinitrdwriter.h"

#include "build/archivewritefile.h"
#include "build/rootfsstream.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <archive_entry.h>

namespace Lkc {

namespace {
Status addMember(ArchiveWriteFile &tar, const QByteArray &name, QIODevice &data, qint64 size,
                 const JobControl &control) {
    archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, name.constData());
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_mtime(e, RootfsStream::kGeneratedMtime, 0);
    archive_entry_set_size(e, size);
    Status s = tar.writeHeader(e);
    archive_entry_free(e);
    if (!s)
        return s;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (control.isCanceled())
            return Error(QStringLiteral("canceled"));
        const qint64 n = data.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        if (Status w = tar.writeData(buffer.constData(), size_t(n)); !w)
            return w;
    }
    return {};
}
} // namespace

Status TarKernelInitrdWriter::write(const OutputInputs &in, const QString &stagingDir,
                                    const QString &base, const JobControl &control) {
    ArchiveWriteFile tar;
    if (Status s = tar.open(QDir(stagingDir).filePath(base + QStringLiteral("-initrd.tar"))); !s)
        return s;
    const QList<std::pair<QByteArray, QString>> files = {{"kernel", in.kernel},
                                                         {"initrd.img", in.initrd}};
    for (const auto &[name, path] : files) {
        if (path.isEmpty())
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("cannot read: %1").arg(f.errorString()), path);
        if (Status s = addMember(tar, name, f, f.size(), control); !s)
            return s;
    }
    if (!in.cmdline.isEmpty()) {
        QByteArray cmdline = in.cmdline.toUtf8();
        QBuffer buffer(&cmdline);
        buffer.open(QIODevice::ReadOnly);
        if (Status s = addMember(tar, "cmdline", buffer, cmdline.size(), control); !s)
            return s;
    }
    if (!in.ucode.isEmpty()) {
        QFile f(in.ucode);
        if (!f.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("cannot read: %1").arg(f.errorString()), in.ucode);
        if (Status s = addMember(tar, "ucode.cpio", f, f.size(), control); !s)
            return s;
    }
    return tar.commit();
}

} // namespace Lkc
