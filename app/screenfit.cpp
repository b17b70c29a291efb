#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace qw::ScreenFit {

namespace {

// Room for a title bar and borders before the window is shown and its frame is known.
constexpr QSize frameAllowance(16, 40);

QSize frameOf(const QWidget *window)
{
    if (window->isVisible()) {
        const QSize frame = window->frameGeometry().size() - window->geometry().size();
        if (frame.width() > 0 || frame.height() > 0)
            return frame;
    }
    return frameAllowance;
}

} // namespace

QRect available(const QWidget *window)
{
    const QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    QScreen *screen = parent ? parent->screen() : window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
}

QSize room(const QWidget *window)
{
    return available(window).size() - frameOf(window);
}

void resize(QWidget *window, QSize preferred)
{
    const QSize size = preferred.boundedTo(room(window)).expandedTo(window->minimumSize());
    window->resize(size);
    const QRect screen = available(window);
    const QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    QRect frame(QPoint(), size + frameOf(window));
    frame.moveCenter(parent && parent->isVisible() ? parent->frameGeometry().center() : screen.center());
    // Never past an edge of the screen, whatever the parent's position.
    frame.moveLeft(qBound(screen.left(), frame.left(), qMax(screen.left(), screen.right() - frame.width() + 1)));
    frame.moveTop(qBound(screen.top(), frame.top(), qMax(screen.top(), screen.bottom() - frame.height() + 1)));
    window->move(frame.topLeft());
}

void keepOnScreen(QWidget *window)
{
    const QRect screen = available(window);
    const QSize frame = frameOf(window);
    QSize size = window->size().boundedTo(screen.size() - frame);
    window->resize(size);
    QRect outer(window->pos(), size + frame);
    if (!screen.contains(outer)) {
        outer.moveLeft(qBound(screen.left(), outer.left(), qMax(screen.left(), screen.right() - outer.width() + 1)));
        outer.moveTop(qBound(screen.top(), outer.top(), qMax(screen.top(), screen.bottom() - outer.height() + 1)));
        window->move(outer.topLeft());
    }
}

} // namespace qw::ScreenFit
