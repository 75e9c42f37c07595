"""English script: nothing beyond the common folds of the normalised view (case, quotes)."""

FOLDS: dict[str, str] = {}
CLITIC_PREFIXES: frozenset[str] = frozenset({""})
ARTICLE = ""
RIGHT_TO_LEFT = False
