#pragma once

// Internal to lib/causes: what the grouping and the placer share (a response's terms, the
// groups' middles compared through an index of their terms, a placer's data).

#include "causegroups.h"

#include <QHash>
#include <QList>

#include <array>
#include <cmath>
#include <memory>

namespace qw::CauseVectors {

using Vector = QList<std::pair<int, float>>; // (term, weight), each term once, norm 1

// The terms of one response: its words' stems, and each two neighbouring ones as a phrase.
struct Tokeniser
{
    std::array<std::unique_ptr<CauseWords>, 5> words;

    template<typename Each> // each(stem, word as written)
    void terms(const CauseDocument &doc, Each &&each)
    {
        auto &w = words[std::size_t(doc.language)];
        if (!w)
            w = std::make_unique<CauseWords>(doc.language);
        const QList<CauseWords::Term> terms = w->terms(doc.text);
        for (qsizetype t = 0; t < terms.size(); ++t) {
            each(terms.at(t).stem, terms.at(t).word);
            if (t + 1 < terms.size() && terms.at(t).stem != terms.at(t + 1).stem)
                each(terms.at(t).stem + u' ' + terms.at(t + 1).stem, terms.at(t).word + u' ' + terms.at(t + 1).word);
        }
    }
};

// Groups' middles as compared: each cut to its heaviest terms and normalised, and for each
// term the groups whose middle holds it, so that a response is compared only with the groups
// that share a term with it, by adding up along its terms.
struct Middles
{
    QList<Vector> middles;                      // per group
    QList<QList<std::pair<int, float>>> byTerm; // per term: (group, weight)
    QList<float> scores;                        // scratch, per group
    QList<int> touched;

    void build(const QList<QHash<int, float>> &sums, qsizetype termCount, int keep)
    {
        middles.clear();
        byTerm = QList<QList<std::pair<int, float>>>(termCount);
        for (qsizetype g = 0; g < sums.size(); ++g) {
            Vector v;
            v.reserve(sums.at(g).size());
            for (auto it = sums.at(g).cbegin(); it != sums.at(g).cend(); ++it)
                v.append({it.key(), it.value()});
            const auto heavier = [](const auto &a, const auto &b) {
                return a.second != b.second ? a.second > b.second : a.first < b.first;
            };
            if (v.size() > keep) {
                std::nth_element(v.begin(), v.begin() + keep, v.end(), heavier);
                v.resize(keep);
            }
            double norm = 0;
            for (const auto &[term, weight] : std::as_const(v))
                norm += double(weight) * double(weight);
            norm = std::sqrt(norm);
            for (auto &[term, weight] : v) {
                weight = norm > 0 ? float(weight / norm) : 0.f;
                byTerm[term].append({int(g), weight});
            }
            middles.append(std::move(v));
        }
        scores = QList<float>(sums.size(), 0.f);
        touched.clear();
    }

    int best(const Vector &v, double *similarity)
    {
        for (const auto &[term, weight] : v) {
            for (const auto &[g, w] : std::as_const(byTerm.at(term))) {
                if (scores.at(g) == 0.f)
                    touched.append(g);
                scores[g] += weight * w;
            }
        }
        int chosen = -1;
        float most = 0;
        for (int g : std::as_const(touched)) {
            if (scores.at(g) > most || (scores.at(g) == most && g < chosen)) {
                most = scores.at(g);
                chosen = g;
            }
            scores[g] = 0.f;
        }
        touched.clear();
        *similarity = most;
        return chosen;
    }
};

// Weighted by idf (a term weighing 0 is left out) and normalised.
inline Vector weighted(const QList<int> &ids, const QList<float> &idf)
{
    Vector v;
    double norm = 0;
    for (int id : ids) {
        const float w = idf.at(id);
        if (w <= 0.f)
            continue;
        v.append({id, w});
        norm += double(w) * double(w);
    }
    norm = std::sqrt(norm);
    for (auto &entry : v)
        entry.second = float(entry.second / norm);
    return v;
}

} // namespace qw::CauseVectors

namespace qw {

struct CausePlacer::Data
{
    QHash<QString, int> terms; // stem: its index
    QList<float> idf;
    CauseVectors::Middles middles;
    QList<qint64> keys;
    double similarity = 0.3;
    CauseVectors::Tokeniser tokeniser;
};

} // namespace qw
