#pragma once

#include "core/ApiQueries.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QCheckBox;
class QPushButton;
class QSpinBox;

// Filters for finished orders: symbol, creation-time window, how many (at most 500), and paging
// to older orders.
class FinishedFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FinishedFilterBar(QWidget *parent = nullptr);
    void setSymbols(const QStringList &symbols);
    FinishedOrdersQuery query() const;
    void setPaged(bool older);
    void setFromTime(const QDateTime &from);

Q_SIGNALS:
    void changed();
    void olderRequested();
    void newestRequested();

private:
    QComboBox *m_symbol;
    QCheckBox *m_useFrom;
    QDateTimeEdit *m_from;
    QSpinBox *m_limit;
    QPushButton *m_older;
    QPushButton *m_newest;
};
