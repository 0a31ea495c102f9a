#include "ConfidentialNoteStore.h"

#include "Database.h"
#include "SqlValues.h"

Result<bool> ConfidentialNoteStore::mayKeepNotes(qint64 familyId, const CurrentUser &user) const
{
    if (user.kind != CurrentUser::Kind::Worker || user.workerId <= 0)
        return false;
    // Only the trusted person of a duo that carries (or carried) the family: the professional
    // of the same duo is exactly who the family did not tell.
    auto q = m_db.scalar(QStringLiteral("SELECT count(*) FROM assignments a "
                                        "JOIN duos d ON d.id = a.duo_id "
                                        "WHERE a.family_id = ? AND d.trusted_person_id = ?"),
                         {familyId, user.workerId});
    if (!q)
        return q.error();
    return q->toInt() > 0;
}

Status ConfidentialNoteStore::check(const ConfidentialNote &note, const CurrentUser &author) const
{
    if (note.text.trimmed().isEmpty())
        return Error::invalid(tr("A note for the trusted person needs a text."));
    if (!author.isWorker(note.trustedPersonId))
        return Error::refused(tr("Only the trusted person can write their own notes."));
    auto may = mayKeepNotes(note.familyId, author);
    if (!may)
        return may.error();
    if (!may.value())
        return Error::refused(
            tr("%1 is not the trusted person of this family, so cannot keep notes for it.")
                .arg(author.name));
    if (note.visitId > 0) {
        auto family = m_db.scalar(QStringLiteral("SELECT family_id FROM visits WHERE id = ?"),
                                  {note.visitId});
        if (!family)
            return family.error();
        if (family->toLongLong() != note.familyId)
            return Error::invalid(tr("The visit of the note belongs to another family."));
    }
    return {};
}

Result<qint64> ConfidentialNoteStore::insert(const ConfidentialNote &note, qint64 id)
{
    const QDateTime at = note.writtenAt.isValid() ? note.writtenAt : QDateTime::currentDateTime();
    auto q = m_db.insert(
        QStringLiteral("INSERT INTO confidential_notes (id, family_id, visit_id, "
                       "trusted_person_id, written_at, text) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)), note.familyId,
         note.visitId > 0 ? QVariant(note.visitId) : QVariant(QMetaType(QMetaType::LongLong)),
         note.trustedPersonId, SqlValues::dateTime(at), note.text.trimmed()});
    if (!q)
        return q.error();
    return q.value();
}

Result<qint64> ConfidentialNoteStore::add(const ConfidentialNote &note, const CurrentUser &author)
{
    if (Status checked = check(note, author); !checked)
        return checked.error();
    return insert(note, 0);
}

Status ConfidentialNoteStore::remove(qint64 id, const CurrentUser &author)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM confidential_notes WHERE id = ? AND "
                                      "trusted_person_id = ?"),
                       {id, author.kind == CurrentUser::Kind::Worker ? author.workerId : 0});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::refused(tr("Only the trusted person who wrote a note can take it back."));
    return {};
}

Status ConfidentialNoteStore::restore(const ConfidentialNote &note, const CurrentUser &author)
{
    if (Status checked = check(note, author); !checked)
        return checked;
    return m_db.transaction([&]() -> Status {
        auto taken = m_db.scalar(
            QStringLiteral("SELECT count(*) FROM confidential_notes WHERE id = ?"), {note.id});
        if (!taken)
            return taken.error();
        if (note.id <= 0 || taken->toInt() > 0)
            return Error::invalid(tr("The note cannot be put back: another program changed the "
                                     "database in the meantime."));
        auto inserted = insert(note, note.id);
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Result<QList<ConfidentialNote>> ConfidentialNoteStore::forFamily(qint64 familyId,
                                                                 const CurrentUser &asking) const
{
    QList<ConfidentialNote> result;
    // The filter is part of the query, not applied afterwards: other people's notes never
    // leave the database for this user.
    if (asking.kind != CurrentUser::Kind::Worker || asking.workerId <= 0)
        return result;
    auto q = m_db.exec(QStringLiteral("SELECT id, family_id, visit_id, trusted_person_id, "
                                      "written_at, text FROM confidential_notes "
                                      "WHERE family_id = ? AND trusted_person_id = ? "
                                      "ORDER BY written_at DESC, id DESC"),
                       {familyId, asking.workerId});
    if (!q)
        return q.error();
    while (q->next()) {
        ConfidentialNote n;
        n.id = q->value(0).toLongLong();
        n.familyId = q->value(1).toLongLong();
        n.visitId = q->value(2).toLongLong();
        n.trustedPersonId = q->value(3).toLongLong();
        n.writtenAt = SqlValues::toDateTime(q->value(4));
        n.text = q->value(5).toString();
        result << n;
    }
    return result;
}
