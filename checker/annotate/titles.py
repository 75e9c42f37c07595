"""Title claims: a person named next to an office title («وزير الخارجية الروسي سيرغي لافروف», "Dmitry Peskov,
the Kremlin spokesman", "Russia's foreign minister Sergey Lavrov").

A title is an office mention (an `office/...` entity name) plus, optionally, what the office is of: a
country (demonym «الروسي» / "Russian", a name «رئيس وزراء إسرائيل» / "Russia's" / "of Russia"), an institution
or organisation («المتحدث باسم الكرملين», "spokeswoman for the Russian Foreign Ministry"), and "former" /
«السابق». The person is the unambiguous person mention right after the title (optionally after a comma), or,
failing that, right before it with a comma between («ديمتري بيسكوف، المتحدث باسم الكرملين»).

The annotator only reads the mentions the matcher found; it is deliberately strict about what may stand
between the parts (a few filler words, a comma), because a wrong pairing becomes a false alarm: «نائب وزير
الخارجية», "adviser to the president", "President-elect" and «المتحدث باسم الرئيس الروسي» never give a claim.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from checker.frozen import frozen
from checker.lang import generation, language, languages_with
from checker.models import Span
from checker.text.lazy_regex import lazy_compile
from checker.text.normalize import fold_word, normalize_key

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.mentions import Mention
    from checker.packs.model import KnowledgeBase, Rule

_SPACE = r"[ \t\u00a0\u200f\u200e]"
# Between the title and the person after it: nothing, or one comma.
_GAP_TO_PERSON_AFTER = lazy_compile(rf"^{_SPACE}*[,،]?{_SPACE}*\Z")
_WORD = lazy_compile(r"[\w'’-]+", re.UNICODE)


@frozen
class _Grammar:
    """One language's title words (checker/lang/*/titles.py), folded."""

    source: Any
    blockers_before: frozenset[str]
    former_after: frozenset[str]
    not_holder_after: frozenset[str]
    plain_after: frozenset[str]
    former_before: frozenset[str]
    fillers: frozenset[str]
    plural_first_words: frozenset[str]
    former_before_words: frozenset[str]
    plain_before: frozenset[str]
    not_holder_before: frozenset[str]
    honorifics: frozenset[str]
    attached_preposition: re.Pattern[str] | None
    apposition_after_verbs: frozenset[str]
    title_closers: frozenset[str]
    title_relatives: frozenset[str]
    generic_institutions: tuple[_GenericInstitution, ...]


@frozen
class _GenericInstitution:
    """An institution named without its country ("the Foreign Ministry", «وزارة الخارجية»), of a `kind` of the
    institutions pack, with the three places a title reads it from, built once per language (compiled on
    first use): right after the office, right before it, and after "of"/"for" closed by punctuation."""

    kind: str
    after: re.Pattern[str]
    before: re.Pattern[str]
    after_of: re.Pattern[str]


def _generic_institution(source: Any, pattern: str, kind: str) -> _GenericInstitution:
    of_words = "|".join(source.OF_WORDS)
    return _GenericInstitution(
        kind, lazy_compile(rf"{_SPACE}+({pattern})(?!\w)"), lazy_compile(rf"({pattern}){_SPACE}+\Z"),
        lazy_compile(rf"{_SPACE}+(?:{of_words}){_SPACE}+(?:{source.ARTICLE}{_SPACE}+)?({pattern})(?=[,.;:]|\Z)",
                     re.IGNORECASE if source.ARTICLE else 0))


@cache
def _grammar_of(code: str, generation: int) -> _Grammar:
    source = language(code).titles

    def folded(words: str) -> frozenset[str]:
        return frozenset(fold_word(w) for w in words.split())

    attached = source.ATTACHED_PREPOSITIONS
    return _Grammar(
        source, folded(source.BLOCKERS_BEFORE), folded(source.FORMER_AFTER), folded(source.NOT_HOLDER_AFTER),
        folded(source.PLAIN_AFTER), folded(source.FORMER_BEFORE), folded(source.FILLERS),
        folded(source.PLURAL_FIRST_WORDS), frozenset(source.FORMER_BEFORE_WORDS.split()),
        frozenset(source.PLAIN_BEFORE.split()), frozenset(source.NOT_HOLDER_BEFORE.split()),
        folded(source.HONORIFICS), re.compile(r"(?<=\s)(?:" + "|".join(attached) + ")$") if attached else None,
        folded(source.APPOSITION_AFTER_VERBS), folded(source.TITLE_CLOSERS), folded(source.TITLE_RELATIVES),
        tuple(_generic_institution(source, pattern, kind) for pattern, kind in source.GENERIC_INSTITUTIONS.items()))


def _grammar(lang: str) -> _Grammar:
    return _grammar_of(lang, generation())


@frozen
class _Joints:
    """What joins titles and names in every language at once (an English list inside an Arabic quote)."""

    office_complement: re.Pattern[str]  # "spokesman for the president", «المتحدث باسم الرئيس»
    gap_person_before: re.Pattern[str]  # "Peskov, the Kremlin spokesman"
    list_end: re.Pattern[str]  # "Putin, Xi and ...": the name before is one item of a list
    pair_joiner: str  # «والأمريكي ...», "and the American ..."
    name_articles: tuple[str, ...]  # "the Kremlin": the article is not part of the institution's name


