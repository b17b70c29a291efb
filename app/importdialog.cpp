#include "importdialog.h"

#include "recentfolders.h"
#include "domain/personaldata.h"
#include "screenfit.h"
#include "backgroundtask.h"
#include "document/registerdocument.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTableWidget>
#include <QVBoxLayout>

#include <atomic>

namespace qw {

namespace {

// The whole file is read on a worker thread, against a reader of the window's register of its
// own (RegisterDocument::openReader()). How many rows are new, updated or already there is
// counted against the register too.
template<typename Counts>
InteractionImport::Plan readInBackground(QWidget *parent, const RegisterDocument *target,
                                         const ImportInput &input, const ImportOptions &options, Counts *counts)
{
    InteractionImport::Plan plan;
    *counts = {};
    BackgroundTask::run(parent, ImportDialog::tr("Reading the export…"), [&](const BackgroundTask::Progress &progress) {
        QString error;
        auto document = target->openReader(&error);
        plan = InteractionImport::read(input, options, document.get(), progress);
        for (const Interaction &i : std::as_const(plan.interactions)) {
            const std::optional<Interaction> known = document ? document->findImported(i) : std::nullopt;
            if (!known)
                ++counts->added;
            else if (importedFieldsDiffer(*known, i))
                ++counts->updated;
            else
                ++counts->unchanged;
        }
    });
    return plan;
}

} // namespace

ImportDialog::ImportDialog(RegisterDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_file(new QLabel(this)), m_summary(new QLabel(this)),
      m_dateOrder(new QComboBox(this)), m_encoding(new QComboBox(this)),
      m_poorOnly(new QCheckBox(tr("Import &only the poor responses"), this)),
      m_skipBadRows(new QCheckBox(tr("&Leave bad rows out and import the rest"), this)),
      m_preview(new QTableWidget(this)), m_problems(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Interactions"));
    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    auto *choose = new QPushButton(tr("&Choose File…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    // Every decision stays readable: the preview and the problems give up room first.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *mapping = new QGroupBox(tr("Columns"), this);
    auto *grid = new QGridLayout(mapping);
    int i = 0;
    for (ImportField field : allImportFields()) {
        auto *combo = new QComboBox(mapping);
        combo->setObjectName(importFieldKey(field));
        connect(combo, &QComboBox::activated, this, &ImportDialog::refreshPreview);
        m_fields.insert(field, combo);
        auto *label = new QLabel(importFieldLabel(field) + QLatin1Char(':'), mapping);
        label->setBuddy(combo);
        grid->addWidget(label, i / 3, (i % 3) * 2);
        grid->addWidget(combo, i / 3, (i % 3) * 2 + 1);
        ++i;
    }
    m_dateOrder->addItem(tr("Dates: as the file shows"), int(ValueParsing::DateOrder::Undecided));
    m_dateOrder->addItem(tr("Dates: day first (29/2/2016)"), int(ValueParsing::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Dates: month first (2/29/2016)"), int(ValueParsing::DateOrder::MonthFirst));
    connect(m_dateOrder, &QComboBox::activated, this, &ImportDialog::refreshPreview);
    grid->addWidget(m_dateOrder, 4, 0, 1, 2);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Encoding: detected"), QString());
    for (const char *name : {"UTF-8", "windows-1252", "ISO-8859-15", "UTF-16LE", "UTF-16BE", "windows-1250",
                             "windows-1251", "windows-1254", "Shift_JIS"})
        m_encoding->addItem(tr("Encoding: %1").arg(QLatin1String(name)), QString::fromLatin1(name));
    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::refreshPreview);
    grid->addWidget(m_encoding, 4, 2, 1, 2);
    connect(m_poorOnly, &QCheckBox::toggled, this, &ImportDialog::refreshPreview);
    grid->addWidget(m_poorOnly, 5, 0, 1, 3);
    connect(m_skipBadRows, &QCheckBox::toggled, this, &ImportDialog::refreshPreview);
    grid->addWidget(m_skipBadRows, 5, 3, 1, 3);
    layout->addWidget(mapping);

    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false); // Tab goes on to the next field; the arrows move in the table
    m_preview->verticalHeader()->hide();
    layout->addWidget(new QLabel(tr("First rows as they will be imported:"), this));
    layout->addWidget(m_preview, 2);
    layout->addWidget(new QLabel(tr("Problems:"), this));
    m_problems->setObjectName(QStringLiteral("problems"));
    layout->addWidget(m_problems, 1);

    QPushButton *importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importNow())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    m_file->setText(tr("Choose the export (CSV or Excel) of your service desk tool's satisfaction survey."));
    ScreenFit::resize(this, QSize(980, 720));
}

void ImportDialog::setPersonalDataHidden()
{
    m_personalDataHidden = true;
    refreshPreview();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Interactions"),
                                                      RecentFolders::start(RecentFolders::Kind::Imports),
                                                      tr("Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    RecentFolders::remember(RecentFolders::Kind::Imports, path);
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString &path)
{
    QString error;
    const std::optional<ImportInput> input = ImportInput::fromFile(path, &error);
    if (!input) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    m_input = *input;
    m_file->setText(QDir::toNativeSeparators(path));
    // First read with the automatic mapping; the combos then show it and can correct it.
    for (QComboBox *combo : std::as_const(m_fields))
        combo->clear();
    m_header.clear();
    refreshPreview();
    return m_report.error.isEmpty();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.poorOnly = m_poorOnly->isChecked();
    o.skipBadRows = m_skipBadRows->isChecked();
    o.encoding = m_encoding->currentData().toString();
    o.dateOrder = ValueParsing::DateOrder(m_dateOrder->currentData().toInt());
    if (!m_header.isEmpty()) {
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            const int column = it.value()->currentData().toInt();
            o.mappings << importFieldKey(it.key()) + QLatin1Char('=')
                              + (column > 0 ? QString::number(column) : QString());
        }
    }
    return o;
}

void ImportDialog::refreshPreview()
{
    if (m_input.path.isEmpty() && m_input.bytes.isEmpty())
        return;
    const InteractionImport::Plan plan = readInBackground(this, m_document, m_input, options(), &m_counts);
    m_report = plan.report;
    if (m_header.isEmpty() && m_report.error.isEmpty()) {
        m_header = plan.header;
        // Show the mapping the reader chose: "ticket=number;date=opened_at" (or a column's number).
        QHash<QString, QString> chosen;
        for (const QString &pair : m_report.mapping.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            chosen.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            QComboBox *combo = it.value();
            combo->addItem(tr("(not imported)"), 0);
            for (qsizetype c = 0; c < m_header.size(); ++c)
                combo->addItem(tr("%1: %2").arg(c + 1).arg(m_header.at(c)), int(c + 1));
            const QString column = chosen.value(importFieldKey(it.key()));
            bool isNumber = false;
            const int number = column.toInt(&isNumber);
            const int index = column.isEmpty() ? 0
                : isNumber && !m_header.contains(column) ? number
                : int(m_header.indexOf(column)) + 1;
            combo->setCurrentIndex(std::max(0, index));
        }
    }

    m_problems->clear();
    for (const ImportProblem &p : std::as_const(m_report.rejected))
        m_problems->addItem(tr("Line %1: rejected: %2").arg(p.line).arg(p.message));
    for (const ImportProblem &p : std::as_const(m_report.leftOut))
        m_problems->addItem(tr("Line %1: left out: %2").arg(p.line).arg(p.message));
    for (const ImportProblem &p : std::as_const(m_report.warnings))
        m_problems->addItem(p.line > 0 ? tr("Line %1: %2").arg(p.line).arg(p.message) : p.message);

    if (!m_report.error.isEmpty()) {
        m_summary->setText(m_report.error);
    } else {
        QStringList lines = m_report.decisions();
        lines << tr("Rows: %1; new, to import: %2; already there, to update: %3; already there as they are: %4; "
                    "not poor, left out: %5; bad rows: %6.")
                     .arg(m_report.rowsRead).arg(m_counts.added).arg(m_counts.updated)
                     .arg(m_counts.unchanged + m_report.duplicates).arg(m_report.notPoor)
                     .arg(m_report.rejected.size() + m_report.leftOut.size());
        m_summary->setText(lines.join(QLatin1Char('\n')));
    }

    // Every field an interaction has, so that a corrected mapping can be checked here.
    const QStringList columns{tr("When"), tr("Ticket"), tr("Channel"), tr("Service"), tr("Team"), tr("Agent"),
                              tr("Satisfaction"), tr("Reason"), tr("Comment"), tr("Customer"), tr("Repeat contact")};
    m_preview->clear();
    m_preview->setColumnCount(int(columns.size()));
    m_preview->setHorizontalHeaderLabels(columns);
    const int shown = int(std::min<qsizetype>(plan.interactions.size(), 50));
    m_preview->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const Interaction &i = plan.interactions.at(row);
        const auto shown = [&](const QString &text) {
            return m_personalDataHidden ? PersonalData::masked(text, i.customer) : text;
        };
        const QString comment = shown(i.comment).simplified();
        const QStringList cells{QLocale().toString(i.occurredAt.toLocalTime(), QLocale::ShortFormat), i.ticket,
                                channelName(i.channel), i.service, i.team, i.agent,
                                i.hasScore() ? scoreText(i.scale, i.score) : tr("no score"), shown(i.reason),
                                comment.size() > 120 ? comment.left(119) + QStringLiteral("…") : comment,
                                m_personalDataHidden && !i.customer.isEmpty() ? PersonalData::hiddenCustomer() : i.customer,
                                i.repeatContact ? tr("Repeat") : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 8)
                item->setToolTip(shown(i.comment));
            m_preview->setItem(row, c, item);
        }
    }
    m_preview->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    const bool importable = m_report.ok() && m_counts.added + m_counts.updated > 0;
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(importable);
    }
}

