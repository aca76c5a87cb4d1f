// SPDX-License-Identifier: Apache-2.0
// Runs a fuzz target's LLVMFuzzerTestOneInput once per file, without libFuzzer: ctest
// replays every seed and every input a fuzzer once crashed on (regressions/), so a fixed
// crash stays fixed in the ordinary build. A broken invariant aborts, failing the test.
//   usage: replay_fuzz_NAME DIR_OR_FILE...
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv) {
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QFile::decodeName(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else if (QFileInfo(arg).isFile()) {
            files.append(arg);
        }
    }
    std::sort(files.begin(), files.end());
    for (const QString &file : files) {
        if (file.endsWith(QLatin1String("README.md")))
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
            return 1;
        }
        const QByteArray bytes = f.readAll();
        std::fprintf(stderr, "replay %s\n", qPrintable(file));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                               size_t(bytes.size()));
    }
    std::printf("replayed %lld inputs\n", qlonglong(files.size()));
    return files.isEmpty() ? 1 : 0;
}