@cache
def _joints(generation: int) -> _Joints:
    grammars = [found.titles for found in languages_with("titles")]
    complements = "|".join(g.OFFICE_COMPLEMENT for g in grammars if g.OFFICE_COMPLEMENT)
    articles = "|".join([g.ARTICLE for g in grammars if g.ARTICLE] +
                        [indefinite for g in grammars for indefinite in g.INDEFINITE_ARTICLES])
    list_ends = "|".join((rf"(?:^|\s){g.AND}" if g.AND_ATTACHED else rf"\b{g.AND}") for g in grammars)
    pairs = "|".join((g.AND if g.AND_ATTACHED else rf"{g.AND}{_SPACE}+") for g in grammars)
    return _Joints(
        re.compile(rf"{_SPACE}*(?:\w+{_SPACE}+)?(?:{complements})?"),
        re.compile(rf"^{_SPACE}*[,،]{_SPACE}*(?:(?:{articles}){_SPACE}+)?\Z", re.IGNORECASE),
        re.compile(rf"(?:[,،]|{list_ends}){_SPACE}*$"),
        rf"(?:{pairs}|[,،]{_SPACE}*)",
        tuple(g.ARTICLE + " " for g in grammars if g.ARTICLE),
    )


@frozen
class TitleClaim:
    """One person given one title in the text."""

    person_id: str
    person: Span
    title: Span  # the office with its qualifier (and «السابق» / "former" when present)
    office_id: str
    office: Span
    of_id: str | None  # the country, institution or organisation the title names; None when it names none
    qualifier: Span | None
    qualifier_field: str  # demonyms | names | metonyms | "" (none)
    former: bool  # "former", "then", «السابق», «آنذاك»: the text itself places the role in the past
    feminine: bool
    plural: bool
    # An institution named without its country ("Foreign Ministry spokesperson", «المتحدث باسم الخارجية»):
    # `of_id` is None and these are the institutions it may be (`qualifier` is its span).
    of_any: tuple[str, ...] = ()


@frozen
class _Title:
    office_id: str
    office: Span
    of_id: str | None
    qualifier: Span | None
    qualifier_field: str
    start: int
    end: int  # end of the title proper (office and qualifier)
    person_from: int  # where the person after it may start (past «السابق» and the like)
    former: bool
    plural: bool
    next_index: int  # the first mention after the title
    of_any: tuple[str, ...] = ()


def find_titled_persons(analysis: Analysis) -> tuple[TitleClaim, ...]:
    """Every (person, title) pair the text states, in text order."""
    mentions = _with_titles_split_off(analysis)
    claims: list[TitleClaim] = []
    for index, mention in enumerate(mentions):
        office_id = _single_id(mention, "office/")
        if office_id is None or _blocked_before(analysis, mentions, index):
            continue
        title = _read_title(analysis, mentions, index, office_id)
        if title is None:
            continue
        claims.extend(_claims_for(analysis, mentions, title))
    return tuple(claims)


def find_unknown_holders(analysis: Analysis) -> tuple[TitleClaim, ...]:
    """Titles of a country followed by a name the knowledge does not know ("Egyptian President Ahmed
    Mansour"), read only where the language gives a sure reading of a name (UNKNOWN_NAME: English, two to
    four capitalised words, then a lower-case word or punctuation): claims whose `person_id` is "" and whose
    `person` span is the name as written. Arabic has no capitals to tell a name from the words after it: a
    name there is two to four words closed by a word that cannot be in a name, opening with a given name the
    knowledge lists (UNKNOWN_NAME_NEEDS_GIVEN_NAME)."""
    grammar = _grammar(analysis.lang)
    pattern = grammar.source.UNKNOWN_NAME
    if not pattern:
        return ()
    mentions, text = analysis.mentions, analysis.text
    name = re.compile(pattern)
    claims = []
    for index, mention in enumerate(mentions):
        office_id = _single_id(mention, "office/")
        if office_id is None or _blocked_before(analysis, mentions, index):
            continue
        title = _read_title(analysis, mentions, index, office_id)
        if title is None or title.former or title.plural or not (title.of_id or "").startswith("country/"):
            continue
        # Only "Egyptian President X" and "Chile's President X": "president of the American Heart Association"
        # names an organisation, "Georgia Secretary of State" may be a state's; and nothing before the title
        # that makes it another office ("Deputy US Secretary of State").
        qualifier = title.qualifier
        possessive = qualifier is not None and text.startswith(("'s", "’s"), qualifier.end)
        # «الرئيس المصري»: Arabic writes the demonym after the office
        after_office = grammar.source.GRAMMAR == "office-first"
        if qualifier is None or (qualifier.end > title.office.start) != after_office or not (
                title.qualifier_field == "demonyms" or possessive):
            continue
        before = _words_before(text, title.start, 1)
        if before and before[-1] in grammar.blockers_before:
            continue
        found = name.match(text, title.person_from)
        if found is None or any(m.start < found.end(1) and found.start(1) < m.end for m in mentions):
            continue  # no name, or a known entity inside it
        if grammar.source.UNKNOWN_NAME_NEEDS_GIVEN_NAME and normalize_key(found.group(1).split()[0]) not in \
                analysis.knowledge.derived(f"given-names-{analysis.lang}", _given_names(analysis.lang)):
            continue
        feminine = _is_feminine(analysis.knowledge, office_id, text[title.office.start:title.office.end],
                                analysis.lang)
        claims.append(TitleClaim("", Span(found.start(1), found.end(1)), Span(title.start, title.end), office_id,
                                 title.office, title.of_id, title.qualifier, title.qualifier_field, False, feminine,
                                 False))
    return tuple(claims)


