// SPDX-License-Identifier: Apache-2.0
// `lkc cache import` of hostile docker-save and OCI archives and OCI directories: no host
// file is read into the store, the store stays clean, and the message names the member.
#include "image/contentstore.h"
#include "image/digest.h"
#include "image/imageimporter.h"
#include "tarwriter.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lkc;

namespace {

using Member = Test::TarMember;

QByteArray dockerManifest(const QString &config, const QStringList &layers) {
    QJsonObject image;
    image.insert(QStringLiteral("Config"), config);
    image.insert(QStringLiteral("RepoTags"), QJsonArray{QStringLiteral("lk/hostile:1")});
    image.insert(QStringLiteral("Layers"), QJsonArray::fromStringList(layers));
    return QJsonDocument(QJsonArray{image}).toJson(QJsonDocument::Compact);
}

const QByteArray kConfig = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":"
                           "\"layers\",\"diff_ids\":[]}}";

} // namespace

class TestImportHostile : public QObject {
    Q_OBJECT
private:
    QString m_work;
    int m_counter = 0;

    // A fresh store; the import of `archive` must fail naming `member`, and leave the
    // store without names, blobs or ingest files.
    void expectRefused(const QString &archive, const QString &member) {
        const QString storeDir = m_work + QStringLiteral("/store%1").arg(++m_counter);
        auto store = ContentStore::open(storeDir);
        QVERIFY(store.ok());
        JobControl job;
        auto r = ImageImporter::importPath(archive, *store, {}, job);
        QVERIFY2(!r.ok(), "a hostile archive was imported");
        const QString message = r.error().toString();
        QVERIFY2(message.contains(member), qPrintable(message));
        // Never what a host file hashes to (the old refusal printed the SHA-256 of /etc/passwd).
        for (const char *host : {"/etc/passwd", "/etc/hostname", "/etc/hosts"}) {
            QFile f(QString::fromLatin1(host));
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!message.contains(Digest::ofData(f.readAll()).hex()), qPrintable(message));
        }
        auto names = store->entries();
        QVERIFY(names.ok());
        QVERIFY(names->isEmpty());
        QCOMPARE(QDir(storeDir + QStringLiteral("/blobs/sha256"))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
        QCOMPARE(QDir(storeDir + QStringLiteral("/ingest"))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

private slots:
    void initTestCase() { m_work = Test::scratchDir(QStringLiteral("importhostile")); }

    void dockerSaveRefused_data() {
        QTest::addColumn<QList<Member>>("members");
        QTest::addColumn<QString>("named");
        const Member config{"config.json", 'f', kConfig};
        const Member layer{"aaa/layer.tar", 'f', QByteArray(1024, '\0')};
        auto manifest = [](const QString &cfg, const QStringList &layers) {
            return Member{"manifest.json", 'f', dockerManifest(cfg, layers)};
        };
        const QString up = QStringLiteral("../../../../../../../../../../");
        QTest::newRow("Config climbs with ..")
            << QList<Member>{manifest(up + QStringLiteral("etc/passwd"), {}), layer}
            << QStringLiteral("etc/passwd");
        QTest::newRow("Layers climb with ..")
            << QList<Member>{manifest(QStringLiteral("config.json"),
                                      {up + QStringLiteral("etc/hostname")}),
                             config}
            << QStringLiteral("etc/hostname");
        QTest::newRow("Config is absolute")
            << QList<Member>{manifest(QStringLiteral("/etc/passwd"), {}), config}
            << QStringLiteral("/etc/passwd");
        QTest::newRow("Layers absolute") << QList<Member>{manifest(QStringLiteral("config.json"),
                                                                   {QStringLiteral("/etc/hosts")}),
                                                          config}
                                         << QStringLiteral("/etc/hosts");
        QTest::newRow("layer is a symlink to a host file")
            << QList<Member>{Member{"bbb/layer.tar", 'l', "/etc/passwd"},
                             manifest(QStringLiteral("config.json"),
                                      {QStringLiteral("bbb/layer.tar")}),
                             config}
            << QStringLiteral("bbb/layer.tar");
        QTest::newRow("layer is a relative symlink out")
            << QList<Member>{Member{"bbb/layer.tar", 'l', "../../../../../../../etc/passwd"},
                             manifest(QStringLiteral("config.json"),
                                      {QStringLiteral("bbb/layer.tar")}),
                             config}
            << QStringLiteral("bbb/layer.tar");
        QTest::newRow("directory symlink out")
            << QList<Member>{Member{"etc", 'l', "/etc"},
                             manifest(QStringLiteral("config.json"),
                                      {QStringLiteral("etc/passwd")}),
                             config}
            << QStringLiteral("etc");
        QTest::newRow("hard link out") << QList<Member>{Member{"bbb/layer.tar", 'h', "/etc/passwd"},
                                                        manifest(QStringLiteral("config.json"),
                                                                 {QStringLiteral("bbb/layer.tar")}),
                                                        config}
                                       << QStringLiteral("bbb/layer.tar");
        QTest::newRow("hard link climbing")
            << QList<Member>{Member{"bbb/layer.tar", 'h', "../../../etc/passwd"}, config}
            << QStringLiteral("bbb/layer.tar");
        QTest::newRow("device node") << QList<Member>{Member{"bbb/layer.tar", 'c', {}},
                                                      manifest(QStringLiteral("config.json"),
                                                               {QStringLiteral("bbb/layer.tar")}),
                                                      config}
                                     << QStringLiteral("bbb/layer.tar");
        QTest::newRow("fifo") << QList<Member>{Member{"ccc/layer.tar", 'p', {}}, config}
                              << QStringLiteral("ccc/layer.tar");
        QTest::newRow("member with absolute name")
            << QList<Member>{Member{"/tmp/lkc-hostile-abs", 'f', "x"}, config}
            << QStringLiteral("/tmp/lkc-hostile-abs");
        QTest::newRow("member climbing")
            << QList<Member>{Member{"../lkc-hostile-up", 'f', "x"}, config}
            << QStringLiteral("../lkc-hostile-up");
    }

    void dockerSaveRefused() {
        QFETCH(QList<Member>, members);
        QFETCH(QString, named);
        const QString tar = m_work + QStringLiteral("/hostile%1.tar").arg(++m_counter);
        QVERIFY(Test::writeTar(tar, members));
        expectRefused(tar, named);
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/lkc-hostile-abs")));
    }

    // An OCI archive whose config blob is a symlink to a host file (the old refusal read
    // it and printed what it hashes to).
    void ociArchiveSymlinkBlobRefused() {
        QFile passwd(QStringLiteral("/etc/passwd"));
        QVERIFY(passwd.open(QIODevice::ReadOnly));
        const Digest hostDigest = Digest::ofData("not the host file");
        const QByteArray manifest =
            "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" +
            hostDigest.toString().toLatin1() + "\",\"size\":" + QByteArray::number(passwd.size()) +
            "},\"layers\":[]}";
        const Digest md = Digest::ofData(manifest);
        const QByteArray index =
            "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"application/vnd.oci.image."
            "manifest.v1+json\",\"digest\":\"" +
            md.toString().toLatin1() + "\",\"size\":" + QByteArray::number(manifest.size()) +
            ",\"annotations\":{\"io.containerd.image.name\":\"docker.io/lk/hostile:1\"}}]}";
        const QByteArray blob = "blobs/sha256/" + hostDigest.hex().toLatin1();
        const QString tar = m_work + QStringLiteral("/oci-symlink.tar");
        QVERIFY(
            Test::writeTar(tar, {Member{"oci-layout", 'f', "{\"imageLayoutVersion\":\"1.0.0\"}"},
                                 Member{"index.json", 'f', index},
                                 Member{"blobs/sha256/" + md.hex().toLatin1(), 'f', manifest},
                                 Member{blob, 'l', "/etc/passwd"}}));
        expectRefused(tar, QString::fromLatin1(blob));

        // The same as an OCI directory: the symlinked blob is refused, not read.
        const QString dir = m_work + QStringLiteral("/oci-dir");
        QDir().mkpath(dir + QStringLiteral("/blobs/sha256"));
        auto write = [](const QString &path, const QByteArray &data) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(dir + QStringLiteral("/oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        write(dir + QStringLiteral("/index.json"), index);
        write(dir + QStringLiteral("/blobs/sha256/") + md.hex(), manifest);
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"),
                            dir + QStringLiteral("/blobs/sha256/") + hostDigest.hex()));
        expectRefused(dir, QStringLiteral("symlink"));
    }

    // A killed pull's partial file is resumed only by a download that asks for it: any
    // other writer of that blob (an import, a manifest) starts from an empty file.
    void stalePartialIsNotMixedIn() {
        const QString storeDir = m_work + QStringLiteral("/partial-store");
        auto store = ContentStore::open(storeDir);
        QVERIFY(store.ok());
        const QByteArray data = "the real blob";
        QDir().mkpath(storeDir + QStringLiteral("/ingest"));
        QFile stale(storeDir + QStringLiteral("/ingest/") + Digest::ofData(data).hex() +
                    QStringLiteral(".partial"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("left by a killed pull");
        stale.close();
        auto written = store->writeBlob(data, QStringLiteral("application/octet-stream"));
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
        QVERIFY(store->hasBlob(Digest::ofData(data), data.size()));
    }

    // Old `docker save` shares a layer between images with a relative symlink: still read.
    void dockerSaveInArchiveLinksImported() {
        const QByteArray layerBytes(2048, 'L');
        const QString tar = m_work + QStringLiteral("/benign.tar");
        QVERIFY(Test::writeTar(tar, {Member{"bbb/layer.tar", 'l', "../aaa/layer.tar"},
                                     Member{"aaa/layer.tar", 'f', layerBytes},
                                     Member{"ccc/layer.tar", 'h', "aaa/layer.tar"},
                                     Member{"config.json", 'f', kConfig},
                                     Member{"manifest.json", 'f',
                                            dockerManifest(QStringLiteral("./config.json"),
                                                           {QStringLiteral("bbb/layer.tar"),
                                                            QStringLiteral("ccc/layer.tar")})}}));
        auto store = ContentStore::open(m_work + QStringLiteral("/benign-store"));
        QVERIFY(store.ok());
        JobControl job;
        auto r = ImageImporter::importPath(tar, *store, {}, job);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(*r, QStringList{QStringLiteral("docker.io/lk/hostile:1")});
        QVERIFY(store->hasBlob(Digest::ofData(layerBytes), layerBytes.size()));
        QVERIFY(store->hasBlob(Digest::ofData(kConfig), kConfig.size()));
    }
};

QTEST_GUILESS_MAIN(TestImportHostile)
#include "tst_importhostile.moc"
