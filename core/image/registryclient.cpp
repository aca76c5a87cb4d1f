// SPDX-License-Identifier: Apache-2.0
#include "registryclient.h"

#include "imagemanifest.h"
#include "mediatypes.h"
#include "registryauth.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace Lkc {

static const QByteArray kManifestAccept =
    QByteArray("application/vnd.oci.image.index.v1+json, "
               "application/vnd.docker.distribution.manifest.list.v2+json, "
               "application/vnd.oci.image.manifest.v1+json, "
               "application/vnd.docker.distribution.manifest.v2+json");

// The ping tries each endpoint briefly: a wrong scheme fails at once, and a down
// registry should not cost the full backoff twice.
static constexpr int kPingAttempts = 2;

QByteArray RegistryClient::Response::header(const QByteArray &name) const {
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool RegistryClient::Response::isTransientNetworkError() const {
    switch (networkErrorCode) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ConnectionRefusedError: // a registry restarting
        return true;
    default:
        return false;
    }
}

RegistryClient::RegistryClient(const ImageRef &ref, RegistryOptions options, const JobControl &job)
    : m_ref(ref)
    , m_options(std::move(options))
    , m_job(job) {
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setAutoDeleteReplies(false);
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!m_options.certFile.isEmpty())
        m_ssl.addCaCertificates(m_options.certFile);
    if (m_options.insecureRegistries.contains(m_ref.domain()))
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
}

RegistryClient::~RegistryClient() = default;

bool RegistryClient::allowsPlainHttp(const QString &domain, const QStringList &insecure) {
    if (insecure.contains(domain))
        return true;
    QString host = domain;
    if (host.startsWith(QLatin1Char('['))) {
        host = host.mid(1, host.indexOf(QLatin1Char(']')) - 1);
    } else {
        const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
        if (colon > 0)
            host = host.left(colon);
    }
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".local")))
        return true;
    const QHostAddress address(host);
    if (address.isNull())
        return false;
    if (address.isLoopback())
        return true;
    static const QList<QPair<QHostAddress, int>> privateRanges = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7"))};
    for (const auto &range : privateRanges)
        if (address.isInSubnet(range))
            return true;
    return false;
}

QNetworkRequest RegistryClient::newRequest(const QUrl &url) const {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("lkc/" LKC_VERSION " (linuxkit-composer)"));
    request.setSslConfiguration(m_ssl);
    // Bytes are hashed as they come: no transparent decompression.
    request.setRawHeader("Accept-Encoding", "identity");
    // The Authorization header goes only to the registry itself, never to a redirect target.
    if (!m_authorization.isEmpty() && url.host() == m_base.host() && url.port() == m_base.port())
        request.setRawHeader("Authorization", m_authorization);
    return request;
}

void RegistryClient::sleepMs(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

RegistryClient::Response RegistryClient::sendOnce(const QByteArray &verb, const QUrl &url,
                                                  bool withAuth) {
    Response response;
    QUrl current = url;
    for (int redirects = 0; redirects < 10; ++redirects) {
        QNetworkRequest request = newRequest(current);
        if (!withAuth)
            request.setRawHeader("Authorization", QByteArray());
        if (current.path().contains(QLatin1String("/manifests/")))
            request.setRawHeader("Accept", kManifestAccept);
        // HEAD must go through head(): as a custom verb Qt waits for a body that never comes.
        QNetworkReply *reply = verb == "HEAD"  ? m_network.head(request)
                               : verb == "GET" ? m_network.get(request)
                                               : m_network.sendCustomRequest(request, verb);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        bool certificateError = false;
        QObject::connect(reply, &QNetworkReply::sslErrors, &loop,
                         [&certificateError] { certificateError = true; });
        bool tooLarge = false;
        QObject::connect(reply, &QNetworkReply::downloadProgress, &loop,
                         [reply, &tooLarge](qint64 received, qint64 total) {
                             if (received > kMaxResponseBytes || total > kMaxResponseBytes) {
                                 tooLarge = true;
                                 reply->abort();
                             }
                         });
        QTimer cancelPoll;
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [this, reply] {
            if (m_job.isCanceled())
                reply->abort();
        });
        cancelPoll.start(100);
        loop.exec();
        response.url = current;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        response.certificateError = certificateError;
        if (response.status == 0) {
            response.networkError = reply->errorString();
            response.networkErrorCode = reply->error();
        }
        reply->deleteLater();
        if (tooLarge) {
            response.status = 0;
            response.body.clear();
            response.networkError =
                QStringLiteral("the answer is larger than %1 MiB, too large for a manifest, "
                               "index, tag list or token: refused")
                    .arg(kMaxResponseBytes >> 20);
            response.networkErrorCode = QNetworkReply::ProtocolFailure; // not retried
            return response;
        }
        if (response.status >= 300 && response.status < 400 && response.status != 304) {
            const QByteArray location = response.header("Location");
            if (location.isEmpty())
                return response;
            current = current.resolved(QUrl::fromEncoded(location));
            continue;
        }
        return response;
    }
    response.networkError = QStringLiteral("too many redirects");
    return response;
}

