#include "helpdialogs.h"

#include "screenfit.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qw::HelpDialogs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qw::HelpDialogs", text);
}

QString plain(QString text)
{
    // "&Open Register…" as a person reads it: "Open Register".
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(QChar(u'…'));
    return text.trimmed();
}

void addMenu(QTreeWidget *tree, QTreeWidgetItem *group, const QMenu *menu, const QString &prefix)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(tree, group, action->menu(), prefix + plain(action->text()) + QStringLiteral(" ▸ "));
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        auto *item = new QTreeWidgetItem(group, {prefix + plain(action->text()), keys.join(tr(" or "))});
        item->setData(0, Qt::UserRole, QVariant::fromValue(static_cast<QObject *>(action)));
    }
    Q_UNUSED(tree);
}

QDialog *dialogWith(QWidget *parent, const QString &title, QWidget *body, QSize preferred)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    body->setParent(dialog);
    layout->addWidget(body);
    layout->addWidget(buttons);
    ScreenFit::resize(dialog, preferred);
    return dialog;
}

} // namespace

void showShortcuts(QMainWindow *window)
{
    auto *tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("shortcutList"));
    tree->setHeaderLabels({tr("Command"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::StrongFocus);
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        auto *group = new QTreeWidgetItem(tree, {plain(top->text())});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        addMenu(tree, group, top->menu(), QString());
        if (group->childCount() == 0)
            delete group;
    }
    // Keys that are not in a menu: they belong to a view or a field.
    auto *views = new QTreeWidgetItem(tree, {tr("In the views and fields")});
    views->setFirstColumnSpanned(true);
    QFont bold = views->font(0);
    bold.setBold(true);
    views->setFont(0, bold);
    const std::pair<const char *, const char *> keys[] = {
        {QT_TRANSLATE_NOOP("qw::HelpDialogs", "Leave presentation mode"), QT_TRANSLATE_NOOP("qw::HelpDialogs", "Esc")},
        {QT_TRANSLATE_NOOP("qw::HelpDialogs", "Matrix: move the selected entry one impact up or down"),
         QT_TRANSLATE_NOOP("qw::HelpDialogs", "Up, Down")},
        {QT_TRANSLATE_NOOP("qw::HelpDialogs", "Matrix: move the selected entry one effort left or right"),
         QT_TRANSLATE_NOOP("qw::HelpDialogs", "Left, Right")},
        {QT_TRANSLATE_NOOP("qw::HelpDialogs", "Matrix or list: open the selected entry"),
         QT_TRANSLATE_NOOP("qw::HelpDialogs", "Return")},
        {QT_TRANSLATE_NOOP("qw::HelpDialogs", "Matrix: cancel a drag"), QT_TRANSLATE_NOOP("qw::HelpDialogs", "Esc")},
        {QT_TRANSLATE_NOOP("qw::HelpDialogs", "Matrix: zoom into Quick wins, Major projects, Fill-ins or Thankless tasks "
                                              "(or click its name)"),
         QT_TRANSLATE_NOOP("qw::HelpDialogs", "1, 2, 3, 4")},
        {QT_TRANSLATE_NOOP("qw::HelpDialogs", "Matrix: all four quadrants again"), QT_TRANSLATE_NOOP("qw::HelpDialogs", "0, Esc")},
        {QT_TRANSLATE_NOOP("qw::HelpDialogs", "Filter text: clear it"), QT_TRANSLATE_NOOP("qw::HelpDialogs", "Esc")},
        {QT_TRANSLATE_NOOP("qw::HelpDialogs", "Date field: no date (“none”, “any time”)"),
         QT_TRANSLATE_NOOP("qw::HelpDialogs", "Delete")},
        {QT_TRANSLATE_NOOP("qw::HelpDialogs", "Next field, previous field"),
         QT_TRANSLATE_NOOP("qw::HelpDialogs", "Tab, Shift+Tab")},
        {QT_TRANSLATE_NOOP("qw::HelpDialogs", "Impact or effort: the next or previous score"), QT_TRANSLATE_NOOP("qw::HelpDialogs", "Up, Down")},
    };
    for (const auto &[what, key] : keys)
        new QTreeWidgetItem(views, {tr(what), tr(key)});
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
    QDialog *dialog = dialogWith(window, tr("Keyboard Shortcuts"), tree, QSize(800, 640));
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->show();
}

void showGettingStarted(QWidget *parent)
{
    auto *text = new QTextBrowser;
    text->setObjectName(QStringLiteral("gettingStartedText"));
    text->setOpenLinks(false);
    text->setHtml(tr(
        "<h2>Getting started with QuickWins</h2>"
        "<p>QuickWins keeps one cycle going: what customers said becomes evidence, evidence becomes "
        "improvements, and each improvement is checked against what customers say afterwards.</p>"
        "<ol>"
        "<li><p><b>Evidence.</b> Import your service desk tool's satisfaction survey export (File ▸ Import "
        "Interactions…, Ctrl+I), or log a poor interaction as it is reported (Edit ▸ Log Interaction…, "
        "Ctrl+L). Every response counts for the trend; the poor ones are the evidence. File ▸ Poor "
        "Responses… says which scores are poor.</p></li>"
        "<li><p><b>Entries.</b> Select poor interactions and make an entry of the improvement they call for "
        "(Edit ▸ New Entry from Interaction…), or link them to an entry that exists (Ctrl+K). The Triage "
        "panel groups the poor interactions that no entry covers yet.</p></li>"
        "<li><p><b>Scores.</b> Score each entry's impact and effort from 1 to 5. The editor shows what each "
        "score means and suggests an impact from the evidence linked to it; you decide.</p></li>"
        "<li><p><b>Matrix.</b> Every open entry is a mark where its scores place it. The quick wins, high "
        "impact and low effort, are at the top left, and the Priorities list ranks them first. Drag a mark, "
        "or use the arrow keys, to rescore it.</p></li>"
        "<li><p><b>Review.</b> In the team's meeting, Meeting ▸ Presentation Mode (F5) shows the matrix in "
        "large text with a key beside it (each mark's number, ID and title) and no personal data; keys 1 to 4 "
        "zoom into one quadrant. Meeting ▸ Start Review walks the agenda, records decisions and actions, and "
        "writes the minutes; the next review shows what moved since.</p></li>"
        "<li><p><b>Before and after.</b> When an improvement is done, set its status and the date it was "
        "done. Once there are responses from after that date, its editor and the list say whether the "
        "share of poor responses for its service improved, stayed the same or got worse.</p></li>"
        "</ol>"
        "<p>To see a year of this, open the demonstration register from the start panel of an empty "
        "register.</p>"));
    QDialog *dialog = dialogWith(parent, tr("Getting Started"), text, QSize(720, 620));
    dialog->setObjectName(QStringLiteral("gettingStartedDialog"));
    dialog->show();
}

} // namespace qw::HelpDialogs
