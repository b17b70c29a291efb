#include "startpanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace qw {

StartPanel::StartPanel(QWidget *parent)
    : QFrame(parent),
      m_import(new QPushButton(tr("&Import a Satisfaction Export…"), this)),
      m_log(new QPushButton(tr("&Log an Interaction…"), this)),
      m_demo(new QPushButton(tr("Open the &Demonstration Register"), this))
{
    setObjectName(QStringLiteral("startPanel"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *heading = new QLabel(tr("This register is empty"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    auto *what = new QLabel(tr("Every poor customer interaction is evidence. Entries are the improvements it calls "
                               "for, each scored on impact and effort; the matrix then puts each entry where its "
                               "scores place it, and the quick wins (high impact, low effort) at the top left come "
                               "first."),
                            this);
    what->setObjectName(QStringLiteral("startSentence"));
    what->setWordWrap(true);
    auto *start = new QLabel(tr("Start with the evidence you have:"), this);
    auto *more = new QLabel(tr("Help ▸ Getting Started explains the whole cycle; Help ▸ Keyboard Shortcuts lists "
                               "every key."),
                            this);
    more->setWordWrap(true);

    m_import->setObjectName(QStringLiteral("startImport"));
    m_import->setToolTip(tr("Every response of your service desk tool's survey export (CSV or Excel)"));
    m_log->setObjectName(QStringLiteral("startLog"));
    m_log->setToolTip(tr("One poor interaction, typed in as it is reported"));
    m_demo->setObjectName(QStringLiteral("startDemo"));
    m_demo->setToolTip(tr("A year of an IT service desk's survey responses and improvements, in a register of "
                          "its own"));
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &StartPanel::importRequested);
    connect(m_log, &QPushButton::clicked, this, &StartPanel::logRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPanel::demoRequested);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(heading);
    column->addWidget(what);
    column->addSpacing(8);
    column->addWidget(start);
    for (QPushButton *button : {m_import, m_log, m_demo}) {
        button->setMinimumHeight(button->sizeHint().height() + 8);
        column->addWidget(button);
    }
    column->addSpacing(8);
    column->addWidget(more);

    // A readable column in the middle, however wide the window.
    auto *holder = new QWidget(this);
    holder->setLayout(column);
    holder->setMaximumWidth(560);
    holder->setMinimumWidth(360);
    auto *across = new QHBoxLayout;
    across->addStretch(1);
    across->addWidget(holder, 4);
    across->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(across);
    outer->addStretch(2);
    setTabOrder(m_import, m_log);
    setTabOrder(m_log, m_demo);
}

void StartPanel::setWritable(bool writable)
{
    m_import->setEnabled(writable);
    m_log->setEnabled(writable);
}

} // namespace qw
