// SPDX-License-Identifier: Apache-2.0
// The window's previews against what `lkc build` writes: the effective
// config.json/runtime.json of every container and the layout tree of the
// conformance configs (the fixture images imported into a local store).
#include "build/bootflow.h"
#include "build/effectiveconfig.h"
#include "build/layoutpreview.h"
#include "buildfixtures.h"
#include "config/configreader.h"

#include <QSet>
#include <QTest>

using namespace Lkc;

class TestPreview : public QObject {
    Q_OBJECT
private:
    Test::ConformanceFixtures m_fixtures;
    QString m_scratch, m_store;

    QString configCopy(const QString &name) {
        QByteArray text =
            Test::readAll(Test::conformanceDir() + QStringLiteral("/configs/") + name +
                          QStringLiteral(".yml"));
        text.replace("127.0.0.1:5000", m_fixtures.registry().toUtf8());
        const QString path = m_scratch + QLatin1Char('/') + name + QStringLiteral(".yml");
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return path;
    }

    BuildPlan planFor(const QString &config) {
        BuildPlan plan;
        plan.config = ConfigReader::readFile(config).config;
        plan.storePath = m_store;
        plan.cacheDir = m_scratch + QStringLiteral("/preview-cache");
        return plan;
    }

    QString buildTar(const QString &name) {
        const QString out = m_scratch + QStringLiteral("/tar-") + name;
        const Test::ProcessResult r =
            Test::runLkc({QStringLiteral("build"), QStringLiteral("--cache"), m_store,
                          QStringLiteral("--format"), QStringLiteral("tar"),
                          QStringLiteral("--dir"), out, configCopy(name)},
                         120000);
        if (r.exitCode != 0)
            return {};
        return out + QLatin1Char('/') + name + QStringLiteral(".tar");
    }

    static QByteArray member(const QString &tar, const QString &path) {
        return Test::runProcess(QStringLiteral("tar"), {QStringLiteral("-xOf"), tar, path}, 30000)
            .out;
    }

private slots:
    void initTestCase() {
        for (const QString &tool :
             {QStringLiteral("docker-registry"), QStringLiteral("umoci"), QStringLiteral("skopeo")})
            QVERIFY2(Test::haveProgram(tool), qPrintable(tool + QStringLiteral(" is missing")));
        m_scratch = Test::scratchDir(QStringLiteral("preview"));
        const QString started = m_fixtures.start(m_scratch);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_store = m_scratch + QStringLiteral("/store");
        const QString imported = m_fixtures.importInto(m_store);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
    }
    void cleanupTestCase() { m_fixtures.stop(); }

