#include "ui/FormGrid.h"

#include "models/ColorScheme.h"

#include "ui/OneLineLabel.h"
#include "ui/WidgetColors.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace {

const char *const FullReason = "formGridReason";
const char *const Quoted = "formGridQuoted";
const char *const ReasonLines = "formGridLines";

// At most this much of a quoted input is ever measured: the middle of a 100 KB paste is elided.
constexpr int QuotedEnds = 64;

QString shortened(const QString &typed)
{
    if (typed.size() <= 2 * QuotedEnds + 1)
        return typed;
    int head = QuotedEnds, tail = QuotedEnds;
    if (typed.at(head - 1).isHighSurrogate()) // never half a character
        --head;
    if (typed.at(typed.size() - tail).isLowSurrogate())
        --tail;
    return typed.left(head) + QChar(0x2026) + typed.right(tail);
}

// The reason as it fits its label's reserved lines (the label's width is the layout's, never the
// text's): the quoted input elided in the middle first, then the text broken into the lines.
void fit(QLabel *label)
{
    const int width = label->contentsRect().width();
    const int lines = label->property(ReasonLines).toInt();
    const QString quoted = label->property(Quoted).toString();
    QString text = label->property(FullReason).toString();
    if (width > 0 && !quoted.isEmpty() && text.contains(quoted)) {
        const QFontMetrics fm = label->fontMetrics();
        const int room = std::max(lines, 1) * width;
        if (fm.horizontalAdvance(text) > room - (lines > 1 ? width / 3 : 0)) {
            // What the other words leave of the lines (some of a wrapped line's end is lost).
            const int rest = fm.horizontalAdvance(QString(text).remove(quoted));
            const int least = fm.horizontalAdvance(QStringLiteral("MMM…MM"));
            const int left = room - rest - (lines > 1 ? width / 3 : 0);
            text.replace(quoted, fm.elidedText(quoted, Qt::ElideMiddle, std::max(left, least)));
        }
    }
    label->setText(OneLineLabel::fitted(label, text, width, std::max(lines, 1)));
}

// Fits a reason again when its label's width changes.
class ReasonFitter final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            fit(static_cast<QLabel *>(watched));
        return false;
    }
};

// The labels' column never narrows: a label that loses its unit (the symbol typed is unknown,
// "Price (USDT)" becomes "Price") would pull every field beside it to the left.
class LabelColumn final : public QObject
{
public:
    LabelColumn(QGridLayout *grid, QObject *parent)
        : QObject(parent),
          m_grid(grid)
    {}

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::LayoutRequest)
            return false;
        // Every item of the column (two rows share a cell: quantity and amount).
        int widest = 0;
        for (int i = 0; i < m_grid->count(); ++i) {
            int row = 0, column = 0, rows = 0, columns = 0;
            m_grid->getItemPosition(i, &row, &column, &rows, &columns);
            const QLayoutItem *item = m_grid->itemAt(i);
            if (column == 0 && columns == 1 && !item->isEmpty())
                widest = std::max(widest, item->sizeHint().width());
        }
        if (widest > m_grid->columnMinimumWidth(0))
            m_grid->setColumnMinimumWidth(0, widest);
        return false;
    }

private:
    QGridLayout *m_grid;
};

} // namespace

FormGrid::FormGrid(QWidget *owner)
    : m_owner(owner),
      m_grid(new QGridLayout)
{
    m_grid->setColumnStretch(1, 1);
    // A field's reason right under it; the form fits 1440 × 900 with every line kept.
    m_grid->setVerticalSpacing(1);
    owner->installEventFilter(new LabelColumn(m_grid, owner));
}

QLabel *FormGrid::addRow(const QString &label, QWidget *field, QLabel *error)
{
    m_lastRow = m_row;
    auto *l = new QLabel(label, m_owner);
    l->setBuddy(field);
    field->setAccessibleName(plain(label));
    m_grid->addWidget(l, m_row, 0);
    m_grid->addWidget(field, m_row++, 1);
    if (error)
        m_grid->addWidget(error, m_row++, 1);
    return l;
}

QLabel *FormGrid::addRowInPlaceOfLast(const QString &label, QWidget *field, QLabel *error)
{
    const int next = m_row;
    m_row = m_lastRow;
    QLabel *l = addRow(label, field, error);
    m_row = next;
    return l;
}

void FormGrid::addWide(QWidget *widget, int column)
{
    m_grid->addWidget(widget, m_row++, column, 1, 2 - column);
}

QLabel *FormGrid::reasonLabel(QWidget *owner, const QString &name, const ColorScheme *colors,
                              Tone tone, int lines)
{
    auto *l = new QLabel(owner);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    l->setFixedHeight(lines * l->fontMetrics().lineSpacing());
    l->setProperty(ReasonLines, lines);
    // Its width is the column's: the text fits itself to it (fit), never the other way round.
    QSizePolicy policy = l->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    policy.setRetainSizeWhenHidden(true);
    l->setSizePolicy(policy);
    l->setMinimumWidth(1);
    l->installEventFilter(new ReasonFitter(l));
    l->setVisible(false);
    if (colors && tone)
        WidgetColors::followText(l, colors, tone);
    return l;
}

void FormGrid::showReason(QLineEdit *field, QLabel *label, const QString &error,
                          const ColorScheme &colors, const QString &quoted)
{
    setReason(label, error, quoted);
    label->setVisible(!error.isEmpty());
    if (field) {
        WidgetColors::setInvalid(field, !error.isEmpty(), colors);
        field->setAccessibleDescription(label->toolTip());
    }
}

void FormGrid::setReason(QLabel *label, const QString &error, const QString &quoted)
{
    // The quoted input as it reads (the middle of a long paste elided) in every form of the
    // reason: a 100 KB tooltip or description is no message.
    QString whole = error;
    const QString shown = visible(shortened(quoted));
    const bool quotes = !quoted.isEmpty() && error.contains(quoted);
    if (quotes)
        whole.replace(quoted, shown);
    label->setProperty(FullReason, whole);
    label->setProperty(Quoted, quotes ? shown : QString());
    fit(label);
    label->setToolTip(whole); // the whole reason, should it need more than its lines
}

QString FormGrid::plain(const QString &label)
{
    QString s = label;
    return s.remove(QLatin1Char('&'));
}

QString FormGrid::visible(const QString &typed)
{
    QString out;
    for (int i = 0; i < typed.size(); ++i) {
        const char32_t c = typed.at(i).isHighSurrogate() && i + 1 < typed.size()
                               ? QChar::surrogateToUcs4(typed.at(i), typed.at(i + 1))
                               : typed.at(i).unicode();
        const QChar::Category kind = QChar::category(c);
        const bool invisible = kind == QChar::Other_Format || kind == QChar::Other_Control
                               || kind == QChar::Separator_Line
                               || kind == QChar::Separator_Paragraph
                               || (kind == QChar::Separator_Space && c != U' ');
        if (invisible)
            out += QStringLiteral("⟨U+%1⟩").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += QString::fromUcs4(&c, 1);
        if (c > 0xffff)
            ++i;
    }
    return out;
}
