// SPDX-License-Identifier: Apache-2.0
// The CLI around the store, end to end with real tools: `lkc image create` is
// byte-reproducible, `lkc cache export` writes what skopeo reads, `lkc cache import`
// takes skopeo's docker-archive and OCI layouts, and rm / clean / verify behave.
#include "image/contentstore.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>
#include <utime.h>

using namespace Lkc;
using namespace Lkc::Test;

class TestRegistryCache : public QObject {
    Q_OBJECT
private:
    QString m_work;
    QString m_tree;

    static QByteArray firstLine(const ProcessResult &r) {
        return r.out.split('\n').first().trimmed();
    }

    ProcessResult create(const QString &cache) {
        return runLkc(
            {QStringLiteral("image"), QStringLiteral("create"), QStringLiteral("--from-dir"),
             m_tree, QStringLiteral("--ref"), QStringLiteral("lkc/kit-test:dev"),
             QStringLiteral("--entrypoint"), QStringLiteral("[\"/bin/hello\",\"--loud\"]"),
             QStringLiteral("--cmd"), QStringLiteral("a 'b c'"), QStringLiteral("--env"),
             QStringLiteral("PATH=/bin"), QStringLiteral("--workdir"), QStringLiteral("/srv"),
             QStringLiteral("--label"), QStringLiteral("org.mobyproject.config={\"pid\":\"host\"}"),
             QStringLiteral("--cache"), cache});
    }

private slots:
    void initTestCase() {
        if (!haveProgram(QStringLiteral("skopeo")))
            QFAIL("skopeo is needed (packaging/setup.sh installs it)");
        m_work = scratchDir(QStringLiteral("registrycache"));
        m_tree = m_work + QStringLiteral("/tree");
        QDir().mkpath(m_tree + QStringLiteral("/bin"));
        QFile f(m_tree + QStringLiteral("/bin/hello"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho hello\n");
        f.close();
        ::chmod(QFile::encodeName(f.fileName()).constData(), 0755);
        QFile::link(QStringLiteral("hello"), m_tree + QStringLiteral("/bin/hi"));
    }

    void createIsReproducible() {
        const ProcessResult a = create(m_work + QStringLiteral("/c1"));
        QVERIFY2(a.exitCode == 0, a.err.constData());
        // Touch the tree: times on disk must not matter.
        ::utime(QFile::encodeName(m_tree + QStringLiteral("/bin/hello")).constData(), nullptr);
        const ProcessResult b = create(m_work + QStringLiteral("/c2"));
        QVERIFY2(b.exitCode == 0, b.err.constData());
        QVERIFY(firstLine(a).startsWith("docker.io/lkc/kit-test:dev sha256:"));
        QCOMPARE(firstLine(a), firstLine(b));

        const ProcessResult inspect =
            runLkc({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--cache"),
                    m_work + QStringLiteral("/c1"), QStringLiteral("lkc/kit-test:dev")});
        QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(inspect.out).object();
        QCOMPARE(o.value(QStringLiteral("Entrypoint")).toArray(),
                 (QJsonArray{QStringLiteral("/bin/hello"), QStringLiteral("--loud")}));
        QCOMPARE(o.value(QStringLiteral("Cmd")).toArray(),
                 (QJsonArray{QStringLiteral("a"), QStringLiteral("b c")}));
        QCOMPARE(o.value(QStringLiteral("WorkingDir")).toString(), QStringLiteral("/srv"));
        QCOMPARE(o.value(QStringLiteral("Labels"))
                     .toObject()
                     .value(QStringLiteral("org.mobyproject.config"))
                     .toString(),
                 QStringLiteral("{\"pid\":\"host\"}"));
    }

    void exportReadBySkopeoAndImportBack() {
        const QString cache = m_work + QStringLiteral("/c1");
        const QString archive = m_work + QStringLiteral("/kit.tar");
        const ProcessResult e = runLkc(
            {QStringLiteral("cache"), QStringLiteral("--cache"), cache, QStringLiteral("export"),
             QStringLiteral("lkc/kit-test:dev"), QStringLiteral("-o"), archive});
        QVERIFY2(e.exitCode == 0, e.err.constData());
        const ProcessResult inspect =
            runProcess(QStringLiteral("skopeo"),
                       {QStringLiteral("inspect"), QStringLiteral("oci-archive:") + archive});
        QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
        const QByteArray digest = firstLine(create(cache)).split(' ').value(1);
        QCOMPARE(QJsonDocument::fromJson(inspect.out)
                     .object()
                     .value(QStringLiteral("Digest"))
                     .toString()
                     .toUtf8(),
                 digest);

        // skopeo -> docker-archive (docker save format) -> lkc cache import.
        const QString dockerTar = m_work + QStringLiteral("/saved.tar");
        const ProcessResult save =
            runProcess(QStringLiteral("skopeo"), {QStringLiteral("copy"), QStringLiteral("-q"),
                                                  QStringLiteral("oci-archive:") + archive,
                                                  QStringLiteral("docker-archive:") + dockerTar +
                                                      QStringLiteral(":example.org/saved/img:7")});
        QVERIFY2(save.exitCode == 0, save.err.constData());
        const QString other = m_work + QStringLiteral("/c3");
        const ProcessResult imp = runLkc({QStringLiteral("cache"), QStringLiteral("import"),
                                          dockerTar, QStringLiteral("--cache"), other});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        QCOMPARE(firstLine(imp), QByteArray("example.org/saved/img:7"));
        const ProcessResult inspect2 =
            runLkc({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--cache"),
                    other, QStringLiteral("example.org/saved/img:7")});
        QVERIFY2(inspect2.exitCode == 0, inspect2.err.constData());
        QCOMPARE(QJsonDocument::fromJson(inspect2.out)
                     .object()
                     .value(QStringLiteral("Entrypoint"))
                     .toArray()
                     .size(),
                 2);
        // The OCI archive imports under its own name too.
        const ProcessResult imp2 = runLkc({QStringLiteral("cache"), QStringLiteral("import"),
                                           archive, QStringLiteral("--cache"), other});
        QVERIFY2(imp2.exitCode == 0, imp2.err.constData());
        QCOMPARE(firstLine(imp2), QByteArray("docker.io/lkc/kit-test:dev"));
    }

    void rmCleanVerify() {
        const QString cache = m_work + QStringLiteral("/c2");
        auto store = ContentStore::open(cache);
        const int blobsBefore =
            QDir(cache + QStringLiteral("/blobs/sha256")).entryList(QDir::Files).size();
        QCOMPARE(blobsBefore, 3);
        ProcessResult v = runLkc(
            {QStringLiteral("cache"), QStringLiteral("--cache"), cache, QStringLiteral("verify")});
        QVERIFY2(v.exitCode == 0, v.out.constData());
        // Damage the layer: verify notices and --fix removes it.
        auto image =
            store->resolve(QStringLiteral("docker.io/lkc/kit-test:dev"), QStringLiteral("amd64"));
        QVERIFY(image.ok());
        QFile layer(image->layers.first().path);
        QVERIFY(layer.open(QIODevice::ReadWrite));
        layer.seek(20);
        layer.write("X");
        layer.close();
        v = runLkc({QStringLiteral("cache"), QStringLiteral("--cache"), cache,
                    QStringLiteral("verify"), QStringLiteral("--fix")});
        // The damage is reported and repaired (removed): a successful repair exits 0.
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.contains("hashes to"));
        QVERIFY(!QFile::exists(image->layers.first().path));
        const ProcessResult rm = runLkc({QStringLiteral("cache"), QStringLiteral("--cache"), cache,
                                         QStringLiteral("rm"), QStringLiteral("lkc/kit-test:dev")});
        QVERIFY2(rm.exitCode == 0, rm.err.constData());
        const ProcessResult ls = runLkc(
            {QStringLiteral("cache"), QStringLiteral("--cache"), cache, QStringLiteral("ls")});
        QVERIFY(ls.out.trimmed().isEmpty());
        const ProcessResult clean = runLkc(
            {QStringLiteral("cache"), QStringLiteral("--cache"), cache, QStringLiteral("clean")});
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QCOMPARE(QDir(cache + QStringLiteral("/blobs/sha256")).entryList(QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRegistryCache)
#include "tst_registrycache.moc"
