"""Kept for callers of the old location: language detection lives in the language layer (`checker.lang.detect`)."""

from __future__ import annotations

from checker.lang.detect import SAMPLE_CHARS, detect_language

__all__ = ["SAMPLE_CHARS", "detect_language"]
