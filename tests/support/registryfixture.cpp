// SPDX-License-Identifier: Apache-2.0
#include "registryfixture.h"

#include "testenv.h"

#include "image/contentstore.h"
#include "image/imagebuilder.h"
#include "image/mediatypes.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace Lkc::Test {

RegistryFixture::RegistryFixture(Mode mode)
    : m_mode(mode) {}

RegistryFixture::~RegistryFixture() {
    stop();
}

bool RegistryFixture::toolsAvailable(Mode mode) {
    bool ok =
        haveProgram(QStringLiteral("docker-registry")) && haveProgram(QStringLiteral("skopeo"));
    if (mode != Mode::Plain)
        ok = ok && haveProgram(QStringLiteral("openssl"));
    if (mode == Mode::TlsAuth)
        ok = ok && haveProgram(QStringLiteral("htpasswd"));
    return ok;
}

quint16 RegistryFixture::freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString RegistryFixture::host() const {
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

bool RegistryFixture::start(QString *error) {
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temp dir");
        return false;
    }
    const QString dir = m_dir.path();
    QDir().mkpath(storageDir());
    QString tlsSection;
    QString authSection;
    if (m_mode != Mode::Plain) {
        m_caFile = dir + QStringLiteral("/ca.crt");
        const QString key = dir + QStringLiteral("/server.key");
        const ProcessResult r = runProcess(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
             QStringLiteral("-keyout"), key, QStringLiteral("-out"), m_caFile});
        if (r.exitCode != 0) {
            *error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(r.err);
            return false;
        }
        tlsSection =
            QStringLiteral("  tls:\n    certificate: %1\n    key: %2\n").arg(m_caFile, key);
    }
    if (m_mode == Mode::TlsAuth) {
        const QString htpasswd = dir + QStringLiteral("/htpasswd");
        const ProcessResult r = runProcess(QStringLiteral("htpasswd"),
                                           {QStringLiteral("-Bbn"), username(), password()});
        if (r.exitCode != 0) {
            *error = QStringLiteral("htpasswd failed: ") + QString::fromLocal8Bit(r.err);
            return false;
        }
        QFile f(htpasswd);
        f.open(QIODevice::WriteOnly);
        f.write(r.out);
        f.close();
        authSection =
            QStringLiteral("auth:\n  htpasswd:\n    realm: lkc-test\n    path: %1\n").arg(htpasswd);
        m_dockerConfigDir = dir + QStringLiteral("/docker");
        QDir().mkpath(m_dockerConfigDir);
        QJsonObject login;
        login.insert(
            QStringLiteral("auth"),
            QString::fromLatin1((username() + QLatin1Char(':') + password()).toUtf8().toBase64()));
        QJsonObject auths;
        m_port = m_port ? m_port : freePort();
        auths.insert(host(), login);
        QJsonObject config;
        config.insert(QStringLiteral("auths"), auths);
        QFile c(m_dockerConfigDir + QStringLiteral("/config.json"));
        c.open(QIODevice::WriteOnly);
        c.write(QJsonDocument(config).toJson());
    }
    if (!m_port)
        m_port = freePort();
    const QString configFile = dir + QStringLiteral("/config.yml");
    QFile cfg(configFile);
    cfg.open(QIODevice::WriteOnly);
    cfg.write(QStringLiteral("version: 0.1\n"
                             "log:\n  level: error\n  accesslog:\n    disabled: true\n"
                             "storage:\n  filesystem:\n    rootdirectory: %1\n"
                             "  delete:\n    enabled: true\n"
                             "%2"
                             "http:\n  addr: 127.0.0.1:%3\n%4")
                  .arg(storageDir(), authSection)
                  .arg(m_port)
                  .arg(tlsSection)
                  .toUtf8());
    cfg.close();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(dir + QStringLiteral("/registry.log"));
    m_process->start(QStringLiteral("docker-registry"), {QStringLiteral("serve"), configFile});
    if (!m_process->waitForStarted(5000)) {
        *error = QStringLiteral("docker-registry did not start: ") + m_process->errorString();
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_port);
        if (s.waitForConnected(200))
            return true;
        if (m_process->state() != QProcess::Running)
            break;
        QThread::msleep(30);
    }
    QFile log(dir + QStringLiteral("/registry.log"));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("docker-registry did not listen on %1: %2")
                 .arg(host(), QString::fromLocal8Bit(log.readAll()));
    return false;
}

