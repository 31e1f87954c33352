#pragma once

#include <QHeaderView>
#include <QSize>

// The order lists' horizontal header: each title measured once. QHeaderView measures every
// title again (shaping its text) whenever its cached size hint was dropped — on setModel, on
// every headerDataChanged, on hiding or moving a section — and QTableView asks for it on each
// geometry update: 150-180 measurements of 17 titles (with and without units) before the first
// frame, ~6.5 % of the app's instructions to it; once each saves about half of that (the first
// measurement also loads the bold font, which the paint would). The size of a title depends only on
// its text, the header's font, the style and whether a sort indicator is shown; those are the key
// of a cache the two lists share (the order models give no font, icon or size hint for a title; a
// header whose model does is measured as before).
class OrdersHeader final : public QHeaderView
{
    Q_OBJECT

public:
    explicit OrdersHeader(QWidget *parent = nullptr);

    // How many titles all order-list headers measured (not answered from the cache): the test's.
    static int measured() { return s_measured; }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    static int s_measured;
};
