#include "teamregisterdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qw {

TeamRegisterDialog::TeamRegisterDialog(Purpose purpose, const RegisterLocation::ServerAddress &address, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(purpose == Purpose::Open ? tr("Open Team Register") : tr("Copy Register to a Team Register"));
    auto *intro = new QLabel(purpose == Purpose::Open
                                 ? tr("A register the whole team shares, kept in a database on a PostgreSQL server. "
                                      "Its administrator tells you the server, the database and your user.")
                                 : tr("Everything in this register (history, snapshots, reviews, imports) is copied "
                                      "to a database on a PostgreSQL server that holds no register yet."),
                             this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(address.host, this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(address.port > 0 ? address.port : 5432);
    m_database = new QLineEdit(address.database, this);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(address.user.isEmpty() ? qEnvironmentVariable("USER") : address.user, this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(address.password, this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("if the server asks for one"));
    m_keep = new QCheckBox(tr("&Keep the password in the desktop's keyring"), this);
    m_keep->setObjectName(QStringLiteral("keepPassword"));
    m_encryption = new QComboBox(this);
    m_encryption->setObjectName(QStringLiteral("encryption"));
    // libpq's sslmode, as people would choose it.
    m_encryption->addItem(tr("If the server offers it"), QStringLiteral("prefer"));
    m_encryption->addItem(tr("Required"), QStringLiteral("require"));
    m_encryption->addItem(tr("Required, and the server's certificate checked"), QStringLiteral("verify-full"));
    for (const auto &[key, value] : address.options) {
        if (key == QLatin1String("sslmode") && m_encryption->findData(value) >= 0)
            m_encryption->setCurrentIndex(m_encryption->findData(value));
        else
            m_otherOptions.append({key, value});
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_keep);
    form->addRow(tr("&Encryption:"), m_encryption);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(purpose == Purpose::Open ? tr("&Open") : tr("&Copy"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &TeamRegisterDialog::updateAcceptable);
    updateAcceptable();
    (m_host->text().isEmpty() ? m_host : m_database->text().isEmpty() ? m_database : m_password)->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void TeamRegisterDialog::updateAcceptable()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_host->text().trimmed().isEmpty()
                                                        && !m_database->text().trimmed().isEmpty()
                                                        && !m_user->text().trimmed().isEmpty());
}

RegisterLocation::ServerAddress TeamRegisterDialog::address() const
{
    RegisterLocation::ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    address.options = m_otherOptions;
    const QString sslmode = m_encryption->currentData().toString();
    if (sslmode != QLatin1String("prefer"))
        address.options.append({QStringLiteral("sslmode"), sslmode});
    return address;
}

bool TeamRegisterDialog::keepPassword() const
{
    return m_keep->isChecked() && !m_password->text().isEmpty();
}

void TeamRegisterDialog::setKeptPassword(const QString &password)
{
    if (!m_password->text().isEmpty())
        return;
    m_password->setText(password);
    m_keep->setChecked(true);
}

void TeamRegisterDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        m_password->setFocus();
}

} // namespace qw