def _given_names(lang: str) -> Callable[[KnowledgeBase], frozenset[str]]:
    def build(knowledge: KnowledgeBase) -> frozenset[str]:
        """The first word of every person's name in `lang`, normalised: the words a name may open with."""
        return frozenset(normalize_key(name.split()[0]) for person in knowledge.of_type("person")
                         for name in person.names.get(lang) or () if " " in name)
    return build


def _with_titles_split_off(analysis: Analysis) -> Sequence[Mention]:
    """The mentions, with a person's name that opens with an honorific that is also an office ("King Abdullah
    II", «الملك سلمان», as the knowledge lists them) read as that office and the name after it: "Jordan's King
    Abdullah II" is a title of Jordan, and after another title («هنأ الرئيس الفرنسي الملك سلمان») the king is
    not the president."""
    from checker.annotate.mentions import Mention, NameRef

    mentions, text = analysis.mentions, analysis.text
    honorifics = _grammar(analysis.lang).honorifics
    offices = analysis.knowledge.derived(f"offices-by-honorific-{analysis.lang}", _offices_by_word(analysis.lang))
    split: list[Mention] = []
    for mention in mentions:
        first = _WORD.match(text, mention.start, mention.end)
        rest = _NEXT_WORD.match(text, first.end(), mention.end) if first else None
        word = fold_word(first.group()) if first else ""
        if first is None or rest is None or word not in honorifics or word not in offices or \
                _person_at(mention) is None:
            split.append(mention)
            continue
        office_id = offices[word]
        split.append(Mention(mention.start, first.end(), (NameRef(office_id, "names", analysis.lang, first.group()),)))
        split.append(Mention(rest.start(1), mention.end, mention.refs))
    return split if len(split) > len(mentions) else mentions


def _offices_by_word(lang: str) -> Callable[[KnowledgeBase], dict[str, str]]:
    def build(knowledge: KnowledgeBase) -> dict[str, str]:
        """One-word office names in `lang`, folded, that name one office only."""
        found: dict[str, set[str]] = {}
        for office in knowledge.of_type("office"):
            for name in office.names.get(lang) or ():
                if " " not in name:
                    found.setdefault(fold_word(name), set()).add(office.id)
        return {word: next(iter(ids)) for word, ids in found.items() if len(ids) == 1}
    return build


def _single_id(mention: Mention, prefix: str) -> str | None:
    """The one entity id of this mention when every ref has the prefix; None when mixed or ambiguous."""
    ids = mention.entity_ids
    if len(ids) != 1 or not ids[0].startswith(prefix):
        return None
    return ids[0]


def _strip_clitics(word: str, clitics: tuple[str, ...]) -> tuple[str, ...]:
    forms = [word]
    for clitic in clitics:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            forms.append(word[len(clitic):])
    return tuple(forms)


def _words_before(text: str, position: int, count: int) -> list[str]:
    """Up to `count` words right before `position` on the same line, nearest last, folded."""
    # Read back a short stretch, longer only while it holds too few words: a long line (a text without line
    # breaks) must not be read from its start for every title. Past the first (perhaps cut) word of the
    # stretch, its words are the line's.
    window = 64
    while True:
        low = max(0, position - window)
        line_break = text.rfind("\n", low, position)
        start = line_break + 1 if line_break >= 0 else low
        words = _WORD.findall(text, start, position)
        if line_break >= 0 or start == 0 or len(words) > count:
            return [fold_word(word) for word in words[-count:]]
        window *= 4


def _blocked_before(analysis: Analysis, mentions: Sequence[Mention], index: int) -> bool:
    """True when the office is the complement of another title ("deputy", «نائب», «المتحدث باسم»)."""
    text = analysis.text
    grammar = _grammar(analysis.lang)
    source = grammar.source
    mention = mentions[index]
    # An office or institution right before ("spokesman for the president", «المتحدث باسم الرئيس»).
    if index and mentions[index - 1].end <= mention.start:
        gap = text[mentions[index - 1].end:mention.start]
        previous = mentions[index - 1]
        if previous.refs_of_type("office/") and _joints(generation()).office_complement.fullmatch(gap):
            return True
    words = _words_before(text, mention.start, 3)
    if source.SKIP_BEFORE:
        meaningful = [w for w in words if w not in source.SKIP_BEFORE]
        if not meaningful:
            return False
        last = meaningful[-1]
        if last in grammar.blockers_before or (source.ELECT_SUFFIX and last.endswith(source.ELECT_SUFFIX)):
            return True
        # "adviser to the Russian foreign minister": the noun before "to the" plus a qualifier.
        return len(words) >= 2 and words[-1] == source.ARTICLE and words[-2] in source.COMPLEMENT_PREPOSITIONS \
            and len(meaningful) >= 2 and meaningful[-2] in grammar.blockers_before
    if not words:
        return False
    last = words[-1]
    return any(form in grammar.blockers_before for form in _strip_clitics(last, source.CLITICS)) or (
        source.HYPHEN_BLOCKS and text[mention.start - 1:mention.start] == "-")


