#pragma once
// The "Network map" section of a family's details: the family's surroundings drawn
// (NetworkMapView), with buttons to add, change and remove people and organisations and to
// save the picture as PNG or PDF for printing. A drag on the picture is a change of its own,
// undoable like the others. Without the command façade it only reads.

#include "Result.h"
#include "domain/NetworkMap.h"

#include <QGroupBox>

class Database;
class EditCommands;
class NetworkMapView;
class QLabel;
class QPushButton;

class NetworkMapPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit NetworkMapPanel(Database &db, QWidget *parent = nullptr);

    void setCommands(EditCommands *commands);

    NetworkMapView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *exportButton() const { return m_export; }

    // Writes the picture with its title to `path`: a PDF when the name ends in .pdf, else a
    // PNG. One sentence when it could not be written.
    Status exportTo(const QString &path) const;

public slots:
    // Reads and draws the family's map; 0 empties the panel. False when reading failed.
    bool showFamily(qint64 familyId, const QString &caseCode = QString());
    void addEntry();
    void editEntry(qint64 id = 0);
    void removeEntry(qint64 id = 0);
    void exportPicture();

signals:
    void failed(const QString &message);

private:
    void moved(const NetworkMapEntry &entry);
    void updateButtons();
    const NetworkMapEntry *entry(qint64 id) const;

    Database &m_db;
    EditCommands *m_commands = nullptr;
    qint64 m_familyId = 0;
    QString m_caseCode;
    NetworkMapView *m_view = nullptr;
    QLabel *m_none = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_export = nullptr;
};
