// SPDX-License-Identifier: Apache-2.0
#include "config/yamltext.h"

#include <algorithm>

namespace Lkc {

YamlText::YamlText(QString text)
    : m_text(std::move(text)) {
    m_lineStarts.push_back(0);
    const QChar *data = m_text.constData();
    const qsizetype n = m_text.size();
    bool sawBreak = false;
    for (qsizetype i = 0; i < n; ++i) {
        if (data[i] == QLatin1Char('\n')) {
            if (!sawBreak) {
                sawBreak = true;
                if (i > 0 && data[i - 1] == QLatin1Char('\r'))
                    m_lineBreak = QStringLiteral("\r\n");
            }
            if (i + 1 < n)
                m_lineStarts.push_back(i + 1);
        }
    }
}

qsizetype YamlText::lineOf(qsizetype pos) const {
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), pos);
    return qsizetype(it - m_lineStarts.begin()) - 1;
}

qsizetype YamlText::nextLineStart(qsizetype line) const {
    return line + 1 < lineCount() ? m_lineStarts[size_t(line + 1)] : m_text.size();
}

qsizetype YamlText::lineEnd(qsizetype line) const {
    qsizetype end = nextLineStart(line);
    if (end > lineStart(line) && at(end - 1) == QLatin1Char('\n')) {
        --end;
        if (end > lineStart(line) && at(end - 1) == QLatin1Char('\r'))
            --end;
    }
    return end;
}

qsizetype YamlText::indentOf(qsizetype line) const {
    const qsizetype start = lineStart(line);
    const qsizetype end = lineEnd(line);
    qsizetype i = start;
    while (i < end && at(i) == QLatin1Char(' '))
        ++i;
    return i - start;
}

bool YamlText::isBlank(qsizetype line) const {
    for (qsizetype i = lineStart(line), end = lineEnd(line); i < end; ++i)
        if (!isSpace(at(i)))
            return false;
    return true;
}

bool YamlText::isCommentOnly(qsizetype line) const {
    for (qsizetype i = lineStart(line), end = lineEnd(line); i < end; ++i) {
        if (isSpace(at(i)))
            continue;
        return at(i) == QLatin1Char('#');
    }
    return false;
}

qsizetype YamlText::quotedEnd(qsizetype pos) const {
    const QChar quote = at(pos);
    const qsizetype n = size();
    for (qsizetype i = pos + 1; i < n; ++i) {
        const QChar c = at(i);
        if (quote == QLatin1Char('"') && c == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (c == quote) {
            if (quote == QLatin1Char('\'') && at(i + 1) == QLatin1Char('\'')) {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    return n;
}

qsizetype YamlText::trimCommentAndSpace(qsizetype from, qsizetype to) const {
    qsizetype end = to;
    for (qsizetype i = from; i < to; ++i) {
        if (at(i) == QLatin1Char('#') && (i == from || isSpace(at(i - 1)))) {
            end = i;
            break;
        }
    }
    while (end > from && isSpace(at(end - 1)))
        --end;
    return end;
}

qsizetype YamlText::commentStart(qsizetype from, qsizetype to) const {
    for (qsizetype i = from; i < to; ++i)
        if (at(i) == QLatin1Char('#') && (i == from || isSpace(at(i - 1))))
            return i;
    return to;
}

qsizetype YamlText::blockPlainEnd(qsizetype pos, qsizetype limit) const {
    qsizetype line = lineOf(pos);
    qsizetype cut = commentStart(pos, lineEnd(line));
    qsizetype end = trimCommentAndSpace(pos, cut);
    if (cut < lineEnd(line))
        return end; // a comment ends a plain scalar
    for (++line; line < lineCount() && lineStart(line) < limit; ++line) {
        if (isBlank(line))
            continue;
        if (isCommentOnly(line))
            break;
        cut = commentStart(lineStart(line), lineEnd(line));
        end = trimCommentAndSpace(lineStart(line), cut);
        if (cut < lineEnd(line))
            break;
    }
    return end;
}

qsizetype YamlText::flowPlainEnd(qsizetype pos) const {
    const qsizetype n = size();
    qsizetype i = pos;
    for (; i < n; ++i) {
        const QChar c = at(i);
        if (c == QLatin1Char(',') || c == QLatin1Char(']') || c == QLatin1Char('}'))
            break;
        if (c == QLatin1Char(':')) {
            const QChar next = at(i + 1);
            if (next.isNull() || isSpace(next) || next == QLatin1Char('\n') ||
                next == QLatin1Char(',') || next == QLatin1Char(']') || next == QLatin1Char('}'))
                break;
        }
        if (c == QLatin1Char('#') && i > pos &&
            (isSpace(at(i - 1)) || at(i - 1) == QLatin1Char('\n')))
            break;
    }
    while (i > pos && (isSpace(at(i - 1)) || at(i - 1) == QLatin1Char('\n')))
        --i;
    return i;
}

qsizetype YamlText::flowCollectionEnd(qsizetype pos) const {
    int depth = 0;
    const qsizetype n = size();
    for (qsizetype i = pos; i < n; ++i) {
        const QChar c = at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            i = quotedEnd(i) - 1;
        } else if (c == QLatin1Char('#') && i > 0 &&
                   (isSpace(at(i - 1)) || at(i - 1) == QLatin1Char('\n'))) {
            while (i < n && at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char(']') || c == QLatin1Char('}')) {
            if (--depth == 0)
                return i + 1;
        }
    }
    return n;
}

qsizetype YamlText::keyEnd(qsizetype pos, bool flow) const {
    if (at(pos) == QLatin1Char('"') || at(pos) == QLatin1Char('\''))
        return quotedEnd(pos);
    const qsizetype n = size();
    qsizetype i = pos;
    for (; i < n; ++i) {
        const QChar c = at(i);
        if (c == QLatin1Char('\n'))
            break;
        if (c == QLatin1Char(':')) {
            const QChar next = at(i + 1);
            if (next.isNull() || isSpace(next) || next == QLatin1Char('\n'))
                break;
            if (flow &&
                (next == QLatin1Char(',') || next == QLatin1Char(']') || next == QLatin1Char('}')))
                break;
        }
        if (flow && (c == QLatin1Char(',') || c == QLatin1Char('}') || c == QLatin1Char(']')))
            break;
    }
    while (i > pos && isSpace(at(i - 1)))
        --i;
    return i;
}

qsizetype YamlText::contentEnd(qsizetype start, qsizetype limit, qsizetype column) const {
    const qsizetype first = lineOf(start);
    qsizetype line = limit > start ? lineOf(limit - 1) : first;
    for (; line > first; --line) {
        if (isBlank(line))
            continue;
        if (isCommentOnly(line) && indentOf(line) <= column)
            continue;
        break;
    }
    return lineEnd(line);
}

qsizetype YamlText::skipSpaceAndComments(qsizetype pos, qsizetype limit) const {
    qsizetype i = pos;
    while (i < limit) {
        const QChar c = at(i);
        if (isSpace(c) || c == QLatin1Char('\n')) {
            ++i;
        } else if (c == QLatin1Char('#')) {
            while (i < limit && at(i) != QLatin1Char('\n'))
                ++i;
        } else {
            break;
        }
    }
    return i;
}

} // namespace Lkc
