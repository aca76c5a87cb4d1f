<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>lkc</name>
    <message>
        <source>Usage: lkc COMMAND [ARGS…]

LinuxKit Composer on the command line: validate, edit, build and boot LinuxKit
configs without a Docker daemon.

Commands:
</source>
        <translation>Aufruf: lkc BEFEHL [ARGUMENTE…]

LinuxKit Composer auf der Kommandozeile: LinuxKit-Konfigurationen prüfen,
bearbeiten, erstellen und booten, ohne Docker-Daemon.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run `lkc COMMAND --help` for a command&apos;s options.
</source>
        <translation>
Mit `lkc BEFEHL --help` erhalten Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>lkc: unknown command &apos;%1&apos;</source>
        <translation>lkc: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Error: unknown flag: </source>
        <translation>Fehler: unbekannte Option: </translation>
    </message>
    <message>
        <source>Error: flag needs an argument: </source>
        <translation>Fehler: Option benötigt ein Argument: </translation>
    </message>
    <message>
        <source>Error: no config file given

</source>
        <translation>Fehler: keine Konfigurationsdatei angegeben

</translation>
    </message>
    <message>
        <source>Error: cannot parse --size </source>
        <translation>Fehler: --size kann nicht ausgewertet werden: </translation>
    </message>
    <message>
        <source>Error: --o cannot be used together with --name or --dir
</source>
        <translation>Fehler: --o kann nicht zusammen mit --name oder --dir verwendet werden
</translation>
    </message>
    <message>
        <source>Error: invalid configuration file
</source>
        <translation>Fehler: ungültige Konfigurationsdatei
</translation>
    </message>
    <message>
        <source>build an image from LinuxKit configs (kernel+initrd, tar, …)</source>
        <translation>Image aus LinuxKit-Konfigurationen bauen (kernel+initrd, tar, …)</translation>
    </message>
    <message>
        <source>lkc cache pull: not built
</source>
        <translation>lkc cache pull: nicht mitgebaut
</translation>
    </message>
    <message>
        <source>Image store.</source>
        <translation>Image-Speicher.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <source>Name for the imported image.</source>
        <translation>Name für das importierte Image.</translation>
    </message>
    <message>
        <source>Delete bad blobs.</source>
        <translation>Defekte Blobs löschen.</translation>
    </message>
    <message>
        <source>Export format (oci).</source>
        <translation>Exportformat (oci).</translation>
    </message>
    <message>
        <source>lkc cache </source>
        <translation>lkc cache </translation>
    </message>
    <message>
        <source>lkc cache ls: </source>
        <translation>lkc cache ls: </translation>
    </message>
    <message>
        <source>Usage: lkc cache rm REF…
</source>
        <translation>Aufruf: lkc cache rm REF…
</translation>
    </message>
    <message>
        <source>lkc cache rm: </source>
        <translation>lkc cache rm: </translation>
    </message>
    <message>
        <source>lkc cache clean: </source>
        <translation>lkc cache clean: </translation>
    </message>
    <message>
        <source> leftover temp file(s) of pulls or imports that were stopped
</source>
        <translation> übrig gebliebene temporäre Datei(en) abgebrochener Pulls oder Importe
</translation>
    </message>
    <message>
        <source> recent unnamed blob(s): a pull or import is running and may name them
</source>
        <translation> neue(r) unbenannte(r) Blob(s): ein Pull oder Import läuft und benennt sie evtl.
</translation>
    </message>
    <message>
        <source>lkc cache verify: </source>
        <translation>lkc cache verify: </translation>
    </message>
    <message>
        <source>Usage: lkc cache export REF -o FILE.tar
</source>
        <translation>Aufruf: lkc cache export REF -o FILE.tar
</translation>
    </message>
    <message>
        <source>lkc cache export: only --format oci is implemented
</source>
        <translation>lkc cache export: nur --format oci ist implementiert
</translation>
    </message>
    <message>
        <source>lkc cache export: </source>
        <translation>lkc cache export: </translation>
    </message>
    <message>
        <source>Usage: lkc cache import PATH [--ref REF]
</source>
        <translation>Aufruf: lkc cache import PATH [--ref REF]
