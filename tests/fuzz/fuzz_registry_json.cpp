// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: registry answers, the JSON and headers a registry (or anyone on the
// way to it) controls: image manifests, indexes, image configs, descriptors, the
// WWW-Authenticate challenge and the token service's answer. Besides crashes and
// sanitizer reports it checks that an accepted descriptor survives its own round trip.
#include "image/descriptor.h"
#include "image/imageconfig.h"
#include "image/imagemanifest.h"
#include "image/registryauth.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const QString kWhere = QStringLiteral("fuzz");

void check(bool ok, const char *what) {
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

void checkDescriptor(const Lkc::Descriptor &d) {
    check(d.digest.isValid(), "an accepted descriptor has a valid digest");
    check(d.size >= 0, "an accepted descriptor has a size");
    const Lkc::Result<Lkc::Descriptor> again = Lkc::Descriptor::fromJson(d.toJson(), kWhere);
    check(again.ok(), "a written descriptor reads back");
    check(again->digest == d.digest && again->size == d.size && again->mediaType == d.mediaType &&
              again->annotations == d.annotations,
          "a descriptor reads back unchanged");
    (void)d.platform.toString();
    (void)d.refName();
}

template <typename T> void checkError(const Lkc::Result<T> &r) {
    if (!r.ok())
        check(!r.error().message.isEmpty(), "an error has a message");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    const Lkc::Result<Lkc::ImageManifest> manifest = Lkc::ImageManifest::fromJson(body, kWhere);
    checkError(manifest);
    if (manifest) {
        checkDescriptor(manifest->config);
        for (const Lkc::Descriptor &layer : manifest->layers)
            checkDescriptor(layer);
    }
    const Lkc::Result<Lkc::ImageIndex> index = Lkc::ImageIndex::fromJson(body, kWhere);
    checkError(index);
    if (index) {
        for (const Lkc::Descriptor &d : index->manifests)
            checkDescriptor(d);
        const Lkc::Descriptor *amd64 =
            index->findPlatform(QStringLiteral("linux"), QStringLiteral("amd64"));
        check(!amd64 || amd64->platform.architecture == QLatin1String("amd64"),
              "findPlatform finds the platform asked for");
    }
    (void)Lkc::sniffManifestMediaType(body);

    const Lkc::Result<Lkc::ImageConfig> config = Lkc::ImageConfig::fromJson(body, kWhere);
    checkError(config);

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const Lkc::Result<Lkc::Descriptor> d = Lkc::Descriptor::fromJson(doc.object(), kWhere);
        checkError(d);
        if (d)
            checkDescriptor(*d);
    }

    const Lkc::AuthChallenge challenge = Lkc::AuthChallenge::parse(body);
    check(challenge.scheme == challenge.scheme.toLower(), "the scheme is lower case");
    for (auto it = challenge.params.begin(); it != challenge.params.end(); ++it)
        check(it.key() == it.key().toLower(), "parameter names are lower case");
    (void)Lkc::tokenFromAnswer(body);
    return 0;
}
