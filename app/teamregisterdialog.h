#pragma once

#include "domain/registerlocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qw {

// File ▸ Open Team Register and File ▸ Copy Register To a Team Register: where a register on a
// PostgreSQL server is (server, port, database, user), its password, asked here and never kept
// in QuickWins' settings or the register (kept, if the user wants, in the desktop's keyring:
// Keyring), and whether the connection must be encrypted. What is remembered of it for next
// time is the address without the password.
class TeamRegisterDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Open, CopyTo };
    // address: what to show first (the last one used, or one that asked for a password).
    TeamRegisterDialog(Purpose purpose, const RegisterLocation::ServerAddress &address, QWidget *parent = nullptr);

    // The address as entered, its password with it (to open, never to show).
    RegisterLocation::ServerAddress address() const;
    bool keepPassword() const; // in the keyring
    // A password the keyring held for the address shown: put in its field, as dots.
    void setKeptPassword(const QString &password);
    // Why the dialog is shown again (the server refused the password, say).
    void setProblem(const QString &problem);

private:
    void updateAcceptable();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QComboBox *m_encryption;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QList<std::pair<QString, QString>> m_otherOptions; // of the address given, kept as they were
};

} // namespace qw