</translation>
    </message>
    <message>
        <source>lkc cache import: </source>
        <translation>lkc cache import: </translation>
    </message>
    <message>
        <source>lkc cache: unknown command &apos;</source>
        <translation>lkc cache: unbekannter Befehl &apos;</translation>
    </message>
    <message>
        <source>List, remove, clean, verify, import and export stored images</source>
        <translation>Images auflisten, löschen, bereinigen, prüfen, im- und exportieren</translation>
    </message>
    <message>
        <source>unterminated %1 quote</source>
        <translation>nicht abgeschlossenes Anführungszeichen %1</translation>
    </message>
    <message>
        <source>not a JSON array of strings: %1</source>
        <translation>kein JSON-Array aus Zeichenketten: %1</translation>
    </message>
    <message>
        <source>JSON array must hold only strings</source>
        <translation>das JSON-Array darf nur Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>Directory tree to pack.</source>
        <translation>Zu packender Verzeichnisbaum.</translation>
    </message>
    <message>
        <source>Image name, e.g. lkc/init:dev.</source>
        <translation>Image-Name, z. B. lkc/init:dev.</translation>
    </message>
    <message>
        <source>Entrypoint: a JSON array or shell-like words.</source>
        <translation>Entrypoint: ein JSON-Array oder Wörter wie in der Shell.</translation>
    </message>
    <message>
        <source>Cmd: a JSON array or shell-like words.</source>
        <translation>Cmd: ein JSON-Array oder Wörter wie in der Shell.</translation>
    </message>
    <message>
        <source>Environment entry (repeatable).</source>
        <translation>Umgebungseintrag (wiederholbar).</translation>
    </message>
    <message>
        <source>Working directory.</source>
        <translation>Arbeitsverzeichnis.</translation>
    </message>
    <message>
        <source>Label (repeatable).</source>
        <translation>Label (wiederholbar).</translation>
    </message>
    <message>
        <source>Architecture (amd64).</source>
        <translation>Architektur (amd64).</translation>
    </message>
    <message>
        <source>Image store (default $LINUXKIT_CACHE or ~/.linuxkit/cache).</source>
        <translation>Image-Speicher (Standard: $LINUXKIT_CACHE oder ~/.linuxkit/cache).</translation>
    </message>
    <message>
        <source>lkc image create: </source>
        <translation>lkc image create: </translation>
    </message>
    <message>
        <source>lkc image create: --from-dir DIR and --ref REF are required
</source>
        <translation>lkc image create: --from-dir DIR und --ref REF sind erforderlich
</translation>
    </message>
    <message>
        <source>lkc image create: --label must be KEY=VALUE: </source>
        <translation>lkc image create: --label muss KEY=VALUE sein: </translation>
    </message>
    <message>
        <source> entries, layer </source>
        <translation> Einträge, Layer </translation>
    </message>
    <message>
        <source> bytes) in </source>
        <translation> Bytes) in </translation>
    </message>
    <message>
        <source>Prints, as JSON, what the image store holds for REF on linux/ARCH.</source>
        <translation>Gibt als JSON aus, was der Image-Speicher für REF unter linux/ARCH enthält.</translation>
    </message>
    <message>
        <source>Image store or OCI layout.</source>
        <translation>Image-Speicher oder OCI-Layout.</translation>
    </message>
    <message>
        <source>Image reference</source>
        <translation>Image-Referenz</translation>
    </message>
    <message>
        <source>Usage: lkc image inspect [--arch ARCH] [--cache DIR] REF
</source>
        <translation>Aufruf: lkc image inspect [--arch ARCH] [--cache DIR] REF
</translation>
    </message>
    <message>
        <source>lkc image inspect: </source>
        <translation>lkc image inspect: </translation>
    </message>
    <message>
        <source>Usage: lkc image create --from-dir DIR --ref REF [--entrypoint …] [--cmd …]
                        [--env K=V]… [--workdir DIR] [--label K=V]… [--arch A]
                        [--cache DIR]
       lkc image inspect [--arch A] [--cache DIR] REF
</source>
        <translation>Aufruf: lkc image create --from-dir DIR --ref REF [--entrypoint …] [--cmd …]
                         [--env K=V]… [--workdir DIR] [--label K=V]… [--arch A]
                         [--cache DIR]
        lkc image inspect [--arch A] [--cache DIR] REF
</translation>
    </message>
    <message>
        <source>lkc image: unknown sub-command &apos;</source>
        <translation>lkc image: unbekannter Unterbefehl &apos;</translation>
    </message>
    <message>
        <source>&apos; (create, inspect)
