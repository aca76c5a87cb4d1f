// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: image layers (tar, plain or compressed) through the layer flattener.
// Input: see fuzztar.h (members per layer, or RAW bytes as the only layer). Besides
// crashes and sanitizer reports it checks what every build relies on: the flattened tar
// reads back, every name in it is clean and relative, no path appears twice, and no
// whiteout marker is left in it.
#include "build/archivepath.h"
#include "build/layerflattener.h"
#include "fuzztar.h"

#include <QSet>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char *what, const QByteArray &detail = {}) {
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s %s\n", what, detail.constData());
        std::abort();
    }
}

bool isClean(const QByteArray &name) {
    const std::optional<QByteArray> clean = Lkc::cleanArchivePath(name);
    return clean && *clean == name && !name.startsWith('/');
}

void checkOutput(const QString &tar, qint64 entries) {
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    check(archive_read_open_filename(a, QFile::encodeName(tar).constData(), 65536) == ARCHIVE_OK,
          "the flattened tar opens");
    QSet<QByteArray> names;
    archive_entry *e = nullptr;
    int r = ARCHIVE_OK;
    while ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
        QByteArray name(archive_entry_pathname(e));
        if (name.endsWith('/') && name.size() > 1)
            name.chop(1); // libarchive ends directory names with '/'
        check(isClean(name), "member names are clean", name);
        check(!name.split('/').last().startsWith(".wh."), "no whiteout is left", name);
        check(!names.contains(name), "no path appears twice", name);
        names.insert(name);
        if (const char *hard = archive_entry_hardlink(e))
            check(isClean(QByteArray(hard)), "hard link targets are clean", hard);
    }
    check(r == ARCHIVE_EOF, "the flattened tar reads to its end");
    check(names.size() == entries, "the count of entries is what was written");
    archive_read_free(a);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString dir = LkcFuzz::scratchRoot("flatten");
    const LkcFuzz::TarInput input =
        LkcFuzz::parseTarInput(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    QStringList layers;
    if (input.raw) {
        layers << dir + QStringLiteral("/raw.tar");
        if (!LkcFuzz::writeFile(layers.last(), input.rawBytes))
            return 0;
    } else {
        for (qsizetype i = 0; i < input.layers.size(); ++i) {
            layers << dir + QStringLiteral("/layer%1.tar").arg(i);
            if (!LkcFuzz::writeTar(layers.last(), input.layers[i], input.filter))
                return 0;
        }
    }
    const QString out = dir + QStringLiteral("/flat.tar");
    Lkc::JobControl control;
    const Lkc::Result<Lkc::LayerFlattener::Stats> stats =
        Lkc::LayerFlattener::flatten(layers, out, control);
    if (stats) {
        checkOutput(out, stats->entries);
    } else {
        check(!stats.error().message.isEmpty(), "an error has a message");
        check(!QFile::exists(out), "a failed flatten leaves no output");
    }
    QFile::remove(out);
    for (const QString &layer : layers)
        QFile::remove(layer);
    return 0;
}
