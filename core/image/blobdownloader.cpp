// SPDX-License-Identifier: Apache-2.0
#include "blobdownloader.h"

#include <QNetworkReply>
#include <QTimer>

namespace Lkc {

struct BlobDownloader::Transfer {
    Descriptor blob;
    std::unique_ptr<BlobWriter> writer;
    QNetworkReply *reply = nullptr;
    QUrl url;
    int attempt = 0;
    bool reauthed = false;
    bool corruptRetried = false;
    bool accepting = false; // the current reply's body is blob data
    bool done = false;
};

BlobDownloader::BlobDownloader(RegistryClient &client, const ContentStore &store,
                               const JobControl &job)
    : m_client(client)
    , m_store(store)
    , m_job(job) {}

BlobDownloader::~BlobDownloader() {
    for (auto &t : m_transfers)
        if (t->reply) {
            t->reply->disconnect();
            t->reply->abort();
            t->reply->deleteLater();
        }
}

Status BlobDownloader::download(const QList<Descriptor> &blobs) {
    if (blobs.isEmpty())
        return {};
    if (Status s = m_client.ensureEndpoint(); !s)
        return s;
    for (const Descriptor &d : blobs) {
        auto t = std::make_unique<Transfer>();
        t->blob = d;
        t->url = m_client.blobUrl(d.digest);
        m_total += d.size;
        m_transfers.push_back(std::move(t));
    }
    m_remaining = static_cast<int>(m_transfers.size());
    m_job.progress(0, m_total);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &m_loop, [this] {
        if (m_job.isCanceled())
            fail(Error(QStringLiteral("pull canceled"), m_client.ref().original()));
    });
    cancelPoll.start(100);
    QTimer::singleShot(0, &m_loop, [this] { startNext(); });
    m_loop.exec();
    if (m_error)
        return *m_error;
    return {};
}

void BlobDownloader::startNext() {
    const int parallel = qMax(1, m_client.options().parallelBlobs);
    while (!m_error && m_active < parallel && m_next < m_transfers.size()) {
        Transfer &t = *m_transfers[m_next++];
        auto writer = m_store.createBlobWriter(t.blob.digest, t.blob.size);
        if (!writer) {
            fail(writer.error());
            return;
        }
        t.writer = std::move(*writer);
        if (Status s = t.writer->adoptPartial(); !s) {
            fail(s.error());
            return;
        }
        ++m_active;
        if (const qint64 resumed = t.writer->resumedFrom(); resumed > 0) {
            m_done += resumed;
            m_job.log(QStringLiteral("blob %1: resuming from byte %2 (left by an earlier pull)")
                          .arg(t.blob.digest.shortHex())
                          .arg(resumed));
            if (resumed == t.blob.size) {
                finishTransfer(t);
                continue;
            }
        }
        start(t);
    }
}

