<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Lkc</name>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="23"/>
        <source>The container&apos;s name: its directory in the image and its ID at run time.</source>
        <translation>Name des Containers: sein Verzeichnis im Image und seine ID zur Laufzeit.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="25"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="28"/>
        <source>The OCI image to run, e.g. lkc.local/starter/getty:1 or linuxkit/sshd:&lt;tag&gt;. Pin a digest (@sha256:…) for reproducible builds.</source>
        <translation>Das auszuführende OCI-Image, z. B. lkc.local/starter/getty:1 oder linuxkit/sshd:&lt;tag&gt;. Legen Sie für reproduzierbare Builds einen Digest (@sha256:…) fest.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="31"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="34"/>
        <source>The process and its arguments, one per line. Replaces the image&apos;s entrypoint and cmd entirely.</source>
        <translation>Der Prozess und seine Argumente, eines pro Zeile. Ersetzt entrypoint und cmd des Images vollständig.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="37"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="40"/>
        <source>KEY=value lines. Replaces the image&apos;s environment: repeat PATH if you need it.</source>
        <translation>Zeilen der Form KEY=value. Ersetzt die Umgebung des Images: Geben Sie PATH erneut an, wenn Sie es brauchen.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="41"/>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="41"/>
        <source>Defaults to /.</source>
        <translation>Standard: /.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="43"/>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="46"/>
        <source>CAP_* names, or all / none. Replaces what the image&apos;s label asks for.</source>
        <translation>CAP_*-Namen oder all / none. Ersetzt, was das Label des Images anfordert.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="48"/>
        <source>Extra capabilities</source>
        <translation>Zusätzliche Capabilities</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="51"/>
        <source>Added to the capabilities the image&apos;s label asks for.</source>
        <translation>Ergänzt die Capabilities, die das Label des Images anfordert.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="53"/>
        <source>Bind mounts</source>
        <translation>Bind-Mounts</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="56"/>
        <source>host:container[:options] lines. Replaces the image&apos;s label binds.</source>
        <translation>Zeilen der Form host:container[:options]. Ersetzt die Binds aus dem Label des Images.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="58"/>
        <source>Extra bind mounts</source>
        <translation>Zusätzliche Bind-Mounts</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="61"/>
        <source>Added to the binds the image&apos;s label asks for.</source>
        <translation>Ergänzt die Binds, die das Label des Images anfordert.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="63"/>
        <source>tmpfs mounts</source>
        <translation>tmpfs-Mounts</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="66"/>
        <source>path[:options] lines, e.g. /run:rw,size=1m.</source>
        <translation>Zeilen der Form path[:options], z. B. /run:rw,size=1m.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="68"/>
        <source>Read-only root</source>
        <translation>Root schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="71"/>
        <source>Mount the container&apos;s root read-only (no overlay; /dev and /sys read-only too).</source>
        <translation>Das Root-Dateisystem des Containers schreibgeschützt einhängen (kein Overlay; auch /dev und /sys schreibgeschützt).</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="72"/>
        <source>Network namespace</source>
        <translation>Netzwerk-Namespace</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="73"/>
        <source>host shares the host&apos;s network; new gives an empty one; a path joins an existing namespace.</source>
        <translation>host teilt das Netzwerk des Hosts; new erzeugt ein leeres; ein Pfad tritt einem bestehenden Namespace bei.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="75"/>
        <source>PID namespace</source>
        <translation>PID-Namespace</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="76"/>
        <source>Unset means a new PID namespace; host shares the host&apos;s processes.</source>
        <translation>Nicht gesetzt heißt neuer PID-Namespace; host teilt die Prozesse des Hosts.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="77"/>
        <source>IPC namespace</source>
        <translation>IPC-Namespace</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="78"/>
        <source>UTS namespace</source>
        <translation>UTS-Namespace</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="79"/>
        <source>new is needed to set a hostname.</source>
        <translation>new ist nötig, um einen Hostnamen zu setzen.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="80"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="82"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="85"/>
        <source>A number, or another container&apos;s name to share its allocated ID.</source>
        <translation>Eine Zahl oder der Name eines anderen Containers, um dessen zugewiesene ID mitzunutzen.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="86"/>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="87"/>
        <source>No new privileges</source>
        <translation>Keine neuen Privilegien</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="89"/>
        <source>OOM score adjustment</source>
        <translation>OOM-Score-Anpassung</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="92"/>
        <source>-1000 (never killed) to 1000.</source>
        <translation>-1000 (wird nie beendet) bis 1000.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="94"/>
        <source>Resource limits</source>
        <translation>Ressourcenlimits</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="97"/>
        <source>name,soft,hard lines, e.g. nofile,1024,4096.</source>
        <translation>Zeilen der Form name,soft,hard, z. B. nofile,1024,4096.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="98"/>
        <source>Masked paths</source>
        <translation>Maskierte Pfade</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="99"/>
        <source>Read-only paths</source>
        <translation>Schreibgeschützte Pfade</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="101"/>
        <source>Root propagation</source>
        <translation>Root-Propagation</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="105"/>
        <source>Cgroups path</source>
        <translation>Cgroups-Pfad</translation>
    </message>
