// SPDX-License-Identifier: Apache-2.0
#include "imageentrychecks.h"

#include "bindspec.h"
#include "capabilities.h"
#include "imagereferencesyntax.h"
#include "octalmode.h"
#include "rlimitspec.h"
#include "suggestion.h"
#include "tmpfsspec.h"

namespace Lkc {

namespace {

Diagnostic error(const QString &code, const QString &message, const SourcePos &pos) {
    return Diagnostic::error(code, message, pos);
}

// Mount types whose source names the type, and default destinations (§3.4).
QString defaultDestination(const QString &type) {
    if (type == QLatin1String("proc"))
        return QStringLiteral("/proc");
    if (type == QLatin1String("devpts"))
        return QStringLiteral("/dev/pts");
    if (type == QLatin1String("sysfs"))
        return QStringLiteral("/sys");
    if (type == QLatin1String("cgroup"))
        return QStringLiteral("/sys/fs/cgroup");
    if (type == QLatin1String("mqueue"))
        return QStringLiteral("/dev/mqueue");
    return {};
}

} // namespace

ImageEntryChecks::ImageEntryChecks(const Config *config)
    : m_config(config) {
    if (!config)
        return;
    for (ImageSection s : {ImageSection::Onboot, ImageSection::Onshutdown, ImageSection::Services})
        for (const ImageEntry &e : config->images(s))
            if (e.name && !m_containerNames.contains(*e.name))
                m_containerNames << *e.name;
}

const VolumeEntry *ImageEntryChecks::volume(const QString &name) const {
    for (const VolumeEntry &v : m_config->volumes)
        if (v.name.value_or(QString()) == name)
            return &v;
    return nullptr;
}

void ImageEntryChecks::checkIdName(const IntOrName &id, const SourcePos &pos, const QString &what,
                                   DiagnosticList &out) const {
    if (!m_config || id.isNumber())
        return;
    const QString name = id.name();
    if (name.isEmpty() || name == QLatin1String("root") || m_containerNames.contains(name))
        return;
    QString message = QStringLiteral("cannot find id: %1 (a %2 name must be root or the name of "
                                     "a container in this config; image users are not looked up)")
                          .arg(name, what);
    const QString guess = closestMatch(name, m_containerNames);
    if (!guess.isEmpty())
        message += QStringLiteral("; did you mean \"%1\"?").arg(guess);
    Diagnostic d = error(QStringLiteral("id-name"), message, pos);
    if (!guess.isEmpty())
        d = std::move(d).withFix(name, guess);
    out.append(std::move(d));
}

void ImageEntryChecks::checkCapabilities(const Field<QStringList> &caps, const QString &key,
                                         DiagnosticList &out) const {
    if (!caps)
        return;
    const QStringList &list = *caps;
    if (list.size() == 1 &&
        (Capabilities::isAllKeyword(list[0]) || Capabilities::isNoneKeyword(list[0])))
        return;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &cap = list[i];
        if (Capabilities::isKnown(cap))
            continue;
        QString message;
        QString guess;
        if (Capabilities::isAllKeyword(cap) || Capabilities::isNoneKeyword(cap)) {
            message = QStringLiteral("\"%1\" must be the only item of %2").arg(cap, key);
        } else {
            message = QStringLiteral("unknown capability: %1").arg(cap);
            QString upper = cap.toUpper();
            if (!upper.startsWith(QLatin1String("CAP_")))
                upper.prepend(QLatin1String("CAP_"));
            guess = Capabilities::isKnown(upper) ? upper : closestMatch(upper, Capabilities::all());
            if (!guess.isEmpty())
                message +=
                    QStringLiteral("; did you mean %1? (names are case-sensitive)").arg(guess);
        }
        Diagnostic d = error(QStringLiteral("capability"), message, caps.itemPosAt(i));
        if (!guess.isEmpty())
            d = std::move(d).withFix(cap, guess);
        out.append(std::move(d));
    }
}

