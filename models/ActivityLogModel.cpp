#include "models/ActivityLogModel.h"

#include "models/ColorScheme.h"
#include "models/CsvWriter.h"

ActivityLogModel::ActivityLogModel(const ColorScheme *colors, std::function<qint64()> wallMs,
                                   QObject *parent)
    : QAbstractTableModel(parent),
      m_colors(colors),
      m_wallMs(std::move(wallMs))
{
    if (m_colors) {
        connect(m_colors, &ColorScheme::changed, this, [this] {
            if (!m_entries.empty())
                Q_EMIT dataChanged(index(0, Result), index(rowCount() - 1, Result),
                                   {Qt::ForegroundRole});
        });
    }
}

void ActivityLogModel::add(const QString &action, const QString &result, Severity severity)
{
    beginInsertRows({}, 0, 0);
    m_entries.push_front({QDateTime::fromMSecsSinceEpoch(m_wallMs()), action, result, severity});
    endInsertRows();
    if (int(m_entries.size()) > MaxEntries) {
        beginRemoveRows({}, MaxEntries, int(m_entries.size()) - 1);
        m_entries.resize(MaxEntries);
        endRemoveRows();
    }
}

QStringList ActivityLogModel::find(const QString &text) const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        const QString line = e.action + QStringLiteral(": ") + e.result;
        if (line.contains(text, Qt::CaseInsensitive))
            out.append(line);
    }
    return out;
}

QString ActivityLogModel::toCsv() const
{
    CsvWriter csv({QStringLiteral("time"), QStringLiteral("action"), QStringLiteral("result"),
                   QStringLiteral("severity")});
    static const char *names[] = {"info", "success", "warning", "error"};
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it)
        csv.addRow({it->time.toOffsetFromUtc(it->time.offsetFromUtc()).toString(Qt::ISODateWithMs),
                    it->action, it->result, QString::fromLatin1(names[int(it->severity)])});
    return csv.text();
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time: return e.time.toString(QStringLiteral("HH:mm:ss"));
        case Action: return e.action;
        case Result: return e.result;
        default: return {};
        }
    case Qt::ForegroundRole:
        if (index.column() != Result || !m_colors)
            return {};
        switch (e.severity) {
        case Severity::Success: return m_colors->ok();
        case Severity::Warning: return m_colors->warning();
        case Severity::Error: return m_colors->error();
        case Severity::Info: return {};
        }
        return {};
    case SeverityRole: return int(e.severity);
    default: return {};
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Action: return tr("Action");
    case Result: return tr("Result");
    default: return {};
    }
}
