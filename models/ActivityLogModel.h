#pragma once

#include "core/Clocks.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <deque>

class ColorScheme;

// Every request the trader made and how it ended, newest first, in words a trader reads.
class ActivityLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogModel)

public:
    enum class Severity
    {
        Info,
        Success,
        Warning,
        Error
    };
    enum Column
    {
        Time,
        Action,
        Result,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1
    };
    struct Entry
    {
        QDateTime time;
        QString action;
        QString result;
        Severity severity = Severity::Info;
    };
    static constexpr int MaxEntries = 5000;

    // Colours from `colors` (none when null), times from `wallMs` (ms since the epoch).
    ActivityLogModel(const ColorScheme *colors, std::function<qint64()> wallMs,
                     QObject *parent = nullptr);
    ActivityLogModel()
        : ActivityLogModel(nullptr, Clocks::system().wallMs)
    {}

    void add(const QString &action, const QString &result, Severity severity = Severity::Info);
    const Entry &entry(int row) const { return m_entries[size_t(row)]; }
    // Lines that contain text (for tests and support).
    QStringList find(const QString &text) const;
    QString toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::deque<Entry> m_entries; // front = newest
    const ColorScheme *m_colors;
    std::function<qint64()> m_wallMs;
};
