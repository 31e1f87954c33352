#include "models/CsvWriter.h"

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields) {
        // A leading = + - @ would be a formula in a spreadsheet: quote it and prefix a '.
        const bool formula = !f.isEmpty() && QStringLiteral("=+@").contains(f.front());
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
