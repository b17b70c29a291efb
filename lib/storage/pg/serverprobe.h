#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace qw {

// Asks a server every second whether it answers (SELECT 1), on a thread and a connection of
// its own, so that nobody waits for the answer: a network cut that drops packets holds a
// statement until the connection's timeout, and the window must go on and say so meanwhile.
// Once it does not answer, it connects again each second until it does.
class ServerProbe final
{
public:
    // connection: the name of the connection whose server to ask (cloned, not used).
    explicit ServerProbe(const QString &connection);
    ~ServerProbe(); // stops asking, and waits for the last answer
    ServerProbe(const ServerProbe &) = delete;
    ServerProbe &operator=(const ServerProbe &) = delete;

    // Whether it answered when last asked (true until first asked); *detail: what was said
    // when not.
    bool answers(QString *detail) const;

private:
    void run(const QString &connection);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_answers = true;
    QString m_detail;
    // When the question in flight was asked (none: the epoch's zero): one unanswered for long
    // is a server that does not answer.
    std::chrono::steady_clock::time_point m_asked{};
    std::thread m_thread;
};

} // namespace qw
