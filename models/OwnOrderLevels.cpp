#include "models/OwnOrderLevels.h"

#include "models/DepthModel.h"
#include "models/OpenOrdersModel.h"

OwnOrderLevels::OwnOrderLevels(const OpenOrdersModel *open, DepthModel *depth,
                               std::function<QString()> symbol, QObject *parent)
    : QObject(parent),
      m_open(open),
      m_depth(depth),
      m_symbol(std::move(symbol))
{
    m_later.setSingleShot(true);
    m_later.setInterval(0);
    connect(&m_later, &QTimer::timeout, this, &OwnOrderLevels::update);
    const auto later = [this] {
        m_later.start();
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(open, signal, this, later);
    connect(open, &QAbstractItemModel::dataChanged, this, later);
}

void OwnOrderLevels::update()
{
    const QString symbol = m_symbol();
    QList<Order> mine;
    for (const Order &o : m_open->orders()) {
        if (o.symbol == symbol)
            mine.append(o);
    }
    m_depth->setOwnOrders(mine);
}
