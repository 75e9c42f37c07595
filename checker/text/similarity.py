"""How alike two strings are: rapidfuzz's `fuzz.ratio`, computed here for the few short pairs an article asks
about.

Importing rapidfuzz costs a one-file check 10-18 ms (its C++ modules and their Python fallbacks), more than all
the comparisons of an article take in Python: names of a few words, and the quotations of an article that holds
only a few. The ratio is the normalised Indel similarity, `100 * (1 - (len(a) + len(b) - 2 * LCS) / (len(a) +
len(b)))`, with the longest common subsequence counted bit-parallel (Hyyrö's algorithm: one pass over the
shorter string, the longer one's letters as bit masks); the arithmetic is rapidfuzz's, so the values are the
same floats (tests compare them on the knowledge base's names). Many long strings at once (a text with
hundreds of quotations) still go to rapidfuzz: see `close_pairs`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence


def ratio(first: str, second: str) -> float:
    """rapidfuzz.fuzz.ratio(first, second): 100 for equal strings (and two empty ones), 0 for nothing shared."""
    total = len(first) + len(second)
    if not total:
        return 100.0
    distance = total - 2 * _common_subsequence(first, second)
    return (1.0 - distance / total) * 100


def _common_subsequence(first: str, second: str) -> int:
    """The length of the longest common subsequence."""
    if len(first) < len(second):
        first, second = second, first
    if not second:
        return 0
    masks: dict[str, int] = {}
    for position, letter in enumerate(first):
        masks[letter] = masks.get(letter, 0) | 1 << position
    full = (1 << len(first)) - 1
    row = full
    for letter in second:
        matched = row & masks.get(letter, 0)
        row = ((row + matched) | (row - matched)) & full
    return len(first) - row.bit_count()


# Past this many comparisons rapidfuzz's loop (C++, and it skips at once the pairs whose lengths alone rule the
# cutoff out) beats importing it: a long text holds hundreds of quotations.
_FEW_PAIRS = 500


def close_pairs(texts: Sequence[str], min_ratio: float) -> Iterator[tuple[int, int]]:
    """(i, j), i < j, for each pair of `texts` whose ratio is at least `min_ratio`, by i then j: what
    rapidfuzz.process.extract_iter(texts[i], texts[i + 1:], scorer=ratio, processor=None,
    score_cutoff=min_ratio) finds for each i."""
    if len(texts) * (len(texts) - 1) // 2 > _FEW_PAIRS:
        from rapidfuzz.fuzz import ratio as fast_ratio
        from rapidfuzz.process import extract_iter

        for first, query in enumerate(texts):
            for _, _, offset in extract_iter(query, texts[first + 1:], scorer=fast_ratio, processor=None,
                                             score_cutoff=min_ratio):
                yield first, first + 1 + offset
        return
    for first, query in enumerate(texts):
        for second in range(first + 1, len(texts)):
            other = texts[second]
            total = len(query) + len(other)
            # the best their lengths allow (the shorter one wholly common): below the cutoff, not compared
            if total and (1.0 - (total - 2 * min(len(query), len(other))) / total) * 100 < min_ratio:
                continue
            if ratio(query, other) >= min_ratio:
                yield first, second
