#include "backgroundtask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace qw::BackgroundTask {

void run(QWidget *parent, const QString &label, const std::function<void(const Progress &)> &work)
{
    std::atomic<int> permille{0};
    std::atomic<bool> cancelled{false};
    std::unique_ptr<QThread> thread(QThread::create([&] {
        work([&](double fraction) {
            permille = int(fraction * 1000);
            return !cancelled.load();
        });
    }));

    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 1000, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300); // quick work never flashes a dialog
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { cancelled = true; });

    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] { dialog.setValue(permille.load()); });
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    poll.start(50);
    thread->start();
    loop.exec();
    thread->wait();
    poll.stop();
    dialog.reset();
}

} // namespace qw::BackgroundTask
