"""Run rules over the real news corpora and print what they flag (by hand, not part of the tests).

    .venv/bin/python benchmarks/corpus_scan.py --select roles/ [--corpora ../shared/data/corpora]
        [--corpus realtimeqa ...] [--limit 2000] [--sample 30] [--seed 1] [--show-all]

Prints the number of articles, findings per 1,000 articles per rule, and a random sample of findings with
their sentences, to be judged by a person (false alarms on this edited news are defects).
The corpora are licensed for measurement only: nothing from them is copied into the project.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from accuracy_corpora import (
    CORPORA,
    Article,
    bbc_articles,
    corpus_path,
    jsonl_gz_articles,
    read_corpus,
    saudinewsnet_articles,
)

SCAN_ORDER = ("realtimeqa", "hespress", "saudinewsnet", "bbc")


def _rows(articles: Iterable[Article]) -> Iterator[tuple[str, str, str, dt.date | None]]:
    return ((article.id, article.lang, article.text, article.date) for article in articles)


def saudinewsnet(folder: Path) -> Iterator[tuple[str, str, str, dt.date | None]]:
    return _rows(saudinewsnet_articles(folder))


def bbc(path: Path) -> Iterator[tuple[str, str, str, dt.date | None]]:
    # The BBC set is from 2004-05 and carries no per-article date: date checks stay silent.
    return _rows(bbc_articles(path))


def jsonl_articles(path: Path) -> Iterator[tuple[str, str, str, dt.date | None]]:
    """The gzip JSONL corpora of `recent/` (`{id, date, lang, title, text}` per line)."""
    return _rows(jsonl_gz_articles(path, path.stem))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", default=str(Path(__file__).resolve().parents[2] / "shared/data/corpora"))
    parser.add_argument("--select", action="append", default=[])
    parser.add_argument("--limit", type=int, default=0, help="articles per corpus (0: all)")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show-all", action="store_true")
    parser.add_argument("--corpus", action="append", default=[], choices=list(SCAN_ORDER),
                        help="scan only these corpora (default: every one, the recent ones first)")
    args = parser.parse_args()
    # Here, not at import: other benchmarks import the readers above while measuring another checkout.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    from checker.api import Checker, CheckOptions

    checker = Checker(CheckOptions(select=tuple(args.select)))
    corpora = Path(args.corpora)
    # Every corpus, the recent ones first: old archives hide what recent coverage triggers.
    sources = {f"{name} ({CORPORA[name][1]})": _rows(read_corpus(corpora, name))
               for name in (args.corpus or SCAN_ORDER) if corpus_path(corpora, name).exists()}
    all_findings = []
    for name, articles in sources.items():
        count, per_rule, started = 0, Counter(), time.perf_counter()
        for article_id, lang, text, date in articles:
            if args.limit and count >= args.limit:
                break
            count += 1
            analysis = checker.analyse(text, lang=lang, date=date)
            from checker.engine import run_rules

            for finding in run_rules(analysis, checker.rules):
                per_rule[finding.rule] += 1
                sentence = analysis.sentence_of(finding.start)
                all_findings.append((name, article_id, finding, text[finding.start:finding.end],
                                     text[sentence.start:sentence.end]))
        elapsed = time.perf_counter() - started
        print(f"== {name}: {count} articles in {elapsed:.1f}s ({count / max(elapsed, 1e-9):.0f}/s)")
        for rule, n in per_rule.most_common():
            print(f"   {rule:<36} {n:>6}  = {1000 * n / max(count, 1):.1f} per 1,000 articles")
    random.Random(args.seed).shuffle(all_findings)
    shown = all_findings if args.show_all else all_findings[: args.sample]
    print(f"\n== sample of {len(shown)} of {len(all_findings)} findings")
    for _source, article_id, finding, span, sentence in shown:
        fix = f" -> {finding.fix.replacement!r}" if finding.fix else ""
        print(f"- [{article_id}] {finding.rule} {span!r}{fix}\n    {finding.message}\n"
              f"    | {' '.join(sentence.split())[:400]}")


if __name__ == "__main__":
    main()
