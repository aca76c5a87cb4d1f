<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Lkc</name>
    <message>
        <source>Host path</source>
        <translation>Host-Pfad</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>Container-Pfad</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Weich</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hart</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>The Linux kernel to boot and its command line. The kernel image holds the kernel binary and a tarball of its modules.</source>
        <translation>Der zu bootende Linux-Kernel und seine Kommandozeile. Das Kernel-Image enthält die Kernel-Datei und ein Tar-Archiv seiner Module.</translation>
    </message>
    <message>
        <source>boot/kernel and boot/cmdline; the modules tar is unpacked at /</source>
        <translation>boot/kernel und boot/cmdline; das Modul-Tar wird unter / entpackt</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>An image unpacked into the root filesystem; later ones overwrite earlier ones.</source>
        <translation>Ein Image, das ins Wurzeldateisystem entpackt wird; spätere überschreiben frühere.</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>Images unpacked straight into the root filesystem: the init process, runc, containerd, CA certificates. Later images overwrite earlier ones.</source>
        <translation>Images, die direkt ins Wurzeldateisystem entpackt werden: der Init-Prozess, runc, containerd, CA-Zertifikate. Spätere Images überschreiben frühere.</translation>
    </message>
    <message>
        <source>/ (merged in list order)</source>
        <translation>/ (in Listenreihenfolge zusammengeführt)</translation>
    </message>
    <message>
        <source>Init image</source>
        <translation>Init-Image</translation>
    </message>
    <message>
        <source>On boot</source>
        <translation>Beim Booten</translation>
    </message>
    <message>
        <source>Containers run once, one after another, at boot: format disks, configure the network, set sysctls. The next starts when the previous exits.</source>
        <translation>Container, die beim Booten einmal nacheinander laufen: Datenträger formatieren, das Netzwerk einrichten, sysctls setzen. Der nächste startet, wenn der vorige endet.</translation>
    </message>
    <message>
        <source>/containers/onboot/NNN-%1 (NNN = position in the list)</source>
        <translation>/containers/onboot/NNN-%1 (NNN = Position in der Liste)</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>On shutdown</source>
        <translation>Beim Herunterfahren</translation>
    </message>
    <message>
        <source>Containers run once at a clean shutdown.</source>
        <translation>Container, die beim sauberen Herunterfahren einmal laufen.</translation>
    </message>
    <message>
        <source>/containers/onshutdown/NNN-%1</source>
        <translation>/containers/onshutdown/NNN-%1</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Long-running containers (getty, sshd, dhcpcd …), started in parallel after the onboot containers.</source>
        <translation>Dauerhaft laufende Container (getty, sshd, dhcpcd …), parallel gestartet nach den onboot-Containern.</translation>
    </message>
    <message>
        <source>/containers/services/%1</source>
        <translation>/containers/services/%1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Files, directories and symlinks added to the root filesystem, from inline contents, a host file or the config itself (metadata).</source>
        <translation>Dateien, Verzeichnisse und symbolische Links im Wurzeldateisystem, aus eingebettetem Inhalt, einer Host-Datei oder der Konfiguration selbst (metadata).</translation>
    </message>
    <message>
        <source>the path you give, relative to /</source>
        <translation>der angegebene Pfad, relativ zu /</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Named directories, optionally filled from an image, that containers can bind by name.</source>
        <translation>Benannte Verzeichnisse, optional aus einem Image gefüllt, die Container über ihren Namen einbinden können.</translation>
    </message>
    <message>
        <source>/containers/volumes/%1</source>
        <translation>/containers/volumes/%1</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>The 2017 Notary trust section. LinuxKit accepts it and ignores it.</source>
        <translation>Der Notary-Trust-Abschnitt von 2017. LinuxKit akzeptiert und ignoriert ihn.</translation>
    </message>
    <message>
        <source>nowhere: it changes nothing in the image</source>
        <translation>nirgends: er ändert nichts am Image</translation>
    </message>
</context>
<context>
    <name>Lkc::BoolFieldEditor</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not set (%1)</source>
        <translation>nicht gesetzt (%1)</translation>
    </message>
</context>
<context>
    <name>Lkc::BootFlow</name>
    <message>
        <source>runs the image&apos;s entrypoint</source>
        <translation>führt den Entrypoint des Images aus</translation>
    </message>
    <message>
        <source>shares the host&apos;s %1</source>
        <translation>teilt %1 des Hosts</translation>
    </message>
    <message>
        <source>no capabilities</source>
        <translation>keine Capabilities</translation>
    </message>
    <message>
        <source>%1 capabilities</source>
        <translation>%1 Capabilities</translation>
    </message>
    <message>
        <source>read-only root</source>
        <translation>schreibgeschützte Wurzel</translation>
    </message>
    <message>
        <source>runs what the image&apos;s label or entrypoint says</source>
        <translation>führt aus, was Label oder Entrypoint des Images angeben</translation>
    </message>
    <message>
        <source>(image not in the local store: details unknown)</source>
        <translation>(Image nicht im lokalen Speicher: Einzelheiten unbekannt)</translation>
    </message>
    <message>
        <source>The boot loader starts this kernel%1; it unpacks the initrd into RAM and runs /init from it.</source>
        <translation>Der Bootloader startet diesen Kernel%1; er entpackt die initrd in den Arbeitsspeicher und führt daraus /init aus.</translation>
    </message>
    <message>
        <source>Unpacked into the root filesystem; its /init mounts /proc, /sys and /dev, then starts the containers below.</source>
        <translation>Ins Wurzeldateisystem entpackt; sein /init hängt /proc, /sys und /dev ein und startet dann die Container darunter.</translation>
    </message>
    <message>
        <source>Unpacked on top of the images before it (later files win): tools the boot needs, such as runc or containerd.</source>
        <translation>Über die vorigen Images entpackt (spätere Dateien gewinnen): Werkzeuge, die der Boot braucht, etwa runc oder containerd.</translation>
    </message>
    <message>
        <source>One after another, each to completion: </source>
        <translation>Nacheinander, jeder bis zum Ende: </translation>
    </message>
    <message>
        <source>Started with the other services and kept running: </source>
        <translation>Mit den anderen Services gestartet und weiter laufend: </translation>
    </message>
    <message>
        <source>At power-off, in order, before the system halts: </source>
        <translation>Beim Ausschalten der Reihe nach, bevor das System anhält: </translation>
    </message>
    <message>
        <source>runs %1</source>
        <translation>führt %1 aus</translation>
    </message>
