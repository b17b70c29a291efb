#pragma once

// What the tests of the main window share.

#include "mainwindow.h"

#include <QTest>

namespace qw::testing {

// Opens the register at path in window and shows it.
inline bool showRegister(MainWindow &window, const QString &path)
{
    QString error;
    if (!window.openRegister(path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

} // namespace qw::testing
