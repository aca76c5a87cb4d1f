<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Lkc::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="25"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="26"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="28"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="31"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="34"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="37"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Open LinuxKit config</source>
        <translation>LinuxKit-Konfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>LinuxKit configs (*.yml *.yaml)</source>
        <translation>LinuxKit-Konfigurationen (*.yml *.yaml)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Save LinuxKit config</source>
        <translation>LinuxKit-Konfiguration speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>%1%2 — LinuxKit Composer</source>
        <translation>%1%2 — LinuxKit Composer</translation>
    </message>
</context>
<context>
    <name>Lkc::VTermTerminalWidget</name>
    <message>
        <location filename="../ui/console/vtermterminalwidget.cpp" line="25"/>
        <source>Serial console</source>
        <translation>Serielle Konsole</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/composer/main.cpp" line="17"/>
        <source>Compose, build and boot LinuxKit images</source>
        <translation>LinuxKit-Images zusammenstellen, bauen und booten</translation>
    </message>
    <message>
        <location filename="../app/composer/main.cpp" line="21"/>
        <source>LinuxKit YAML to open</source>
        <translation>Zu öffnende LinuxKit-YAML-Datei</translation>
    </message>
</context>
</TS>
