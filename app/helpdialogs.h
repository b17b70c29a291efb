#pragma once

class QMainWindow;
class QWidget;

// Help ▸ Keyboard Shortcuts and Help ▸ Getting Started.
namespace qw::HelpDialogs {

// Every key of the window: each menu's actions with a shortcut, as the menus have them (so the
// list cannot miss one), and the keys that belong to a view or a field.
void showShortcuts(QMainWindow *window);

// The cycle QuickWins supports, from the evidence to the before/after verdict.
void showGettingStarted(QWidget *parent);

} // namespace qw::HelpDialogs
