// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/imageentry.h"
#include "gojsonvalue.h"
#include "image/imageconfig.h"
#include "util/result.h"

#include <QHash>

namespace Lkc {

// The OCI runtime config (`config.json`) and LinuxKit's `runtime.json` of one
// container, merged from the YAML entry, the image's org.mobyproject.config
// label and the image config exactly as format §3 describes (precedence, ids,
// capabilities, mounts sorted by destination, namespaces, devices, rlimits)
// and encoded like Go's json.MarshalIndent.
class RuntimeSpec {
public:
    // The runtime-spec version we write. Pinned to what the reference linuxkit
    // wrote for the conformance goldens, which runc 1.1 accepts.
    static QString ociVersion() { return QStringLiteral("1.0.2-dev"); }

    struct Inputs {
        const ImageEntry *yaml = nullptr;  // required
        const ImageEntry *label = nullptr; // the parsed label, if the image has one
        ImageConfig image;
        QHash<QString, qint64> ids;           // container name -> allocated uid/gid (§3.3)
        QHash<QString, bool> readonlyVolumes; // volume name -> readonly, for binds
    };

    static Result<RuntimeSpec> create(const Inputs &in);

    bool readonly() const { return m_readonly; }
    QByteArray configJson() const { return m_config.toIndentedJson(); }
    // `bundle` is "/containers/<section>/<dir>", `lowerRoot` the absolute path of
    // the image content it uses (its own lower/ or rootfs/, or a first copy's).
    QByteArray runtimeJson(const QString &bundle, const QString &lowerRoot) const;

    // Every capability the kernel knows, in its numeric order (for `all`).
    static const QStringList &allCapabilities();
    // Resolves a uid/gid: integers pass, "" and "root" are 0, names are containers.
    static Result<qint64> resolveId(const IntOrName &id, const QHash<QString, qint64> &ids);

private:
    GoJsonValue m_config;
    RuntimeSection m_runtime;
    bool m_readonly = false;
};

} // namespace Lkc
