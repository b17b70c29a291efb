#include "causevectors.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace qw {

using namespace CauseVectors;

namespace {

// A group being formed: the sum of its members' vectors, and that sum's squared norm.
struct Forming
{
    QHash<int, float> sum;
    double normSquared = 0;
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

void add(Forming &group, const Vector &v)
{
    group.normSquared += 2 * dotWith(v, group.sum) + 1.0; // |s + v|² = |s|² + 2 s·v + |v|², |v| = 1
    for (const auto &[term, weight] : v)
        group.sum[term] += weight;
}

// The way of writing a term seen most (the majority vote of Boyer and Moore: one candidate and
// a count, not every way kept).
struct Written
{
    QString word;
    int count = 0;
    void see(const QString &w)
    {
        if (count == 0) {
            word = w;
            count = 1;
        } else {
            count += word == w ? 1 : -1;
        }
    }
};

} // namespace

namespace CauseGrouping {

Result group(const QList<CauseDocument> &documents, const Options &options, const QList<Seed> &seeds,
             const std::function<void(qsizetype, qsizetype)> &progress, const std::atomic<bool> *cancel)
{
    const qsizetype count = documents.size();
    const auto cancelled = [&] { return cancel && cancel->load(); };
    // Progress in steps: reading the words is half of the work, grouping the other half.
    const qsizetype steps = 4 * count + 1;
    const auto report = [&](qsizetype done) {
        if (progress)
            progress(done, steps);
    };

    // The terms of each response, each once, and the way each term was written most.
    Tokeniser tokeniser;
    QHash<QString, int> termIds;
    QList<QString> termStems;
    QList<Written> written;
    QList<QList<int>> documentTerms(count);
    for (qsizetype d = 0; d < count; ++d) {
        if (d % 1024 == 0) {
            if (cancelled())
                return {};
            report(2 * d);
        }
        QList<int> &ids = documentTerms[d];
        tokeniser.terms(documents.at(d), [&](const QString &stem, const QString &word) {
            auto it = termIds.constFind(stem);
            if (it == termIds.cend()) {
                it = termIds.insert(stem, int(termStems.size()));
                termStems.append(stem);
                written.append(Written());
            }
            written[*it].see(word);
            ids.append(*it);
        });
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        ids.squeeze();
    }

    // How distinctive each term is: in how many responses (a term of one response joins none
    // to another; one most responses use says little of any). Smoothed as scikit-learn's.
    QList<int> frequency(termStems.size(), 0);
    for (const QList<int> &ids : std::as_const(documentTerms)) {
        for (int id : ids)
            ++frequency[id];
    }
    const double n = double(count);
    const int mostFrequent = count >= 100 ? int(0.3 * n) : int(count);
    QList<float> idf(termStems.size(), 0.f);
    for (qsizetype t = 0; t < termStems.size(); ++t) {
        if (frequency.at(t) >= 2 && frequency.at(t) <= mostFrequent)
            idf[t] = float(std::log((1 + n) / (1 + frequency.at(t))) + 1);
    }
    QList<Vector> vectors(count);
    for (qsizetype d = 0; d < count; ++d) {
        vectors[d] = weighted(documentTerms.at(d), idf);
        documentTerms[d] = QList<int>();
    }
    documentTerms = {};

    // The seeds' members stay where they are.
    constexpr int none = -1;
    QList<int> groupOf(count, none);
    QList<qint64> seedKeys;
    QList<bool> fixed(count, false);
    {
        QHash<qint64, int> indexOf;
        indexOf.reserve(count);
        for (qsizetype d = 0; d < count; ++d)
            indexOf.insert(documents.at(d).id, int(d));
        for (const Seed &seed : seeds) {
            const int g = int(seedKeys.size());
            seedKeys.append(seed.key);
            for (qint64 id : seed.members) {
                const auto it = indexOf.constFind(id);
                if (it != indexOf.cend() && !fixed.at(*it)) {
                    groupOf[*it] = g;
                    fixed[*it] = true;
                }
            }
        }
    }
    const auto sumsOf = [&](qsizetype groupCount) {
        QList<QHash<int, float>> sums(groupCount);
        for (qsizetype d = 0; d < count; ++d) {
            if (groupOf.at(d) == none)
                continue;
            QHash<int, float> &sum = sums[groupOf.at(d)];
            for (const auto &[term, weight] : std::as_const(vectors.at(d)))
                sum[term] += weight;
        }
        return sums;
    };

    // Rounds: groups are formed from a sample of the responses not yet in one, each joining the
    // group it is most alike (if alike enough) or starting one; then every response not yet in
    // a group is placed into the groups so far. What fits none is the next round's.
    qsizetype groupCount = seedKeys.size();
    Middles middles;
    for (int round = 0; round < 6; ++round) {
        QList<int> pool;
        for (qsizetype d = 0; d < count; ++d) {
            if (groupOf.at(d) == none && !vectors.at(d).isEmpty())
                pool.append(int(d));
        }
        if (pool.size() < options.smallest)
            break;
        // The sample: spread evenly over the pool (the same each time for the same responses).
        const qsizetype take = std::min<qsizetype>(pool.size(), options.sample);
        QList<Forming> forming(groupCount);
        const QList<QHash<int, float>> sums = sumsOf(groupCount);
        for (qsizetype g = 0; g < groupCount; ++g) {
            forming[g].sum = sums.at(g);
            double norm = 0;
            for (float w : sums.at(g))
                norm += double(w) * double(w);
            forming[g].normSquared = norm;
        }
        QHash<int, QList<int>> groupsOfTerm;
        const auto index = [&](int g, const Vector &v) {
            for (const auto &[term, weight] : v) {
                QList<int> &groups = groupsOfTerm[term];
                if (groups.isEmpty() || groups.constLast() != g)
                    groups.append(g);
            }
        };
        for (qsizetype g = 0; g < groupCount; ++g) {
            for (auto it = sums.at(g).cbegin(); it != sums.at(g).cend(); ++it)
                groupsOfTerm[it.key()].append(int(g));
        }
        const qsizetype before = forming.size();
        for (qsizetype s = 0; s < take; ++s) {
            if (s % 256 == 0 && cancelled())
                return {};
            const int d = pool.at(s * pool.size() / take);
            const Vector &v = vectors.at(d);
            // Candidates through its most distinctive terms only: a term many responses share
            // would make every group a candidate of every response.
            Vector top = v;
            const qsizetype k = std::min<qsizetype>(3, top.size());
            std::partial_sort(top.begin(), top.begin() + k, top.end(),
                              [](const auto &a, const auto &b) { return a.second > b.second; });
            QSet<int> candidates;
            for (qsizetype t = 0; t < k; ++t) {
                for (int g : groupsOfTerm.value(top.at(t).first))
                    candidates.insert(g);
            }
            int chosen = -1;
            double most = 0;
            for (int g : std::as_const(candidates)) {
                const Forming &f = forming.at(g);
                const double s = f.normSquared > 0 ? dotWith(v, f.sum) / std::sqrt(f.normSquared) : 0;
                if (s > most || (s == most && g < chosen)) {
                    most = s;
                    chosen = g;
                }
            }
            if (chosen < 0 || most < options.similarity) {
                chosen = int(forming.size());
                forming.append(Forming());
            }
            add(forming[chosen], v);
            index(chosen, v);
        }
        const bool formedNone = forming.size() == before;
        groupCount = forming.size();
        QList<QHash<int, float>> formed(groupCount);
        for (qsizetype g = 0; g < groupCount; ++g)
            formed[g] = std::move(forming[g].sum);
        forming.clear();
        middles.build(formed, termStems.size(), options.middleTerms);
        for (qsizetype p = 0; p < pool.size(); ++p) {
            if (p % 1024 == 0) {
                if (cancelled())
                    return {};
                report(2 * count + (round * count + qsizetype(double(p) / double(pool.size()) * double(count))) / 6);
            }
            double similarity = 0;
            const int g = middles.best(vectors.at(pool.at(p)), &similarity);
            if (g >= 0 && similarity >= options.similarity)
                groupOf[pool.at(p)] = g;
        }
        if (formedNone)
            break;
    }

    // Placed again, once, against the groups' middles as they ended (the first members of a
    // group joined it when it was one response; each now goes where it is most at home).
    middles.build(sumsOf(groupCount), termStems.size(), options.middleTerms);
    for (qsizetype d = 0; d < count; ++d) {
        if (d % 1024 == 0) {
            if (cancelled())
                return {};
            report(3 * count + d);
        }
        if (fixed.at(d) || vectors.at(d).isEmpty())
            continue;
        double similarity = 0;
        const int g = middles.best(vectors.at(d), &similarity);
        groupOf[d] = g >= 0 && similarity >= options.similarity ? g : none;
    }

    // Groups that say the same in other words (a cause's several ways of putting it) become
    // one: the most alike pair first, each group once a round, until none are alike enough.
    // Two of the user's groups are never merged.
    for (int round = 0; round < 8; ++round) {
        if (cancelled())
            return {};
        const QList<QHash<int, float>> sums = sumsOf(groupCount);
        middles.build(sums, termStems.size(), options.middleTerms);
        struct Pair
        {
            float similarity;
            int a;
            int b;
        };
        QList<Pair> pairs;
        QList<float> scores(groupCount, 0.f);
        QList<int> touched;
        for (int g = 0; g < groupCount; ++g) {
            for (const auto &[term, weight] : std::as_const(middles.middles.at(g))) {
                for (const auto &[h, w] : std::as_const(middles.byTerm.at(term))) {
                    if (h <= g)
                        continue;
                    if (scores.at(h) == 0.f)
                        touched.append(h);
                    scores[h] += weight * w;
                }
            }
            for (int h : std::as_const(touched)) {
                if (scores.at(h) >= options.mergeSimilarity && !(g < seedKeys.size() && h < seedKeys.size()))
                    pairs.append({scores.at(h), g, h});
                scores[h] = 0.f;
            }
            touched.clear();
        }
        if (pairs.isEmpty())
            break;
        std::sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) {
            return x.similarity != y.similarity ? x.similarity > y.similarity
                                                : std::pair(x.a, x.b) < std::pair(y.a, y.b);
        });
        QList<int> into(groupCount, none);
        QList<bool> busy(groupCount, false);
        for (const Pair &p : std::as_const(pairs)) {
            if (busy.at(p.a) || busy.at(p.b))
                continue;
            busy[p.a] = busy[p.b] = true;
            // Into the seed, if one is (it keeps its key), else into the first formed.
            into[p.b] = p.a;
        }
        // Renumbered without the groups merged away (seeds keep their places, first).
        QList<int> number(groupCount, none);
        int next = 0;
        for (int g = 0; g < groupCount; ++g) {
            if (into.at(g) == none)
                number[g] = next++;
        }
        for (int &g : groupOf) {
            if (g != none)
                g = number.at(into.at(g) != none ? into.at(g) : g);
        }
        groupCount = next;
    }