</context>
<context>
    <name>Lkc::BuildPanel</name>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="41"/>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="42"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="43"/>
        <source>Boot in Console</source>
        <translation>In Konsole booten</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="48"/>
        <source>Output format</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="50"/>
        <source>beside the config</source>
        <translation>neben der Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="51"/>
        <location filename="../ui/build/buildpanel.cpp" line="89"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="54"/>
        <source>Choose the output folder</source>
        <translation>Ausgabeordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="58"/>
        <source>Build log</source>
        <translation>Build-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="64"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="66"/>
        <source>Into:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="151"/>
        <source>The config has errors: fix them (see Problems) and build again.</source>
        <translation>Die Konfiguration enthält Fehler: Beheben Sie sie (siehe Probleme) und erstellen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="175"/>
        <source>Building: %1</source>
        <translation>Wird erstellt: %1</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="187"/>
        <source>Building %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="194"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="202"/>
        <source>Built %1 in %2 s</source>
        <translation>%1 in %2 s erstellt</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="204"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="214"/>
        <source>Build failed</source>
        <translation>Erstellen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/build/buildpanel.cpp" line="215"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Lkc::ConfigDocument</name>
    <message>
        <location filename="../ui/document/configdocument.cpp" line="24"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/document/configdocument.cpp" line="30"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/configdocument.cpp" line="34"/>
        <source>not a UTF-8 text file; LinuxKit configs are UTF-8 YAML</source>
        <translation>keine UTF-8-Textdatei; LinuxKit-Konfigurationen sind UTF-8-YAML</translation>
    </message>
    <message>
        <location filename="../ui/document/configdocument.cpp" line="73"/>
        <location filename="../ui/document/configdocument.cpp" line="76"/>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/document/configdocument.cpp" line="123"/>
        <location filename="../ui/document/configdocument.cpp" line="131"/>
        <location filename="../ui/document/configdocument.cpp" line="141"/>
        <location filename="../ui/document/configdocument.cpp" line="149"/>
        <source>the YAML has syntax errors; fix them in the text first</source>
        <translation>das YAML enthält Syntaxfehler; beheben Sie sie zuerst im Text</translation>
    </message>
</context>
<context>
    <name>Lkc::ConsolePanel</name>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="20"/>
        <source>No machine running. Build a bootable format, then Boot.</source>
        <translation>Keine Maschine läuft. Erstellen Sie ein bootfähiges Format und booten Sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="21"/>
        <source>Power Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="22"/>
        <source>Kill</source>
        <translation>Beenden erzwingen</translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="23"/>
        <source>Ask the guest to shut down (ACPI), kill it if it does not</source>
        <translation>Gast zum Herunterfahren auffordern (ACPI), sonst zwangsweise beenden</translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="24"/>
        <source>End QEMU now</source>
        <translation>QEMU sofort beenden</translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="68"/>
        <source>A machine is already running: power it off first.</source>
        <translation>Es läuft bereits eine Maschine: Schalten Sie sie zuerst aus.</translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="71"/>
        <source>Checking whether KVM works…</source>
        <translation>Es wird geprüft, ob KVM funktioniert…</translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="98"/>
        <source>QEMU ended by signal %1</source>
        <translation>QEMU durch Signal %1 beendet</translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="99"/>
        <source>The machine powered off (QEMU exit code %1)</source>
        <translation>Die Maschine wurde ausgeschaltet (QEMU-Exit-Code %1)</translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="114"/>
        <source>Running %1 (%2). Click the console to type; Ctrl-A x quits QEMU.</source>
        <translation>%1 läuft (%2). Klicken Sie in die Konsole, um zu tippen; Strg-A x beendet QEMU.</translation>
    </message>
    <message>
        <location filename="../ui/console/consolepanel.cpp" line="124"/>
        <source>Powering off…</source>
        <translation>Wird ausgeschaltet…</translation>
    </message>