</context>
<context>
    <name>Lkc::BootFlowModel</name>
    <message>
        <source>1 · kernel</source>
        <translation>1 · Kernel</translation>
    </message>
    <message>
        <source>2 · init</source>
        <translation>2 · Init</translation>
    </message>
    <message>
        <source>3 · onboot, in order</source>
        <translation>3 · onboot, nacheinander</translation>
    </message>
    <message>
        <source>4 · services, in parallel</source>
        <translation>4 · services, parallel</translation>
    </message>
    <message>
        <source>5 · onshutdown</source>
        <translation>5 · onshutdown</translation>
    </message>
</context>
<context>
    <name>Lkc::BootFlowView</name>
    <message>
        <source>Boot flow</source>
        <translation>Boot-Ablauf</translation>
    </message>
    <message>
        <source>The boot flow appears here: kernel, init, onboot in order, services in parallel, onshutdown.</source>
        <translation>Hier erscheint der Boot-Ablauf: kernel, init, onboot nacheinander, services parallel, onshutdown.</translation>
    </message>
</context>
<context>
    <name>Lkc::BuildPanel</name>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>beside the config</source>
        <translation>neben der Konfiguration</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Ausgabeordner wählen</translation>
    </message>
    <message>
        <source>Build log</source>
        <translation>Build-Protokoll</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>The config has errors: fix them (see Problems) and build again.</source>
        <translation>Die Konfiguration enthält Fehler: Beheben Sie sie (siehe Probleme) und erstellen Sie erneut.</translation>
    </message>
    <message>
        <source>Building: %1</source>
        <translation>Wird erstellt: %1</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Built %1 in %2 s</source>
        <translation>%1 in %2 s erstellt</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Build failed</source>
        <translation>Erstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Run Options…</source>
        <translation>Ausführungsoptionen…</translation>
    </message>
    <message>
        <source>Test Boot</source>
        <translation>Testboot</translation>
    </message>
    <message>
        <source>Output formats</source>
        <translation>Ausgabeformate</translation>
    </message>
    <message>
        <source>The formats to build in one go (only formats lkc builds are listed)</source>
        <translation>Die Formate, die in einem Durchgang erstellt werden (nur Formate, die lkc erstellt, sind aufgeführt)</translation>
    </message>
    <message>
        <source>Memory, CPUs, accelerator, firmware, ports, disks, network</source>
        <translation>Arbeitsspeicher, CPUs, Beschleuniger, Firmware, Ports, Datenträger, Netzwerk</translation>
    </message>
    <message>
        <source>Boot every built format and check its console (PASS/FAIL)</source>
        <translation>Jedes erstellte Format booten und seine Konsole prüfen (PASS/FAIL)</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>CONFIG.yml</source>
        <translation>CONFIG.yml</translation>
    </message>
    <message>
        <source>writing %p%</source>
        <translation>wird geschrieben %p%</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
</context>
<context>
    <name>Lkc::CapabilitiesEditor</name>
    <message>
        <source>Search capabilities</source>
        <translation>Capabilities durchsuchen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>not a capability the kernel knows</source>
        <translation>keine Capability, die der Kernel kennt</translation>
    </message>
    <message>
        <source>Not set: the image&apos;s label or LinuxKit&apos;s default decides.</source>
        <translation>Nicht gesetzt: Das Label des Images oder die Vorgabe von LinuxKit entscheidet.</translation>
    </message>
    <message>
        <source>All capabilities.</source>
        <translation>Alle Capabilities.</translation>
    </message>
    <message>
        <source>No capabilities.</source>
        <translation>Keine Capabilities.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lkc::CellListDialog</name>
    <message>
        <source>%1 of row %2</source>
        <translation>%1 der Zeile %2</translation>
    </message>
</context>
<context>
    <name>Lkc::ChoiceFieldEditor</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>not set (%1)</source>
        <translation>nicht gesetzt (%1)</translation>
    </message>
</context>
<context>
    <name>Lkc::CommandLineField</name>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>the lkc command for this action appears here</source>
        <translation>hier erscheint der lkc-Befehl für diese Aktion</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the command line to the clipboard</source>
        <translation>Kommandozeile in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
</context>
<context>
    <name>Lkc::ConfigDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not a UTF-8 text file; LinuxKit configs are UTF-8 YAML</source>
        <translation>keine UTF-8-Textdatei; LinuxKit-Konfigurationen sind UTF-8-YAML</translation>
    </message>
    <message>
        <source>the YAML has syntax errors; fix them in the text first</source>
        <translation>das YAML enthält Syntaxfehler; beheben Sie sie zuerst im Text</translation>
    </message>
    <message>
        <source>the file on disk was not changed: %1</source>
        <translation>die Datei auf dem Datenträger wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>Lkc::ConsolePanel</name>
    <message>
        <source>Power Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Beenden erzwingen</translation>
    </message>
    <message>
        <source>Ask the guest to shut down (ACPI), kill it if it does not</source>
        <translation>Gast zum Herunterfahren auffordern (ACPI), sonst zwangsweise beenden</translation>
    </message>
    <message>
        <source>End QEMU now</source>
        <translation>QEMU sofort beenden</translation>
    </message>
    <message>
        <source>A machine is already running: power it off first.</source>
        <translation>Es läuft bereits eine Maschine: Schalten Sie sie zuerst aus.</translation>
    </message>
    <message>
        <source>Checking whether KVM works…</source>
        <translation>Es wird geprüft, ob KVM funktioniert…</translation>
    </message>
    <message>
        <source>QEMU ended by signal %1</source>
        <translation>QEMU durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>The machine powered off (QEMU exit code %1)</source>
        <translation>Die Maschine wurde ausgeschaltet (QEMU-Exit-Code %1)</translation>
    </message>
    <message>
        <source>Powering off…</source>
        <translation>Wird ausgeschaltet…</translation>
    </message>
    <message>
        <source>No machine running. Build a bootable format, then Run.</source>
        <translation>Keine Maschine läuft. Erstellen Sie ein bootfähiges Format und klicken Sie dann auf Starten.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Reset the machine, like its reset button</source>
        <translation>Die Maschine zurücksetzen, wie mit ihrer Reset-Taste</translation>
    </message>
    <message>
        <source>Ctrl-Alt-Del</source>
        <translation>Strg-Alt-Entf</translation>
    </message>
    <message>
        <source>Send Ctrl-Alt-Delete to the guest&apos;s keyboard</source>
        <translation>Strg-Alt-Entf an die Tastatur des Gasts senden</translation>
    </message>
    <message>
        <source>Find in the console (Enter: older, Shift+Enter: newer)</source>
        <translation>In der Konsole suchen (Eingabe: älter, Umschalt+Eingabe: neuer)</translation>
    </message>
    <message>
        <source>Find in console</source>
        <translation>In der Konsole suchen</translation>
    </message>
    <message>
        <source>QEMU monitor</source>
        <translation>QEMU-Monitor</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected text (Ctrl+Shift+C)</source>
        <translation>Ausgewählten Text kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Type the clipboard into the console (Ctrl+Shift+V)</source>
        <translation>Zwischenablage in die Konsole tippen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Save Log…</source>
        <translation>Protokoll speichern…</translation>
    </message>
    <message>
        <source>Save the console&apos;s text to a file</source>
        <translation>Text der Konsole in einer Datei speichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the console and its scrollback</source>
        <translation>Konsole und ihren Verlauf leeren</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>Serielle Konsole</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Serial console (bell)</source>
        <translation>Serielle Konsole (Glocke)</translation>
    </message>
    <message>
        <source>Running %1 (%2). Click the console to type.</source>
        <translation>%1 läuft (%2). Klicken Sie in die Konsole, um zu tippen.</translation>
    </message>
    <message>
        <source>The QEMU monitor is not connected.</source>
        <translation>Der QEMU-Monitor ist nicht verbunden.</translation>
    </message>
    <message>
        <source>“%1” not found</source>
        <translation>„%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>Cannot write the log: %1</source>
        <translation>Das Protokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Save Console Log</source>
        <translation>Konsolenprotokoll speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved the console log to %1</source>
        <translation>Konsolenprotokoll in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>Lkc::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>In %1 ändern</translation>
    </message>
    <message>
        <source>Quick fix</source>
        <translation>Schnellkorrektur</translation>
    </message>
