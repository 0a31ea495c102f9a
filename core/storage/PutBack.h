#pragma once
// An undo that puts back a row it removed gives the row its own id again, so later steps that
// name it still find it.

#include "Result.h"

#include <QString>

#include <functional>

class Database;

namespace PutBack {
// Inside the undo's transaction: fine when row `id` of `table` can take its own id again (it has
// one, and no row took it meanwhile: another program, a restored copy); `refusal` otherwise.
Status idIsFree(const Database &db, const QString &table, qint64 id, const QString &refusal);

using Check = std::function<Status()>;
using Insert = std::function<Result<qint64>(qint64 id)>; // 0: a new id
// A store's add(): `check`, then `insert(0)`, in one transaction; the new row's id.
Result<qint64> addChecked(Database &db, const Check &check, const Insert &insert);
// A store's restore(), the redo of its add() after the undo: the row with its own id when that
// is free (`refusal` otherwise), checked again, in one transaction.
Status restoreChecked(Database &db, const QString &table, qint64 id, const QString &refusal,
                      const Check &check, const Insert &insert);
} // namespace PutBack
