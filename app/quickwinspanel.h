#pragma once

#include <QWidget>

class QListWidget;

namespace qw {

class EntryModel;

// The numbered list of quick wins shown beside the matrix in presentation mode, in large text
// and in the same order (and with the same numbers) as the matrix and the list.
class QuickWinsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit QuickWinsPanel(QWidget *parent = nullptr);

    void refresh(const EntryModel *model);
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace qw
