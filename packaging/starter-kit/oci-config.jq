# SPDX-License-Identifier: Apache-2.0
# Hand-packing helper: turns an org.mobyproject.config label ($lbl) plus YAML-style overrides
# ($over: command, env, readonly, binds) into a config.json shaped like LinuxKit's (§3.4 of
# shared/linuxkit-format.md). Used only when `lkc build` is not available.
def allcaps: ["CAP_CHOWN","CAP_DAC_OVERRIDE","CAP_DAC_READ_SEARCH","CAP_FOWNER","CAP_FSETID",
  "CAP_KILL","CAP_SETGID","CAP_SETUID","CAP_SETPCAP","CAP_LINUX_IMMUTABLE","CAP_NET_BIND_SERVICE",
  "CAP_NET_BROADCAST","CAP_NET_ADMIN","CAP_NET_RAW","CAP_IPC_LOCK","CAP_IPC_OWNER","CAP_SYS_MODULE",
  "CAP_SYS_RAWIO","CAP_SYS_CHROOT","CAP_SYS_PTRACE","CAP_SYS_PACCT","CAP_SYS_ADMIN","CAP_SYS_BOOT",
  "CAP_SYS_NICE","CAP_SYS_RESOURCE","CAP_SYS_TIME","CAP_SYS_TTY_CONFIG","CAP_MKNOD","CAP_LEASE",
  "CAP_AUDIT_WRITE","CAP_AUDIT_CONTROL","CAP_SETFCAP","CAP_MAC_OVERRIDE","CAP_MAC_ADMIN",
  "CAP_SYSLOG","CAP_WAKE_ALARM","CAP_BLOCK_SUSPEND","CAP_AUDIT_READ","CAP_PERFMON","CAP_BPF",
  "CAP_CHECKPOINT_RESTORE"];
($lbl + $over) as $c
| ($c.readonly // false) as $ro
| (($c.capabilities // []) | if index("all") then allcaps else . end) as $caps
| ([
    {destination: "/dev", type: "tmpfs", source: "tmpfs",
     options: (["nosuid","strictatime","mode=755","size=65536k"] + (if $ro then ["ro"] else [] end))},
    {destination: "/dev/pts", type: "devpts", source: "devpts",
     options: ["nosuid","noexec","newinstance","ptmxmode=0666","mode=0620"]},
    {destination: "/proc", type: "proc", source: "proc", options: ["nosuid","nodev","noexec","relatime"]},
    {destination: "/sys", type: "sysfs", source: "sysfs",
     options: (["nosuid","noexec","nodev"] + (if $ro then ["ro"] else [] end))},
    {destination: "/sys/fs/cgroup", type: "cgroup", source: "cgroup",
     options: ["nosuid","noexec","nodev","relatime","ro"]}
  ] + [($c.binds // [])[] | split(":") |
       {destination: .[1], type: "bind", source: .[0],
        options: (if length == 3 then (.[2] | split(",")) + ["rbind"] else ["rw","rbind","rshared"] end)}]
  | map({key: .destination, value: .}) | from_entries | to_entries | sort_by(.key) | map(.value)) as $mounts
| ($c.devices // []) as $devs
| {
    ociVersion: "1.2.1",
    process: ({
      user: {uid: 0, gid: 0},
      args: $c.command,
      env: ($c.env // ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]),
      cwd: "/",
      capabilities: (if ($caps | length) == 0 then {} else
        {bounding: ($caps | unique), effective: $caps, inheritable: ($caps | unique),
         permitted: ($caps | unique)} end)
    } | if .args == null then del(.args) else . end),
    root: ({path: "rootfs"} + (if $ro then {readonly: true} else {} end)),
    mounts: $mounts,
    linux: ({
      resources: (if ($devs | length) == 0 then {} else {devices: [$devs[] |
        if .path == "all" then {allow: true, type: .type, access: "rwm"}
        else {allow: true, type: .type, major: .major, minor: .minor, access: "rwm"} end]} end),
      namespaces: ([
        (if ($c.net // "host") == "host" then empty else {type: "network"} end),
        (if ($c.ipc // "host") == "host" then empty else {type: "ipc"} end),
        (if ($c.uts // "host") == "host" then empty else {type: "uts"} end),
        (if ($c.pid // "new") == "host" then empty else {type: "pid"} end),
        {type: "mount"}])
    } + (if ([$devs[] | select(.path != "all")] | length) == 0 then {} else {devices: [$devs[] |
        select(.path != "all") | {path, type, major, minor,
          fileMode: ((.mode // "0600") | ltrimstr("0") | explode | reduce .[] as $d (0; . * 8 + $d - 48))}]} end))
  }
