#pragma once

#include <QByteArray>

// A reply's JSON text as it came, once its envelope was checked (ReplyScanner::checkEnvelope) but
// not its "data": the order readers scan and check that in one pass, the others read a tree.
class ReplyDocument
{
public:
    ReplyDocument() = default;
    explicit ReplyDocument(QByteArray json)
        : m_json(std::move(json))
    {}

    const QByteArray &json() const { return m_json; }

private:
    QByteArray m_json;
};
