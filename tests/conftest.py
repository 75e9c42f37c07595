import os
import tempfile

import pytest

# Every test run gets its own compiled-pack cache, so no test depends on (or pollutes) the user's cache.
os.environ.setdefault("FACTLINT_CACHE_DIR", tempfile.mkdtemp(prefix="factlint-test-cache-"))


@pytest.fixture(scope="session")
def checker():
    """A Checker with the built-in packs and every rule."""
    from checker.api import Checker

    return Checker()
