#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace qw {

// A band across the top of the window that says what state the register is in (read-only,
// being checked, damaged), with at most one button for what can be done about it.
class NoticeBar final : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    enum class Kind { Information, Warning };
    // An empty text hides the bar; an empty buttonText hides the button.
    void setNotice(Kind kind, const QString &text, const QString &buttonText = {});
    QString text() const;

Q_SIGNALS:
    void buttonClicked();

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace qw
