#pragma once
// The look and behaviour every list table of DuoCoach shares: whole rows selected one at a
// time, read-only cells, alternating rows without a grid, no row numbers, compact rows.

class QTableView;

class ListTable
{
public:
    static void setUp(QTableView *table);
    // The same for a short table inside a section of the family's details: compact rows, no
    // scroll bars of its own (the details scroll as a whole, see fitRows).
    static void setUpInPanel(QTableView *table);
    // As tall as its rows, header included.
    static void fitRows(QTableView *table, int rows);
};
