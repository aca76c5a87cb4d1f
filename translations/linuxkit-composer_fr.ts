<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Lkc</name>
    <message>
        <source>Host path</source>
        <translation>Chemin sur l&apos;hôte</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>Chemin dans le conteneur</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Souple</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Stricte</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>The Linux kernel to boot and its command line. The kernel image holds the kernel binary and a tarball of its modules.</source>
        <translation>Le noyau Linux à démarrer et sa ligne de commande. L&apos;image du noyau contient le binaire du noyau et une archive tar de ses modules.</translation>
    </message>
    <message>
        <source>boot/kernel and boot/cmdline; the modules tar is unpacked at /</source>
        <translation>boot/kernel et boot/cmdline ; l&apos;archive des modules est décompressée dans /</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>An image unpacked into the root filesystem; later ones overwrite earlier ones.</source>
        <translation>Une image décompressée dans le système de fichiers racine ; les suivantes écrasent les précédentes.</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>Images unpacked straight into the root filesystem: the init process, runc, containerd, CA certificates. Later images overwrite earlier ones.</source>
        <translation>Images décompressées directement dans le système de fichiers racine : le processus init, runc, containerd, les certificats d&apos;AC. Les images suivantes écrasent les précédentes.</translation>
    </message>
    <message>
        <source>/ (merged in list order)</source>
        <translation>/ (fusionnées dans l&apos;ordre de la liste)</translation>
    </message>
    <message>
        <source>Init image</source>
        <translation>Image init</translation>
    </message>
    <message>
        <source>On boot</source>
        <translation>Au démarrage</translation>
    </message>
    <message>
        <source>Containers run once, one after another, at boot: format disks, configure the network, set sysctls. The next starts when the previous exits.</source>
        <translation>Conteneurs exécutés une fois, l&apos;un après l&apos;autre, au démarrage : formater des disques, configurer le réseau, régler des sysctls. Le suivant démarre quand le précédent se termine.</translation>
    </message>
    <message>
        <source>/containers/onboot/NNN-%1 (NNN = position in the list)</source>
        <translation>/containers/onboot/NNN-%1 (NNN = position dans la liste)</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>On shutdown</source>
        <translation>À l&apos;arrêt</translation>
    </message>
    <message>
        <source>Containers run once at a clean shutdown.</source>
        <translation>Conteneurs exécutés une fois lors d&apos;un arrêt propre.</translation>
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
        <translation>Conteneurs de longue durée (getty, sshd, dhcpcd …), démarrés en parallèle après les conteneurs onboot.</translation>
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
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Files, directories and symlinks added to the root filesystem, from inline contents, a host file or the config itself (metadata).</source>
        <translation>Fichiers, dossiers et liens symboliques ajoutés au système de fichiers racine, à partir d&apos;un contenu intégré, d&apos;un fichier de l&apos;hôte ou de la configuration elle-même (metadata).</translation>
    </message>
    <message>
        <source>the path you give, relative to /</source>
        <translation>le chemin indiqué, relatif à /</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Named directories, optionally filled from an image, that containers can bind by name.</source>
        <translation>Dossiers nommés, éventuellement remplis depuis une image, que les conteneurs peuvent monter par leur nom.</translation>
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
        <translation>Confiance</translation>
    </message>
    <message>
        <source>The 2017 Notary trust section. LinuxKit accepts it and ignores it.</source>
        <translation>La section de confiance Notary de 2017. LinuxKit l&apos;accepte et l&apos;ignore.</translation>
    </message>
    <message>
        <source>nowhere: it changes nothing in the image</source>
        <translation>nulle part : elle ne change rien à l&apos;image</translation>
    </message>
</context>
<context>
    <name>Lkc::BoolFieldEditor</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not set (%1)</source>
        <translation>non défini (%1)</translation>
    </message>
</context>
<context>
    <name>Lkc::BootFlow</name>
    <message>
        <source>runs the image&apos;s entrypoint</source>
        <translation>exécute le point d&apos;entrée de l&apos;image</translation>
    </message>
    <message>
        <source>shares the host&apos;s %1</source>
        <translation>partage %1 de l&apos;hôte</translation>
    </message>
    <message>
        <source>no capabilities</source>
        <translation>aucune capacité</translation>
    </message>
    <message>
        <source>%1 capabilities</source>
        <translation>%1 capacités</translation>
    </message>
    <message>
        <source>read-only root</source>
        <translation>racine en lecture seule</translation>
    </message>
    <message>
        <source>runs what the image&apos;s label or entrypoint says</source>
        <translation>exécute ce que disent le label ou le point d&apos;entrée de l&apos;image</translation>
    </message>
    <message>
        <source>(image not in the local store: details unknown)</source>
        <translation>(image absente du stockage local : détails inconnus)</translation>
    </message>
    <message>
        <source>The boot loader starts this kernel%1; it unpacks the initrd into RAM and runs /init from it.</source>
        <translation>Le chargeur d&apos;amorçage démarre ce noyau%1 ; il décompresse l&apos;initrd en mémoire et y exécute /init.</translation>
    </message>
    <message>
        <source>Unpacked into the root filesystem; its /init mounts /proc, /sys and /dev, then starts the containers below.</source>
        <translation>Décompressée dans le système de fichiers racine ; son /init monte /proc, /sys et /dev, puis démarre les conteneurs ci-dessous.</translation>
    </message>
    <message>
        <source>Unpacked on top of the images before it (later files win): tools the boot needs, such as runc or containerd.</source>
        <translation>Décompressée par-dessus les images précédentes (les fichiers suivants l&apos;emportent) : les outils dont le démarrage a besoin, comme runc ou containerd.</translation>
    </message>
    <message>
        <source>One after another, each to completion: </source>
        <translation>L&apos;un après l&apos;autre, chacun jusqu&apos;au bout : </translation>
    </message>
    <message>
        <source>Started with the other services and kept running: </source>
        <translation>Démarré avec les autres services et maintenu en marche : </translation>
    </message>
    <message>
        <source>At power-off, in order, before the system halts: </source>
        <translation>À l&apos;extinction, dans l&apos;ordre, avant l&apos;arrêt du système : </translation>
    </message>
    <message>
        <source>runs %1</source>
        <translation>exécute %1</translation>
    </message>
