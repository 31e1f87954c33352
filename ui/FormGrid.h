#pragma once

#include <QString>

class ColorScheme;
class QColor;
class QGridLayout;
class QLabel;
class QLineEdit;
class QWidget;

// The order form's grid: a label beside each field, the field's reason right under it, rows
// counted here. The form's parts each add their rows to the one grid, so one label column lines
// every row up.
class FormGrid
{
public:
    explicit FormGrid(QWidget *owner);

    QLabel *addRow(const QString &label, QWidget *field, QLabel *error);
    // A row in the cells of the row added last: one of the two is shown at a time, so switching
    // between them never moves the rows below (review 29 F28: the Buy button jumped 52 px).
    QLabel *addRowInPlaceOfLast(const QString &label, QWidget *field, QLabel *error);
    // A widget on its own row: from this column to the end.
    void addWide(QWidget *widget, int column);
    QGridLayout *layout() const { return m_grid; }

    // A reason's label keeps its room, shown or not: a message never moves the buttons under the
    // mouse, and its text never widens the form (review 30 F7: a pasted quantity's reason made
    // the Order entry dock wider). `lines` of room; a longer reason shows on them with the last
    // elided, and is whole in the tooltip and the accessible description.
    // Its colour is `colors`' `tone` (error() or warning()), and follows the scheme when the
    // theme changes while the window is open (review 32, by hand: after View → Theme → Dark the
    // reasons kept the light theme's dark red, 1.9:1 on the dark field). No scheme: the palette's
    // text colour, which follows the theme by itself.
    using Tone = QColor (ColorScheme::*)() const;
    static QLabel *reasonLabel(QWidget *owner, const QString &name, const ColorScheme *colors,
                               Tone tone, int lines = 2);
    // Shows `error` (empty: none) in `label` and marks `field` (if any) invalid with it. `quoted`:
    // what the trader typed, as the reason quotes it (a symbol); it is elided in the middle so
    // the words around it stay readable, its invisible characters shown as U+XXXX.
    static void showReason(QLineEdit *field, QLabel *label, const QString &error,
                           const ColorScheme &colors, const QString &quoted = QString());
    // The reason's text alone (fitted to its label's lines, whole in the tooltip); the label's
    // visibility is the caller's.
    static void setReason(QLabel *label, const QString &error, const QString &quoted = QString());
    // What the trader typed, with its invisible characters (bidi marks and overrides, joiners,
    // controls) made visible as ⟨U+XXXX⟩: a symbol that looks right and is refused shows why.
    static QString visible(const QString &typed);
    // "&Price" -> "Price": accessible names equal the visible label.
    static QString plain(const QString &label);

private:
    QWidget *m_owner;
    QGridLayout *m_grid;
    int m_row = 0;
    int m_lastRow = 0;
};
