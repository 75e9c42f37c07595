"""One document under analysis: its annotations, each computed once on first use and shared by all checks."""

from __future__ import annotations

import bisect
import datetime as dt
from functools import cached_property
from importlib import import_module
from typing import TYPE_CHECKING, Any

from checker.models import Span

if TYPE_CHECKING:
    from checker.annotate.mentions import Mention
    from checker.packs.load import PackSet
    from checker.packs.model import KnowledgeBase
    from checker.text.headline import Headline
    from checker.text.normalize import NormalizedText
    from checker.text.quantities import Quantity

# Annotators of the check families, imported only when a check asks for them: "module:function(analysis)".
ANNOTATORS = {
    "casualty_facts": "checker.annotate.casualties:find_casualty_facts",
    "epidemic_tolls": "checker.annotate.casualties:find_epidemic_tolls",
    "attributions": "checker.annotate.attributions:find_attributions",
    "titled_persons": "checker.annotate.titles:find_titled_persons",
    "statements": "checker.annotate.statements:find_statements",
    "statement_pairs": "checker.annotate.statements:find_statement_pairs",
}


class Analysis:
    """The prose of one document with its language, date, packs and lazily computed annotations."""

    def __init__(self, text: str, lang: str, date: dt.date | None, packs: PackSet, *,
                 source: str | None = None, title: str | None = None, subtitle: str | None = None) -> None:
        self.text = text
        self.lang = lang
        self.date = date
        self.packs = packs
        self.source = source
        self.title = title
        self.subtitle_field = subtitle  # the metadata's standfirst, as the container read it
        self._annotations: dict[str, Any] = {}

    @property
    def knowledge(self) -> KnowledgeBase:
        return self.packs.knowledge

    @cached_property
    def normalized(self) -> NormalizedText:
        from checker.text.normalize import normalize

        return normalize(self.text)

    @cached_property
    def headline(self) -> Headline | None:
        """The headline: the metadata title, or the prose's first line where it reads as one."""
        from checker.text.headline import find_headline

        return find_headline(self.text, self.title)

    @cached_property
    def subtitle(self) -> Headline | None:
        """The standfirst under the headline, placed in the prose when its line follows the headline's."""
        from checker.text.headline import find_subtitle

        return find_subtitle(self.text, self.subtitle_field, self.headline)

    @cached_property
    def sentences(self) -> list[Span]:
        from checker.text.sentences import split_sentences

        return split_sentences(self.text, self.lang)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [span.start for span in self.sentences]

    def sentence_of(self, offset: int) -> Span:
        """The sentence holding `offset` (or the nearest before it); the whole text if there are none."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index < 0:
            return self.sentences[0] if self.sentences else Span(0, len(self.text))
        return self.sentences[index]

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    @cached_property
    def quantities(self) -> list[Quantity]:
        from checker.text.quantities import find_quantities

        return find_quantities(self.text, self.lang)

    @cached_property
    def mentions(self) -> list[Mention]:
        if self.packs.matcher is None:
            return []
        return self.packs.matcher.find(self.normalized)

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [mention.start for mention in self.mentions]

    def mentions_within(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie inside start..end, in text order. Mentions do not overlap and are in text
        order, so a bisection finds the first: a long text has many, and each sentence asks for its few."""
        mentions = self.mentions
        found = []
        for index in range(bisect.bisect_left(self._mention_starts, start), len(mentions)):
            mention = mentions[index]
            if mention.start >= end:
                break
            if mention.end <= end:
                found.append(mention)
        return found

    def mention_index(self, start: int) -> int:
        """The index in `mentions` of the mention that starts at `start` (which must be one)."""
        index = bisect.bisect_left(self._mention_starts, start)
        if index == len(self.mentions) or self.mentions[index].start != start:
            raise ValueError(f"no mention starts at {start}")
        return index

    @cached_property
    def person_mentions(self) -> dict[str, list[Mention]]:
        """The mentions of each person, by id, that name no one else (a full name or a surname), in text order:
        built once, so asking whether a person is named again costs as little as the mentions of that person."""
        by_person: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            persons = {ref.entity_id for ref in mention.refs if ref.entity_id.startswith("person/")}
            if len(persons) == 1 and not any(ref.ambiguous for ref in mention.refs if ref.entity_id in persons):
                by_person.setdefault(persons.pop(), []).append(mention)
        return by_person

    def annotation(self, name: str) -> Any:
        """A family annotation by name (see ANNOTATORS), computed on first use."""
        if name not in self._annotations:
            module_name, function_name = ANNOTATORS[name].split(":")
            self._annotations[name] = getattr(import_module(module_name), function_name)(self)
        return self._annotations[name]
