"""The article-internal consistency rules on real news (by hand, not part of the tests):

- planted errors (planting_consistency.py) in sampled articles of every corpus: recall per type and language,
  counting only findings of the four rules on the planted span (any severity, and warnings alone), and whether
  the fix gives the original back;
- false alarms: warnings of the four rules on the same articles untouched, per 100;
- speed: one article of 20,000 words (real articles of one corpus run together), checked with the four rules.

    .venv/bin/python benchmarks/consistency_bench.py [--sample 400] [--cap 60] [--seed 1] [--words 20000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

RULES = ("consistency/headline-body", "consistency/near-duplicate-conflict", "consistency/repeated-sentence",
         "consistency/restated-fact")


def _warnings(findings: list[Any]) -> list[Any]:
    return [f for f in findings if f.severity.label != "info"]


def planted(checker: Any, corpora: Path, sample: int, cap: int, seed: int) -> None:
    from accuracy_corpora import CORPORA, read_corpus
    from accuracy_planting import FINDERS
    from planting_consistency import FINDERS as OURS

    candidates: dict[tuple[str, str], list[tuple[Any, Any]]] = defaultdict(list)
    untouched: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    for corpus, (_path, lang) in CORPORA.items():
        articles = list(read_corpus(corpora, corpus))
        random.Random(f"{seed}:{corpus}").shuffle(articles)
        for article in articles[:sample]:
            analysis = checker.analyse(article.text, lang=article.lang, date=article.date)
            findings = checker.check_text(article.text, lang=article.lang, date=article.date)
            untouched[lang] += 1
            alarms[lang] += len(_warnings(findings))
            for type_ in OURS:
                plants = FINDERS[type_](analysis, findings, random.Random(f"{seed}:{article.id}:{type_}"))
                if plants:
                    candidates[(lang, type_)].append((article, plants[0]))
    for lang in ("ar", "en"):
        print(f"== {lang}: {untouched[lang]} untouched articles, {alarms[lang]} warnings "
              f"= {100 * alarms[lang] / max(untouched[lang], 1):.2f} per 100")
        for type_ in OURS:
            pool = candidates[(lang, type_)]
            random.Random(f"{seed}:{type_}").shuffle(pool)
            counts: Counter[str] = Counter()
            for article, plant in pool[:cap]:
                findings = checker.check_text(plant.text, lang=lang, date=article.date)
                hits = [f for f in findings if f.start < plant.end and plant.start < f.end]
                counts["planted"] += 1
                counts["hit"] += bool(hits)
                counts["warning"] += bool(_warnings(hits))
                counts["fix"] += any(f.fix and plant.text[:f.start] + f.fix.replacement + plant.text[f.end:]
                                     == plant.restored for f in hits)
                if not hits:
                    print(f"   miss {type_} [{article.id}] {plant.text[plant.start:plant.end]!r}: "
                          f"{' '.join(plant.text[max(0, plant.start - 80):plant.end + 80].split())}")
            n = max(counts["planted"], 1)
            print(f"   {type_:<32} candidates {len(pool):>4} planted {counts['planted']:>3} "
                  f"recall {counts['hit'] / n:.2f} (warnings {counts['warning'] / n:.2f}) "
                  f"fix right {counts['fix'] / n:.2f}")


def long_article(checker: Any, corpora: Path, words: int) -> None:
    from accuracy_corpora import read_corpus

    for corpus, lang in (("realtimeqa", "en"), ("hespress", "ar")):
        parts, count = [], 0
        for article in read_corpus(corpora, corpus):
            body = article.text.split("\n\n", 1)[-1]
            parts.append(body)
            count += len(body.split())
            if count >= words:
                break
        text = "Headline of a long article\n\n" + "\n\n".join(parts)
        started = time.perf_counter()
        analysis = checker.analyse(text, lang=lang)
        findings = checker.check_text(text, lang=lang)
        elapsed = time.perf_counter() - started
        # the pairing alone, on an analysis whose other annotations are already computed
        analysis.annotation("statements")
        paired = time.perf_counter()
        pairs = analysis.annotation("statement_pairs")
        pairing = time.perf_counter() - paired
        print(f"== {lang}: {count} words, {len(analysis.sentences)} sentences: checked with the four rules in "
              f"{elapsed:.2f}s ({len(findings)} findings); pairing alone {pairing * 1000:.0f} ms, {len(pairs)} pairs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", default=str(Path(__file__).resolve().parents[2] / "shared/data/corpora"))
    parser.add_argument("--sample", type=int, default=400, help="articles per corpus")
    parser.add_argument("--cap", type=int, default=60, help="planted articles per type and language")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--skip-planted", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent))

    from checker.api import Checker, CheckOptions

    checker = Checker(CheckOptions(select=RULES))
    long_article(checker, Path(args.corpora), args.words)
    if not args.skip_planted:
        planted(checker, Path(args.corpora), args.sample, args.cap, args.seed)


if __name__ == "__main__":
    main()
