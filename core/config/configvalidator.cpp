// SPDX-License-Identifier: Apache-2.0
#include "configvalidator.h"

#include "imageentrychecks.h"
#include "imagereferencesyntax.h"
#include "octalmode.h"
#include "suggestion.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Lkc {

namespace {

// "line 6" when both are in one file, else "other.yml:6:11".
QString whereFirst(const SourcePos &first, const SourcePos &here) {
    if (first.file == here.file && first.isValid())
        return QStringLiteral("line %1").arg(first.line);
    return first.toString();
}

SourcePos posOr(const SourcePos &preferred, const SourcePos &fallback) {
    return preferred.isValid() ? preferred : fallback;
}

void checkReference(const QString &ref, const SourcePos &pos, const QString &what,
                    DiagnosticList &out) {
    const QString problem = imageReferenceSyntaxError(ref);
    if (!problem.isEmpty())
        out.append(Diagnostic::error(
            QStringLiteral("image-reference"),
            QStringLiteral("invalid %1 image reference \"%2\": %3").arg(what, ref, problem), pos));
}

void checkFiles(const Config &config, const ImageEntryChecks &checks, DiagnosticList &out) {
    for (const FileEntry &f : config.files) {
        const QString path = f.path.value_or(QString());
        const SourcePos at = f.pos;
        if (path.isEmpty()) {
            out.append(Diagnostic::error(QStringLiteral("file-entry"),
                                         QStringLiteral("did not specify path for file"),
                                         posOr(f.path.pos, at)));
            continue;
        }
        if (f.mode && !parseOctalMode(*f.mode))
            out.append(Diagnostic::error(
                QStringLiteral("file-mode"),
                QStringLiteral("cannot parse file mode \"%1\" as an octal value (e.g. \"0644\")")
                    .arg(*f.mode),
                f.mode.pos));
        if (f.uid)
            checks.checkIdName(*f.uid, f.uid.pos, QStringLiteral("uid"), out);
        if (f.gid)
            checks.checkIdName(*f.gid, f.gid.pos, QStringLiteral("gid"), out);

        const bool directory = f.directory.value_or(false);
        const QString symlink = f.symlink.value_or(QString());
        const QString source = f.source.value_or(QString());
        const QString metadata = f.metadata.value_or(QString());
        // The order of LinuxKit's checks, so the first error is the same (§2.8).
        if (!directory && symlink.isEmpty() && !f.contents) {
            if (source.isEmpty() && metadata.isEmpty()) {
                out.append(Diagnostic::error(
                    QStringLiteral("file-entry"),
                    QStringLiteral("contents of file (%1) not specified: give one of contents, "
                                   "source, metadata, symlink or directory: true")
                        .arg(path),
                    at));
            } else if (!source.isEmpty() && !metadata.isEmpty()) {
                out.append(Diagnostic::error(
                    QStringLiteral("file-entry"),
                    QStringLiteral("specified source and metadata for file: %1 (use one)")
                        .arg(path),
                    f.metadata.pos));
            } else if (!metadata.isEmpty() && metadata != QLatin1String("yaml") &&
                       metadata != QLatin1String("json")) {
                out.append(Diagnostic::error(
                    QStringLiteral("file-entry"),
                    QStringLiteral("unsupported metadata type \"%1\": use yaml or json")
                        .arg(metadata),
                    f.metadata.pos));
            }
        } else {
            if (!metadata.isEmpty()) {
                out.append(Diagnostic::error(
                    QStringLiteral("file-entry"),
                    QStringLiteral("specified contents and metadata for file: %1 (metadata "
                                   "cannot be combined with contents, symlink or directory)")
                        .arg(path),
                    f.metadata.pos));
            } else if (!source.isEmpty()) {
                out.append(Diagnostic::error(
                    QStringLiteral("file-entry"),
                    QStringLiteral("specified contents and source for file: %1 (source cannot "
                                   "be combined with contents, symlink or directory)")
                        .arg(path),
                    f.source.pos));
            } else if (directory && f.contents) {
                out.append(Diagnostic::error(QStringLiteral("file-entry"),
                                             QStringLiteral("directory with contents not allowed "
                                                            "(file %1)")
                                                 .arg(path),
                                             f.contents.pos));
            } else if (directory && !symlink.isEmpty()) {
                out.append(Diagnostic::warning(
                    QStringLiteral("file-entry"),
                    QStringLiteral("symlink is ignored: %1 is created as a directory").arg(path),
                    f.symlink.pos));
            } else if (!symlink.isEmpty() && f.contents) {
                out.append(Diagnostic::warning(
                    QStringLiteral("file-entry"),
                    QStringLiteral("contents are ignored: %1 is created as a symlink").arg(path),
                    f.contents.pos));
            }
        }
        if (f.optional.value_or(false) && source.isEmpty())
            out.append(Diagnostic::warning(QStringLiteral("file-entry"),
                                           QStringLiteral("optional only has an effect with "
                                                          "source"),
                                           f.optional.pos));
    }
}

void checkVolumes(const Config &config, DiagnosticList &out) {
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9_-]*$"));
    QHash<QString, SourcePos> seen;
    for (const VolumeEntry &v : config.volumes) {
        const QString name = v.name.value_or(QString());
        const SourcePos at = posOr(v.name.pos, v.pos);
        if (!nameRe.match(name).hasMatch()) {
            out.append(Diagnostic::error(QStringLiteral("volume-name"),
                                         QStringLiteral("invalid volume name: \"%1\" (use a-z, "
                                                        "0-9, '_' and '-')")
                                             .arg(name),
                                         at));
        } else if (seen.contains(name)) {
            out.append(Diagnostic::error(QStringLiteral("volume-name"),
                                         QStringLiteral("duplicate volume name: %1 (first at %2)")
                                             .arg(name, whereFirst(seen.value(name), at)),
                                         at));
        } else {
            seen.insert(name, at);
        }
        if (v.image)
            checkReference(*v.image, v.image.pos, QStringLiteral("volume"), out);
    }
}

} // namespace