void ImageEntryChecks::checkBinds(const Field<QStringList> &binds, DiagnosticList &out) const {
    if (!binds)
        return;
    for (qsizetype i = 0; i < binds->size(); ++i) {
        const BindSpec spec = BindSpec::parse(binds->at(i));
        const SourcePos at = binds.itemPosAt(i);
        if (!spec.error.isEmpty()) {
            out.append(error(QStringLiteral("bind"), spec.error, at));
            continue;
        }
        if (!spec.isVolume() || !m_config)
            continue;
        const VolumeEntry *vol = volume(spec.source);
        if (!vol) {
            out.append(error(QStringLiteral("bind"),
                             QStringLiteral("volume %1 not found: a bind source that does not "
                                            "start with '/' names an entry of volumes:")
                                 .arg(spec.source),
                             at));
        } else if (vol->readonly.value_or(false) &&
                   !(spec.hasOptions &&
                     binds->at(i).section(QLatin1Char(':'), 2) == QLatin1String("ro"))) {
            out.append(error(QStringLiteral("bind"),
                             QStringLiteral("volume %1 is read-only, but attempting to write into "
                                            "container read-write: bind it as %1:%2:ro")
                                 .arg(spec.source, spec.destination),
                             at));
        }
    }
}

void ImageEntryChecks::checkMounts(const ImageEntry &entry, DiagnosticList &out) const {
    if (!entry.mounts)
        return;
    for (const Mount &m : *entry.mounts) {
        QString type = m.type;
        if (type.isEmpty()) {
            if (!defaultDestination(m.source).isEmpty())
                type = m.source;
            else if (m.destination == QLatin1String("/dev"))
                type = QStringLiteral("tmpfs");
            else {
                out.append(error(
                    QStringLiteral("mount"),
                    QStringLiteral("mount for destination %1 is missing type")
                        .arg(m.destination.isEmpty() ? QStringLiteral("\"\"") : m.destination),
                    m.pos));
                continue;
            }
        }
        if (m.destination.isEmpty() && defaultDestination(type).isEmpty())
            out.append(error(QStringLiteral("mount"),
                             QStringLiteral("mount type %1 is missing destination").arg(type),
                             m.pos));
        if (type != QLatin1String("bind") || m.source.startsWith(QLatin1Char('/')) || !m_config)
            continue;
        const VolumeEntry *vol = volume(m.source);
        if (!vol) {
            out.append(error(QStringLiteral("mount"),
                             QStringLiteral("volume %1 not found: a bind mount source that does "
                                            "not start with '/' names an entry of volumes:")
                                 .arg(m.source),
                             m.pos));
            continue;
        }
        if (vol->readonly.value_or(false)) {
            bool readOnly = false;
            for (const QString &opt : m.options) {
                if (opt == QLatin1String("rw") || opt == QLatin1String("ro")) {
                    readOnly = opt == QLatin1String("ro");
                    break;
                }
            }
            if (!readOnly)
                out.append(error(QStringLiteral("mount"),
                                 QStringLiteral("volume %1 is read-only, but attempting to write "
                                                "into container read-write: add the option ro")
                                     .arg(m.source),
                                 m.pos));
        }
    }
}

void ImageEntryChecks::checkNamespace(const Field<QString> &value, const QString &key,
                                      DiagnosticList &out) const {
    if (!value)
        return;
    const QString v = *value;
    const bool noneIsSpecial = key == QLatin1String("net");
    if (v.isEmpty() || v == QLatin1String("host") || v == QLatin1String("root") ||
        v == QLatin1String("new") || v.startsWith(QLatin1Char('/')) ||
        (noneIsSpecial && v == QLatin1String("none")))
        return;
    out.append(Diagnostic::warning(
        QStringLiteral("namespace"),
        QStringLiteral("%1: \"%2\" is not %3, so LinuxKit treats it as the path of a namespace "
                       "to join; use an absolute path if that is meant")
            .arg(key, v,
                 noneIsSpecial ? QStringLiteral("host, root, new or none")
                               : QStringLiteral("host, root or new")),
        value.pos));
}

