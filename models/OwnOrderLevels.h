#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class DepthModel;
class OpenOrdersModel;

// Keeps the book's own sizes (the trader's open orders at each level) in step with the open
// orders of the symbol on screen. A refresh of the open orders announces many rows; the book
// follows once, on the next event-loop turn, not once per row.
class OwnOrderLevels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnOrderLevels)

public:
    OwnOrderLevels(const OpenOrdersModel *open, DepthModel *depth, std::function<QString()> symbol,
                   QObject *parent = nullptr);

    // At once (a new book, or the symbol changed).
    void update();

private:
    const OpenOrdersModel *m_open;
    DepthModel *m_depth;
    std::function<QString()> m_symbol;
    QTimer m_later;
};