QString ConfigValidator::consoleOrderProblem(const QString &cmdline) {
    static const QRegularExpression consoleRe(QStringLiteral("(?:^|\\s)console=([^\\s,]+)"));
    static const QRegularExpression vgaRe(QStringLiteral("^tty[0-9]+$"));
    static const QRegularExpression serialRe(QStringLiteral("^(ttyS|ttyAMA|hvc|ttysclp|ttyPS)"));
    QString lastRelevant;
    QString firstSerial;
    auto it = consoleRe.globalMatch(cmdline);
    while (it.hasNext()) {
        const QString dev = it.next().captured(1);
        if (serialRe.match(dev).hasMatch()) {
            if (firstSerial.isEmpty())
                firstSerial = dev;
            lastRelevant = dev;
        } else if (vgaRe.match(dev).hasMatch()) {
            lastRelevant = dev;
        }
    }
    // The last console= that exists becomes /dev/console; serial consoles of
    // other architectures (ttyAMA0 on x86) never register, so any later serial
    // entry keeps the boot log on the serial port.
    if (firstSerial.isEmpty() || !vgaRe.match(lastRelevant).hasMatch())
        return {};
    return QStringLiteral("console=%1 comes after console=%2, so /dev/console and the boot "
                          "log follow %1 and the serial console only gets kernel messages; "
                          "put console=%2 last to see the boot on the serial console "
                          "(lkc run)")
        .arg(lastRelevant, firstSerial);
}

DiagnosticList ConfigValidator::validateImageEntry(const ImageEntry &entry) {
    DiagnosticList out;
    ImageEntryChecks checks(nullptr);
    checks.check(entry, out);
    return out;
}

DiagnosticList ConfigValidator::validate(const Config &config) {
    DiagnosticList out;
    if (config.kernel.image)
        checkReference(*config.kernel.image, config.kernel.image.pos, QStringLiteral("kernel"),
                       out);
    if (config.kernel.cmdline) {
        const QString problem = consoleOrderProblem(*config.kernel.cmdline);
        if (!problem.isEmpty())
            out.append(Diagnostic::warning(QStringLiteral("console-order"), problem,
                                           config.kernel.cmdline.pos));
    }
    for (const ImageRefString &ref : config.init)
        checkReference(ref.value, ref.pos, QStringLiteral("init"), out);

    const ImageEntryChecks checks(&config);
    for (ImageSection s : {ImageSection::Onboot, ImageSection::Onshutdown, ImageSection::Services})
        for (const ImageEntry &entry : config.images(s))
            checks.check(entry, out);

    QHash<QString, SourcePos> serviceNames;
    for (const ImageEntry &entry : config.services) {
        if (!entry.name)
            continue;
        const QString name = *entry.name;
        if (serviceNames.contains(name))
            out.append(Diagnostic::error(
                QStringLiteral("duplicate-service"),
                QStringLiteral("duplicate service name: %1 (first at %2)")
                    .arg(name, whereFirst(serviceNames.value(name), entry.name.pos)),
                entry.name.pos));
        else
            serviceNames.insert(name, entry.name.pos);
    }
    checkVolumes(config, out);
    checkFiles(config, checks, out);
    if (config.trust.isPresent())
        out.append(Diagnostic::warning(
            QStringLiteral("trust-ignored"),
            QStringLiteral("trust: is ignored (LinuxKit dropped Docker Content Trust in 2021); "
                           "pin images by digest (image@sha256:…) instead"),
            config.trust.pos));
    return out;
}

} // namespace Lkc
