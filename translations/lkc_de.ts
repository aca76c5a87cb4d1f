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
</context>
</TS>
