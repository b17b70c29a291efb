#!/usr/bin/python3
"""How well QuickWins groups poor responses by cause, against a TF-IDF + k-means baseline.

Measures, over the poor responses QuickWins exported whose comment is not empty:
  - QuickWins' number of groups and its coverage (share of responses in groups of 3 or more);
  - the normalized mutual information (NMI) between the true cause (the export's category
    column) and QuickWins' group, the ungrouped responses counted as one cluster more (a
    measure that leaving responses ungrouped cannot raise: counted each as a cluster of its
    own, which is printed too, every response alone would score well);
  - the NMI of two baselines on the same comments, with as many clusters as QuickWins found
    groups: scikit-learn's TfidfVectorizer + MiniBatchKMeans (as the issue names it), and
    + KMeans (full k-means, the stronger of the two here). The verdict is against the better.

Run:
  tests/bench/make_cause_export.py /tmp/export.csv 10000
  quickwins --register /tmp/R.qwr --import /tmp/export.csv
  quickwins --register /tmp/R.qwr --export-groups /tmp/groups.csv
  tests/bench/causes_quality.py /tmp/export.csv /tmp/groups.csv [--text Comment] [--category Category] [--ticket Ticket]

Exits 0 whichever wins (it is a benchmark), 2 on bad input. Needs python3-sklearn.
"""

import argparse
import csv
import sys
import time
from collections import Counter


def fail(path, what):
    print(f"causes_quality: {path}: {what}", file=sys.stderr)
    sys.exit(2)


def read_csv(path, columns):
    """The rows of a CSV as dicts, after checking it has the named columns."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            header = reader.fieldnames or []
            missing = [c for c in columns if c not in header]
            if missing:
                fail(path, f"no column {', '.join(repr(c) for c in missing)} (columns: {', '.join(header) or 'none'})")
            return list(reader)
    except OSError as e:
        fail(path, e.strerror or str(e))
    except (UnicodeDecodeError, csv.Error) as e:
        fail(path, f"not a readable UTF-8 CSV file ({e})")


class Step:
    """Prints how long the step inside it took."""

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.start = time.perf_counter()

    def __exit__(self, *exc):
        if exc[0] is None:
            print(f"  [{self.name}: {time.perf_counter() - self.start:.2f} s]")


def main():
    ap = argparse.ArgumentParser(description="Score QuickWins' cause groups against the true causes and a baseline.")
    ap.add_argument("export", metavar="EXPORT.csv")
    ap.add_argument("groups", metavar="GROUPS.csv", help="written by quickwins --register R --export-groups GROUPS.csv")
    ap.add_argument("--text", default="Comment", help="the export's comment column (default Comment)")
    ap.add_argument("--category", default="Category", help="the export's true-cause column (default Category)")
    ap.add_argument("--ticket", default="Ticket", help="the export's ticket column (default Ticket)")
    args = ap.parse_args()

    with Step("read export"):
        export = {}
        for row in read_csv(args.export, [args.ticket, args.text, args.category]):
            ticket = (row[args.ticket] or "").strip()
            if ticket and ticket not in export:  # a repeated ticket: its first row counts
                export[ticket] = ((row[args.text] or "").strip(), (row[args.category] or "").strip())
    if not export:
        fail(args.export, f"no rows with a ticket in column {args.ticket!r}")
    with Step("read groups"):
        groups = read_csv(args.groups, ["ticket", "group"])
    if not groups:
        fail(args.groups, "no responses in it (is it an --export-groups file of a register with poor responses?)")

    texts, causes, qw = [], [], []
    unknown = empty = 0
    for row in groups:
        ticket = (row["ticket"] or "").strip()
        if ticket not in export and ticket[1:2] in ("=", "+", "-", "@") and ticket.startswith("'"):
            ticket = ticket[1:]  # the export neutralised a cell a spreadsheet would run
        if ticket not in export:
            unknown += 1
            continue
        text, cause = export[ticket]
        if not text:
            empty += 1
            continue
        texts.append(text)
        causes.append(cause)
        qw.append((row["group"] or "").strip())
    if not texts:
        fail(args.groups, f"none of its {len(groups)} tickets matches a non-empty comment in {args.export} "
                          f"(column {args.ticket!r}, {args.text!r})")

    from sklearn.cluster import KMeans, MiniBatchKMeans
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import normalized_mutual_info_score as nmi

    n = len(texts)
    print(f"responses considered: {n} (poor, with a comment; {empty} without one and {unknown} not in the export left out)")
    print(f"true causes among them: {len(set(causes))}")
    with Step("QuickWins scores"):
        sizes = Counter(g for g in qw if g)
        covered = sum(1 for g in qw if g and sizes[g] >= 3)
        singletons = [g if g else f"\0ungrouped {i}" for i, g in enumerate(qw)]
        qw_nmi = nmi(causes, [g or "\0ungrouped" for g in qw])
        grouped = [i for i, g in enumerate(qw) if g]
        grouped_nmi = nmi([causes[i] for i in grouped], [qw[i] for i in grouped]) if grouped else float("nan")
        print("QuickWins:")
        print(f"  groups: {len(sizes)}")
        print(f"  coverage (in groups of 3 or more): {covered / n:.1%} ({covered} of {n}); in any group: {len(grouped)}")
        print(f"  NMI, the ungrouped responses as one cluster: {qw_nmi:.3f}")
        print(f"  NMI over the {len(grouped)} grouped responses only: {grouped_nmi:.3f}")
        print(f"  (NMI with each ungrouped response a cluster of its own: {nmi(causes, singletons):.3f})")

    k = min(max(2, len(sizes)), n)
    print(f"baselines (TF-IDF + MiniBatchKMeans, TF-IDF + KMeans; k = {k}):")
    with Step("baseline TF-IDF"):
        try:
            vectors = TfidfVectorizer(sublinear_tf=True, min_df=2, max_df=0.3, ngram_range=(1, 2),
                                      strip_accents="unicode", lowercase=True).fit_transform(texts)
        except ValueError as e:
            fail(args.groups, f"too few comments for the baseline's TF-IDF ({e})")
        print(f"  features: {vectors.shape[1]}")
    with Step("baseline MiniBatchKMeans"):
        labels = MiniBatchKMeans(n_clusters=k, random_state=0, n_init=10, batch_size=4096).fit_predict(vectors)
        mini_nmi = nmi(causes, labels)
        print(f"  MiniBatchKMeans NMI over all {n} responses: {mini_nmi:.3f}")
    with Step("baseline KMeans"):
        labels = KMeans(n_clusters=k, random_state=0, n_init=3).fit_predict(vectors)
        full_nmi = nmi(causes, labels)
        print(f"  KMeans NMI over all {n} responses: {full_nmi:.3f}")
    base_nmi = max(mini_nmi, full_nmi)

    verdict = "at least the baseline" if qw_nmi >= base_nmi else "below the baseline"
    print(f"QuickWins NMI {qw_nmi:.3f} vs baseline {base_nmi:.3f}: {verdict}")


if __name__ == "__main__":
    main()
