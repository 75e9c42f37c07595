"""Do two checkouts find the same things? (run by hand after a change that must not change findings)

    .venv/bin/python benchmarks/compare_findings.py --baseline ../main [--articles 1000] [--sizes 0.25 1]

Checks the same inputs with this checkout's code and with the baseline's, each in its own subprocess, and
compares rule, span and message of every finding: real articles one by one (a quarter each from
SaudiNewsNet, Hespress, RealTime QA and BBC, dated where the corpus gives a date) and whole articles joined
into one Arabic and one English file per size (see scaling_bench.py). Prints the differences and the time
each side took; exits 1 when any finding differs. `--save FILE` / `--load FILE` keep a side's findings, so
a slow baseline is run once. The corpora are licensed for measurement only: nothing is written from them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from trees import ROOT, measure_with_code, use_code  # noqa: E402


def article_inputs(corpora: Path, count: int):
    """(name, lang, text, date) of `count` separate articles from the four corpora."""
    from corpus_scan import bbc, jsonl_articles, saudinewsnet

    recent = corpora / "recent"
    sources = (saudinewsnet(corpora / "saudinewsnet"), jsonl_articles(recent / "hespress_ar.jsonl.gz"),
               jsonl_articles(recent / "realtimeqa_news_en.jsonl.gz"), bbc(corpora / "bbc" / "bbc_news.csv"))
    for index, source in enumerate(sources):
        yield from islice(source, count // 4 + (1 if index < count % 4 else 0))


def findings_of(corpora: Path, count: int, sizes: list[float]) -> dict:
    """{input name: [[rule, start, end, message], ...]} plus the seconds spent on each kind of input."""
    from scaling_bench import LANGUAGES, joined_text

    from checker.api import Checker

    checker = Checker()
    checker.check_text("warm up", lang="en")
    found: dict[str, list] = {}
    started = time.perf_counter()
    for name, lang, text, date in article_inputs(corpora, count):
        found[name] = [[f.rule, f.start, f.end, f.message] for f in checker.check_text(text, lang=lang, date=date)]
    timings = {"articles": time.perf_counter() - started}
    for lang in LANGUAGES:
        for megabytes in sizes:
            text, _, newest = joined_text(corpora, lang, megabytes)
            started = time.perf_counter()
            findings = checker.check_text(text, lang=lang, date=newest)
            timings[f"joined {lang} {megabytes} MB"] = time.perf_counter() - started
            found[f"joined {lang} {megabytes} MB"] = [[f.rule, f.start, f.end, f.message] for f in findings]
    return {"findings": found, "seconds": timings}


def differences(mine: dict, theirs: dict) -> list[str]:
    lines = []
    for name in sorted(set(mine) | set(theirs)):
        ours, other = {tuple(f) for f in mine.get(name, [])}, {tuple(f) for f in theirs.get(name, [])}
        lines += [f"{name}: only here:     {f}" for f in sorted(ours - other)]
        lines += [f"{name}: only baseline: {f}" for f in sorted(other - ours)]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "data" / "corpora"))
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--sizes", type=float, nargs="*", default=[0.25, 1], help="MB per joined file")
    parser.add_argument("--baseline", help="the other checkout")
    parser.add_argument("--load", help="baseline findings saved by an earlier --save (instead of --baseline)")
    parser.add_argument("--save", help="also write this checkout's findings to this JSON file")
    parser.add_argument("--code", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    use_code(args.code)
    forwarded = ["--corpora", args.corpora, "--articles", str(args.articles), "--sizes", *map(str, args.sizes)]
    if args.load:
        baseline = json.loads(Path(args.load).read_text(encoding="utf-8"))
    elif args.baseline:
        baseline = measure_with_code(__file__, Path(args.baseline).resolve(), forwarded)
    else:
        baseline = None
    mine = findings_of(Path(args.corpora), args.articles, args.sizes)
    if args.save:
        Path(args.save).write_text(json.dumps(mine), encoding="utf-8")
    if args.json:
        print(json.dumps(mine))
        return
    total = sum(len(f) for f in mine["findings"].values())
    print(f"{len(mine['findings'])} inputs, {total} findings here")
    for label, seconds in mine["seconds"].items():
        other = f"   baseline {baseline['seconds'][label]:7.2f} s" if baseline and label in baseline["seconds"] else ""
        print(f"  {label:<22} here {seconds:7.2f} s{other}")
    if baseline is None:
        return
    lines = differences(mine["findings"], baseline["findings"])
    print("\n".join(lines) if lines else "same findings (rule, span, message) on every input")
    sys.exit(1 if lines else 0)


if __name__ == "__main__":
    main()
