#pragma once
// The look and behaviour every list table of DuoCoach shares: whole rows selected one at a
// time, read-only cells, alternating rows without a grid, no row numbers, compact rows.

class QTableView;

class ListTable
{
public:
    static void setUp(QTableView *table);
};
