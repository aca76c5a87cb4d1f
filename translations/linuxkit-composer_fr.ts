<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Lkc</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s name: its directory in the image and its ID at run time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCI image to run, e.g. lkc.local/starter/getty:1 or linuxkit/sshd:&lt;tag&gt;. Pin a digest (@sha256:…) for reproducible builds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process and its arguments, one per line. Replaces the image&apos;s entrypoint and cmd entirely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=value lines. Replaces the image&apos;s environment: repeat PATH if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults to /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP_* names, or all / none. Replaces what the image&apos;s label asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the capabilities the image&apos;s label asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:container[:options] lines. Replaces the image&apos;s label binds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra bind mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the binds the image&apos;s label asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tmpfs mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path[:options] lines, e.g. /run:rw,size=1m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount the container&apos;s root read-only (no overlay; /dev and /sys read-only too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host shares the host&apos;s network; new gives an empty one; a path joins an existing namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset means a new PID namespace; host shares the host&apos;s processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPC namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTS namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new is needed to set a hostname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, or another container&apos;s name to share its allocated ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM score adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-1000 (never killed) to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name,soft,hard lines, e.g. nofile,1024,4096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cgroups path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::BoolFieldEditor</name>
    <message>
        <source>not set (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::BootFlowModel</name>
    <message>
        <source>1 · kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · onboot, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · services, in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 · onshutdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::BootFlowView</name>
    <message>
        <source>Boot flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boot flow appears here: kernel, init, onboot in order, services in parallel, onshutdown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::BuildPanel</name>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot in Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config has errors: fix them (see Problems) and build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built %1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formats to build in one go (only formats lkc builds are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory, CPUs, accelerator, firmware, ports, disks, network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot every built format and check its console (PASS/FAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIG.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not bootable on its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot it in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot it and check the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve it over HTTP for a machine to fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it to a USB stick or disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the output folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::CapabilitiesEditor</name>
    <message>
        <source>Search capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a capability the kernel knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: the image&apos;s label or LinuxKit&apos;s default decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All capabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lkc::ChoiceFieldEditor</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::CommandLineField</name>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lkc command for this action appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command line to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::ConfigDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a UTF-8 text file; LinuxKit configs are UTF-8 YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save, the file on disk was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML has syntax errors; fix them in the text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::ConsolePanel</name>
    <message>
        <source>No machine running. Build a bootable format, then Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the guest to shut down (ACPI), kill it if it does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End QEMU now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the machine, like its reset button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl-Alt-Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Ctrl-Alt-Delete to the guest&apos;s keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the console (Enter: older, Shift+Enter: newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the clipboard into the console (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the console&apos;s text to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the console and its scrollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial console (bell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A machine is already running: power it off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether KVM works…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU ended by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine powered off (QEMU exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 (%2). Click the console to type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QEMU monitor is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Console Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the console log to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powering off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machine running. Build a bootable format, then Boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 (%2). Click the console to type; Ctrl-A x quits QEMU.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::EffectiveConfigView</name>
    <message>
        <source>Effective configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective configuration lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an onboot, onshutdown or services entry in the outline to see the config.json and runtime.json the build writes for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3 @ %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the image has no org.mobyproject.config label)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::EffectiveLinesModel</name>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinuxKit default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set by %2 in the YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the build writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::EntryForm</name>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a section or an entry in the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::FieldCatalog</name>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Linux kernel to boot and its command line. The kernel image holds the kernel binary and a tarball of its modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boot/kernel and boot/cmdline; the modules tar is unpacked at /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images unpacked straight into the root filesystem: the init process, runc, containerd, CA certificates. Later images overwrite earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ (merged in list order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers run once, one after another, at boot: format disks, configure the network, set sysctls. The next starts when the previous exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/containers/onboot/NNN-%1 (NNN = position in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers run once at a clean shutdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/containers/onshutdown/NNN-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-running containers (getty, sshd, dhcpcd …), started in parallel after the onboot containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/containers/services/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files, directories and symlinks added to the root filesystem, from inline contents, a host file or the config itself (metadata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path you give, relative to /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named directories, optionally filled from an image, that containers can bind by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/containers/volumes/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel image, e.g. lkc.local/starter/kernel:6.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed to the kernel. The last console= is where the boot log and /dev/console go: put console=ttyS0 last to see it in the serial console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the kernel inside the image (default: kernel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules tarball inside the image (default: kernel.tar; none for no modules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU microcode cpio inside the image, prepended to the initrd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the file goes (leading / optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on this machine to copy in; ~/ is your home directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the host file silently when it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symlink target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the resolved config itself into this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octal, quoted: &quot;0644&quot;. Default 0600 for files, 0700 for directories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional image to fill it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::FindBar</name>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lkc::GuidedTour</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::ImagePicker</name>
    <message>
        <source>Choose an Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images in the local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In the local store&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tags in a registry&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s). A newer tag than %1 exists: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lkc::KeyValueEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variable name cannot contain &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::LayoutModel</name>
    <message>
        <source>%1 is %2, over the budget of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put there by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::LayoutView</name>
    <message>
        <source>The layout appears when the config is valid and its images are in the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everything larger than this (0: no budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root filesystem %1 in %2 entries · kernel %3 · initrd %4 · ISO about %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO would be %1 over the budget of %2; the entries in red pass it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::LineFieldEditor</name>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::LocalImagesModel</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open LinuxKit config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinuxKit configs (*.yml *.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save LinuxKit config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — LinuxKit Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, Open and Save a config; Build ISO makes a bootable ISO; Run builds a kernel+initrd and boots it in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of a LinuxKit image in boot order: kernel, init, onboot, services, onshutdown, files. Select one to edit it; right-click to add, move or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config itself. Forms edit this text and nothing else: one undo history for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of the selected entry, with help on each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In what order the image starts and what each step does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files the build will write and how large they are; set a size budget to see what is too big.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config.json the build writes for the selected container: green from your YAML, purple from the image&apos;s label, grey LinuxKit&apos;s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and warnings as you type; activate one to go to its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build in any format and watch LinuxKit&apos;s progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New config from the annotated minimal template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin to Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin &amp;All Images to Digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build &amp;ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a kernel+initrd and boot it in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LinuxKit Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the untitled config be built?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry with an image in the outline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n image(s) to their digests.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n image(s); not in the local store: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not installed on this system. It is docs/user-guide.md in the source tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LinuxKit Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LinuxKit Composer %1&lt;/h3&gt;&lt;p&gt;Compose, build and boot LinuxKit images: a desktop application and the &lt;code&gt;lkc&lt;/code&gt; command line tool.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::ModeEditor</name>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octal mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::ObjectTableEditor</name>
    <message>
        <source>a whole number is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::OutlineModel</name>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lkc::PartsTableEditor</name>
    <message>
        <source>%1 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; separates the parts; it cannot appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container path must be absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a resource limit the kernel knows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::PublishDialog</name>
    <message>
        <source>Require a random token in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1: this machine and its VMs only; 0.0.0.0: every network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk the target machine writes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing SHA-256…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an IP address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken off at %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving on port %1. Stop ends every download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the images are no longer served.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::RunOptionsDialog</name>
    <message>
        <source>User networking (the guest reaches the host and the net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (KVM when it works, else TCG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCG (emulation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS (SeaBIOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI (OVMF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, HOST:GUEST[/tcp|udp], e.g. 2222:22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, [file=]PATH[,size=N(M|G)][,format=F], e.g. size=1G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accelerator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published &amp;ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;disks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published ports need networking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::StringListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::TableFieldEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::TestBootModel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::TestBootPanel</name>
    <message>
        <source>Build, then Test Boot: each format boots under QEMU and its console is watched for the starter kit&apos;s success line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test boot results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether KVM works…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booting %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every format passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some formats failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::VTermTerminalWidget</name>
    <message>
        <source>Serial console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::WelcomePage</name>
    <message>
        <source>Minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kernel, init, DHCP at boot and a console login: the smallest useful image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login prompt with a root password, kernel settings and an entropy daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in over SSH with your own key; a console login as a fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline starter kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boots without Docker Hub, on images built from Debian packages (packaging/starter-kit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;LinuxKit Composer&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A LinuxKit image is a kernel plus a root filesystem built from container images. At boot the kernel starts &lt;b&gt;init&lt;/b&gt;; init runs the &lt;b&gt;onboot&lt;/b&gt; containers one after another, then starts the &lt;b&gt;services&lt;/b&gt; together; &lt;b&gt;onshutdown&lt;/b&gt; runs at power-off. &lt;b&gt;files&lt;/b&gt; are written into the root filesystem as they are.&lt;/p&gt;&lt;p&gt;Start from a template: every line of it says why it is there. The Layout, Boot flow and Effective configuration views show what the build will make before you build.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;New from a template&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&amp;Recent files&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::WriteDiskDialog</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1 to a Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can write?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on the chosen disk is replaced by %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, removable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disks found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a disk. Greyed-out disks are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to a Large Disk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying (reading back)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written and verified: %1 bytes, SHA-256 %2 read back identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written (%1 bytes) without verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lkc::YamlTextView</name>
    <message>
        <source>YAML text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick fix: change %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compose, build and boot LinuxKit images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinuxKit YAML to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the node at a YAML path, e.g. services[1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot a built image in the console: a kernel+initrd prefix, an ISO or a disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot with UEFI firmware (OVMF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image store to use (default: ~/.linuxkit/cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and raise a dock: problems, build, console, bootflow, layout, effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide a dock (names as --dock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window in this language (en, de, fr) for this run; the default is the system&apos;s or the one chosen in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
