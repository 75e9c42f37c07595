"""A baseline: the findings a repository already had, so that only new ones stop a commit.

A finding is matched by file, rule, flagged text and the sentence it stands in (whitespace folded), not by
line or offset: an edit elsewhere in the article does not break the match, while the same slip written in
a new sentence is new. Matching counts: two baselined findings with one key excuse two, not three.

File format (JSON, reviewable in a diff):

    {"factlint_baseline": 1,
     "findings": [{"path": "news/a.md", "rule": "consistency/name-variants", "text": "...",
                   "sentence": "...", "count": 1}]}

Paths are relative to the baseline file's directory.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from checker.models import FileResult, Located

if TYPE_CHECKING:
    from checker.document import Document

FORMAT_VERSION = 1
_MAX_BASELINE_BYTES = 256 << 20  # far above any real baseline; /dev/zero must not be read for ever
Key = tuple[str, str, str, str]


class BaselineError(Exception):
    """A baseline file that cannot be read; one line naming the file."""


def _fold(text: str) -> str:
    return " ".join(text.split())


def _relative(path: str, root: Path) -> str:
    if path == "-":
        return path
    return Path(os.path.relpath(os.path.abspath(path), root)).as_posix()


def finding_key(path: str, located: Located, root: Path) -> Key:
    """What identifies a finding across edits: file, rule, flagged text, sentence."""
    return (_relative(path, root), located.finding.rule, _fold(located.text), _fold(located.sentence))


def _result_path(result: FileResult) -> str:
    # A JSONL record's result path is "file:record"; the record id stays part of the key.
    return result.path


@dataclass
class Baseline:
    """The findings of a baseline file, as counts per key; a finding filter (see CheckOptions)."""

    root: Path
    counts: Counter = field(default_factory=Counter)
    used: Counter = field(default_factory=Counter)

    @classmethod
    def load(cls, path: Path) -> Baseline:
        from checker.input_files import describe_os_error, read_regular_file

        try:
            data = json.loads(read_regular_file(path, limit=_MAX_BASELINE_BYTES).decode("utf-8"))
            entries = data["findings"] if data.get("factlint_baseline") == FORMAT_VERSION else None
            if not isinstance(entries, list):
                raise ValueError("not a factlint baseline (version 1)")
            counts = Counter({(e["path"], e["rule"], e["text"], e["sentence"]): int(e.get("count", 1))
                              for e in entries})
        except OSError as error:
            raise BaselineError(f"{path}: cannot read baseline: {describe_os_error(error)}") from None
        except RecursionError:
            raise BaselineError(f"{path}: not a valid baseline file: JSON nested too deeply") from None
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise BaselineError(f"{path}: not a valid baseline file: {error}") from None
        return cls(path.resolve().parent, counts)

    def __call__(self, document: Document, findings: Sequence[Located]) -> list[Located]:
        """The findings the baseline does not excuse."""
        path = f"{document.path}:{document.record}" if document.record else document.path
        # Counted per call, so checking a file again (after --fix) matches the same entries again.
        used: Counter = Counter()
        kept = []
        for located in findings:
            key = finding_key(path, located, self.root)
            if used[key] < self.counts[key]:
                used[key] += 1
            else:
                kept.append(located)
        self.used |= used
        return kept

    def unmatched(self) -> int:
        """How many baselined findings were not seen in this run (fixed, or their file not checked)."""
        return sum((self.counts - self.used).values())


def write_baseline(target: Path, results: Sequence[FileResult]) -> int:
    """Write every finding of `results` to a baseline file at `target` (atomically); return the count."""
    from checker.fix import write_new_file

    root = target.resolve().parent
    counts = Counter(finding_key(_result_path(r), located, root) for r in results for located in r.findings)
    entries = [{"path": p, "rule": rule, "text": text, "sentence": sentence, "count": n}
               for (p, rule, text, sentence), n in sorted(counts.items())]
    document = {"factlint_baseline": FORMAT_VERSION, "findings": entries}
    write_new_file(target, (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return sum(counts.values())