int RegistryClient::retryDelayMs(int attempt, const QByteArray &retryAfter) const {
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        return qMin(seconds, 60) * 1000;
    const int backoff = m_options.initialBackoffMs * (1 << qMin(attempt - 1, 5));
    return qMin(backoff, 8000);
}

RegistryClient::Response RegistryClient::send(const QByteArray &verb, const QUrl &url,
                                              int maxAttempts) {
    Response response;
    bool reauthed = false;
    if (maxAttempts <= 0)
        maxAttempts = m_options.maxAttempts;
    for (int attempt = 1; attempt <= maxAttempts; ++attempt) {
        if (m_job.isCanceled()) {
            response.status = 0;
            response.networkError = QStringLiteral("canceled");
            return response;
        }
        response = sendOnce(verb, url, true);
        if (response.status == 401 && !reauthed) {
            reauthed = true;
            Status s = authenticate(response.header("WWW-Authenticate"));
            if (s.ok()) {
                --attempt;
                continue;
            }
            m_authError = s.error().message;
            return response;
        }
        const bool retry = response.status == 0
                               ? !m_job.isCanceled() && response.isTransientNetworkError()
                               : isRetryableStatus(response.status);
        if (!retry || attempt == maxAttempts)
            return response;
        const int delay = retryDelayMs(attempt, response.header("Retry-After"));
        m_job.log(
            QStringLiteral("%1 %2: %3, retrying in %4 ms")
                .arg(QString::fromLatin1(verb), url.toString(QUrl::RemoveUserInfo),
                     response.status ? QString::number(response.status) : response.networkError)
                .arg(delay));
        sleepMs(delay);
    }
    return response;
}

Status RegistryClient::ensureEndpoint() {
    if (m_endpointReady)
        return {};
    const QString mirror = m_options.mirrors.value(m_ref.domain());
    QUrl https;
    if (!mirror.isEmpty())
        https = QUrl(mirror.contains(QLatin1String("://")) ? mirror
                                                           : QStringLiteral("https://") + mirror);
    else
        https = QUrl(QStringLiteral("https://") + m_ref.registryHost());
    // A mirror gets its own login, never the registry's.
    m_credentialHost = mirror.isEmpty() ? m_ref.domain()
                       : https.port() > 0
                           ? QStringLiteral("%1:%2").arg(https.host()).arg(https.port())
                           : https.host();
    QStringList failures;
    auto tryBase = [&](const QUrl &base) -> std::optional<Response> {
        m_base = base;
        QUrl ping = base;
        ping.setPath(QStringLiteral("/v2/"));
        const Response r = send("GET", ping, kPingAttempts);
        if (r.status == 0) {
            failures << QStringLiteral("%1: %2").arg(ping.toString(), r.networkError);
            return r;
        }
        if (r.status == 400 && base.scheme() == QLatin1String("http")) {
            failures << QStringLiteral("%1: HTTP 400 (a TLS-only server?)").arg(ping.toString());
            return r;
        }
        m_endpointReady = true;
        return std::nullopt;
    };
    auto first = tryBase(https);
    if (!first)
        return {};
    // Plain http only for a registry that may use it, and only when the https attempt
    // showed a plain-HTTP server (or no TLS listener): never after a TLS error.
    if (https.scheme() == QLatin1String("https") && mirror.isEmpty() &&
        allowsPlainHttp(m_ref.domain(), m_options.insecureRegistries) && !m_job.isCanceled()) {
        const HttpsFailure failure = classifyHttpsFailure(*first, https);
        if (mayFallBackToHttp(m_ref.domain(), m_options.insecureRegistries, failure)) {
            QUrl http = https;
            http.setScheme(QStringLiteral("http"));
            if (!tryBase(http))
                return {};
        } else if (failure == HttpsFailure::TlsError) {
            failures << QStringLiteral("not trying plain http after a TLS failure (a "
                                       "certificate that does not verify may be an "
                                       "attacker's; give --cert-file CA.pem, or mark the "
                                       "registry insecure if you trust the network)");
        }
    }
    if (m_job.isCanceled())
        return Error(QStringLiteral("canceled"), m_ref.original());
    return Error(QStringLiteral("cannot reach the registry (%1): check the address, the network "
                                "and TLS (--cert-file CA.pem for a private CA)")
                     .arg(failures.join(QStringLiteral("; "))),
                 m_ref.original());
}

