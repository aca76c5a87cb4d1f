// SPDX-License-Identifier: Apache-2.0
#include "fieldcatalog.h"

#include <QCoreApplication>

namespace Lkc {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Lkc::FieldCatalog", text);
}

using K = FieldSpec::Kind;

QList<FieldSpec> imageEntryFields() {
    const QStringList ns = {QStringLiteral("host"), QStringLiteral("new"), QStringLiteral("none")};
    return {
        {QStringLiteral("name"),
         tr("Name"),
         K::Text,
         {},
         tr("The container's name: its directory in the image and its ID at run time.")},
        {QStringLiteral("image"),
         tr("Image"),
         K::Text,
         {},
         tr("The OCI image to run, e.g. lkc.local/starter/getty:1 or linuxkit/sshd:<tag>. "
            "Pin a digest (@sha256:…) for reproducible builds.")},
        {QStringLiteral("command"),
         tr("Command"),
         K::StringList,
         {},
         tr("The process and its arguments, one per line. Replaces the image's entrypoint "
            "and cmd entirely.")},
        {QStringLiteral("env"),
         tr("Environment"),
         K::StringList,
         {},
         tr("KEY=value lines. Replaces the image's environment: repeat PATH if you need it.")},
        {QStringLiteral("cwd"), tr("Working directory"), K::Text, {}, tr("Defaults to /.")},
        {QStringLiteral("capabilities"),
         tr("Capabilities"),
         K::StringList,
         {},
         tr("CAP_* names, or all / none. Replaces what the image's label asks for.")},
        {QStringLiteral("capabilities.add"),
         tr("Extra capabilities"),
         K::StringList,
         {},
         tr("Added to the capabilities the image's label asks for.")},
        {QStringLiteral("binds"),
         tr("Bind mounts"),
         K::StringList,
         {},
         tr("host:container[:options] lines. Replaces the image's label binds.")},
        {QStringLiteral("binds.add"),
         tr("Extra bind mounts"),
         K::StringList,
         {},
         tr("Added to the binds the image's label asks for.")},
        {QStringLiteral("tmpfs"),
         tr("tmpfs mounts"),
         K::StringList,
         {},
         tr("path[:options] lines, e.g. /run:rw,size=1m.")},
        {QStringLiteral("readonly"),
         tr("Read-only root"),
         K::Bool,
         {},
         tr("Mount the container's root read-only (no overlay; /dev and /sys read-only too).")},
        {QStringLiteral("net"), tr("Network namespace"), K::Choice, ns,
         tr("host shares the host's network; new gives an empty one; a path joins an existing "
            "namespace.")},
        {QStringLiteral("pid"), tr("PID namespace"), K::Choice, ns,
         tr("Unset means a new PID namespace; host shares the host's processes.")},
        {QStringLiteral("ipc"), tr("IPC namespace"), K::Choice, ns, {}},
        {QStringLiteral("uts"), tr("UTS namespace"), K::Choice, ns,
         tr("new is needed to set a hostname.")},
        {QStringLiteral("hostname"), tr("Hostname"), K::Text, {}, {}},
        {QStringLiteral("uid"),
         tr("User ID"),
         K::Text,
         {},
         tr("A number, or another container's name to share its allocated ID.")},
        {QStringLiteral("gid"), tr("Group ID"), K::Text, {}, {}},
        {QStringLiteral("noNewPrivileges"), tr("No new privileges"), K::Bool, {}, {}},
        {QStringLiteral("oomScoreAdj"),
         tr("OOM score adjustment"),
         K::Integer,
         {},
         tr("-1000 (never killed) to 1000.")},
        {QStringLiteral("rlimits"),
         tr("Resource limits"),
         K::StringList,
         {},
         tr("name,soft,hard lines, e.g. nofile,1024,4096.")},
        {QStringLiteral("maskedPaths"), tr("Masked paths"), K::StringList, {}, {}},
        {QStringLiteral("readonlyPaths"), tr("Read-only paths"), K::StringList, {}, {}},
        {QStringLiteral("rootfsPropagation"),
         tr("Root propagation"),
         K::Choice,
         {QStringLiteral("shared"), QStringLiteral("slave"), QStringLiteral("private")},
         {}},
        {QStringLiteral("cgroupsPath"), tr("Cgroups path"), K::Text, {}, {}},
    };
}

} // namespace

