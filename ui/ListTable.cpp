#include "ListTable.h"

#include <QHeaderView>
#include <QTableView>

void ListTable::setUp(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    // Rows a little taller than the text, so a long list stays easy to follow.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
}

void ListTable::setUpInPanel(QTableView *table)
{
    setUp(table);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void ListTable::fitRows(QTableView *table, int rows)
{
    table->setFixedHeight(2 * table->frameWidth() + table->horizontalHeader()->sizeHint().height() +
                          rows * table->verticalHeader()->defaultSectionSize());
}