</context>
<context>
    <name>Lkc::EffectiveConfigView</name>
    <message>
        <source>Effective configuration</source>
        <translation>Effektive Konfiguration</translation>
    </message>
    <message>
        <source>Effective configuration lines</source>
        <translation>Zeilen der effektiven Konfiguration</translation>
    </message>
    <message>
        <source>Select an onboot, onshutdown or services entry in the outline to see the config.json and runtime.json the build writes for it.</source>
        <translation>Wählen Sie in der Gliederung einen Eintrag unter onboot, onshutdown oder services, um die config.json und runtime.json zu sehen, die der Build dafür schreibt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3 @ %4%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3 @ %4%5</translation>
    </message>
    <message>
        <source> (the image has no org.mobyproject.config label)</source>
        <translation> (das Image hat kein Label org.mobyproject.config)</translation>
    </message>
</context>
<context>
    <name>Lkc::EffectiveLinesModel</name>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>image label</source>
        <translation>Image-Label</translation>
    </message>
    <message>
        <source>image config</source>
        <translation>Image-Konfiguration</translation>
    </message>
    <message>
        <source>LinuxKit default</source>
        <translation>LinuxKit-Standard</translation>
    </message>
    <message>
        <source>%1: set by %2 in the YAML</source>
        <translation>%1: im YAML durch %2 gesetzt</translation>
    </message>
    <message>
        <source>%1: from the %2</source>
        <translation>%1: aus %2</translation>
    </message>
    <message>
        <source>As the build writes it</source>
        <translation>Wie der Build es schreibt</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>Lkc::EntryForm</name>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Pick a section or an entry in the outline.</source>
        <translation>Wählen Sie einen Abschnitt oder Eintrag in der Gliederung.</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;Name&gt;</translation>
    </message>
    <message>
        <source>In the image:</source>
        <translation>Im Image:</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Dateiart</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The image&apos;s label is unknown: the local image store (%1) cannot be read. Greyed values are LinuxKit&apos;s defaults.</source>
        <translation>Das Label des Images ist unbekannt: der lokale Image-Speicher (%1) kann nicht gelesen werden. Grau gezeigte Werte sind die Vorgaben von LinuxKit.</translation>
    </message>
    <message>
        <source>Reading the image&apos;s org.mobyproject.config label…</source>
        <translation>Das Label org.mobyproject.config des Images wird gelesen…</translation>
    </message>
    <message>
        <source>Image not in the local store: label values unknown. Greyed values are LinuxKit&apos;s defaults; pull the image (lkc pull %1) to see what its label sets.</source>
        <translation>Image nicht im lokalen Speicher: Werte des Labels unbekannt. Grau gezeigte Werte sind die Vorgaben von LinuxKit; laden Sie das Image (lkc pull %1), um zu sehen, was sein Label setzt.</translation>
    </message>
    <message>
        <source>The image&apos;s org.mobyproject.config label cannot be read: %1</source>
        <translation>Das Label org.mobyproject.config des Images kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The image has no org.mobyproject.config label: greyed values are LinuxKit&apos;s defaults.</source>
        <translation>Das Image hat kein Label org.mobyproject.config: grau gezeigte Werte sind die Vorgaben von LinuxKit.</translation>
    </message>
    <message>
        <source>Greyed values come from the image&apos;s org.mobyproject.config label, else from LinuxKit&apos;s defaults; a value set here replaces the label&apos;s.</source>
        <translation>Grau gezeigte Werte stammen aus dem Label org.mobyproject.config des Images, sonst aus den Vorgaben von LinuxKit; ein hier gesetzter Wert ersetzt den des Labels.</translation>
    </message>
</context>
<context>
    <name>Lkc::FieldEditor</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>from image label: %1</source>
        <translation>aus dem Image-Label: %1</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
