#include "postgresstore.h"

#include "postgresschema.h"
#include "libpqconnection.h"
#include "serverprobe.h"

#include "domain/registerlocation.h"
#include "storage/causerepository.h"
#include "storage/entryrepository.h"
#include "storage/interactionrepository.h"
#include "storage/registercopy.h"
#include "storage/registerdatabase.h"
#include "storage/reviewrepository.h"
#include "storage/settingsrepository.h"
#include "storage/snapshotrepository.h"
#include "storage/sqlstatement.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>

#include <future>
#include <QSqlError>
#include <QSqlQuery>

namespace qw {

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(PostgresStore)
};

QString serverWords(const QSqlError &error)
{
    // libpq's words, on one line (it ends some with a newline, and adds "QPSQL: Unable to
    // connect" before them).
    QString words = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return words.simplified();
}

// A value in libpq's KEY='VALUE' form, whatever it holds.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

PostgresStore::PostgresStore(QString connectionName, QString location)
    : m_connectionName(std::move(connectionName)), m_location(std::move(location))
{
}

// The entries' summaries read on a connection of their own, on a thread of their own.
struct PostgresStore::Prefetch
{
    quint64 commitsBefore = 0;
    std::future<std::optional<QList<EntrySummary>>> summaries;
};

PostgresStore::~PostgresStore()
{
    m_probe.reset(); // (its connection a clone of this store's)
    if (m_prefetch && m_prefetch->summaries.valid())
        m_prefetch->summaries.wait();
    m_prefetch.reset();
    m_reviews.reset();
    m_causes.reset();
    m_settings.reset();
    m_snapshots.reset();
    m_interactions.reset();
    m_entries.reset();
    if (!m_listenerName.isEmpty())
        dropConnection(m_listenerName);
    dropConnection(m_connectionName);
}

