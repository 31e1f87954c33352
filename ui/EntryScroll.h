#pragma once

class QScrollArea;
class QWidget;

// The order entry (market panel and form) in a scroll area: in a window too short for it the
// form scrolls rather than setting the height of the tables below it (review 31: 1.5 rows of
// finished orders at 1440 × 900). The area is as wide as the form needs, with room for its
// scroll bar, whatever the form grows to (symbols, prices and translations arrive after it is
// built): it scrolls up and down only, never cuts the form's side.
namespace EntryScroll {

QScrollArea *wrap(QWidget *entry, QWidget *parent);

} // namespace EntryScroll