</context>
<context>
    <name>Lkc::BootFlowModel</name>
    <message>
        <source>1 · kernel</source>
        <translation>1 · noyau</translation>
    </message>
    <message>
        <source>2 · init</source>
        <translation>2 · init</translation>
    </message>
    <message>
        <source>3 · onboot, in order</source>
        <translation>3 · onboot, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>4 · services, in parallel</source>
        <translation>4 · services, en parallèle</translation>
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
        <translation>Séquence de démarrage</translation>
    </message>
    <message>
        <source>The boot flow appears here: kernel, init, onboot in order, services in parallel, onshutdown.</source>
        <translation>La séquence de démarrage apparaît ici : noyau, init, onboot dans l&apos;ordre, services en parallèle, onshutdown.</translation>
    </message>
</context>
<context>
    <name>Lkc::BuildPanel</name>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Construire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>beside the config</source>
        <translation>à côté de la configuration</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Choisir le dossier de sortie</translation>
    </message>
    <message>
        <source>Build log</source>
        <translation>Journal de construction</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Dans :</translation>
    </message>
    <message>
        <source>The config has errors: fix them (see Problems) and build again.</source>
        <translation>La configuration contient des erreurs : corrigez-les (voir Problèmes) puis relancez la construction.</translation>
    </message>
    <message>
        <source>Building: %1</source>
        <translation>Construction : %1</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>Construction de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Built %1 in %2 s</source>
        <translation>%1 construit en %2 s</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Build failed</source>
        <translation>Échec de la construction</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Run Options…</source>
        <translation>Options d&apos;exécution…</translation>
    </message>
    <message>
        <source>Test Boot</source>
        <translation>Test de démarrage</translation>
    </message>
    <message>
        <source>Output formats</source>
        <translation>Formats de sortie</translation>
    </message>
    <message>
        <source>The formats to build in one go (only formats lkc builds are listed)</source>
        <translation>Les formats à construire en une fois (seuls les formats construits par lkc sont listés)</translation>
    </message>
    <message>
        <source>Memory, CPUs, accelerator, firmware, ports, disks, network</source>
        <translation>Mémoire, processeurs, accélérateur, micrologiciel, ports, disques, réseau</translation>
    </message>
    <message>
        <source>Boot every built format and check its console (PASS/FAIL)</source>
        <translation>Démarrer chaque format construit et vérifier sa console (PASS/FAIL)</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>CONFIG.yml</source>
        <translation>CONFIG.yml</translation>
    </message>
    <message>
        <source>writing %p%</source>
        <translation>écriture %p%</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrit</translation>
    </message>
</context>
<context>
    <name>Lkc::CapabilitiesEditor</name>
    <message>
        <source>Search capabilities</source>
        <translation>Rechercher des capacités</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>not a capability the kernel knows</source>
        <translation>capacité inconnue du noyau</translation>
    </message>
    <message>
        <source>Not set: the image&apos;s label or LinuxKit&apos;s default decides.</source>
        <translation>Non défini : le label de l&apos;image ou la valeur par défaut de LinuxKit décide.</translation>
    </message>
    <message>
        <source>All capabilities.</source>
        <translation>Toutes les capacités.</translation>
    </message>
    <message>
        <source>No capabilities.</source>
        <translation>Aucune capacité.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lkc::CellListDialog</name>
    <message>
        <source>%1 of row %2</source>
        <translation>%1 de la ligne %2</translation>
    </message>
</context>
<context>
    <name>Lkc::ChoiceFieldEditor</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>not set (%1)</source>
        <translation>non défini (%1)</translation>
    </message>
</context>
<context>
    <name>Lkc::CommandLineField</name>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>the lkc command for this action appears here</source>
        <translation>la commande lkc de cette action apparaît ici</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the command line to the clipboard</source>
        <translation>Copier la ligne de commande dans le presse-papiers</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Commande :</translation>
    </message>
</context>
<context>
    <name>Lkc::ConfigDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>not a UTF-8 text file; LinuxKit configs are UTF-8 YAML</source>
        <translation>pas un fichier texte UTF-8 ; les configurations LinuxKit sont en YAML UTF-8</translation>
    </message>
    <message>
        <source>the YAML has syntax errors; fix them in the text first</source>
        <translation>le YAML contient des erreurs de syntaxe ; corrigez d&apos;abord le texte</translation>
    </message>
    <message>
        <source>the file on disk was not changed: %1</source>
        <translation>le fichier sur le disque n&apos;a pas été modifié : %1</translation>
    </message>
