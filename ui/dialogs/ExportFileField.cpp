#include "ExportFileField.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

ExportFileField::ExportFileField(const QString &fileName, const QString &filter,
                                 const QString &suffix, QWidget *parent)
    : QWidget(parent), m_filter(filter), m_suffix(suffix)
{
    // The documents folder where there is one (a new account may have none yet), else home:
    // the suggested file must be one that can be written as it stands.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QDir folder(!documents.isEmpty() && QFileInfo(documents).isDir() ? documents
                                                                           : QDir::homePath());
    m_path = new QLineEdit(QDir::toNativeSeparators(folder.filePath(fileName)));
    m_path->setObjectName(QStringLiteral("path"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("browse"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_path, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_path);
    // Only on request: the field itself takes a typed path, so no test waits on the chooser.
    connect(m_browse, &QPushButton::clicked, this, &ExportFileField::browse);
}

QString ExportFileField::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ExportFileField::replaceConfirmed() const
{
    return !m_confirmedPath.isEmpty() && QFileInfo(path()).absoluteFilePath() == m_confirmedPath;
}

void ExportFileField::browse()
{
    QFileDialog chooser(this, window()->windowTitle(), m_path->text(), m_filter);
    chooser.setAcceptMode(QFileDialog::AcceptSave);
    chooser.setDefaultSuffix(m_suffix);
    if (chooser.exec() != QDialog::Accepted || chooser.selectedFiles().isEmpty())
        return;
    const QString chosen = chooser.selectedFiles().constFirst();
    m_path->setText(QDir::toNativeSeparators(chosen));
    m_confirmedPath = QFileInfo(chosen).absoluteFilePath();
}
