#pragma once

#include <QString>
#include <QStringList>

// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted; lines end in CRLF. A field
// a spreadsheet could run as a formula is quoted and starts with a ' (see CsvWriter.cpp).
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList &header) { addRow(header); }
    void addRow(const QStringList &fields);
    QString text() const { return m_text; }

private:
    QString m_text;
};