Status RegistryClient::reauthenticate(const QByteArray &wwwAuthenticate) {
    return authenticate(wwwAuthenticate);
}

Status RegistryClient::authenticate(const QByteArray &challenge) {
    if (!m_credential) {
        auto cred = DockerCredentials::lookup(m_credentialHost.isEmpty() ? m_ref.domain()
                                                                         : m_credentialHost,
                                              m_options.dockerConfigDir);
        if (!cred)
            return cred.error();
        m_credential = *cred;
    }
    const AuthChallenge parsed = AuthChallenge::parse(challenge);
    const QString &scheme = parsed.scheme;
    const QMap<QString, QString> &params = parsed.params;
    if (scheme == QLatin1String("basic")) {
        if (m_credential->isEmpty())
            return Error(QStringLiteral("the registry wants a login"), m_ref.domain());
        if (Status s = checkCredentialTransport(m_base); !s)
            return s;
        m_authorization =
            "Basic " + (m_credential->username + QLatin1Char(':') + m_credential->password)
                           .toUtf8()
                           .toBase64();
        return {};
    }
    if (scheme != QLatin1String("bearer") || params.value(QStringLiteral("realm")).isEmpty())
        return Error(QStringLiteral("unsupported authentication challenge"), m_ref.domain());

    QUrl realm(params.value(QStringLiteral("realm")));
    if (realm.scheme() != QLatin1String("https") && realm.scheme() != QLatin1String("http"))
        return Error(QStringLiteral("the token realm is not an http(s) URL"),
                     realm.toString(QUrl::RemoveQuery));
    // A login goes to an http realm (and its token to an http registry) only where a
    // login may go in clear.
    if (!m_credential->isEmpty()) {
        if (Status s = checkCredentialTransport(realm); !s)
            return s;
        if (Status s = checkCredentialTransport(m_base); !s)
            return s;
    }
    QUrlQuery query(realm);
    if (params.contains(QStringLiteral("service")))
        query.addQueryItem(QStringLiteral("service"), params.value(QStringLiteral("service")));
    query.addQueryItem(QStringLiteral("scope"),
                       QStringLiteral("repository:%1:pull").arg(m_ref.repository()));
    realm.setQuery(query);
    QNetworkRequest request(realm);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_credential->username.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (m_credential->username +
                                                          QLatin1Char(':') + m_credential->password)
                                                             .toUtf8()
                                                             .toBase64());
    QNetworkReply *reply = nullptr;
    if (!m_credential->identityToken.isEmpty()) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), m_credential->identityToken);
        form.addQueryItem(QStringLiteral("service"), params.value(QStringLiteral("service")));
        form.addQueryItem(QStringLiteral("scope"),
                          QStringLiteral("repository:%1:pull").arg(m_ref.repository()));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("lkc"));
        request.setUrl(QUrl(params.value(QStringLiteral("realm"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    } else {
        reply = m_network.get(request);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop,
                     [reply, &tooLarge](qint64 received, qint64 total) {
                         if (received > kMaxResponseBytes || total > kMaxResponseBytes) {
                             tooLarge = true;
                             reply->abort();
                         }
                     });
    loop.exec();
    if (tooLarge) {
        reply->deleteLater();
        return Error(QStringLiteral("the token service's answer is larger than %1 MiB: refused")
                         .arg(kMaxResponseBytes >> 20),
                     realm.toString(QUrl::RemoveQuery));
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString netError = reply->errorString();
    reply->deleteLater();
    if (status != 200)
        return Error(QStringLiteral("the token service refused (%1): %2")
                         .arg(status ? QString::number(status) : netError,
                              m_credential->isEmpty()
                                  ? QStringLiteral("the image may be private: run `docker login "
                                                   "%1` or check ~/.docker/config.json")
                                        .arg(m_ref.domain())
                                  : QStringLiteral("check the login for %1 in the docker config")
                                        .arg(m_ref.domain())),
                     realm.toString(QUrl::RemoveQuery));
    const QString token = tokenFromAnswer(body);
    if (token.isEmpty())
        return Error(QStringLiteral("the token service answered without a token"),
                     realm.toString(QUrl::RemoveQuery));
    m_authorization = "Bearer " + token.toUtf8();
    return {};
}

QString RegistryClient::describeHttpError(int status, const QUrl &url,
                                          const QByteArray &body) const {
    QString detail;
    const QJsonArray errors =
        QJsonDocument::fromJson(body).object().value(QLatin1String("errors")).toArray();
    for (const QJsonValue &e : errors) {
        const QJsonObject o = e.toObject();
        detail += QStringLiteral(" %1: %2").arg(o.value(QLatin1String("code")).toString(),
                                                o.value(QLatin1String("message")).toString());
    }
    QString advice;
    if (status == 401 || status == 403)
        advice =
            QStringLiteral("run `docker login %1` or check ~/.docker/config.json%2")
                .arg(m_ref.domain(),
                     m_authError.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_authError));
    else if (status == 404)
        advice = QStringLiteral("check the image name and tag");
    else if (status == 429)
        advice = QStringLiteral("the registry rate-limits pulls: wait, or log in");
    else if (status >= 500)
        advice = QStringLiteral("the registry failed: try again later");
    return QStringLiteral("%1 from %2 for %3 (%4):%5; %6")
        .arg(status)
        .arg(m_ref.domain(), m_ref.repository(), url.toString(QUrl::RemoveUserInfo), detail,
             advice);
}

Result<RegistryClient::Manifest> RegistryClient::fetchManifest(const QString &reference) {
    if (Status s = ensureEndpoint(); !s)
        return s.error();
    QUrl url = m_base;
    url.setPath(QStringLiteral("/v2/%1/manifests/%2").arg(m_ref.repository(), reference));
    const Response r = send("GET", url);
    if (r.status == 0)
        return Error(QStringLiteral("cannot fetch the manifest: %1").arg(r.networkError),
                     url.toString());
    if (r.status != 200)
        return Error(describeHttpError(r.status, url, r.body), m_ref.original());
    Manifest m;
    m.bytes = r.body;
    m.digest = Digest::ofData(r.body);
    m.mediaType =
        QString::fromLatin1(r.header("Content-Type")).section(QLatin1Char(';'), 0, 0).trimmed();
    if (!MediaType::isIndex(m.mediaType) && !MediaType::isManifest(m.mediaType))
        m.mediaType = sniffManifestMediaType(r.body);
    const auto wanted = Digest::parse(reference);
    if (wanted && *wanted != m.digest)
        return Error(QStringLiteral("the registry sent a manifest whose digest is %1, not the "
                                    "one asked for: refusing it")
                         .arg(m.digest.toString()),
                     url.toString());
    const QByteArray header = r.header("Docker-Content-Digest");
    if (!header.isEmpty() && QString::fromLatin1(header) != m.digest.toString())
        return Error(QStringLiteral("manifest content does not match Docker-Content-Digest %1")
                         .arg(QString::fromLatin1(header)),
                     url.toString());
    return m;
}

Result<Digest> RegistryClient::resolveDigest(const QString &reference) {
    if (Status s = ensureEndpoint(); !s)
        return s.error();
    QUrl url = m_base;
    url.setPath(QStringLiteral("/v2/%1/manifests/%2").arg(m_ref.repository(), reference));
    const Response r = send("HEAD", url);
    if (r.status == 0)
        return Error(QStringLiteral("cannot resolve the tag: %1").arg(r.networkError),
                     url.toString());
    if (r.status != 200)
        return Error(describeHttpError(r.status, url, r.body), m_ref.original());
    auto digest = Digest::parse(QString::fromLatin1(r.header("Docker-Content-Digest")));
    if (digest)
        return *digest;
    // No digest header (some registries): fall back to GET and hash.
    auto manifest = fetchManifest(reference);
    if (!manifest)
        return manifest.error();
    return manifest->digest;
}

Result<QStringList> RegistryClient::listTags() {
    if (Status s = ensureEndpoint(); !s)
        return s.error();
    QStringList tags;
    QUrl url = m_base;
    url.setPath(QStringLiteral("/v2/%1/tags/list").arg(m_ref.repository()));
    for (int page = 0; page < 1000 && url.isValid(); ++page) {
        const Response r = send("GET", url);
        if (r.status != 200)
            return Error(r.status ? describeHttpError(r.status, url, r.body) : r.networkError,
                         url.toString());
        const QJsonArray array =
            QJsonDocument::fromJson(r.body).object().value(QLatin1String("tags")).toArray();
        for (const QJsonValue &v : array)
            tags << v.toString();
        // Link: </v2/…/tags/list?n=100&last=x>; rel="next"
        const QByteArray link = r.header("Link");
        const qsizetype lt = link.indexOf('<');
        const qsizetype gt = link.indexOf('>');
        if (lt < 0 || gt < lt || !link.contains("rel=\"next\""))
            break;
        url = m_base.resolved(QUrl::fromEncoded(link.mid(lt + 1, gt - lt - 1)));
    }
    return tags;
}

QUrl RegistryClient::blobUrl(const Digest &digest) const {
    QUrl url = m_base;
    url.setPath(QStringLiteral("/v2/%1/blobs/%2").arg(m_ref.repository(), digest.toString()));
    return url;
}

} // namespace Lkc
