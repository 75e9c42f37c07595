"""consistency/headline-body: a figure or a name of the headline (or the subtitle) that the body
contradicts or never mentions."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from checker.annotate.statements import (
    DATE,
    FUNCTION,
    NAME,
    NUMBER,
    WORD,
    Statements,
    Token,
    word_key,
)
from checker.checks.consistency.citing import quoted_statement, source_text, statement_at, statement_place
from checker.checks.consistency.claims import country_of, current_claims, misread_country
from checker.checks.consistency.figures import counted_words, figures_agree, next_word
from checker.lang import language
from checker.models import Finding, Fix, Severity
from checker.text.lazy_regex import lazy_compile

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.statements import Statement
    from checker.packs.model import Rule


_LEDE_STATEMENTS = 3  # body statements that hold a figure, read as the lede a headline sums up
_OWN_WORDS = 3  # the words before a headline's figure that, before a figure of the lede, make it the same fact
_MIN_BODY_WORDS = 8  # content words a body needs to be read as the article, not a caption left by the scraper


_BIDI_FIGURE = lazy_compile("[0-9٠-٩][.,٫]?[\u200e\u200f\u061c][0-9٠-٩]")


_WORD = lazy_compile(r"\w+")
_NAME_TYPES = frozenset({"person", "country", "place", "institution", "org"})


def headline_body(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """A figure or name of the headline that the body contradicts (warning) or never mentions (info); a figure
    or name of the subtitle that the body after it contradicts (warning)."""
    statements: Statements = analysis.annotation("statements")
    if statements.headline is not None and statements.body:
        yield from _against_body(rule, analysis, statements)
    sub = statements.subtitle
    if sub is not None:
        # An <h2> standfirst is also the body's first sentence: the body it is read against starts after it.
        body = tuple(item for item in statements.body if not sub.in_prose or item.start >= sub.end)
        if body:
            yield from _against_body(rule, analysis, Statements((sub, *body), sub, statements.subtitle_analysis))


def _against_body(rule: Rule, analysis: Analysis, statements: Statements) -> Iterator[Finding]:
    """The findings of `statements.headline` (the headline, or the subtitle in its place) against the body."""
    head = statements.headline
    assert head is not None
    flagged: set[int] = set()
    for finding, token_start in _headline_roles(rule, analysis, statements):
        flagged.add(token_start)
        yield finding
    body = statements.body
    body_numbers = [(s, t) for s in body for t in s.tokens if t.kind == NUMBER]
    body_ids = _implied({entity_id for s in body for t in s.tokens if t.kind == NAME for entity_id in t.ids},
                        analysis) | {entity_id for s in body for t in s.tokens if t.kind != NAME for entity_id in t.ids}
    body_text = " ".join(word_key(word, analysis.lang) for word in analysis.text[body[0].start:].split())
    casualties = _casualty_categories(analysis, statements)
    # Any figure of the body supports the headline's, also one read as a number that names ("(431)").
    support = [Token(q.start, q.end, "", NUMBER, q.value, low=q.low, high=q.high, vague=q.vague)
               for q in analysis.quantities if q.start >= body[0].start]
    tolerance = rule.params["tolerance"]
    # A body of a few words is a photo's caption («الدكتور عزام الدخيل»), not the article: it states nothing the
    # headline could lack support from (a figure it does give may still contradict the headline's).
    caption = sum(len(statement.content) for statement in body) < _MIN_BODY_WORDS
    for token in head.tokens:
        if token.start in flagged:
            continue
        if token.kind == NUMBER:
            if token.vague or any(figures_agree(token, other, tolerance) for other in support):
                continue
            stated = _stated_fact(head, token, body_numbers, analysis)
            if stated is not None:
                if _adds_to(token, stated[1], support, tolerance):
                    continue  # "toll climbs to 40" over "the toll climbs to 30 ... and 10 more": the sum of the two
            elif _sums_to(token, body_numbers, tolerance, _lede(body_numbers, analysis)):
                continue
            rival = stated or _rival_figure(head, token, body_numbers, casualties, analysis)
            if rival is None and (caption or _one_as_word(source_text(analysis, head), token)
                                  or _part_number(head, token, source_text(analysis, head))):
                continue  # «من أسرة واحدة», "in one day": an article's "one", no figure the body must repeat
            if rival is None and _BIDI_FIGURE.search(analysis.text, body[0].start):
                continue  # the body writes a figure with direction marks in it («5.‏7»): it may be this one
            if rival is None and _written_otherwise(source_text(analysis, head), token, analysis.text, body[0].start):
                continue
            yield from _headline_finding(rule, analysis, head, token, rival)
        elif token.kind == NAME and token.ids and head.in_prose and not head.subtitle and not caption:
            # Only names the knowledge knows: a headline's capitals ("Lessons from ...") say little.
            known = {entity_id.split("/")[0] for entity_id in token.ids}
            if token.ids & body_ids or not known & _NAME_TYPES:
                continue
            surface = source_text(analysis, head)[token.start:token.end]
            if word_key(surface, analysis.lang) in body_text or \
                    _called_the_country(token, body_ids, body_text, analysis):
                continue
            yield from _headline_finding(rule, analysis, head, token, None)


def _called_the_country(token: Token, body_ids: set[str], body_text: str, analysis: Analysis) -> bool:
    """Whether the body calls the headline's country "the country" («المملكة», «البلاد», "nationwide") and names no
    country at all: those words then refer to it (a Moroccan weather bulletin's «عمالات وأقاليم المملكة»)."""
    if not any(entity_id.startswith("country/") for entity_id in token.ids) or \
            any(entity_id.startswith("country/") for entity_id in body_ids):
        return False
    references = {word_key(word, analysis.lang) for word in language(analysis.lang).consistency.COUNTRY_REFERENCES}
    return any(word in references for word in _WORD.findall(body_text))


def _implied(ids: set[str], analysis: Analysis) -> set[str]:
    """The entities the body names, and the countries it names them in: a city's («طنجة»: Morocco) and the
    country whose office a person holds (Saadeddine Othmani: Morocco). A headline "... in Morocco" over a body about
    Tangier, or about Morocco's prime minister, says what the body does; a demonym («المصري») is the country's own
    mention already. Only names read as names imply a country: a word the knowledge only guesses may be a name
    («أمريكا») stands for itself, and a town's name that is also a word («وأن», "and that", read as Van) places the
    body in no country (a headline «... في تركيا» over an article about Britain)."""
    knowledge = analysis.knowledge
    implied = set(ids)
    for entity_id in ids:
        entity = knowledge.get(entity_id)
        if entity is None:
            continue
        country = entity.get("country")
        if isinstance(country, str) and country.startswith("country/"):
            implied.add(country)
        implied.update(role.of for role in entity.roles if role.of and role.of.startswith("country/"))
    return implied


def _casualty_categories(analysis: Analysis, statements: Statements) -> dict[tuple[bool, int], frozenset[str]]:
    """The casualty categories of each figure, by (in the headline's own text, start)."""
    found: dict[tuple[bool, int], frozenset[str]] = {}
    head = statements.headline
    for fact in analysis.annotation("casualty_facts"):
        found[(True, fact.start)] = frozenset(fact.categories)
    if head is not None and not head.in_prose:
        for fact in statements.headline_analysis.annotation("casualty_facts"):
            found[(False, fact.start)] = frozenset(fact.categories)
    return found


def _rival_figure(head: Statement, token: Token, body_numbers: list[tuple[Statement, Token]],
                  casualties: dict[tuple[bool, int], frozenset[str]],
                  analysis: Analysis) -> tuple[Statement, Token] | None:
    """The body figure that states the headline's figure's fact with another value: the same casualty category,
    or the same word counted after it."""
    lang = analysis.lang
    categories = casualties.get((head.in_prose, token.start))
    counted = counted_words(head, token)
    lede = _lede(body_numbers, analysis)
    head_modifier = _modifier(source_text(analysis, head), token, lang)
    for statement, other in body_numbers:
        if token.approximate and other.approximate and (head_modifier != _modifier(analysis.text, other, lang)
                                                         or not counted & counted_words(statement, other)):
            continue  # "over 300k" and "an estimated 246,000": two estimates, perhaps of two things
        if statement.index not in lede:
            continue  # a headline sums up the lede; a figure further down is often another one of its kind
        if other.vague or _partial(statement, other, lang):
            continue
        if categories and categories == casualties.get((True, other.start)):
            return statement, other  # the same categories: «مصرع وإصابة 8» is not rivalled by 3 killed
        if counted & counted_words(statement, other) and not (
                categories and casualties.get((True, other.start))):
            return statement, other  # the same word counted (and not two casualty categories)
    return None


def _stated_fact(head: Statement, token: Token, body_numbers: list[tuple[Statement, Token]],
                 analysis: Analysis) -> tuple[Statement, Token] | None:
    """The lede's figure that states the headline's figure's fact itself: of the same unit, written after the
    headline's own three words («الحد الأدنى لسن الزواج إلى 48 عاما» / «رفعت إسبانيا الحد الأدنى لسن الزواج إلى 16
    عاما»; two, "Poll finds 25% of Iowa adults" / "The poll finds 65% of Iowa adults have had a dose", may begin two
    facts). Then the headline's figure is not the sum of others the body gives (two ages make no age), only that
    figure and one more (`_adds_to`)."""
    own_words = _words_before(head, token, _OWN_WORDS)
    if len(own_words) < _OWN_WORDS:
        return None
    lede = _lede(body_numbers, analysis)
    for statement, other in body_numbers:
        if statement.index in lede and not other.vague and other.unit == token.unit and \
                _words_before(statement, other, _OWN_WORDS) == own_words and \
                not _partial(statement, other, analysis.lang):
            return statement, other
    return None


def _words_before(statement: Statement, token: Token, count: int) -> tuple[str, ...]:
    """The keys of the `count` words right before a figure, nearest first (function words skipped; none past
    another figure)."""
    found: list[str] = []
    for before in reversed(statement.tokens[:statement.tokens.index(token)]):
        if before.kind == FUNCTION:
            continue
        if before.kind not in (WORD, NAME) or len(found) == count:
            break
        found.append(before.key)
    return tuple(found)


def _adds_to(token: Token, stated: Token, support: list[Token], tolerance: float) -> bool:
    """The headline's figure is the stated one plus another figure of the body (30 killed, and 10 more), to the
    headline's rounding (`_sum_margin`)."""
    value, stated_value = token.value or 0.0, stated.value or 0.0
    return any(other.start != stated.start and other.value and not other.vague
               and abs(stated_value + other.value - value) <= _sum_margin(token, stated_value + other.value, tolerance)
               for other in support)


def _modifier(text: str, token: Token, lang: str) -> str:
    """The words of a figure before its number ("more than", «أزيد من»): two estimates with one modifier and
    one counted word («أزيد من 2.7 مليون رأس», «أزيد من 7 ملايين و200 ألف رأس») state one fact."""
    written = text[token.start:token.end]
    digit = next((at for at, character in enumerate(written) if character.isdigit()), len(written))
    return " ".join(word_key(word, lang) for word in written[:digit].split())


def _part_number(head: Statement, token: Token, text: str) -> bool:
    """A bare figure that ends the headline right after a name counts nothing: it numbers a part of a series («كيف
    يفكر الأيديولوجي 5», «النابغة الذبياني 2 ــ 2», "Rambo 5"). After a function word ("toll rises to 40") or an
    English lower-case word, a verb as often ("National Zoo loses 3"), it is a value and stays one; so is "over
    200". A script without capitals (Arabic) cannot tell a name from a noun there: any word counts as one."""
    tokens = head.tokens
    at = tokens.index(token)
    if at == 0 or token.approximate or not all(t.kind == NUMBER for t in tokens[at + 1:]) or \
            not text[token.start:token.end].isdigit():
        return False  # an amount («تناهز 104 مليون درهم») is a value, whatever word stands before it
    before = tokens[at - 1]
    written = text[before.start:before.end]
    return before.kind == NAME or before.kind == WORD and written.lower() == written.upper()


_DIGITS_AND_WORD = lazy_compile(r"([0-9]+(?:[.,][0-9]+)?)(?![0-9])\s*([^\W\d]\w*)")


def _written_otherwise(head_text: str, token: Token, text: str, body_start: int) -> bool:
    """Whether the body writes the headline's amount in a form the quantity reader leaves unread: a decimal comma
    («285,1 مليار درهم» for «285 مليار درهم»), the digits in parentheses («(8) مليارات ريال»), dots between
    thousands («134.230.000 مليون ريال»): the same digits, then the same word."""
    written = _DIGITS_AND_WORD.search(head_text, token.start, token.end)
    if written is None:
        return False
    digits, word = written.group(1).replace(",", "."), written.group(2)
    pattern = rf"(?<![0-9.,]){re.escape(digits)}(?:[.,][0-9]+)*\)?\s*{re.escape(word)}"
    return re.search(pattern, text[body_start:].replace(",", ".")) is not None


def _one_as_word(text: str, token: Token) -> bool:
    """"one" written as a word is mostly a pronoun or an article ("one way or another", "the only one"): it
    makes no statement part of the lede a headline sums up."""
    return token.value == 1 and not any(character.isdigit() for character in text[token.start:token.end])


def body_numbers_statements(body_numbers: list[tuple[Statement, Token]]) -> list[Statement]:
    """The body statements in order, each once (the lede first)."""
    return list({statement.index: statement for statement, _ in body_numbers}.values())


def _partial(statement: Statement, token: Token, lang: str) -> bool:
    """A figure of part of a whole: "five other militants", «وخمسة متطرفين آخرين»."""
    partial = language(lang).consistency.PARTIAL_WORDS
    tokens = statement.tokens
    at = tokens.index(token)
    return any(t.key in partial for t in tokens[max(0, at - 2):at + 5])


def _lede(body_numbers: list[tuple[Statement, Token]], analysis: Analysis) -> set[int]:
    """The indexes of the body statements read as the lede a headline sums up: the first that hold a figure."""
    counting = [(statement, other) for statement, other in body_numbers if not _one_as_word(analysis.text, other)]
    return {statement.index for statement in body_numbers_statements(counting)[:_LEDE_STATEMENTS]}


def _sums_to(token: Token, body_numbers: list[tuple[Statement, Token]], tolerance: float, lede: set[int]) -> bool:
    """The headline's figure is the sum of two figures of the body that count the same thing ("125 judges":
    100 at one court, 25 at another)."""
    by_word: dict[str, list[float]] = defaultdict(list)
    for statement, other in body_numbers:
        counted = next_word(statement, other)
        if counted and other.value is not None and not other.vague:
            by_word[counted].append(other.value)
    for values in by_word.values():
        parts: list[Token] = []
        for value in sorted(set(values)):
            # one figure stated twice, or twice in other roundings ("64" and "64.55" dollars), is not two parts
            if not any(figures_agree(part, _figure(value), tolerance) for part in parts):
                parts.append(_figure(value))
        total = sum(part.value or 0.0 for part in parts)
        if len(parts) >= 2 and abs(total - (token.value or 0.0)) <= _sum_margin(token, total, tolerance):
            return True
    # Or any two different figures of the body, whatever they count: the headline's noun is often worded otherwise.
    # One of them is the lede's: a headline sums up its lede, not two figures met anywhere in a long article (16
    # in one paragraph and "four" sixty sentences later make no 20). Two figures of two years are one series, not
    # two parts ("4 billion in 1974", "9 billion in 2037").
    years: dict[float, set[float | None]] = defaultdict(set)
    in_lede: set[float] = set()
    for statement, other in body_numbers:
        if other.value is not None and not other.vague:
            years[other.value].add(_year_of(statement, other))
            if statement.index in lede:
                in_lede.add(other.value)
    for value, of_value in years.items():
        rest = (token.value or 0.0) - value
        if rest != value and rest in years and (value in in_lede or rest in in_lede) and any(
                first is None or second is None or first == second for first in of_value for second in years[rest]):
            return True
    return False


def _year_of(statement: Statement, token: Token) -> float | None:
    """The year written right after a figure ("4 billion in 1974"), if any."""
    tokens = statement.tokens
    at = tokens.index(token)
    return next((t.value for t in tokens[at + 1:at + 4] if t.kind == DATE and t.value and t.value >= 1000), None)


def _figure(value: float) -> Token:
    return Token(0, 0, "", NUMBER, value)


def _sum_margin(token: Token, total: float, tolerance: float) -> float:
    """How far a sum may be from the headline's figure: parts add up exactly, so only as far as the headline
    rounds. An approximate figure ("nearly 300") rounds by `tolerance`; an exact one by its trailing zeros
    ("1,500" for 1,480, "13 billion" for 12.8 billion), never more than `tolerance` ("78" is not 26 + 48)."""
    if token.approximate:
        return tolerance * total
    value = abs(token.value or 0.0)
    unit = 1.0
    while value >= unit * 10 and (value / (unit * 10)).is_integer():
        unit *= 10
    return min(tolerance * total, unit / 2 if unit > 1 else 0.0)


def _headline_finding(rule: Rule, analysis: Analysis, head: Statement, token: Token,
                      rival: tuple[Statement, Token] | None) -> Iterator[Finding]:
    words = language(analysis.lang).consistency
    found = source_text(analysis, head)[token.start:token.end]
    if rival is None:
        if head.in_prose and not head.subtitle:  # a standfirst may add what the body leaves out
            yield rule.finding(token.start, token.end, analysis.lang, severity=Severity.INFO,
                               explanation=words.EXPLAIN_HEADLINE_UNSUPPORTED.format(found=found),
                               found=found, verdict=words.HEADLINE_UNSUPPORTED, part=words.HEADLINE_PART)
        return
    statement, other = rival
    value = analysis.text[other.start:other.end]
    where = statement_place(analysis, statement)
    explanation = _contradicted(words, head).format(found=found, value=value, where=where,
                                                    other=quoted_statement(analysis, statement))
    verdict = words.HEADLINE_CONTRADICTED.format(value=value, where=where)
    part = _part(words, head)
    if head.in_prose:
        yield rule.finding(token.start, token.end, analysis.lang, explanation=explanation,
                           fix=Fix(value, "unsafe"), found=found, verdict=verdict, part=part)
    else:  # a metadata title has no place in the prose: the body's statement is the one shown
        yield rule.finding(other.start, other.end, analysis.lang, explanation=explanation, fix=Fix(found, "unsafe"),
                           found=found, verdict=verdict, part=part)


def _contradicted(words: Any, head: Statement) -> str:
    return str(words.EXPLAIN_SUBTITLE_CONTRADICTED if head.subtitle else words.EXPLAIN_HEADLINE_CONTRADICTED)


def _part(words: Any, head: Statement) -> str:
    """The `{part}` of the message: the headline or the subtitle."""
    return str(words.SUBTITLE_PART if head.subtitle else words.HEADLINE_PART)


def _headline_roles(rule: Rule, analysis: Analysis, statements: Statements) -> Iterator[tuple[Finding, int]]:
    """A headline title that the body gives another country (the same person, the same office), or a
    headline office holder the body names someone else for (and never names the headline's person)."""
    head = statements.headline
    assert head is not None
    head_analysis = statements.headline_analysis
    body_start = statements.body[0].start
    head_claims = current_claims(head_analysis, head.start, head.end)
    if not head_claims:
        return
    body_claims = current_claims(analysis, body_start, len(analysis.text))
    body_ids = {entity_id for s in statements.body for t in s.tokens for entity_id in t.ids}
    words = language(analysis.lang).consistency
    head_text = source_text(analysis, head)
    for claim in head_claims:
        for other in body_claims:
            if other.office_id != claim.office_id:
                continue
            if other.person_id == claim.person_id and country_of(claim) and country_of(other) \
                    and country_of(claim) != country_of(other) and claim.qualifier and other.qualifier:
                if misread_country(head_text, claim, other, analysis) or \
                        misread_country(analysis.text, other, claim, analysis):
                    continue
                mine, theirs = claim.qualifier, other.qualifier
            elif other.person_id != claim.person_id and claim.of_id and other.of_id == claim.of_id \
                    and claim.person_id not in body_ids:
                mine, theirs = claim.person, other.person
            else:
                continue
            found, value = head_text[mine.start:mine.end], analysis.text[theirs.start:theirs.end]
            sentence = statement_at(statements, theirs.start)
            where = statement_place(analysis, sentence)
            explanation = _contradicted(words, head).format(found=found, value=value, where=where,
                                                            other=quoted_statement(analysis, sentence))
            verdict = words.HEADLINE_CONTRADICTED.format(value=value, where=where)
            if head.in_prose:
                finding = rule.finding(mine.start, mine.end, analysis.lang, explanation=explanation,
                                       fix=Fix(value, "unsafe"), found=found, verdict=verdict, part=_part(words, head))
            else:
                finding = rule.finding(theirs.start, theirs.end, analysis.lang, explanation=explanation,
                                       fix=Fix(found, "unsafe"), found=found, verdict=verdict, part=_part(words, head))
            yield finding, mine.start
            break
