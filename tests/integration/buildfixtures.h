// SPDX-License-Identifier: Apache-2.0
// Shared by the build integration tests: the conformance fixture images
// (tests/fixtures/conformance/setup-fixtures.sh) and helpers to read outputs.
#pragma once

#include "image/contentstore.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>

#include <archive.h>
#include <archive_entry.h>

#include <map>

namespace Lkc::Test {

// The fixture registry and its OCI layout; stopped in the destructor.
class ConformanceFixtures {
public:
    ~ConformanceFixtures() { stop(); }

    // Runs setup-fixtures.sh on a free loopback port. Returns an error text or "".
    QString start(const QString &scratch) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("no free port");
        m_registry = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        m_dir = scratch + QStringLiteral("/fixtures");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NO_APT"), QStringLiteral("1"));
        env.insert(QStringLiteral("SKIP_KERNEL_PKG"), QStringLiteral("1"));
        env.insert(QStringLiteral("REG"), m_registry);
        env.insert(QStringLiteral("FIXTURES_DIR"), m_dir);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"), {script()});
        m_started = true;
        if (!p.waitForFinished(300000) || p.exitCode() != 0)
            return QStringLiteral("setup-fixtures.sh failed: ") +
                   QString::fromLocal8Bit(p.readAll().right(2000));
        return {};
    }

    void stop() {
        if (!m_started)
            return;
        m_started = false;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FIXTURES_DIR"), m_dir);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"), {script(), QStringLiteral("stop")});
        p.waitForFinished(30000);
    }

    QString registry() const { return m_registry; }
    QString layout() const { return m_dir + QStringLiteral("/fixtures/oci"); }

    // Copies the fixture images into `storePath` under "<registry>/lk/…" names, plus
    // lk/svc-index:v1 as the same one-entry OCI index the script pushes.
    QString importInto(const QString &storePath) const {
        Result<ContentStore> layout = ContentStore::openLayout(this->layout());
        Result<ContentStore> store = ContentStore::open(storePath);
        if (!layout || !store)
            return QStringLiteral("cannot open stores");
        const std::map<QString, QString> names = {
            {QStringLiteral("kernel"), QStringLiteral("lk/kernel:6.1")},
            {QStringLiteral("init"), QStringLiteral("lk/init:v1")},
            {QStringLiteral("onboot"), QStringLiteral("lk/onboot:v1")},
            {QStringLiteral("svc"), QStringLiteral("lk/svc:v1")}};
        QDir blobs(this->layout() + QStringLiteral("/blobs/sha256"));
        QDir().mkpath(store->path() + QStringLiteral("/blobs/sha256"));
        for (const QString &hex : blobs.entryList(QDir::Files)) {
            const QString target = store->blobPath(Digest::fromSha256Hex(hex));
            if (!QFile::exists(target) && !QFile::copy(blobs.filePath(hex), target))
                return QStringLiteral("cannot copy blob ") + hex;
        }
        Result<QList<Descriptor>> entries = layout->entries();
        if (!entries)
            return entries.error().toString();
        Descriptor svc;
        for (const Descriptor &d : *entries) {
            const auto it = names.find(d.refName());
            if (it == names.end())
                continue;
            Descriptor named = d;
            named.annotations.clear();
            if (Status s = store->setEntry(m_registry + QLatin1Char('/') + it->second, named); !s)
                return s.error().toString();
            if (d.refName() == QLatin1String("svc"))
                svc = named;
        }
        const QByteArray index =
            QStringLiteral(
                "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\","
                "\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                "\"digest\":\"%1\",\"size\":%2,\"platform\":{\"architecture\":\"amd64\",\"os\":"
                "\"linux\"}}]}")
                .arg(svc.digest.toString())
                .arg(svc.size)
                .toUtf8();
        Result<Descriptor> written =
            store->writeBlob(index, QStringLiteral("application/vnd.oci.image.index.v1+json"));
        if (!written)
            return written.error().toString();
        if (Status s = store->setEntry(m_registry + QStringLiteral("/lk/svc-index:v1"), *written);
            !s)
            return s.error().toString();
        return {};
    }

private:
    static QString script() { return conformanceDir() + QStringLiteral("/setup-fixtures.sh"); }

    QString m_registry;
    QString m_dir;
    bool m_started = false;
};

// The golden listing format: "type mode uid:gid size path[ -> target]", sorted,
// repeated directories folded into one (the last one wins).
inline QStringList tarListing(const QString &tarPath, QStringList *rawDirectoryNames = nullptr) {
    std::map<QString, QString> lines;
    int duplicate = 0;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    if (archive_read_open_filename(a, QFile::encodeName(tarPath).constData(), 65536) !=
        ARCHIVE_OK) {
        archive_read_free(a);
        return {QStringLiteral("cannot read ") + tarPath};
    }
    archive_entry *e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        QString name = QString::fromUtf8(archive_entry_pathname(e));
        const bool dir = archive_entry_filetype(e) == AE_IFDIR;
        if (dir && rawDirectoryNames)
            rawDirectoryNames->append(name);
        while (name.endsWith(QLatin1Char('/')))
            name.chop(1);
        if (name.startsWith(QLatin1String("./")))
            name = name.mid(2);
        QChar type = QLatin1Char('f');
        QString target;
        if (archive_entry_hardlink(e)) {
            type = QLatin1Char('h');
            target = QString::fromUtf8(archive_entry_hardlink(e));
        } else if (dir) {
            type = QLatin1Char('d');
        } else if (archive_entry_filetype(e) == AE_IFLNK) {
            type = QLatin1Char('l');
            target = QString::fromUtf8(archive_entry_symlink(e));
        }
        QString line = QStringLiteral("%1 %2 %3:%4 %5 %6")
                           .arg(type)
                           .arg(archive_entry_perm(e) & 07777, 4, 8, QLatin1Char('0'))
                           .arg(archive_entry_uid(e))
                           .arg(archive_entry_gid(e))
                           .arg(archive_entry_size(e))
                           .arg(name);
        if (!target.isEmpty())
            line += QStringLiteral(" -> ") + target;
        if (dir || !lines.count(name))
            lines[name] = line;
        else
            lines[name + QStringLiteral("#%1").arg(++duplicate)] = line;
    }
    archive_read_free(a);
    QStringList out;
    for (const auto &[k, v] : lines)
        out.append(v);
    return out;
}

inline QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace Lkc::Test
