#pragma once
// An undo that puts back a row it removed gives the row its own id again, so later steps that
// name it still find it.

#include "Result.h"

#include <QString>

class Database;

namespace PutBack {
// Inside the undo's transaction: fine when row `id` of `table` can take its own id again (it has
// one, and no row took it meanwhile: another program, a restored copy); `refusal` otherwise.
Status idIsFree(const Database &db, const QString &table, qint64 id, const QString &refusal);
} // namespace PutBack
