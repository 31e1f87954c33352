#include "models/CsvWriter.h"

#include <QRegularExpression>

namespace {

// A cell a spreadsheet would run as a formula or a DDE call: one starting with = + - @, a tab or
// a carriage return (or the full-width = + - @ some spreadsheets also accept). A plain negative
// number ("-1.5") is a number, not a formula, and stays as it is so the column sums.
bool couldBeFormula(const QString &field)
{
    static const QString starts = QStringLiteral("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20");
    if (field.isEmpty() || !starts.contains(field.front()))
        return false;
    static const QRegularExpression number(QStringLiteral("^-[0-9]+(\\.[0-9]+)?$"));
    return !number.match(field).hasMatch();
}

} // namespace

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields) {
        // Such a cell is quoted and starts with a ', which shows it as the text it is.
        const bool formula = couldBeFormula(f);
        QString v = formula ? QLatin1Char('\'') + f : f;
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
            || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) || formula) {
            v.replace(QLatin1String("\""), QLatin1String("\"\""));
            v = QLatin1Char('"') + v + QLatin1Char('"');
        }
        out.append(v);
    }
    m_text += out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}
