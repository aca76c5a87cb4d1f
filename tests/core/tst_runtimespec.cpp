// SPDX-License-Identifier: Apache-2.0
// config.json / runtime.json against the real linuxkit's output for the
// conformance configs (format §3), and the encoding and merge rules one by one.
#include "build/gojsonvalue.h"
#include "build/rootfsassembler.h"
#include "build/runtimespec.h"
#include "config/configreader.h"
#include "testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lkc;

namespace {

// The fixture images of conformance/setup-fixtures.sh, as their configs say.
ImageConfig fixtureImage(const QString &ref) {
    ImageConfig c;
    if (ref.contains(QLatin1String("/lk/svc"))) {
        c.entrypoint = {QStringLiteral("/bin/busybox")};
        c.cmd = {QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("while true; do sleep 3600; done")};
        c.env = {QStringLiteral("FIXTURE=svc")};
        c.workingDir = QStringLiteral("/");
        c.labels.insert(QStringLiteral("org.mobyproject.config"),
                        QStringLiteral("{\"capabilities\":[\"CAP_NET_ADMIN\"],\"binds\":[\"/etc/"
                                       "resolv.conf:/etc/resolv.conf\"]}"));
    } else {
        c.cmd = {QStringLiteral("/bin/busybox"), QStringLiteral("echo"),
                 QStringLiteral("onboot ran")};
    }
    return c;
}

QJsonObject withoutVersion(const QByteArray &json) {
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.remove(QStringLiteral("ociVersion"));
    return o;
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

RuntimeSpec::Inputs inputsFor(const ImageEntry &entry, const ImageEntry *label) {
    RuntimeSpec::Inputs in;
    in.yaml = &entry;
    in.label = label;
    return in;
}

} // namespace

class TestRuntimeSpec : public QObject {
    Q_OBJECT
private slots:
    void matchesLinuxKitGoldens_data() {
        QTest::addColumn<QString>("config");
        QTest::newRow("rich") << QStringLiteral("rich");
        QTest::newRow("dedup") << QStringLiteral("dedup");
        QTest::newRow("sshd") << QStringLiteral("sshd");
    }
    void matchesLinuxKitGoldens() {
        QFETCH(QString, config);
        const QString conformance = Test::conformanceDir();
        const ConfigReadResult read = ConfigReader::readFile(
            conformance + QStringLiteral("/configs/") + config + QStringLiteral(".yml"));
        QVERIFY(!read.hasErrors());
        const QHash<QString, qint64> ids = RootfsAssembler::allocateIds(read.config);
        QHash<QString, QString> firstCopy;
        int compared = 0;
        for (ImageSection section :
             {ImageSection::Onboot, ImageSection::Onshutdown, ImageSection::Services}) {
            const QList<ImageEntry> &entries = read.config.images(section);
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const ImageEntry &e = entries[i];
                const QString key = Config::sectionKey(section);
                const QString dir =
                    section == ImageSection::Services
                        ? *e.name
                        : QStringLiteral("%1-%2").arg(i, 3, 10, QLatin1Char('0')).arg(*e.name);
                const QString bundle = QStringLiteral("/containers/%1/%2").arg(key, dir);
                RuntimeSpec::Inputs in;
                in.yaml = &e;
                in.image = fixtureImage(*e.image);
                in.ids = ids;
                Result<std::optional<ImageEntry>> label =
                    RootfsAssembler::parseLabel(in.image, *e.image);
                QVERIFY(label.ok());
                in.label = label->has_value() ? &**label : nullptr;
                Result<RuntimeSpec> spec = RuntimeSpec::create(in);
                QVERIFY2(spec.ok(), qPrintable(spec ? QString() : spec.error().toString()));
                const QString own = bundle + (spec->readonly() ? QStringLiteral("/rootfs")
                                                               : QStringLiteral("/lower"));
                const QString lower = firstCopy.value(*e.image, own);
                firstCopy.insert(*e.image, lower);

                const QString golden = conformance + QStringLiteral("/golden/") + config +
                                       QStringLiteral("/files") + bundle;
                const QByteArray goldenConfig = readFile(golden + QStringLiteral("/config.json"));
                const QByteArray goldenRuntime = readFile(golden + QStringLiteral("/runtime.json"));
                QVERIFY(!goldenConfig.isEmpty());
                QCOMPARE(withoutVersion(spec->configJson()), withoutVersion(goldenConfig));
                QCOMPARE(QJsonDocument::fromJson(spec->runtimeJson(bundle, lower)),
                         QJsonDocument::fromJson(goldenRuntime));
                // Same encoding too: Go's indent, field order, no trailing newline.
                QCOMPARE(spec->runtimeJson(bundle, lower), goldenRuntime);
                QByteArray ours = spec->configJson();
                ours.replace(RuntimeSpec::ociVersion().toUtf8(),
                             QJsonDocument::fromJson(goldenConfig)[QStringLiteral("ociVersion")]
                                 .toString()
                                 .toUtf8());
                QCOMPARE(ours, goldenConfig);
                ++compared;
            }
        }
        QVERIFY(compared >= 3);
    }