    // Too small to be a group: its responses are ungrouped (a seed stays, however small).
    QList<int> sizes(groupCount, 0);
    for (int g : std::as_const(groupOf)) {
        if (g != none)
            ++sizes[g];
    }
    Result result;
    QList<int> kept(groupCount, none);
    QList<int> keptGroups;
    for (qsizetype g = 0; g < groupCount; ++g) {
        if (g < seedKeys.size() || sizes.at(g) >= options.smallest) {
            kept[g] = int(keptGroups.size());
            keptGroups.append(int(g));
        }
    }
    QList<CauseGroup> groups(keptGroups.size());
    for (qsizetype g = 0; g < seedKeys.size(); ++g)
        groups[kept.at(g)].seed = seedKeys.at(g);
    for (qsizetype d = 0; d < count; ++d) {
        int &g = groupOf[d];
        g = g == none ? none : kept.at(g);
        if (g == none)
            result.ungrouped.append(documents.at(d).id);
        else
            groups[g].members.append(documents.at(d).id);
    }
    const QList<QHash<int, float>> sums = sumsOf(groups.size());
    middles.build(sums, termStems.size(), options.middleTerms);

    // Each group's services, examples and label.
    QList<QHash<int, int>> saying(groups.size()); // per group: how many of its members use each term
    QList<QList<std::pair<float, int>>> closest(groups.size()); // (similarity, document)
    QList<QHash<QString, int>> services(groups.size());
    for (qsizetype d = 0; d < count; ++d) {
        const int g = groupOf.at(d);
        if (g == none)
            continue;
        ++services[g][documents.at(d).service];
        for (const auto &[term, weight] : std::as_const(vectors.at(d)))
            ++saying[g][term];
        double s = 0;
        for (const auto &[term, weight] : std::as_const(vectors.at(d))) {
            for (const auto &[h, w] : std::as_const(middles.byTerm.at(term))) {
                if (h == g)
                    s += double(weight) * double(w);
            }
        }
        QList<std::pair<float, int>> &c = closest[g];
        const auto sameWords = [&](const std::pair<float, int> &e) { return vectors.at(e.second) == vectors.at(d); };
        if (std::any_of(c.cbegin(), c.cend(), sameWords))
            continue; // an example says something the others do not
        c.append({float(s), int(d)});
        std::sort(c.begin(), c.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        if (c.size() > 3)
            c.removeLast();
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        CauseGroup &group = groups[g];
        for (const auto &[s, d] : std::as_const(closest.at(g)))
            group.examples.append(documents.at(d).id);
        QList<std::pair<int, QString>> byCount;
        for (auto it = services.at(g).cbegin(); it != services.at(g).cend(); ++it)
            byCount.append({it.value(), it.key()});
        std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (const auto &[c, service] : std::as_const(byCount))
            group.services.append(service);

        // Its label: the terms its members share most, weighed by how distinctive they are
        // (the sum of the members' weights); a word already in a phrase chosen is not repeated.
        // (A word or phrase only a few of its members use, a typo among them, is not its label.)
        const int fewest = std::max(2, int(std::ceil(options.labelShare * double(group.members.size()))));
        QList<std::pair<float, int>> terms;
        for (auto it = sums.at(g).cbegin(); it != sums.at(g).cend(); ++it) {
            if (saying.at(g).value(it.key()) >= fewest)
                terms.append({it.value(), it.key()});
        }
        std::sort(terms.begin(), terms.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        if (terms.size() > 64)
            terms.resize(64);
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
            const QStringList parts = termStems.at(term).split(u' ');
            const bool repeats = std::any_of(chosenStems.cbegin(), chosenStems.cend(), [&](const QString &c) {
                const QStringList cp = c.split(u' ');
                return std::any_of(parts.cbegin(), parts.cend(), [&](const QString &p) { return cp.contains(p); });
            });
            if (repeats)
                continue;
            chosenStems.append(termStems.at(term));
            group.label.append(written.at(term).word);
        }
    }

    // What it learned, to place later responses: the terms' weights and the groups' middles.
    auto placer = std::make_unique<CausePlacer::Data>();
    placer->similarity = options.similarity;
    QList<int> newIndex(termStems.size(), none);
    for (qsizetype t = 0; t < termStems.size(); ++t) {
        if (idf.at(t) > 0.f) {
            newIndex[t] = int(placer->idf.size());
            placer->terms.insert(termStems.at(t), int(placer->idf.size()));
            placer->idf.append(idf.at(t));
        }
    }
    QList<QHash<int, float>> placed(groups.size());
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (const auto &[term, weight] : std::as_const(middles.middles.at(g)))
            placed[g].insert(newIndex.at(term), weight);
        placer->keys.append(g);
    }
    placer->middles.build(placed, placer->idf.size(), std::numeric_limits<int>::max());

    // The largest first; the placer's keys follow.
    QList<int> order(groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return groups.at(a).members.size() > groups.at(b).members.size(); });
    QList<qint64> keys(groups.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        result.groups.append(std::move(groups[order.at(i)]));
        keys[order.at(i)] = i;
    }
    placer->keys = keys;
    result.placer = CausePlacer(std::move(placer));
    report(steps);
    return result;
}

} // namespace CauseGrouping

} // namespace qw
