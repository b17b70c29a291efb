#pragma once

#include <QFrame>

class QPushButton;

namespace qw {

// What an empty register shows instead of an empty matrix: the three ways in, and what the
// matrix will show once there is something in it.
class StartPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit StartPanel(QWidget *parent = nullptr);

    // Importing and logging need a register that can be written.
    void setWritable(bool writable);

Q_SIGNALS:
    void importRequested();
    void logRequested();
    void demoRequested();

private:
    QPushButton *m_import;
    QPushButton *m_log;
    QPushButton *m_demo;
};

} // namespace qw