std::unique_ptr<PostgresStore> PostgresStore::open(const QString &location, QString *error, bool readOnly)
{
    const QString shown = RegisterLocation::shown(location);
    QString why;
    const std::optional<RegisterLocation::ServerAddress> address = RegisterLocation::parseServer(location, &why);
    if (!address) {
        *error = StoreText::tr("“%1” is not a server register's address: %2.").arg(shown, why);
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = StoreText::tr("“%1” cannot be opened: Qt's PostgreSQL driver is not installed (on Debian, the "
                               "package libqt6sql6-psql).").arg(shown);
        return nullptr;
    }
    static QAtomicInteger<quint64> serial;
    const QString name = QStringLiteral("qw-server-%1").arg(serial.fetchAndAddRelaxed(1));
    std::unique_ptr<PostgresStore> store(new PostgresStore(name, shown));
    store->m_openedAs = location;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address->host);
    if (address->port > 0)
        db.setPort(address->port);
    db.setDatabaseName(address->database);
    db.setUserName(address->user);
    db.setPassword(address->password);
    static const QRegularExpression key(QStringLiteral("^[a-z_]+$"));
    QStringList options;
    QStringList given;
    for (const auto &[k, value] : address->options) {
        if (!key.match(k).hasMatch()) {
            *error = StoreText::tr("“%1” cannot be opened: “%2” is not an option of a PostgreSQL connection.").arg(shown, k);
            return nullptr;
        }
        // Qt's driver splits its options at every ";", quoted or not.
        if (value.contains(QLatin1Char(';'))) {
            *error = StoreText::tr("“%1” cannot be opened: the value of its option “%2” holds a “;”, which Qt's "
                                   "PostgreSQL driver cannot pass on.").arg(shown, k);
            return nullptr;
        }
        given << k;
        options << k + QLatin1Char('=') + quoted(value);
    }
    // A server that stops answering (a network cut drops packets, it does not close the
    // connection) is noticed within seconds, not the system's quarter of an hour, unless the
    // address says otherwise.
    const std::pair<const char *, const char *> defaults[] = {
        {"connect_timeout", "10"}, {"keepalives_idle", "10"}, {"keepalives_interval", "5"},
        {"keepalives_count", "3"}, {"tcp_user_timeout", "15000"},
    };
    for (const auto &[k, value] : defaults) {
        if (!given.contains(QLatin1String(k)))
            options << QLatin1String(k) + QLatin1Char('=') + QLatin1String(value);
    }
    options << QStringLiteral("application_name=QuickWins");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = StoreText::tr("The server of “%1” did not open the register: %2").arg(shown, serverWords(db.lastError()));
        return nullptr;
    }
    int version = 0;
    QString problem;
    PostgresSchema::State state = PostgresSchema::inspect(db, &version, &problem);
    if (state == PostgresSchema::State::Empty && !readOnly) {
        if (!PostgresSchema::createOrUpgrade(db, &problem)) {
            *error = StoreText::tr("“%1” could not be created: %2").arg(shown, problem);
            return nullptr;
        }
        store->m_created = true;
        state = PostgresSchema::inspect(db, &version, &problem);
    }
    switch (state) {
    case PostgresSchema::State::Register:
        break;
    case PostgresSchema::State::Empty:
        *error = StoreText::tr("“%1” holds no register yet, and it was opened read-only.").arg(shown);
        return nullptr;
    case PostgresSchema::State::Newer:
        *error = StoreText::tr("“%1” was written by a newer QuickWins (format %2; this one knows up to %3): open it with "
                               "that version. Nothing was changed.").arg(shown).arg(version).arg(RegisterDatabase::SchemaVersion);
        return nullptr;
    case PostgresSchema::State::NotRegister:
        *error = StoreText::tr("“%1” is not a QuickWins register: %2. Nothing was changed.").arg(shown, problem);
        return nullptr;
    case PostgresSchema::State::Unreadable:
        *error = StoreText::tr("The server of “%1” could not be read: %2").arg(shown, problem);
        return nullptr;
    }
    if (version < RegisterDatabase::SchemaVersion) {
        *error = StoreText::tr("“%1” is of format %2, which this QuickWins cannot upgrade on a server. Nothing was "
                               "changed.").arg(shown).arg(version);
        return nullptr;
    }
    // Who the server knows this connection as, and whether it may change the register.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT current_user, has_table_privilege('entries', 'UPDATE')"
                                   " AND has_table_privilege('interactions', 'INSERT'), pg_backend_pid()"))
        || !query.next()) {
        *error = StoreText::tr("The server of “%1” could not be read: %2").arg(shown, serverWords(query.lastError()));
        return nullptr;
    }
    store->m_user = query.value(0).toString();
    store->m_backendPid = query.value(2).toLongLong();
    store->m_readOnly = readOnly ? ReadOnlyReason::Asked
        : query.value(1).toBool() ? ReadOnlyReason::None
                                  : ReadOnlyReason::NotPermitted;
    store->m_entries = std::make_unique<EntryRepository>(db);
    store->m_interactions = std::make_unique<InteractionRepository>(db);
    store->m_snapshots = std::make_unique<SnapshotRepository>(db);
    store->m_settings = std::make_unique<SettingsRepository>(db);
    store->m_causes = std::make_unique<CauseRepository>(db);
    store->m_reviews = std::make_unique<ReviewRepository>(db);
    return store;
}

QString PostgresStore::location() const
{
    return m_location;
}

bool PostgresStore::isNew() const
{
    return m_created;
}

RegisterStore::ReadOnlyReason PostgresStore::readOnlyReason() const
{
    return m_readOnly;
}

QString PostgresStore::userName() const
{
    return m_user;
}

QSqlDatabase PostgresStore::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool PostgresStore::begin(QString *error)
{
    // PostgreSQL only warns of a BEGIN inside a transaction, and the inner COMMIT would commit
    // the outer one half-done (a change asked for while an import's transaction waits for its
    // next rows): refused, as a register file refuses it.
    if (m_inTransaction) {
        *error = StoreText::tr("another change is being saved on this connection");
        return false;
    }
    QSqlDatabase db = connection();
    if (db.transaction()) {
        m_inTransaction = true;
        return true;
    }
    *error = serverWords(db.lastError());
    return false;
}

bool PostgresStore::commit(QString *error)
{
    QSqlDatabase db = connection();
    m_inTransaction = false;
    if (db.commit()) {
        ++m_commits;
        return true;
    }
    *error = serverWords(db.lastError());
    db.rollback();
    return false;
}

void PostgresStore::rollback()
{
    m_inTransaction = false;
    connection().rollback();
}

bool PostgresStore::isDamage(const QString &detail) const
{
    // The server keeps its own pages whole; what it reports as corrupt is its administrator's.
    return detail.contains(QLatin1String("invalid page in block")) || detail.contains(QLatin1String("data corrupted"));
}

bool PostgresStore::isDiskFull(const QString &detail) const
{
    return detail.contains(QLatin1String("No space left on device")) || detail.contains(QLatin1String("could not extend file"));
}

