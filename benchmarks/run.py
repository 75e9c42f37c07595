"""factlint benchmarks (run by hand: `make bench`, or `.venv/bin/python benchmarks/run.py`).

1. Articles per second over 1,000 real articles (500 Arabic from SaudiNewsNet, 500 English from BBC).
2. Per-article time with 1,000 vs 100,000 knowledge-base names (target: ratio at most 1.3), measured on the
   name-matching stage and on a whole check.
3. Wall time of `factlint check` on one article with a warm cache, against `python -c pass` (target < 300 ms).

`--baseline TREE` measures 1 and 3 with the code of another checkout as well (1 in a subprocess that imports
that checkout's `checker`, 3 with its code on PYTHONPATH) and prints both side by side, e.g. main before and
after a change: `git worktree add ../before main~3 && .venv/bin/python benchmarks/run.py --baseline ../before`.
The corpora are licensed for measurement only and are read from ../shared/data/corpora (override with
--corpora); nothing from them is stored in the project.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from trees import ROOT, measure_with_code, use_code  # noqa: E402


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


def corpus_rate(corpora: Path, count: int) -> dict:
    """Measurement 1 with the `checker` this process imports."""
    from checker.api import Checker

    articles = real_articles(corpora, count)
    checker = Checker()
    checker.check_text("warm up", lang="en")
    rate, findings = articles_per_second(checker, articles)
    return {"articles": len(articles), "mb": sum(len(text.encode()) for _, text in articles) / 1e6, "rate": rate,
            "findings": findings, "entities": len(checker.packs.knowledge.entities)}


def main() -> None:
    parser = argparse.ArgumentParser(description="factlint benchmarks")
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "data" / "corpora"))
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--baseline", help="another checkout to measure 1 and 3 with, side by side")
    parser.add_argument("--code", help=argparse.SUPPRESS)  # the checkout whose code a subprocess measures
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    use_code(args.code)
    if args.json:  # measurement 1 only, for another run's --baseline
        print(json.dumps(corpus_rate(Path(args.corpora), args.articles)))
        return
    baseline = Path(args.baseline).resolve() if args.baseline else None

    from checker.api import Checker, CheckOptions
    from checker.compiled_packs import load_packs

    rates = {ROOT.name: corpus_rate(Path(args.corpora), args.articles)}
    if baseline:
        rates[f"{baseline.name} (baseline)"] = measure_with_code(
            __file__, baseline, ["--corpora", args.corpora, "--articles", str(args.articles)])
    for label, rate in rates.items():
        print(f"1. {rate['articles']} real articles ({rate['mb']:.1f} MB), all rules: {rate['rate']:.0f} articles/s "
              f"({rate['findings']} findings); knowledge base: {rate['entities']} entities  [{label}]")

    articles = real_articles(Path(args.corpora), args.articles)
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
    checkouts = {ROOT.name: ROOT, **({f"{baseline.name} (baseline)": baseline} if baseline else {})}
    for label, code in checkouts.items():
        times = {name: statistics.median(values) for name, values in hook_times(str(article), code=code).items()}
        print(f"3. factlint check {article.name} (warm cache): {times['factlint check (warm)']:.0f} ms wall; "
              f"python -c pass: {times['python -c pass']:.0f} ms (target < 300 ms)  [{label}]")


if __name__ == "__main__":
    main()