</source>
        <translation>&apos; (create, inspect)
</translation>
    </message>
    <message>
        <source>Create an image from a directory; inspect a stored image</source>
        <translation>Image aus Verzeichnis erstellen; gespeichertes Image untersuchen</translation>
    </message>
    <message>
        <source>Fetch even when stored.</source>
        <translation>Auch abrufen, wenn bereits gespeichert.</translation>
    </message>
    <message>
        <source>Extra CA certificate (PEM).</source>
        <translation>Zusätzliches CA-Zertifikat (PEM).</translation>
    </message>
    <message>
        <source>Allow plain http / unverified TLS for this registry.</source>
        <translation>Unverschlüsseltes http / ungeprüftes TLS für diese Registry erlauben.</translation>
    </message>
    <message>
        <source>Use URL for registry REG (e.g. docker.io=http://10.0.0.2:5000).</source>
        <translation>URL für die Registry REG verwenden (z. B. docker.io=http://10.0.0.2:5000).</translation>
    </message>
    <message>
        <source>Blobs fetched at once (4).</source>
        <translation>Gleichzeitig abgerufene Blobs (4).</translation>
    </message>
    <message>
        <source>Images to pull</source>
        <translation>Abzurufende Images</translation>
    </message>
    <message>
        <source>lkc pull: </source>
        <translation>lkc pull: </translation>
    </message>
    <message>
        <source>Usage: lkc pull [--cache DIR] [--arch ARCH] [--pull] REF…
</source>
        <translation>Aufruf: lkc pull [--cache DIR] [--arch ARCH] [--pull] REF…
</translation>
    </message>
    <message>
        <source>lkc pull: --mirror must be REGISTRY=URL: </source>
        <translation>lkc pull: --mirror muss REGISTRY=URL sein: </translation>
    </message>
    <message>
        <source>%1: %2 / %3 MB  %4 MB/s</source>
        <translation>%1: %2 / %3 MB  %4 MB/s</translation>
    </message>
    <message>
        <source> MB in </source>
        <translation> MB in </translation>
    </message>
    <message>
        <source> is up to date in </source>
        <translation> ist aktuell in </translation>
    </message>
    <message>
        <source>Pull images into the image store (LinuxKit&apos;s cache)</source>
        <translation>Images in den Image-Speicher (den Cache von LinuxKit) abrufen</translation>
    </message>
    <message>
        <source>Usage: lkc run [qemu] [options] PREFIX|FILE

Boots PREFIX-kernel/-initrd.img/-cmdline, PREFIX-kernel + PREFIX-squashfs.img,
an .iso, or a disk image (raw, qcow2, vhd, vmdk …) under QEMU. The serial console
is this terminal: Ctrl-A x quits, Ctrl-A c toggles the QEMU monitor.

Options (one or two dashes, `-opt value` or `-opt=value`):
  -mem MiB            memory (1024)
  -cpus N             CPUs (1)
  -disk [file=]PATH[,size=N(M|G)][,format=F]   extra disk, repeatable; created
                      with qemu-img when it does not exist (state dir when no PATH)
  -publish H:G[/tcp|udp]  forward host port H to guest port G (user networking)
  -networking user|none   (user)
  -accel A            accelerator; default: KVM if a probe shows it works, else TCG
  -uefi               boot with UEFI firmware (OVMF)
  -fw FILE            UEFI firmware (default /usr/share/ovmf/OVMF.fd, copied to the state dir)
  -iso | -kernel | -squashfs   force the boot mode
  -gui                open a QEMU window instead of the serial console
  -data STRING | -data-file FILE   metadata CD with one file `config`
  -state DIR          state directory (PREFIX-state)
  -detached           run in the background; console to STATE/console.log
  -qemu BINARY        (qemu-system-x86_64)
</source>
        <translation>Aufruf: lkc run [qemu] [Optionen] PREFIX|FILE

Bootet PREFIX-kernel/-initrd.img/-cmdline, PREFIX-kernel + PREFIX-squashfs.img,
eine .iso oder ein Disk-Image (raw, qcow2, vhd, vmdk …) unter QEMU. Die serielle
Konsole ist dieses Terminal: Ctrl-A x beendet, Ctrl-A c schaltet den
QEMU-Monitor um.

Optionen (ein oder zwei Striche, `-opt wert` oder `-opt=wert`):
  -mem MiB            Arbeitsspeicher (1024)
  -cpus N             CPUs (1)
  -disk [file=]PATH[,size=N(M|G)][,format=F]   zusätzlicher Datenträger,
                      wiederholbar; wird mit qemu-img angelegt, wenn er nicht
                      existiert (im Statusverzeichnis, wenn PATH fehlt)
  -publish H:G[/tcp|udp]  Host-Port H an Gast-Port G weiterleiten
                      (User-Networking)
  -networking user|none   (user)
  -accel A            Beschleuniger; Standard: KVM, wenn ein Test zeigt, dass
                      es funktioniert, sonst TCG
  -uefi               mit UEFI-Firmware (OVMF) booten
  -fw FILE            UEFI-Firmware (Standard: /usr/share/ovmf/OVMF.fd, wird ins
                      Statusverzeichnis kopiert)
  -iso | -kernel | -squashfs   Bootmodus erzwingen
  -gui                QEMU-Fenster statt der seriellen Konsole öffnen
  -data STRING | -data-file FILE   Metadaten-CD mit einer Datei `config`
  -state DIR          Statusverzeichnis (PREFIX-state)
  -detached           im Hintergrund laufen; Konsole nach STATE/console.log
  -qemu BINARY        (qemu-system-x86_64)
</translation>
    </message>
    <message>
        <source>lkc run: option -</source>
        <translation>lkc run: Option -</translation>
    </message>
    <message>
        <source> needs a value
</source>
        <translation> benötigt einen Wert
</translation>
    </message>
    <message>
        <source>lkc run: </source>
        <translation>lkc run: </translation>
    </message>
    <message>
        <source>lkc run: unknown option -</source>
        <translation>lkc run: unbekannte Option -</translation>
    </message>
    <message>
        <source>lkc run: -</source>
        <translation>lkc run: -</translation>
    </message>
    <message>
        <source> needs a number, got &apos;</source>
        <translation> benötigt eine Zahl, erhalten: &apos;</translation>
    </message>
    <message>
        <source>lkc run: expected exactly one PREFIX or FILE

</source>
        <translation>lkc run: genau ein PREFIX oder FILE erwartet

</translation>
    </message>
    <message>
        <source>lkc run: -data and -data-file are mutually exclusive
</source>
        <translation>lkc run: -data und -data-file schließen einander aus
</translation>
    </message>
    <message>
        <source>Started in the background: pid in </source>
        <translation>Im Hintergrund gestartet: PID in </translation>
    </message>
    <message>
        <source>/qemu.pid, console in </source>
        <translation>/qemu.pid, Konsole in </translation>
    </message>
    <message>
        <source>Boot an image under QEMU, console on this terminal</source>
        <translation>Ein Image unter QEMU booten, Konsole in diesem Terminal</translation>
    </message>
    <message>
        <source>Usage: lkc serve [options] FILE…

Serves built images over HTTP (with byte ranges and a NAME.sha256 beside each) and
prints the line to run on the target machine, e.g. in a hosting provider&apos;s rescue
system. Runs until Ctrl-C.

Options:
  --listen ADDR:PORT  address and port to listen on (127.0.0.1:8080); use
                      0.0.0.0:PORT to let other machines in
  --token             require a random token in every URL
  --host NAME         host name the target uses in URLs (default: the listen
                      address, or this machine&apos;s first IPv4 address for 0.0.0.0)
  --device DEV        the target&apos;s disk in the printed line (/dev/sda)
</source>
        <translation>Aufruf: lkc serve [Optionen] FILE…

Stellt erstellte Images über HTTP bereit (mit Byte-Ranges und einer NAME.sha256
neben jeder Datei) und gibt die Zeile aus, die auf dem Zielrechner auszuführen
ist, z. B. im Rettungssystem eines Hosting-Anbieters. Läuft bis Ctrl-C.

Optionen:
  --listen ADDR:PORT  Adresse und Port zum Lauschen (127.0.0.1:8080);
                      0.0.0.0:PORT lässt andere Rechner zu
  --token             in jeder URL ein zufälliges Token verlangen
  --host NAME         Hostname, den das Ziel in URLs verwendet (Standard: die
                      Listen-Adresse bzw. bei 0.0.0.0 die erste IPv4-Adresse
                      dieses Rechners)
  --device DEV        der Datenträger des Ziels in der ausgegebenen Zeile
                      (/dev/sda)
</translation>
    </message>
    <message>
        <source>lkc serve: name at least one image to serve

</source>
        <translation>lkc serve: Geben Sie mindestens ein bereitzustellendes Image an

</translation>
    </message>
    <message>
        <source>lkc serve: --listen takes ADDR:PORT with a numeric address (127.0.0.1:8080, 0.0.0.0:8080), got &apos;</source>
        <translation>lkc serve: --listen erwartet ADDR:PORT mit numerischer Adresse (127.0.0.1:8080, 0.0.0.0:8080), erhalten: &apos;</translation>
    </message>
    <message>
        <source>lkc serve: </source>
        <translation>lkc serve: </translation>
    </message>
    <message>
        <source>Serving on </source>
        <translation>Bereitstellung unter </translation>
    </message>
    <message>
        <source> (listening on </source>
        <translation> (lauscht auf </translation>
    </message>
    <message>
        <source>Only this machine (and its VMs, as 10.0.2.2) can connect; use --listen 0.0.0.0:PORT for others.
</source>
        <translation>Nur dieser Rechner (und seine VMs, als 10.0.2.2) kann sich verbinden; für andere verwenden Sie --listen 0.0.0.0:PORT.
</translation>
    </message>
    <message>
        <source>  On the target (erases </source>
        <translation>  Auf dem Ziel (löscht </translation>
    </message>
    <message>
        <source>  Then check:
</source>
        <translation>  Dann prüfen:
</translation>
    </message>
    <message>
        <source>
Ctrl-C stops the server.
</source>
        <translation>
Ctrl-C beendet den Server.
</translation>
    </message>
    <message>
        <source>lkc serve: socketpair failed
</source>
        <translation>lkc serve: socketpair fehlgeschlagen
</translation>
    </message>
    <message>
        <source>Publish images over HTTP with the line to run on the target</source>
        <translation>Images über HTTP bereitstellen, mit der Zeile für den Zielrechner</translation>
    </message>
    <message>
        <source>lkc set: </source>
        <translation>lkc set: </translation>
    </message>
    <message>
        <source>
Run `lkc set --help` for usage.
</source>
        <translation>
Mit `lkc set --help` erhalten Sie die Aufrufsyntax.
</translation>
    </message>
    <message>
        <source>%1 needs an index (0, 1, …)</source>
        <translation>%1 benötigt einen Index (0, 1, …)</translation>
    </message>
    <message>
        <source>--json needs a value</source>
        <translation>--json benötigt einen Wert</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>unknown flag &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected FILE and PATH</source>
        <translation>FILE und PATH erwartet</translation>
    </message>
    <message>
        <source>expected FILE PATH VALUE</source>
        <translation>FILE PATH VALUE erwartet</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>--remove and --move-* take no value</source>
        <translation>--remove und --move-* nehmen keinen Wert</translation>
    </message>
    <message>
        <source>cannot read the config: %1</source>
        <translation>die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the config is not valid UTF-8</source>
        <translation>die Konfiguration ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>no edit</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>%1: not a list item; use a path like services[2]</source>
        <translation>%1: kein Listeneintrag; verwenden Sie einen Pfad wie services[2]</translation>
    </message>
    <message>
        <source>%1: is already the first item</source>
        <translation>%1: ist bereits der erste Eintrag</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>change one value of a config in place, keeping the rest byte for byte</source>
        <translation>einen Wert einer Konfiguration ändern, der Rest bleibt byte-genau</translation>
    </message>
    <message>
        <source>Usage: lkc test-boot [options] CONFIG.yml… --format F [--format F …]

Builds each format, boots it under QEMU (BIOS formats with SeaBIOS, EFI formats
with OVMF), waits for the expected console line, powers the VM off and prints a
PASS/FAIL table. Exit code 0 only when every format passed.

Options:
  --format, -f F     format to test, repeatable or comma-separated
  --expect REGEX     console text that means success (default: the starter kit&apos;s
                     &quot;all services started&quot;)
  --timeout S        seconds to wait per boot (120)
  --fail REGEX       console text that means failure at once (default: the starter
                     kit&apos;s &quot;services FAILED to start&quot;)
  --hang S           seconds without console output that count as a hang (30)
  --dir DIR          keep outputs and console logs in DIR (default: a temp dir)
  --accel A          accelerator (default: KVM if a probe shows it works, else TCG)
  --mem MiB          guest memory (1024)
  --cache DIR        image store passed to lkc build
</source>
        <translation>Aufruf: lkc test-boot [Optionen] CONFIG.yml… --format F [--format F …]

Erstellt jedes Format, bootet es unter QEMU (BIOS-Formate mit SeaBIOS,
EFI-Formate mit OVMF), wartet auf die erwartete Konsolenzeile, schaltet die VM
aus und gibt eine PASS/FAIL-Tabelle aus. Exit-Code 0 nur, wenn jedes Format
bestanden hat.

Optionen:
  --format, -f F     zu testendes Format, wiederholbar oder kommagetrennt
  --expect REGEX     Konsolentext, der Erfolg bedeutet (Standard: &quot;all services
                     started&quot; des Starter-Kits)
  --timeout S        Sekunden Wartezeit pro Boot (120)
  --fail REGEX       Konsolentext, der sofort Fehlschlag bedeutet (Standard:
                     &quot;services FAILED to start&quot; des Starter-Kits)
  --hang S           Sekunden ohne Konsolenausgabe, die als Hänger gelten (30)
  --dir DIR          Ausgaben und Konsolenprotokolle in DIR behalten
                     (Standard: ein temporäres Verzeichnis)
  --accel A          Beschleuniger (Standard: KVM, wenn ein Test zeigt, dass es
                     funktioniert, sonst TCG)
  --mem MiB          Arbeitsspeicher des Gasts (1024)
  --cache DIR        an lkc build übergebener Image-Speicher
</translation>
    </message>
    <message>
        <source>lkc test-boot: need a config and at least one --format

</source>
        <translation>lkc test-boot: eine Konfiguration und mindestens ein --format sind nötig

</translation>
    </message>
    <message>
        <source>lkc test-boot: --fail is not a valid regular expression
</source>
        <translation>lkc test-boot: --fail ist kein gültiger regulärer Ausdruck
</translation>
    </message>
    <message>
        <source>lkc test-boot: --expect is not a valid regular expression: </source>
        <translation>lkc test-boot: --expect ist kein gültiger regulärer Ausdruck: </translation>
    </message>
    <message>
        <source>lkc test-boot: unknown format type </source>
        <translation>lkc test-boot: unbekannter Formattyp </translation>
    </message>
    <message>
        <source>build failed: </source>
        <translation>Erstellen fehlgeschlagen: </translation>
    </message>
    <message>
        <source>; console logs in </source>
        <translation>; Konsolenprotokolle in </translation>
    </message>
    <message>
        <source>Build formats, boot each under QEMU, check the console</source>
        <translation>Formate erstellen, jedes unter QEMU booten, die Konsole prüfen</translation>
    </message>
    <message>
        <source>Usage: lkc validate [--json] [--merge] FILE…

Checks LinuxKit YAML configs: YAML syntax and duplicate keys, LinuxKit&apos;s schema
(unknown keys, types such as unquoted octal modes), and the checks `linuxkit build`
makes while building (capabilities, binds, tmpfs, mounts, rlimits, modes, uid/gid
names, files entries, image references, unique names), plus warnings for settings
LinuxKit accepts but ignores. FILE may be - for standard input.

Options:
  --json    print a JSON array of diagnostics {severity, message, file, line,
            column, yamlPath, code} instead of file:line:col lines
  --merge   validate the files as one config merged in order, as
            `lkc build a.yml b.yml` would (default: each file on its own)
  -h, --help  show this help

Exit status: 0 no errors (warnings allowed), 1 errors, 2 a file could not be read
(missing, too large, binary or not UTF-8) or bad usage.
</source>
        <translation>Aufruf: lkc validate [--json] [--merge] FILE…

Prüft LinuxKit-YAML-Konfigurationen: YAML-Syntax und doppelte Schlüssel, das
Schema von LinuxKit (unbekannte Schlüssel, Typen wie nicht gequotete oktale
Modi) und die Prüfungen, die `linuxkit build` beim Erstellen vornimmt
(capabilities, binds, tmpfs, mounts, rlimits, Modi, uid/gid-Namen,
files-Einträge, Image-Referenzen, eindeutige Namen), dazu Warnungen für
Einstellungen, die LinuxKit akzeptiert, aber ignoriert. FILE darf - für die
Standardeingabe sein.

Optionen:
  --json    ein JSON-Array von Diagnosen {severity, message, file, line,
            column, yamlPath, code} statt file:line:col-Zeilen ausgeben
  --merge   die Dateien als eine, der Reihe nach zusammengeführte
            Konfiguration prüfen, wie `lkc build a.yml b.yml` es täte
            (Standard: jede Datei für sich)
  -h, --help  diese Hilfe anzeigen

Exit-Status: 0 keine Fehler (Warnungen erlaubt), 1 Fehler, 2 eine Datei konnte
nicht gelesen werden (fehlt, zu groß, binär oder nicht UTF-8) oder falscher
Aufruf.
</translation>
    </message>
    <message>
        <source>lkc validate: unknown option </source>
        <translation>lkc validate: unbekannte Option </translation>
    </message>
    <message>
        <source>lkc validate: no config file given

</source>
        <translation>lkc validate: keine Konfigurationsdatei angegeben

</translation>
    </message>
    <message>
        <source>check LinuxKit configs and report problems</source>
        <translation>LinuxKit-Konfigurationen prüfen und Probleme melden</translation>
    </message>
    <message>
        <source>Usage: lkc write [options] IMAGE DEVICE
       lkc write --list

Writes IMAGE (raw-bios, raw-efi, iso-bios, iso-efi …) to the whole disk DEVICE,
fsyncs, and reads the disk back to compare SHA-256. Refuses the disk the system
runs from, mounted disks and partitions; asks again for disks above 64 GiB.

Options:
  --list              list disks (model, size, removable, mount points) and exit
  --yes, -y           do not ask again for a large disk
  --no-verify         skip the read-back
  --confirm-above GiB ask again for disks larger than this (64)
</source>
        <translation>Aufruf: lkc write [Optionen] IMAGE DEVICE
        lkc write --list

Schreibt IMAGE (raw-bios, raw-efi, iso-bios, iso-efi …) auf den gesamten
Datenträger DEVICE, führt fsync aus und liest den Datenträger zurück, um
SHA-256 zu vergleichen. Verweigert den Datenträger, von dem das System läuft,
eingehängte Datenträger und Partitionen; fragt bei Datenträgern über 64 GiB
noch einmal nach.

Optionen:
  --list              Datenträger auflisten (Modell, Größe, wechselbar,
                      Einhängepunkte) und beenden
  --yes, -y           bei großen Datenträgern nicht noch einmal nachfragen
  --no-verify         das Zurücklesen überspringen
  --confirm-above GiB bei Datenträgern über dieser Größe nachfragen (64)
</translation>
    </message>
    <message>
        <source>lkc write: </source>
        <translation>lkc write: </translation>
    </message>
    <message>
        <source>lkc write: --confirm-above needs a size in GiB
</source>
        <translation>lkc write: --confirm-above benötigt eine Größe in GiB
</translation>
    </message>
    <message>
        <source>lkc write: unknown option </source>
        <translation>lkc write: unbekannte Option </translation>
    </message>
    <message>
        <source>lkc write: expected IMAGE and DEVICE

</source>
        <translation>lkc write: IMAGE und DEVICE erwartet

</translation>
    </message>
    <message>
        <source>
No terminal to ask on: pass --yes.
</source>
        <translation>
Kein Terminal für die Rückfrage: Geben Sie --yes an.
</translation>
    </message>
    <message>
        <source> Type yes to go on: </source>
        <translation> Geben Sie yes ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>Verifying (reading back) …
</source>
        <translation>Wird überprüft (Zurücklesen) …
</translation>
    </message>
    <message>
        <source>verified, SHA-256 %1 (%2 s)</source>
        <translation>überprüft, SHA-256 %1 (%2 s)</translation>
    </message>
    <message>
        <source>not verified (--no-verify)</source>
        <translation>nicht überprüft (--no-verify)</translation>
    </message>
    <message>
        <source>Write an image to a disk or USB stick and verify it</source>
        <translation>Image auf einen Datenträger/USB-Stick schreiben und überprüfen</translation>
    </message>
    <message>
        <source>Error: --mirror needs REG=URL (e.g. docker.io=http://10.0.0.2:5000), got: </source>
        <translation>Fehler: --mirror benötigt REG=URL (z. B. docker.io=http://10.0.0.2:5000), erhalten: </translation>
    </message>
    <message>
        <source>Error: LINUXKIT_MIRROR entries need REG=URL, got: </source>
        <translation>Fehler: Einträge in LINUXKIT_MIRROR benötigen REG=URL, erhalten: </translation>
    </message>
    <message>
        <source>Usage: lkc cache [--cache DIR] COMMAND …

The image store: an OCI layout shared with linuxkit ($LINUXKIT_CACHE or ~/.linuxkit/cache).

  ls                         list stored images (name, digest) and the build cache&apos;s size
  rm REF…                    remove names (blobs stay until `clean`)
  clean                      delete blobs no image uses, stale downloads and the build cache
  prune [--max-size SIZE]    trim the build cache to SIZE (e.g. 2G; default $LKC_BUILD_CACHE_MAX or 10G), least recently used first
  verify [--fix]             re-hash every blob and build cache entry; --fix deletes damaged ones (a build makes or fetches them again)
  export REF -o FILE.tar     write an OCI archive (skopeo: oci-archive:FILE.tar)
  import PATH [--ref REF]    import an OCI layout dir, OCI archive or docker save tar
  pull REF…                  same as `lkc pull`
</source>
        <translation>Aufruf: lkc cache [--cache DIR] BEFEHL …

Der Image-Speicher: ein OCI-Layout, das mit linuxkit geteilt wird
($LINUXKIT_CACHE oder ~/.linuxkit/cache).

  ls                         gespeicherte Images (Name, Digest) und die Größe
                             des Build-Caches auflisten
  rm REF…                    Namen entfernen (Blobs bleiben bis `clean`)
  clean                      Blobs ohne Image, abgebrochene Downloads und den
                             Build-Cache löschen
  prune [--max-size SIZE]    den Build-Cache auf SIZE kürzen (z. B. 2G; Standard
                             $LKC_BUILD_CACHE_MAX oder 10G), das am längsten
                             Ungenutzte zuerst
  verify [--fix]             jeden Blob und Build-Cache-Eintrag neu hashen; --fix
                             löscht beschädigte (ein Build erzeugt oder lädt sie neu)
  export REF -o FILE.tar     ein OCI-Archiv schreiben (skopeo: oci-archive:FILE.tar)
  import PATH [--ref REF]    ein OCI-Layout-Verzeichnis, OCI-Archiv oder docker-save-
                             Archiv importieren
  pull REF…                  wie `lkc pull`
</translation>
    </message>
    <message>
        <source>Build cache limit.</source>
        <translation>Grenze des Build-Caches.</translation>
    </message>
    <message>
        <source>lkc cache prune: --max-size wants a size such as 500M or 2G, not &apos;</source>
        <translation>lkc cache prune: --max-size erwartet eine Größe wie 500M oder 2G, nicht &apos;</translation>
    </message>
    <message>
        <source>; the build cache holds </source>
        <translation>; der Build-Cache enthält </translation>
    </message>
    <message>
        <source>build cache </source>
        <translation>Build-Cache </translation>
    </message>
    <message>
        <source> flattened image(s) </source>
        <translation> abgeflachte(s) Image(s) </translation>
    </message>
    <message>
        <source> build cache entries (</source>
        <translation> Build-Cache-Einträge (</translation>
    </message>
    <message>
        <source> missing blob(s)
</source>
        <translation> fehlende(r) Blob(s)
</translation>
    </message>
    <message>
        <source> damaged file(s) removed</source>
        <translation> beschädigte Datei(en) entfernt</translation>
    </message>
    <message>
        <source>; the next build (or `lkc pull`) fetches the missing blobs again</source>
        <translation>; der nächste Build (oder `lkc pull`) lädt die fehlenden Blobs erneut</translation>
    </message>
    <message>
        <source>the config was not changed: %1</source>
        <translation>die Konfiguration wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>lkc test-boot: --%1 needs a number, got &apos;%2&apos;</source>
        <translation>lkc test-boot: --%1 benötigt eine Zahl, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>lkc %1: unknown option --%2</source>
        <translation>lkc %1: unbekannte Option --%2</translation>
    </message>
    <message>
        <source>lkc %1: option --%2 needs a value</source>
        <translation>lkc %1: Option --%2 benötigt einen Wert</translation>
    </message>
</context>
</TS>