</context>
<context>
    <name>Lkc::DiagnosticsModel</name>
    <message>
        <location filename="../ui/document/diagnosticsmodel.cpp" line="40"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/document/diagnosticsmodel.cpp" line="40"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/document/diagnosticsmodel.cpp" line="44"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../ui/document/diagnosticsmodel.cpp" line="72"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/document/diagnosticsmodel.cpp" line="74"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/document/diagnosticsmodel.cpp" line="76"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>Lkc::EntryForm</name>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="64"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="65"/>
        <source>Pick a section or an entry in the outline.</source>
        <translation>Wählen Sie einen Abschnitt oder Eintrag in der Gliederung.</translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="80"/>
        <source>&lt;name&gt;</source>
        <translation>&lt;Name&gt;</translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="84"/>
        <source>In the image:</source>
        <translation>Im Image:</translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="117"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="118"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="119"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/editors/entryform.cpp" line="136"/>
        <source>one per line</source>
        <translation>ein Eintrag pro Zeile</translation>
    </message>
</context>
<context>
    <name>Lkc::FieldCatalog</name>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="113"/>
        <location filename="../ui/editors/fieldcatalog.cpp" line="116"/>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="114"/>
        <source>The Linux kernel to boot and its command line. The kernel image holds the kernel binary and a tarball of its modules.</source>
        <translation>Der zu bootende Linux-Kernel und seine Kommandozeile. Das Kernel-Image enthält die Kernel-Binärdatei und ein Tar-Archiv seiner Module.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="116"/>
        <source>boot/kernel and boot/cmdline; the modules tar is unpacked at /</source>
        <translation>boot/kernel und boot/cmdline; das Modul-Tar wird nach / entpackt</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="117"/>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="118"/>
        <source>Images unpacked straight into the root filesystem: the init process, runc, containerd, CA certificates. Later images overwrite earlier ones.</source>
        <translation>Images, die direkt ins Root-Dateisystem entpackt werden: der Init-Prozess, runc, containerd, CA-Zertifikate. Spätere Images überschreiben frühere.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="120"/>
        <source>/ (merged in list order)</source>
        <translation>/ (in Listenreihenfolge zusammengeführt)</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="120"/>
        <source>Init image</source>
        <translation>Init-Image</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="121"/>
        <source>On boot</source>
        <translation>Beim Booten</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="122"/>
        <source>Containers run once, one after another, at boot: format disks, configure the network, set sysctls. The next starts when the previous exits.</source>
        <translation>Container, die beim Booten einmal nacheinander laufen: Datenträger formatieren, Netzwerk konfigurieren, sysctls setzen. Der nächste startet, wenn der vorige beendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="124"/>
        <source>/containers/onboot/NNN-%1 (NNN = position in the list)</source>
        <translation>/containers/onboot/NNN-%1 (NNN = Position in der Liste)</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="124"/>
        <location filename="../ui/editors/fieldcatalog.cpp" line="127"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="125"/>
        <source>On shutdown</source>
        <translation>Beim Herunterfahren</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="126"/>
        <source>Containers run once at a clean shutdown.</source>
        <translation>Container, die bei einem sauberen Herunterfahren einmal laufen.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="126"/>
        <source>/containers/onshutdown/NNN-%1</source>
        <translation>/containers/onshutdown/NNN-%1</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="128"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="129"/>
        <source>Long-running containers (getty, sshd, dhcpcd …), started in parallel after the onboot containers.</source>
        <translation>Dauerhaft laufende Container (getty, sshd, dhcpcd …), die nach den onboot-Containern parallel gestartet werden.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="131"/>
        <source>/containers/services/%1</source>
        <translation>/containers/services/%1</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="131"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="132"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="133"/>
        <source>Files, directories and symlinks added to the root filesystem, from inline contents, a host file or the config itself (metadata).</source>
        <translation>Dateien, Verzeichnisse und Symlinks, die dem Root-Dateisystem hinzugefügt werden: aus Inline-Inhalt, einer Host-Datei oder der Konfiguration selbst (metadata).</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="135"/>
        <source>the path you give, relative to /</source>
        <translation>der angegebene Pfad, relativ zu /</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="135"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="136"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="137"/>
        <source>Named directories, optionally filled from an image, that containers can bind by name.</source>
        <translation>Benannte Verzeichnisse, optional aus einem Image befüllt, die Container über ihren Namen einbinden können.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="139"/>
        <source>/containers/volumes/%1</source>
        <translation>/containers/volumes/%1</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="139"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="154"/>
        <location filename="../ui/editors/fieldcatalog.cpp" line="219"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="157"/>
        <source>The kernel image, e.g. lkc.local/starter/kernel:6.1.</source>
        <translation>Das Kernel-Image, z. B. lkc.local/starter/kernel:6.1.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="159"/>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="162"/>
        <source>Passed to the kernel. The last console= is where the boot log and /dev/console go: put console=ttyS0 last to see it in the serial console.</source>
        <translation>Wird an den Kernel übergeben. Das letzte console= bestimmt, wohin Boot-Log und /dev/console gehen: Setzen Sie console=ttyS0 ans Ende, um das Boot-Log in der seriellen Konsole zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="165"/>
        <source>Kernel file</source>
        <translation>Kernel-Datei</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="168"/>
        <source>Name of the kernel inside the image (default: kernel).</source>
        <translation>Name des Kernels im Image (Standard: kernel).</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="170"/>
        <source>Modules tar</source>
        <translation>Modul-Tar</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="173"/>
        <source>Modules tarball inside the image (default: kernel.tar; none for no modules).</source>
        <translation>Tar-Archiv der Module im Image (Standard: kernel.tar; none für keine Module).</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="175"/>
        <source>Microcode</source>
        <translation>Mikrocode</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="178"/>
        <source>CPU microcode cpio inside the image, prepended to the initrd.</source>
        <translation>CPU-Mikrocode-cpio im Image, wird der initrd vorangestellt.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="183"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="186"/>
        <source>Where the file goes (leading / optional).</source>
        <translation>Wohin die Datei kommt (führendes / optional).</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="187"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="187"/>
        <source>Inline contents.</source>
        <translation>Inline-Inhalt.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="189"/>
        <source>Host file</source>
        <translation>Host-Datei</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="192"/>
        <source>A file on this machine to copy in; ~/ is your home directory.</source>
        <translation>Eine Datei auf diesem Rechner, die hineinkopiert wird; ~/ ist Ihr Home-Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="194"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="197"/>
        <source>Skip the host file silently when it does not exist.</source>
        <translation>Host-Datei stillschweigend überspringen, wenn sie nicht existiert.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="198"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="199"/>
        <source>Symlink target</source>
        <translation>Symlink-Ziel</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="201"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="204"/>
        <source>Write the resolved config itself into this file.</source>
        <translation>Die aufgelöste Konfiguration selbst in diese Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="206"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="209"/>
        <source>Octal, quoted: &quot;0644&quot;. Default 0600 for files, 0700 for directories.</source>
        <translation>Oktal, in Anführungszeichen: &quot;0644&quot;. Standard: 0600 für Dateien, 0700 für Verzeichnisse.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="210"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="211"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="215"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="218"/>
        <source>Lower-case letters, digits, - and _.</source>
        <translation>Kleinbuchstaben, Ziffern, - und _.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="219"/>
        <source>Optional image to fill it from.</source>
        <translation>Optionales Image, aus dem es befüllt wird.</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="220"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/editors/fieldcatalog.cpp" line="222"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>Lkc::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>YAML text</source>
        <translation>YAML-Text</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Build</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>&amp;New from Template</source>
        <translation>&amp;Neu aus Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>&amp;Cancel Build</source>
        <translation>Erstellen &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="309"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="321"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Open LinuxKit config</source>
        <translation>LinuxKit-Konfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>LinuxKit configs (*.yml *.yaml)</source>
        <translation>LinuxKit-Konfigurationen (*.yml *.yaml)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Save LinuxKit config</source>
        <translation>LinuxKit-Konfiguration speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>%1%2 — LinuxKit Composer</source>
        <translation>%1%2 — LinuxKit Composer</translation>
    </message>
</context>
<context>
    <name>Lkc::OutlineModel</name>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="56"/>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="59"/>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="68"/>
        <source>On boot</source>
        <translation>Beim Booten</translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="69"/>
        <source>On shutdown</source>
        <translation>Beim Herunterfahren</translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="70"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="77"/>
        <location filename="../ui/document/outlinemodel.cpp" line="92"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="82"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="85"/>
        <source>(no path)</source>
        <translation>(kein Pfad)</translation>
    </message>
    <message>
        <location filename="../ui/document/outlinemodel.cpp" line="89"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
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
        <translation>Den Knoten an einem YAML-Pfad auswählen, z. B. services[1]</translation>
    </message>
    <message>
        <location filename="../app/composer/main.cpp" line="35"/>
        <source>Boot a built image in the console: a kernel+initrd prefix, an ISO or a disk image</source>
        <translation>Ein gebautes Image in der Konsole booten: ein kernel+initrd-Präfix, ein ISO oder ein Disk-Image</translation>
    </message>
    <message>
        <location filename="../app/composer/main.cpp" line="41"/>
        <source>Boot with UEFI firmware (OVMF)</source>
        <translation>Mit UEFI-Firmware (OVMF) booten</translation>
    </message>
</context>
</TS>
