// SPDX-License-Identifier: Apache-2.0
#include "outputstaging.h"

#include "util/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Lkc {

namespace {

const QString kOwner = QStringLiteral("owner");
const QString kCommit = QStringLiteral("commit");

void crashPoint(const char *name) {
    static const QByteArray at = qgetenv("LKC_TEST_CRASH_AT");
    if (!at.isEmpty() && at == name)
        ::raise(SIGKILL);
}

// Takes the owner lock of a staging folder: true when nobody holds it.
bool ownerIsGone(const QString &dir) {
    const QByteArray owner = QFile::encodeName(dir + QLatin1Char('/') + kOwner);
    const int fd = ::open(owner.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        // Made by a build that died before it wrote its owner file (or an older lkc):
        // only a folder left alone for a while is taken as dead.
        const QDateTime changed = QFileInfo(dir).lastModified();
        return changed.isValid() && changed.secsTo(QDateTime::currentDateTime()) > 600;
    }
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return free;
}

// The moves a commit file lists ("staged\tfinal" per line, paths relative to
// the staging folder for the staged side).
QList<QPair<QString, QString>> readCommit(const QString &dir) {
    QList<QPair<QString, QString>> moves;
    QFile f(dir + QLatin1Char('/') + kCommit);
    if (!f.open(QIODevice::ReadOnly))
        return moves;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab > 0)
            moves.append({dir + QLatin1Char('/') + QString::fromUtf8(line.left(tab)),
                          QString::fromUtf8(line.mid(tab + 1))});
    }
    return moves;
}

QStringList stagingFolders(const QString &outputDir) {
    QStringList out;
    const QStringList names =
        QDir(outputDir).entryList({QString(OutputStaging::kPrefix) + QLatin1Char('*')},
                                  QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &n : names)
        out.append(QDir(outputDir).filePath(n));
    return out;
}

} // namespace

OutputStaging::~OutputStaging() {
    // A failed rename after the commit point leaves the folder to recover().
    if (!m_path.isEmpty() && !m_keep)
        QDir(m_path).removeRecursively();
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

Status OutputStaging::create(const QString &outputDir) {
    QByteArray pattern = QFile::encodeName(outputDir + QLatin1Char('/') + kPrefix) + "XXXXXX";
    if (!::mkdtemp(pattern.data()))
        return AtomicFiles::systemError(QStringLiteral("cannot create a staging folder in"),
                                        outputDir, errno);
    m_path = QFile::decodeName(pattern);
    const QByteArray owner = QFile::encodeName(m_path + QLatin1Char('/') + kOwner);
    m_lockFd = ::open(owner.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (m_lockFd < 0 || ::flock(m_lockFd, LOCK_EX) != 0)
        return AtomicFiles::systemError(QStringLiteral("cannot lock the staging folder"), m_path,
                                        errno);
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::write(m_lockFd, pid.constData(), size_t(pid.size())) != pid.size())
        return AtomicFiles::systemError(QStringLiteral("cannot write"), QFile::decodeName(owner),
                                        errno);
    return {};
}

Status OutputStaging::commit(const QList<QPair<QString, QString>> &moves) {
    QByteArray list;
    for (const auto &[from, to] : moves) {
        if (Status s = AtomicFiles::sync(from); !s)
            return s;
        list += QFile::encodeName(QDir(m_path).relativeFilePath(from)) + '\t' +
                QFile::encodeName(to) + '\n';
    }
    crashPoint("staged");
    if (Status s = AtomicFiles::write(m_path + QLatin1Char('/') + kCommit, list); !s)
        return s;
    crashPoint("committed");
    m_keep = true;
    int done = 0;
    QStringList folders;
    for (const auto &[from, to] : moves) {
        if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
            return AtomicFiles::systemError(QStringLiteral("cannot move the output to"), to, errno);
        crashPoint(QByteArray("renamed-" + QByteArray::number(++done)).constData());
        const QString folder = QFileInfo(to).absolutePath();
        if (!folders.contains(folder))
            folders.append(folder);
    }
    for (const QString &folder : folders)
        if (Status s = AtomicFiles::sync(folder); !s)
            return s;
    QFile::remove(m_path + QLatin1Char('/') + kCommit);
    m_keep = false;
    return {};
}

void OutputStaging::recover(const QString &outputDir,
                            const std::function<void(const QString &)> &log) {
    for (const QString &dir : stagingFolders(outputDir)) {
        if (!ownerIsGone(dir))
            continue; // a build running now
        const auto moves = readCommit(dir);
        int finished = 0;
        for (const auto &[from, to] : moves)
            if (QFileInfo::exists(from) && ::rename(QFile::encodeName(from).constData(),
                                                    QFile::encodeName(to).constData()) == 0)
                ++finished;
        if (finished > 0) {
            (void)AtomicFiles::sync(outputDir);
            log(QStringLiteral("Finished moving %1 output(s) of an interrupted build into place")
                    .arg(finished));
        }
        QDir(dir).removeRecursively();
        log(QStringLiteral("Removed %1, left by an interrupted build").arg(dir));
    }
}

bool OutputStaging::hasPendingCommit(const QString &outputDir) {
    for (const QString &dir : stagingFolders(outputDir))
        if (QFileInfo::exists(dir + QLatin1Char('/') + kCommit))
            return true;
    return false;
}

} // namespace Lkc
