// SPDX-License-Identifier: Apache-2.0
#include "resolvedimage.h"

#include <QFile>

namespace Lkc {

LayerCompression layerCompressionFor(const QString &mediaType, const QString &blobPath) {
    if (mediaType.endsWith(QLatin1String("+gzip")) || mediaType.endsWith(QLatin1String(".gzip")))
        return LayerCompression::Gzip;
    if (mediaType.endsWith(QLatin1String("+zstd")) || mediaType.endsWith(QLatin1String(".zstd")))
        return LayerCompression::Zstd;
    if (mediaType.endsWith(QLatin1String(".tar")))
        return LayerCompression::None;
    // Unknown media type: look at the magic numbers.
    QFile f(blobPath);
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray head = f.read(4);
        if (head.startsWith("\x1f\x8b"))
            return LayerCompression::Gzip;
        if (head == QByteArray("\x28\xb5\x2f\xfd", 4))
            return LayerCompression::Zstd;
    }
    return LayerCompression::None;
}

} // namespace Lkc
