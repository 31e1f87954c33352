#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Builds a query string or form body in the order given, percent-encoding every value with
// QUrl::toPercentEncoding (so '+', ',' and '&' are always encoded). The result is the exact byte
// string both sent and signed.
class QueryString
{
public:
    QueryString &add(const char *name, const QString &value);
    QueryString &add(const char *name, const QByteArray &value);
    QueryString &addIfNotEmpty(const char *name, const QString &value);
    QByteArray encoded() const;
    bool isEmpty() const { return m_items.isEmpty(); }

    // Decodes a=b&c=d (used by the demo exchange); later duplicates win.
    static QList<QPair<QString, QString>> decode(const QByteArray &encoded);

private:
    QList<QPair<QByteArray, QByteArray>> m_items;
};
