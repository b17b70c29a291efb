#include "reviewdialogs.h"

#include "document/registerdocument.h"
#include "domain/personaldata.h"
#include "review/minutes.h"

#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace qw {

StartReviewDialog::StartReviewDialog(const QList<ReviewItem> &agenda, const QStringList &knownAttendees, QWidget *parent)
    : QDialog(parent), m_items(agenda)
{
    setWindowTitle(tr("Start Review"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_attendees = new QLineEdit(this);
    m_attendees->setObjectName(QStringLiteral("attendees"));
    m_attendees->setPlaceholderText(tr("Names, separated by semicolons"));
    // Completes the name being typed (after the last semicolon) from earlier reviews.
    auto *completer = new QCompleter(knownAttendees, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setWidget(m_attendees);
    connect(m_attendees, &QLineEdit::textEdited, this, [this, completer](const QString &text) {
        const QString last = text.section(QLatin1Char(';'), -1).trimmed();
        if (last.size() < 1)
            return;
        completer->setCompletionPrefix(last);
        completer->complete();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &name) {
        QStringList parts = m_attendees->text().split(QLatin1Char(';'));
        parts.last() = QLatin1Char(' ') + name;
        m_attendees->setText(parts.join(QLatin1Char(';')).trimmed() + QStringLiteral("; "));
    });
    auto *attendeesLabel = new QLabel(tr("&Attendees:"), this);
    attendeesLabel->setBuddy(m_attendees);
    form->addRow(attendeesLabel, m_attendees);
    layout->addLayout(form);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    auto *agendaLabel = new QLabel(tr("A&genda, built from the register (untick what the team will not discuss):"), this);
    layout->addWidget(agendaLabel);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("startAgenda"));
    m_list->setWordWrap(true);
    agendaLabel->setBuddy(m_list);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *up = new QPushButton(tr("&Up"), this);
    auto *down = new QPushButton(tr("&Down"), this);
    auto *add = new QPushButton(tr("A&dd…"), this);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addWidget(add);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    const auto move = [this](int by) {
        const int from = m_list->currentRow();
        const int to = from + by;
        if (from < 0 || to < 0 || to >= m_items.size())
            return;
        for (int i = 0; i < m_list->count() && i < m_items.size(); ++i)
            m_items[i].skipped = m_list->item(i)->checkState() != Qt::Checked;
        m_items.move(from, to);
        fill();
        m_list->setCurrentRow(to);
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Add to the Agenda"), tr("What the team is to discuss:"),
                                                   QLineEdit::Normal, {}, &ok).simplified();
        if (!ok || text.isEmpty())
            return;
        for (int i = 0; i < m_list->count() && i < m_items.size(); ++i)
            m_items[i].skipped = m_list->item(i)->checkState() != Qt::Checked;
        ReviewItem item;
        item.kind = AgendaKind::Added;
        item.title = text;
        item.detail = tr("added before the review");
        m_items.append(item);
        fill();
        m_list->setCurrentRow(m_list->count() - 1);
    });

    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    box->addButton(tr("&Start Review"), QDialogButtonBox::AcceptRole);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    fill();
    resize(640, 480);
}

void StartReviewDialog::fill()
{
    m_list->clear();
    AgendaKind part = AgendaKind::Added;
    bool first = true;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const ReviewItem &item = m_items.at(i);
        const bool newPart = first || item.kind != part;
        auto *row = new QListWidgetItem(
            (newPart ? agendaKindName(item.kind).toUpper() + QLatin1Char('\n') : QString())
                // On the shared screen: addresses and phone numbers in a title masked.
                + QStringLiteral("%1. %2 — %3").arg(i + 1).arg(PersonalData::masked(item.title),
                                                                PersonalData::masked(item.detail)),
            m_list);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(item.skipped ? Qt::Unchecked : Qt::Checked);
        part = item.kind;
        first = false;
    }
    if (m_items.isEmpty())
        new QListWidgetItem(tr("Nothing is waiting for a review: no open action, no new evidence, no new entry, "
                               "no quick win waiting, nothing stale or to verify."), m_list);
}

void StartReviewDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QStringList StartReviewDialog::attendees() const
{
    QStringList names;
    for (const QString &part : m_attendees->text().split(QLatin1Char(';'))) {
        const QString name = part.simplified();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

QList<ReviewItem> StartReviewDialog::items() const
{
    QList<ReviewItem> items = m_items;
    for (int i = 0; i < m_list->count() && i < items.size(); ++i)
        items[i].skipped = m_list->item(i)->checkState() != Qt::Checked;
    return items;
}

PastReviewsDialog::PastReviewsDialog(const RegisterDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Past Reviews"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("pastReviews"));
    m_minutes = new QTextBrowser(splitter);
    m_minutes->setObjectName(QStringLiteral("pastMinutes"));
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    for (const Review &r : document->reviews().value_or(QList<Review>())) {
        if (r.isRunning())
            continue;
        m_reviews.append(r);
        new QListWidgetItem(tr("Review of %1 (number %2)\n%n attendee(s)", nullptr, int(r.attendees.size()))
                                .arg(meetingDay(r.startedAt.toLocalTime().date()))
                                .arg(r.id),
                            m_list);
    }
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = box->addButton(tr("&Copy for E-mail"), QDialogButtonBox::ActionRole);
    QPushButton *save = box->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    const auto chosen = [this]() -> const Review * {
        const int row = m_list->currentRow();
        return row >= 0 && row < m_reviews.size() ? &m_reviews.at(row) : nullptr;
    };
    connect(copy, &QPushButton::clicked, this, [chosen] {
        const Review *r = chosen();
        if (!r)
            return;
        QTextDocument text;
        text.setMarkdown(r->minutes);
        auto *mime = new QMimeData;
        mime->setHtml(text.toHtml());
        mime->setText(r->minutes);
        QApplication::clipboard()->setMimeData(mime);
    });
    connect(save, &QPushButton::clicked, this, [this, chosen] {
        const Review *r = chosen();
        if (!r)
            return;
        const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + tr("Minutes %1").arg(r->startedAt.toLocalTime().date().toString(Qt::ISODate)) + QStringLiteral(".pdf");
        QString filter = tr("PDF (*.pdf)");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Minutes"), start,
                                                          tr("PDF (*.pdf);;Markdown (*.md);;HTML (*.html)"), &filter);
        if (path.isEmpty())
            return;
        QString error;
        if (!Minutes::save(r->minutes, tr("Minutes of the %1").arg(r->name()), path, m_document->filePath(), &error))
            QMessageBox::warning(this, tr("Export Minutes"), error);
    });
    copy->setEnabled(!m_reviews.isEmpty());
    save->setEnabled(!m_reviews.isEmpty());
    connect(m_list, &QListWidget::currentRowChanged, this, &PastReviewsDialog::showMinutes);
    if (m_reviews.isEmpty())
        m_minutes->setPlainText(tr("No review has ended in this register yet: Meeting ▸ Start Review… holds one."));
    else
        m_list->setCurrentRow(0);
    resize(900, 600);
}

void PastReviewsDialog::showMinutes(int row)
{
    if (row >= 0 && row < m_reviews.size())
        m_minutes->setMarkdown(m_reviews.at(row).minutes);
}

} // namespace qw
