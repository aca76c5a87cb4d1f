<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>lkc</name>
    <message>
        <source>Usage: lkc COMMAND [ARGS…]

LinuxKit Composer on the command line: validate, edit, build and boot LinuxKit
configs without a Docker daemon.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run `lkc COMMAND --help` for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: unknown flag: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: flag needs an argument: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: no config file given

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: cannot parse --size </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: --o cannot be used together with --name or --dir
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: invalid configuration file
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build an image from LinuxKit configs (kernel+initrd, tar, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lkc cache [--cache DIR] COMMAND …

The image store: an OCI layout shared with linuxkit ($LINUXKIT_CACHE or ~/.linuxkit/cache).

  ls                         list stored images (name, digest)
  rm REF…                    remove names (blobs stay until `clean`)
  clean                      delete blobs no image uses and stale downloads
  verify [--fix]             re-hash every blob; --fix deletes bad ones
  export REF -o FILE.tar     write an OCI archive (skopeo: oci-archive:FILE.tar)
  import PATH [--ref REF]    import an OCI layout dir, OCI archive or docker save tar
  pull REF…                  same as `lkc pull`
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc cache pull: not built
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the imported image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete bad blobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format (oci).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc cache </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc cache ls: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lkc cache rm REF…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc cache rm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc cache clean: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> leftover temp file(s) of pulls or imports that were stopped
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> recent unnamed blob(s): a pull or import is running and may name them
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc cache verify: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lkc cache export REF -o FILE.tar
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc cache export: only --format oci is implemented
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc cache export: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lkc cache import PATH [--ref REF]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc cache import: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc cache: unknown command &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, remove, clean, verify, import and export stored images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated %1 quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON array of strings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON array must hold only strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory tree to pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image name, e.g. lkc/init:dev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrypoint: a JSON array or shell-like words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cmd: a JSON array or shell-like words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment entry (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture (amd64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image store (default $LINUXKIT_CACHE or ~/.linuxkit/cache).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc image create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc image create: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc image create: --from-dir DIR and --ref REF are required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc image create: --label must be KEY=VALUE: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> entries, layer </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes) in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints, as JSON, what the image store holds for REF on linux/ARCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image store or OCI layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc image inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lkc image inspect [--arch ARCH] [--cache DIR] REF
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc image inspect: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lkc image create --from-dir DIR --ref REF [--entrypoint …] [--cmd …]
                        [--env K=V]… [--workdir DIR] [--label K=V]… [--arch A]
                        [--cache DIR]
       lkc image inspect [--arch A] [--cache DIR] REF
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc image: unknown sub-command &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos; (create, inspect)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an image from a directory; inspect a stored image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch even when stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain http / unverified TLS for this registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use URL for registry REG (e.g. docker.io=http://10.0.0.2:5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blobs fetched at once (4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images to pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc pull: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lkc pull [--cache DIR] [--arch ARCH] [--pull] REF…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc pull: --mirror must be REGISTRY=URL: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 / %3 MB  %4 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is up to date in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull images into the image store (LinuxKit&apos;s cache)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc run: option -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> needs a value
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc run: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc run: unknown option -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc run: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> needs a number, got &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc run: expected exactly one PREFIX or FILE

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc run: -data and -data-file are mutually exclusive
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started in the background: pid in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/qemu.pid, console in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot an image under QEMU, console on this terminal</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc serve: --</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc serve: unknown option --</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc serve: name at least one image to serve

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc serve: --listen takes ADDR:PORT with a numeric address (127.0.0.1:8080, 0.0.0.0:8080), got &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc serve: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving on </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (listening on </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this machine (and its VMs, as 10.0.2.2) can connect; use --listen 0.0.0.0:PORT for others.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  On the target (erases </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Then check:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Ctrl-C stops the server.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc serve: socketpair failed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish images over HTTP with the line to run on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc set: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run `lkc set --help` for usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an index (0, 1, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown flag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected FILE and PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected FILE PATH VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove and --move-* take no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the config is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a list item; use a path like services[2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is already the first item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the config, it was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change one value of a config in place, keeping the rest byte for byte</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all services started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services FAILED to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc test-boot: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc test-boot: unknown option </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> needs a number
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc test-boot: need a config and at least one --format

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc test-boot: --fail is not a valid regular expression
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc test-boot: --expect is not a valid regular expression: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc test-boot: unknown format type </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build failed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; console logs in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build formats, boot each under QEMU, check the console</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc validate: unknown option </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc validate: no config file given

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check LinuxKit configs and report problems</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc write: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc write: --confirm-above needs a size in GiB
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc write: unknown option </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkc write: expected IMAGE and DEVICE

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
No terminal to ask on: pass --yes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Type yes to go on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying (reading back) …
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified, SHA-256 %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified (--no-verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an image to a disk or USB stick and verify it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
