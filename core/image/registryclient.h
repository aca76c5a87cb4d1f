// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dockercredentials.h"
#include "imageref.h"
#include "registryoptions.h"
#include "util/jobcontrol.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

class QNetworkReply;

namespace Lkc {

// A distribution-spec v2 client for one repository. Blocking calls: each spins a local
// QEventLoop on the calling thread, so use it from a worker thread (BuildJob's, or a
// CLI's main thread), never the GUI thread. Not thread-safe; one per thread.
class RegistryClient {
public:
    RegistryClient(const ImageRef &ref, RegistryOptions options, const JobControl &job);
    ~RegistryClient();

    struct Manifest {
        QByteArray bytes;
        QString mediaType;
        Digest digest;
    };
    struct Response {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QUrl url;
        QString networkError;          // non-empty when no HTTP answer came
        int networkErrorCode = 0;      // QNetworkReply::NetworkError
        bool certificateError = false; // TLS verification failed (never fall back to http)
        bool isTransientNetworkError() const;
        QByteArray header(const QByteArray &name) const;
    };

    // GET /v2/<repo>/manifests/<reference> (tag or digest); checks the digest.
    Result<Manifest> fetchManifest(const QString &reference);
    // HEAD: resolves a tag to the digest of what it points at.
    Result<Digest> resolveDigest(const QString &reference);
    // GET /v2/<repo>/tags/list, following Link pagination.
    Result<QStringList> listTags();

    // For BlobDownloader: the endpoint, authentication, TLS settings and error text.
    Status ensureEndpoint();
    QUrl blobUrl(const Digest &digest) const;
    QNetworkRequest newRequest(const QUrl &url) const;
    // Re-runs the auth flow after a 401 (expired token); false when it cannot help.
    Status reauthenticate(const QByteArray &wwwAuthenticate);
    QNetworkAccessManager &network() { return m_network; }
    const RegistryOptions &options() const { return m_options; }
    const ImageRef &ref() const { return m_ref; }
    QString describeHttpError(int status, const QUrl &url, const QByteArray &body) const;
    // Backoff before attempt n (1-based), or Retry-After when the server sent one.
    int retryDelayMs(int attempt, const QByteArray &retryAfter) const;
    static bool isRetryableStatus(int status) { return status == 429 || status >= 500; }
    // loopback, *.local, private ranges or listed insecure: http allowed.
    static bool allowsPlainHttp(const QString &domain, const QStringList &insecure);
    // How an https attempt failed, for the decision to try plain http.
    enum class HttpsFailure {
        TlsError,        // a TLS server we could not trust, or a broken handshake
        PlainHttpAnswer, // the server answered our TLS hello in plain HTTP
        Refused,         // nothing listens for TLS there: no TLS was spoken
        Other,           // timeouts, DNS, resets
    };
    // Plain http only where allowed, and there only when the server speaks plain HTTP (or
    // refused TLS outright); never after a TLS error, unless the user marked it insecure.
    static bool mayFallBackToHttp(const QString &domain, const QStringList &insecure,
                                  HttpsFailure failure);
    // Logins and tokens cross plain http only to loopback or to a registry marked insecure.
    static bool mayCredentialsGoOverHttp(const QString &authority, const QStringList &insecure);
    // Manifests, indexes, configs, tag lists and token answers are small; a bigger answer
    // is refused rather than held in memory. (Blobs are streamed, not capped.)
    static constexpr qint64 kMaxResponseBytes = 4 * 1024 * 1024;

private:
    Response sendOnce(const QByteArray &verb, const QUrl &url, bool withAuth);
    Response send(const QByteArray &verb, const QUrl &url, int maxAttempts = 0);
    Status authenticate(const QByteArray &challenge);
    HttpsFailure classifyHttpsFailure(const Response &r, const QUrl &url);
    Status checkCredentialTransport(const QUrl &url) const;
    void sleepMs(int ms);

    ImageRef m_ref;
    RegistryOptions m_options;
    const JobControl &m_job;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    QUrl m_base; // scheme://host[:port] chosen by ensureEndpoint
    bool m_endpointReady = false;
    QByteArray m_authorization; // "Bearer …" or "Basic …"; never logged
    std::optional<RegistryCredential> m_credential;
    QString m_authError;      // why the last auth flow failed, for the 401 message
    QString m_credentialHost; // whose login to use: the registry, or the mirror contacted
};

} // namespace Lkc
