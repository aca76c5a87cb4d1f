// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: `lkc cache import` of a tar (docker save or OCI archive), through
// ImageImporter's public API into a fresh store per input. Input: see fuzztar.h. Besides
// crashes and sanitizer reports it checks that an import never brings host bytes into
// the store (a canary file sits at a fixed host path the dictionary names), that every
// stored blob matches its digest, and that nothing is left beside the store.
#include "fuzztar.h"
#include "image/contentstore.h"
#include "image/imageimporter.h"

#include <QCryptographicHash>
#include <QDirIterator>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const QByteArray kCanary = "LKC-FUZZ-HOST-SECRET";
const QString kCanaryDir = QStringLiteral("/tmp/lkc-fuzz-canary");

void check(bool ok, const char *what, const QString &detail = {}) {
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s %s\n", what, qPrintable(detail));
        std::abort();
    }
}

void plantCanary() {
    static bool planted = false;
    if (planted)
        return;
    QDir().mkpath(kCanaryDir);
    LkcFuzz::writeFile(kCanaryDir + QStringLiteral("/secret"), kCanary + '\n');
    LkcFuzz::writeFile(kCanaryDir + QStringLiteral("/manifest.json"), kCanary + '\n');
    planted = true;
}

void checkStore(const QString &store, bool inputHasCanary) {
    QDirIterator it(store + QStringLiteral("/blobs/sha256"), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        check(f.open(QIODevice::ReadOnly), "a stored blob can be read", path);
        const QByteArray bytes = f.readAll();
        check(inputHasCanary || !bytes.contains(kCanary), "no host file reaches the store", path);
        const QByteArray hex = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        check(QString::fromLatin1(hex) == it.fileName(), "a blob matches its digest", path);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    plantCanary();
    const QString dir = LkcFuzz::scratchRoot("import");
    // Scratch files of the import (QTemporaryDir and the like) land here too, where the
    // check below sees any that are left.
    qputenv("TMPDIR", QFile::encodeName(dir));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const LkcFuzz::TarInput input = LkcFuzz::parseTarInput(bytes);
    const QString tar = dir + QStringLiteral("/input.tar");
    if (input.raw ? !LkcFuzz::writeFile(tar, input.rawBytes)
                  : !LkcFuzz::writeTar(tar, input.layers.constFirst(), input.filter))
        return 0;
    const QString storePath = dir + QStringLiteral("/store");
    QDir(storePath).removeRecursively();
    Lkc::Result<Lkc::ContentStore> store = Lkc::ContentStore::open(storePath);
    check(store.ok(), "a fresh store opens");
    Lkc::JobControl job;
    const Lkc::Result<QStringList> names =
        Lkc::ImageImporter::importArchive(tar, *store, QString(), job);
    if (!names)
        check(!names.error().message.isEmpty(), "an error has a message");
    checkStore(storePath, bytes.contains(kCanary));
    // Only the input and the store: the import's scratch files went with it.
    const QStringList left =
        QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    check(left == QStringList({QStringLiteral("input.tar"), QStringLiteral("store")}),
          "nothing is left beside the store", left.join(QLatin1Char(' ')));
    QFile::remove(tar);
    return 0;
}