</context>
<context>
    <name>Lkc::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lkc::FormatDescription</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The kernel image, e.g. lkc.local/starter/kernel:6.1.</source>
        <translation>Das Kernel-Image, z. B. lkc.local/starter/kernel:6.1.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>Passed to the kernel. The last console= is where the boot log and /dev/console go: put console=ttyS0 last to see it in the serial console.</source>
        <translation>Wird an den Kernel übergeben. Das letzte console= bestimmt, wohin das Boot-Protokoll und /dev/console gehen: Setzen Sie console=ttyS0 ans Ende, um es in der seriellen Konsole zu sehen.</translation>
    </message>
    <message>
        <source>Kernel file</source>
        <translation>Kernel-Datei</translation>
    </message>
    <message>
        <source>Name of the kernel inside the image.</source>
        <translation>Name des Kernels innerhalb des Images.</translation>
    </message>
    <message>
        <source>Modules tar</source>
        <translation>Modul-Tar</translation>
    </message>
    <message>
        <source>Modules tarball inside the image; none for no modules.</source>
        <translation>Modul-Tarball innerhalb des Images; none für keine Module.</translation>
    </message>
    <message>
        <source>Microcode</source>
        <translation>Microcode</translation>
    </message>
    <message>
        <source>CPU microcode cpio inside the image, prepended to the initrd.</source>
        <translation>CPU-Microcode-cpio innerhalb des Images, wird der initrd vorangestellt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The container&apos;s name: its directory in the image and its ID at run time.</source>
        <translation>Der Name des Containers: sein Verzeichnis im Image und seine ID zur Laufzeit.</translation>
    </message>
    <message>
        <source>The OCI image to run. Pin a digest (@sha256:…) for reproducible builds.</source>
        <translation>Das auszuführende OCI-Image. Legen Sie einen Digest (@sha256:…) fest, um reproduzierbare Builds zu erhalten.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>The process and its arguments. Replaces the image&apos;s entrypoint and cmd.</source>
        <translation>Der Prozess und seine Argumente. Ersetzt entrypoint und cmd des Images.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s environment: repeat PATH if you need it.</source>
        <translation>Ersetzt die Umgebung des Images: Geben Sie PATH erneut an, wenn Sie es benötigen.</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <source>Replaces what the image&apos;s label asks for; all or none alone.</source>
        <translation>Ersetzt, was das Label des Images anfordert; all oder none nur allein.</translation>
    </message>
    <message>
        <source>Extra capabilities</source>
        <translation>Zusätzliche Capabilities</translation>
    </message>
    <message>
        <source>Added to the capabilities the image&apos;s label asks for.</source>
        <translation>Wird zu den Capabilities hinzugefügt, die das Label des Images anfordert.</translation>
    </message>
    <message>
        <source>Ambient capabilities</source>
        <translation>Ambient Capabilities</translation>
    </message>
    <message>
        <source>Kept across exec for a non-root user; each must also be a capability.</source>
        <translation>Bleiben über exec hinweg für einen Nicht-Root-Benutzer erhalten; jede muss auch eine Capability sein.</translation>
    </message>
    <message>
        <source>Bind mounts</source>
        <translation>Bind-Mounts</translation>
    </message>
    <message>
        <source>host:container[:options]. Replaces the image&apos;s label binds.</source>
        <translation>host:container[:options]. Ersetzt die binds aus dem Label des Images.</translation>
    </message>
    <message>
        <source>Extra bind mounts</source>
        <translation>Zusätzliche Bind-Mounts</translation>
    </message>
    <message>
        <source>Added to the binds the image&apos;s label asks for.</source>
        <translation>Wird zu den binds hinzugefügt, die das Label des Images anfordert.</translation>
    </message>
    <message>
        <source>tmpfs mounts</source>
        <translation>tmpfs-Mounts</translation>
    </message>
    <message>
        <source>path[:options], e.g. /run:rw,size=1m.</source>
        <translation>path[:options], z. B. /run:rw,size=1m.</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Mounts</translation>
    </message>
    <message>
        <source>Full OCI mounts; replace the label&apos;s mounts at the same destination.</source>
        <translation>Vollständige OCI-Mounts; ersetzen die Mounts des Labels am selben Ziel.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Device nodes created in the container and allowed by its cgroup.</source>
        <translation>Gerätedateien, die im Container angelegt und von seiner cgroup erlaubt werden.</translation>
    </message>
    <message>
        <source>Read-only root</source>
        <translation>Schreibgeschütztes Root</translation>
    </message>
    <message>
        <source>Mount the container&apos;s root read-only (no overlay).</source>
        <translation>Das Root-Dateisystem des Containers schreibgeschützt einhängen (kein Overlay).</translation>
    </message>
    <message>
        <source>Network namespace</source>
        <translation>Netzwerk-Namespace</translation>
    </message>
    <message>
        <source>host shares the host&apos;s network; new gives an empty one; a path joins an existing namespace.</source>
        <translation>host teilt das Netzwerk des Hosts; new erzeugt ein leeres; ein Pfad tritt einem bestehenden Namespace bei.</translation>
    </message>
    <message>
        <source>PID namespace</source>
        <translation>PID-Namespace</translation>
    </message>
    <message>
        <source>host shares the host&apos;s processes.</source>
        <translation>host teilt die Prozesse des Hosts.</translation>
    </message>
    <message>
        <source>IPC namespace</source>
        <translation>IPC-Namespace</translation>
    </message>
    <message>
        <source>UTS namespace</source>
        <translation>UTS-Namespace</translation>
    </message>
    <message>
        <source>new is needed to set a hostname.</source>
        <translation>new ist nötig, um einen Hostnamen zu setzen.</translation>
    </message>
    <message>
        <source>User namespace</source>
        <translation>User-Namespace</translation>
    </message>
    <message>
        <source>A path to join an existing user namespace.</source>
        <translation>Ein Pfad, um einem bestehenden User-Namespace beizutreten.</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>A number, or another container&apos;s name to share its allocated ID.</source>
        <translation>Eine Zahl oder der Name eines anderen Containers, um dessen zugewiesene ID zu teilen.</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Extra groups</source>
        <translation>Zusätzliche Gruppen</translation>
    </message>
    <message>
        <source>Group numbers or container names.</source>
        <translation>Gruppennummern oder Container-Namen.</translation>
    </message>
    <message>
        <source>No new privileges</source>
        <translation>Keine neuen Privilegien</translation>
    </message>
    <message>
        <source>setuid binaries cannot gain privileges.</source>
        <translation>setuid-Programme können keine Privilegien erlangen.</translation>
    </message>
    <message>
        <source>OOM score adjustment</source>
        <translation>OOM-Score-Anpassung</translation>
    </message>
    <message>
        <source>-1000 (never killed) to 1000.</source>
        <translation>-1000 (nie beendet) bis 1000.</translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation>Ressourcenlimits</translation>
    </message>
    <message>
        <source>name,soft,hard, e.g. nofile,1024,4096.</source>
        <translation>name,soft,hard, z. B. nofile,1024,4096.</translation>
    </message>
    <message>
        <source>sysctl</source>
        <translation>sysctl</translation>
    </message>
    <message>
        <source>Kernel settings inside the container.</source>
        <translation>Kernel-Einstellungen innerhalb des Containers.</translation>
    </message>
    <message>
        <source>Masked paths</source>
        <translation>Maskierte Pfade</translation>
    </message>
    <message>
        <source>Read-only paths</source>
        <translation>Schreibgeschützte Pfade</translation>
    </message>
    <message>
        <source>Root propagation</source>
        <translation>Root-Propagation</translation>
    </message>
    <message>
        <source>Cgroups path</source>
        <translation>cgroups-Pfad</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>cgroup limits: memory, CPU, PIDs, block I/O.</source>
        <translation>cgroup-Limits: Arbeitsspeicher, CPU, PIDs, Block-I/O.</translation>
    </message>
    <message>
        <source>UID mappings</source>
        <translation>UID-Zuordnungen</translation>
    </message>
    <message>
        <source>GID mappings</source>
        <translation>GID-Zuordnungen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Written into the OCI config.json.</source>
        <translation>Wird in die OCI-config.json geschrieben.</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>What init does around the container: cgroups, mounts, directories, network interfaces, bound namespaces.</source>
        <translation>Was init rund um den Container erledigt: cgroups, Mounts, Verzeichnisse, Netzwerkschnittstellen, gebundene Namespaces.</translation>
    </message>
    <message>
        <source>Make directories</source>
        <translation>Verzeichnisse anlegen</translation>
    </message>
    <message>
        <source>Created on the host before the container runs.</source>
        <translation>Werden auf dem Host angelegt, bevor der Container startet.</translation>
    </message>
    <message>
        <source>Bind namespaces</source>
        <translation>Namespaces binden</translation>
    </message>
    <message>
        <source>Bind-mount the container&apos;s namespaces to these paths.</source>
        <translation>Die Namespaces des Containers per Bind-Mount an diese Pfade einhängen.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Where the file goes (leading / optional).</source>
        <translation>Wohin die Datei kommt (führender / optional).</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The file&apos;s text.</source>
        <translation>Der Text der Datei.</translation>
    </message>
    <message>
        <source>Host file</source>
        <translation>Host-Datei</translation>
    </message>
    <message>
        <source>A file on this machine to copy in, relative to the config&apos;s folder.</source>
        <translation>Eine Datei auf diesem Rechner, die hineinkopiert wird, relativ zum Ordner der Konfiguration.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Skip the host file silently when it does not exist.</source>
        <translation>Die Host-Datei stillschweigend überspringen, wenn sie nicht existiert.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Symlink target</source>
        <translation>Symlink-Ziel</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Write the resolved config itself into this file.</source>
        <translation>Die aufgelöste Konfiguration selbst in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Octal, quoted: &quot;0644&quot;.</source>
        <translation>Oktal, in Anführungszeichen: &quot;0644&quot;.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, - and _.</source>
        <translation>Kleinbuchstaben, Ziffern, - und _.</translation>
    </message>
    <message>
        <source>Optional image to fill it from.</source>
        <translation>Optionales Image, aus dem es befüllt wird.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Trusted images</source>
        <translation>Vertrauenswürdige Images</translation>
    </message>
    <message>
        <source>Accepted for old configs and ignored: LinuxKit removed Notary in 2021.</source>
        <translation>Wird für alte Konfigurationen akzeptiert und ignoriert: LinuxKit hat Notary 2021 entfernt.</translation>
    </message>
    <message>
        <source>Trusted organisations</source>
        <translation>Vertrauenswürdige Organisationen</translation>
    </message>
    <message>
        <source>Accepted and ignored, like image.</source>
        <translation>Wird akzeptiert und ignoriert, wie image.</translation>
    </message>
    <message>
        <source>Contents written here</source>
        <translation>Hier geschriebener Inhalt</translation>
    </message>
    <message>
        <source>Copy of a host file</source>
        <translation>Kopie einer Host-Datei</translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation>Symbolischer Link</translation>
    </message>
    <message>
        <source>The config itself (metadata)</source>
        <translation>Die Konfiguration selbst (metadata)</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Leere Datei</translation>
    </message>
