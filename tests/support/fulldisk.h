// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Lkc::Test {

// A small tmpfs mounted at a fresh folder (tests run as root in CI; without
// root, mount() fails and the test must fail too). fill() writes a filler file
// until the file system reports ENOSPC, then frees `leaveBytes` (tmpfs counts
// in 4 KiB pages). The destructor unmounts.
class FullDisk {
public:
    explicit FullDisk(const QString &name, qint64 sizeBytes = 1 << 20);
    ~FullDisk();
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    // False, with the reason in `error`, when the tmpfs could not be mounted.
    bool mount(QString *error);
    bool fill(qint64 leaveBytes = 0, QString *error = nullptr);
    // Removes the filler: the space is back.
    void unfill();
    qint64 freeBytes() const;
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_path + QLatin1Char('/') + name; }

private:
    QString m_path;
    qint64 m_size;
    bool m_mounted = false;
};

} // namespace Lkc::Test
