<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Lkc</name>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="20"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="23"/>
        <source>The container&apos;s name: its directory in the image and its ID at run time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="25"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="28"/>
        <source>The OCI image to run, e.g. lkc.local/starter/getty:1 or linuxkit/sshd:&lt;tag&gt;. Pin a digest (@sha256:…) for reproducible builds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="31"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="34"/>
        <source>The process and its arguments, one per line. Replaces the image&apos;s entrypoint and cmd entirely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="37"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="40"/>
        <source>KEY=value lines. Replaces the image&apos;s environment: repeat PATH if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="41"/>
        <source>Working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="41"/>
        <source>Defaults to /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="43"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="46"/>
        <source>CAP_* names, or all / none. Replaces what the image&apos;s label asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="48"/>
        <source>Extra capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="51"/>
        <source>Added to the capabilities the image&apos;s label asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="53"/>
        <source>Bind mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="56"/>
        <source>host:container[:options] lines. Replaces the image&apos;s label binds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="58"/>
        <source>Extra bind mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="61"/>
        <source>Added to the binds the image&apos;s label asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="63"/>
        <source>tmpfs mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="66"/>
        <source>path[:options] lines, e.g. /run:rw,size=1m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="68"/>
        <source>Read-only root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="71"/>
        <source>Mount the container&apos;s root read-only (no overlay; /dev and /sys read-only too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="72"/>
        <source>Network namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="73"/>
        <source>host shares the host&apos;s network; new gives an empty one; a path joins an existing namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="75"/>
        <source>PID namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="76"/>
        <source>Unset means a new PID namespace; host shares the host&apos;s processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="77"/>
        <source>IPC namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="78"/>
        <source>UTS namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="79"/>
        <source>new is needed to set a hostname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="80"/>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="82"/>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="85"/>
        <source>A number, or another container&apos;s name to share its allocated ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="86"/>
        <source>Group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="87"/>
        <source>No new privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="89"/>
        <source>OOM score adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="92"/>
        <source>-1000 (never killed) to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="94"/>
        <source>Resource limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="97"/>
        <source>name,soft,hard lines, e.g. nofile,1024,4096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="98"/>
        <source>Masked paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="99"/>
        <source>Read-only paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="101"/>
        <source>Root propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="105"/>
        <source>Cgroups path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::BuildPanel</name>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="41"/>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="42"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="43"/>
        <source>Boot in Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="48"/>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="50"/>
        <source>beside the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="51"/>
        <location filename="../ui/build/buildpanel.cpp" line="89"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="54"/>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="58"/>
        <source>Build log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="64"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="66"/>
        <source>Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="151"/>
        <source>The config has errors: fix them (see Problems) and build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="175"/>
        <source>Building: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="187"/>
        <source>Building %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="194"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="202"/>
        <source>Built %1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="204"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="214"/>
        <source>Build failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="215"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::ConfigDocument</name>
    <message>
        <location filename="../ui/document/configdocument.cpp" line="24"/>
        <source>Untitled</source>
        <translation type="unfinished">Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/document/configdocument.cpp" line="30"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/configdocument.cpp" line="34"/>
        <source>not a UTF-8 text file; LinuxKit configs are UTF-8 YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/configdocument.cpp" line="73"/>
        <location filename="../ui/document/configdocument.cpp" line="76"/>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/configdocument.cpp" line="123"/>
        <location filename="../ui/document/configdocument.cpp" line="131"/>
        <location filename="../ui/document/configdocument.cpp" line="141"/>
        <location filename="../ui/document/configdocument.cpp" line="149"/>
        <source>the YAML has syntax errors; fix them in the text first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::ConsolePanel</name>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="20"/>
        <source>No machine running. Build a bootable format, then Boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="21"/>
        <source>Power Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="22"/>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="23"/>
        <source>Ask the guest to shut down (ACPI), kill it if it does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="24"/>
        <source>End QEMU now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="68"/>
        <source>A machine is already running: power it off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="71"/>
        <source>Checking whether KVM works…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="98"/>
        <source>QEMU ended by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="99"/>
        <source>The machine powered off (QEMU exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="114"/>
        <source>Running %1 (%2). Click the console to type; Ctrl-A x quits QEMU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="124"/>
        <source>Powering off…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::DiagnosticsModel</name>
    <message>
        <location filename="../ui/document/diagnosticsmodel.cpp" line="40"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/diagnosticsmodel.cpp" line="40"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/diagnosticsmodel.cpp" line="44"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/diagnosticsmodel.cpp" line="72"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/diagnosticsmodel.cpp" line="74"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/diagnosticsmodel.cpp" line="76"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::EntryForm</name>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="64"/>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="65"/>
        <source>Pick a section or an entry in the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="80"/>
        <source>&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="84"/>
        <source>In the image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="117"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="118"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="119"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="136"/>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::FieldCatalog</name>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="113"/>
        <location filename="../ui/editors/fieldcatalog.cpp" line="116"/>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="114"/>
        <source>The Linux kernel to boot and its command line. The kernel image holds the kernel binary and a tarball of its modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="116"/>
        <source>boot/kernel and boot/cmdline; the modules tar is unpacked at /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="117"/>
        <source>Init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="118"/>
        <source>Images unpacked straight into the root filesystem: the init process, runc, containerd, CA certificates. Later images overwrite earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="120"/>
        <source>/ (merged in list order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="120"/>
        <source>Init image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="121"/>
        <source>On boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="122"/>
        <source>Containers run once, one after another, at boot: format disks, configure the network, set sysctls. The next starts when the previous exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="124"/>
        <source>/containers/onboot/NNN-%1 (NNN = position in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="124"/>
        <location filename="../ui/editors/fieldcatalog.cpp" line="127"/>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="125"/>
        <source>On shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="126"/>
        <source>Containers run once at a clean shutdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="126"/>
        <source>/containers/onshutdown/NNN-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="128"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="129"/>
        <source>Long-running containers (getty, sshd, dhcpcd …), started in parallel after the onboot containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="131"/>
        <source>/containers/services/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="131"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="132"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="133"/>
        <source>Files, directories and symlinks added to the root filesystem, from inline contents, a host file or the config itself (metadata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="135"/>
        <source>the path you give, relative to /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="135"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="136"/>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="137"/>
        <source>Named directories, optionally filled from an image, that containers can bind by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="139"/>
        <source>/containers/volumes/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="139"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="154"/>
        <location filename="../ui/editors/fieldcatalog.cpp" line="219"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="157"/>
        <source>The kernel image, e.g. lkc.local/starter/kernel:6.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="159"/>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="162"/>
        <source>Passed to the kernel. The last console= is where the boot log and /dev/console go: put console=ttyS0 last to see it in the serial console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="165"/>
        <source>Kernel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="168"/>
        <source>Name of the kernel inside the image (default: kernel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="170"/>
        <source>Modules tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="173"/>
        <source>Modules tarball inside the image (default: kernel.tar; none for no modules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="175"/>
        <source>Microcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="178"/>
        <source>CPU microcode cpio inside the image, prepended to the initrd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="183"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="186"/>
        <source>Where the file goes (leading / optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="187"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="187"/>
        <source>Inline contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="189"/>
        <source>Host file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="192"/>
        <source>A file on this machine to copy in; ~/ is your home directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="194"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="197"/>
        <source>Skip the host file silently when it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="198"/>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="199"/>
        <source>Symlink target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="201"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="204"/>
        <source>Write the resolved config itself into this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="206"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="209"/>
        <source>Octal, quoted: &quot;0644&quot;. Default 0600 for files, 0700 for directories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="210"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="211"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="215"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="218"/>
        <source>Lower-case letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="219"/>
        <source>Optional image to fill it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="220"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="222"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>YAML text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>&amp;New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>&amp;Cancel Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Open LinuxKit config</source>
        <translation>LinuxKit-Konfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>LinuxKit configs (*.yml *.yaml)</source>
        <translation>LinuxKit-Konfigurationen (*.yml *.yaml)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>Save LinuxKit config</source>
        <translation>LinuxKit-Konfiguration speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>%1%2 — LinuxKit Composer</source>
        <translation>%1%2 — LinuxKit Composer</translation>
    </message>
</context>
<context>
    <name>Lkc::OutlineModel</name>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="56"/>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="59"/>
        <source>Init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="68"/>
        <source>On boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="69"/>
        <source>On shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="70"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="77"/>
        <location filename="../ui/document/outlinemodel.cpp" line="92"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="82"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="85"/>
        <source>(no path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="89"/>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::VTermTerminalWidget</name>
    <message>
        <location filename="../ui/console/vtermterminalwidget.cpp" line="24"/>
        <source>Serial console</source>
        <translation>Serielle Konsole</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/composer/main.cpp" line="23"/>
        <source>Compose, build and boot LinuxKit images</source>
        <translation>LinuxKit-Images zusammenstellen, bauen und booten</translation>
    </message>
    <message>
        <location filename="../app/composer/main.cpp" line="27"/>
        <source>LinuxKit YAML to open</source>
        <translation>Zu öffnende LinuxKit-YAML-Datei</translation>
    </message>
    <message>
        <location filename="../app/composer/main.cpp" line="30"/>
        <source>Select the node at a YAML path, e.g. services[1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
