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
        <translation>Utilisation : lkc COMMANDE [ARGS…]

LinuxKit Composer en ligne de commande : valider, modifier, construire et
démarrer des configurations LinuxKit sans démon Docker.

Commandes :
</translation>
    </message>
    <message>
        <source>
Run `lkc COMMAND --help` for a command&apos;s options.
</source>
        <translation>
Lancez `lkc COMMANDE --help` pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>lkc: unknown command &apos;%1&apos;</source>
        <translation>lkc : commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Error: unknown flag: </source>
        <translation>Erreur : option inconnue : </translation>
    </message>
    <message>
        <source>Error: flag needs an argument: </source>
        <translation>Erreur : l&apos;option nécessite un argument : </translation>
    </message>
    <message>
        <source>Error: no config file given

</source>
        <translation>Erreur : aucun fichier de configuration indiqué

</translation>
    </message>
    <message>
        <source>Error: cannot parse --size </source>
        <translation>Erreur : impossible d&apos;analyser --size </translation>
    </message>
    <message>
        <source>Error: --o cannot be used together with --name or --dir
</source>
        <translation>Erreur : --o ne peut pas être utilisé avec --name ou --dir
</translation>
    </message>
    <message>
        <source>Error: invalid configuration file
</source>
        <translation>Erreur : fichier de configuration non valide
</translation>
    </message>
    <message>
        <source>build an image from LinuxKit configs (kernel+initrd, tar, …)</source>
        <translation>construire une image à partir de configurations LinuxKit (kernel+initrd, tar, …)</translation>
    </message>
    <message>
        <source>lkc cache pull: not built
</source>
        <translation>lkc cache pull : non compilé
</translation>
    </message>
    <message>
        <source>Image store.</source>
        <translation>Stockage d&apos;images.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Fichier de sortie.</translation>
    </message>
    <message>
        <source>Name for the imported image.</source>
        <translation>Nom de l&apos;image importée.</translation>
    </message>
    <message>
        <source>Delete bad blobs.</source>
        <translation>Supprimer les blobs défectueux.</translation>
    </message>
    <message>
        <source>Export format (oci).</source>
        <translation>Format d&apos;export (oci).</translation>
    </message>
    <message>
        <source>lkc cache </source>
        <translation>lkc cache </translation>
    </message>
    <message>
        <source>lkc cache ls: </source>
        <translation>lkc cache ls : </translation>
    </message>
    <message>
        <source>Usage: lkc cache rm REF…
</source>
        <translation>Utilisation : lkc cache rm REF…
</translation>
    </message>
    <message>
        <source>lkc cache rm: </source>
        <translation>lkc cache rm : </translation>
    </message>
    <message>
        <source>lkc cache clean: </source>
        <translation>lkc cache clean : </translation>
    </message>
    <message>
        <source> leftover temp file(s) of pulls or imports that were stopped
</source>
        <translation> fichier(s) temporaire(s) restant(s) de téléchargements ou d&apos;imports interrompus
</translation>
    </message>
    <message>
        <source> recent unnamed blob(s): a pull or import is running and may name them
</source>
        <translation> blob(s) récent(s) sans nom : un pull ou un import en cours peut les nommer
</translation>
    </message>
    <message>
        <source>lkc cache verify: </source>
        <translation>lkc cache verify : </translation>
    </message>
    <message>
        <source>Usage: lkc cache export REF -o FILE.tar
</source>
        <translation>Utilisation : lkc cache export REF -o FILE.tar
</translation>
    </message>
    <message>
        <source>lkc cache export: only --format oci is implemented
</source>
        <translation>lkc cache export : seul --format oci est implémenté
</translation>
    </message>
    <message>
        <source>lkc cache export: </source>
        <translation>lkc cache export : </translation>
    </message>
    <message>
        <source>Usage: lkc cache import PATH [--ref REF]
</source>
        <translation>Utilisation : lkc cache import PATH [--ref REF]