EntryStore &PostgresStore::entries()
{
    return *m_entries;
}

InteractionStore &PostgresStore::interactions()
{
    return *m_interactions;
}

SnapshotStore &PostgresStore::snapshots()
{
    return *m_snapshots;
}

SettingsStore &PostgresStore::settings()
{
    return *m_settings;
}

CauseStore &PostgresStore::causes()
{
    return *m_causes;
}

ReviewStore &PostgresStore::reviews()
{
    return *m_reviews;
}

QString PostgresStore::checkWhole(const std::atomic<bool> *) const
{
    // The server checks its own pages (checksums, WAL); what QuickWins checks of a file's
    // (that its tables are there) was checked when it opened.
    return {};
}

QString PostgresStore::describeDamage(const QString &problem, QString *healthyBackup, const std::atomic<bool> *) const
{
    healthyBackup->clear();
    return StoreText::tr("The server reports “%1” as damaged: %2. Its administrator restores it from the server's "
                         "backups.").arg(m_location, problem);
}

bool PostgresStore::saveCopyAs(const QString &target, QString *error) const
{
    return RegisterCopy::copy(*this, target, error);
}

bool PostgresStore::restoreFrom(const QString &, QString *error)
{
    *error = StoreText::tr("“%1” is kept on a server, whose administrator restores it from the server's own backups.")
                 .arg(m_location);
    return false;
}

QList<BackupRecord> PostgresStore::backups() const
{
    return {};
}

QString PostgresStore::backupsFolder() const
{
    return {};
}

std::function<bool(QString *error)> PostgresStore::dailyBackup() const
{
    // The server's backups are its administrator's (pg_dump, base backups): nothing to take here.
    return [](QString *) { return true; };
}

namespace {

// Whether the user is a member of the role that owns the register's tables (an owner).
bool isMemberOfOwner(const QSqlDatabase &db, const QString &user)
{
    QSqlQuery query(db);
    QString detail;
    return Sql::exec(query, QStringLiteral("SELECT pg_has_role(CAST(? AS name), t.tableowner, 'MEMBER') AND ? <> t.tableowner"
                                           " FROM pg_tables t WHERE t.schemaname = current_schema() AND t.tablename = 'entries'"),
                     {user, user}, &detail)
        && query.next() && query.value(0).toBool();
}

} // namespace

