#pragma once

#include "models/entryfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace qw {

// The filters the list and the matrix share: free text, open only, status, category, service,
// owner and the range of dates raised. Emits the whole filter whenever any part changes.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    EntryFilter filter() const;
    // The services and owners to offer, from the register's entries.
    void setChoices(const QStringList &services, const QStringList &owners);
    void focusSearch();
    // Open only on or off, as its check box does.
    void setOpenOnly(bool on);
    // Every filter back to its default: all open entries.
    void reset();

protected:
    // Esc in the filter text clears it (before the window's own Esc sees it).
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void filterChanged(const EntryFilter &filter);

private:
    void emitChanged();
    void updateButtonText(QToolButton *button, const QString &name, int checked);

    QLineEdit *m_text;
    QCheckBox *m_openOnly;
    QToolButton *m_status;
    QToolButton *m_category;
    QComboBox *m_service;
    QComboBox *m_owner;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QToolButton *m_reset;
};

} // namespace qw
