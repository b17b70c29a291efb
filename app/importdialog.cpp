#include "importdialog.h"

#include "backgroundtask.h"
#include "document/registerdocument.h"

#include <QCheckBox>
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
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qw {

namespace {

QString fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Ticket: return ImportDialog::tr("Ticket");
    case ImportField::Date: return ImportDialog::tr("Date");
    case ImportField::Channel: return ImportDialog::tr("Channel");
    case ImportField::Service: return ImportDialog::tr("Service");
    case ImportField::Team: return ImportDialog::tr("Team");
    case ImportField::Agent: return ImportDialog::tr("Agent");
    case ImportField::Score: return ImportDialog::tr("Satisfaction");
    case ImportField::Reason: return ImportDialog::tr("Reason");
    case ImportField::Comment: return ImportDialog::tr("Comment");
    case ImportField::Customer: return ImportDialog::tr("Customer");
    case ImportField::Repeat: return ImportDialog::tr("Repeat contact");
    }
    return {};
}

// The whole file is read on a worker thread, against a connection of its own.
InteractionImport::Plan readInBackground(QWidget *parent, const QString &registerPath,
                                         const QByteArray &bytes, const ImportOptions &options)
{
    InteractionImport::Plan plan;
    BackgroundTask::run(parent, ImportDialog::tr("Reading the export…"), [&](const BackgroundTask::Progress &progress) {
        QString error;
        auto document = RegisterDocument::open(registerPath, &error, true);
        plan = InteractionImport::read(bytes, options, document.get(), progress);
    });
    return plan;
}

} // namespace

ImportDialog::ImportDialog(const QString &registerPath, QWidget *parent)
    : QDialog(parent), m_registerPath(registerPath), m_file(new QLabel(this)), m_summary(new QLabel(this)),
      m_dateOrder(new QComboBox(this)), m_all(new QCheckBox(tr("Import &all responses, not only the poor ones"), this)),
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
    layout->addWidget(m_summary);

    auto *mapping = new QGroupBox(tr("Columns"), this);
    auto *grid = new QGridLayout(mapping);
    int i = 0;
    for (ImportField field : allImportFields()) {
        auto *combo = new QComboBox(mapping);
        combo->setObjectName(importFieldKey(field));
        connect(combo, &QComboBox::activated, this, &ImportDialog::refreshPreview);
        m_fields.insert(field, combo);
        auto *label = new QLabel(fieldLabel(field) + QLatin1Char(':'), mapping);
        label->setBuddy(combo);
        grid->addWidget(label, i / 3, (i % 3) * 2);
        grid->addWidget(combo, i / 3, (i % 3) * 2 + 1);
        ++i;
    }
    m_dateOrder->addItem(tr("Dates: as the file shows"), int(ValueParsing::DateOrder::Undecided));
    m_dateOrder->addItem(tr("Dates: day first (29/2/2016)"), int(ValueParsing::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Dates: month first (2/29/2016)"), int(ValueParsing::DateOrder::MonthFirst));
    connect(m_dateOrder, &QComboBox::activated, this, &ImportDialog::refreshPreview);
    grid->addWidget(m_dateOrder, 4, 0, 1, 3);
    connect(m_all, &QCheckBox::toggled, this, &ImportDialog::refreshPreview);
    grid->addWidget(m_all, 4, 3, 1, 3);
    layout->addWidget(mapping);

    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
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
    m_file->setText(tr("Choose the CSV export of your service desk tool's satisfaction survey."));
    resize(980, 720);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Interactions"), QDir::homePath(),
                                                      tr("Exports (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, windowTitle(), tr("“%1” cannot be read: %2")
                                                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_path = path;
    m_bytes = file.readAll();
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
    o.allResponses = m_all->isChecked();
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
    if (m_bytes.isEmpty())
        return;
    const InteractionImport::Plan plan = readInBackground(this, m_registerPath, m_bytes, options());
    m_report = plan.report;
    if (m_header.isEmpty() && m_report.error.isEmpty()) {
        m_header = plan.header;
        // Show the mapping the reader chose: "ticket=number;date=opened_at".
        QHash<QString, QString> chosen;
        for (const QString &pair : m_report.mapping.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            chosen.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            QComboBox *combo = it.value();
            combo->addItem(tr("(not imported)"), 0);
            for (qsizetype c = 0; c < m_header.size(); ++c)
                combo->addItem(m_header.at(c), int(c + 1));
            const QString column = chosen.value(importFieldKey(it.key()));
            combo->setCurrentIndex(column.isEmpty() ? 0 : std::max(0, int(m_header.indexOf(column)) + 1));
        }
    }

    m_problems->clear();
    for (const ImportProblem &p : std::as_const(m_report.rejected))
        m_problems->addItem(tr("Line %1: rejected: %2").arg(p.line).arg(p.message));
    for (const ImportProblem &p : std::as_const(m_report.warnings))
        m_problems->addItem(p.line > 0 ? tr("Line %1: %2").arg(p.line).arg(p.message) : p.message);

    if (!m_report.error.isEmpty()) {
        m_summary->setText(m_report.error);
    } else {
        const QString delimiter = m_report.delimiter == QLatin1Char('\t') ? tr("tab")
            : m_report.delimiter == QLatin1Char(';') ? tr("semicolon") : tr("comma");
        m_summary->setText(tr("%1 text, %2-separated, recognised as %3. Rows: %4; to import: %5; "
                              "not poor, left out: %6; rejected: %7.")
                               .arg(m_report.encoding, delimiter, exportSourceName(m_report.source))
                               .arg(m_report.rowsRead).arg(plan.interactions.size())
                               .arg(m_report.notPoor).arg(m_report.rejected.size()));
    }

    const QStringList columns{tr("When"), tr("Ticket"), tr("Service"), tr("Satisfaction"), tr("Reason"), tr("Customer")};
    m_preview->clear();
    m_preview->setColumnCount(int(columns.size()));
    m_preview->setHorizontalHeaderLabels(columns);
    const int shown = int(std::min<qsizetype>(plan.interactions.size(), 50));
    m_preview->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const Interaction &i = plan.interactions.at(row);
        const QStringList cells{QLocale().toString(i.occurredAt.toLocalTime(), QLocale::ShortFormat), i.ticket, i.service,
                                i.hasScore() ? scoreText(i.scale, i.score) : tr("no score"), i.reason, i.customer};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_preview->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    const bool importable = m_report.ok() && !plan.interactions.isEmpty();
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(importable);
    }
}

bool ImportDialog::importNow()
{
    const ImportOptions o = options();
    ImportReport report;
    BackgroundTask::run(this, tr("Importing…"), [&](const BackgroundTask::Progress &progress) {
        QString error;
        auto document = RegisterDocument::open(m_registerPath, &error);
        if (!document) {
            report.error = error;
            return;
        }
        report = InteractionImport::run(document.get(), m_bytes, o, progress);
        // Triage counts the new rows in here, on this thread, rather than on the window's
        // when its tab is next shown.
        if (report.ok())
            document->countNewIntoTriage();
    });
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