def _qualifier_of(analysis: Analysis, mention: Mention) -> tuple[str, str] | None:
    """(entity id, field) when the mention names one country, institution or organisation; else None.
    An institution name wins over a country metonym («الكرملين» is both the Kremlin and Russia)."""
    institutions = {r.entity_id for r in mention.refs if r.entity_id.startswith(("institution/", "org/"))}
    countries = {r.entity_id for r in mention.refs if r.entity_id.startswith("country/")}
    # «قطر» is the country and its territory (place/QA): one country still
    territories = {"place/" + country.removeprefix("country/") for country in countries}
    others = {r.entity_id for r in mention.refs} - institutions - countries - territories
    if others:
        return None
    if len(institutions) == 1:
        return next(iter(institutions)), "names"
    if not institutions and len(countries) == 1:
        fields = [r.field for r in mention.refs]
        field = "demonyms" if "demonyms" in fields else "names" if "names" in fields else fields[0]
        if field == "metonyms":
            institution = _institution_named(analysis.knowledge, mention)
            if institution:
                return institution, "names"
        return next(iter(countries)), field
    return None


def _institution_named(knowledge: KnowledgeBase, mention: Mention) -> str | None:
    """"the Kremlin" is a metonym of Russia and, without "the", the name of the institution; one wins."""
    keys = {_without_article(_folded_name(r.surface)) for r in mention.refs}
    by_name = knowledge.derived("institutions-by-folded-name", _institutions_by_folded_name)
    found = {entity_id for key in keys for entity_id in by_name.get(key, ())}
    return next(iter(found)) if len(found) == 1 else None


def _without_article(name: str) -> str:
    for article in _joints(generation()).name_articles:
        if name.startswith(article):
            return name[len(article):]
    return name


def _folded_name(name: str) -> str:
    return fold_word(name.replace(" ", "_")).replace("_", " ")


def _institutions_by_folded_name(knowledge: KnowledgeBase) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for entity in knowledge.of_type("institution"):
        for names in entity.names.values():
            for name in names:
                index.setdefault(_folded_name(name), set()).add(entity.id)
    return index


def _institution_of_country(analysis: Analysis, institution: Mention, country: Mention) -> str | None:
    """A generic institution name right beside a country word, in either order («وزارة الخارجية» +
    «الروسية», "Russian" + "Foreign Ministry"): the one institution of that name in that country."""
    qualifier = _qualifier_of(analysis, country)
    if not qualifier or not qualifier[0].startswith("country/"):
        return None
    first, second = sorted((institution, country), key=lambda mention: mention.start)
    if not re.fullmatch(rf"{_SPACE}*", analysis.text[first.end:second.start]):
        return None
    return _merge_generic_institution(analysis.knowledge, institution, qualifier[0])


def _merge_generic_institution(knowledge: KnowledgeBase, mention: Mention, country_id: str) -> str | None:
    """«وزارة الخارجية» + «الروسية»: the one institution of that name that belongs to that country."""
    candidates = [r.entity_id for r in mention.refs if r.entity_id.startswith("institution/")]
    fitting = {c for c in candidates if (entity := knowledge.get(c)) and entity.get("country") == country_id}
    return next(iter(fitting)) if len(fitting) == 1 else None


def _is_plural(surface: str, lang: str) -> bool:
    grammar = _grammar(lang)
    first = surface.split()[0] if surface.split() else surface
    return surface.lower().rstrip().endswith(grammar.source.PLURAL_ENDINGS) or any(
        form in grammar.plural_first_words for form in _strip_clitics(fold_word(first), grammar.source.CLITICS))


def _is_feminine(knowledge: KnowledgeBase, office_id: str, surface: str, lang: str) -> bool:
    """Whether the title as written is one of the office's `feminine` forms (the offices pack lists them)."""
    office = knowledge.get(office_id)
    forms = office.get("feminine", {}).get(lang, ()) if office else ()
    article = language(lang).orthography.ARTICLE  # written onto the word, as in Arabic

    def form_key(name: str) -> str:  # without case, spelling variation or the article
        key = normalize_key(name).strip()
        return key[len(article):] if article and key.startswith(article) and len(key) > len(article) + 1 else key

    written = form_key(surface)
    return any(form_key(form) == written for form in forms)


def _qualifier_at(analysis: Analysis, mentions: Sequence[Mention], index: int, *,
                  institution_first: bool) -> tuple[tuple[str, str] | None, int, int]:
    """What the mention at `index` makes a title of, where that qualifier ends, and the index of its last
    mention: the mention itself, or a generic institution merged with the country next to it (in the order
    the language writes them)."""
    mention = mentions[index]
    found = _qualifier_of(analysis, mention)
    if found is None and index + 1 < len(mentions):
        following = mentions[index + 1]
        institution, country = (mention, following) if institution_first else (following, mention)
        merged = _institution_of_country(analysis, institution, country)
        if merged:
            return (merged, "names"), following.end, index + 1
    return found, mention.end, index


def _read_title(analysis: Analysis, mentions: Sequence[Mention], index: int, office_id: str) -> _Title | None:
    reader = _READERS[_grammar(analysis.lang).source.GRAMMAR]
    return reader(analysis, mentions, index, office_id)