</context>
<context>
    <name>Lkc::GuidedTour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Abschließen</translation>
    </message>
</context>
<context>
    <name>Lkc::ImagePicker</name>
    <message>
        <source>Choose an Image</source>
        <translation>Image wählen</translation>
    </message>
    <message>
        <source>Images in the local store</source>
        <translation>Images im lokalen Speicher</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter images</source>
        <translation>Images filtern</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>&amp;List Tags</source>
        <translation>&amp;Tags auflisten</translation>
    </message>
    <message>
        <source>Registry tags</source>
        <translation>Registry-Tags</translation>
    </message>
    <message>
        <source>Image reference</source>
        <translation>Image-Referenz</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&lt;b&gt;In the local store&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Im lokalen Speicher&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tags in a registry&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tags in einer Registry&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Asking %1 for its tags…</source>
        <translation>Tags werden bei %1 abgefragt…</translation>
    </message>
    <message>
        <source>Could not list the tags: %1</source>
        <translation>Die Tags konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s).</source>
        <translation>
            <numerusform>%n Tag.</numerusform>
            <numerusform>%n Tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s). A newer tag than %1 exists: %2</source>
        <translation>
            <numerusform>%n Tag. Es gibt einen neueren Tag als %1: %2</numerusform>
            <numerusform>%n Tags. Es gibt einen neueren Tag als %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lkc::KeyValueEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>ein Name ist nötig</translation>
    </message>
    <message>
        <source>a variable name cannot contain &apos;=&apos;</source>
        <translation>ein Variablenname darf kein &apos;=&apos; enthalten</translation>
    </message>
</context>
<context>
    <name>Lkc::LayoutModel</name>
    <message>
        <source>%1 is %2, over the budget of %3</source>
        <translation>%1 ist %2, über dem Budget von %3</translation>
    </message>
    <message>
        <source>The root filesystem</source>
        <translation>Das Root-Dateisystem</translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — aus %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Put there by</source>
        <translation>Abgelegt durch</translation>
    </message>
</context>
<context>
    <name>Lkc::LayoutView</name>
    <message>
        <source>The layout appears when the config is valid and its images are in the local store.</source>
        <translation>Das Layout erscheint, wenn die Konfiguration gültig ist und ihre Images im lokalen Speicher liegen.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <source>Size budget</source>
        <translation>Größenbudget</translation>
    </message>
    <message>
        <source>Mark everything larger than this (0: no budget)</source>
        <translation>Alles markieren, was größer ist (0: kein Budget)</translation>
    </message>
    <message>
        <source>Size &amp;budget:</source>
        <translation>Größen&amp;budget:</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Root filesystem %1 in %2 entries · kernel %3 · initrd %4 · ISO about %5</source>
        <translation>Root-Dateisystem %1 in %2 Einträgen · Kernel %3 · initrd %4 · ISO etwa %5</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>The ISO would be %1 over the budget of %2; the entries in red pass it.</source>
        <translation>Die ISO läge %1 über dem Budget von %2; die roten Einträge überschreiten es.</translation>
    </message>
</context>
<context>
    <name>Lkc::LocalImagesModel</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
