"""Changed text only: keep the findings in sentences that a change added or modified.

`--diff-base REF` compares each file with its version at REF; `--staged` compares the staged file with
HEAD (pre-commit stashes unstaged changes, so the file on disk is the staged one). The comparison is by
sentence, not by diff hunk: the old version's prose is split into sentences, and a finding is kept only
when its sentence is not one of them. So a reflowed paragraph reports nothing, and a one-word edit in a
long line reports only the sentence it touched. A file that did not exist at the base is all new.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from checker.models import Located

if TYPE_CHECKING:
    from checker.document import Document, LoadOptions


class GitError(Exception):
    """git is missing, the path is outside a repository, or REF names no commit; one line."""


def _git(directory: Path, *args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", "-C", str(directory), *args], capture_output=True, check=False)
    except OSError as error:
        raise GitError(f"cannot run git: {error.strerror or error}") from None


def verify_ref(ref: str, directory: Path) -> None:
    """Raise GitError unless `ref` names a commit in the repository around `directory`."""
    done = _git(directory, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if done.returncode != 0:
        inside = _git(directory, "rev-parse", "--show-toplevel").returncode == 0
        raise GitError(f"{ref!r} is not a commit in this repository" if inside
                       else f"{directory}: not inside a git repository")


def _fold(text: str) -> str:
    return " ".join(text.split())


@dataclass
class ChangedSentences:
    """A finding filter (see CheckOptions): drops findings whose sentence the base version already had."""

    base: str  # a commit-ish; "HEAD" for --staged
    load: LoadOptions | None = None
    _old: dict[str, frozenset[str] | None] = field(default_factory=dict, repr=False)

    def __call__(self, document: Document, findings: Sequence[Located]) -> list[Located]:
        if document.path == "-" or not findings:
            return list(findings)
        old = self.old_sentences(document.path)
        if old is None:
            return list(findings)
        return [located for located in findings if _fold(located.sentence) not in old]

    def old_sentences(self, path: str) -> frozenset[str] | None:
        """The sentences of the file at the base (None: the file is new there, so everything is new)."""
        if path not in self._old:
            self._old[path] = self._read_old(path)
        return self._old[path]

    def _read_old(self, path: str) -> frozenset[str] | None:
        from checker.api import document_language
        from checker.decoding import DecodeError
        from checker.document import InputError, LoadOptions, load_documents
        from checker.lang import is_supported
        from checker.text.sentences import split_sentences

        file = Path(path).resolve()
        shown = _git(file.parent, "show", f"{self.base}:./{file.name}")
        if shown.returncode != 0:
            return None
        try:
            documents = load_documents(path, shown.stdout, self.load or LoadOptions())
        except (DecodeError, InputError):
            return None
        sentences: set[str] = set()
        for document in documents:
            text = document.text
            lang = document_language(text, "auto", document.meta.lang)
            if not is_supported(lang):
                continue
            sentences.update(_fold(text[s.start:s.end]) for s in split_sentences(text, lang))
        return frozenset(sentences)
