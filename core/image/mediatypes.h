// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLatin1StringView>
#include <QString>

namespace Lkc::MediaType {

// OCI image-spec and Docker schema 2 media types the store and the registry client handle.
inline constexpr QLatin1StringView OciIndex{"application/vnd.oci.image.index.v1+json"};
inline constexpr QLatin1StringView OciManifest{"application/vnd.oci.image.manifest.v1+json"};
inline constexpr QLatin1StringView OciConfig{"application/vnd.oci.image.config.v1+json"};
inline constexpr QLatin1StringView OciLayer{"application/vnd.oci.image.layer.v1.tar"};
inline constexpr QLatin1StringView OciLayerGzip{"application/vnd.oci.image.layer.v1.tar+gzip"};
inline constexpr QLatin1StringView OciLayerZstd{"application/vnd.oci.image.layer.v1.tar+zstd"};
inline constexpr QLatin1StringView DockerManifestList{
    "application/vnd.docker.distribution.manifest.list.v2+json"};
inline constexpr QLatin1StringView DockerManifest{
    "application/vnd.docker.distribution.manifest.v2+json"};
inline constexpr QLatin1StringView DockerConfig{"application/vnd.docker.container.image.v1+json"};
inline constexpr QLatin1StringView DockerLayerGzip{
    "application/vnd.docker.image.rootfs.diff.tar.gzip"};
inline constexpr QLatin1StringView DockerLayer{"application/vnd.docker.image.rootfs.diff.tar"};

inline bool isIndex(const QString &mt) {
    return mt == OciIndex || mt == DockerManifestList;
}
inline bool isManifest(const QString &mt) {
    return mt == OciManifest || mt == DockerManifest;
}

} // namespace Lkc::MediaType
