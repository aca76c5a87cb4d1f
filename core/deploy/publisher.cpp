// SPDX-License-Identifier: Apache-2.0
#include "deploy/publisher.h"

#include "deploy/filehash.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QNetworkInterface>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace Lkc {

// Bytes a download may have queued in its socket: enough to keep loopback
// and LAN links busy, small enough that a 1 GiB image never sits in memory.
static constexpr qint64 kSocketHighWater = 1 << 20;
static constexpr qint64 kReadChunk = 256 * 1024;
static constexpr int kProgressIntervalMs = 100;

// QHttpServer parses requests; answers are written by Publisher itself so
// that bodies stream from the file with back-pressure.
class PublisherHttpServer : public QAbstractHttpServer {
public:
    explicit PublisherHttpServer(Publisher *owner)
        : QAbstractHttpServer(owner)
        , m_owner(owner) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override {
        m_owner->handle(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override {
        m_owner->handle(request, socket);
    }

private:
    Publisher *m_owner;
};

// One file body going out on one socket.
class PublisherTransfer : public QObject {
public:
    PublisherTransfer(Publisher *owner, int id, QTcpSocket *socket, const QString &path,
                      qint64 first, qint64 length)
        : QObject(owner)
        , m_id(id)
        , m_socket(socket)
        , m_file(path)
        , m_length(length) {
        m_ok = m_file.open(QIODevice::ReadOnly) && m_file.seek(first);
        m_clock.start();
    }
    bool isOk() const { return m_ok; }
    int id() const { return m_id; }
    QTcpSocket *socket() const { return m_socket; }
    qint64 length() const { return m_length; }
    qint64 sent() const { return m_sent; }
    bool bodyQueued() const { return m_sent >= m_length; }

    // Tops the socket's buffer up to the high-water mark.
    void pump() {
        if (!m_socket)
            return;
        QByteArray chunk;
        while (m_sent < m_length && m_socket->bytesToWrite() < kSocketHighWater) {
            chunk.resize(qMin(kReadChunk, m_length - m_sent));
            const qint64 n = m_file.read(chunk.data(), chunk.size());
            if (n <= 0) {
                m_ok = false; // the file shrank or failed: the client sees a short body
                m_socket->abort();
                return;
            }
            m_socket->write(chunk.constData(), n);
            m_sent += n;
        }
    }
    // Bytes the peer has been sent (queued minus still buffered).
    qint64 delivered() const { return m_socket ? m_sent - m_socket->bytesToWrite() : m_sent; }
    bool progressDue() {
        if (m_clock.elapsed() < kProgressIntervalMs)
            return false;
        m_clock.restart();
        return true;
    }

private:
    int m_id;
    QPointer<QTcpSocket> m_socket;
    QFile m_file;
    qint64 m_length;
    qint64 m_sent = 0;
    bool m_ok = false;
    QElapsedTimer m_clock;
};

static QByteArray statusText(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 416:
        return "Range Not Satisfiable";
    default:
        return "Internal Server Error";
    }
}

static QString htmlEscape(const QString &s) {
    return s.toHtmlEscaped();
}

Publisher::Publisher(QObject *parent)
    : QObject(parent) {}

Publisher::~Publisher() {
    stop();
}

Status Publisher::addFile(const QString &path, const QString &knownSha256) {
    const QFileInfo fi(path);
    if (!fi.isFile())
        return Error(QStringLiteral("not a file"), path);
    for (const PublishedFile &f : m_files)
        if (f.name == fi.fileName())
            return Error(QStringLiteral("two files named %1: publish one of them").arg(f.name),
                         path);
    PublishedFile file;
    file.name = fi.fileName();
    file.path = fi.absoluteFilePath();
    file.size = fi.size();
    file.sha256 = knownSha256.toLower();
    if (file.sha256.isEmpty()) {
        Result<QByteArray> hash = FileHash::sha256Hex(file.path);
        if (!hash)
            return hash.error();
        file.sha256 = QString::fromLatin1(*hash);
    }
    m_files << file;
    return {};
}

QString Publisher::hostForUrls() const {
    if (!m_options.advertiseHost.isEmpty())
        return m_options.advertiseHost;
    const QHostAddress a = m_options.address;
    if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6) {
        for (const QHostAddress &candidate : QNetworkInterface::allAddresses())
            if (candidate.protocol() == QAbstractSocket::IPv4Protocol && !candidate.isLoopback())
                return candidate.toString();
        return QStringLiteral("127.0.0.1");
    }
    if (a.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + a.toString() + QLatin1Char(']');
    return a.toString();
}

QString Publisher::baseUrl() const {
    QString url = QStringLiteral("http://%1:%2/").arg(hostForUrls()).arg(m_port);
    if (!m_token.isEmpty())
        url += m_token + QLatin1Char('/');
    return url;
}

Status Publisher::start(const PublisherOptions &options) {
    if (m_server)
        return Error(QStringLiteral("already publishing"));
    if (m_files.isEmpty())
        return Error(QStringLiteral("nothing to publish"));
    m_options = options;
    m_token.clear();
    if (options.requireToken) {
        m_token = options.token;
        if (m_token.isEmpty()) {
            quint32 words[4];
            QRandomGenerator::system()->fillRange(words);
            for (quint32 w : words)
                m_token += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
        }
    }
    auto *server = new PublisherHttpServer(this);
    auto *tcp = new QTcpServer(server);
    if (!tcp->listen(options.address, options.port)) {
        const QString why = tcp->errorString();
        delete server;
        return Error(QStringLiteral("cannot listen: ") + why,
                     QStringLiteral("%1:%2").arg(options.address.toString()).arg(options.port));
    }
    server->bind(tcp);
    m_server = server;
    m_port = tcp->serverPort();
    for (PublishedFile &f : m_files) {
        f.url = baseUrl() + QString::fromLatin1(QUrl::toPercentEncoding(f.name));
        f.sha256Url = f.url + QStringLiteral(".sha256");
    }
    return {};
}

void Publisher::stop() {
    if (!m_server)
        return;
    for (QTcpServer *tcp : m_server->servers())
        tcp->close();
    const QList<PublisherTransfer *> transfers = m_transfers.values();
    m_transfers.clear();
    for (PublisherTransfer *t : transfers) {
        if (QTcpSocket *s = t->socket()) {
            s->disconnect(this);
            s->abort();
        }
        emit downloadFinished(t->id(), false);
        t->deleteLater();
    }
    // Later: stop() may run inside one of the server's own signals.
    m_server->deleteLater();
    m_server = nullptr;
    emit stopped();
}

QString Publisher::writeCommand(const PublishedFile &file) const {
    return QStringLiteral("wget -O- %1 | dd of=%2 bs=4M conv=fsync")
        .arg(file.url, m_options.targetDevice);
}

QString Publisher::checkCommand(const PublishedFile &file) const {
    return QStringLiteral("[ \"$(head -c %1 %2 | sha256sum | cut -d' ' -f1)\" = %3 ] && echo "
                          "checksum OK || echo checksum BAD")
        .arg(file.size)
        .arg(m_options.targetDevice, file.sha256);
}

bool Publisher::parseRange(const QByteArray &header, qint64 size, ByteRange *range) {
    *range = ByteRange{0, size - 1, true};
    const QByteArray h = header.trimmed();
    // Only single byte ranges are honoured; anything else gets the whole file
    // (RFC 9110 lets a server ignore Range).
    if (h.isEmpty() || !h.startsWith("bytes=") || h.contains(','))
        return true;
    const QByteArray spec = h.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return true;
    bool okFirst = false, okLast = false;
    const QByteArray a = spec.left(dash).trimmed(), b = spec.mid(dash + 1).trimmed();
    if (a.isEmpty()) { // bytes=-N: the last N bytes
        const qint64 n = b.toLongLong(&okLast);
        if (!okLast || n <= 0 || size == 0)
            return false;
        *range = ByteRange{qMax<qint64>(0, size - n), size - 1, false};
        return true;
    }
    const qint64 first = a.toLongLong(&okFirst);
    qint64 last = b.isEmpty() ? size - 1 : b.toLongLong(&okLast);
    if (!okFirst || first < 0 || (!b.isEmpty() && (!okLast || last < first)))
        return true; // malformed: ignored
    if (first >= size)
        return false;
    last = qMin(last, size - 1);
    *range = ByteRange{first, last, false};
    return true;
}

void Publisher::reply(QTcpSocket *socket, int status, const QByteArray &contentType,
                      const QByteArray &body, bool head, const QByteArray &extraHeaders) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) +
                     "\r\nContent-Type: " + contentType +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    if (!head)
        out += body;
    socket->write(out);
    socket->disconnectFromHost();
}