</translation>
    </message>
    <message>
        <source>lkc cache import: </source>
        <translation>lkc cache import : </translation>
    </message>
    <message>
        <source>lkc cache: unknown command &apos;</source>
        <translation>lkc cache : commande inconnue &apos;</translation>
    </message>
    <message>
        <source>List, remove, clean, verify, import and export stored images</source>
        <translation>Lister, supprimer, nettoyer, vérifier, importer et exporter les images stockées</translation>
    </message>
    <message>
        <source>unterminated %1 quote</source>
        <translation>guillemet %1 non fermé</translation>
    </message>
    <message>
        <source>not a JSON array of strings: %1</source>
        <translation>pas un tableau JSON de chaînes : %1</translation>
    </message>
    <message>
        <source>JSON array must hold only strings</source>
        <translation>le tableau JSON ne doit contenir que des chaînes</translation>
    </message>
    <message>
        <source>Directory tree to pack.</source>
        <translation>Arborescence de répertoires à empaqueter.</translation>
    </message>
    <message>
        <source>Image name, e.g. lkc/init:dev.</source>
        <translation>Nom de l&apos;image, p. ex. lkc/init:dev.</translation>
    </message>
    <message>
        <source>Entrypoint: a JSON array or shell-like words.</source>
        <translation>Entrypoint : un tableau JSON ou des mots façon shell.</translation>
    </message>
    <message>
        <source>Cmd: a JSON array or shell-like words.</source>
        <translation>Cmd : un tableau JSON ou des mots façon shell.</translation>
    </message>
    <message>
        <source>Environment entry (repeatable).</source>
        <translation>Entrée d&apos;environnement (répétable).</translation>
    </message>
    <message>
        <source>Working directory.</source>
        <translation>Répertoire de travail.</translation>
    </message>
    <message>
        <source>Label (repeatable).</source>
        <translation>Label (répétable).</translation>
    </message>
    <message>
        <source>Architecture (amd64).</source>
        <translation>Architecture (amd64).</translation>
    </message>
    <message>
        <source>Image store (default $LINUXKIT_CACHE or ~/.linuxkit/cache).</source>
        <translation>Stockage d&apos;images (par défaut $LINUXKIT_CACHE ou ~/.linuxkit/cache).</translation>
    </message>
    <message>
        <source>lkc image create: </source>
        <translation>lkc image create : </translation>
    </message>
    <message>
        <source>lkc image create: --from-dir DIR and --ref REF are required
</source>
        <translation>lkc image create : --from-dir DIR et --ref REF sont obligatoires
</translation>
    </message>
    <message>
        <source>lkc image create: --label must be KEY=VALUE: </source>
        <translation>lkc image create : --label doit être de la forme KEY=VALUE : </translation>
    </message>
    <message>
        <source> entries, layer </source>
        <translation> entrées, couche de </translation>
    </message>
    <message>
        <source> bytes) in </source>
        <translation> octets) dans </translation>
    </message>
    <message>
        <source>Prints, as JSON, what the image store holds for REF on linux/ARCH.</source>
        <translation>Affiche, en JSON, ce que le stockage d&apos;images contient pour REF sur linux/ARCH.</translation>
    </message>
    <message>
        <source>Image store or OCI layout.</source>
        <translation>Stockage d&apos;images ou disposition OCI.</translation>
    </message>
    <message>
        <source>Image reference</source>
        <translation>Référence de l&apos;image</translation>
    </message>
    <message>
        <source>Usage: lkc image inspect [--arch ARCH] [--cache DIR] REF
</source>
        <translation>Utilisation : lkc image inspect [--arch ARCH] [--cache DIR] REF
</translation>
    </message>
    <message>
        <source>lkc image inspect: </source>
        <translation>lkc image inspect : </translation>
    </message>
    <message>
        <source>Usage: lkc image create --from-dir DIR --ref REF [--entrypoint …] [--cmd …]
                        [--env K=V]… [--workdir DIR] [--label K=V]… [--arch A]
                        [--cache DIR]
       lkc image inspect [--arch A] [--cache DIR] REF
