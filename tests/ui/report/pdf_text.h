// The text a PDF written by QPdfWriter shows, for tests: objects are read, Flate streams inflated,
// each Type0 font's ToUnicode CMap (bfchar and bfrange) read, and the glyph strings of the content
// streams ("/F<obj> size Tf" ... "<glyph ids> Tj" or "[...] TJ") mapped back to Unicode. It reads
// what Qt writes (PDF 1.4, Identity-H fonts named after their object), not any PDF.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QtEndian>

#include <string>

namespace insar::test {

namespace pdf_detail {

inline QByteArray inflate(const QByteArray& deflated)
{
    // qUncompress wants the expected size first (big endian); it grows the buffer when too small.
    QByteArray sized(4, '\0');
    qToBigEndian<quint32>(quint32(std::min<qsizetype>(deflated.size() * 8 + 1024, 1 << 26)), sized.data());
    return qUncompress(sized + deflated);
}

struct Object {
    QByteArray dict;
    QByteArray stream; // inflated
};

inline QMap<int, Object> objects(const QByteArray& pdf)
{
    QMap<int, Object> out;
    static const QRegularExpression start(QStringLiteral("(\\d+) 0 obj"));
    const QString latin1 = QString::fromLatin1(pdf); // one character per byte: offsets agree
    qsizetype pos = 0;
    for (;;) {
        const auto m = start.match(latin1, pos);
        if (!m.hasMatch())
            break;
        const qsizetype begin = m.capturedEnd();
        const qsizetype end = pdf.indexOf("endobj", begin);
        if (end < 0)
            break;
        const QByteArray body = pdf.mid(begin, end - begin);
        Object o;
        const qsizetype s = body.indexOf("stream");
        o.dict = s < 0 ? body : body.left(s);
        if (s >= 0) {
            qsizetype data = s + 6;
            if (body.mid(data, 2) == "\r\n")
                data += 2;
            else if (body.at(data) == '\n')
                ++data;
            const qsizetype stop = body.lastIndexOf("endstream");
            QByteArray raw = body.mid(data, stop - data);
            o.stream = o.dict.contains("/FlateDecode") ? inflate(raw) : raw;
        }
        out.insert(m.captured(1).toInt(), o);
        pos = end;
    }
    return out;
}

/// glyph id → text, from a ToUnicode CMap.
inline QMap<uint, QString> cmap(const QByteArray& text)
{
    QMap<uint, QString> map;
    auto utf16 = [](const QString& hex) {
        QString s;
        for (int i = 0; i + 4 <= hex.size(); i += 4)
            s += QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16)));
        return s;
    };
    const QString t = QString::fromLatin1(text);
    static const QRegularExpression chars(QStringLiteral("beginbfchar(.*?)endbfchar"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression pair(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"));
    for (auto it = chars.globalMatch(t); it.hasNext();)
        for (auto p = pair.globalMatch(it.next().captured(1)); p.hasNext();) {
            const auto m = p.next();
            map[m.captured(1).toUInt(nullptr, 16)] = utf16(m.captured(2));
        }
    static const QRegularExpression ranges(QStringLiteral("beginbfrange(.*?)endbfrange"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression range(
        QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(<([0-9A-Fa-f]+)>|\\[([^\\]]*)\\])"));
    static const QRegularExpression hexes(QStringLiteral("<([0-9A-Fa-f]+)>"));
    for (auto it = ranges.globalMatch(t); it.hasNext();)
        for (auto r = range.globalMatch(it.next().captured(1)); r.hasNext();) {
            const auto m = r.next();
            const uint lo = m.captured(1).toUInt(nullptr, 16), hi = m.captured(2).toUInt(nullptr, 16);
            if (!m.captured(4).isEmpty()) {
                const QString first = utf16(m.captured(4));
                for (uint g = lo; g <= hi && !first.isEmpty(); ++g)
                    map[g] =
                        first.left(first.size() - 1) + QChar(char16_t(first.back().unicode() + (g - lo)));
            } else {
                uint g = lo;
                for (auto h = hexes.globalMatch(m.captured(5)); h.hasNext() && g <= hi; ++g)
                    map[g] = utf16(h.next().captured(1));
            }
        }
    return map;
}

} // namespace pdf_detail

/// The shown text of every page, in drawing order; each text object ends with a newline.
inline QString pdfText(const std::string& bytes)
{
    using namespace pdf_detail;
    const QMap<int, Object> objs = objects(QByteArray::fromStdString(bytes));
    QMap<int, QMap<uint, QString>> fonts; // font object → its ToUnicode map
    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    for (auto it = objs.begin(); it != objs.end(); ++it) {
        const auto m = toUnicode.match(QString::fromLatin1(it->dict));
        if (m.hasMatch() && objs.contains(m.captured(1).toInt()))
            fonts[it.key()] = cmap(objs[m.captured(1).toInt()].stream);
    }
    static const QRegularExpression token(
        QStringLiteral("/F(\\d+)\\s+[-0-9.]+\\s+Tf|<([0-9A-Fa-f\\s]*)>|\\bET\\b"));
    QString text;
    for (const Object& o : objs) {
        if (o.stream.isEmpty() || !o.stream.contains(" Tf"))
            continue;
        const QMap<uint, QString>* font = nullptr;
        for (auto it = token.globalMatch(QString::fromLatin1(o.stream)); it.hasNext();) {
            const auto m = it.next();
            if (!m.captured(1).isEmpty()) {
                const auto f = fonts.constFind(m.captured(1).toInt());
                font = f == fonts.constEnd() ? nullptr : &*f;
            } else if (m.captured(0) == QLatin1String("ET")) {
                text += QLatin1Char('\n');
            } else if (font != nullptr) {
                QString hex = m.captured(2);
                hex.remove(QRegularExpression(QStringLiteral("\\s")));
                for (int i = 0; i + 4 <= hex.size(); i += 4)
                    text += font->value(hex.mid(i, 4).toUInt(nullptr, 16));
            }
        }
    }
    return text;
}

} // namespace insar::test
