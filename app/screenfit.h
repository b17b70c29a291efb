#pragma once

#include <QRect>
#include <QSize>

class QWidget;

// Windows sized for the screen they open on: a 1280x720 shared screen as much as a large one.
namespace qw::ScreenFit {

// The part of the screen a window may use (QScreen::availableGeometry: without the desktop's
// panels): its parent's screen, else the primary one.
QRect available(const QWidget *window);

// What is left for a window's contents on that screen once its frame is drawn around it.
QSize room(const QWidget *window);

// Gives the window its preferred size, or as much of it as fits, and centres it on its parent
// (on the screen when it has none).
void resize(QWidget *window, QSize preferred);

// Moves and shrinks a window (one whose geometry was restored from another screen, say) so
// that all of it, frame and all, is on the available screen.
void keepOnScreen(QWidget *window);

} // namespace qw::ScreenFit