</context>
<context>
    <name>Lkc::ConsolePanel</name>
    <message>
        <source>No machine running. Build a bootable format, then Run.</source>
        <translation>Aucune machine en cours d&apos;exécution. Construisez un format amorçable, puis Exécuter.</translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation>Éteindre</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Tuer</translation>
    </message>
    <message>
        <source>Ask the guest to shut down (ACPI), kill it if it does not</source>
        <translation>Demander à l&apos;invité de s&apos;arrêter (ACPI), le tuer sinon</translation>
    </message>
    <message>
        <source>End QEMU now</source>
        <translation>Terminer QEMU immédiatement</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Reset the machine, like its reset button</source>
        <translation>Réinitialiser la machine, comme son bouton reset</translation>
    </message>
    <message>
        <source>Ctrl-Alt-Del</source>
        <translation>Ctrl-Alt-Suppr</translation>
    </message>
    <message>
        <source>Send Ctrl-Alt-Delete to the guest&apos;s keyboard</source>
        <translation>Envoyer Ctrl-Alt-Suppr au clavier de l&apos;invité</translation>
    </message>
    <message>
        <source>Find in the console (Enter: older, Shift+Enter: newer)</source>
        <translation>Rechercher dans la console (Entrée : plus ancien, Maj+Entrée : plus récent)</translation>
    </message>
    <message>
        <source>Find in console</source>
        <translation>Rechercher dans la console</translation>
    </message>
    <message>
        <source>QEMU monitor</source>
        <translation>Moniteur QEMU</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected text (Ctrl+Shift+C)</source>
        <translation>Copier le texte sélectionné (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Type the clipboard into the console (Ctrl+Shift+V)</source>
        <translation>Taper le contenu du presse-papiers dans la console (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>Save Log…</source>
        <translation>Enregistrer le journal…</translation>
    </message>
    <message>
        <source>Save the console&apos;s text to a file</source>
        <translation>Enregistrer le texte de la console dans un fichier</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the console and its scrollback</source>
        <translation>Effacer la console et son historique</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>Console série</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Serial console (bell)</source>
        <translation>Console série (sonnerie)</translation>
    </message>
    <message>
        <source>A machine is already running: power it off first.</source>
        <translation>Une machine est déjà en cours d&apos;exécution : éteignez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Checking whether KVM works…</source>
        <translation>Vérification du fonctionnement de KVM…</translation>
    </message>
    <message>
        <source>QEMU ended by signal %1</source>
        <translation>QEMU terminé par le signal %1</translation>
    </message>
    <message>
        <source>The machine powered off (QEMU exit code %1)</source>
        <translation>La machine s&apos;est éteinte (code de sortie de QEMU %1)</translation>
    </message>
    <message>
        <source>Running %1 (%2). Click the console to type.</source>
        <translation>Exécution de %1 (%2). Cliquez dans la console pour taper.</translation>
    </message>
    <message>
        <source>The QEMU monitor is not connected.</source>
        <translation>Le moniteur QEMU n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>“%1” not found</source>
        <translation>« %1 » introuvable</translation>
    </message>
    <message>
        <source>Cannot write the log: %1</source>
        <translation>Impossible d&apos;écrire le journal : %1</translation>
    </message>
    <message>
        <source>Save Console Log</source>
        <translation>Enregistrer le journal de la console</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved the console log to %1</source>
        <translation>Journal de la console enregistré dans %1</translation>
    </message>
    <message>
        <source>Powering off…</source>
        <translation>Extinction…</translation>
    </message>
</context>
<context>
    <name>Lkc::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Remplacer par %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Quick fix</source>
        <translation>Correction rapide</translation>
    </message>
</context>
<context>
    <name>Lkc::EffectiveConfigView</name>
    <message>
        <source>Effective configuration</source>
        <translation>Configuration effective</translation>
    </message>
    <message>
        <source>Effective configuration lines</source>
        <translation>Lignes de la configuration effective</translation>
    </message>
    <message>
        <source>Select an onboot, onshutdown or services entry in the outline to see the config.json and runtime.json the build writes for it.</source>
        <translation>Sélectionnez une entrée onboot, onshutdown ou services dans le plan pour voir le config.json et le runtime.json que la construction écrit pour elle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) : %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3 @ %4%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3 @ %4%5</translation>
    </message>
    <message>
        <source> (the image has no org.mobyproject.config label)</source>
        <translation> (l&apos;image n&apos;a pas de label org.mobyproject.config)</translation>
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
        <translation>label de l&apos;image</translation>
    </message>
    <message>
        <source>image config</source>
        <translation>configuration de l&apos;image</translation>
    </message>
    <message>
        <source>LinuxKit default</source>
        <translation>valeur par défaut de LinuxKit</translation>
    </message>
    <message>
        <source>%1: set by %2 in the YAML</source>
        <translation>%1 : défini par %2 dans le YAML</translation>
    </message>
    <message>
        <source>%1: from the %2</source>
        <translation>%1 : provient de %2</translation>
    </message>
    <message>
        <source>As the build writes it</source>
        <translation>Tel que la construction l&apos;écrit</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Provient de</translation>
    </message>
</context>
<context>
    <name>Lkc::EntryForm</name>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Pick a section or an entry in the outline.</source>
        <translation>Choisissez une section ou une entrée dans le plan.</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;nom&gt;</translation>
    </message>
    <message>
        <source>In the image:</source>
        <translation>Dans l&apos;image :</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>The image&apos;s label is unknown: the local image store (%1) cannot be read. Greyed values are LinuxKit&apos;s defaults.</source>
        <translation>Le label de l&apos;image est inconnu : le magasin d&apos;images local (%1) ne peut pas être lu. Les valeurs grisées sont les valeurs par défaut de LinuxKit.</translation>
    </message>
    <message>
        <source>Reading the image&apos;s org.mobyproject.config label…</source>
        <translation>Lecture du label org.mobyproject.config de l&apos;image…</translation>
    </message>
    <message>
        <source>Image not in the local store: label values unknown. Greyed values are LinuxKit&apos;s defaults; pull the image (lkc pull %1) to see what its label sets.</source>
        <translation>Image absente du magasin local : valeurs du label inconnues. Les valeurs grisées sont les valeurs par défaut de LinuxKit ; récupérez l&apos;image (lkc pull %1) pour voir ce que son label définit.</translation>
    </message>
    <message>
        <source>The image&apos;s org.mobyproject.config label cannot be read: %1</source>
        <translation>Le label org.mobyproject.config de l&apos;image ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>The image has no org.mobyproject.config label: greyed values are LinuxKit&apos;s defaults.</source>
        <translation>L&apos;image n&apos;a pas de label org.mobyproject.config : les valeurs grisées sont les valeurs par défaut de LinuxKit.</translation>
    </message>
    <message>
        <source>Greyed values come from the image&apos;s org.mobyproject.config label, else from LinuxKit&apos;s defaults; a value set here replaces the label&apos;s.</source>
        <translation>Les valeurs grisées viennent du label org.mobyproject.config de l&apos;image, sinon des valeurs par défaut de LinuxKit ; une valeur définie ici remplace celle du label.</translation>
    </message>
</context>
<context>
    <name>Lkc::FieldEditor</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>from image label: %1</source>
        <translation>du label de l&apos;image : %1</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>par défaut : %1</translation>
    </message>
</context>
<context>
    <name>Lkc::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
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
        <translation>L&apos;image du noyau, par ex. lkc.local/starter/kernel:6.1.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Passed to the kernel. The last console= is where the boot log and /dev/console go: put console=ttyS0 last to see it in the serial console.</source>
        <translation>Transmise au noyau. Le dernier console= indique où vont le journal de démarrage et /dev/console : placez console=ttyS0 en dernier pour le voir dans la console série.</translation>
    </message>
    <message>
        <source>Kernel file</source>
        <translation>Fichier du noyau</translation>
    </message>
    <message>
        <source>Name of the kernel inside the image.</source>
        <translation>Nom du noyau dans l&apos;image.</translation>
    </message>
    <message>
        <source>Modules tar</source>
        <translation>Archive tar des modules</translation>
    </message>
    <message>
        <source>Modules tarball inside the image; none for no modules.</source>
        <translation>Archive tar des modules dans l&apos;image ; none pour aucun module.</translation>
    </message>
    <message>
        <source>Microcode</source>
        <translation>Microcode</translation>
    </message>
    <message>
        <source>CPU microcode cpio inside the image, prepended to the initrd.</source>
        <translation>Archive cpio du microcode processeur dans l&apos;image, placée avant l&apos;initrd.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The container&apos;s name: its directory in the image and its ID at run time.</source>
        <translation>Le nom du conteneur : son répertoire dans l&apos;image et son identifiant à l&apos;exécution.</translation>
    </message>
    <message>
        <source>The OCI image to run. Pin a digest (@sha256:…) for reproducible builds.</source>
        <translation>L&apos;image OCI à exécuter. Épinglez un condensé (@sha256:…) pour des constructions reproductibles.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>The process and its arguments. Replaces the image&apos;s entrypoint and cmd.</source>
        <translation>Le processus et ses arguments. Remplace l&apos;entrypoint et le cmd de l&apos;image.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s environment: repeat PATH if you need it.</source>
        <translation>Remplace l&apos;environnement de l&apos;image : répétez PATH si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Replaces what the image&apos;s label asks for; all or none alone.</source>
        <translation>Remplace ce que demande le label de l&apos;image ; all ou none seuls.</translation>
    </message>
    <message>
        <source>Extra capabilities</source>
        <translation>Capacités supplémentaires</translation>
    </message>
    <message>
        <source>Added to the capabilities the image&apos;s label asks for.</source>
        <translation>Ajoutées aux capacités demandées par le label de l&apos;image.</translation>
    </message>
    <message>
        <source>Ambient capabilities</source>
        <translation>Capacités ambiantes</translation>
    </message>
    <message>
        <source>Kept across exec for a non-root user; each must also be a capability.</source>
        <translation>Conservées à travers exec pour un utilisateur non root ; chacune doit aussi figurer parmi les capacités.</translation>
    </message>
    <message>
        <source>Bind mounts</source>
        <translation>Montages bind</translation>
    </message>
    <message>
        <source>host:container[:options]. Replaces the image&apos;s label binds.</source>
        <translation>host:container[:options]. Remplace les binds du label de l&apos;image.</translation>
    </message>
    <message>
        <source>Extra bind mounts</source>
        <translation>Montages bind supplémentaires</translation>
    </message>
    <message>
        <source>Added to the binds the image&apos;s label asks for.</source>
        <translation>Ajoutés aux binds demandés par le label de l&apos;image.</translation>
    </message>
    <message>
        <source>tmpfs mounts</source>
        <translation>Montages tmpfs</translation>
    </message>
    <message>
        <source>path[:options], e.g. /run:rw,size=1m.</source>
        <translation>path[:options], par ex. /run:rw,size=1m.</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
    <message>
        <source>Full OCI mounts; replace the label&apos;s mounts at the same destination.</source>
        <translation>Montages OCI complets ; remplacent les montages du label ayant la même destination.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <source>Device nodes created in the container and allowed by its cgroup.</source>
        <translation>Nœuds de périphériques créés dans le conteneur et autorisés par son cgroup.</translation>
    </message>
    <message>
        <source>Read-only root</source>
        <translation>Racine en lecture seule</translation>
    </message>
    <message>
        <source>Mount the container&apos;s root read-only (no overlay).</source>
        <translation>Monter la racine du conteneur en lecture seule (sans overlay).</translation>
    </message>
    <message>
        <source>Network namespace</source>
        <translation>Espace de noms réseau</translation>
    </message>
    <message>
        <source>host shares the host&apos;s network; new gives an empty one; a path joins an existing namespace.</source>
        <translation>host partage le réseau de l&apos;hôte ; new en crée un vide ; un chemin rejoint un espace de noms existant.</translation>
    </message>
    <message>
        <source>PID namespace</source>
        <translation>Espace de noms PID</translation>
    </message>
    <message>
        <source>host shares the host&apos;s processes.</source>
        <translation>host partage les processus de l&apos;hôte.</translation>
    </message>
    <message>
        <source>IPC namespace</source>
        <translation>Espace de noms IPC</translation>
    </message>
    <message>
        <source>UTS namespace</source>
        <translation>Espace de noms UTS</translation>
    </message>
    <message>
        <source>new is needed to set a hostname.</source>
        <translation>new est nécessaire pour définir un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>User namespace</source>
        <translation>Espace de noms utilisateur</translation>
    </message>
    <message>
        <source>A path to join an existing user namespace.</source>
        <translation>Un chemin pour rejoindre un espace de noms utilisateur existant.</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Identifiant utilisateur</translation>
    </message>
    <message>
        <source>A number, or another container&apos;s name to share its allocated ID.</source>
        <translation>Un nombre, ou le nom d&apos;un autre conteneur pour partager l&apos;identifiant qui lui est attribué.</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Identifiant de groupe</translation>
    </message>
    <message>
        <source>Extra groups</source>
        <translation>Groupes supplémentaires</translation>
    </message>
    <message>
        <source>Group numbers or container names.</source>
        <translation>Numéros de groupe ou noms de conteneurs.</translation>
    </message>
    <message>
        <source>No new privileges</source>
        <translation>Aucun nouveau privilège</translation>
    </message>
    <message>
        <source>setuid binaries cannot gain privileges.</source>
        <translation>Les binaires setuid ne peuvent pas acquérir de privilèges.</translation>
    </message>
    <message>
        <source>OOM score adjustment</source>
        <translation>Ajustement du score OOM</translation>
    </message>
    <message>
        <source>-1000 (never killed) to 1000.</source>
        <translation>De -1000 (jamais tué) à 1000.</translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation>Limites de ressources</translation>
    </message>
    <message>
        <source>name,soft,hard, e.g. nofile,1024,4096.</source>
        <translation>name,soft,hard, par ex. nofile,1024,4096.</translation>
    </message>
    <message>
        <source>sysctl</source>
        <translation>sysctl</translation>
    </message>
    <message>
        <source>Kernel settings inside the container.</source>
        <translation>Paramètres du noyau dans le conteneur.</translation>
    </message>
    <message>
        <source>Masked paths</source>
        <translation>Chemins masqués</translation>
    </message>
    <message>
        <source>Read-only paths</source>
        <translation>Chemins en lecture seule</translation>
    </message>
    <message>
        <source>Root propagation</source>
        <translation>Propagation de la racine</translation>
    </message>
    <message>
        <source>Cgroups path</source>
        <translation>Chemin des cgroups</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>cgroup limits: memory, CPU, PIDs, block I/O.</source>
        <translation>Limites cgroup : mémoire, processeur, PID, E/S bloc.</translation>
    </message>
    <message>
        <source>UID mappings</source>
        <translation>Correspondances d&apos;UID</translation>
    </message>
    <message>
        <source>GID mappings</source>
        <translation>Correspondances de GID</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Written into the OCI config.json.</source>
        <translation>Écrites dans le config.json OCI.</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Environnement d&apos;exécution</translation>
    </message>
    <message>
        <source>What init does around the container: cgroups, mounts, directories, network interfaces, bound namespaces.</source>
        <translation>Ce que fait init autour du conteneur : cgroups, montages, répertoires, interfaces réseau, espaces de noms liés.</translation>
    </message>
    <message>
        <source>Make directories</source>
        <translation>Créer des répertoires</translation>
    </message>
    <message>
        <source>Created on the host before the container runs.</source>
        <translation>Créés sur l&apos;hôte avant l&apos;exécution du conteneur.</translation>
    </message>
    <message>
        <source>Bind namespaces</source>
        <translation>Lier les espaces de noms</translation>
    </message>
    <message>
        <source>Bind-mount the container&apos;s namespaces to these paths.</source>
        <translation>Monter en bind les espaces de noms du conteneur sur ces chemins.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Where the file goes (leading / optional).</source>
        <translation>Emplacement du fichier (/ initial facultatif).</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>The file&apos;s text.</source>
        <translation>Le texte du fichier.</translation>
    </message>
    <message>
        <source>Host file</source>
        <translation>Fichier de l&apos;hôte</translation>
    </message>
    <message>
        <source>A file on this machine to copy in, relative to the config&apos;s folder.</source>
        <translation>Un fichier de cette machine à copier, relatif au dossier de la configuration.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Skip the host file silently when it does not exist.</source>
        <translation>Ignorer silencieusement le fichier de l&apos;hôte s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>Symlink target</source>
        <translation>Cible du lien symbolique</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Write the resolved config itself into this file.</source>
        <translation>Écrire la configuration résolue elle-même dans ce fichier.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Octal, quoted: &quot;0644&quot;.</source>
        <translation>En octal, entre guillemets : &quot;0644&quot;.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, - and _.</source>
        <translation>Lettres minuscules, chiffres, - et _.</translation>
    </message>
    <message>
        <source>Optional image to fill it from.</source>
        <translation>Image facultative servant à le remplir.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Trusted images</source>
        <translation>Images de confiance</translation>
    </message>
    <message>
        <source>Accepted for old configs and ignored: LinuxKit removed Notary in 2021.</source>
        <translation>Accepté pour les anciennes configurations et ignoré : LinuxKit a supprimé Notary en 2021.</translation>
    </message>
    <message>
        <source>Trusted organisations</source>
        <translation>Organisations de confiance</translation>
    </message>
    <message>
        <source>Accepted and ignored, like image.</source>
        <translation>Accepté et ignoré, comme image.</translation>
    </message>
    <message>
        <source>Contents written here</source>
        <translation>Contenu écrit ici</translation>
    </message>
    <message>
        <source>Copy of a host file</source>
        <translation>Copie d&apos;un fichier de l&apos;hôte</translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation>Lien symbolique</translation>
    </message>
    <message>
        <source>The config itself (metadata)</source>
        <translation>La configuration elle-même (metadata)</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Fichier vide</translation>
    </message>
</context>
<context>
    <name>Lkc::GuidedTour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Visite guidée</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>Lkc::ImagePicker</name>
    <message>
        <source>Choose an Image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Images in the local store</source>
        <translation>Images du stockage local</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Filter images</source>
        <translation>Filtrer les images</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>&amp;List Tags</source>
        <translation>&amp;Lister les tags</translation>
    </message>
    <message>
        <source>Registry tags</source>
        <translation>Tags du registre</translation>
    </message>
    <message>
        <source>Image reference</source>
        <translation>Référence de l&apos;image</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&lt;b&gt;In the local store&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Dans le stockage local&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tags in a registry&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tags d&apos;un registre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Asking %1 for its tags…</source>
        <translation>Demande de ses tags à %1…</translation>
    </message>
    <message>
        <source>Could not list the tags: %1</source>
        <translation>Impossible de lister les tags : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s).</source>
        <translation>
            <numerusform>%n tag.</numerusform>
            <numerusform>%n tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s). A newer tag than %1 exists: %2</source>
        <translation>
            <numerusform>%n tag. Un tag plus récent que %1 existe : %2</numerusform>
            <numerusform>%n tags. Un tag plus récent que %1 existe : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lkc::KeyValueEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>un nom est nécessaire</translation>
    </message>
    <message>
        <source>a variable name cannot contain &apos;=&apos;</source>
        <translation>un nom de variable ne peut pas contenir « = »</translation>
    </message>