def _read_title_office_first(analysis: Analysis, mentions: Sequence[Mention], index: int,
                             office_id: str) -> _Title | None:
    """The office, then what it is of, then words such as «السابق», then the person (Arabic)."""
    text = analysis.text
    grammar = _grammar(analysis.lang)
    office = mentions[index]
    start, end = office.start, office.end
    former = False
    words_before = _words_before(text, start, 1)
    if words_before and any(form in grammar.former_before
                            for form in _strip_clitics(words_before[-1], grammar.source.CLITICS)):
        former = True
    of_id, qualifier, field, next_index = None, None, "", index + 1
    if next_index < len(mentions):
        candidate = mentions[next_index]
        gap = text[end:candidate.start]
        # «الأمين العام للأمم المتحدة»: the preposition is written onto the name, outside the mention.
        if grammar.attached_preposition is not None:
            gap = grammar.attached_preposition.sub("", gap)
        gap_words = [fold_word(w) for w in _WORD.findall(gap)]
        if "\n" not in gap and all(w in grammar.fillers for w in gap_words) and not re.search(r"[^\w\s]", gap):
            # A generic institution name followed by a demonym: «باسم وزارة الخارجية الروسية».
            found, qualifier_end, next_index = _qualifier_at(analysis, mentions, next_index, institution_first=True)
            if found is not None:
                of_id, field = found
                qualifier = Span(candidate.start, qualifier_end)
                end = qualifier_end
                next_index += 1
            elif gap_words:
                return None  # «المتحدث باسم <something unknown>»: not a title we can read
    of_any: tuple[str, ...] = ()
    if of_id is None and (generic := _generic_after(analysis, mentions, end)) is not None:
        qualifier, of_any, field = generic[0], generic[1], "names"
        end = qualifier.end
    person_from, blocked = _skip_words_after(grammar, text, end)
    if blocked:
        return None
    former = former or person_from > end and _has_former_after(grammar, text, end, person_from)
    return _Title(office_id, Span(office.start, office.end), of_id, qualifier, field, start, end, person_from,
                  former, _is_plural(text[office.start:office.end], analysis.lang), next_index, of_any)


