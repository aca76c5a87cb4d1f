// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "contentstore.h"
#include "registryclient.h"

#include <QEventLoop>
#include <QList>

#include <memory>
#include <vector>

namespace Lkc {

// Fetches blobs of one repository into a store, several at once (options().parallelBlobs),
// streaming each through a BlobWriter (hash as it comes, publish only when it matches).
// Retries 5xx / 429 (Retry-After) / timeouts / dropped connections with backoff and
// resumes a broken blob with Range; a blob whose digest does not match is fetched once
// more from scratch, then refused. Reports bytes through JobControl::progress.
class BlobDownloader {
public:
    BlobDownloader(RegistryClient &client, const ContentStore &store, const JobControl &job);
    ~BlobDownloader();

    // Blocks (local event loop) until every blob is stored, or the first error.
    Status download(const QList<Descriptor> &blobs);

private:
    struct Transfer;
    void startNext();
    void start(Transfer &t);
    void onMetaData(Transfer &t);
    void onReadyRead(Transfer &t);
    void onFinished(Transfer &t);
    void retryLater(Transfer &t, const QString &why, const QByteArray &retryAfter);
    void finishTransfer(Transfer &t);
    void fail(const Error &error);

    RegistryClient &m_client;
    ContentStore m_store;
    const JobControl &m_job;
    std::vector<std::unique_ptr<Transfer>> m_transfers;
    size_t m_next = 0;
    int m_active = 0;
    int m_remaining = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
    std::optional<Error> m_error;
    bool m_keepPartials = false; // set when giving up on the network, read by fail()
    QEventLoop m_loop;
    QByteArray m_buffer = QByteArray(256 * 1024, Qt::Uninitialized);
};

} // namespace Lkc
