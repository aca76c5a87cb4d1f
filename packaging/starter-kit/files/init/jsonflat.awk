# SPDX-License-Identifier: Apache-2.0
# Flattens one JSON document into "path<TAB>value" lines, e.g. "mounts.0.options.1<TAB>private",
# so the busybox-only init can read runtime.json and `runc state` without jq.
# Empty arrays/objects print nothing; strings are unescaped (\uXXXX below 0x80 only).
BEGIN { RS = "\001"; }
{
    s = $0; n = length(s); i = 1; depth = 0
    while (i <= n) {
        c = substr(s, i, 1)
        if (c == "{" || c == "[") {
            depth++; kind[depth] = c; idx[depth] = 0; key[depth] = ""; i++
            if (c == "[") key[depth] = "0"
        } else if (c == "}" || c == "]") {
            depth--; i++
        } else if (c == ",") {
            if (kind[depth] == "[") { idx[depth]++; key[depth] = idx[depth] "" }
            i++
        } else if (c == "\"") {
            str = ""; i++
            while (i <= n) {
                c = substr(s, i, 1)
                if (c == "\\") {
                    e = substr(s, i + 1, 1); i += 2
                    if (e == "n") str = str "\n"; else if (e == "t") str = str "\t"
                    else if (e == "r") str = str "\r"; else if (e == "b" || e == "f") str = str ""
                    else if (e == "u") { str = str hexchar(substr(s, i, 4)); i += 4 }
                    else str = str e
                } else if (c == "\"") { i++; break }
                else { str = str c; i++ }
            }
            # A string followed by ':' is an object key.
            j = i; while (substr(s, j, 1) ~ /[ \t\r\n]/) j++
            if (kind[depth] == "{" && substr(s, j, 1) == ":") { key[depth] = str; i = j + 1 }
            else emit(str)
        } else if (c ~ /[ \t\r\n]/) {
            i++
        } else {
            tok = ""
            while (i <= n && index(" \t\r\n,]}", substr(s, i, 1)) == 0) { tok = tok substr(s, i, 1); i++ }
            emit(tok)
        }
    }
}
function emit(v,    p, d) {
    p = ""
    for (d = 1; d <= depth; d++) p = (p == "" ? key[d] : p "." key[d])
    printf "%s\t%s\n", p, v
}
function hexchar(h,    v, k, x) {
    v = 0; h = tolower(h)
    for (k = 1; k <= 4; k++) { x = index("0123456789abcdef", substr(h, k, 1)) - 1; v = v * 16 + x }
    return v < 128 ? sprintf("%c", v) : "?"
}
