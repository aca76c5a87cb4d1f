// SPDX-License-Identifier: Apache-2.0
// Reading real LinuxKit configs into the typed model: every corpus config reads
// cleanly, the model holds what LinuxKit would use, positions are right, and
// several files merge as in format §2.12.
#include "config/configreader.h"
#include "testenv.h"

#include <QDir>
#include <QTest>

using namespace Lkc;

namespace {

QString corpus(const QString &name) {
    return Test::sourceDir() + QStringLiteral("/tests/fixtures/corpus/") + name;
}

QString describe(const DiagnosticList &diagnostics) {
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestConfigReader : public QObject {
    Q_OBJECT
private slots:
    void corpusReadsWithoutErrors_data() {
        QTest::addColumn<QString>("path");
        for (const QString &era : {QStringLiteral("current"), QStringLiteral("2017")}) {
            const QDir dir(corpus(era));
            const QStringList names = dir.entryList({QStringLiteral("*.yml")}, QDir::Files);
            QVERIFY2(names.size() >= 10, qPrintable(dir.path()));
            for (const QString &name : names)
                QTest::newRow(qPrintable(era + QLatin1Char('/') + name)) << dir.filePath(name);
        }
    }
    void corpusReadsWithoutErrors() {
        QFETCH(QString, path);
        const ConfigReadResult r = ConfigReader::readFile(path);
        QVERIFY(r.readable);
        if (path.endsWith(QLatin1String("current/static-ip.yml"))) {
            // LinuxKit's own example is not valid YAML: a column-0 comment inside
            // a block scalar ends it (libyaml, hence yaml.v3, rejects it too).
            QCOMPARE(r.diagnostics.size(), 1);
            QCOMPARE(r.diagnostics[0].code, QStringLiteral("yaml-syntax"));
            QCOMPARE(r.diagnostics[0].pos.line, 28);
            QVERIFY(r.diagnostics[0].message.contains(QLatin1String("comment on line 27")));
            return;
        }
        QVERIFY2(!r.hasErrors(), qPrintable(describe(r.diagnostics)));
        QVERIFY(r.config.kernel.image.has_value());
        for (const Diagnostic &d : r.diagnostics)
            QVERIFY2(d.code == QLatin1String("trust-ignored") ||
                         d.code == QLatin1String("console-order"),
                     qPrintable(d.toString()));
    }

    void sshdModel() {
        const ConfigReadResult r =
            ConfigReader::readFile(corpus(QStringLiteral("current/sshd.yml")));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describe(r.diagnostics)));
        const Config &c = r.config;
        QCOMPARE(*c.kernel.image, QStringLiteral("linuxkit/kernel:6.12.59"));
        QCOMPARE(*c.kernel.cmdline,
                 QStringLiteral("console=tty0 console=ttyS0 console=ttyAMA0 console=ttysclp0"));
        QVERIFY(!c.kernel.binary.has_value());
        QVERIFY(!c.kernel.tar.has_value());
        QCOMPARE(c.init.size(), 4);
        QCOMPARE(c.init[2].value,
                 QStringLiteral("linuxkit/containerd:ba19f64efd3331a8fd0a33e00eabd14f6ee1780e"));
        QCOMPARE(c.init[2].pos.line, 7);
        QCOMPARE(c.init[2].pos.column, 5);
        QCOMPARE(c.init[2].pos.yamlPath, QStringLiteral("init[2]"));
        QCOMPARE(c.onboot.size(), 2);
        QCOMPARE(*c.onboot[1].command,
                 (QStringList{QStringLiteral("/sbin/rngd"), QStringLiteral("-1")}));
        QVERIFY(!c.onboot[0].command.has_value()); // unset, not empty: the label decides
        QCOMPARE(c.services.size(), 4);
        QStringList names;
        for (const ImageEntry &e : c.services)
            names << *e.name;
        QCOMPARE(names, (QStringList{QStringLiteral("getty"), QStringLiteral("rngd"),
                                     QStringLiteral("dhcpcd"), QStringLiteral("sshd")}));
        QCOMPARE(*c.services[3].image,
                 QStringLiteral("linuxkit/sshd:08e5d4a46603eff485d5d1b14001cc932a530858"));
        QCOMPARE(*c.services[0].env, QStringList{QStringLiteral("INSECURE=true")});
        const ImageEntry &sshd = c.services[3];
        QVERIFY(!sshd.binds.has_value());
        QCOMPARE(*sshd.bindsAdd, QStringList{QStringLiteral("/root/.ssh:/root/.ssh")});
        QCOMPARE(sshd.bindsAdd.pos.yamlPath, QStringLiteral("services[3].binds.add"));
        QCOMPARE(sshd.bindsAdd.itemPosAt(0).line, 27);
        QCOMPARE(sshd.bindsAdd.itemPosAt(0).column, 9);
        QCOMPARE(sshd.pos.yamlPath, QStringLiteral("services[3]"));
        QCOMPARE(sshd.name.pos.line, 24);
        QCOMPARE(c.files.size(), 1);
        const FileEntry &f = c.files[0];
        QCOMPARE(*f.path, QStringLiteral("root/.ssh/authorized_keys"));
        QCOMPARE(*f.source, QStringLiteral("~/.ssh/id_rsa.pub"));
        QCOMPARE(*f.mode, QStringLiteral("0600"));
        QCOMPARE(f.mode.pos.line, 31);
        QCOMPARE(f.mode.pos.column, 11);
        QCOMPARE(f.mode.pos.yamlPath, QStringLiteral("files[0].mode"));
        QCOMPARE(f.optional.value_or(false), true);
        QVERIFY(!f.contents.has_value());
        QVERIFY(!c.trust.isPresent());
    }

