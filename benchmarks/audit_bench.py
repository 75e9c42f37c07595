"""Audit benchmark (by hand, not part of the tests): articles per second with 1 and 2 jobs, and peak memory of
the whole process tree for 10,000 vs 100,000 articles.

    .venv/bin/python benchmarks/audit_bench.py [--corpora ../shared/data/corpora] [--speed-articles 3000]
        [--select RULES] [--skip-memory]

The corpora (SaudiNewsNet zips, the BBC CSV) are licensed for measurement only: the archives this script
builds live in a temporary directory and are deleted. 100,000 articles are the real ones repeated with new ids.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
csv.field_size_limit(10**8)


def corpus_articles(corpora: Path) -> Iterator[dict]:
    """Arabic and English articles alternately, as audit records."""
    arabic, english = _saudinewsnet(corpora / "saudinewsnet"), _bbc(corpora / "bbc" / "bbc_news.csv")
    for pair in zip(arabic, english, strict=False):  # the rest of the Arabic ones follow
        yield from pair
    yield from arabic


def _saudinewsnet(folder: Path) -> Iterator[dict]:
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as bundle:
            for member in bundle.namelist():
                for item in json.loads(bundle.read(member)):
                    yield {"text": item.get("content") or "", "title": item.get("title"), "lang": "ar",
                           "source": item.get("source"), "date": (item.get("date_extracted") or "")[:10] or None}


def _bbc(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for row in csv.DictReader(handle):
            yield {"text": row["text"], "lang": "en", "source": "bbc"}


def write_archive(path: Path, articles: list[dict], count: int) -> Path:
    """`count` records: the articles repeated as often as needed, each with its own id."""
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            record = {"id": f"bench-{number:07d}", **articles[number % len(articles)]}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def timed_audit(archive: Path, db: Path, jobs: int, select: list[str]) -> tuple[float, int, float]:
    """Seconds, peak summed RSS (bytes) of the audit's process tree (sampled every 50 ms), and the CPU
    seconds of the whole tree (a figure that other load on a shared machine does not distort)."""
    import resource

    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)

    command = [sys.executable, "-m", "checker", "audit", str(archive), "--db", str(db), "--jobs", str(jobs),
               "--no-progress", *[f"--select={s}" for s in select]]
    started = time.perf_counter()
    process = psutil.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    if process.returncode:
        raise SystemExit(f"audit failed: {process.stderr.read()}")
    sys.stderr.write("    " + process.stderr.read())
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, peak, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "data" / "corpora"))
    parser.add_argument("--speed-articles", type=int, default=3000)
    parser.add_argument("--select", action="append", default=[])
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()

    articles = list(corpus_articles(Path(args.corpora)))
    print(f"{len(articles):,} corpus articles")
    with tempfile.TemporaryDirectory(prefix="audit-bench-") as folder:
        work = Path(folder)
        speed = write_archive(work / "speed.jsonl", articles, args.speed_articles)
        # Warm the pack cache so both runs start alike.
        subprocess.run([sys.executable, "-m", "checker", "rules", "list"], cwd=ROOT, capture_output=True)
        rates = {}
        for jobs in (1, 2):
            seconds, peak, cpu = timed_audit(speed, work / f"speed-{jobs}.sqlite", jobs, args.select)
            rates[jobs] = args.speed_articles / seconds
            print(f"jobs={jobs}: {args.speed_articles:,} articles in {seconds:.1f}s = {rates[jobs]:.0f} articles/s, "
                  f"{cpu:.1f} CPU seconds, peak RSS {peak / 2**20:.0f} MiB; load average {os.getloadavg()[0]:.1f}")
        print(f"speed-up with 2 jobs: {rates[2] / rates[1]:.2f}x")
        if args.skip_memory:
            return
        for count in (10_000, 100_000):
            archive = write_archive(work / f"memory-{count}.jsonl", articles, count)
            seconds, peak, _ = timed_audit(archive, work / f"memory-{count}.sqlite", 2, args.select)
            print(f"{count:,} articles (jobs=2): {seconds:.0f}s, {count / seconds:.0f} articles/s, "
                  f"peak RSS of the process tree {peak / 2**20:.0f} MiB")
            archive.unlink()


if __name__ == "__main__":
    main()
