"""factlint benchmarks (run by hand: `make bench`, or `.venv/bin/python benchmarks/run.py`).

1. Articles per second over 1,000 real articles (500 Arabic from SaudiNewsNet, 500 English from BBC).
2. Per-article time with 1,000 vs 100,000 knowledge-base names (target: ratio at most 1.3), measured on the
   name-matching stage and on a whole check.
3. Wall time of `factlint check` on one article with a warm cache, against `python -c pass` (target < 300 ms).

The corpora are licensed for measurement only and are read from ../shared/data/corpora (override with
--corpora); nothing from them is stored in the project.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def real_articles(corpora: Path, count: int) -> list[tuple[str, str]]:
    from corpus_scan import bbc, saudinewsnet

    arabic = [(lang, text) for _, lang, text, _ in _take(saudinewsnet(corpora / "saudinewsnet"), count // 2)]
    english = [(lang, text) for _, lang, text, _ in _take(bbc(corpora / "bbc" / "bbc_news.csv"), count - len(arabic))]
    return arabic + english


def _take(iterable, count):
    for index, item in enumerate(iterable):
        if index >= count:
            return
        yield item


def synthetic_pack(directory: Path, names: int, seed: int = 7) -> Path:
    """A knowledge pack of `names` made-up persons (half Arabic-script, half Latin names)."""
    rng = random.Random(seed)
    arabic_letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    latin = "abcdefghijklmnopqrstuvwxyz"
    lines = ["pack: synthetic", "kind: knowledge", "version: 1", "checked: '2026-01-01'", "entities:"]
    for index in range(names // 2):
        ar = " ".join("".join(rng.choice(arabic_letters) for _ in range(rng.randint(4, 7))) for _ in range(2))
        en = " ".join("".join(rng.choice(latin) for _ in range(rng.randint(4, 8))).title() for _ in range(2))
        lines.append(f"  - {{id: person/synthetic-{index}, type: person, names: {{en: ['{en}'], ar: ['{ar}']}}}}")
    path = directory / f"synthetic_{names}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def articles_per_second(checker, articles) -> tuple[float, float]:
    started = time.perf_counter()
    findings = 0
    for lang, text in articles:
        findings += len(checker.check_text(text, lang=lang))
    elapsed = time.perf_counter() - started
    return len(articles) / elapsed, findings


def matching_time(packs, articles) -> float:
    from checker.text.normalize import normalize

    normalized = [normalize(text) for _, text in articles]
    started = time.perf_counter()
    for item in normalized:
        packs.matcher.find(item)
    return (time.perf_counter() - started) / len(articles)


def main() -> None:
    parser = argparse.ArgumentParser(description="factlint benchmarks")
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "data" / "corpora"))
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()

    from checker.api import Checker, CheckOptions
    from checker.compiled_packs import load_packs

    articles = real_articles(Path(args.corpora), args.articles)
    total_mb = sum(len(text.encode()) for _, text in articles) / 1e6
    checker = Checker()
    checker.check_text("warm up", lang="en")
    rate, findings = articles_per_second(checker, articles)
    print(f"1. {len(articles)} real articles ({total_mb:.1f} MB), all rules: {rate:.0f} articles/s "
          f"({findings} findings); knowledge base: {len(checker.packs.knowledge.entities)} entities")

    with tempfile.TemporaryDirectory() as scratch:
        scratch_path = Path(scratch)
        os.environ["FACTLINT_CACHE_DIR"] = str(scratch_path / "cache")
        per_article = {}
        for names in (1_000, 100_000):
            pack = synthetic_pack(scratch_path, names)
            started = time.perf_counter()
            packs = load_packs([pack], use_cache=False)
            build = time.perf_counter() - started
            sized = Checker(CheckOptions(), packs=packs)
            match = matching_time(packs, articles)
            whole = 1 / articles_per_second(sized, articles)[0]
            per_article[names] = (match, whole)
            print(f"2. +{names:>7,} names: build {build:.1f}s; name matching {match * 1e3:.3f} ms/article; "
                  f"whole check {whole * 1e3:.2f} ms/article")
        print(f"   ratio 100k/1k: matching {per_article[100_000][0] / per_article[1_000][0]:.2f}, "
              f"whole check {per_article[100_000][1] / per_article[1_000][1]:.2f} (target <= 1.3)")
        del os.environ["FACTLINT_CACHE_DIR"]

    from hook_bench import hook_times

    article = ROOT / "examples" / "gaza_russia_ar.txt"
    times = {label: statistics.median(values) for label, values in hook_times(str(article)).items()}
    print(f"3. factlint check {article.name} (warm cache): {times['factlint check (warm)']:.0f} ms wall; "
          f"python -c pass: {times['python -c pass']:.0f} ms (target < 300 ms)")


if __name__ == "__main__":
    main()
