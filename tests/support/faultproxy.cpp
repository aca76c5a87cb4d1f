// SPDX-License-Identifier: Apache-2.0
#include "faultproxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace Lkc::Test {

static const QByteArray kToken = "lkc-test-token-42";

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort) {
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

bool FaultProxy::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::onConnection() {
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            buffer->append(client->readAll());
            // A TLS ClientHello (an https-first client): this proxy speaks plain http only,
            // and answers as Go's net/http (docker-registry) does: a plain 400.
            if (buffer->startsWith('\x16')) {
                disconnect(client, &QTcpSocket::readyRead, this, nullptr);
                client->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            // One request per connection: we answer with Connection: close.
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end + 4);
            buffer->clear();
            disconnect(client, &QTcpSocket::readyRead, this, nullptr);
            handleRequest(client, head);
        });
    }
}

void FaultProxy::reply(QTcpSocket *client, const QByteArray &statusLine, const QByteArray &headers,
                       const QByteArray &body) {
    client->write("HTTP/1.1 " + statusLine + "\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n" + headers + "\r\n" + body);
    client->disconnectFromHost();
}

void FaultProxy::handleRequest(QTcpSocket *client, const QByteArray &head) {
    QList<QByteArray> lines = head.split('\n');
    QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    const QByteArray method = requestLine.value(0);
    QByteArray path = requestLine.value(1);
    // The far end of a RedirectBlob: serve the original path, as blob storage would.
    const bool redirected = path.startsWith("/_redirect/");
    if (redirected) {
        path = path.mid(10);
        ++m_redirectsFollowed;
        if (head.toLower().contains("\nauthorization:"))
            ++m_authOnRedirect;
        lines[0] = method + ' ' + path + ' ' + requestLine.value(2);
    }
    QByteArray authorization;
    bool hasRange = false;
    QByteArray forwarded = lines.first().trimmed() + "\r\n";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QByteArray name = line.left(line.indexOf(':')).toLower();
        if (name == "authorization") {
            authorization = line.mid(line.indexOf(':') + 1).trimmed();
            m_authorizations << authorization;
            if (m_bearer)
                continue; // the registry behind us has no auth
        }
        if (name == "connection")
            continue;
        if (name == "range")
            hasRange = true;
        forwarded += line + "\r\n";
    }
    forwarded += "Connection: close\r\n\r\n";

    if (m_bearer && !redirected) {
        if (path.startsWith("/token")) {
            if (!m_user.isEmpty() &&
                authorization != "Basic " + (m_user + ':' + m_password).toBase64()) {
                reply(client, "401 Unauthorized", "Content-Type: application/json\r\n",
                      "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"bad login\"}]}");
                return;
            }
            ++m_tokens;
            reply(client, "200 OK", "Content-Type: application/json\r\n",
                  "{\"token\":\"" + kToken + "\"}");
            return;
        }
        if (authorization != "Bearer " + kToken) {
            reply(client, "401 Unauthorized",
                  "Content-Type: application/json\r\nWWW-Authenticate: Bearer realm=\"http://"
                  "127.0.0.1:" +
                      QByteArray::number(port()) + "/token\",service=\"fault-proxy\"\r\n",
                  "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"token needed\"}]}");
            return;
        }
    }

    const bool isBlobGet = !redirected && method == "GET" && path.contains("/blobs/sha256:");
    Fault fault = Fault::None;
    if (isBlobGet) {
        ++m_blobRequests;
        if (hasRange)
            ++m_rangeRequests;
        if (m_fault != Fault::None && m_remaining != 0) {
            fault = m_fault;
            if (m_remaining > 0)
                --m_remaining;
            ++m_injected;
        }
    }
    if (fault == Fault::Answer500) {
        reply(client, "500 Internal Server Error", {}, "injected failure");
        return;
    }
    if (fault == Fault::RedirectBlob) {
        reply(client, "307 Temporary Redirect",
              "Location: http://localhost:" + QByteArray::number(port()) + "/_redirect" + path +
                  "\r\n",
              {});
        return;
    }
    if (fault == Fault::Answer429) {
        reply(client, "429 Too Many Requests", "Retry-After: 1\r\n", "slow down");
        return;
    }

    auto *upstream = new QTcpSocket(client);
    struct State {
        QByteArray headBuffer;
        bool headDone = false;
        qint64 bodySeen = 0;
        qint64 contentLength = -1;
        bool dropped = false;
        bool upstreamDone = false;
        QByteArray pending; // Throttle: received, not yet passed on
    };
    auto state = std::make_shared<State>();
    connect(upstream, &QTcpSocket::connected, upstream,
            [upstream, forwarded] { upstream->write(forwarded); });
    qint64 *blobBytes = &m_blobBodyBytes;
    connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream, state, fault, isBlobGet, blobBytes] {
                if (state->dropped)
                    return;
                QByteArray data = upstream->readAll();
                if (!state->headDone) {
                    state->headBuffer += data;
                    const qsizetype end = state->headBuffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray headPart = state->headBuffer.left(end + 4);
                    data = state->headBuffer.mid(end + 4);
                    state->headDone = true;
                    for (const QByteArray &l : headPart.split('\n'))
                        if (l.toLower().startsWith("content-length:"))
                            state->contentLength = l.mid(15).trimmed().toLongLong();
                    client->write(headPart);
                }
                const qint64 before = state->bodySeen;
                state->bodySeen += data.size();
                if (fault == Fault::StallMidBlob && state->contentLength > 0 &&
                    state->bodySeen > state->contentLength / 2) {
                    // Half the blob, then silence: the client waits (until it is killed).
                    const qint64 keep = state->contentLength / 2 - before;
                    if (keep > 0) {
                        client->write(data.left(keep));
                        *blobBytes += keep;
                    }
                    state->dropped = true;
                    return;
                }
                if (isBlobGet)
                    *blobBytes += data.size();
                if (fault == Fault::CorruptByte && before == 0 && !data.isEmpty())
                    data[0] = static_cast<char>(data[0] ^ 0x5a);
                if (fault == Fault::DropMidBlob && state->contentLength > 0 &&
                    state->bodySeen > state->contentLength / 2) {
                    const qint64 keep = state->contentLength / 2 - before;
                    if (keep > 0)
                        client->write(data.left(keep));
                    state->dropped = true;
                    client->disconnectFromHost();
                    return;
                }
                if (fault == Fault::Throttle) {
                    state->pending += data;
                    return;
                }
                client->write(data);
            });
    if (fault == Fault::Throttle) {
        // 64 KiB every 20 ms (about 3 MB/s): slow enough for other processes to act mid-blob.
        auto *timer = new QTimer(client);
        connect(timer, &QTimer::timeout, client, [client, state, timer] {
            client->write(state->pending.left(64 * 1024));
            state->pending.remove(0, 64 * 1024);
            if (state->pending.isEmpty() && state->upstreamDone) {
                timer->stop();
                client->disconnectFromHost();
            }
        });
        timer->start(20);
    }
    connect(upstream, &QTcpSocket::disconnected, client, [client, state, fault] {
        state->upstreamDone = true;
        if (!state->dropped && fault != Fault::Throttle)
            client->disconnectFromHost();
    });
    upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

} // namespace Lkc::Test