</context>
<context>
    <name>Lkc::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation>&amp;Neu aus Vorlage</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation>Erstellen &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Open LinuxKit config</source>
        <translation>LinuxKit-Konfiguration öffnen</translation>
    </message>
    <message>
        <source>LinuxKit configs (*.yml *.yaml)</source>
        <translation>LinuxKit-Konfigurationen (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Save LinuxKit config</source>
        <translation>LinuxKit-Konfiguration speichern</translation>
    </message>
    <message>
        <source>%1%2 — LinuxKit Composer</source>
        <translation>%1%2 — LinuxKit Composer</translation>
    </message>
    <message>
        <source>Boot Flow</source>
        <translation>Boot-Ablauf</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Effective Configuration</source>
        <translation>Effektive Konfiguration</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>New, Open and Save a config; Build ISO makes a bootable ISO; Run builds a kernel+initrd and boots it in the console.</source>
        <translation>Neu, Öffnen und Speichern einer Konfiguration; ISO erstellen baut eine bootfähige ISO; Starten erstellt kernel+initrd und bootet es in der Konsole.</translation>
    </message>
    <message>
        <source>The parts of a LinuxKit image in boot order: kernel, init, onboot, services, onshutdown, files. Select one to edit it; right-click to add, move or remove.</source>
        <translation>Die Teile eines LinuxKit-Images in Boot-Reihenfolge: kernel, init, onboot, services, onshutdown, files. Wählen Sie einen Teil aus, um ihn zu bearbeiten; Rechtsklick zum Hinzufügen, Verschieben oder Entfernen.</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>The config itself. Forms edit this text and nothing else: one undo history for both.</source>
        <translation>Die Konfiguration selbst. Formulare bearbeiten diesen Text und sonst nichts: ein gemeinsamer Rückgängig-Verlauf für beide.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Every field of the selected entry, with help on each.</source>
        <translation>Jedes Feld des ausgewählten Eintrags, jeweils mit Hilfe.</translation>
    </message>
    <message>
        <source>Boot flow</source>
        <translation>Boot-Ablauf</translation>
    </message>
    <message>
        <source>In what order the image starts and what each step does.</source>
        <translation>In welcher Reihenfolge das Image startet und was jeder Schritt tut.</translation>
    </message>
    <message>
        <source>The files the build will write and how large they are; set a size budget to see what is too big.</source>
        <translation>Die Dateien, die der Build schreibt, und wie groß sie sind; legen Sie ein Größenbudget fest, um zu sehen, was zu groß ist.</translation>
    </message>
    <message>
        <source>Effective configuration</source>
        <translation>Effektive Konfiguration</translation>
    </message>
    <message>
        <source>The config.json the build writes for the selected container: green from your YAML, purple from the image&apos;s label, grey LinuxKit&apos;s defaults.</source>
        <translation>Die config.json, die der Build für den ausgewählten Container schreibt: grün aus Ihrem YAML, lila aus dem Label des Images, grau die Standards von LinuxKit.</translation>
    </message>
    <message>
        <source>Errors and warnings as you type; activate one to go to its line.</source>
        <translation>Fehler und Warnungen während der Eingabe; aktivieren Sie einen Eintrag, um zu seiner Zeile zu springen.</translation>
    </message>
    <message>
        <source>Build in any format and watch LinuxKit&apos;s progress.</source>
        <translation>In jedem Format erstellen und den Fortschritt von LinuxKit verfolgen.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>N&amp;eu</translation>
    </message>
    <message>
        <source>New config from the annotated minimal template</source>
        <translation>Neue Konfiguration aus der kommentierten Minimalvorlage</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <source>&amp;Choose Image…</source>
        <translation>Image &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Pin to Digest</source>
        <translation>Auf &amp;Digest festlegen</translation>
    </message>
    <message>
        <source>Pin &amp;All Images to Digests</source>
        <translation>&amp;Alle Images auf Digests festlegen</translation>
    </message>
    <message>
        <source>Build &amp;ISO</source>
        <translation>&amp;ISO erstellen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Build a kernel+initrd and boot it in the console</source>
        <translation>kernel+initrd erstellen und in der Konsole booten</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation>Zur &amp;Gliederung</translation>
    </message>
    <message>
        <source>Go to &amp;YAML</source>
        <translation>Zum &amp;YAML</translation>
    </message>
    <message>
        <source>Go to &amp;Form</source>
        <translation>Zum &amp;Formular</translation>
    </message>
    <message>
        <source>&amp;Refresh Previews</source>
        <translation>&amp;Vorschauen aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Take the &amp;Tour</source>
        <translation>&amp;Rundgang starten</translation>
    </message>
    <message>
        <source>&amp;About LinuxKit Composer</source>
        <translation>Ü&amp;ber LinuxKit Composer</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Where should the untitled config be built?</source>
        <translation>Wo soll die unbenannte Konfiguration erstellt werden?</translation>
    </message>
    <message>
        <source>Select an entry with an image in the outline first.</source>
        <translation>Wählen Sie zuerst in der Gliederung einen Eintrag mit einem Image aus.</translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n image(s) to their digests.</source>
        <translation>
            <numerusform>%n Image auf seinen Digest festgelegt.</numerusform>
            <numerusform>%n Images auf ihre Digests festgelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n image(s); not in the local store: %1</source>
        <translation>
            <numerusform>%n Image festgelegt; nicht im lokalen Speicher: %1</numerusform>
            <numerusform>%n Images festgelegt; nicht im lokalen Speicher: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed on this system. It is docs/user-guide.md in the source tree.</source>
        <translation>Das Benutzerhandbuch ist auf diesem System nicht installiert. Es liegt im Quellbaum unter docs/user-guide.md.</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Kein Programm ist zum Öffnen von %1 eingerichtet.</translation>
    </message>
    <message>
        <source>About LinuxKit Composer</source>
        <translation>Über LinuxKit Composer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LinuxKit Composer %1&lt;/h3&gt;&lt;p&gt;Compose, build and boot LinuxKit images: a desktop application and the &lt;code&gt;lkc&lt;/code&gt; command line tool.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LinuxKit Composer %1&lt;/h3&gt;&lt;p&gt;LinuxKit-Images zusammenstellen, erstellen und booten: eine Desktop-Anwendung und das Kommandozeilenwerkzeug &lt;code&gt;lkc&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language changes when LinuxKit Composer starts again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von LinuxKit Composer.</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>Lkc::ModeEditor</name>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>others</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Octal mode</source>
        <translation>Oktaler Modus</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
</context>
<context>
    <name>Lkc::ObjectTableEditor</name>
    <message>
        <source>a whole number is needed</source>
        <translation>eine ganze Zahl ist nötig</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>not valid YAML</source>
        <translation>kein gültiges YAML</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
</context>
<context>
    <name>Lkc::OutlineModel</name>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>On boot</source>
        <translation>Beim Booten</translation>
    </message>
    <message>
        <source>On shutdown</source>
        <translation>Beim Herunterfahren</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>(no path)</source>
        <translation>(kein Pfad)</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lkc::OutputsTable</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Build outputs</source>
        <translation>Build-Ausgaben</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source> (not bootable on its own)</source>
        <translation> (nicht eigenständig bootfähig)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Boot it in the console</source>
        <translation>In der Konsole booten</translation>
    </message>
    <message>
        <source>Test Boot</source>
        <translation>Testboot</translation>
    </message>
    <message>
        <source>Boot it and check the console</source>
        <translation>Booten und die Konsole prüfen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Serve it over HTTP for a machine to fetch</source>
        <translation>Über HTTP bereitstellen, damit ein Rechner es abrufen kann</translation>
    </message>
    <message>
        <source>Write to Disk</source>
        <translation>Auf Datenträger schreiben</translation>
    </message>
    <message>
        <source>Write it to a USB stick or disk</source>
        <translation>Auf einen USB-Stick oder Datenträger schreiben</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Open the output folder</source>
        <translation>Ausgabeordner öffnen</translation>
    </message>
</context>
<context>
    <name>Lkc::PartsTableEditor</name>
    <message>
        <source>%1 is needed</source>
        <translation>%1 ist nötig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; separates the parts; it cannot appear here</source>
        <translation>&apos;%1&apos; trennt die Teile; es darf hier nicht vorkommen</translation>
    </message>
    <message>
        <source>the container path must be absolute</source>
        <translation>der Container-Pfad muss absolut sein</translation>
    </message>
    <message>
        <source>not a resource limit the kernel knows</source>
        <translation>kein Ressourcenlimit, das der Kernel kennt</translation>
    </message>
</context>
<context>
    <name>Lkc::PublishDialog</name>
    <message>
        <source>Require a random token in the URL</source>
        <translation>Ein zufälliges Token in der URL verlangen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Publish %1</source>
        <translation>%1 veröffentlichen</translation>
    </message>
    <message>
        <source>127.0.0.1: this machine and its VMs only; 0.0.0.0: every network</source>
        <translation>127.0.0.1: nur dieser Rechner und seine VMs; 0.0.0.0: alle Netzwerke</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>The disk the target machine writes to</source>
        <translation>Der Datenträger, auf den der Zielrechner schreibt</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Target disk:</source>
        <translation>Zieldatenträger:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>On the target:</source>
        <translation>Auf dem Ziel:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Prüfen:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Downloads:</source>
        <translation>Downloads:</translation>
    </message>
    <message>
        <source>Computing SHA-256…</source>
        <translation>SHA-256 wird berechnet…</translation>
    </message>
    <message>
        <source>Not an IP address: %1</source>
        <translation>Keine IP-Adresse: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>broken off at %p%</source>
        <translation>abgebrochen bei %p%</translation>
    </message>
    <message>
        <source>Serving on port %1. Stop ends every download.</source>
        <translation>Bereitstellung auf Port %1. Stoppen beendet alle Downloads.</translation>
    </message>
    <message>
        <source>Stopped: the images are no longer served.</source>
        <translation>Gestoppt: Die Images werden nicht mehr bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>Lkc::RunOptionsDialog</name>
    <message>
        <source>User networking (the guest reaches the host and the net)</source>
        <translation>User-Networking (der Gast erreicht den Host und das Netz)</translation>
    </message>
    <message>
        <source>Run Options</source>
        <translation>Ausführungsoptionen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Automatic (KVM when it works, else TCG)</source>
        <translation>Automatisch (KVM, wenn es funktioniert, sonst TCG)</translation>
    </message>
    <message>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <source>TCG (emulation)</source>
        <translation>TCG (Emulation)</translation>
    </message>
    <message>
        <source>BIOS (SeaBIOS)</source>
        <translation>BIOS (SeaBIOS)</translation>
    </message>
    <message>
        <source>UEFI (OVMF)</source>
        <translation>UEFI (OVMF)</translation>
    </message>
    <message>
        <source>One per line, HOST:GUEST[/tcp|udp], e.g. 2222:22</source>
        <translation>Einer pro Zeile, HOST:GUEST[/tcp|udp], z. B. 2222:22</translation>
    </message>
    <message>
        <source>One per line, [file=]PATH[,size=N(M|G)][,format=F], e.g. size=1G</source>
        <translation>Einer pro Zeile, [file=]PATH[,size=N(M|G)][,format=F], z. B. size=1G</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPUs:</translation>
    </message>
    <message>
        <source>&amp;Accelerator:</source>
        <translation>&amp;Beschleuniger:</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>Published &amp;ports:</source>
        <translation>Veröffentlichte &amp;Ports:</translation>
    </message>
    <message>
        <source>Extra &amp;disks:</source>
        <translation>Zusätzliche &amp;Datenträger:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>Port %1: %2</translation>
    </message>
    <message>
        <source>Published ports need networking.</source>
        <translation>Veröffentlichte Ports benötigen Netzwerk.</translation>
    </message>
    <message>
        <source>Disk %1: %2</source>
        <translation>Datenträger %1: %2</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
</context>
<context>
    <name>Lkc::StringListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Lkc::TableFieldEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to edit the list</source>
        <translation>Doppelklick (oder Eingabe), um die Liste zu bearbeiten</translation>
    </message>
</context>
<context>
    <name>Lkc::TestBootModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>booting…</source>
        <translation>bootet…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Boot</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Lkc::TestBootPanel</name>
    <message>
        <source>Build, then Test Boot: each format boots under QEMU and its console is watched for the starter kit&apos;s success line.</source>
        <translation>Erst erstellen, dann Testboot: Jedes Format bootet unter QEMU, und seine Konsole wird auf die Erfolgszeile des Starter-Kits überwacht.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Test boot results</source>
        <translation>Ergebnisse des Testboots</translation>
    </message>
    <message>
        <source>Checking whether KVM works…</source>
        <translation>Es wird geprüft, ob KVM funktioniert…</translation>
    </message>
    <message>
        <source>Booting %1 (%2)…</source>
        <translation>%1 wird gebootet (%2)…</translation>
    </message>
    <message>
        <source>Every format passed.</source>
        <translation>Alle Formate bestanden.</translation>
    </message>
    <message>
        <source>Some formats failed.</source>
        <translation>Einige Formate sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
</context>
<context>
    <name>Lkc::VTermTerminalWidget</name>
    <message>
        <source>Serial console</source>
        <translation>Serielle Konsole</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>Lkc::WelcomePage</name>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>A kernel, init, DHCP at boot and a console login: the smallest useful image.</source>
        <translation>Ein Kernel, init, DHCP beim Booten und eine Konsolen-Anmeldung: das kleinste sinnvolle Image.</translation>
    </message>
    <message>
        <source>Console login</source>
        <translation>Konsolen-Anmeldung</translation>
    </message>
    <message>
        <source>A login prompt with a root password, kernel settings and an entropy daemon.</source>
        <translation>Eine Anmeldeaufforderung mit Root-Passwort, Kernel-Einstellungen und einem Entropie-Daemon.</translation>
    </message>
    <message>
        <source>SSH server</source>
        <translation>SSH-Server</translation>
    </message>
    <message>
        <source>Log in over SSH with your own key; a console login as a fallback.</source>
        <translation>Anmeldung über SSH mit Ihrem eigenen Schlüssel; eine Konsolen-Anmeldung als Rückfall.</translation>
    </message>
    <message>
        <source>Offline starter kit</source>
        <translation>Offline-Starter-Kit</translation>
    </message>
    <message>
        <source>Boots without Docker Hub, on images built from Debian packages (packaging/starter-kit).</source>
        <translation>Bootet ohne Docker Hub, mit Images, die aus Debian-Paketen gebaut sind (packaging/starter-kit).</translation>
    </message>
    <message>
        <source>&lt;h1&gt;LinuxKit Composer&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;LinuxKit Composer&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A LinuxKit image is a kernel plus a root filesystem built from container images. At boot the kernel starts &lt;b&gt;init&lt;/b&gt;; init runs the &lt;b&gt;onboot&lt;/b&gt; containers one after another, then starts the &lt;b&gt;services&lt;/b&gt; together; &lt;b&gt;onshutdown&lt;/b&gt; runs at power-off. &lt;b&gt;files&lt;/b&gt; are written into the root filesystem as they are.&lt;/p&gt;&lt;p&gt;Start from a template: every line of it says why it is there. The Layout, Boot flow and Effective configuration views show what the build will make before you build.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein LinuxKit-Image besteht aus einem Kernel und einem Root-Dateisystem, das aus Container-Images gebaut wird. Beim Booten startet der Kernel &lt;b&gt;init&lt;/b&gt;; init führt die &lt;b&gt;onboot&lt;/b&gt;-Container nacheinander aus und startet dann die &lt;b&gt;services&lt;/b&gt; gemeinsam; &lt;b&gt;onshutdown&lt;/b&gt; läuft beim Ausschalten. &lt;b&gt;files&lt;/b&gt; werden unverändert in das Root-Dateisystem geschrieben.&lt;/p&gt;&lt;p&gt;Beginnen Sie mit einer Vorlage: Jede ihrer Zeilen erklärt, warum sie da ist. Die Ansichten Layout, Boot-Ablauf und Effektive Konfiguration zeigen, was der Build erzeugen wird, bevor Sie erstellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New from a template&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Neu aus einer Vorlage&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Open a config…</source>
        <translation>Konfiguration ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>&amp;Rundgang starten</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&amp;Recent files&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;&amp;Zuletzt geöffnete Dateien&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>Noch keine zuletzt geöffneten Dateien.</translation>
    </message>
</context>
<context>
    <name>Lkc::WriteDiskDialog</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Write %1 to a Disk</source>
        <translation>%1 auf einen Datenträger schreiben</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Can write?</source>
        <translation>Beschreibbar?</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Everything on the chosen disk is replaced by %1 (%2).</source>
        <translation>Alles auf dem gewählten Datenträger wird durch %1 (%2) ersetzt.</translation>
    </message>
    <message>
        <source>removable</source>
        <translation>wechselbar</translation>
    </message>
    <message>
        <source>, removable</source>
        <translation>, wechselbar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>No disks found.</source>
        <translation>Keine Datenträger gefunden.</translation>
    </message>
    <message>
        <source>Pick a disk. Greyed-out disks are refused.</source>
        <translation>Wählen Sie einen Datenträger. Ausgegraute Datenträger werden abgelehnt.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>Write to a Large Disk?</source>
        <translation>Auf einen großen Datenträger schreiben?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Verifying (reading back)…</source>
        <translation>Wird überprüft (Zurücklesen)…</translation>
    </message>
    <message>
        <source>Written and verified: %1 bytes, SHA-256 %2 read back identical.</source>
        <translation>Geschrieben und überprüft: %1 Bytes, SHA-256 %2 identisch zurückgelesen.</translation>
    </message>
    <message>
        <source>Written (%1 bytes) without verification.</source>
        <translation>Geschrieben (%1 Bytes), ohne Überprüfung.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Lkc::YamlTextView</name>
    <message>
        <source>YAML text</source>
        <translation>YAML-Text</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Suchen und &amp;Ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Gehe zu &amp;Zeile…</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>&amp;Kommentar umschalten</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Quick fix: change %1 to %2</source>
        <translation>Schnellkorrektur: %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compose, build and boot LinuxKit images</source>
        <translation>LinuxKit-Images zusammenstellen, bauen und booten</translation>
    </message>
    <message>
        <source>LinuxKit YAML to open</source>
        <translation>Zu öffnende LinuxKit-YAML-Datei</translation>
    </message>
    <message>
        <source>Select the node at a YAML path, e.g. services[1]</source>
        <translation>Den Knoten an einem YAML-Pfad auswählen, z. B. services[1]</translation>
    </message>
    <message>
        <source>Boot a built image in the console: a kernel+initrd prefix, an ISO or a disk image</source>
        <translation>Ein gebautes Image in der Konsole booten: ein kernel+initrd-Präfix, ein ISO oder ein Disk-Image</translation>
    </message>
    <message>
        <source>Boot with UEFI firmware (OVMF)</source>
        <translation>Mit UEFI-Firmware (OVMF) booten</translation>
    </message>
    <message>
        <source>Image store to use (default: ~/.linuxkit/cache)</source>
        <translation>Zu verwendender Image-Speicher (Standard: ~/.linuxkit/cache)</translation>
    </message>
    <message>
        <source>Show and raise a dock: problems, build, console, bootflow, layout, effective</source>
        <translation>Ein Dock anzeigen und in den Vordergrund holen: problems, build, console, bootflow, layout, effective</translation>
    </message>
    <message>
        <source>Hide a dock (names as --dock)</source>
        <translation>Ein Dock ausblenden (Namen wie bei --dock)</translation>
    </message>
    <message>
        <source>Show the window in this language (en, de, fr) for this run; the default is the system&apos;s or the one chosen in Settings</source>
        <translation>Das Fenster für diesen Aufruf in dieser Sprache anzeigen (en, de, fr); Standard ist die Systemsprache oder die in den Einstellungen gewählte</translation>
    </message>
</context>
</TS>
