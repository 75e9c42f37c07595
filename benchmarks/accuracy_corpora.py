"""Readers for the measurement corpora (../shared/data/corpora), each article with its language and date:
the one set of readers every benchmark uses (corpus_scan.py, run.py, scaling_bench.py, compare_findings.py
and the accuracy gate). The corpora are licensed for measurement only: nothing read here is copied into the
repository.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

csv.field_size_limit(10**8)


@dataclass(frozen=True)
class Article:
    id: str
    corpus: str
    lang: str
    text: str
    date: dt.date | None


# name -> (path under the corpora folder, language); the order is the report's order.
CORPORA = {
    "saudinewsnet": ("saudinewsnet", "ar"),
    "bbc": ("bbc/bbc_news.csv", "en"),
    "hespress": ("recent/hespress_ar.jsonl.gz", "ar"),
    "realtimeqa": ("recent/realtimeqa_news_en.jsonl.gz", "en"),
}


def _date(value: object) -> dt.date | None:
    day = str(value or "")[:10]
    try:
        return dt.date.fromisoformat(day)
    except ValueError:
        return None


def saudinewsnet_articles(folder: Path) -> Iterator[Article]:
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as bundle:
            for member in sorted(bundle.namelist()):
                if not member.endswith(".json"):
                    continue
                for index, item in enumerate(json.loads(bundle.read(member))):
                    text = "\n\n".join(part for part in (item.get("title"), item.get("content")) if part)
                    yield Article(f"{archive.name}#{index}", "saudinewsnet", "ar", text,
                                  _date(item.get("date_extracted")))


def bbc_articles(path: Path) -> Iterator[Article]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            # 2004-05, no date per article: date-dependent checks stay silent, as for any undated text.
            yield Article(f"bbc#{index}", "bbc", "en", row.get("text") or "", None)


def jsonl_gz_articles(path: Path, corpus: str, lang: str | None = None) -> Iterator[Article]:
    """Each line's article; its language is `lang`, or the record's own `lang` field when `lang` is None."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if not line.strip():
                continue
            item = json.loads(line)
            text = "\n\n".join(part for part in (item.get("title"), item.get("text")) if part)
            yield Article(str(item.get("id") or f"{corpus}#{index}"), corpus, lang or item.get("lang") or "en", text,
                          _date(item.get("date")))


def corpus_path(root: Path, name: str) -> Path:
    return root / CORPORA[name][0]


def read_corpus(root: Path, name: str) -> Iterator[Article]:
    path = corpus_path(root, name)
    lang = CORPORA[name][1]
    if name == "saudinewsnet":
        return saudinewsnet_articles(path)
    if name == "bbc":
        return bbc_articles(path)
    return jsonl_gz_articles(path, name, lang)


def missing_corpora(root: Path) -> list[str]:
    """The corpora that are not there (a clone without ../shared has none)."""
    return [name for name in CORPORA if not corpus_path(root, name).exists()]
