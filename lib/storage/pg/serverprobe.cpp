#include "serverprobe.h"

#include "libpqconnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>

namespace qw {

ServerProbe::ServerProbe(const QString &connection)
    : m_thread([this, connection] { run(connection); })
{
}

ServerProbe::~ServerProbe()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

// How long a question may go unanswered before the server is taken as gone (an answer takes
// a millisecond; a busy server, some).
constexpr std::chrono::seconds Unanswered(3);

bool ServerProbe::answers(QString *detail) const
{
    std::lock_guard lock(m_mutex);
    if (m_asked != std::chrono::steady_clock::time_point{}) {
        const auto waited = std::chrono::steady_clock::now() - m_asked;
        if (waited > Unanswered) {
            const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(waited);
            const int shown = int(seconds.count());
            *detail = QCoreApplication::translate("qw::ServerProbe", "it has not answered for %n seconds", nullptr, shown);
            return false;
        }
    }
    if (!m_answers)
        *detail = m_detail;
    return m_answers;
}

void ServerProbe::run(const QString &connection)
{
    const QString name = connection + QStringLiteral("-probe");
    {
        // (Cloned by name: the overload meant for another thread.)
        QSqlDatabase db = QSqlDatabase::cloneDatabase(connection, name);
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            m_asked = std::chrono::steady_clock::now();
            lock.unlock();
            QString detail;
            bool answered = db.isOpen() || db.open();
            if (!answered) {
                detail = LibpqConnection::firstLine(db.lastError());
            } else {
                QSqlQuery query(db);
                answered = query.exec(QStringLiteral("SELECT 1"));
                if (!answered) {
                    detail = LibpqConnection::firstLine(query.lastError());
                    db.close(); // connected again at the next
                }
            }
            lock.lock();
            m_asked = {};
            m_answers = answered;
            m_detail = detail;
            m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopping; });
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace qw