    void richEntryModel() {
        const QByteArray yaml = R"(services:
  - name: svc
    image: example.org/ns/svc:1.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
    capabilities: [CAP_NET_ADMIN, CAP_SYS_ADMIN]
    ambient: []
    binds: ["/var:/var:rshared,rbind"]
    tmpfs: ["/run:size=10m"]
    mounts:
      - {destination: /dev/mqueue, type: mqueue, options: [nosuid]}
    devices:
      - {path: /dev/console, type: c, major: 5, minor: 1, mode: "0666"}
    cwd: /srv
    pid: host
    readonly: false
    uid: 1000
    gid: svc
    additionalGids: [10, wheel-less, svc]
    noNewPrivileges: true
    oomScoreAdj: -800
    resources: {memory: {limit: 1048576}, cpu: {cpus: "0-1"}}
    sysctl: {net.ipv4.ip_forward: "1"}
    rlimits: ["nofile,1024,unlimited"]
    annotations: {org.example/a: b}
    runtime:
      mkdir: [/var/lib/svc]
      interfaces: [{name: eth1, add: veth, peer: veth1, createInRoot: true}]
      bindNS: {net: /run/netns/svc}
      namespace: svcns
)";
        const ConfigReadResult r = ConfigReader::readText(yaml, QStringLiteral("rich.yml"));
        // "wheel-less" names no container: the only expected finding.
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].toString(),
                 QStringLiteral("rich.yml:17:26: error: cannot find id: wheel-less (a gid name "
                                "must be root or the name of a container in this config; image "
                                "users are not looked up)"));
        const ImageEntry &e = r.config.services.at(0);
        QCOMPARE(e.capabilities->size(), 2);
        QVERIFY(e.ambient.has_value());
        QVERIFY(e.ambient->isEmpty()); // set but empty, distinct from unset
        QCOMPARE(e.binds->at(0), QStringLiteral("/var:/var:rshared,rbind"));
        QCOMPARE(e.tmpfs->at(0), QStringLiteral("/run:size=10m"));
        QCOMPARE(e.mounts->size(), 1);
        QCOMPARE(e.mounts->at(0).destination, QStringLiteral("/dev/mqueue"));
        QCOMPARE(e.mounts->at(0).type, QStringLiteral("mqueue"));
        QCOMPARE(e.mounts->at(0).options, QStringList{QStringLiteral("nosuid")});
        QCOMPARE(e.mounts->at(0).pos.yamlPath, QStringLiteral("services[0].mounts[0]"));
        const Device &d = e.devices->at(0);
        QCOMPARE(d.path, QStringLiteral("/dev/console"));
        QCOMPARE(d.major, 5);
        QCOMPARE(d.minor, 1);
        QCOMPARE(*d.mode, QStringLiteral("0666"));
        QCOMPARE(*e.cwd, QStringLiteral("/srv"));
        QCOMPARE(*e.pid, QStringLiteral("host"));
        QVERIFY(!e.net.has_value());
        QCOMPARE(e.readonly.has_value(), true);
        QCOMPARE(*e.readonly, false);
        QVERIFY(e.uid->isNumber());
        QCOMPARE(e.uid->number(), 1000);
        QVERIFY(!e.gid->isNumber());
        QCOMPARE(e.gid->name(), QStringLiteral("svc"));
        QCOMPARE(e.additionalGids->size(), 3);
        QCOMPARE(e.additionalGids->at(0).number(), 10);
        QCOMPARE(e.additionalGids->at(2).name(), QStringLiteral("svc"));
        QCOMPARE(*e.noNewPrivileges, true);
        QCOMPARE(*e.oomScoreAdj, -800);
        QCOMPARE(e.resources->value(QStringLiteral("memory"))
                     .toObject()
                     .value(QStringLiteral("limit"))
                     .toInteger(),
                 1048576);
        QCOMPARE(e.resources->value(QStringLiteral("cpu"))
                     .toObject()
                     .value(QStringLiteral("cpus"))
                     .toString(),
                 QStringLiteral("0-1"));
        QCOMPARE(e.sysctl->value(QStringLiteral("net.ipv4.ip_forward")), QStringLiteral("1"));
        QCOMPARE(e.sysctl.itemPosAt(0).yamlPath,
                 QStringLiteral("services[0].sysctl[\"net.ipv4.ip_forward\"]"));
        QCOMPARE(e.rlimits->at(0), QStringLiteral("nofile,1024,unlimited"));
        QCOMPARE(e.annotations->value(QStringLiteral("org.example/a")), QStringLiteral("b"));
        QVERIFY(e.runtime.has_value());
        QCOMPARE(*e.runtime->mkdir, QStringList{QStringLiteral("/var/lib/svc")});
        QVERIFY(!e.runtime->cgroups.has_value());
        QCOMPARE(e.runtime->interfaces->at(0).peer, QStringLiteral("veth1"));
        QCOMPARE(e.runtime->interfaces->at(0).createInRoot, true);
        QCOMPARE(*e.runtime->bindNS->net, QStringLiteral("/run/netns/svc"));
        QVERIFY(!e.runtime->bindNS->pid.has_value());
        QCOMPARE(*e.runtime->namespaceName, QStringLiteral("svcns"));
        QCOMPARE(e.runtime->namespaceName.pos.yamlPath,
                 QStringLiteral("services[0].runtime.namespace"));
        QCOMPARE(e.runtime->namespaceName.pos.line, 28);
    }

    void filesAndContentsPointerSemantics() {
        const QByteArray yaml = "files:\n"
                                "  - path: etc/empty\n"
                                "    contents: \"\"\n"
                                "  - path: etc/dir\n"
                                "    directory: true\n"
                                "    mode: \"0755\"\n"
                                "    uid: 0\n";
        const ConfigReadResult r = ConfigReader::readText(yaml, QStringLiteral("f.yml"));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describe(r.diagnostics)));
        QVERIFY(r.config.files[0].contents.has_value());
        QVERIFY(r.config.files[0].contents->isEmpty());
        QVERIFY(!r.config.files[1].contents.has_value());
        QCOMPARE(*r.config.files[1].directory, true);
        QCOMPARE(r.config.files[1].uid->number(), 0);
    }

    void twentySeventeenFormat() {
        const ConfigReadResult r = ConfigReader::readFile(corpus(QStringLiteral("2017/sshd.yml")));
        QVERIFY(!r.hasErrors());
        QVERIFY(r.config.trust.isPresent());
        QVERIFY(r.config.kernel.image->contains(QLatin1String("4.9.")));
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].code, QStringLiteral("trust-ignored"));
    }

    void mergeSeveralFiles() {
        const QByteArray base = "kernel:\n"
                                "  image: linuxkit/kernel:6.6.71\n"
                                "  cmdline: console=ttyS0\n"
                                "  tar: none\n"
                                "init: [linuxkit/init:a]\n"
                                "services:\n"
                                "  - name: getty\n"
                                "    image: linuxkit/getty:a\n";
        const QByteArray extra = "kernel:\n"
                                 "  image: linuxkit/kernel:6.12.59\n"
                                 "  cmdline: \"\"\n"
                                 "  ucode: intel-ucode.cpio\n"
                                 "init: [linuxkit/runc:b]\n"
                                 "services:\n"
                                 "  - name: sshd\n"
                                 "    image: linuxkit/sshd:b\n"
                                 "  - name: getty\n"
                                 "    image: linuxkit/getty:b\n";
        const ConfigReadResult r =
            ConfigReader::readSources({ConfigSource{QStringLiteral("a.yml"), base},
                                       ConfigSource{QStringLiteral("b.yml"), extra}});
        const Config &c = r.config;
        QCOMPARE(c.sourceFiles, (QStringList{QStringLiteral("a.yml"), QStringLiteral("b.yml")}));
        QCOMPARE(*c.kernel.image, QStringLiteral("linuxkit/kernel:6.12.59"));
        QCOMPARE(c.kernel.image.pos.file, QStringLiteral("b.yml"));
        QCOMPARE(*c.kernel.cmdline, QStringLiteral("console=ttyS0")); // "" does not override
        QCOMPARE(*c.kernel.tar, QStringLiteral("none"));              // unset does not override
        QCOMPARE(*c.kernel.ucode, QStringLiteral("intel-ucode.cpio"));
        QCOMPARE(c.init.size(), 2);
        QCOMPARE(c.init[1].pos.file, QStringLiteral("b.yml"));
        QCOMPARE(c.services.size(), 3);
        // Uniqueness is checked after the merge, across files.
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].toString(),
                 QStringLiteral(
                     "b.yml:9:11: error: duplicate service name: getty (first at a.yml:7:11)"));
    }

    void mergeCorpusSnippet() {
        // LinuxKit's own example of a second file: an arm64 override snippet.
        const ConfigReadResult r = ConfigReader::readFiles(
            {corpus(QStringLiteral("current/platform-equinixmetal.yml")),
             corpus(QStringLiteral("current/platform-equinixmetal.arm64.yml"))});
        QVERIFY2(!r.hasErrors(), qPrintable(describe(r.diagnostics)));
        QCOMPARE(*r.config.kernel.cmdline, QStringLiteral("console=ttyAMA0"));
        QVERIFY(r.config.kernel.ucode.has_value()); // "" is set: it overrides (no microcode)
        QCOMPARE(*r.config.kernel.ucode, QString());
        const ConfigReadResult first =
            ConfigReader::readFile(corpus(QStringLiteral("current/platform-equinixmetal.yml")));
        QCOMPARE(r.config.onboot.size(), first.config.onboot.size() + 1);
        QCOMPARE(r.config.init.size(), first.config.init.size());
    }

    void readFilesMergesFromDisk() {
        const QString dir = Test::scratchDir(QStringLiteral("configreader-merge"));
        QFile a(dir + QStringLiteral("/a.yml"));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("kernel:\n  image: linuxkit/kernel:6.6.71\n");
        a.close();
        QFile b(dir + QStringLiteral("/b.yml"));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("onboot:\n  - name: x\n    image: alpine\n");
        b.close();
        const ConfigReadResult r = ConfigReader::readFiles({a.fileName(), b.fileName()});
        QVERIFY(r.diagnostics.isEmpty());
        QCOMPARE(r.config.onboot.size(), 1);
        QCOMPARE(*r.config.kernel.image, QStringLiteral("linuxkit/kernel:6.6.71"));
        const ConfigReadResult missing =
            ConfigReader::readFiles({a.fileName(), dir + QStringLiteral("/nope.yml")});
        QVERIFY(!missing.readable);
        QCOMPARE(missing.diagnostics.size(), 1);
        QCOMPARE(missing.diagnostics[0].code, QStringLiteral("unreadable"));
    }

    void imageLabel() {
        // The sshd package's label, as linuxkit pkg build writes it (compact JSON).
        const QByteArray label =
            R"({"pid":"host","binds":["/etc/getty.shadow:/etc/shadow","/run:/run"],)"
            R"("capabilities":["all"],"devices":[{"path":"all","type":"a"}],"oomScoreAdj":-800})";
        const ImageEntryReadResult r = ConfigReader::readImageLabel(label, QStringLiteral("label"));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describe(r.diagnostics)));
        QCOMPARE(*r.entry.pid, QStringLiteral("host"));
        QCOMPARE(r.entry.binds->size(), 2);
        QCOMPARE(*r.entry.capabilities, QStringList{QStringLiteral("all")});
        QCOMPARE(r.entry.devices->at(0).path, QStringLiteral("all"));
        QVERIFY(!r.entry.devices->at(0).mode.has_value());
        QCOMPARE(*r.entry.oomScoreAdj, -800);
        QVERIFY(!r.entry.readonly.has_value());
        QCOMPARE(r.entry.binds.itemPosAt(1).column, 56);

        const ImageEntryReadResult bad = ConfigReader::readImageLabel(
            R"({"name":"x","readonly":"yes","capabilities":["CAP_FOO"]})", QStringLiteral("label"));
        QStringList got;
        for (const Diagnostic &d : bad.diagnostics)
            got << d.toString();
        QCOMPARE(got,
                 (QStringList{
                     QStringLiteral("label:1:24: error: readonly must be a boolean, not a string; "
                                    "write true or false"),
                     QStringLiteral("label:1:46: error: unknown capability: CAP_FOO"),
                     QStringLiteral(
                         "label:1:9: error: the org.mobyproject.config label may not set name"),
                 }));
        const ImageEntryReadResult array =
            ConfigReader::readImageLabel("[1,2]", QStringLiteral("label"));
        QCOMPARE(array.diagnostics.size(), 1);
        QVERIFY(array.hasErrors());
    }
};

QTEST_GUILESS_MAIN(TestConfigReader)
#include "tst_configreader.moc"
