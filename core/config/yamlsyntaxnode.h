// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <vector>

namespace Lkc {

// One node of a YAML document with the text spans an edit needs: where its value starts and
// ends, where its key, ':' or '-' are, and which lines the whole entry covers. Positions are
// UTF-16 offsets into the document text.
struct YamlSyntaxNode {
    enum class Kind { Null, Scalar, Mapping, Sequence };
    enum class Role { Root, MapEntry, SeqItem };

    Kind kind = Kind::Null;
    Role role = Role::Root;
    bool flow = false;   // a [..] or {..} collection
    bool inFlow = false; // a child of a flow collection
    QChar style;         // scalars: '\0' plain, '"', '\'', '|' or '>'
    QString scalar;      // scalar text (decoded)

    qsizetype valueStart = 0; // first character of the value ([, {, first key, first '-')
    qsizetype valueEnd = 0;   // just past the value; == valueStart for an empty null
    qsizetype anchor = -1;    // just past the ':' or '-' that introduces the value

    QString key;    // map entries
    QChar keyStyle; // '\0' plain, '"' or '\''
    qsizetype keyStart = -1;
    qsizetype keyEnd = -1;

    qsizetype entryStart = 0; // key or '-' (block), value start (flow items)
    qsizetype entryEnd = 0;   // end of the entry's last line (block), value end (flow)
    qsizetype column = 0;     // column of entryStart

    std::vector<YamlSyntaxNode> children;

    bool isCollection() const { return kind == Kind::Mapping || kind == Kind::Sequence; }
    bool isBlockCollection() const { return isCollection() && !flow; }
};

} // namespace Lkc
