#pragma once

// What the tests of the main window share.

#include "mainwindow.h"
#include "theme.h"

#include "document/registerdocument.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

namespace qw::testing {

// The window's register is checked on a thread when it opens, read-only until then: what a
// user does in the first moment waits for that, as a test's first edit must.
inline bool waitUntilChecked(MainWindow &window)
{
    return QTest::qWaitFor([&] {
        return window.document() && window.document()->health() != RegisterDocument::Health::Checking;
    }, 20000);
}

// Opens the register at path in window and shows it, once checked.
inline bool showRegister(MainWindow &window, const QString &path)
{
    QString error;
    if (!window.openRegister(path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    window.show();
    return QTest::qWaitForWindowExposed(&window) && waitUntilChecked(window);
}

// With QW_SCREENSHOTS=FOLDER, a screen as PNGs to look at, in the light and the dark theme
// (NAME-light.png, NAME-dark.png).
inline void saveScreens(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("QW_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    for (Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
        Theme::apply(theme);
        QTest::qWait(50);
        widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(folder, name, Theme::key(theme)));
    }
    Theme::apply(Theme::Choice::System);
    QTest::qWait(20);
}

// Runs fill() on the next modal dialog of type T once it is shown: looked for every 10 ms (for
// up to 20 s), not once at the next turn of the event loop, which may come before the dialog is
// up (the loop of a dialog just accepted, a slow machine, a sanitizer's build).
template<typename T, typename F>
void whenDialogOpens(F fill)
{
    auto *timer = new QTimer;
    auto *waited = new int(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, fill] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (++*waited < 2000)
                return;
            timer->stop();
            timer->deleteLater();
            delete waited;
            QFAIL("the expected dialog did not open");
            return;
        }
        timer->stop();
        timer->deleteLater();
        delete waited;
        fill(dialog);
        // A failed check inside fill() returns early: close the dialog so the test goes on.
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

} // namespace qw::testing
