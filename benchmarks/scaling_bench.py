"""Does the cost of one document grow linearly with its length? (run by hand, not part of the tests)

    .venv/bin/python benchmarks/scaling_bench.py [--sizes 0.25 1 4] [--baseline ../main] [--corpora DIR]

Joins whole news articles into one file of about 0.25, 1 and 4 MB per language (Arabic from SaudiNewsNet,
English from RealTime QA), in a temporary directory, and times `Checker.check_file` on each with a checker
warmed on its first 20 KB (start-up excluded), dated like its newest article so the date checks run. Prints
wall and CPU seconds and CPU seconds per MB; exits 1 when, in either language, the CPU time per MB of the
largest file is more than 1.5x that of the smallest (CPU time, because the machines are shared and wall
time is noisy). `--baseline TREE` runs the same measurement with the code of another checkout (e.g. main
before a change) in a subprocess and prints both side by side; only this checkout's figures decide the
exit code. The corpora are licensed for measurement only: the files are deleted after.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from trees import ROOT, measure_with_code, use_code  # noqa: E402

LANGUAGES = ("ar", "en")
MAX_GROWTH = 1.5


def corpus_articles(corpora: Path, lang: str) -> Iterator[tuple[str, str, str, dt.date | None]]:
    """(id, lang, text, date) of the corpus used for `lang`, in corpus order."""
    from corpus_scan import jsonl_articles, saudinewsnet

    if lang == "ar":
        return saudinewsnet(corpora / "saudinewsnet")
    return jsonl_articles(corpora / "recent" / "realtimeqa_news_en.jsonl.gz")


def joined_text(corpora: Path, lang: str, megabytes: float) -> tuple[str, int, dt.date | None]:
    """Whole articles joined by blank lines until the text reaches `megabytes` (10^6 bytes of UTF-8):
    the text, how many articles it holds, and the newest article date."""
    parts: list[str] = []
    size, newest = 0, None
    for _, _, text, date in corpus_articles(corpora, lang):
        if size >= megabytes * 1e6:
            break
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
        if date and (newest is None or date > newest):
            newest = date
    return "\n\n".join(parts), len(parts), newest


def measure(corpora: Path, sizes: list[float]) -> list[dict]:
    """Per language and size: MB, articles, seconds, seconds per MB and the number of findings."""
    from checker.api import Checker, CheckOptions

    results = []
    with tempfile.TemporaryDirectory(prefix="factlint-scaling-") as scratch:
        for lang in LANGUAGES:
            for megabytes in sizes:
                text, articles, newest = joined_text(corpora, lang, megabytes)
                path = Path(scratch) / f"{lang}-{megabytes}.txt"
                path.write_text(text, encoding="utf-8")
                checker = Checker(CheckOptions(lang=lang, date=newest))
                # Warm up on real text, so the first file does not pay for lazy imports and tables.
                checker.check_text(text[:20_000], lang=lang, date=newest)
                started, cpu_started = time.perf_counter(), time.process_time()
                files = checker.check_file(path)
                seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
                size = path.stat().st_size / 1e6
                results.append({"lang": lang, "size": megabytes, "mb": size, "articles": articles,
                                "seconds": seconds, "cpu": cpu, "per_mb": cpu / size,
                                "findings": sum(len(result.findings) for result in files)})
                path.unlink()
    return results


def growth(results: list[dict], lang: str) -> float:
    """CPU seconds per MB of the largest file over that of the smallest."""
    rows = sorted((r for r in results if r["lang"] == lang), key=lambda r: r["mb"])
    return rows[-1]["per_mb"] / rows[0]["per_mb"]


def print_table(columns: dict[str, list[dict]]) -> None:
    labels = list(columns)
    print(f"{'':<14}" + "".join(f"{label:>48}" for label in labels))
    print(f"{'file':<14}" + f"{'wall s':>12}{'CPU s':>9}{'CPU s/MB':>10}{'findings':>17}" * len(labels))
    for index, row in enumerate(columns[labels[0]]):
        name = f"{row['lang']} {row['mb']:.2f} MB"
        cells = "".join(f"{c[index]['seconds']:>12.2f}{c[index]['cpu']:>9.2f}{c[index]['per_mb']:>10.2f}"
                        f"{c[index]['findings']:>17}" for c in columns.values())
        print(f"{name:<14}{cells}")
    for lang in LANGUAGES:
        print(f"{lang}: CPU time per MB, largest / smallest file: "
              + ", ".join(f"{label} {growth(c, lang):.2f}x" for label, c in columns.items())
              + f" (limit {MAX_GROWTH}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "data" / "corpora"))
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 1, 4], help="MB per file")
    parser.add_argument("--baseline", help="another checkout to measure side by side (e.g. ../main)")
    parser.add_argument("--code", help=argparse.SUPPRESS)  # the checkout whose code a subprocess measures
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    tree = use_code(args.code)
    forwarded = ["--corpora", args.corpora, "--sizes", *map(str, args.sizes)]
    baseline = measure_with_code(__file__, Path(args.baseline).resolve(), forwarded) if args.baseline else None
    results = measure(Path(args.corpora), args.sizes)
    if args.json:
        print(json.dumps(results))
        return
    columns = {f"{tree.name} (this)": results}
    if baseline is not None:
        columns[f"{Path(args.baseline).resolve().name} (baseline)"] = baseline
    print_table(columns)
    worst = max(growth(results, lang) for lang in LANGUAGES)
    sys.exit(1 if worst > MAX_GROWTH else 0)


if __name__ == "__main__":
    main()
