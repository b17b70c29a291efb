#include "causegroups.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace qw::CauseGrouping {

namespace {

using Vector = QList<std::pair<int, float>>; // (term, weight), each term once, norm 1

// A group being formed: the sum of its members' vectors, and that sum's squared norm.
struct Forming
{
    QHash<int, float> sum;
    double normSquared = 0;
    QList<int> members; // indexes of documents
};

double dotWith(const Vector &v, const QHash<int, float> &sum)
{
    double d = 0;
    for (const auto &[term, weight] : v) {
        const auto it = sum.constFind(term);
        if (it != sum.cend())
            d += double(weight) * double(*it);
    }
    return d;
}

void add(Forming &group, const Vector &v, int document)
{
    const double d = dotWith(v, group.sum);
    group.normSquared += 2 * d + 1.0; // |s + v|² = |s|² + 2 s·v + |v|², |v| = 1
    for (const auto &[term, weight] : v)
        group.sum[term] += weight;
    group.members.append(document);
}

double cosine(const Vector &v, const Forming &group)
{
    return group.normSquared > 0 ? dotWith(v, group.sum) / std::sqrt(group.normSquared) : 0;
}

} // namespace

Result group(const QList<CauseDocument> &documents, const Options &options,
             const std::function<void(qsizetype, qsizetype)> &progress, const std::atomic<bool> *cancel)
{
    Result result;
    const qsizetype count = documents.size();
    const auto cancelled = [&] { return cancel && cancel->load(); };

    // The terms of each response: its words' stems and each two neighbouring ones as a phrase,
    // each once; with the words they were written as, for the labels.
    std::array<std::unique_ptr<CauseWords>, 5> words;
    QHash<QString, int> termIds;
    QList<QString> termStems;
    QList<QHash<QString, int>> written; // per term: how often each way of writing it
    QList<QList<int>> documentTerms(count);
    const auto termId = [&](const QString &stem, const QString &word) {
        auto it = termIds.constFind(stem);
        if (it == termIds.cend()) {
            it = termIds.insert(stem, int(termStems.size()));
            termStems.append(stem);
            written.append(QHash<QString, int>());
        }
        ++written[*it][word];
        return *it;
    };
    for (qsizetype d = 0; d < count; ++d) {
        if (cancelled())
            return {};
        const CauseDocument &doc = documents.at(d);
        auto &w = words[std::size_t(doc.language)];
        if (!w)
            w = std::make_unique<CauseWords>(doc.language);
        const QList<CauseWords::Term> terms = w->terms(doc.text);
        QList<int> ids;
        for (qsizetype t = 0; t < terms.size(); ++t) {
            ids.append(termId(terms.at(t).stem, terms.at(t).word));
            if (t + 1 < terms.size() && terms.at(t).stem != terms.at(t + 1).stem)
                ids.append(termId(terms.at(t).stem + u' ' + terms.at(t + 1).stem,
                                  terms.at(t).word + u' ' + terms.at(t + 1).word));
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        documentTerms[d] = std::move(ids);
    }

    // How distinctive each term is: in how many responses (a term of one response joins none
    // to another; one most responses use says little of any).
    QList<int> frequency(termStems.size(), 0);
    for (const QList<int> &ids : std::as_const(documentTerms)) {
        for (int id : ids)
            ++frequency[id];
    }
    const double n = double(count);
    const int mostFrequent = count >= 100 ? int(0.3 * n) : int(count);
    QList<Vector> vectors(count);
    for (qsizetype d = 0; d < count; ++d) {
        Vector v;
        double norm = 0;
        for (int id : std::as_const(documentTerms.at(d))) {
            if (frequency.at(id) < 2 || frequency.at(id) > mostFrequent)
                continue;
            const double idf = std::log((1 + n) / (1 + frequency.at(id))) + 1;
            v.append({id, float(idf)});
            norm += idf * idf;
        }
        norm = std::sqrt(norm);
        for (auto &entry : v)
            entry.second = float(entry.second / norm);
        vectors[d] = std::move(v);
    }

    // Grouped around their middles: each response joins the group it is most alike (if alike
    // enough), or starts one; then each is placed again against the groups so found.
    QList<Forming> forming;
    QHash<int, QList<int>> groupsOfTerm;
    const auto best = [&](const Vector &v, double *similarity) {
        // Candidates through its most distinctive terms only: a term most responses share would
        // make every group a candidate of every response.
        Vector top = v;
        std::partial_sort(top.begin(), top.begin() + std::min<qsizetype>(3, top.size()), top.end(),
                          [](const auto &a, const auto &b) { return a.second > b.second; });
        top.resize(std::min<qsizetype>(3, top.size()));
        QSet<int> candidates;
        for (const auto &[term, weight] : std::as_const(top)) {
            for (int g : groupsOfTerm.value(term))
                candidates.insert(g);
        }
        int chosen = -1;
        *similarity = 0;
        for (int g : std::as_const(candidates)) {
            const double s = cosine(v, forming.at(g));
            if (s > *similarity || (s == *similarity && g < chosen)) {
                *similarity = s;
                chosen = g;
            }
        }
        return chosen;
    };
    const auto index = [&](int g, const Vector &v) {
        for (const auto &[term, weight] : v) {
            QList<int> &groups = groupsOfTerm[term];
            if (groups.isEmpty() || groups.constLast() != g)
                groups.append(g);
        }
    };
    for (qsizetype d = 0; d < count; ++d) {
        if (cancelled())
            return {};
        if (progress && d % 1024 == 0)
            progress(d, 2 * count);
        const Vector &v = vectors.at(d);
        if (v.isEmpty())
            continue;
        double similarity = 0;
        int g = best(v, &similarity);
        if (g < 0 || similarity < options.similarity) {
            g = int(forming.size());
            forming.append(Forming());
        }
        add(forming[g], v, int(d));
        index(g, v);
    }
    // Placed again, against the groups as they ended (the first members of a group joined it
    // when it was one response; each now goes where it is most at home).
    QList<Forming> placed(forming.size());
    QList<qint64> alone;
    for (qsizetype d = 0; d < count; ++d) {
        if (cancelled())
            return {};
        if (progress && d % 1024 == 0)
            progress(count + d, 2 * count);
        const Vector &v = vectors.at(d);
        double similarity = 0;
        const int g = v.isEmpty() ? -1 : best(v, &similarity);
        if (g < 0 || similarity < options.similarity)
            alone.append(documents.at(d).id);
        else
            add(placed[g], v, int(d));
    }

    for (const Forming &f : std::as_const(placed)) {
        if (f.members.isEmpty())
            continue;
        if (f.members.size() < options.smallest) {
            for (int d : f.members)
                alone.append(documents.at(d).id);
            continue;
        }
        CauseGroup group;
        QHash<QString, int> services;
        for (int d : f.members) {
            group.members.append(documents.at(d).id);
            ++services[documents.at(d).service];
        }
        // Its label: the terms its members share most, weighed by how distinctive they are
        // (the sum of the members' weights); a word already in a phrase chosen is not repeated.
        QList<std::pair<float, int>> terms;
        for (auto it = f.sum.cbegin(); it != f.sum.cend(); ++it)
            terms.append({it.value(), it.key()});
        std::sort(terms.begin(), terms.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        // A word said mostly in one phrase is shown as the phrase ("call back", not "call").
        QHash<QString, std::pair<float, int>> phraseOf; // a word's stem: its heaviest phrase
        for (const auto &[weight, term] : std::as_const(terms)) {
            const QString &stem = termStems.at(term);
            if (!stem.contains(u' '))
                continue;
            for (const QString &part : stem.split(u' ')) {
                auto it = phraseOf.find(part);
                if (it == phraseOf.end() || it->first < weight)
                    phraseOf.insert(part, {weight, term});
            }
        }
        QStringList chosenStems;
        for (auto [weight, term] : std::as_const(terms)) {
            if (group.label.size() >= options.labelTerms)
                break;
            if (!termStems.at(term).contains(u' ')) {
                const auto phrase = phraseOf.constFind(termStems.at(term));
                if (phrase != phraseOf.cend() && phrase->first >= 0.5f * weight)
                    term = phrase->second;
            }
            const QString &stem = termStems.at(term);
            const QStringList parts = stem.split(u' ');
            const bool repeats = std::any_of(chosenStems.cbegin(), chosenStems.cend(), [&](const QString &c) {
                const QStringList cp = c.split(u' ');
                return std::any_of(parts.cbegin(), parts.cend(), [&](const QString &p) { return cp.contains(p); });
            });
            if (repeats)
                continue;
            chosenStems.append(stem);
            const QHash<QString, int> &ways = written.at(term);
            QString shown;
            int most = 0;
            for (auto w = ways.cbegin(); w != ways.cend(); ++w) {
                if (w.value() > most || (w.value() == most && w.key() < shown)) {
                    most = w.value();
                    shown = w.key();
                }
            }
            group.label.append(shown);
        }
        QList<std::pair<int, QString>> byCount;
        for (auto it = services.cbegin(); it != services.cend(); ++it)
            byCount.append({it.value(), it.key()});
        std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (const auto &[c, service] : std::as_const(byCount))
            group.services.append(service);
        result.groups.append(std::move(group));
    }
    std::stable_sort(result.groups.begin(), result.groups.end(),
                     [](const CauseGroup &a, const CauseGroup &b) { return a.members.size() > b.members.size(); });
    result.ungrouped = std::move(alone);
    if (progress)
        progress(2 * count, 2 * count);
    return result;
}

} // namespace qw::CauseGrouping