void BlobDownloader::start(Transfer &t) {
    if (m_error)
        return;
    QNetworkRequest request = m_client.newRequest(t.url);
    const qint64 have = t.writer->bytesWritten();
    if (have > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    t.accepting = false;
    t.reply = m_client.network().get(request);
    // Bound memory: Qt buffers at most this much per reply before we read it.
    t.reply->setReadBufferSize(1 << 20);
    QObject::connect(t.reply, &QNetworkReply::metaDataChanged, &m_loop,
                     [this, &t] { onMetaData(t); });
    QObject::connect(t.reply, &QNetworkReply::readyRead, &m_loop, [this, &t] { onReadyRead(t); });
    QObject::connect(t.reply, &QNetworkReply::finished, &m_loop, [this, &t] { onFinished(t); });
}

void BlobDownloader::onMetaData(Transfer &t) {
    const int status = t.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 have = t.writer->bytesWritten();
    if (status == 200) {
        if (have > 0) {
            // The server ignored Range: start the blob over.
            m_done -= have;
            if (Status s = t.writer->restart(); !s) {
                fail(s.error());
                return;
            }
        }
        t.accepting = true;
    } else if (status == 206) {
        // Content-Range: bytes START-END/TOTAL must continue where we stopped.
        const QByteArray range = t.reply->rawHeader("Content-Range");
        const qsizetype space = range.indexOf(' ');
        const qint64 start = range.mid(space + 1, range.indexOf('-') - space - 1).toLongLong();
        if (start == have) {
            t.accepting = true;
        } else {
            m_done -= have;
            if (Status s = t.writer->restart(); !s)
                fail(s.error());
        }
    }
}

void BlobDownloader::onReadyRead(Transfer &t) {
    if (m_error || !t.reply)
        return;
    if (!t.accepting)
        return; // error bodies and redirects: read in onFinished
    // One reused buffer: no allocation per chunk on the hot path.
    for (;;) {
        const qint64 n = t.reply->read(m_buffer.data(), m_buffer.size());
        if (n <= 0)
            break;
        if (Status s = t.writer->write(m_buffer.constData(), n); !s) {
            fail(s.error());
            return;
        }
        m_done += n;
    }
    m_job.progress(m_done, m_total);
}

void BlobDownloader::onFinished(Transfer &t) {
    if (m_error || !t.reply)
        return;
    onReadyRead(t);
    if (m_error)
        return;
    QNetworkReply *reply = t.reply;
    t.reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();

    if (status >= 300 && status < 400) {
        const QByteArray location = reply->rawHeader("Location");
        if (location.isEmpty() || ++t.attempt > 10) {
            fail(Error(QStringLiteral("redirect without a usable Location"), t.url.toString()));
            return;
        }
        t.url = t.url.resolved(QUrl::fromEncoded(location));
        start(t);
        return;
    }
    if (status == 416 && t.writer->bytesWritten() > 0) {
        // The partial bytes do not fit what the server has: start the blob over.
        m_done -= t.writer->bytesWritten();
        if (Status s = t.writer->restart(); !s) {
            fail(s.error());
            return;
        }
        start(t);
        return;
    }
    if (status == 401 && !t.reauthed) {
        t.reauthed = true;
        if (Status s = m_client.reauthenticate(reply->rawHeader("WWW-Authenticate")); !s) {
            fail(s.error());
            return;
        }
        start(t);
        return;
    }
    const bool complete = (status == 200 || status == 206) && netError == QNetworkReply::NoError &&
                          t.writer->bytesWritten() == t.blob.size;
    if (complete) {
        finishTransfer(t);
        return;
    }
    if (status != 0 && status != 200 && status != 206 &&
        !RegistryClient::isRetryableStatus(status)) {
        fail(
            Error(m_client.describeHttpError(status, t.url, reply->readAll()),
                  m_client.ref().original() + QStringLiteral(" blob ") + t.blob.digest.toString()));
        return;
    }
    QString why;
    if (status != 0 && status != 200 && status != 206)
        why = QStringLiteral("HTTP %1").arg(status);
    else if (status == 0 || netError != QNetworkReply::NoError)
        why = reply->errorString();
    else
        why = QStringLiteral("connection ended after %1 of %2 bytes")
                  .arg(t.writer->bytesWritten())
                  .arg(t.blob.size);
    retryLater(t, why, reply->rawHeader("Retry-After"));
}

void BlobDownloader::retryLater(Transfer &t, const QString &why, const QByteArray &retryAfter) {
    ++t.attempt;
    if (t.attempt >= m_client.options().maxAttempts) {
        // The network gave out, not the data: what arrived is worth resuming from.
        m_keepPartials = true;
        fail(Error(QStringLiteral("giving up after %1 attempts: %2 — check the registry or "
                                  "the network and pull again (what was fetched is kept)")
                       .arg(t.attempt)
                       .arg(why),
                   t.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        return;
    }
    const int delay = m_client.retryDelayMs(t.attempt, retryAfter);
    m_job.log(QStringLiteral("blob %1: %2; retrying in %3 ms%4")
                  .arg(t.blob.digest.shortHex(), why)
                  .arg(delay)
                  .arg(t.writer->bytesWritten() > 0
                           ? QStringLiteral(" from byte %1").arg(t.writer->bytesWritten())
                           : QString()));
    QTimer::singleShot(delay, &m_loop, [this, &t] { start(t); });
}

void BlobDownloader::finishTransfer(Transfer &t) {
    auto committed = t.writer->commit();
    if (!committed) {
        if (!t.corruptRetried) {
            // One more try from scratch: a flipped bit in transit should not fail a build.
            t.corruptRetried = true;
            m_done -= t.blob.size;
            m_job.log(QStringLiteral("blob %1: %2; fetching it again")
                          .arg(t.blob.digest.shortHex(), committed.error().message));
            auto writer = m_store.createBlobWriter(t.blob.digest, t.blob.size);
            if (!writer) {
                fail(writer.error());
                return;
            }
            t.writer = std::move(*writer);
            start(t);
            return;
        }
        fail(Error(
            committed.error().message + QStringLiteral(" (from ") +
                t.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) + QStringLiteral(")"),
            m_client.ref().original() + QStringLiteral(" blob ") + t.blob.digest.toString()));
        return;
    }
    t.done = true;
    --m_active;
    --m_remaining;
    if (m_remaining == 0) {
        m_loop.quit();
        return;
    }
    startNext();
}

void BlobDownloader::fail(const Error &error) {
    if (m_error)
        return;
    m_error = error;
    for (auto &t : m_transfers) {
        if (t->reply) {
            QNetworkReply *r = t->reply;
            t->reply = nullptr;
            r->disconnect();
            r->abort();
            r->deleteLater();
        }
        // After a network failure what arrived is kept for the next pull to resume (clean
        // removes it otherwise); after bad data or a refusal nothing is kept.
        if (t->writer && !t->done) {
            if (m_keepPartials)
                t->writer->keepPartial();
            else
                t->writer->discard();
        }
    }
    m_loop.quit();
}

} // namespace Lkc
