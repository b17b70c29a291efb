#include "filterbar.h"

#include "dateedits.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace qw {

namespace {

QToolButton *menuButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(new QMenu(button));
    return button;
}

template<typename T>
QList<T> checkedValues(const QToolButton *button)
{
    QList<T> values;
    for (const QAction *action : button->menu()->actions()) {
        if (action->isChecked())
            values.append(T(action->data().toInt()));
    }
    return values;
}

void fillCombo(QComboBox *combo, const QString &any, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(any, QString());
    for (const QString &value : values) {
        if (!value.isEmpty())
            combo->addItem(value, value);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Filter by ID, title, service or owner"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(110);
    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::emitChanged);
    m_text->installEventFilter(this);
    layout->addWidget(m_text, 2);

    m_openOnly = new QCheckBox(tr("&Open only"), this);
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    m_openOnly->setChecked(true);
    m_openOnly->setToolTip(tr("Hide entries that are done, verified or rejected"));
    connect(m_openOnly, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    layout->addWidget(m_openOnly);

    m_status = menuButton(this);
    for (Status s : allStatuses()) {
        QAction *action = m_status->menu()->addAction(statusName(s));
        action->setCheckable(true);
        action->setData(int(s));
        connect(action, &QAction::toggled, this, &FilterBar::emitChanged);
    }
    layout->addWidget(m_status);

    m_category = menuButton(this);
    for (Category c : allCategories()) {
        QAction *action = m_category->menu()->addAction(categoryName(c));
        action->setCheckable(true);
        action->setData(int(c));
        connect(action, &QAction::toggled, this, &FilterBar::emitChanged);
    }
    layout->addWidget(m_category);

    m_service = new QComboBox(this);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_service->setMinimumContentsLength(7);
    connect(m_service, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    layout->addWidget(m_service, 1);
    m_owner = new QComboBox(this);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->setMinimumContentsLength(7);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    layout->addWidget(m_owner, 1);
    setChoices({}, {});

    layout->addWidget(new QLabel(tr("Raised:"), this));
    m_from = DateEdits::create(QDate(), this);
    m_from->setSpecialValueText(tr("any time"));
    m_from->setToolTip(tr("Raised on or after (Delete: any time)"));
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    m_to = DateEdits::create(QDate(), this);
    m_to->setSpecialValueText(tr("any time"));
    m_to->setToolTip(tr("Raised on or before (Delete: any time)"));
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
    layout->addWidget(m_to);

    m_reset = new QToolButton(this);
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Show all open entries again"));
    connect(m_reset, &QToolButton::clicked, this, &FilterBar::reset);
    layout->addWidget(m_reset);
    emitChanged();
}

void FilterBar::setChoices(const QStringList &services, const QStringList &owners)
{
    fillCombo(m_service, tr("All services"), services);
    fillCombo(m_owner, tr("All owners"), owners);
}

void FilterBar::focusSearch()
{
    m_text->setFocus();
    m_text->selectAll();
}

void FilterBar::reset()
{
    const QSignalBlocker b1(m_text), b2(m_openOnly), b3(m_service), b4(m_owner), b5(m_from), b6(m_to);
    m_text->clear();
    m_openOnly->setChecked(true);
    for (QToolButton *button : {m_status, m_category}) {
        for (QAction *action : button->menu()->actions()) {
            const QSignalBlocker blocker(action);
            action->setChecked(false);
        }
    }
    m_service->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
    m_from->setDate(m_from->minimumDate());
    m_to->setDate(m_to->minimumDate());
    emitChanged();
}

void FilterBar::setOpenOnly(bool on)
{
    m_openOnly->setChecked(on);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && !m_text->text().isEmpty()) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                m_text->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::updateButtonText(QToolButton *button, const QString &name, int checked)
{
    button->setText(checked == 0 ? name : tr("%1 (%2)").arg(name).arg(checked));
}

EntryFilter FilterBar::filter() const
{
    EntryFilter f;
    f.text = m_text->text().trimmed();
    f.openOnly = m_openOnly->isChecked();
    f.statuses = checkedValues<Status>(m_status);
    f.categories = checkedValues<Category>(m_category);
    f.service = m_service->currentData().toString();
    f.owner = m_owner->currentData().toString();
    f.raisedFrom = DateEdits::date(m_from);
    f.raisedTo = DateEdits::date(m_to);
    return f;
}

void FilterBar::emitChanged()
{
    const EntryFilter f = filter();
    updateButtonText(m_status, tr("Status"), int(f.statuses.size()));
    updateButtonText(m_category, tr("Category"), int(f.categories.size()));
    m_reset->setEnabled(!f.isDefault());
    Q_EMIT filterChanged(f);
}

} // namespace qw
