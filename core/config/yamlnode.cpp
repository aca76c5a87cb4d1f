// SPDX-License-Identifier: Apache-2.0
#include "yamlnode.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace Lkc {

namespace {

const QString kTagStr = QStringLiteral("tag:yaml.org,2002:str");
const QString kTagInt = QStringLiteral("tag:yaml.org,2002:int");
const QString kTagBool = QStringLiteral("tag:yaml.org,2002:bool");
const QString kTagFloat = QStringLiteral("tag:yaml.org,2002:float");
const QString kTagNull = QStringLiteral("tag:yaml.org,2002:null");

bool isNullText(const QString &s) {
    return s.isEmpty() || s == QLatin1String("~") || s == QLatin1String("null") ||
           s == QLatin1String("Null") || s == QLatin1String("NULL");
}

int boolText(const QString &s) // 1 true, 0 false, -1 neither
{
    if (s == QLatin1String("true") || s == QLatin1String("True") || s == QLatin1String("TRUE"))
        return 1;
    if (s == QLatin1String("false") || s == QLatin1String("False") || s == QLatin1String("FALSE"))
        return 0;
    return -1;
}

// Go's strconv.ParseInt(s, 0, 64) after yaml.v3 removed underscores: sign,
// then 0x / 0o / 0b / legacy leading-0 octal, else decimal.
bool parseGoInt(QString s, qint64 *out, bool *overflow) {
    *overflow = false;
    s.remove(QLatin1Char('_'));
    bool negative = false;
    if (s.startsWith(QLatin1Char('+')) || s.startsWith(QLatin1Char('-'))) {
        negative = s.startsWith(QLatin1Char('-'));
        s = s.mid(1);
    }
    if (s.isEmpty())
        return false;
    int base = 10;
    if (s.size() > 1 && s[0] == QLatin1Char('0')) {
        const QChar p = s[1].toLower();
        if (p == QLatin1Char('x')) {
            base = 16;
            s = s.mid(2);
        } else if (p == QLatin1Char('o')) {
            base = 8;
            s = s.mid(2);
        } else if (p == QLatin1Char('b')) {
            base = 2;
            s = s.mid(2);
        } else {
            base = 8;
            s = s.mid(1);
        }
        if (s.isEmpty())
            return false;
    }
    quint64 value = 0;
    for (QChar c : s) {
        int digit = -1;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digit = c.unicode() - '0';
        else if (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'))
            digit = c.toLower().unicode() - 'a' + 10;
        if (digit < 0 || digit >= base)
            return false;
        if (value > (std::numeric_limits<quint64>::max() - quint64(digit)) / quint64(base))
            *overflow = true;
        value = value * quint64(base) + quint64(digit);
    }
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    if (value > limit)
        *overflow = true;
    *out = *overflow ? 0 : (negative ? qint64(0 - value) : qint64(value));
    return true;
}

bool isYamlFloat(const QString &s) {
    static const QRegularExpression re(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    return re.match(s).hasMatch();
}

bool isSpecialFloat(const QString &s) {
    static const QStringList names = {
        QStringLiteral(".inf"),  QStringLiteral(".Inf"),  QStringLiteral(".INF"),
        QStringLiteral("+.inf"), QStringLiteral("+.Inf"), QStringLiteral("+.INF"),
        QStringLiteral("-.inf"), QStringLiteral("-.Inf"), QStringLiteral("-.INF"),
        QStringLiteral(".nan"),  QStringLiteral(".NaN"),  QStringLiteral(".NAN")};
    return names.contains(s);
}

} // namespace

YamlNode::ScalarType YamlNode::scalarType() const {
    if (kind == Kind::Null)
        return ScalarType::Null;
    if (kind != Kind::Scalar)
        return ScalarType::String; // not meaningful for collections
    if (!tag.isEmpty() && tag != QLatin1String("?") && tag != QLatin1String("!")) {
        if (tag == kTagInt)
            return ScalarType::Int;
        if (tag == kTagBool)
            return ScalarType::Bool;
        if (tag == kTagFloat)
            return ScalarType::Float;
        if (tag == kTagNull)
            return ScalarType::Null;
        return ScalarType::String;
    }
    if (quoted)
        return ScalarType::String;
    if (isNullText(text))
        return ScalarType::Null;
    if (boolText(text) >= 0)
        return ScalarType::Bool;
    if (isSpecialFloat(text))
        return ScalarType::Float;
    const QChar first = text.at(0);
    if (first.isDigit() || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('.')) {
        qint64 v = 0;
        bool overflow = false;
        if (parseGoInt(text, &v, &overflow))
            return ScalarType::Int;
        if (isYamlFloat(text))
            return ScalarType::Float;
    }
    return ScalarType::String;
}

QString YamlNode::jsonType() const {
    switch (kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Sequence:
        return QStringLiteral("array");
    case Kind::Mapping:
        return QStringLiteral("object");
    case Kind::Scalar:
        break;
    }
    switch (scalarType()) {
    case ScalarType::Null:
        return QStringLiteral("null");
    case ScalarType::Bool:
        return QStringLiteral("boolean");
    case ScalarType::Int:
        return QStringLiteral("integer");
    case ScalarType::Float: {
        bool ok = false;
        const double d = toDouble(&ok);
        if (ok && std::isfinite(d) && d == std::floor(d))
            return QStringLiteral("integer");
        return QStringLiteral("number");
    }
    case ScalarType::String:
        break;
    }
    return QStringLiteral("string");
}

bool YamlNode::toBool(bool *ok) const {
    const int b = kind == Kind::Scalar ? boolText(text) : -1;
    if (ok)
        *ok = b >= 0;
    return b == 1;
}

qint64 YamlNode::toInt(bool *ok) const {
    qint64 v = 0;
    bool overflow = false;
    bool parsed = kind == Kind::Scalar && parseGoInt(text, &v, &overflow) && !overflow;
    if (!parsed && kind == Kind::Scalar && scalarType() == ScalarType::Float) {
        bool dok = false;
        const double d = toDouble(&dok);
        if (dok && std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e18) {
            v = qint64(d);
            parsed = true;
        }
    }
    if (ok)
        *ok = parsed;
    return parsed ? v : 0;
}

double YamlNode::toDouble(bool *ok) const {
    bool parsed = false;
    double d = 0;
    if (kind == Kind::Scalar) {
        QString t = text;
        t.remove(QLatin1Char('_'));
        if (isSpecialFloat(t)) {
            parsed = true;
            if (t.contains(QLatin1String("nan"), Qt::CaseInsensitive))
                d = std::numeric_limits<double>::quiet_NaN();
            else
                d = t.startsWith(QLatin1Char('-')) ? -std::numeric_limits<double>::infinity()
                                                   : std::numeric_limits<double>::infinity();
        } else {
            d = t.toDouble(&parsed);
        }
    }
    if (ok)
        *ok = parsed;
    return parsed ? d : 0;
}

const YamlNode *YamlNode::find(QStringView key) const {
    for (qsizetype i = 0; i < mapSize(); ++i)
        if (mapKey(i).isScalar() && mapKey(i).text == key)
            return &mapValue(i);
    return nullptr;
}

QString yamlPathAppendKey(const QString &path, const QString &key) {
    static const QRegularExpression simple(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    const bool isSimple = simple.match(key).hasMatch() && !key.endsWith(QLatin1Char('.'));
    // Keys with dots are quoted, except the two field names LinuxKit spells that way.
    const bool dotted = key.contains(QLatin1Char('.')) &&
                        key != QLatin1String("capabilities.add") &&
                        key != QLatin1String("binds.add");
    if (isSimple && !dotted)
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    QString quoted = key;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return path + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

QString yamlPathAppendIndex(const QString &path, qsizetype index) {
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace Lkc