    void defaultsForAPlainImage() {
        ImageEntry e;
        e.name = QStringLiteral("x");
        e.image = QStringLiteral("alpine");
        RuntimeSpec::Inputs in = inputsFor(e, nullptr);
        in.image.cmd = {QStringLiteral("/bin/sh")};
        in.image.env = {QStringLiteral("PATH=/usr/bin")};
        Result<RuntimeSpec> spec = RuntimeSpec::create(in);
        QVERIFY(spec.ok());
        const QByteArray json = spec->configJson();
        QVERIFY(json.contains("\"capabilities\": {}"));
        QVERIFY(!json.endsWith('\n'));
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o[QStringLiteral("linux")][QStringLiteral("namespaces")].toArray().size(), 2);
        QCOMPARE(o[QStringLiteral("process")][QStringLiteral("cwd")].toString(),
                 QStringLiteral("/"));
        QCOMPARE(o[QStringLiteral("mounts")].toArray().size(), 5);
    }

    void goEncoding() {
        QCOMPARE(GoJsonValue::quote(QStringLiteral("a && b <x>")),
                 QByteArray("\"a \\u0026\\u0026 b \\u003cx\\u003e\""));
        QCOMPARE(GoJsonValue::quote(QStringLiteral("tab\there\x01")),
                 QByteArray("\"tab\\there\\u0001\""));
        QCOMPARE(GoJsonValue::quote(QString::fromUtf8("caf\xc3\xa9")),
                 QByteArray("\"caf\xc3\xa9\""));
        GoJsonValue v = GoJsonValue::object()
                            .set(QStringLiteral("b"), 1)
                            .set(QStringLiteral("a"), GoJsonValue::array());
        QCOMPARE(v.toIndentedJson(), QByteArray("{\n    \"b\": 1,\n    \"a\": []\n}"));
    }

    void capabilitiesRlimitsDevicesNamespaces() {
        ImageEntry e;
        e.name = QStringLiteral("x");
        e.image = QStringLiteral("alpine");
        e.capabilities = QStringList{QStringLiteral("ALL")};
        e.rlimits = QStringList{QStringLiteral("RLIMIT_CORE,unlimited,unlimited")};
        Device d;
        d.path = QStringLiteral("/dev/ttyS0");
        d.type = QStringLiteral("c");
        d.major = 4;
        d.minor = 64;
        d.mode = QStringLiteral("0666");
        Device all;
        all.path = QStringLiteral("all");
        all.type = QStringLiteral("b");
        e.devices = QList<Device>{d, all};
        e.net = QStringLiteral("/run/netns/x");
        e.uts = QStringLiteral("new");
        e.pid = QStringLiteral("host");
        e.uid = IntOrName(QStringLiteral("other"));
        RuntimeSpec::Inputs in = inputsFor(e, nullptr);
        in.ids.insert(QStringLiteral("other"), 104);
        Result<RuntimeSpec> spec = RuntimeSpec::create(in);
        QVERIFY2(spec.ok(), qPrintable(spec ? QString() : spec.error().toString()));
        const QJsonObject o = QJsonDocument::fromJson(spec->configJson()).object();
        const QJsonObject caps =
            o[QStringLiteral("process")][QStringLiteral("capabilities")].toObject();
        QCOMPARE(caps[QStringLiteral("effective")].toArray().size(), 41);
        QCOMPARE(caps[QStringLiteral("effective")].toArray().first().toString(),
                 QStringLiteral("CAP_CHOWN"));
        QCOMPARE(caps[QStringLiteral("bounding")].toArray().first().toString(),
                 QStringLiteral("CAP_AUDIT_CONTROL"));
        QVERIFY(spec->configJson().contains("\"hard\": 18446744073709551615"));
        QCOMPARE(
            o[QStringLiteral("process")][QStringLiteral("user")][QStringLiteral("uid")].toInt(),
            104);
        const QJsonObject linux = o[QStringLiteral("linux")].toObject();
        QCOMPARE(linux[QStringLiteral("devices")].toArray().size(), 1);
        QCOMPARE(linux[QStringLiteral("devices")][0][QStringLiteral("fileMode")].toInt(), 438);
        QCOMPARE(linux[QStringLiteral("resources")][QStringLiteral("devices")].toArray().size(), 2);
        const QJsonArray ns = linux[QStringLiteral("namespaces")].toArray();
        QCOMPARE(ns.size(), 3);
        QCOMPARE(ns[0][QStringLiteral("type")].toString(), QStringLiteral("network"));
        QCOMPARE(ns[0][QStringLiteral("path")].toString(), QStringLiteral("/run/netns/x"));
        QCOMPARE(ns[1][QStringLiteral("type")].toString(), QStringLiteral("uts"));
        QCOMPARE(ns[2][QStringLiteral("type")].toString(), QStringLiteral("mount"));
    }

    void errorsNameTheProblem() {
        ImageEntry e;
        e.name = QStringLiteral("x");
        e.image = QStringLiteral("alpine");
        e.pos.yamlPath = QStringLiteral("services[0]");
        e.capabilities = QStringList{QStringLiteral("CAP_NOPE")};
        Result<RuntimeSpec> spec = RuntimeSpec::create(inputsFor(e, nullptr));
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().message, QStringLiteral("unknown capability: CAP_NOPE"));
        QCOMPARE(spec.error().location, QStringLiteral("services[0]"));
        e.capabilities.reset();
        e.tmpfs = QStringList{QStringLiteral("/a:b:c")};
        QVERIFY(RuntimeSpec::create(inputsFor(e, nullptr))
                    .error()
                    .message.contains(QLatin1String("too many ':'")));
        e.tmpfs.reset();
        e.gid = IntOrName(QStringLiteral("nobody"));
        QCOMPARE(RuntimeSpec::create(inputsFor(e, nullptr)).error().message,
                 QStringLiteral("cannot find id: nobody"));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeSpec)
#include "tst_runtimespec.moc"