</context>
<context>
    <name>Lkc::LayoutModel</name>
    <message>
        <source>%1 is %2, over the budget of %3</source>
        <translation>%1 fait %2, au-delà du budget de %3</translation>
    </message>
    <message>
        <source>The root filesystem</source>
        <translation>Le système de fichiers racine</translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — depuis %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Put there by</source>
        <translation>Placé par</translation>
    </message>
</context>
<context>
    <name>Lkc::LayoutView</name>
    <message>
        <source>The layout appears when the config is valid and its images are in the local store.</source>
        <translation>La disposition apparaît quand la configuration est valide et que ses images sont dans le stockage local.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>pas de budget</translation>
    </message>
    <message>
        <source>Size budget</source>
        <translation>Budget de taille</translation>
    </message>
    <message>
        <source>Mark everything larger than this (0: no budget)</source>
        <translation>Signaler tout ce qui dépasse cette taille (0 : pas de budget)</translation>
    </message>
    <message>
        <source>Size &amp;budget:</source>
        <translation>&amp;Budget de taille :</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Root filesystem %1 in %2 entries · kernel %3 · initrd %4 · ISO about %5</source>
        <translation>Système de fichiers racine %1 en %2 entrées · noyau %3 · initrd %4 · ISO environ %5</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>The ISO would be %1 over the budget of %2; the entries in red pass it.</source>
        <translation>L&apos;ISO dépasserait de %1 le budget de %2 ; les entrées en rouge le dépassent.</translation>
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
        <translation>Taille</translation>
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
        <translation>Plan</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Construire</translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation>&amp;Annuler la construction</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Open LinuxKit config</source>
        <translation>Ouvrir une configuration LinuxKit</translation>
    </message>
    <message>
        <source>LinuxKit configs (*.yml *.yaml)</source>
        <translation>Configurations LinuxKit (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Save LinuxKit config</source>
        <translation>Enregistrer la configuration LinuxKit</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>%1%2 — LinuxKit Composer</source>
        <translation>%1%2 — LinuxKit Composer</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Boot Flow</source>
        <translation>Séquence de démarrage</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Effective Configuration</source>
        <translation>Configuration effective</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>New, Open and Save a config; Build ISO makes a bootable ISO; Run builds a kernel+initrd and boots it in the console.</source>
        <translation>Nouveau, Ouvrir et Enregistrer une configuration ; Construire l&apos;ISO crée une ISO amorçable ; Exécuter construit un kernel+initrd et le démarre dans la console.</translation>
    </message>
    <message>
        <source>The parts of a LinuxKit image in boot order: kernel, init, onboot, services, onshutdown, files. Select one to edit it; right-click to add, move or remove.</source>
        <translation>Les parties d&apos;une image LinuxKit dans l&apos;ordre de démarrage : kernel, init, onboot, services, onshutdown, files. Sélectionnez-en une pour la modifier ; clic droit pour ajouter, déplacer ou supprimer.</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>The config itself. Forms edit this text and nothing else: one undo history for both.</source>
        <translation>La configuration elle-même. Les formulaires modifient ce texte et rien d&apos;autre : un seul historique d&apos;annulation pour les deux.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Every field of the selected entry, with help on each.</source>
        <translation>Tous les champs de l&apos;entrée sélectionnée, avec une aide pour chacun.</translation>
    </message>
    <message>
        <source>Boot flow</source>
        <translation>Séquence de démarrage</translation>
    </message>
    <message>
        <source>In what order the image starts and what each step does.</source>
        <translation>Dans quel ordre l&apos;image démarre et ce que fait chaque étape.</translation>
    </message>
    <message>
        <source>The files the build will write and how large they are; set a size budget to see what is too big.</source>
        <translation>Les fichiers que la construction va écrire et leur taille ; définissez un budget de taille pour voir ce qui est trop gros.</translation>
    </message>
    <message>
        <source>Effective configuration</source>
        <translation>Configuration effective</translation>
    </message>
    <message>
        <source>The config.json the build writes for the selected container: green from your YAML, purple from the image&apos;s label, grey LinuxKit&apos;s defaults.</source>
        <translation>Le config.json que la construction écrit pour le conteneur sélectionné : en vert ce qui vient de votre YAML, en violet du label de l&apos;image, en gris les valeurs par défaut de LinuxKit.</translation>
    </message>
    <message>
        <source>Errors and warnings as you type; activate one to go to its line.</source>
        <translation>Erreurs et avertissements pendant la saisie ; activez-en un pour aller à sa ligne.</translation>
    </message>
    <message>
        <source>Build in any format and watch LinuxKit&apos;s progress.</source>
        <translation>Construisez dans n&apos;importe quel format et suivez la progression de LinuxKit.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New config from the annotated minimal template</source>
        <translation>Nouvelle configuration à partir du modèle minimal annoté</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>Page d&apos;a&amp;ccueil</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <source>&amp;Choose Image…</source>
        <translation>&amp;Choisir une image…</translation>
    </message>
    <message>
        <source>&amp;Pin to Digest</source>
        <translation>É&amp;pingler au digest</translation>
    </message>
    <message>
        <source>Pin &amp;All Images to Digests</source>
        <translation>Épingler &amp;toutes les images à leur digest</translation>
    </message>
    <message>
        <source>Build &amp;ISO</source>
        <translation>Construire l&apos;&amp;ISO</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Build a kernel+initrd and boot it in the console</source>
        <translation>Construire un kernel+initrd et le démarrer dans la console</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation>Aller au &amp;plan</translation>
    </message>
    <message>
        <source>Go to &amp;YAML</source>
        <translation>Aller au &amp;YAML</translation>
    </message>
    <message>
        <source>Go to &amp;Form</source>
        <translation>Aller au &amp;formulaire</translation>
    </message>
    <message>
        <source>&amp;Refresh Previews</source>
        <translation>Actualiser les aperç&amp;us</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Take the &amp;Tour</source>
        <translation>Faire la &amp;visite guidée</translation>
    </message>
    <message>
        <source>&amp;About LinuxKit Composer</source>
        <translation>À &amp;propos de LinuxKit Composer</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Where should the untitled config be built?</source>
        <translation>Où construire la configuration sans titre ?</translation>
    </message>
    <message>
        <source>Select an entry with an image in the outline first.</source>
        <translation>Sélectionnez d&apos;abord une entrée avec une image dans le plan.</translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n image(s) to their digests.</source>
        <translation>
            <numerusform>%n image épinglée à son digest.</numerusform>
            <numerusform>%n images épinglées à leur digest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pinned %n image(s); not in the local store: %1</source>
        <translation>
            <numerusform>%n image épinglée ; absentes du stockage local : %1</numerusform>
            <numerusform>%n images épinglées ; absentes du stockage local : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user guide is not installed on this system. It is docs/user-guide.md in the source tree.</source>
        <translation>Le guide de l&apos;utilisateur n&apos;est pas installé sur ce système. Il se trouve dans docs/user-guide.md dans l&apos;arborescence des sources.</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Aucun programme n&apos;est configuré pour ouvrir %1.</translation>
    </message>
    <message>
        <source>About LinuxKit Composer</source>
        <translation>À propos de LinuxKit Composer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LinuxKit Composer %1&lt;/h3&gt;&lt;p&gt;Compose, build and boot LinuxKit images: a desktop application and the &lt;code&gt;lkc&lt;/code&gt; command line tool.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LinuxKit Composer %1&lt;/h3&gt;&lt;p&gt;Composer, construire et démarrer des images LinuxKit : une application de bureau et l&apos;outil en ligne de commande &lt;code&gt;lkc&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Distribué sous licence Apache 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language changes when LinuxKit Composer starts again.</source>
        <translation>La langue change au prochain démarrage de LinuxKit Composer.</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Lkc::ModeEditor</name>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>others</source>
        <translation>autres</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Octal mode</source>
        <translation>Mode octal</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>par défaut : %1</translation>
    </message>
</context>
<context>
    <name>Lkc::ObjectTableEditor</name>
    <message>
        <source>a whole number is needed</source>
        <translation>un nombre entier est nécessaire</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>not valid YAML</source>
        <translation>YAML non valide</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>l&apos;une des valeurs : %1</translation>
    </message>
</context>
<context>
    <name>Lkc::OutlineModel</name>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>On boot</source>
        <translation>Au démarrage</translation>
    </message>
    <message>
        <source>On shutdown</source>
        <translation>À l&apos;arrêt</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>(no path)</source>
        <translation>(sans chemin)</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lkc::OutputsTable</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Build outputs</source>
        <translation>Sorties de la construction</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul…</translation>
    </message>
    <message>
        <source> (not bootable on its own)</source>
        <translation> (non amorçable seul)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Boot it in the console</source>
        <translation>Le démarrer dans la console</translation>
    </message>
    <message>
        <source>Test Boot</source>
        <translation>Test de démarrage</translation>
    </message>
    <message>
        <source>Boot it and check the console</source>
        <translation>Le démarrer et vérifier la console</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Serve it over HTTP for a machine to fetch</source>
        <translation>Le servir en HTTP pour qu&apos;une machine le récupère</translation>
    </message>
    <message>
        <source>Write to Disk</source>
        <translation>Écrire sur un disque</translation>
    </message>
    <message>
        <source>Write it to a USB stick or disk</source>
        <translation>L&apos;écrire sur une clé USB ou un disque</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Open the output folder</source>
        <translation>Ouvrir le dossier de sortie</translation>
    </message>
</context>
<context>
    <name>Lkc::PartsTableEditor</name>
    <message>
        <source>%1 is needed</source>
        <translation>%1 est nécessaire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; separates the parts; it cannot appear here</source>
        <translation>« %1 » sépare les parties ; il ne peut pas apparaître ici</translation>
    </message>
    <message>
        <source>the container path must be absolute</source>
        <translation>le chemin dans le conteneur doit être absolu</translation>
    </message>
    <message>
        <source>not a resource limit the kernel knows</source>
        <translation>limite de ressource inconnue du noyau</translation>
    </message>
</context>
<context>
    <name>Lkc::PublishDialog</name>
    <message>
        <source>Require a random token in the URL</source>
        <translation>Exiger un jeton aléatoire dans l&apos;URL</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Publish %1</source>
        <translation>Publier %1</translation>
    </message>
    <message>
        <source>127.0.0.1: this machine and its VMs only; 0.0.0.0: every network</source>
        <translation>127.0.0.1 : cette machine et ses VM uniquement ; 0.0.0.0 : tous les réseaux</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>The disk the target machine writes to</source>
        <translation>Le disque sur lequel la machine cible écrit</translation>
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
        <translation>Depuis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Écouter sur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Target disk:</source>
        <translation>Disque cible :</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>On the target:</source>
        <translation>Sur la cible :</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Vérification :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Downloads:</source>
        <translation>Téléchargements :</translation>
    </message>
    <message>
        <source>Computing SHA-256…</source>
        <translation>Calcul du SHA-256…</translation>
    </message>
    <message>
        <source>Not an IP address: %1</source>
        <translation>Adresse IP non valide : %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>broken off at %p%</source>
        <translation>interrompu à %p%</translation>
    </message>
    <message>
        <source>Serving on port %1. Stop ends every download.</source>
        <translation>Service sur le port %1. Arrêter interrompt tous les téléchargements.</translation>
    </message>
    <message>
        <source>Stopped: the images are no longer served.</source>
        <translation>Arrêté : les images ne sont plus servies.</translation>
    </message>
</context>
<context>
    <name>Lkc::RunOptionsDialog</name>
    <message>
        <source>User networking (the guest reaches the host and the net)</source>
        <translation>Réseau utilisateur (l&apos;invité accède à l&apos;hôte et au réseau)</translation>
    </message>
    <message>
        <source>Run Options</source>
        <translation>Options d&apos;exécution</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Automatic (KVM when it works, else TCG)</source>
        <translation>Automatique (KVM s&apos;il fonctionne, sinon TCG)</translation>
    </message>
    <message>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <source>TCG (emulation)</source>
        <translation>TCG (émulation)</translation>
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
        <translation>Un par ligne, HOST:GUEST[/tcp|udp], p. ex. 2222:22</translation>
    </message>
    <message>
        <source>One per line, [file=]PATH[,size=N(M|G)][,format=F], e.g. size=1G</source>
        <translation>Un par ligne, [file=]PATH[,size=N(M|G)][,format=F], p. ex. size=1G</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Mémoire :</translation>
    </message>
    <message>
        <source>&amp;CPUs:</source>
        <translation>&amp;Processeurs :</translation>
    </message>
    <message>
        <source>&amp;Accelerator:</source>
        <translation>&amp;Accélérateur :</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>&amp;Micrologiciel :</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <source>Published &amp;ports:</source>
        <translation>P&amp;orts publiés :</translation>
    </message>
    <message>
        <source>Extra &amp;disks:</source>
        <translation>&amp;Disques supplémentaires :</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Commande :</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>Port %1 : %2</translation>
    </message>
    <message>
        <source>Published ports need networking.</source>
        <translation>Les ports publiés nécessitent le réseau.</translation>
    </message>
    <message>
        <source>Disk %1: %2</source>
        <translation>Disque %1 : %2</translation>
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
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Lkc::TableFieldEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to edit the list</source>
        <translation>Double-cliquez (ou Entrée) pour modifier la liste</translation>
    </message>
</context>
<context>
    <name>Lkc::TestBootModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>booting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accélérateur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Lkc::TestBootPanel</name>
    <message>
        <source>Build, then Test Boot: each format boots under QEMU and its console is watched for the starter kit&apos;s success line.</source>
        <translation>Construisez, puis Test de démarrage : chaque format démarre sous QEMU et sa console est surveillée jusqu&apos;à la ligne de succès du kit de démarrage.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Test boot results</source>
        <translation>Résultats du test de démarrage</translation>
    </message>
    <message>
        <source>Checking whether KVM works…</source>
        <translation>Vérification du fonctionnement de KVM…</translation>
    </message>
    <message>
        <source>Booting %1 (%2)…</source>
        <translation>Démarrage de %1 (%2)…</translation>
    </message>
    <message>
        <source>Every format passed.</source>
        <translation>Tous les formats ont réussi.</translation>
    </message>
    <message>
        <source>Some formats failed.</source>
        <translation>Certains formats ont échoué.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>Lkc::VTermTerminalWidget</name>
    <message>
        <source>Serial console</source>
        <translation>Console série</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>Lkc::WelcomePage</name>
    <message>
        <source>Minimal</source>
        <translation>Minimale</translation>
    </message>
    <message>
        <source>A kernel, init, DHCP at boot and a console login: the smallest useful image.</source>
        <translation>Un noyau, init, DHCP au démarrage et une connexion en console : la plus petite image utile.</translation>
    </message>
    <message>
        <source>Console login</source>
        <translation>Connexion en console</translation>
    </message>
    <message>
        <source>A login prompt with a root password, kernel settings and an entropy daemon.</source>
        <translation>Une invite de connexion avec un mot de passe root, des réglages du noyau et un démon d&apos;entropie.</translation>
    </message>
    <message>
        <source>SSH server</source>
        <translation>Serveur SSH</translation>
    </message>
    <message>
        <source>Log in over SSH with your own key; a console login as a fallback.</source>
        <translation>Connexion par SSH avec votre propre clé ; une connexion en console en secours.</translation>
    </message>
    <message>
        <source>Offline starter kit</source>
        <translation>Kit de démarrage hors ligne</translation>
    </message>
    <message>
        <source>Boots without Docker Hub, on images built from Debian packages (packaging/starter-kit).</source>
        <translation>Démarre sans Docker Hub, sur des images construites à partir de paquets Debian (packaging/starter-kit).</translation>
    </message>
    <message>
        <source>&lt;h1&gt;LinuxKit Composer&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;LinuxKit Composer&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A LinuxKit image is a kernel plus a root filesystem built from container images. At boot the kernel starts &lt;b&gt;init&lt;/b&gt;; init runs the &lt;b&gt;onboot&lt;/b&gt; containers one after another, then starts the &lt;b&gt;services&lt;/b&gt; together; &lt;b&gt;onshutdown&lt;/b&gt; runs at power-off. &lt;b&gt;files&lt;/b&gt; are written into the root filesystem as they are.&lt;/p&gt;&lt;p&gt;Start from a template: every line of it says why it is there. The Layout, Boot flow and Effective configuration views show what the build will make before you build.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une image LinuxKit est un noyau plus un système de fichiers racine construit à partir d&apos;images de conteneurs. Au démarrage, le noyau lance &lt;b&gt;init&lt;/b&gt; ; init exécute les conteneurs &lt;b&gt;onboot&lt;/b&gt; l&apos;un après l&apos;autre, puis démarre les &lt;b&gt;services&lt;/b&gt; ensemble ; &lt;b&gt;onshutdown&lt;/b&gt; s&apos;exécute à l&apos;extinction. Les &lt;b&gt;files&lt;/b&gt; sont écrits tels quels dans le système de fichiers racine.&lt;/p&gt;&lt;p&gt;Partez d&apos;un modèle : chacune de ses lignes explique pourquoi elle est là. Les vues Disposition, Séquence de démarrage et Configuration effective montrent ce que la construction produira avant de construire.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New from a template&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Nouveau depuis un modèle&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Open a config…</source>
        <translation>&amp;Ouvrir une configuration…</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>Faire la &amp;visite guidée</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&amp;Recent files&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Fichiers &amp;récents&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>Aucun fichier récent pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Lkc::WriteDiskDialog</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Écrire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Write %1 to a Disk</source>
        <translation>Écrire %1 sur un disque</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Can write?</source>
        <translation>Inscriptible ?</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>Everything on the chosen disk is replaced by %1 (%2).</source>
        <translation>Tout le contenu du disque choisi est remplacé par %1 (%2).</translation>
    </message>
    <message>
        <source>removable</source>
        <translation>amovible</translation>
    </message>
    <message>
        <source>, removable</source>
        <translation>, amovible</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>non : %1</translation>
    </message>
    <message>
        <source>No disks found.</source>
        <translation>Aucun disque trouvé.</translation>
    </message>
    <message>
        <source>Pick a disk. Greyed-out disks are refused.</source>
        <translation>Choisissez un disque. Les disques grisés sont refusés.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>PÉRIPHÉRIQUE</translation>
    </message>
    <message>
        <source>Write to a Large Disk?</source>
        <translation>Écrire sur un disque de grande taille ?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Verifying (reading back)…</source>
        <translation>Vérification (relecture)…</translation>
    </message>
    <message>
        <source>Written and verified: %1 bytes, SHA-256 %2 read back identical.</source>
        <translation>Écrit et vérifié : %1 octets, SHA-256 %2 relu à l&apos;identique.</translation>
    </message>
    <message>
        <source>Written (%1 bytes) without verification.</source>
        <translation>Écrit (%1 octets) sans vérification.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Non écrit : %1</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
</context>
<context>
    <name>Lkc::YamlTextView</name>
    <message>
        <source>YAML text</source>
        <translation>Texte YAML</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Rechercher et rem&amp;placer…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Aller à la &amp;ligne…</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>Basculer le &amp;commentaire</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Quick fix: change %1 to %2</source>
        <translation>Correction rapide : remplacer %1 par %2</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Ligne (1–%1) :</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compose, build and boot LinuxKit images</source>
        <translation>Composer, construire et démarrer des images LinuxKit</translation>
    </message>
    <message>
        <source>LinuxKit YAML to open</source>
        <translation>YAML LinuxKit à ouvrir</translation>
    </message>
    <message>
        <source>Select the node at a YAML path, e.g. services[1]</source>
        <translation>Sélectionner le nœud à un chemin YAML, p. ex. services[1]</translation>
    </message>
    <message>
        <source>Boot a built image in the console: a kernel+initrd prefix, an ISO or a disk image</source>
        <translation>Démarrer une image construite dans la console : un préfixe kernel+initrd, une ISO ou une image disque</translation>
    </message>
    <message>
        <source>Boot with UEFI firmware (OVMF)</source>
        <translation>Démarrer avec le micrologiciel UEFI (OVMF)</translation>
    </message>
    <message>
        <source>Image store to use (default: ~/.linuxkit/cache)</source>
        <translation>Stockage d&apos;images à utiliser (par défaut : ~/.linuxkit/cache)</translation>
    </message>
    <message>
        <source>Show and raise a dock: problems, build, console, bootflow, layout, effective</source>
        <translation>Afficher et mettre au premier plan un panneau : problems, build, console, bootflow, layout, effective</translation>
    </message>
    <message>
        <source>Hide a dock (names as --dock)</source>
        <translation>Masquer un panneau (mêmes noms que --dock)</translation>
    </message>
    <message>
        <source>Show the window in this language (en, de, fr) for this run; the default is the system&apos;s or the one chosen in Settings</source>
        <translation>Afficher la fenêtre dans cette langue (en, de, fr) pour cette exécution ; par défaut, celle du système ou celle choisie dans les Paramètres</translation>
    </message>
</context>
</TS>
