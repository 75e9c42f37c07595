"""factlint: a fact-consistency checker for news text (Arabic and English)."""

__version__ = "0.1.0"
