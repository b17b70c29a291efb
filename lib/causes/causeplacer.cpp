#include "causevectors.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <limits>
#include <new>

// What a grouping learned, kept in the register and read back to place later responses.

namespace qw {

using namespace CauseVectors;

namespace {

constexpr quint32 placerMagic = 0x51574350; // "QWCP"
constexpr qint32 placerVersion = 2;

} // namespace

CausePlacer::CausePlacer() : d(std::make_unique<Data>()) {}
CausePlacer::CausePlacer(std::unique_ptr<Data> data) : d(std::move(data)) {}
CausePlacer::~CausePlacer() = default;
CausePlacer::CausePlacer(CausePlacer &&) noexcept = default;
CausePlacer &CausePlacer::operator=(CausePlacer &&) noexcept = default;

void CausePlacer::setKeys(const QList<qint64> &keys)
{
    Q_ASSERT(keys.size() == d->middles.middles.size());
    d->keys = keys;
}

QList<qint64> CausePlacer::keys() const
{
    return d->keys;
}

bool CausePlacer::isEmpty() const
{
    return d->middles.middles.isEmpty();
}

qint64 CausePlacer::place(const CauseDocument &document)
{
    if (isEmpty())
        return 0;
    QList<int> ids;
    d->tokeniser.terms(document, [&](const QString &stem, const QString &) {
        const auto it = d->terms.constFind(stem);
        if (it != d->terms.cend())
            ids.append(*it);
    });
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const Vector v = weighted(ids, d->idf);
    double similarity = 0;
    const int g = v.isEmpty() ? -1 : d->middles.best(v, &similarity);
    return g >= 0 && similarity >= d->similarity ? d->keys.value(g) : 0;
}

QByteArray CausePlacer::save() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    QList<QString> stems(d->idf.size());
    for (auto it = d->terms.cbegin(); it != d->terms.cend(); ++it)
        stems[*it] = it.key();
    // Each list as its count and its elements, so that reading can refuse a count the data
    // cannot hold before allocating anything.
    out << placerMagic << placerVersion << d->similarity << qint64(stems.size());
    for (qsizetype t = 0; t < stems.size(); ++t)
        out << stems.at(t) << d->idf.at(t);
    out << qint64(d->keys.size());
    for (qint64 key : std::as_const(d->keys))
        out << key;
    for (const Vector &v : std::as_const(d->middles.middles)) {
        out << qint64(v.size());
        for (const auto &[term, weight] : v)
            out << qint32(term) << weight;
    }
    return data;
}

std::optional<CausePlacer> CausePlacer::load(const QByteArray &data)
{
    // A damaged blob may claim lists of billions: refused, not allocated.
    try {
        return loadFrom(data);
    } catch (const std::bad_alloc &) {
        return std::nullopt;
    }
}

std::optional<CausePlacer> CausePlacer::loadFrom(const QByteArray &data)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    in >> magic >> version;
    if (magic != placerMagic || version != placerVersion)
        return std::nullopt;
    auto d = std::make_unique<Data>();
    // A count is at most what the bytes left could hold (each element takes 4 bytes or more).
    const auto count = [&](qint64 *n) {
        in >> *n;
        return in.status() == QDataStream::Ok && *n >= 0 && *n <= (data.size() - in.device()->pos()) / 4;
    };
    QList<QString> stems;
    qint64 terms = 0;
    in >> d->similarity;
    if (!count(&terms))
        return std::nullopt;
    stems.reserve(terms);
    d->idf.reserve(terms);
    for (qint64 t = 0; t < terms; ++t) {
        QString stem;
        float idf = 0;
        in >> stem >> idf;
        if (in.status() != QDataStream::Ok)
            return std::nullopt;
        stems.append(stem);
        d->idf.append(idf);
    }
    qint64 groups = 0;
    if (!count(&groups))
        return std::nullopt;
    for (qint64 g = 0; g < groups; ++g) {
        qint64 key = 0;
        in >> key;
        d->keys.append(key);
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    for (qsizetype t = 0; t < stems.size(); ++t)
        d->terms.insert(stems.at(t), int(t));
    QList<QHash<int, float>> sums(groups);
    for (qint64 g = 0; g < groups; ++g) {
        qint64 size = 0;
        if (!count(&size))
            return std::nullopt;
        for (qint64 t = 0; t < size; ++t) {
            qint32 term = 0;
            float weight = 0;
            in >> term >> weight;
            if (in.status() != QDataStream::Ok || term < 0 || term >= stems.size())
                return std::nullopt;
            sums[g].insert(term, weight);
        }
    }
    d->middles.build(sums, stems.size(), std::numeric_limits<int>::max());
    return CausePlacer(std::move(d));
}

} // namespace qw
