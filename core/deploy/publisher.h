// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QTcpSocket;
class QHttpServerRequest;

namespace Lkc {

class PublisherHttpServer;
class PublisherTransfer;

// One image the Publisher serves, with what the target machine needs.
struct PublishedFile {
    QString name;      // URL name (the file name)
    QString path;      // on this machine
    qint64 size = 0;   // bytes
    QString sha256;    // lower-case hex
    QString url;       // http://HOST:PORT[/TOKEN]/NAME
    QString sha256Url; // the same + ".sha256" (sha256sum format: "HEX  NAME")
};

struct PublisherOptions {
    // 127.0.0.1 unless the user picks another address: an image can hold keys.
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    // A random token that every URL must start with (/TOKEN/NAME).
    bool requireToken = false;
    QString token; // empty with requireToken: a random one
    // The host name the target machine uses in URLs (e.g. 10.0.2.2 from a
    // QEMU guest). Empty: the listen address, or for 0.0.0.0 this machine's
    // first non-loopback IPv4 address.
    QString advertiseHost;
    // The disk the copyable line writes to.
    QString targetDevice = QStringLiteral("/dev/sda");
};

// Serves built images over HTTP for a machine to fetch and write to its
// disk (the rescue-system flow): GET/HEAD with single byte ranges, a
// NAME.sha256 beside each image and an index page with the commands to run
// on the target. Files are streamed from disk with a bounded buffer per
// download, never loaded whole. Lives on the caller's event loop.
class Publisher : public QObject {
    Q_OBJECT
public:
    explicit Publisher(QObject *parent = nullptr);
    ~Publisher() override; // stops

    // Adds an image before start(); its SHA-256 is computed now (streamed)
    // unless given. Two files with one name are refused.
    Status addFile(const QString &path, const QString &knownSha256 = {});
    Status start(const PublisherOptions &options = {});
    // Closes the listening socket and every download in flight.
    void stop();
    bool isRunning() const { return m_server != nullptr; }

    quint16 port() const { return m_port; }
    QString token() const { return m_token; }
    // http://HOST:PORT[/TOKEN]/ (the index page).
    QString baseUrl() const;
    const QList<PublishedFile> &files() const { return m_files; }
    // The line to run on the target for `file`:
    //   wget -O- URL | dd of=/dev/sda bs=4M conv=fsync
    QString writeCommand(const PublishedFile &file) const;
    // Checks the disk afterwards: its first SIZE bytes must hash to SHA-256.
    QString checkCommand(const PublishedFile &file) const;
    int activeDownloads() const { return int(m_transfers.size()); }

    // Range header → [first, last] within `size`. Returns false for a
    // header that cannot be satisfied (416); `whole` is set for a header we
    // answer with the whole file (absent, several ranges, not bytes=).
    struct ByteRange {
        qint64 first = 0;
        qint64 last = -1;
        bool whole = true;
    };
    static bool parseRange(const QByteArray &header, qint64 size, ByteRange *range);

signals:
    void downloadStarted(int id, const QString &name, const QString &peer, qint64 offset,
                         qint64 length);
    // At most every 100 ms per download, and once at its end.
    void downloadProgress(int id, qint64 sent, qint64 length);
    void downloadFinished(int id, bool complete);
    // One line per request: "GET /name 206 127.0.0.1 bytes 0-99/1000".
    void requestLogged(const QString &line);
    void stopped();

private:
    friend class PublisherHttpServer;
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void reply(QTcpSocket *socket, int status, const QByteArray &contentType,
               const QByteArray &body, bool head, const QByteArray &extraHeaders = {});
    QByteArray indexPage() const;
    QString hostForUrls() const;

    QList<PublishedFile> m_files;
    PublisherOptions m_options;
    PublisherHttpServer *m_server = nullptr;
    QHash<int, PublisherTransfer *> m_transfers;
    QString m_token;
    quint16 m_port = 0;
    int m_nextId = 1;
};

} // namespace Lkc