    void effectiveConfigEqualsBuild_data() {
        QTest::addColumn<QString>("name");
        for (const char *n : {"rich", "dedup", "sshd"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void effectiveConfigEqualsBuild() {
        QFETCH(QString, name);
        const QString tar = buildTar(name);
        QVERIFY(!tar.isEmpty());
        Result<ContentStore> store = ContentStore::open(m_store);
        QVERIFY(store.ok());
        const QList<EffectiveContainer> all =
            EffectiveConfig::compute(planFor(configCopy(name)), *store);
        QVERIFY(!all.isEmpty());
        for (const EffectiveContainer &c : all) {
            QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
            const QString bundle = c.bundle.mid(1);
            // Byte for byte: the preview is the build's own RuntimeSpec.
            QCOMPARE(c.configJson, member(tar, bundle + QStringLiteral("/config.json")));
            QCOMPARE(c.runtimeJson, member(tar, bundle + QStringLiteral("/runtime.json")));
            // The annotated lines are the same text.
            QStringList text;
            for (const EffectiveLine &l : c.configLines)
                text.append(l.text);
            QCOMPARE(text.join(QLatin1Char('\n')).toUtf8(), c.configJson);
        }
    }

    void provenanceNamesTheSource() {
        Result<ContentStore> store = ContentStore::open(m_store);
        QVERIFY(store.ok());
        const BuildPlan plan = planFor(configCopy(QStringLiteral("rich")));
        Result<EffectiveContainer> web =
            EffectiveConfig::computeOne(plan, *store, QStringLiteral("services[0]"));
        QVERIFY(web.ok());
        QHash<QString, EffectiveLine> byPath;
        for (const EffectiveLine &l : web->configLines)
            byPath.insert(l.jsonPath, l);
        QCOMPARE(byPath.value(QStringLiteral("hostname")).source, ValueSource::Yaml);
        QCOMPARE(byPath.value(QStringLiteral("hostname")).yamlPath,
                 QStringLiteral("services[0].hostname"));
        QCOMPARE(byPath.value(QStringLiteral("process.cwd")).source, ValueSource::Yaml);
        QCOMPARE(byPath.value(QStringLiteral("process.oomScoreAdj")).yamlPath,
                 QStringLiteral("services[0].oomScoreAdj"));
        QCOMPARE(byPath.value(QStringLiteral("ociVersion")).source, ValueSource::Default);
        bool sawAddedCap = false;
        for (const EffectiveLine &l : web->configLines)
            if (l.text.contains(QLatin1String("CAP_SYS_TIME")) &&
                l.jsonPath.startsWith(QLatin1String("process.capabilities.bounding")))
                sawAddedCap = l.source == ValueSource::Yaml &&
                              l.yamlPath == QLatin1String("services[0].capabilities.add");
        QVERIFY(sawAddedCap);

        // An image that is not in the store is said plainly, not guessed.
        BuildPlan missing = plan;
        missing.config.services[0].image = QStringLiteral("example.invalid/none:1");
        Result<EffectiveContainer> gone =
            EffectiveConfig::computeOne(missing, *store, QStringLiteral("services[0]"));
        QVERIFY(gone.ok());
        QVERIFY(!gone->imageFound);
        QVERIFY(gone->problem.contains(QLatin1String("not in the local image store")));
    }

    void layoutListsTheTar_data() { effectiveConfigEqualsBuild_data(); }
    void layoutListsTheTar() {
        QFETCH(QString, name);
        const QString tar = m_scratch + QStringLiteral("/tar-") + name + QLatin1Char('/') + name +
                            QStringLiteral(".tar");
        QVERIFY(QFileInfo::exists(tar) || !buildTar(name).isEmpty());
        Result<RootfsLayout> layout =
            LayoutPreview::compute(planFor(configCopy(name)), {}, JobControl());
        QVERIFY2(layout.ok(), layout ? "" : qPrintable(layout.error().toString()));

        QSet<QString> fromTar;
        qint64 tarData = 0;
        for (const QString &line : Test::tarListing(tar)) {
            const QStringList f = line.split(QLatin1Char(' '));
            fromTar.insert(f[4]);
            if (f[0] == QLatin1String("f"))
                tarData += f[3].toLongLong();
        }
        QSet<QString> fromLayout;
        for (qsizetype i = 1; i < layout->nodes.size(); ++i)
            fromLayout.insert(layout->nodes[i].path);
        QCOMPARE(fromLayout, fromTar);
        QCOMPARE(layout->nodes[0].total, tarData);

        // Every node knows the entry that put it there.
        const int kernel = layout->indexOf(QStringLiteral("boot/kernel"));
        QVERIFY(kernel > 0);
        QCOMPARE(layout->nodes[kernel].yamlPath, QStringLiteral("kernel"));
        QVERIFY(layout->kernelBytes > 1000000);
        QVERIFY(layout->initrdBytes > 0);
        QVERIFY(layout->isoEstimate() > layout->kernelBytes + layout->initrdBytes);
        const int services = layout->indexOf(QStringLiteral("containers/services"));
        if (services > 0)
            QCOMPARE(layout->nodes[services].yamlPath, QStringLiteral("services"));
        qInfo("%s: %lld nodes, rootfs %lld bytes, initrd %lld bytes, iso estimate %lld bytes",
              qPrintable(name), qlonglong(layout->nodes.size()), qlonglong(layout->rootfsBytes),
              qlonglong(layout->initrdBytes), qlonglong(layout->isoEstimate()));
    }

    void bootFlowInOrder() {
        Result<ContentStore> store = ContentStore::open(m_store);
        QVERIFY(store.ok());
        const BuildPlan plan = planFor(configCopy(QStringLiteral("rich")));
        const QList<BootStep> steps =
            BootFlow::describe(plan.config, EffectiveConfig::compute(plan, *store));
        QStringList order;
        for (const BootStep &s : steps)
            order.append(s.yamlPath);
        QCOMPARE(order.first(), QStringLiteral("kernel"));
        QCOMPARE(order.mid(1, 3),
                 (QStringList{QStringLiteral("init[0]"), QStringLiteral("onboot[0]"),
                              QStringLiteral("onboot[1]")}));
        QCOMPARE(order.last(), QStringLiteral("onshutdown[0]"));
        QVERIFY(steps[3].detail.contains(QLatin1String("runs /bin/busybox echo format")));
    }
};

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
