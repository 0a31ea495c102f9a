#include "ChoiceWithNew.h"

#include "EditDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>

ChoiceWithNew::ChoiceWithNew(QComboBox *choice, const QString &buttonText, QWidget *parent)
    : QWidget(parent), m_choice(choice), m_new(new QPushButton(buttonText))
{
    m_new->setObjectName(choice->objectName() + QStringLiteral("New"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice, 1);
    layout->addWidget(m_new);
    // The form's label names the list; Tab goes from it to the button.
    setFocusProxy(m_choice);
    connect(m_new, &QPushButton::clicked, this, &ChoiceWithNew::newRequested);
}

void ChoiceWithNew::openForm(EditDialog *form, std::function<qint64()> savedId,
                             std::function<void()> refill)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, savedId, refill] {
        refill();
        const int index = m_choice->findData(savedId());
        if (index >= 0)
            m_choice->setCurrentIndex(index);
        m_choice->setFocus();
    });
    form->open();
}