bool PostgresStore::grant(const QString &user, Role role, QString *error)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    QString detail;
    if (!Sql::exec(query, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"), {user}, &detail)
        || !query.next()) {
        *error = StoreText::tr("The server of “%1” could not be asked about “%2”: %3").arg(m_location, user, detail);
        return false;
    }
    if (!query.value(0).toBool()) {
        *error = StoreText::tr("The server of “%1” has no database user “%2”: its administrator creates it first "
                               "(CREATE ROLE … LOGIN).").arg(m_location, user);
        return false;
    }
    // Owning the register means being a member of the role that owns its tables: never one
    // that may do everything on the server.
    if (role == Role::Owner) {
        QSqlQuery owner(db);
        if (!Sql::exec(owner, QStringLiteral("SELECT r.rolsuper FROM pg_tables t JOIN pg_roles r ON r.rolname = t.tableowner"
                                             " WHERE t.schemaname = current_schema() AND t.tablename = 'entries'"),
                       {}, &detail)
            || !owner.next()) {
            *error = StoreText::tr("The server of “%1” could not be asked who owns the register: %2").arg(m_location, detail);
            return false;
        }
        if (owner.value(0).toBool()) {
            *error = StoreText::tr("“%1” cannot be made an owner of “%2”: its tables belong to a superuser, and owning "
                                   "them would make “%1” one. Its administrator gives the tables a role of their own "
                                   "(ALTER TABLE … OWNER TO), and that role is then granted.").arg(user, m_location);
            return false;
        }
    }
    // The statements are the server's own, with the user's name quoted by the server (format's
    // %I): a name is never spliced into SQL here. The register's tables and sequences are those
    // of the schema it was opened in. A viewer reads; an editor also writes rows (sequences for
    // new ids, temporary tables for a grouping's batches); an owner is made a member of the role
    // that owns the tables, so that it may upgrade them and grant in turn.
    const QStringList readAll{
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2"),
        QStringLiteral("GRANT USAGE ON SCHEMA %3 TO %2"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %3 TO %2"),
        QStringLiteral("GRANT SELECT ON ALL SEQUENCES IN SCHEMA %3 TO %2"),
    };
    QStringList statements = readAll;
    if (role == Role::Viewer) {
        statements << QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA %3 FROM %2")
                   << QStringLiteral("REVOKE USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA %3 FROM %2");
    } else {
        statements << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %3 TO %2")
                   << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %3 TO %2");
    }
    if (role == Role::Owner)
        statements << QStringLiteral("GRANT %4 TO %2");
    else if (isMemberOfOwner(db, user))
        statements << QStringLiteral("REVOKE %4 FROM %2"); // an owner made a viewer or an editor
    if (!db.transaction()) {
        *error = StoreText::tr("The server of “%1” refused: %2").arg(m_location, serverWords(db.lastError()));
        return false;
    }
    for (const QString &statement : std::as_const(statements)) {
        // %1 the database, %2 the user, %3 the schema, %4 the tables' owner, each quoted by format().
        const QString shape = QString(statement)
                                  .replace(QLatin1String("%1"), QLatin1String("%1$I"))
                                  .replace(QLatin1String("%2"), QLatin1String("%2$I"))
                                  .replace(QLatin1String("%3"), QLatin1String("%3$I"))
                                  .replace(QLatin1String("%4"), QLatin1String("%4$I"));
        QSqlQuery built(db);
        if (!Sql::exec(built, QStringLiteral("SELECT format(?, current_database(), CAST(? AS text), current_schema(),"
                                             " (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema()"
                                             " AND tablename = 'entries'))"),
                       {shape, user}, &detail)
            || !built.next()) {
            db.rollback();
            *error = StoreText::tr("The server of “%1” refused: %2").arg(m_location, detail);
            return false;
        }
        QSqlQuery run(db);
        if (!run.exec(built.value(0).toString())) {
            const QString words = serverWords(run.lastError());
            db.rollback();
            // (Making or unmaking an owner hands out the owning role: only who administers it may.)
            const bool ofOwner = statement.contains(QLatin1String("%4"));
            *error = (role == Role::Viewer ? StoreText::tr("“%1” could not be made a viewer of “%2”: %3")
                      : role == Role::Editor ? StoreText::tr("“%1” could not be made an editor of “%2”: %3")
                                             : StoreText::tr("“%1” could not be made an owner of “%2”: %3"))
                         .arg(user, m_location, words)
                + (ofOwner ? StoreText::tr(" Owners are made and unmade by the server's administrator, or by a role "
                                           "with ADMIN OPTION on the role that owns the register's tables.")
                           : QString());
            return false;
        }
    }
    if (!db.commit()) {
        *error = StoreText::tr("The server of “%1” refused: %2").arg(m_location, serverWords(db.lastError()));
        db.rollback();
        return false;
    }
    return true;
}

// Others' changes come from the triggers of PostgresSchema (qw_notify_rows, qw_notify), with
// the payload "WHAT|ID|PID|USER" (PID: the server process that made it). They are heard on
// a connection of their own, which runs nothing but the heartbeat's SELECT 1 (isReachable()):
// the server tells a connection of notifications only between its transactions, and the
// register's connection may be inside a long one (an import).
bool PostgresStore::watch(std::function<void(const ElsewhereChange &)> changed, QString *error)
{
    const QString name = m_connectionName + QStringLiteral("-listen");
    QSqlDatabase listener = QSqlDatabase::cloneDatabase(m_connectionName, name);
    if (!listener.open() || !listener.driver()->subscribeToNotification(QStringLiteral("quickwins"))) {
        *error = StoreText::tr("The server of “%1” cannot tell of others' changes: %2")
                     .arg(m_location, serverWords(listener.lastError().isValid() ? listener.lastError()
                                                                             : listener.driver()->lastError()));
        listener = QSqlDatabase();
        dropConnection(name);
        return false;
    }
    m_listenerName = name;
    m_probe = std::make_unique<ServerProbe>(m_connectionName);
    const qint64 *ownPid = &m_backendPid;
    QObject::connect(listener.driver(), &QSqlDriver::notification, listener.driver(),
                     [ownPid, changed = std::move(changed)](const QString &channel, QSqlDriver::NotificationSource,
                                                            const QVariant &payload) {
                         if (channel != QLatin1String("quickwins"))
                             return;
                         const QString text = payload.toString();
                         const QStringList parts = text.split(QLatin1Char('|'));
                         if (parts.size() < 4 || parts.at(2).toLongLong() == *ownPid)
                             return;
                         static const QHash<QString, ElsewhereChange::What> kinds{
                             {QStringLiteral("entry"), ElsewhereChange::What::Entry},
                             {QStringLiteral("entries"), ElsewhereChange::What::Entries},
                             {QStringLiteral("interaction+"), ElsewhereChange::What::InteractionAdded},
                             {QStringLiteral("interaction"), ElsewhereChange::What::Interaction},
                             {QStringLiteral("interaction-"), ElsewhereChange::What::InteractionErased},
                             {QStringLiteral("interactions"), ElsewhereChange::What::Interactions},
                             {QStringLiteral("snapshots"), ElsewhereChange::What::Snapshots},
                             {QStringLiteral("reviews"), ElsewhereChange::What::Reviews},
                             {QStringLiteral("causes"), ElsewhereChange::What::Causes},
                             {QStringLiteral("settings"), ElsewhereChange::What::Settings},
                         };
                         const auto kind = kinds.constFind(parts.at(0));
                         if (kind == kinds.constEnd())
                             return; // a later QuickWins' kind of change: read at the next of ours
                         ElsewhereChange change;
                         change.what = *kind;
                         change.id = parts.at(1).toLongLong();
                         change.user = text.section(QLatin1Char('|'), 3); // a name may hold '|'
                         changed(change);
                     });
    return true;
}

bool PostgresStore::isReachable(QString *detail) const
{
    // Without a round trip of the caller's: the probe's last answer (a thread of its own asks
    // the server every second), and whether libpq still holds each connection as good. The
    // listener counts too: one cut alone (a server's idle timeout, a firewall forgetting it)
    // would otherwise leave others' changes unheard without a word.
    if (m_probe && !m_probe->answers(detail))
        return false;
    if (!m_listenerName.isEmpty() && !LibpqConnection::isGood(QSqlDatabase::database(m_listenerName, false), detail))
        return false;
    return LibpqConnection::isGood(connection(), detail);
}

bool PostgresStore::reconnect(QString *error)
{
    // Tried once the server answers the probe again: connecting to one that does not would
    // wait for the connection's timeout.
    if (m_probe && !m_probe->answers(error))
        return false;
    QSqlDatabase db = connection();
    db.close();
    QSqlQuery query(db);
    if (!db.open() || !query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next()) {
        *error = serverWords(db.lastError().isValid() ? db.lastError() : query.lastError());
        db.close(); // (tried again from the start)
        return false;
    }
    m_backendPid = query.value(0).toLongLong();
    if (m_listenerName.isEmpty())
        return true;
    // The driver keeps who is connected to its notifications; the server forgot what it heard.
    QSqlDatabase listener = QSqlDatabase::database(m_listenerName, false);
    listener.close();
    if (!listener.open() || !listener.driver()->subscribeToNotification(QStringLiteral("quickwins"))) {
        *error = serverWords(listener.lastError().isValid() ? listener.lastError() : listener.driver()->lastError());
        listener.close();
        db.close();
        return false;
    }
    return true;
}

// Others' changes after the read are told as they commit (the document listens before it asks
// for the summaries: RegisterDocument::prefetchEntrySummaries()); this store's own, after it
// began, make it be read again.
void PostgresStore::prefetchEntrySummaries()
{
    if (m_prefetch)
        return;
    auto prefetch = std::make_unique<Prefetch>();
    prefetch->commitsBefore = m_commits;
    prefetch->summaries = std::async(std::launch::async, [source = m_connectionName] {
        std::optional<QList<EntrySummary>> result;
        const QString name = source + QStringLiteral("-prefetch");
        {
            // (Cloned by name: the overload meant for another thread.)
            QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
            if (db.open()) {
                EntryRepository entries(db);
                QList<EntrySummary> read = entries.summaries();
                if (entries.lastError().isEmpty())
                    result = std::move(read);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    });
    m_prefetch = std::move(prefetch);
}

std::optional<QList<EntrySummary>> PostgresStore::takePrefetched()
{
    if (!m_prefetch)
        return std::nullopt;
    const std::unique_ptr<Prefetch> prefetch = std::move(m_prefetch);
    std::optional<QList<EntrySummary>> read = prefetch->summaries.get();
    if (read && m_commits == prefetch->commitsBefore)
        return read;
    return std::nullopt;
}

} // namespace qw
