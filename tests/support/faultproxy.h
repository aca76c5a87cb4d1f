// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

#include <atomic>

class QTcpSocket;

namespace Lkc::Test {

// A loopback HTTP proxy in front of a plain-http registry that breaks blob downloads on
// purpose: drops the connection half-way, flips a byte, answers 500 or 429 (Retry-After).
// RedirectBlob answers 307 to http://localhost:PORT/_redirect/… (another host name, like
// blob storage), served without auth. Faults hit the first `count` GET requests for blobs (-1:
// every one). It can also stand in for a token server: with requireBearer it answers 401 +
// WWW-Authenticate: Bearer and hands out tokens at /token (checking Basic credentials when they are
// set). Lives on the thread that creates it; the blocking registry client spins local event loops,
// which also serve this proxy when both are on one thread.
class FaultProxy : public QObject {
    Q_OBJECT
public:
    // StallMidBlob sends half a blob, then nothing more (for killing a client mid-blob).
    enum class Fault {
        None,
        DropMidBlob,
        CorruptByte,
        Answer500,
        Answer429,
        RedirectBlob,
        StallMidBlob,
        Throttle // blobs at about 3 MB/s
    };

    FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    void setFault(Fault fault, int count) {
        m_fault = fault;
        m_remaining = count;
    }
    void requireBearer(const QByteArray &basicUser = {}, const QByteArray &basicPassword = {}) {
        m_bearer = true;
        m_user = basicUser;
        m_password = basicPassword;
    }
    int faultsInjected() const { return m_injected; }
    int blobRequests() const { return m_blobRequests; }
    int rangeRequests() const { return m_rangeRequests; }
    int tokensIssued() const { return m_tokens; }
    int redirectsFollowed() const { return m_redirectsFollowed; }
    int authorizationOnRedirect() const { return m_authOnRedirect; }
    // Blob body bytes sent to clients (a resumed download sends fewer).
    qint64 blobBodyBytes() const { return m_blobBodyBytes; }
    // Every Authorization header value received, in order.
    QList<QByteArray> authorizationsSeen() const { return m_authorizations; }

private:
    void onConnection();
    void handleRequest(QTcpSocket *client, const QByteArray &head);
    void reply(QTcpSocket *client, const QByteArray &statusLine, const QByteArray &headers,
               const QByteArray &body);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    Fault m_fault = Fault::None;
    int m_remaining = 0;
    int m_injected = 0;
    int m_blobRequests = 0;
    int m_rangeRequests = 0;
    int m_tokens = 0;
    int m_redirectsFollowed = 0;
    int m_authOnRedirect = 0;
    qint64 m_blobBodyBytes = 0;
    QList<QByteArray> m_authorizations;
    bool m_bearer = false;
    QByteArray m_user;
    QByteArray m_password;
};

} // namespace Lkc::Test