void Publisher::handle(const QHttpServerRequest &request, QTcpSocket *socket) {
    const QString peer = request.remoteAddress().toString();
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    QString path = request.url().path();
    auto log = [&](int status, const QString &extra = {}) {
        emit requestLogged(QStringLiteral("%1 %2 %3 %4%5")
                               .arg(head ? QStringLiteral("HEAD") : QStringLiteral("GET"), path)
                               .arg(status)
                               .arg(peer, extra.isEmpty() ? QString() : QLatin1Char(' ') + extra));
    };
    if (request.method() != QHttpServerRequest::Method::Get && !head) {
        reply(socket, 405, "text/plain", "only GET and HEAD\n", false, "Allow: GET, HEAD\r\n");
        log(405);
        return;
    }
    QString rest = path;
    if (!m_token.isEmpty()) {
        const QString prefix = QLatin1Char('/') + m_token;
        if (rest != prefix && !rest.startsWith(prefix + QLatin1Char('/'))) {
            reply(socket, 403, "text/plain", "forbidden: this URL needs the server's token\n",
                  head);
            // Never echo the wrong token into logs that may be shared.
            path = QStringLiteral("/…");
            log(403);
            return;
        }
        rest = rest.mid(prefix.size());
        path = QStringLiteral("/TOKEN") + rest;
    }
    if (rest.isEmpty() || rest == QLatin1String("/")) {
        reply(socket, 200, "text/html; charset=utf-8", indexPage(), head);
        log(200);
        return;
    }
    const QString name = rest.mid(1);
    for (const PublishedFile &f : m_files) {
        if (name == f.name + QStringLiteral(".sha256")) {
            reply(socket, 200, "text/plain; charset=utf-8",
                  (f.sha256 + QStringLiteral("  ") + f.name + QLatin1Char('\n')).toUtf8(), head);
            log(200);
            return;
        }
        if (name != f.name)
            continue;
        ByteRange range;
        if (!parseRange(request.value("Range"), f.size, &range)) {
            reply(socket, 416, "text/plain", "range not satisfiable\n", head,
                  "Content-Range: bytes */" + QByteArray::number(f.size) + "\r\n");
            log(416);
            return;
        }
        const qint64 length = range.last - range.first + 1;
        const int status = range.whole ? 200 : 206;
        QByteArray headers = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) +
                             "\r\nContent-Type: application/octet-stream"
                             "\r\nContent-Length: " +
                             QByteArray::number(length) +
                             "\r\nAccept-Ranges: bytes\r\nConnection: close\r\n";
        if (!range.whole)
            headers += "Content-Range: bytes " + QByteArray::number(range.first) + '-' +
                       QByteArray::number(range.last) + '/' + QByteArray::number(f.size) + "\r\n";
        headers += "\r\n";
        log(status,
            range.whole
                ? QString()
                : QStringLiteral("bytes %1-%2/%3").arg(range.first).arg(range.last).arg(f.size));
        socket->write(headers);
        if (head || length == 0) {
            socket->disconnectFromHost();
            return;
        }
        const int id = m_nextId++;
        auto *t = new PublisherTransfer(this, id, socket, f.path, range.first, length);
        if (!t->isOk()) {
            delete t;
            socket->abort();
            return;
        }
        m_transfers.insert(id, t);
        emit downloadStarted(id, f.name, peer, range.first, length);
        auto finish = [this, id](bool complete) {
            PublisherTransfer *tr = m_transfers.take(id);
            if (!tr)
                return;
            if (QTcpSocket *s = tr->socket())
                s->disconnect(this);
            emit downloadProgress(id, tr->delivered(), tr->length());
            emit downloadFinished(id, complete);
            tr->deleteLater();
        };
        connect(socket, &QTcpSocket::bytesWritten, this, [this, id, finish] {
            PublisherTransfer *tr = m_transfers.value(id);
            if (!tr)
                return;
            tr->pump();
            if (tr->bodyQueued() && tr->socket() && tr->socket()->bytesToWrite() == 0) {
                tr->socket()->disconnectFromHost();
                finish(true);
                return;
            }
            if (tr->progressDue())
                emit downloadProgress(id, tr->delivered(), tr->length());
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, id, finish] {
            PublisherTransfer *tr = m_transfers.value(id);
            finish(tr && tr->bodyQueued() && tr->delivered() == tr->length());
        });
        t->pump();
        return;
    }
    reply(socket, 404, "text/plain", "not found\n", head);
    log(404);
}

QByteArray Publisher::indexPage() const {
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                  "<title>LinuxKit Composer: published images</title></head>\n"
                                  "<body><h1>Published images</h1>\n");
    for (const PublishedFile &f : m_files) {
        html += QStringLiteral("<h2><a href=\"%1\">%2</a></h2>\n<p>%3 bytes, SHA-256 <code>%4"
                               "</code> (<a href=\"%1.sha256\">%2.sha256</a>)</p>\n")
                    .arg(htmlEscape(f.url), htmlEscape(f.name))
                    .arg(f.size)
                    .arg(f.sha256);
        html += QStringLiteral("<p>On the target machine (this erases %1):</p>\n<pre>%2</pre>\n"
                               "<p>Then check what was written:</p>\n<pre>%3</pre>\n")
                    .arg(htmlEscape(m_options.targetDevice), htmlEscape(writeCommand(f)),
                         htmlEscape(checkCommand(f)));
    }
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

} // namespace Lkc
