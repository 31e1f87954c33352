#include "ui/FormGrid.h"

#include "ui/WidgetColors.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

FormGrid::FormGrid(QWidget *owner)
    : m_owner(owner),
      m_grid(new QGridLayout)
{
    m_grid->setColumnStretch(1, 1);
    // A field's reason right under it; the form fits 1440 × 900 with every line kept.
    m_grid->setVerticalSpacing(2);
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

QLabel *FormGrid::reasonLabel(QWidget *owner, const QString &name, const QColor &color, int lines)
{
    auto *l = new QLabel(owner);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    l->setFixedHeight(lines * l->fontMetrics().lineSpacing());
    QSizePolicy policy = l->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    l->setSizePolicy(policy);
    l->setVisible(false);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, color);
    l->setPalette(p);
    return l;
}

void FormGrid::showReason(QLineEdit *field, QLabel *label, const QString &error,
                          const ColorScheme &colors)
{
    label->setText(error);
    label->setToolTip(error); // the whole reason, should it need more than its two lines
    label->setVisible(!error.isEmpty());
    if (field) {
        WidgetColors::setInvalid(field, !error.isEmpty(), colors);
        field->setAccessibleDescription(error);
    }
}

QString FormGrid::plain(const QString &label)
{
    QString s = label;
    return s.remove(QLatin1Char('&'));
}
