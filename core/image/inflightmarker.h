// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "contentstore.h"
#include "digest.h"

#include <QSet>
#include <QString>

#include <memory>

namespace Lkc {

// Tells `lkc cache clean` which blobs a running pull or import is about to name: a file
// <store>/ingest/<kind>-<uuid>.inflight listing digests, flock()ed for as long as its writer
// lives. Digests are added under the store lock and before the writer checks whether a
// blob is present, so clean (which holds the lock throughout) either sees the digest or
// runs wholly before the check. A marker whose lock is free belongs to a dead process.
class InFlightMarker {
public:
    static Result<std::unique_ptr<InFlightMarker>> create(const ContentStore &store,
                                                          const QString &kind);
    ~InFlightMarker();
    InFlightMarker(const InFlightMarker &) = delete;
    InFlightMarker &operator=(const InFlightMarker &) = delete;

    Status add(const QList<Digest> &digests);
    // "<kind>-<uuid>": a scratch folder of that name in ingest/ is kept while this lives.
    QString name() const { return m_name; }

    // For clean, under the store lock: digests live markers name; names of live markers
    // go to liveNames; dead markers are deleted.
    static QSet<QString> liveDigests(const QString &storeRoot, QSet<QString> *liveNames);
    // True when some process holds an flock() on path (a writer that is still alive).
    static bool isHeld(const QString &path);

private:
    InFlightMarker() = default;
    ContentStore m_store;
    QString m_name;
    QString m_path;
    int m_fd = -1;
};

} // namespace Lkc
