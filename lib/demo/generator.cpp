#include "generator.h"

#include "demoscenario.h"
#include "document/registerdocument.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

namespace qw::Generator {

namespace {

struct GeneratorText
{
    Q_DECLARE_TR_FUNCTIONS(Generator)
};

const char *const firstNames[] = {"Ana", "Ben", "Chloé", "Dmitri", "Eun-ji", "Farid", "Grace", "Hamid", "Ines",
                                  "Jonas", "Kofi", "Lena", "Mateo", "Nia", "Oskar", "Priya", "Quentin", "Rosa",
                                  "Sami", "Tomás", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë"};
const char *const lastNames[] = {"Abara", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Haddad",
                                 "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor",
                                 "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Weber",
                                 "Yilmaz", "Zhang"};
const char *const sites[] = {"Main campus", "Library", "Medical school", "Halls of residence", "Business school",
                             "Engineering", "Arts building", "Sports centre", "Remote staff", "Research park"};
const char *const praise[] = {"Quick and friendly, thank you.", "Sorted first time.", "Fine.",
                              "Took a while but got there.", "Very helpful agent.", ""};

QString name(const char *first, const char *last)
{
    return QString::fromUtf8(first) + QLatin1Char(' ') + QString::fromUtf8(last);
}

} // namespace

bool fill(RegisterDocument *document, Counts counts, QString *error, const QDate &today, quint32 seed)
{
    if (document->entryCount() > 0 || document->interactionCount() > 0) {
        *error = GeneratorText::tr("Generated data goes into a new register; “%1” already holds entries or interactions.")
                     .arg(document->filePath());
        return false;
    }
    if (counts.interactions < 0 || counts.entries < 0) {
        *error = GeneratorText::tr("The numbers to generate cannot be negative.");
        return false;
    }
    const DemoScenario demo = makeDemoScenario(today);
    QRandomGenerator random(seed);

    // Entries: the demonstration's, again and again, each copy about another site, its
    // scores moved a step at random, a fifth of them done.
    QList<Entry> entries;
    entries.reserve(counts.entries);
    for (int n = 0; n < counts.entries; ++n) {
        const Entry &model = demo.entries.at(n % demo.entries.size());
        Entry e = model;
        e.id = n + 1;
        const int copy = n / int(demo.entries.size());
        if (copy > 0)
            e.title = QStringLiteral("%1 (%2, %3)").arg(model.title, QString::fromUtf8(sites[copy % std::size(sites)])).arg(copy);
        e.impact = std::clamp(model.impact + int(random.bounded(3)) - 1, 1, 5);
        e.effort = std::clamp(model.effort + int(random.bounded(3)) - 1, 1, 5);
        e.raisedOn = today.addDays(-qint64(random.bounded(3 * 365)));
        e.targetOn = e.raisedOn.addDays(30 + random.bounded(180));
        e.doneOn = {};
        e.status = Status(random.bounded(3)); // proposed, approved, in progress
        if (random.bounded(5) == 0) {
            e.status = Status::Done;
            e.doneOn = std::min(today, e.raisedOn.addDays(20 + random.bounded(200)));
        }
        e.owner = name(firstNames[random.bounded(int(std::size(firstNames)))], lastNames[random.bounded(int(std::size(lastNames)))]);
        entries.append(e);
    }
    // Entries and interactions in one transaction: a kill leaves all of it or none.

    // Interactions: every survey response over three years, a third of them poor (the
    // demonstration's poor interactions, moved in time), the rest good.
    const QDateTime start(today.addDays(-3 * 365), QTime(0, 0));
    const qint64 span = qint64(3) * 365 * 24 * 3600;
    int made = 0;
    int added = 0;
    const bool written = document->addGenerated(entries, [&](const auto &add) {
        for (; made < counts.interactions; ++made) {
            const Interaction &model = demo.interactions.at(made % demo.stories);
            Interaction i = model;
            // Evenly through the years, in order (as a desk's tickets are numbered).
            i.occurredAt = start.addSecs(span * made / std::max(1, counts.interactions) + random.bounded(3600));
            i.ticket = QStringLiteral("INC%1").arg(made + 1, 7, 10, QLatin1Char('0'));
            i.customer = name(firstNames[random.bounded(int(std::size(firstNames)))],
                              lastNames[random.bounded(int(std::size(lastNames)))])
                + QStringLiteral(" %1").arg(random.bounded(400));
            i.entryId = 0;
            if (random.bounded(3) == 0) {
                // Poor, and linked to a copy of its entry in four cases out of five.
                if (model.entryId != 0 && counts.entries > 0 && random.bounded(5) != 0) {
                    const int copies = std::max(1, counts.entries / int(demo.entries.size()));
                    const qint64 id = model.entryId + qint64(demo.entries.size()) * random.bounded(copies);
                    i.entryId = id <= counts.entries ? id : 0;
                }
            } else {
                i.score = 3 + int(random.bounded(3));
                i.reason.clear();
                i.comment = QString::fromUtf8(praise[random.bounded(int(std::size(praise)))]);
                i.repeatContact = false;
            }
            if (!add(i))
                return false;
        }
        return true;
    }, &added);
    if (!written) {
        *error = GeneratorText::tr("The generated register could not be written; nothing was added.");
        return false;
    }
    return true;
}

} // namespace qw::Generator
