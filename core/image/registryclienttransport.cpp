// SPDX-License-Identifier: Apache-2.0
// RegistryClient's transport rules: when plain http may be tried, where credentials may
// go in clear, and how a failed https attempt is told apart from a plain-HTTP server.
#include "registryclient.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>

namespace Lkc {

// "host:port", "[v6]:port" or "host" -> host
static QString hostOf(const QString &authority) {
    if (authority.startsWith(QLatin1Char('[')))
        return authority.mid(1, authority.indexOf(QLatin1Char(']')) - 1);
    const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
    return colon > 0 && authority.count(QLatin1Char(':')) == 1 ? authority.left(colon) : authority;
}

static bool isLoopback(const QString &host) {
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool RegistryClient::mayFallBackToHttp(const QString &domain, const QStringList &insecure,
                                       HttpsFailure failure) {
    if (!allowsPlainHttp(domain, insecure))
        return false;
    // The user said this registry has no usable TLS: any failure may try http.
    if (insecure.contains(domain))
        return true;
    // Found by address alone (loopback, private range, .local): a certificate that does
    // not verify may be an attacker's, and falling back would hand them the pull.
    return failure == HttpsFailure::PlainHttpAnswer || failure == HttpsFailure::Refused;
}

bool RegistryClient::mayCredentialsGoOverHttp(const QString &authority,
                                              const QStringList &insecure) {
    return insecure.contains(authority) || isLoopback(hostOf(authority));
}

// Sends bytes a TLS server takes for a broken record and an HTTP server for a broken
// request line (it answers "HTTP/1.x 400"): not an HTTP request, and no credentials.
static bool answersInPlainHttp(const QString &host, quint16 port, int timeoutMs) {
    QTcpSocket socket;
    QEventLoop loop;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::connected, &loop,
                     [&socket] { socket.write(QByteArray("\x16\x03\x01\x00\x00\r\n\r\n", 9)); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        if (answer.size() >= 5)
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(host, port);
    loop.exec();
    answer += socket.readAll();
    socket.abort();
    return answer.startsWith("HTTP/");
}

RegistryClient::HttpsFailure RegistryClient::classifyHttpsFailure(const Response &r,
                                                                  const QUrl &url) {
    if (r.certificateError)
        return HttpsFailure::TlsError;
    switch (r.networkErrorCode) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpsFailure::Refused;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::RemoteHostClosedError:
        // A plain-HTTP server answers a TLS hello with an HTTP error page, which breaks the
        // handshake; so does a real TLS server we cannot talk to. Ask the server directly.
        return answersInPlainHttp(url.host(), quint16(url.port(443)), 3000)
                   ? HttpsFailure::PlainHttpAnswer
                   : HttpsFailure::TlsError;
    default:
        return HttpsFailure::Other;
    }
}

Status RegistryClient::checkCredentialTransport(const QUrl &url) const {
    if (url.scheme() != QLatin1String("http"))
        return {};
    const QString authority =
        url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    if (mayCredentialsGoOverHttp(authority, m_options.insecureRegistries))
        return {};
    return Error(QStringLiteral("refusing to send the login for %1 over plain http to %2: use "
                                "https, or mark the registry insecure if you trust the network")
                     .arg(m_credentialHost, authority),
                 m_ref.original());
}

} // namespace Lkc
