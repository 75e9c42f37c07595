"""The statements of one article, read for comparing them with each other: the headline and each sentence of
the body as a sequence of word keys, each key marked as a figure, a name, a date word, a negation, a word that
changes no fact, or another word. The consistency rules compare these (checks/consistency/); pairs of near-identical
statements are found through an index of word pairs, so the work grows with the article, not with its square.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from checker.frozen import frozen
from checker.lang import generation, language
from checker.text.lazy_regex import lazy_compile
from checker.text.normalize import normalize_key

if TYPE_CHECKING:
    from checker.analysis import Analysis

_WORD = lazy_compile(r"\w+(?:['’]\w+)?", re.UNICODE)
_QUOTED = lazy_compile(r"\"[^\"\n]{8,}\"|“[^”\n]{8,}”|«[^»\n]{8,}»")
_YEAR = (1900, 2060)  # "by 2100" is rarer in news than 2,100 of something
_GLUED = lazy_compile(r"[^\W\d_][-‐]?$")
_GLUED_AFTER = lazy_compile(r"[^\W\d_]")
_LETTERS_BEFORE = lazy_compile(r"(?<![^\W\d_])[^\W\d_]+$")  # the whole word of letters right before a figure
_SCALES = frozenset({1e3, 1e6, 1e9, 1e12})
_COMPOUND = lazy_compile(r"-[^\W\d_]")
_PART_OF = lazy_compile(r"[-/]\d")
_PART_OF_BEFORE = lazy_compile(r"\d[-/]$")
_CLOCK = lazy_compile(r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|GMT|ET|EST|EDT|UTC)?", re.IGNORECASE)
_ITEM_MARK = lazy_compile(r"\s*[-–.)]\s")
_BIDI = lazy_compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_HEADING_WORDS = 15  # a heading is a few words; a paragraph that ends without a period is still a paragraph
# A word pair shared by more statements than this says nothing about which ones repeat each other ("said the").
_MAX_POSTINGS = 24
NUMBER, NAME, DATE, NEGATION, FUNCTION, WORD = "number", "name", "date", "negation", "function", "word"
CLOCK = "clock#"  # the key's prefix of a time of day ("4 p.m."): two times are two moments, not a slip


@frozen
class Token:
    start: int  # offsets in the statement's text (the prose, or a metadata headline's own text)
    end: int
    key: str  # folded: "#12" for a figure, the entity ids for a known name, else the word without clitics
    kind: str  # number name date negation function word
    value: float | None = None
    ids: frozenset[str] = frozenset()
    low: float | None = None  # a figure's range ("more than 100": 100 up)
    high: float | None = None
    vague: bool = False  # «آلاف», "dozens": a magnitude, not a figure
    approximate: bool = False  # "about 1,100", "more than 300"
    unit: str | None = None  # what the quantity annotator read as counted with it ("51 years", "$3 billion")


@frozen
class Statement:
    """The headline (index 0 when there is one) or a body sentence."""

    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]
    headline: bool
    quoted: bool  # the statement is mostly a quotation
    in_prose: bool  # False for a metadata headline: its offsets are into `Analysis.headline.text`
    question: bool = False
    timestamped: bool = False  # opens with a clock time ("9:04 p.m."): an entry of a live, updated story
    subtitle: bool = False  # the standfirst; not among `Statements.items` (an in-prose one is also a body sentence)
    heading: bool = False  # a short line of its own that ends without a sentence's mark: a section's heading

    @property
    def content(self) -> tuple[Token, ...]:
        return tuple(token for token in self.tokens if token.kind != FUNCTION)


@frozen
class Statements:
    items: tuple[Statement, ...]
    headline: Statement | None
    headline_analysis: Any  # the Analysis the headline's tokens come from (the article's, or the title's own)
    subtitle: Statement | None = None
    subtitle_analysis: Any = None  # as `headline_analysis`, for the standfirst

    @property
    def body(self) -> tuple[Statement, ...]:
        return tuple(item for item in self.items if not (item.headline or item.subtitle))


@cache
def _words(lang: str, generation: int) -> tuple[Any, re.Pattern[str] | None, dict[str, frozenset[str]]]:
    words = language(lang).consistency
    clitic = re.compile(words.CLITIC_PREFIX) if words.CLITIC_PREFIX else None
    lists = {}
    for kind, listed in ((FUNCTION, words.FUNCTION_WORDS), (NEGATION, words.NEGATIONS), (DATE, words.DATE_WORDS),
                         ("update", words.UPDATE_WORDS), ("identifier", words.IDENTIFIER_WORDS)):
        lists[kind] = frozenset(_fold(word, clitic, words.POSSESSIVE) for word in listed)
    return words, clitic, lists


def _fold(word: str, clitic: re.Pattern[str] | None, possessive: tuple[str, ...]) -> str:
    key = normalize_key(word).lower()
    for ending in possessive:
        if key.endswith(ending):
            key = key[: -len(ending)]
    return clitic.sub("", key, count=1) if clitic else key


def _identifier(text: str, start: int, end: int, statement_start: int, lang: str) -> bool:
    """Whether the number at start..end names rather than counts: after a word such as "No." or «رقم», glued to
    letters ("COVID-19", «كوفيد19», "F-16"), alone in brackets (a series' part "(7)"), or a list item's number."""
    before = list(_WORD.finditer(text, max(statement_start, start - 24), start))
    # "No. 5", «رقم 5», "Route 66": the word right before the number ("Nurses week: 176 nurses" counts nurses)
    if before and not text[before[-1].end():start].strip(" .#\u00a0-") \
            and word_key(before[-1].group(), lang) in _words(lang, generation())[2]["identifier"]:
        return True
    if text[max(0, start - 2):start].endswith(("#", "&#")):
        return True  # "#3", an HTML character reference left in scraped text ("&#8220;")
    ordinal = language(lang).consistency.ORDINAL_BEFORE
    if ordinal and re.search(ordinal + r"\s*$", text[max(0, start - 6):start]):
        return True  # «الدورة الـ 11»: an ordinal
    if _COMPOUND.match(text, end):
        return True  # "3-digit", "19-year-old": a number inside a compound word
    digits = text[start:start + 1].isdigit() and text[end - 1:end].isdigit()
    if digits and (_GLUED.search(text, max(0, start - 2), start) and not _clitic_before(text, start, lang)
                   or _GLUED_AFTER.match(text, end)):
        return True
    if text[start - 1:start] == "(" and text[end:end + 1] == ")" and text[start:end].isdigit():
        return True
    if _PART_OF.match(text, end) or _PART_OF_BEFORE.search(text, max(0, start - 2), start):
        return True  # "3-3", "1/4": a part of a series
    return not text[statement_start:start].strip(" \t•*-") and bool(_ITEM_MARK.match(text, end))


def _range_of_amounts(text: str, quantity: Any, following: list[Any], joiners: str) -> bool:
    """Whether a year-like figure opens a range whose other end is an amount, not a year («بين 2000 و3000 درهم",
    "between 2000 and 3000 dirhams"): it is that amount's low end."""
    return bool(following) and following[0].unit not in (None, "year") \
        and re.fullmatch(rf"\s*(?:{joiners})\s*", text[quantity.end:following[0].start]) is not None


def _clitic_before(text: str, start: int, lang: str) -> bool:
    """Whether the letters glued to a figure are a clitic of the language, a word of their own («و14 كلية»: «و»
    and 14), not part of a name ("COVID-19", «كوفيد19»)."""
    clitics = language(lang).consistency.CLITICS_BEFORE_FIGURES
    glued = _LETTERS_BEFORE.search(text, max(0, start - 4), start)
    return bool(glued and glued.group() in clitics)


def word_key(word: str, lang: str) -> str:
    """The key of one word as statements fold it (clitics and possessive read off)."""
    words, clitic, _ = _words(lang, generation())
    return _fold(word, clitic, words.POSSESSIVE)


def update_words(lang: str) -> frozenset[str]:
    return _words(lang, generation())[2]["update"]


def find_statements(analysis: Analysis) -> Statements:
    """The headline and the body's sentences of the analysis, tokenised."""
    headline = analysis.headline
    items: list[Statement] = []
    head: Statement | None = None
    head_analysis: Any = analysis
    body_start = 0
    if headline is not None:
        if headline.in_prose:
            assert headline.start is not None and headline.end is not None
            head = _statement(analysis, 0, headline.start, headline.end, headline=True, in_prose=True)
            body_start = headline.end
        else:
            from checker.analysis import Analysis

            head_analysis = Analysis(headline.text, analysis.lang, analysis.date, analysis.packs)
            head = _statement(head_analysis, 0, 0, len(headline.text), headline=True, in_prose=False)
        if headline.truncated and head.tokens:  # the cut last word is no fact
            head = Statement(head.index, head.start, head.end, head.tokens[:-1], True, head.quoted, head.in_prose,
                             head.question, head.timestamped)
        items.append(head)
    for span in analysis.sentences:
        if span.end <= body_start:
            continue
        start = max(span.start, body_start)
        items.append(_statement(analysis, len(items), start, span.end, headline=False, in_prose=True))
    sub, sub_analysis = _subtitle(analysis)
    return Statements(tuple(items), head, head_analysis, sub, sub_analysis)


def _subtitle(analysis: Analysis) -> tuple[Statement | None, Any]:
    """The standfirst as a statement of its own, and the Analysis its tokens come from."""
    subtitle = analysis.subtitle
    if subtitle is None:
        return None, None
    source: Any = analysis
    if subtitle.in_prose:
        assert subtitle.start is not None and subtitle.end is not None
        sub = _statement(analysis, 0, subtitle.start, subtitle.end, headline=False, in_prose=True)
    else:
        from checker.analysis import Analysis

        source = Analysis(subtitle.text, analysis.lang, analysis.date, analysis.packs)
        sub = _statement(source, 0, 0, len(subtitle.text), headline=False, in_prose=False)
    tokens = sub.tokens[:-1] if subtitle.truncated else sub.tokens  # the cut last word is no fact
    return replace(sub, tokens=tokens, subtitle=True), source


def _statement(analysis: Analysis, index: int, start: int, end: int, *, headline: bool, in_prose: bool) -> Statement:
    text = analysis.text
    words, clitic, lists = _words(analysis.lang, generation())
    tokens: list[Token] = []
    taken: list[tuple[int, int]] = []
    within = [quantity for quantity in analysis.quantities if start <= quantity.start and quantity.end <= end]
    for at, quantity in enumerate(within):
        if _BIDI.search(text, max(0, quantity.start - 2), quantity.end + 2):
            continue  # a figure with direction marks in it («5.‏7» for 7.5) cannot be read safely
        if _identifier(text, quantity.start, quantity.end, start, analysis.lang):
            continue  # «القانون رقم 37.19», "No. 5": a number that names, not one that counts
        written = text[quantity.start:quantity.end]
        clock = bool(re.match(words.CLOCK_AFTER, text[quantity.end:quantity.end + 12], re.IGNORECASE))
        year = clock or (len(written) == 4 and written.isdigit()  # "2,100" jobs is no year
                         and _YEAR[0] <= quantity.value <= _YEAR[1]
                         and not _range_of_amounts(text, quantity, within[at + 1:at + 2], words.RANGE_JOINERS))
        # "Aug. 13" is read as one quantity: with a month inside, it is a date
        year = year or any(_fold(word, clitic, words.POSSESSIVE) in lists[DATE]
                           or (word[:1].isupper() and word.lower() in words.CAPITALISED_MONTHS)
                           for word in _WORD.findall(text, quantity.start, quantity.end))
        # A scale word alone («مليون مشاهدة», "a million") is a magnitude, as vague as «آلاف».
        vague = quantity.vague or not any(character.isdigit() for character in written) and \
            quantity.value in _SCALES
        key = f"{CLOCK if clock else '#'}{quantity.value:g}"
        tokens.append(Token(quantity.start, quantity.end, key, DATE if year else NUMBER,
                            quantity.value, low=quantity.low, high=quantity.high, vague=vague,
                            approximate=quantity.modifier is not None, unit=quantity.unit))
        taken.append((quantity.start, quantity.end))
    guesses: dict[tuple[int, int], frozenset[str]] = {}
    for mention in analysis.mentions_within(start, end):
        if any(a < mention.end and mention.start < b for a, b in taken):
            continue
        ids = frozenset(ref.entity_id for ref in mention.refs if not ref.ambiguous)
        types = {entity_id.split("/")[0] for entity_id in (ids or {ref.entity_id for ref in mention.refs})}
        if types <= {"office", "outlet"}:
            continue  # an office is a word of a title; an outlet's name is often a word too («صباح»)
        if not ids:
            # A name the knowledge reads only as a guess («أمريكا»: the United States or the continent) stays a word
            # (it may count a figure), with the entities it may be: changed into «تركيا» in a repeated sentence, it
            # is a name changed (`_conflicting`).
            guesses[(mention.start, mention.end)] = frozenset(ref.entity_id for ref in mention.refs)
            continue
        tokens.append(Token(mention.start, mention.end, "@" + "|".join(sorted(ids)), NAME, None, ids))
        taken.append((mention.start, mention.end))
    taken.sort()
    first_word = True
    for match in _WORD.finditer(text, start, end):
        if any(a < match.end() and match.start() < b for a, b in taken):
            first_word = False
            continue
        word = match.group()
        key = _fold(word, clitic, words.POSSESSIVE)
        if key in lists[NEGATION] or word.lower().endswith("n't"):
            kind = NEGATION
        elif key in lists[DATE]:
            kind = DATE
        elif key in lists[FUNCTION] or not key:
            kind = FUNCTION
        elif word[:1].isupper() and not first_word and not word.isupper():
            kind = NAME  # a capitalised word inside an English sentence: a name the knowledge may not list
        else:
            kind = WORD
        first_word = False
        tokens.append(Token(match.start(), match.end(), key, kind, ids=guesses.get(match.span(), frozenset())))
    tokens.sort(key=lambda token: token.start)
    # A figure up to 31 beside a month or weekday is a day of a date ("Aug. 31", «26 فبراير»).
    for at, token in enumerate(tokens):
        if token.kind == NUMBER and (token.value or 0) <= 31 and any(other.kind == DATE and other.value is None
                                        for other in tokens[max(0, at - 1):at + 2]):
            tokens[at] = Token(token.start, token.end, token.key, DATE, token.value, low=token.low, high=token.high)
    sentence = text[start:end]
    quoted = sum(len(m.group()) for m in _QUOTED.finditer(sentence)) > len(sentence) / 2
    question = sentence.rstrip(" \t\n\"'”»)").endswith(("?", "؟"))
    timestamped = bool(_CLOCK.search(sentence[:40]))
    return Statement(index, start, end, tuple(tokens), headline, quoted, in_prose, question, timestamped,
                     heading=not headline and _heading(text, start, end))


def _heading(text: str, start: int, end: int) -> bool:
    """A line of its own, of a few words, that ends without a sentence's mark ("Wisconsin", "Who is Brad
    Schimel's run ... career", "- Christal Hayes"): what follows it is another section (another state's poll,
    another candidate, a live story's next entry)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if line.strip() != text[start:end].strip() or not line.strip():
        return False
    return line.rstrip()[-1].isalnum() and len(_WORD.findall(line)) <= _HEADING_WORDS


def similar_pairs(statements: Statements, min_content: int) -> Iterator[tuple[Statement, Statement]]:
    """Pairs (earlier, later) of statements that share enough word pairs to be one sentence written twice:
    each statement is looked up in an index of the word pairs of those before it, so a long article costs
    its length times the few statements each word pair occurs in."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    items = statements.items
    for item in items:
        keys = [token.key for token in item.content]
        if len(keys) < min_content:
            continue
        shingles = set(zip(keys, keys[1:], strict=False))
        shared: dict[int, int] = defaultdict(int)
        for shingle in shingles:
            postings = index[shingle]
            if len(postings) <= _MAX_POSTINGS:
                for other in postings:
                    shared[other] += 1
            postings.append(item.index)
        # one sentence with at most two words changed keeps all but four of its word pairs
        for other, count in shared.items():
            other_keys = len(items[other].content)
            if abs(other_keys - len(keys)) <= 2 and count >= max(1, min(other_keys, len(keys)) - 5):
                yield items[other], item


@frozen
class Pair:
    """Two statements that are one sentence written twice: `changed_*` are the content tokens that differ."""

    earlier: Statement
    later: Statement
    changed_earlier: tuple[Token, ...]
    changed_later: tuple[Token, ...]
    conflict: bool  # the tokens that differ are figures, names, date words or a negation
    conflict_apart: bool = False  # a conflict but for the headings between the two (see `find_statement_pairs`)


# A sentence is compared with its repetition only when it has this many content words: "Photo: Reuters" is not one;
# a slip is judged only where seven content words or more are the same ("El Centro Project 9: Valued at $286 million"
# beside "... Project 5: Valued at $20 million" is a list).
MIN_CONTENT = 5
MIN_CONFLICT_CONTENT = 7
MIN_SHORT_CONTENT = 4  # content words a short sentence read as a statement keeps (`_short_statement_slip`)
MAX_CHANGED = 2


def find_statement_pairs(analysis: Analysis) -> list[Pair]:
    """The pairs of statements that repeat each other, the same or but for one or two words. A statement that
    repeats two or more others is a line of a list ("Council (3, 4-year terms)", "Council (4, 4-year terms)"):
    its pairs are never conflicts."""
    statements: Statements = analysis.annotation("statements")
    updates = update_words(analysis.lang)
    found = []
    partners: dict[int, int] = defaultdict(int)
    for earlier, later in similar_pairs(statements, MIN_CONTENT):
        from difflib import SequenceMatcher  # here: most articles have no similar pair, and difflib is ~1 ms

        first, second = earlier.content, later.content
        matcher = SequenceMatcher(None, [t.key for t in first], [t.key for t in second], autojunk=False)
        changed_first: list[Token] = []
        changed_second: list[Token] = []
        same = 0
        for op, a_start, a_end, b_start, b_end in matcher.get_opcodes():
            if op == "equal":
                same += a_end - a_start
            else:
                changed_first += first[a_start:a_end]
                changed_second += second[b_start:b_end]
        if len(changed_first) > MAX_CHANGED or len(changed_second) > MAX_CHANGED:
            continue
        if same < max(MIN_CONTENT - 1, min(len(first), len(second)) - MAX_CHANGED):
            continue
        partners[earlier.index] += 1
        partners[later.index] += 1
        if any(t.key in updates or t.key.startswith(CLOCK) for t in (*changed_first, *changed_second)):
            continue  # "rose to 12" / "was 10", "as of 4 p.m." / "as of 7 p.m.": it revises the other
        found.append((earlier, later, changed_first, changed_second))
    sections = sections_of(statements)
    pairs = []
    for earlier, later, changed_first, changed_second in found:
        first, second = tuple(changed_first), tuple(changed_second)
        conflict = (partners[earlier.index] == 1 and partners[later.index] == 1
                    and not earlier.question and not later.question
                    and not _record(analysis.text, earlier) and not _record(analysis.text, later)
                    and (len(earlier.content) - len(first) >= MIN_CONFLICT_CONTENT
                         or _short_statement_slip(analysis, earlier, later, first, second))
                    and _conflicting(first, second))
        # one sentence under two headings says one thing of each section's subject (each state's poll)
        apart = sections[earlier.index] != sections[later.index]
        pairs.append(Pair(earlier, later, first, second, conflict and not apart, conflict and apart))
    return pairs


_RECORD = lazy_compile(r":[^;؛]*[;؛][^;؛]*[;؛]")


def _record(text: str, statement: Statement) -> bool:
    """Whether a statement is a record of labelled fields, a line of a table or of a list ("- Angie Errigo, Empire:
    Film - The Aviator; director - Martin Scorsese; actor - Jamie Foxx"): two such lines with one name changed are
    two rows (each critic's pick in two lists: the prediction and the preference), not one sentence with a slip."""
    return statement.in_prose and _RECORD.search(text, statement.start, statement.end) is not None


def _short_statement_slip(analysis: Analysis, earlier: Statement, later: Statement, first: tuple[Token, ...],
                          second: tuple[Token, ...]) -> bool:
    """A short sentence written twice with one figure changed and every other word the same, each copy a
    statement rather than a list's line or a caption: a clause (see `_clause`) whose figure counts something
    ("He told CNN that about 50 people attended the meeting." / "... about 150 people ...")."""
    words = language(analysis.lang).consistency
    if not words.CLAUSE_VERBS or len(first) != 1 or len(second) != 1 or first[0].kind != NUMBER \
            or second[0].kind != NUMBER or len(earlier.content) - 1 < MIN_SHORT_CONTENT:
        return False
    kept = ([t.key for t in earlier.tokens if t.start != first[0].start]
            == [t.key for t in later.tokens if t.start != second[0].start])  # "was" / "will be" is another fact
    return kept and all(_clause(analysis.text, statement, token, words)
                        for statement, token in ((earlier, first[0]), (later, second[0])))


def _clause(text: str, statement: Statement, figure: Token, words: Any) -> bool:
    """Whether a short body sentence is a statement: it ends as a sentence does, with no label in it ("Project 5:
    Valued at $20 million."), opens with a capital and not with a demonstrative, has a verb, and its figure counts
    something (a word or a unit after it: "20 grams", "$3 million"; not a poll's "47%")."""
    if not statement.in_prose or statement.headline or statement.subtitle or statement.heading or statement.quoted \
            or statement.question or not statement.tokens:
        return False
    sentence = text[statement.start:statement.end].strip()
    letter = next((character for character in sentence if character.isalpha()), "")
    lower_case_start = letter.lower() != letter.upper() and not letter.isupper()
    if not sentence.endswith((".", "!")) or ":" in sentence or lower_case_start:
        return False
    tokens = statement.tokens
    if tokens[0].key in words.DEMONSTRATIVES:
        return False
    at = tokens.index(figure)
    counts = figure.unit not in (None, "percent") or (at + 1 < len(tokens) and tokens[at + 1].kind in (WORD, NAME))
    return counts and any(_verb(token, before, words) for before, token in zip((None, *tokens), tokens, strict=False))


def _verb(token: Token, before: Token | None, words: Any) -> bool:
    """Whether a word of a short sentence reads as its verb: one of the language's list, a past tense ("-ed"), or
    the word right after a subject pronoun ("It aims to transport 750,000 daily barrels of oil.")."""
    return token.key in words.CLAUSE_VERBS or token.kind == WORD and (
        len(token.key) > 4 and token.key.endswith(words.CLAUSE_VERB_ENDINGS)
        or before is not None and before.key in words.CLAUSE_SUBJECTS)


def sections_of(statements: Statements) -> list[int]:
    """For each statement of `statements.items`, the number of headings before it: two statements with
    different numbers stand in different sections."""
    found, count = [], 0
    for item in statements.items:
        count += item.heading
        found.append(count)
    return found


def _conflicting(first: tuple[Token, ...], second: tuple[Token, ...]) -> bool:
    """Whether the words that differ change one fact: a negation more or less and nothing else, or figures,
    names or date words that differ and nothing else (a changed name and figure is another line of a list)."""
    kinds = {NAME if t.ids else t.kind for t in (*first, *second)}  # a word the knowledge may read as a name is one
    if kinds == {NEGATION}:
        return sum(t.kind == NEGATION for t in first) != sum(t.kind == NEGATION for t in second)
    if not first or not second:
        return False
    if kinds == {NUMBER}:
        return {t.value for t in first} != {t.value for t in second}
    if kinds == {DATE}:
        # "on Dec. 21" and "on Monday" may be one day; "Monday" and "Tuesday" are not
        return {t.key for t in first} != {t.key for t in second} and _date_sorts(first) == _date_sorts(second)
    if kinds == {NAME}:
        return not any(same_name(a, b) for a in first for b in second)
    return False


def _date_sorts(tokens: tuple[Token, ...]) -> set[str]:
    return {"figure" if t.value is not None else "word" for t in tokens}


def same_name(first: Token, second: Token) -> bool:
    """One name: the same key, or known entities that share an id (Cairo, a metonym of Egypt, and Egypt)."""
    return first.key == second.key or bool(first.ids & second.ids)