void RegistryFixture::stop() {
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    m_process.reset();
}

bool RegistryFixture::push(const QString &source, const QString &repoTag, bool all,
                           QString *error) const {
    QStringList args{QStringLiteral("copy"), QStringLiteral("-q")};
    if (all)
        args << QStringLiteral("--all");
    args << QStringLiteral("--dest-tls-verify=false");
    if (m_mode == Mode::TlsAuth)
        args << QStringLiteral("--dest-creds") << username() + QLatin1Char(':') + password();
    args << source << QStringLiteral("docker://%1/%2").arg(host(), repoTag);
    const ProcessResult r = runProcess(QStringLiteral("skopeo"), args, 300000);
    if (r.exitCode != 0) {
        *error = QStringLiteral("skopeo %1 failed: %2")
                     .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(r.err));
        return false;
    }
    return true;
}

bool RegistryFixture::createImage(const QString &layoutDir, const QString &name,
                                  const QString &arch, qint64 payloadBytes, QString *error) {
    auto store = ContentStore::open(layoutDir);
    if (!store) {
        *error = store.error().toString();
        return false;
    }
    QTemporaryDir tree;
    QDir().mkpath(tree.path() + QStringLiteral("/data"));
    QFile archFile(tree.path() + QStringLiteral("/arch"));
    archFile.open(QIODevice::WriteOnly);
    archFile.write(arch.toUtf8());
    archFile.close();
    // Several files so the tar is not one huge member; random so gzip cannot shrink it.
    const qint64 chunk = 8 << 20;
    int index = 0;
    for (qint64 left = payloadBytes; left > 0; left -= chunk, ++index) {
        QFile f(tree.path() + QStringLiteral("/data/blob%1").arg(index, 4, 10, QLatin1Char('0')));
        f.open(QIODevice::WriteOnly);
        QByteArray bytes(static_cast<qsizetype>(qMin(left, chunk)), Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                              bytes.size() / 4);
        f.write(bytes);
    }
    ImageBuildOptions options;
    options.fromDirectory = tree.path();
    options.ref = name;
    options.architecture = arch;
    options.entrypoint = {QStringLiteral("/bin/") + arch};
    options.labels.insert(QStringLiteral("org.mobyproject.config"), QStringLiteral("{}"));
    JobControl job;
    auto built = ImageBuilder::build(options, *store, job);
    if (!built) {
        *error = built.error().toString();
        return false;
    }
    return true;
}

bool RegistryFixture::createIndex(const QString &layoutDir, const QString &name,
                                  const QStringList &childNames, QString *error) {
    auto store = ContentStore::open(layoutDir);
    if (!store) {
        *error = store.error().toString();
        return false;
    }
    QJsonArray manifests;
    for (const QString &child : childNames) {
        auto entry = store->findEntry(child);
        if (!entry) {
            *error = entry.error().toString();
            return false;
        }
        Descriptor d = *entry;
        d.annotations.clear();
        manifests.append(d.toJson()); // carries platform linux/<arch> from ImageBuilder
    }
    QJsonObject index;
    index.insert(QStringLiteral("schemaVersion"), 2);
    index.insert(QStringLiteral("mediaType"), QString(MediaType::OciIndex));
    index.insert(QStringLiteral("manifests"), manifests);
    auto written = store->writeBlob(QJsonDocument(index).toJson(QJsonDocument::Compact),
                                    QString(MediaType::OciIndex));
    if (!written) {
        *error = written.error().toString();
        return false;
    }
    if (Status s = store->setEntry(name, *written); !s) {
        *error = s.error().toString();
        return false;
    }
    return true;
}

} // namespace Lkc::Test