const QList<SectionSpec> &FieldCatalog::sections() {
    static const QList<SectionSpec> list = {
        {QStringLiteral("kernel"), tr("Kernel"),
         tr("The Linux kernel to boot and its command line. The kernel image holds the "
            "kernel binary and a tarball of its modules."),
         tr("boot/kernel and boot/cmdline; the modules tar is unpacked at /"), tr("Kernel")},
        {QStringLiteral("init"), tr("Init"),
         tr("Images unpacked straight into the root filesystem: the init process, runc, "
            "containerd, CA certificates. Later images overwrite earlier ones."),
         tr("/ (merged in list order)"), tr("Init image")},
        {QStringLiteral("onboot"), tr("On boot"),
         tr("Containers run once, one after another, at boot: format disks, configure the "
            "network, set sysctls. The next starts when the previous exits."),
         tr("/containers/onboot/NNN-%1 (NNN = position in the list)"), tr("Container")},
        {QStringLiteral("onshutdown"), tr("On shutdown"),
         tr("Containers run once at a clean shutdown."), tr("/containers/onshutdown/NNN-%1"),
         tr("Container")},
        {QStringLiteral("services"), tr("Services"),
         tr("Long-running containers (getty, sshd, dhcpcd …), started in parallel after the "
            "onboot containers."),
         tr("/containers/services/%1"), tr("Service")},
        {QStringLiteral("files"), tr("Files"),
         tr("Files, directories and symlinks added to the root filesystem, from inline "
            "contents, a host file or the config itself (metadata)."),
         tr("the path you give, relative to /"), tr("File")},
        {QStringLiteral("volumes"), tr("Volumes"),
         tr("Named directories, optionally filled from an image, that containers can bind by "
            "name."),
         tr("/containers/volumes/%1"), tr("Volume")},
    };
    return list;
}

const SectionSpec *FieldCatalog::section(const QString &key) {
    for (const SectionSpec &s : sections())
        if (s.section == key)
            return &s;
    return nullptr;
}

const QList<FieldSpec> &FieldCatalog::fields(const QString &section) {
    static const QList<FieldSpec> kernel = {
        {QStringLiteral("image"),
         tr("Image"),
         K::Text,
         {},
         tr("The kernel image, e.g. lkc.local/starter/kernel:6.1.")},
        {QStringLiteral("cmdline"),
         tr("Command line"),
         K::Text,
         {},
         tr("Passed to the kernel. The last console= is where the boot log and /dev/console "
            "go: put console=ttyS0 last to see it in the serial console.")},
        {QStringLiteral("binary"),
         tr("Kernel file"),
         K::Text,
         {},
         tr("Name of the kernel inside the image (default: kernel).")},
        {QStringLiteral("tar"),
         tr("Modules tar"),
         K::Text,
         {},
         tr("Modules tarball inside the image (default: kernel.tar; none for no modules).")},
        {QStringLiteral("ucode"),
         tr("Microcode"),
         K::Text,
         {},
         tr("CPU microcode cpio inside the image, prepended to the initrd.")},
    };
    static const QList<FieldSpec> image = imageEntryFields();
    static const QList<FieldSpec> files = {
        {QStringLiteral("path"),
         tr("Path"),
         K::Text,
         {},
         tr("Where the file goes (leading / optional).")},
        {QStringLiteral("contents"), tr("Contents"), K::Text, {}, tr("Inline contents.")},
        {QStringLiteral("source"),
         tr("Host file"),
         K::Text,
         {},
         tr("A file on this machine to copy in; ~/ is your home directory.")},
        {QStringLiteral("optional"),
         tr("Optional"),
         K::Bool,
         {},
         tr("Skip the host file silently when it does not exist.")},
        {QStringLiteral("directory"), tr("Directory"), K::Bool, {}, {}},
        {QStringLiteral("symlink"), tr("Symlink target"), K::Text, {}, {}},
        {QStringLiteral("metadata"),
         tr("Metadata"),
         K::Choice,
         {QStringLiteral("yaml"), QStringLiteral("json")},
         tr("Write the resolved config itself into this file.")},
        {QStringLiteral("mode"),
         tr("Mode"),
         K::Text,
         {},
         tr("Octal, quoted: \"0644\". Default 0600 for files, 0700 for directories.")},
        {QStringLiteral("uid"), tr("Owner"), K::Text, {}, {}},
        {QStringLiteral("gid"), tr("Group"), K::Text, {}, {}},
    };
    static const QList<FieldSpec> volumes = {
        {QStringLiteral("name"),
         tr("Name"),
         K::Text,
         {},
         tr("Lower-case letters, digits, - and _.")},
        {QStringLiteral("image"), tr("Image"), K::Text, {}, tr("Optional image to fill it from.")},
        {QStringLiteral("readonly"), tr("Read-only"), K::Bool, {}, {}},
        {QStringLiteral("format"),
         tr("Format"),
         K::Choice,
         {QStringLiteral("filesystem"), QStringLiteral("oci")},
         {}},
    };
    static const QList<FieldSpec> none;
    if (section == QLatin1String("kernel"))
        return kernel;
    if (section == QLatin1String("onboot") || section == QLatin1String("onshutdown") ||
        section == QLatin1String("services"))
        return image;
    if (section == QLatin1String("files"))
        return files;
    if (section == QLatin1String("volumes"))
        return volumes;
    return none;
}

} // namespace Lkc
