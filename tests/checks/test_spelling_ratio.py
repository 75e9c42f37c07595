"""ratio_reaches answers exactly as rapidfuzz's ratio compared with the cutoff, and decides the pairs of an
article's usual variants (one letter apart) without importing rapidfuzz."""

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.fuzz import ratio

from checker.checks.consistency.spelling import ratio_reaches

# Few letters, so that pairs share prefixes, suffixes and subsequences often; Arabic and Latin.
words = st.text(alphabet="abcyzسيرجغلافو ", max_size=14)


@settings(max_examples=1500, deadline=None)
@given(first=words, second=words, min_ratio=st.sampled_from([0.0, 50.0, 80.0, 82.0, 82.5, 90.0, 100.0]))
def test_ratio_reaches_answers_as_rapidfuzz(first, second, min_ratio):
    assert ratio_reaches(first, second, min_ratio) == (ratio(first, second) >= min_ratio)


@settings(max_examples=500, deadline=None)
@given(first=words, second=words)
def test_a_cutoff_equal_to_the_ratio_is_reached_as_rapidfuzz_says(first, second):
    # The ties: a bound equal to the cutoff decides nothing, rapidfuzz does.
    exact = ratio(first, second)
    assert ratio_reaches(first, second, exact) == (ratio(first, second) >= exact)


def test_close_pairs_are_decided_without_rapidfuzz():
    code = ("import sys; from checker.checks.consistency.spelling import ratio_reaches as r; "
            "print(r('سيرجي لافروف', 'سيرغي لافروف', 82), r('Zelensky', 'Zelenskyy', 82), "
            "r('Kim', 'Kimberley', 82), r('Putin', 'Vladimir', 82), 'rapidfuzz' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True", "False", "False", "False"]


def test_a_pair_the_bounds_leave_open_is_scored_by_rapidfuzz():
    # Common prefix and suffix "S" + "n": the LCS is 2 to 6 of 12 letters, the ratio 33 to 100: open at 45.
    assert ratio_reaches("Stalin", "Sutton", 45.0) == (ratio("Stalin", "Sutton") >= 45.0)
    assert not ratio_reaches("Kyiv", "Kiev", 82.0)  # 75: below the cutoff, though the bound allows 100