def _institutions_of_kind(knowledge: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """The institutions of each `kind` (institutions pack), built once."""
    by_kind: dict[str, list[str]] = {}
    for entity in knowledge.of_type("institution"):
        if kind := entity.get("kind"):
            by_kind.setdefault(kind, []).append(entity.id)
    return {kind: tuple(ids) for kind, ids in by_kind.items()}


def _generic_candidates(analysis: Analysis, kind: str) -> tuple[str, ...]:
    return analysis.knowledge.derived("institutions-by-kind", _institutions_of_kind).get(kind, ())


def _mention_at(mentions: Sequence[Mention], position: int) -> Mention | None:
    index = bisect.bisect_left(mentions, position, key=lambda mention: mention.start)
    return mentions[index] if index < len(mentions) and mentions[index].start == position else None


def _generic_after(analysis: Analysis, mentions: Sequence[Mention], end: int) -> tuple[Span, tuple[str, ...]] | None:
    """«المتحدث باسم وزارة الخارجية»: an institution without its country right after the office, closed by
    punctuation, the person, or a word that ends a title (never a country word: «الخارجية المصرية», when the
    knowledge does not hold it, is not any foreign ministry). Its span and the institutions it may be."""
    text, grammar = analysis.text, _grammar(analysis.lang)
    for generic in grammar.generic_institutions:
        found = generic.after.match(text, end)
        candidates = _generic_candidates(analysis, generic.kind)
        if found is None or not candidates:
            continue
        rest = text[found.end():found.end() + 8]
        after = found.end() + len(rest) - len(rest.lstrip(" \t"))
        following = _mention_at(mentions, after)
        word = _NEXT_WORD.match(text, found.end())
        if re.match(r"[،,.:؛;]|\n|\Z", text[after:after + 1] or "") or (following and _person_at(following)) or (
                word and fold_word(word.group(1)) in grammar.title_closers):
            return Span(found.start(1), found.end(1)), candidates
    return None


def _generic_before(analysis: Analysis, start: int) -> tuple[Span, tuple[str, ...]] | None:
    """"Foreign Ministry spokesperson": an institution without its country right before the office, with no
    country word or name before it ("Egyptian Foreign Ministry spokesman" is a foreign ministry the knowledge
    may not hold): the word before, if any, is in lower case. Its span and the institutions it may be."""
    text, grammar = analysis.text, _grammar(analysis.lang)
    low = max(0, start - 64)
    for generic in grammar.generic_institutions:
        found = generic.before.search(text[low:start])
        candidates = _generic_candidates(analysis, generic.kind)
        if found is None or not candidates:
            continue
        before = text[low:low + found.start(1)]
        previous = re.search(r"(\S+)\s*\Z", before)
        if previous is None or previous.group(1).islower() or previous.group(1)[-1] in "\"“(,;:.!?—-":
            return Span(low + found.start(1), low + found.end(1)), candidates
    return None


def _generic_after_preposition(analysis: Analysis, end: int) -> tuple[Span, tuple[str, ...]] | None:
    """"spokesman for the Foreign Ministry," (closed by punctuation: "... of Egypt" would name the country)."""
    for generic in _grammar(analysis.lang).generic_institutions:
        found = generic.after_of.match(analysis.text, end)
        candidates = _generic_candidates(analysis, generic.kind)
        if found is not None and candidates:
            return Span(found.start(1), found.end(1)), candidates
    return None


_NEXT_WORD = lazy_compile(rf"{_SPACE}*([\w]+)")


def _skip_words_after(grammar: _Grammar, text: str, position: int) -> tuple[int, bool]:
    """Past «السابق», «الحالي», «آنذاك» after the title; blocked by «المنتخب», «بالإنابة» and the like."""
    while True:
        match = _NEXT_WORD.match(text, position)  # at `position`, not on a copy of the rest of the text
        if not match:
            return position, False
        word = fold_word(match.group(1))
        if word in grammar.not_holder_after:
            return position, True
        if word not in grammar.former_after and word not in grammar.plain_after:
            return position, False
        position = match.end()


def _has_former_after(grammar: _Grammar, text: str, start: int, end: int) -> bool:
    return any(fold_word(w) in grammar.former_after for w in _WORD.findall(text[start:end]))


def _read_title_qualifier_first(analysis: Analysis, mentions: Sequence[Mention], index: int,
                                office_id: str) -> _Title | None:
    """What the office is of before it ("Russian", "Russia's") or after it ("of Russia"), with "former"
    before it (English)."""
    text = analysis.text
    grammar = _grammar(analysis.lang)
    source = grammar.source
    possessive = "|".join(re.escape(p) for p in source.POSSESSIVES)
    of_words = "|".join(source.OF_WORDS)
    office = mentions[index]
    start, end = office.start, office.end
    of_id, qualifier, field = None, None, ""
    former = False
    next_index = index + 1
    # Qualifier before: "Russian", "Russia's", "Kremlin", "Russian Foreign Ministry", "U.S." (+ "former").
    if index and "\n" not in text[mentions[index - 1].end:start]:
        previous = mentions[index - 1]
        gap = text[previous.end:start]
        match = re.fullmatch(rf"(?:{possessive})?{_SPACE}+((?:[\w-]+{_SPACE}+)?)", gap)
        between = match.group(1).strip().lower() if match else None
        if match and (not between or between in grammar.former_before_words or between in grammar.plain_before):
            found = _qualifier_of(analysis, previous)
            if found is None and not between and previous.refs_of_type("person/"):
                return None  # "Trump spokeswoman Karoline Leavitt": a person's own staff, not the state's office
            qualifier_start = previous.start
            if found is None and index >= 2:
                before = mentions[index - 2]
                merged = _institution_of_country(analysis, previous, before)
                if merged:
                    found, qualifier_start = (merged, "names"), before.start
            if found is not None:
                of_id, field = found
                qualifier = Span(qualifier_start, previous.end)
                start = qualifier_start
                former = between in grammar.former_before_words
            elif between:
                return None
    # Qualifier after: "foreign minister of Russia", "spokeswoman for the Russian Foreign Ministry".
    if of_id is None and next_index < len(mentions):
        following = mentions[next_index]
        if re.fullmatch(rf"{_SPACE}+(?:{of_words}){_SPACE}+(?:{source.ARTICLE}{_SPACE}+)?", text[end:following.start],
                        re.IGNORECASE):
            # "spokeswoman for the Russian Foreign Ministry": the demonym, then the generic institution.
            found, qualifier_end, next_index = _qualifier_at(analysis, mentions, next_index, institution_first=False)
            if found is not None and text[following.end:following.end + 2] not in source.POSSESSIVES:
                of_id, field = found
                qualifier = Span(following.start, qualifier_end)
                end = qualifier_end
                next_index += 1
    of_any: tuple[str, ...] = ()
    if of_id is None and (generic := _generic_before(analysis, start) or _generic_after_preposition(analysis, end)):
        qualifier, of_any, field = generic[0], generic[1], "names"
        start, end = min(start, qualifier.start), max(end, qualifier.end)
    words = _words_before(text, start, 3)
    if words[-2:-1] and words[-2] in source.DEATH_WORDS and words[-1] in source.OF_WORDS:
        former = True
    if words and words[-1] in grammar.not_holder_before and not _indefinite_apposition(analysis, mentions, start) \
            and not (source.COPULA_BEFORE and re.search(source.COPULA_BEFORE, text[max(0, start - 64):start])):
        return None
    if words and (words[-1] in grammar.former_before_words or (
            source.FORMER_PREFIX and words[-1].startswith(source.FORMER_PREFIX))):
        former = True
        start = _end_of_text_before(text, start) - len(words[-1])
    return _Title(office_id, Span(office.start, office.end), of_id, qualifier, field, start, end, end, former,
                  _is_plural(text[office.start:office.end], analysis.lang), next_index, of_any)


def _indefinite_apposition(analysis: Analysis, mentions: Sequence[Mention], start: int) -> bool:
    """"Dmitry Peskov, a spokesman for the Foreign Ministry,": an indefinite title set off after a person's name
    is the name's apposition (an institution has several spokespeople), not a description ("a prime minister
    Gordon Brown will make")."""
    indefinite = "|".join(_grammar(analysis.lang).source.INDEFINITE_ARTICLES)
    if not indefinite:
        return False
    found = re.search(rf"[,،]{_SPACE}*(?:{indefinite}){_SPACE}+\Z", analysis.text[max(0, start - 12):start],
                      re.IGNORECASE)
    if found is None:
        return False
    comma = max(0, start - 12) + found.start()
    return any(mention.end == comma and _person_at(mention) for mention in mentions)


_READERS = {"office-first": _read_title_office_first, "qualifier-first": _read_title_qualifier_first}


def _end_of_text_before(text: str, position: int) -> int:
    """`len(text[:position].rstrip())`, without copying the text before `position` (a long text has many titles)."""
    while position and text[position - 1].isspace():
        position -= 1
    return position


def _person_at(mention: Mention) -> str | None:
    return _single_id(mention, "person/")


def _claims_for(analysis: Analysis, mentions: Sequence[Mention], title: _Title) -> list[TitleClaim]:
    text = analysis.text
    written = text[title.office.start:title.office.end]
    feminine = _is_feminine(analysis.knowledge, title.office_id, written, analysis.lang)

    def claim(person: Mention, person_id: str) -> TitleClaim:
        return TitleClaim(person_id, Span(person.start, person.end), Span(title.start, title.end), title.office_id,
                          title.office, title.of_id, title.qualifier, title.qualifier_field, title.former,
                          feminine, title.plural, title.of_any)

    if title.next_index < len(mentions):
        following = mentions[_past_honorifics(analysis, mentions, title)]
        person_id = _person_at(following)
        gap = _without_honorifics(analysis.lang, text[title.person_from:following.start])
        if person_id and _GAP_TO_PERSON_AFTER.match(gap) and (
                not re.search("[,،]", gap) or _comma_apposition(analysis, title, following)):
            if title.plural:
                return _plural_claims(analysis, mentions, title, claim)
            return [claim(following, person_id)]
    # The person before, with a comma: "Dmitry Peskov, the Kremlin spokesman," / «بيسكوف، المتحدث باسم الكرملين».
    office_index = bisect.bisect_left([mention.start for mention in mentions], title.office.start)
    # the qualifier before the office is one or two mentions (not a generic institution: "Foreign Ministry")
    named_before = title.qualifier is not None and title.qualifier.start < title.office.start and not title.of_any
    first_index = office_index - (1 if named_before else 0)
    if named_before and title.qualifier is not None and first_index >= 1 and \
            mentions[first_index - 1].start >= title.qualifier.start:
        first_index -= 1
    if first_index < 1 or title.plural:
        return []
    previous = mentions[first_index - 1]
    person_id = _person_at(previous)
    article = _grammar(analysis.lang).source.ARTICLE
    title_start = _start_with_article(text, title.start, article) if article else title.start
    if not person_id:
        return []
    if _joints(generation()).gap_person_before.match(text[previous.end:title_start]):
        if (_in_list(text, previous.start) and not _said_after(analysis, title.person_from)) or \
                not _title_closed(text, title.person_from):
            return []
    elif not _bare_apposition(analysis, mentions, previous, title):
        return []
    return [claim(previous, person_id)]


def _said_after(analysis: Analysis, position: int) -> bool:
    """The apposition is closed by a comma and followed by a verb of saying ("..., spokesperson for X, said")."""
    verbs = _grammar(analysis.lang).source.SAID_AFTER_APPOSITION
    following = analysis.text[position:position + 24]
    return bool(verbs) and re.match(rf"{_SPACE}*,{_SPACE}*(?:{verbs})\b", following) is not None


def _bare_apposition(analysis: Analysis, mentions: Sequence[Mention], person: Mention, title: _Title) -> bool:
    """«قال ديمتري بيسكوف المتحدث باسم الكرملين إن ...»: with no comma, a title right after a name is its
    apposition when a verb of saying right before the name makes it the subject, and the title is closed:
    punctuation, a word such as «إن» or «في», or the verb's object («نفى بيسكوف المتحدث باسم الكرملين تقارير»):
    a word that is no name the knowledge holds and not written onto a preposition («لشؤون» goes on the title)."""
    grammar, text = _grammar(analysis.lang), analysis.text
    if not grammar.apposition_after_verbs or not re.fullmatch(rf"{_SPACE}+", text[person.end:title.start]):
        return False
    verb = _words_before(text, person.start, 1)
    if not verb or not any(form in grammar.apposition_after_verbs
                           for form in _strip_clitics(verb[-1], grammar.source.CLITICS)):
        return False
    word = _NEXT_WORD.match(text, title.person_from)
    if _title_closed(text, title.person_from) or (word and fold_word(word.group(1)) in grammar.title_closers):
        return True
    attached = grammar.source.ATTACHED_PREPOSITIONS
    return word is not None and _mention_at(mentions, word.start(1)) is None and \
        not word.group(1).startswith(attached) and fold_word(word.group(1)) not in grammar.title_relatives


# The titles a royal honorific may follow before the name: a prince after «الرئيس الفرنسي» is someone else.
_ROYAL_OFFICES = frozenset(("office/king", "office/queen", "office/emir", "office/sultan", "office/crown-prince"))


def _past_honorifics(analysis: Analysis, mentions: Sequence[Mention], title: _Title) -> int:
    """The index of the mention after the title, past honorifics the matcher read as offices («ولي العهد
    السعودي الأمير محمد بن سلمان», "Kuwaiti Emir Sheikh ..."): an honorific right before a person."""
    text, index = analysis.text, title.next_index
    honorifics = _grammar(analysis.lang).honorifics
    if title.office_id not in _ROYAL_OFFICES and not _royal_official(analysis, mentions, title):
        # «هنّأ الرئيس الفرنسي الأمير محمد بن سلمان»: after another title, a prince is the verb's object
        return index
    while index + 1 < len(mentions):
        mention, after = mentions[index], mentions[index + 1]
        words = _WORD.findall(text, mention.start, mention.end)
        if not (mention.refs_of_type("office/") and all(fold_word(w) in honorifics for w in words)) or \
                _without_honorifics(analysis.lang, text[mention.end:after.start]).strip():
            break
        index += 1
    return index


def _royal_official(analysis: Analysis, mentions: Sequence[Mention], title: _Title) -> bool:
    """True when a title of a monarchy is followed by honorifics and a person the knowledge gives a role of that
    country or this office («وزير الخارجية السعودي الأمير فيصل بن فرحان»): princes hold offices there. A
    republic's official («الرئيس الفرنسي») is no prince, and a prince with no such role is the verb's object."""
    knowledge = analysis.knowledge
    if title.of_id is None or title.of_id not in knowledge.derived("monarchies", _monarchies):
        return False
    honorifics = _grammar(analysis.lang).honorifics
    index = title.next_index
    while index < len(mentions) and mentions[index].refs_of_type("office/") and all(
            fold_word(w) in honorifics for w in _WORD.findall(analysis.text, mentions[index].start,
                                                             mentions[index].end)):
        index += 1
    if index == title.next_index or index >= len(mentions) or (person_id := _person_at(mentions[index])) is None:
        return False
    person = knowledge.get(person_id)
    return person is not None and any(role.office == title.office_id or role.of == title.of_id or
                                      _country_of_entity(knowledge, role.of) == title.of_id for role in person.roles)


def _country_of_entity(knowledge: KnowledgeBase, entity_id: str) -> str | None:
    entity = knowledge.get(entity_id)
    return entity.get("country") if entity else None


def _monarchies(knowledge: KnowledgeBase) -> frozenset[str]:
    """The countries whose head of state (or heir) the knowledge records as a monarch."""
    return frozenset(role.of for person in knowledge.of_type("person") for role in person.roles
                     if role.office in _ROYAL_OFFICES and role.of.startswith("country/"))


def _without_honorifics(lang: str, gap: str) -> str:
    """The gap between a title and a name with its honorific words taken out («الشيخ», "Sheikh")."""
    honorifics = _grammar(lang).honorifics
    return _WORD.sub(lambda word: "" if fold_word(word.group()) in honorifics else word.group(), gap)


def _comma_apposition(analysis: Analysis, title: _Title, person: Mention) -> bool:
    """"the Russian foreign minister, Sergey Lavrov, said": a name set off by commas after a title is the
    title's holder only when the name is closed by a comma or the sentence end, and, in English, the title
    opens with "the" or a possessive; "...his second term as US President, Tony Blair has said" is not."""
    text = analysis.text
    if not re.match(rf"{_SPACE}*(?:[,،.:;؛]|$)", text[person.end:person.end + 3]):
        return False
    source = _grammar(analysis.lang).source
    if not source.APPOSITION_NEEDS_ARTICLE:
        return True
    possessive = title.qualifier is not None and \
        text[title.qualifier.end:title.qualifier.end + 2] in source.POSSESSIVES
    return possessive or _start_with_article(text, title.start, source.ARTICLE) != title.start


def _plural_claims(analysis: Analysis, mentions: Sequence[Mention], title: _Title, claim) -> list[TitleClaim]:
    """«وزيرا الخارجية الروسي سيرغي لافروف والأمريكي ماركو روبيو»: each qualifier with the name after it.
    Without a qualifier per name ("foreign ministers Lavrov and Wang") nobody is told whose is which."""
    if title.qualifier is None or title.qualifier.start < title.office.start:
        return []
    text = analysis.text
    claims = [claim(mentions[title.next_index], _person_at(mentions[title.next_index]))]
    index = title.next_index + 1
    while index + 1 < len(mentions):
        qualifier, person = mentions[index], mentions[index + 1]
        found = _qualifier_of(analysis, qualifier)
        person_id = _person_at(person)
        joined = re.fullmatch(rf"{_SPACE}*{_joints(generation()).pair_joiner}",
                              text[mentions[index - 1].end:qualifier.start])
        if not (found and person_id and joined and re.fullmatch(rf"{_SPACE}*", text[qualifier.end:person.start])):
            break
        claims.append(TitleClaim(person_id, Span(person.start, person.end), Span(qualifier.start, qualifier.end),
                                 title.office_id, title.office, found[0], Span(qualifier.start, qualifier.end),
                                 found[1], title.former, False, True))
        index += 2
    return claims


def _start_with_article(text: str, start: int, article: str) -> int:
    match = re.search(rf"{article}{_SPACE}+$", text[max(0, start - 8):start], re.IGNORECASE)
    return start - len(match.group()) if match else start


def _in_list(text: str, person_start: int) -> bool:
    """"Putin, Xi, the French president": the person before the comma is one item of a list."""
    before = text[max(0, person_start - 6):person_start]
    return bool(_joints(generation()).list_end.search(before))


def _title_closed(text: str, position: int) -> bool:
    """A title set after a name is an apposition only when punctuation closes it ("Peskov, the Kremlin
    spokesman, said"); in "...Condoleezza Rice, the prime minister said" the title is the next subject."""
    return bool(re.match(rf"{_SPACE}*(?:[,،.;:؛)»\"”]|\n|$)", text[position:position + 3]))


def knowledge_indexes(rules: Iterable[Rule]) -> dict[str, Callable[[KnowledgeBase], object]]:
    """The indexes of the knowledge alone that this module asks `KnowledgeBase.derived` for, by name: the
    compiled pack cache holds them built (`checker.compiled_packs`), so a run does not build them again."""
    from checker.lang import supported

    # the given names too: built on use, they would read every person (unpickled one by one: EntitiesOnUse)
    return {"institutions-by-folded-name": _institutions_by_folded_name, "monarchies": _monarchies,
            **{f"given-names-{lang}": _given_names(lang) for lang in supported()}}