void ImageEntryChecks::check(const ImageEntry &e, DiagnosticList &out) const {
    if (e.name) {
        const QString &name = *e.name;
        if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") ||
            name.contains(QLatin1Char('/')))
            out.append(error(QStringLiteral("image-name"),
                             QStringLiteral("name \"%1\" must be a non-empty single path "
                                            "component (it names the container's directory)")
                                 .arg(name),
                             e.name.pos));
    }
    if (e.image) {
        const QString problem = imageReferenceSyntaxError(*e.image);
        if (!problem.isEmpty())
            out.append(
                error(QStringLiteral("image-reference"),
                      QStringLiteral("invalid image reference \"%1\": %2").arg(*e.image, problem),
                      e.image.pos));
    }
    checkCapabilities(e.capabilities, QStringLiteral("capabilities"), out);
    checkCapabilities(e.capabilitiesAdd, QStringLiteral("capabilities.add"), out);
    checkCapabilities(e.ambient, QStringLiteral("ambient"), out);
    if (e.capabilities && e.capabilitiesAdd)
        out.append(Diagnostic::warning(QStringLiteral("ignored-key"),
                                       QStringLiteral("capabilities.add is ignored because "
                                                      "capabilities is set (it only extends the "
                                                      "image label's list)"),
                                       e.capabilitiesAdd.pos));
    checkBinds(e.binds, out);
    checkBinds(e.bindsAdd, out);
    if (e.binds && e.bindsAdd)
        out.append(Diagnostic::warning(QStringLiteral("ignored-key"),
                                       QStringLiteral("binds.add is ignored because binds is set "
                                                      "(it only extends the image label's list)"),
                                       e.bindsAdd.pos));
    if (e.tmpfs)
        for (qsizetype i = 0; i < e.tmpfs->size(); ++i) {
            const TmpfsSpec spec = TmpfsSpec::parse(e.tmpfs->at(i));
            if (!spec.error.isEmpty())
                out.append(error(QStringLiteral("tmpfs"), spec.error, e.tmpfs.itemPosAt(i)));
        }
    checkMounts(e, out);
    if (e.devices)
        for (const Device &d : *e.devices)
            if (d.mode && !parseOctalMode(*d.mode))
                out.append(error(QStringLiteral("device-mode"),
                                 QStringLiteral("cannot parse device mode \"%1\" as an octal "
                                                "value (e.g. \"0666\")")
                                     .arg(*d.mode),
                                 d.mode.pos));
    if (e.rlimits)
        for (qsizetype i = 0; i < e.rlimits->size(); ++i) {
            const RlimitSpec spec = RlimitSpec::parse(e.rlimits->at(i));
            if (!spec.error.isEmpty())
                out.append(error(QStringLiteral("rlimit"), spec.error, e.rlimits.itemPosAt(i)));
        }
    checkNamespace(e.net, QStringLiteral("net"), out);
    checkNamespace(e.pid, QStringLiteral("pid"), out);
    checkNamespace(e.ipc, QStringLiteral("ipc"), out);
    checkNamespace(e.uts, QStringLiteral("uts"), out);
    checkNamespace(e.userns, QStringLiteral("userns"), out);
    if (e.uid)
        checkIdName(*e.uid, e.uid.pos, QStringLiteral("uid"), out);
    if (e.gid)
        checkIdName(*e.gid, e.gid.pos, QStringLiteral("gid"), out);
    if (e.additionalGids)
        for (qsizetype i = 0; i < e.additionalGids->size(); ++i)
            checkIdName(e.additionalGids->at(i), e.additionalGids.itemPosAt(i),
                        QStringLiteral("gid"), out);
}

} // namespace Lkc
