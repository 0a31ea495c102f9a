#include "SenderCheck.h"

#include "MessageBox.h"
#include "exchange/KnownSenders.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

SenderCheck::Trust SenderCheck::of(const PackageManifest &manifest)
{
    if (!manifest.isSigned())
        return Trust::Unsigned;
    return KnownSenders::load().contains(manifest.signer.fingerprint) ? Trust::Known
                                                                      : Trust::Stranger;
}

std::optional<SenderCheck::Trust> SenderCheck::confirm(QWidget *parent, const QString &name,
                                                       const PackageManifest &manifest)
{
    const Trust trust = of(manifest);
    if (trust != Trust::Stranger)
        return trust;
    const QString text =
        tr("The package \"%1\" is intact, but it is signed by a key this computer does not "
           "know:\n\n%2\n\nAsk the sender (by phone, say) whether this is their key before you "
           "trust it. Anyone can make a package and sign it with a key of their own.")
            .arg(name, SupervisionPackage::signerText(manifest.signer));
    const QMessageBox::StandardButton answer =
        MessageBox::choose(parent, QMessageBox::Warning, tr("Unknown Sender"), text,
                           {{QMessageBox::Yes, tr("&Trust This Sender")},
                            {QMessageBox::Ignore, tr("Open &Once")},
                            {QMessageBox::Cancel, tr("Do &Not Open")}},
                           QMessageBox::Cancel);
    if (answer == QMessageBox::Ignore)
        return Trust::Stranger;
    if (answer != QMessageBox::Yes)
        return std::nullopt;
    const PackageSigner &signer = manifest.signer;
    const QString who =
        signer.organisation.isEmpty()
            ? signer.databaseName
            : QStringLiteral("%1, %2").arg(signer.organisation, signer.databaseName);
    if (Status kept = KnownSenders::remember(signer.fingerprint, who); !kept)
        MessageBox::critical(parent, tr("Unknown Sender"), kept.message());
    return Trust::Known;
}

QFrame *SenderCheck::banner(const PackageManifest &manifest)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("senderBanner"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel;
    auto *text = new QLabel;
    text->setObjectName(QStringLiteral("senderText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxWarning;
    switch (of(manifest)) {
    case Trust::Known:
        pixmap = QStyle::SP_DialogApplyButton;
        text->setText(tr("Signed by %1.").arg(SupervisionPackage::signerText(manifest.signer)));
        break;
    case Trust::Stranger:
        text->setText(tr("Unknown sender: signed by a key this computer does not know (%1). Its "
                         "figures are only as good as your trust in whoever sent it.")
                          .arg(SupervisionPackage::signerText(manifest.signer)));
        break;
    case Trust::Unsigned:
        text->setText(tr("Unsigned: an older package (format %1). Its hashes match, but anyone "
                         "with the file could have changed it and recomputed them.")
                          .arg(manifest.formatVersion));
        break;
    }
    const int size = frame->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(frame->style()->standardIcon(pixmap).pixmap(size, size));
    text->setAccessibleName(text->text());
    auto *layout = new QHBoxLayout(frame);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    return frame;
}
