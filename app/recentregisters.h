#pragma once

#include <QObject>

class QMenu;

namespace qw {

// File ▸ Open Recent: the registers opened last, newest first, kept in the user's settings
// (unless the window is not persistent, as for screenshots and tests).
class RecentRegisters final : public QObject
{
    Q_OBJECT
public:
    RecentRegisters(QMenu *menu, bool persistent, QObject *parent = nullptr);

    void add(const QString &path);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void updateMenu();

    QMenu *m_menu;
    bool m_persistent;
};

} // namespace qw