bool ImportDialog::importNow()
{
    const ImportOptions o = options();
    // Read on a thread of its own and written by the window's own document on this thread, a
    // batch at a time, the progress dialog and the window's events kept going between batches.
    std::atomic<int> permille{0};
    std::atomic<bool> cancelled{false};
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    connect(&progress, &QProgressDialog::canceled, this, [&] { cancelled = true; });
    const ImportReport report = InteractionImport::run(
        m_document, m_input, o,
        [&](double fraction) {
            permille = int(fraction * 1000);
            // The first pass over the export (its header, dates and scores) runs on this
            // thread: the dialog and the window are kept going from here then.
            if (QThread::currentThread() == thread()) {
                progress.setValue(permille.load());
                QCoreApplication::processEvents();
            }
            return !cancelled.load();
        },
        true,
        [&] {
            progress.setValue(permille.load());
            QCoreApplication::processEvents();
        });
    progress.reset();
    // Triage counts the new rows in now, once, rather than when its tab is next shown.
    if (report.ok())
        m_document->countNewIntoTriage();
    m_report = report;
    if (report.cancelled) {
        QMessageBox::information(this, windowTitle(), tr("The import was cancelled; nothing was imported."));
        return false;
    }
    if (!report.ok()) {
        QMessageBox::warning(this, windowTitle(), report.error.isEmpty()
                                                      ? tr("Some rows were rejected; nothing was imported.")
                                                      : report.error);
        return false;
    }
    return true;
}

} // namespace qw