</source>
        <translation>Utilisation : lkc image create --from-dir DIR --ref REF [--entrypoint …]
                               [--cmd …] [--env K=V]… [--workdir DIR]
                               [--label K=V]… [--arch A] [--cache DIR]
              lkc image inspect [--arch A] [--cache DIR] REF
</translation>
    </message>
    <message>
        <source>lkc image: unknown sub-command &apos;</source>
        <translation>lkc image : sous-commande inconnue &apos;</translation>
    </message>
    <message>
        <source>&apos; (create, inspect)
</source>
        <translation>&apos; (create, inspect)
</translation>
    </message>
    <message>
        <source>Create an image from a directory; inspect a stored image</source>
        <translation>Créer une image à partir d&apos;un répertoire ; inspecter une image stockée</translation>
    </message>
    <message>
        <source>Fetch even when stored.</source>
        <translation>Télécharger même si elle est déjà stockée.</translation>
    </message>
    <message>
        <source>Extra CA certificate (PEM).</source>
        <translation>Certificat d&apos;AC supplémentaire (PEM).</translation>
    </message>
    <message>
        <source>Allow plain http / unverified TLS for this registry.</source>
        <translation>Autoriser http en clair / TLS non vérifié pour ce registre.</translation>
    </message>
    <message>
        <source>Use URL for registry REG (e.g. docker.io=http://10.0.0.2:5000).</source>
        <translation>Utiliser URL pour le registre REG (p. ex. docker.io=http://10.0.0.2:5000).</translation>
    </message>
    <message>
        <source>Blobs fetched at once (4).</source>
        <translation>Blobs téléchargés simultanément (4).</translation>
    </message>
    <message>
        <source>Images to pull</source>
        <translation>Images à télécharger</translation>
    </message>
    <message>
        <source>lkc pull: </source>
        <translation>lkc pull : </translation>
    </message>
    <message>
        <source>Usage: lkc pull [--cache DIR] [--arch ARCH] [--pull] REF…
</source>
        <translation>Utilisation : lkc pull [--cache DIR] [--arch ARCH] [--pull] REF…
</translation>
    </message>
    <message>
        <source>lkc pull: --mirror must be REGISTRY=URL: </source>
        <translation>lkc pull : --mirror doit être de la forme REGISTRY=URL : </translation>
    </message>
    <message>
        <source>%1: %2 / %3 MB  %4 MB/s</source>
        <translation>%1 : %2 / %3 Mo  %4 Mo/s</translation>
    </message>
    <message>
        <source> MB in </source>
        <translation> Mo en </translation>
    </message>
    <message>
        <source> is up to date in </source>
        <translation> est à jour dans </translation>
    </message>
    <message>
        <source>Pull images into the image store (LinuxKit&apos;s cache)</source>
        <translation>Télécharger des images dans le stockage d&apos;images (le cache de LinuxKit)</translation>
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
        <translation>Utilisation : lkc run [qemu] [options] PREFIX|FILE

Démarre PREFIX-kernel/-initrd.img/-cmdline, PREFIX-kernel + PREFIX-squashfs.img,
une .iso ou une image disque (raw, qcow2, vhd, vmdk …) sous QEMU. La console
série est ce terminal : Ctrl-A x quitte, Ctrl-A c bascule vers le moniteur QEMU.

Options (un ou deux tirets, `-opt valeur` ou `-opt=valeur`) :
  -mem MiB            mémoire (1024)
  -cpus N             processeurs (1)
  -disk [file=]PATH[,size=N(M|G)][,format=F]   disque supplémentaire,
                      répétable ; créé avec qemu-img s&apos;il n&apos;existe pas (dans
                      le répertoire d&apos;état sans PATH)
  -publish H:G[/tcp|udp]  rediriger le port hôte H vers le port invité G
                      (réseau utilisateur)
  -networking user|none   (user)
  -accel A            accélérateur ; par défaut : KVM si un test montre qu&apos;il
                      fonctionne, sinon TCG
  -uefi               démarrer avec le micrologiciel UEFI (OVMF)
  -fw FILE            micrologiciel UEFI (par défaut /usr/share/ovmf/OVMF.fd,
                      copié dans le répertoire d&apos;état)
  -iso | -kernel | -squashfs   forcer le mode de démarrage
  -gui                ouvrir une fenêtre QEMU au lieu de la console série
  -data STRING | -data-file FILE   CD de métadonnées, un seul fichier `config`
  -state DIR          répertoire d&apos;état (PREFIX-state)
  -detached           exécuter en arrière-plan ; console dans STATE/console.log
  -qemu BINARY        (qemu-system-x86_64)
</translation>
    </message>
    <message>
        <source>lkc run: option -</source>
        <translation>lkc run : l&apos;option -</translation>
    </message>
    <message>
        <source> needs a value
</source>
        <translation> nécessite une valeur
</translation>
    </message>
    <message>
        <source>lkc run: </source>
        <translation>lkc run : </translation>
    </message>
    <message>
        <source>lkc run: unknown option -</source>
        <translation>lkc run : option inconnue -</translation>
    </message>
    <message>
        <source>lkc run: -</source>
        <translation>lkc run : -</translation>
    </message>
    <message>
        <source> needs a number, got &apos;</source>
        <translation> nécessite un nombre, reçu &apos;</translation>
    </message>
    <message>
        <source>lkc run: expected exactly one PREFIX or FILE

</source>
        <translation>lkc run : un seul PREFIX ou FILE attendu

</translation>
    </message>
    <message>
        <source>lkc run: -data and -data-file are mutually exclusive
</source>
        <translation>lkc run : -data et -data-file s&apos;excluent mutuellement
</translation>
    </message>
    <message>
        <source>Started in the background: pid in </source>
        <translation>Démarré en arrière-plan : pid dans </translation>
    </message>
    <message>
        <source>/qemu.pid, console in </source>
        <translation>/qemu.pid, console dans </translation>
    </message>
    <message>
        <source>Boot an image under QEMU, console on this terminal</source>
        <translation>Démarrer une image sous QEMU, console dans ce terminal</translation>
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
        <translation>Utilisation : lkc serve [options] FILE…

Sert les images construites en HTTP (avec plages d&apos;octets et un NAME.sha256 à
côté de chacune) et affiche la ligne à exécuter sur la machine cible, p. ex.
dans le système de secours d&apos;un hébergeur. S&apos;exécute jusqu&apos;à Ctrl-C.

Options :
  --listen ADDR:PORT  adresse et port d&apos;écoute (127.0.0.1:8080) ; utilisez
                      0.0.0.0:PORT pour laisser entrer d&apos;autres machines
  --token             exiger un jeton aléatoire dans chaque URL
  --host NAME         nom d&apos;hôte que la cible utilise dans les URL (par défaut :
                      l&apos;adresse d&apos;écoute, ou la première adresse IPv4 de cette
                      machine pour 0.0.0.0)
  --device DEV        le disque de la cible dans la ligne affichée (/dev/sda)
</translation>
    </message>
    <message>
        <source>lkc serve: name at least one image to serve

</source>
        <translation>lkc serve : indiquez au moins une image à servir

</translation>
    </message>
    <message>
        <source>lkc serve: --listen takes ADDR:PORT with a numeric address (127.0.0.1:8080, 0.0.0.0:8080), got &apos;</source>
        <translation>lkc serve : --listen attend ADDR:PORT avec une adresse numérique (127.0.0.1:8080, 0.0.0.0:8080), reçu &apos;</translation>
    </message>
    <message>
        <source>lkc serve: </source>
        <translation>lkc serve : </translation>
    </message>
    <message>
        <source>Serving on </source>
        <translation>Service sur </translation>
    </message>
    <message>
        <source> (listening on </source>
        <translation> (écoute sur </translation>
    </message>
    <message>
        <source>Only this machine (and its VMs, as 10.0.2.2) can connect; use --listen 0.0.0.0:PORT for others.
</source>
        <translation>Seules cette machine (et ses VM, en tant que 10.0.2.2) peuvent se connecter ;
utilisez --listen 0.0.0.0:PORT pour les autres.
</translation>
    </message>
    <message>
        <source>  On the target (erases </source>
        <translation>  Sur la cible (efface </translation>
    </message>
    <message>
        <source>  Then check:
</source>
        <translation>  Puis vérifiez :
</translation>
    </message>
    <message>
        <source>
Ctrl-C stops the server.
</source>
        <translation>
Ctrl-C arrête le serveur.
</translation>
    </message>
    <message>
        <source>lkc serve: socketpair failed
</source>
        <translation>lkc serve : échec de socketpair
</translation>
    </message>
    <message>
        <source>Publish images over HTTP with the line to run on the target</source>
        <translation>Publier des images en HTTP avec la ligne à exécuter sur la cible</translation>
    </message>
    <message>
        <source>lkc set: </source>
        <translation>lkc set : </translation>
    </message>
    <message>
        <source>
Run `lkc set --help` for usage.
</source>
        <translation>
Lancez `lkc set --help` pour l&apos;utilisation.
</translation>
    </message>
    <message>
        <source>%1 needs an index (0, 1, …)</source>
        <translation>%1 nécessite un indice (0, 1, …)</translation>
    </message>
    <message>
        <source>--json needs a value</source>
        <translation>--json nécessite une valeur</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 nécessite un nom de fichier</translation>
    </message>
    <message>
        <source>unknown flag &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>expected FILE and PATH</source>
        <translation>FILE et PATH attendus</translation>
    </message>
    <message>
        <source>expected FILE PATH VALUE</source>
        <translation>FILE PATH VALUE attendus</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>trop d&apos;arguments</translation>
    </message>
    <message>
        <source>--remove and --move-* take no value</source>
        <translation>--remove et --move-* ne prennent pas de valeur</translation>
    </message>
    <message>
        <source>cannot read the config: %1</source>
        <translation>impossible de lire la configuration : %1</translation>
    </message>
    <message>
        <source>the config is not valid UTF-8</source>
        <translation>la configuration n&apos;est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>no edit</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>%1: not a list item; use a path like services[2]</source>
        <translation>%1 : pas un élément de liste ; utilisez un chemin comme services[2]</translation>
    </message>
    <message>
        <source>%1: is already the first item</source>
        <translation>%1 : est déjà le premier élément</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>change one value of a config in place, keeping the rest byte for byte</source>
        <translation>modifier sur place une valeur d&apos;une configuration, sans toucher au reste</translation>
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
        <translation>Utilisation : lkc test-boot [options] CONFIG.yml… --format F [--format F …]

Construit chaque format, le démarre sous QEMU (formats BIOS avec SeaBIOS,
formats EFI avec OVMF), attend la ligne de console prévue, éteint la VM et
affiche un tableau PASS/FAIL. Code de sortie 0 seulement si tous les formats
ont réussi.

Options :
  --format, -f F     format à tester, répétable ou séparé par des virgules
  --expect REGEX     texte de console signifiant la réussite (par défaut :
                     « all services started » du kit de démarrage)
  --timeout S        secondes d&apos;attente par démarrage (120)
  --fail REGEX       texte de console signifiant l&apos;échec immédiat (par défaut :
                     « services FAILED to start » du kit de démarrage)
  --hang S           secondes sans sortie console comptées comme un blocage (30)
  --dir DIR          garder sorties et journaux de console dans DIR (par
                     défaut : un répertoire temporaire)
  --accel A          accélérateur (par défaut : KVM si un test montre qu&apos;il
                     fonctionne, sinon TCG)
  --mem MiB          mémoire de l&apos;invité (1024)
  --cache DIR        stockage d&apos;images transmis à lkc build
</translation>
    </message>
    <message>
        <source>lkc test-boot: need a config and at least one --format

</source>
        <translation>lkc test-boot : il faut une configuration et au moins un --format

</translation>
    </message>
    <message>
        <source>lkc test-boot: --fail is not a valid regular expression
</source>
        <translation>lkc test-boot : --fail n&apos;est pas une expression régulière valide
</translation>
    </message>
    <message>
        <source>lkc test-boot: --expect is not a valid regular expression: </source>
        <translation>lkc test-boot : --expect n&apos;est pas une expression régulière valide : </translation>
    </message>
    <message>
        <source>lkc test-boot: unknown format type </source>
        <translation>lkc test-boot : type de format inconnu </translation>
    </message>
    <message>
        <source>build failed: </source>
        <translation>échec de la construction : </translation>
    </message>
    <message>
        <source>; console logs in </source>
        <translation>; journaux de console dans </translation>
    </message>
    <message>
        <source>Build formats, boot each under QEMU, check the console</source>
        <translation>Construire des formats, démarrer chacun sous QEMU, vérifier la console</translation>
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
        <translation>Utilisation : lkc validate [--json] [--merge] FILE…

Vérifie des configurations YAML LinuxKit : syntaxe YAML et clés en double,
schéma de LinuxKit (clés inconnues, types tels que modes octaux sans
guillemets), et les vérifications que `linuxkit build` fait en construisant
(capabilities, binds, tmpfs, mounts, rlimits, modes, noms uid/gid, entrées
files, références d&apos;images, noms uniques), plus des avertissements pour les
réglages que LinuxKit accepte mais ignore. FILE peut être - pour l&apos;entrée
standard.

Options :
  --json    afficher un tableau JSON de diagnostics {severity, message, file,
            line, column, yamlPath, code} au lieu de lignes file:line:col
  --merge   valider les fichiers comme une seule configuration fusionnée dans
            l&apos;ordre, comme le ferait `lkc build a.yml b.yml` (par défaut :
            chaque fichier séparément)
  -h, --help  afficher cette aide

Code de sortie : 0 aucune erreur (avertissements permis), 1 erreurs, 2 un
fichier n&apos;a pas pu être lu (absent, trop gros, binaire ou pas en UTF-8) ou
utilisation incorrecte.
</translation>
    </message>
    <message>
        <source>lkc validate: unknown option </source>
        <translation>lkc validate : option inconnue </translation>
    </message>
    <message>
        <source>lkc validate: no config file given

</source>
        <translation>lkc validate : aucun fichier de configuration indiqué

</translation>
    </message>
    <message>
        <source>check LinuxKit configs and report problems</source>
        <translation>vérifier des configurations LinuxKit et signaler les problèmes</translation>
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
        <translation>Utilisation : lkc write [options] IMAGE DEVICE
              lkc write --list

Écrit IMAGE (raw-bios, raw-efi, iso-bios, iso-efi …) sur tout le disque DEVICE,
synchronise (fsync), puis relit le disque pour comparer le SHA-256. Refuse le
disque d&apos;où le système s&apos;exécute, les disques montés et les partitions ;
redemande confirmation pour les disques de plus de 64 Gio.

Options :
  --list              lister les disques (modèle, taille, amovible, points de
                      montage) et quitter
  --yes, -y           ne pas redemander pour un disque de grande taille
  --no-verify         sauter la relecture
  --confirm-above GiB redemander pour les disques plus grands que ceci (64)
</translation>
    </message>
    <message>
        <source>lkc write: </source>
        <translation>lkc write : </translation>
    </message>
    <message>
        <source>lkc write: --confirm-above needs a size in GiB
</source>
        <translation>lkc write : --confirm-above nécessite une taille en GiB
</translation>
    </message>
    <message>
        <source>lkc write: unknown option </source>
        <translation>lkc write : option inconnue </translation>
    </message>
    <message>
        <source>lkc write: expected IMAGE and DEVICE

</source>
        <translation>lkc write : IMAGE et DEVICE attendus

</translation>
    </message>
    <message>
        <source>
No terminal to ask on: pass --yes.
</source>
        <translation>
Aucun terminal pour demander : passez --yes.
</translation>
    </message>
    <message>
        <source> Type yes to go on: </source>
        <translation> Tapez yes pour continuer : </translation>
    </message>
    <message>
        <source>Verifying (reading back) …
</source>
        <translation>Vérification (relecture) …
</translation>
    </message>
    <message>
        <source>verified, SHA-256 %1 (%2 s)</source>
        <translation>vérifié, SHA-256 %1 (%2 s)</translation>
    </message>
    <message>
        <source>not verified (--no-verify)</source>
        <translation>non vérifié (--no-verify)</translation>
    </message>
    <message>
        <source>Write an image to a disk or USB stick and verify it</source>
        <translation>Écrire une image sur un disque ou une clé USB et la vérifier</translation>
    </message>
    <message>
        <source>Error: --mirror needs REG=URL (e.g. docker.io=http://10.0.0.2:5000), got: </source>
        <translation>Erreur : --mirror attend REG=URL (par ex. docker.io=http://10.0.0.2:5000), reçu : </translation>
    </message>
    <message>
        <source>Error: LINUXKIT_MIRROR entries need REG=URL, got: </source>
        <translation>Erreur : les entrées de LINUXKIT_MIRROR attendent REG=URL, reçu : </translation>
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
        <translation>Utilisation : lkc cache [--cache DIR] COMMANDE …

Le stockage d&apos;images : une disposition OCI partagée avec linuxkit
($LINUXKIT_CACHE ou ~/.linuxkit/cache).

  ls                         lister les images stockées (nom, digest) et la taille
                             du cache de construction
  rm REF…                    retirer des noms (les blobs restent jusqu&apos;à `clean`)
  clean                      supprimer les blobs inutilisés, les téléchargements
                             interrompus et le cache de construction
  prune [--max-size SIZE]    réduire le cache de construction à SIZE (par ex. 2G ;
                             par défaut $LKC_BUILD_CACHE_MAX ou 10G), le moins
                             récemment utilisé d&apos;abord
  verify [--fix]             re-hacher chaque blob et entrée du cache ; --fix
                             supprime les endommagés (une construction les refait
                             ou les retélécharge)
  export REF -o FILE.tar     écrire une archive OCI (skopeo : oci-archive:FILE.tar)
  import PATH [--ref REF]    importer un dossier OCI, une archive OCI ou une
                             archive docker save
  pull REF…                  comme `lkc pull`
</translation>
    </message>
    <message>
        <source>Build cache limit.</source>
        <translation>Limite du cache de construction.</translation>
    </message>
    <message>
        <source>lkc cache prune: --max-size wants a size such as 500M or 2G, not &apos;</source>
        <translation>lkc cache prune : --max-size attend une taille comme 500M ou 2G, pas &apos;</translation>
    </message>
    <message>
        <source>; the build cache holds </source>
        <translation> ; le cache de construction contient </translation>
    </message>
    <message>
        <source>build cache </source>
        <translation>cache de construction </translation>
    </message>
    <message>
        <source> flattened image(s) </source>
        <translation> image(s) aplatie(s) </translation>
    </message>
    <message>
        <source> build cache entries (</source>
        <translation> entrées du cache de construction (</translation>
    </message>
    <message>
        <source> missing blob(s)
</source>
        <translation> blob(s) manquant(s)
</translation>
    </message>
    <message>
        <source> damaged file(s) removed</source>
        <translation> fichier(s) endommagé(s) supprimé(s)</translation>
    </message>
    <message>
        <source>; the next build (or `lkc pull`) fetches the missing blobs again</source>
        <translation> ; la prochaine construction (ou `lkc pull`) retélécharge les blobs manquants</translation>
    </message>
    <message>
        <source>the config was not changed: %1</source>
        <translation>la configuration n&apos;a pas été modifiée : %1</translation>
    </message>
    <message>
        <source>lkc test-boot: --%1 needs a number, got &apos;%2&apos;</source>
        <translation>lkc test-boot : --%1 nécessite un nombre, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>lkc %1: unknown option --%2</source>
        <translation>lkc %1 : option inconnue --%2</translation>
    </message>
    <message>
        <source>lkc %1: option --%2 needs a value</source>
        <translation>lkc %1 : l&apos;option --%2 nécessite une valeur</translation>
    </message>
</context>
</TS>
