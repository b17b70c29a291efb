#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace qw {

// Runs long work (reading or importing a large export) on a thread of its own while the
// window stays responsive, with a progress dialog whose Cancel the work sees through
// progress() returning false. Returns once the work is done.
namespace BackgroundTask {

using Progress = std::function<bool(double fraction)>;
void run(QWidget *parent, const QString &label, const std::function<void(const Progress &)> &work);

} // namespace BackgroundTask

} // namespace qw
