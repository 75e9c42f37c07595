"""Consistency checks: one thing said two ways in the same article. One module per rule (name_variants,
headline_body, near_duplicate, repeated_sentence, restated_fact); what they share: spelling (name keys), citing (how a
finding names the other statement), figures (comparing figures) and claims (title claims)."""

from checker.checks.consistency.spelling import spelling_key

__all__ = ["spelling_key"]
