// SPDX-License-Identifier: Apache-2.0
#include "formathelp.h"

#include <QCoreApplication>

namespace Lkc {

namespace {

struct Entry {
    const char *where;
    const char *label;
    const char *help;
    const char *defaultText;
};

// In form order per definition. The help is translated; "where" is not.
const Entry kEntries[] = {
    {"kernel.image", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Image"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "The kernel image, e.g. lkc.local/starter/kernel:6.1."),
     nullptr},
    {"kernel.cmdline", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Command line"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "Passed to the kernel. The last console= is where the boot log and "
                       "/dev/console go: put console=ttyS0 last to see it in the serial console."),
     nullptr},
    {"kernel.binary", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Kernel file"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Name of the kernel inside the image."), "kernel"},
    {"kernel.tar", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Modules tar"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "Modules tarball inside the image; none for no modules."),
     "kernel.tar"},
    {"kernel.ucode", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Microcode"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "CPU microcode cpio inside the image, prepended to the initrd."),
     nullptr},

    {"image.name", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Name"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "The container's name: its directory in the image and its ID at run time."),
     nullptr},
    {"image.image", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Image"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "The OCI image to run. Pin a digest (@sha256:…) for reproducible builds."),
     nullptr},
    {"image.command", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Command"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "The process and its arguments. Replaces the image's entrypoint and cmd."),
     "the image's entrypoint and cmd"},
    {"image.env", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Environment"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "Replaces the image's environment: repeat PATH if you need it."),
     "the image's environment"},
    {"image.cwd", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Working directory"), nullptr, "/"},
    {"image.capabilities", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Capabilities"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "Replaces what the image's label asks for; all or none alone."),
     "the label's, else LinuxKit's default set"},
    {"image.capabilities.add", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Extra capabilities"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "Added to the capabilities the image's label asks for."),
     nullptr},
    {"image.ambient", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Ambient capabilities"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "Kept across exec for a non-root user; each must also be a capability."),
     nullptr},
    {"image.binds", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Bind mounts"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "host:container[:options]. Replaces the image's label binds."),
     nullptr},
    {"image.binds.add", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Extra bind mounts"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Added to the binds the image's label asks for."),
     nullptr},
    {"image.tmpfs", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "tmpfs mounts"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "path[:options], e.g. /run:rw,size=1m."), nullptr},
    {"image.mounts", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Mounts"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "Full OCI mounts; replace the label's mounts at the same destination."),
     nullptr},
    {"image.devices", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Devices"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "Device nodes created in the container and allowed by its cgroup."),
     nullptr},
    {"image.readonly", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Read-only root"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "Mount the container's root read-only (no overlay)."),
     nullptr},
    {"image.net", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Network namespace"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "host shares the host's network; new gives an empty one; a path joins an "
                       "existing namespace."),
     "new"},
    {"image.pid", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "PID namespace"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "host shares the host's processes."), "new"},
    {"image.ipc", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "IPC namespace"), nullptr, "new"},
    {"image.uts", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "UTS namespace"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "new is needed to set a hostname."), "new"},
    {"image.userns", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "User namespace"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "A path to join an existing user namespace."),
     "the host's"},
    {"image.hostname", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Hostname"), nullptr, nullptr},
    {"image.uid", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "User ID"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "A number, or another container's name to share its allocated ID."),
     "0"},
    {"image.gid", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Group ID"), nullptr, "0"},
    {"image.additionalGids", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Extra groups"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Group numbers or container names."), nullptr},
    {"image.noNewPrivileges", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "No new privileges"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "setuid binaries cannot gain privileges."),
     nullptr},
    {"image.oomScoreAdj", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "OOM score adjustment"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "-1000 (never killed) to 1000."), "0"},
    {"image.rlimits", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Resource limits"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "name,soft,hard, e.g. nofile,1024,4096."),
     nullptr},
    {"image.sysctl", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "sysctl"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Kernel settings inside the container."), nullptr},
    {"image.maskedPaths", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Masked paths"), nullptr,
     "the OCI defaults (/proc/kcore …)"},
    {"image.readonlyPaths", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Read-only paths"), nullptr,
     "the OCI defaults (/proc/sys …)"},
    {"image.rootfsPropagation", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Root propagation"),
     nullptr, "private"},
    {"image.cgroupsPath", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Cgroups path"), nullptr,
     "the section and the name"},
    {"image.resources", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Resources"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "cgroup limits: memory, CPU, PIDs, block I/O."),
     nullptr},
    {"image.uidMappings", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "UID mappings"), nullptr,
     nullptr},
    {"image.gidMappings", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "GID mappings"), nullptr,
     nullptr},
    {"image.annotations", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Annotations"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Written into the OCI config.json."), nullptr},
    {"image.runtime", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Runtime"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "What init does around the container: cgroups, mounts, directories, "
                       "network interfaces, bound namespaces."),
     nullptr},

    {"runtime.mkdir", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Make directories"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Created on the host before the container runs."),
     nullptr},
    {"runtime.bindNS", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Bind namespaces"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "Bind-mount the container's namespaces to these paths."),
     nullptr},

    {"file.path", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Path"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Where the file goes (leading / optional)."),
     nullptr},
    {"file.contents", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Contents"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "The file's text."), nullptr},
    {"file.source", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Host file"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "A file on this machine to copy in, relative to the config's folder."),
     nullptr},
    {"file.optional", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Optional"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "Skip the host file silently when it does not exist."),
     nullptr},
    {"file.directory", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Directory"), nullptr, nullptr},
    {"file.symlink", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Symlink target"), nullptr,
     nullptr},
    {"file.metadata", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Metadata"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "Write the resolved config itself into this file."),
     nullptr},
    {"file.mode", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Mode"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Octal, quoted: \"0644\"."),
     "0600 for files, 0755 for directories"},
    {"file.uid", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Owner"), nullptr, "0"},
    {"file.gid", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Group"), nullptr, "0"},

    {"volume.name", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Name"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Lower-case letters, digits, - and _."), nullptr},
    {"volume.image", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Image"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Optional image to fill it from."), nullptr},
    {"volume.readonly", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Read-only"), nullptr, nullptr},
    {"volume.format", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Format"), nullptr, "filesystem"},

    {"trust.image", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Trusted images"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription",
                       "Accepted for old configs and ignored: LinuxKit removed Notary in 2021."),
     nullptr},
    {"trust.org", QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Trusted organisations"),
     QT_TRANSLATE_NOOP("Lkc::FormatDescription", "Accepted and ignored, like image."), nullptr},
};

QString translated(const char *text) {
    return text ? QCoreApplication::translate("Lkc::FormatDescription", text) : QString();
}

// A key without its own help is labelled with the key itself: it is what the YAML says
// (and what LinuxKit's documentation calls it), so it needs no translation.
QString labelFromKey(const QString &key) {
    return key;
}

} // namespace

FormatHelp formatHelp(const QString &definition, const QString &key) {
    const QString where = definition + QLatin1Char('.') + key;
    for (int i = 0; i < int(std::size(kEntries)); ++i) {
        const Entry &e = kEntries[i];
        if (where != QLatin1String(e.where))
            continue;
        return {translated(e.label), translated(e.help), translated(e.defaultText), i};
    }
    return {labelFromKey(key), {}, {}, 1000};
}

} // namespace Lkc
