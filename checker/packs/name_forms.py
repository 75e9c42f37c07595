"""The forms a stored person's name takes in news, generated instead of listed by hand.

From each name a pack lists for a person, in each language that has a `names` area (checker/lang/*/names.py):

- honorifics dropped («الشيخ تميم بن حمد» -> «تميم بن حمد»), and kept before the given name alone
  («الشيخ تميم»), which is as distinctive as the full name;
- a nasab chain shortened after the father's name («تميم بن حمد آل ثاني» -> «تميم بن حمد»);
- given and family name, for a name of three parts or more without a nasab («محمد شياع السوداني» ->
  «محمد السوداني»); a compound name (عبد الله، أبو مازن، آل ثاني, von der Leyen) counts as one part;
- for a person who is not of a country of `NATIVE_NAMES_OF` (its family name is not also a given name there),
  the family name alone (`short`) where the pack lists none, and spellings of the family name with one long
  vowel dropped or inserted («ترامب / ترمب», «نتنياهو / نتانياهو»). The normaliser already folds hamza forms, ى/ي and
  ة/ه, so nothing is generated for those.

A generated form is left out when another entity lists it (any field), when two persons generate it, or when
it is in `ambiguous_name_forms.txt` beside this module: the forms that `tools/name_form_collisions.py` found
mostly in real news articles that do not name the person (an ordinary word, another person). The forms are
appended to the entity's `names` and `short`, after the listed ones, so the preferred spelling stays first.
This runs once per pack set, where the name matcher is compiled (`checker.compiled_packs`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path

from checker.frozen import frozen
from checker.packs.model import Entity, KnowledgeBase

AMBIGUOUS_FORMS_FILE = Path(__file__).with_name("ambiguous_name_forms.txt")
_MIN_FAMILY_LETTERS = 4  # a shorter family name alone is too often something else


@frozen
class NameForm:
    field: str  # names | short
    lang: str
    form: str
    kind: str = ""  # shortened (honorific, nasab, given + family) | family | variant


@frozen
class _Words:
    """One language's name words (checker/lang/xx/names.py), split into sets."""

    honorifics: frozenset[str]
    nasab: frozenset[str]
    joins_next: frozenset[str]
    joins_previous: frozenset[str]
    regnal: frozenset[str]
    native_of: str
    dropped_vowels: str
    inserted_vowel: str


@cache
def _words(lang: str) -> _Words | None:
    from checker.lang import language

    found = language(lang)
    if not found.has("names"):
        return None
    names = found.names
    return _Words(frozenset(names.HONORIFICS.split()), frozenset(names.NASAB.split()),
                  frozenset(names.JOINS_NEXT.split()), frozenset(names.JOINS_PREVIOUS.split()),
                  frozenset(names.REGNAL.split()), names.NATIVE_NAMES_OF, names.DROPPED_VOWELS,
                  names.INSERTED_VOWEL)


def parts(name: str, words: _Words) -> list[str]:
    """A name's parts: words, with a compound prefix (عبد، آل، Abu) or a lower-case particle (von, de, al-)
    joined to the word after it, «الله» to the word before it; nasab words stay parts of their own."""
    tokens = name.split()
    found: list[str] = []
    index = 0
    while index < len(tokens):
        end = index
        while end < len(tokens) - 1 and tokens[end] not in words.nasab and (
                tokens[end] in words.joins_next or tokens[end][:1].islower()):
            end += 1
        unit = " ".join(tokens[index:end + 1])
        if found and tokens[index] in words.joins_previous:
            found[-1] += " " + unit
        else:
            found.append(unit)
        index = end + 1
    return found


def forms_of_name(name: str, words: _Words) -> tuple[list[str], str | None]:
    """(full-name forms, family name) generated from one stored name; the family name is None where the name
    has a nasab chain or a single part."""
    units = parts(name, words)
    forms: list[str] = []
    honorifics: list[str] = []
    while units and units[0] in words.honorifics:
        honorifics.append(units.pop(0))
    if len(units) < 2 or any(unit.split()[0] in words.regnal for unit in units):
        return ([" ".join(units)] if honorifics and len(units) >= 2 else []), None
    if honorifics:
        forms += [" ".join(units), " ".join([*honorifics, units[0]])]
    nasab = next((i for i, unit in enumerate(units) if unit in words.nasab and 0 < i < len(units) - 1), None)
    if nasab is not None:
        if nasab + 2 < len(units):
            forms.append(" ".join(units[:nasab + 2]))
        return forms, None
    if len(units) >= 3:
        forms.append(f"{units[0]} {units[-1]}")
    return forms, units[-1]


def spelling_variants(word: str, words: _Words) -> list[str]:
    """The word with one inner long vowel dropped or `inserted_vowel` put between two other letters."""
    if not words.dropped_vowels or " " in word or len(word) < _MIN_FAMILY_LETTERS:
        return []
    vowels = words.dropped_vowels
    # Not in the first two letters nor at the end: a name is recognised by its start, and «ترامب» never
    # turns into «تارامب» or «تراماب».
    found = [word[:i] + word[i + 1:] for i in range(2, len(word) - 1) if word[i] in vowels]
    found += [word[:i] + words.inserted_vowel + word[i:] for i in range(2, len(word) - 1)
              if word[i - 1] not in vowels and word[i] not in vowels]
    return list(dict.fromkeys(form for form in found if form != word))


def person_forms(entity: Entity, native: Callable[[str], bool]) -> Iterator[NameForm]:
    """Every form generated for one person (before the collisions are left out). `native(lang)` says whether
    the person's name is native to `lang` (no transliteration variants)."""
    for lang, names in entity.names.items():
        words = _words(lang)
        if words is None or not names:
            continue
        family = None
        for index, name in enumerate(names):
            forms, name_family = forms_of_name(name, words)
            yield from (NameForm("names", lang, form, "shortened") for form in forms)
            if index == 0:
                family = name_family
        listed_short = list(entity.short.get(lang, ()))
        if native(lang):
            # A native family name is often a given name too («شكري القوتلي» is not Sameh Shoukry): the family
            # name alone only where the pack lists it.
            continue
        shorts = listed_short or ([family] if family and _family_alone_allowed(family) else [])
        yield from (NameForm("short", lang, form, "family") for form in shorts if form not in listed_short)
        for short in shorts:
            yield from (NameForm("short", lang, variant, "variant") for variant in spelling_variants(short, words))
        preferred = names[0]
        last = preferred.rsplit(" ", 1)
        if len(last) == 2 and words.honorifics.isdisjoint(preferred.split()[:1]) and last[1] not in words.regnal:
            yield from (NameForm("names", lang, f"{last[0]} {variant}", "variant")
                        for variant in spelling_variants(last[1], words))


def _family_alone_allowed(family: str) -> bool:
    letters = [c for c in family if c.isalpha()]
    return len(letters) >= _MIN_FAMILY_LETTERS


@cache
def ambiguous_forms(path: Path = AMBIGUOUS_FORMS_FILE) -> frozenset[str]:
    """The forms found ambiguous in real news (one per line, `#` comments), as written there."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _native_test(knowledge: KnowledgeBase, entity: Entity) -> Callable[[str], bool]:
    """Whether the person's name is native to a language: a role of a member of its NATIVE_NAMES_OF
    organisation (or of the organisation itself). A person with no role is taken as native (no variants)."""
    countries = {role.of for role in entity.roles}

    def native(lang: str) -> bool:
        words = _words(lang)
        org = words.native_of if words else ""
        if not org or not countries:
            return not countries
        return any(country == org or org in (_member_of(knowledge, country)) for country in countries)

    return native


def _member_of(knowledge: KnowledgeBase, entity_id: str) -> tuple[str, ...]:
    found = knowledge.get(entity_id)
    return tuple(found.get("member_of") or ()) if found else ()


def generated_forms(knowledge: KnowledgeBase, key_of: Callable[[str], str],
                    listed_names: Callable[[Entity], Iterable[str]],
                    ambiguous: frozenset[str] | None = None) -> dict[str, list[NameForm]]:
    """The generated forms of every person, by entity id, without those another entity lists, two persons
    generate, or `ambiguous` holds (default: the shipped list); compared by matching key."""
    ambiguous_keys = {key_of(form) for form in (ambiguous_forms() if ambiguous is None else ambiguous)}
    listed: dict[str, set[str]] = defaultdict(set)
    for entity in knowledge.entities.values():
        for name in listed_names(entity):
            listed[key_of(name)].add(entity.id)
    candidates: dict[str, list[NameForm]] = {}
    generators: dict[str, set[str]] = defaultdict(set)
    for person in knowledge.of_type("person"):
        own = list(dict.fromkeys(person_forms(person, _native_test(knowledge, person))))
        candidates[person.id] = own
        for form in own:
            generators[key_of(form.form)].add(person.id)
    kept: dict[str, list[NameForm]] = {}
    for person_id, forms in candidates.items():
        usable = [form for form in forms if (key := key_of(form.form)) and key not in ambiguous_keys
                  and key not in listed and generators[key] == {person_id}]
        if usable:
            kept[person_id] = usable
    return kept


def with_name_forms(knowledge: KnowledgeBase, key_of: Callable[[str], str],
                    listed_names: Callable[[Entity], Iterable[str]]) -> KnowledgeBase:
    """The knowledge with each person's generated forms appended to its `names` and `short`."""
    generated = generated_forms(knowledge, key_of, listed_names)
    if not generated:
        return knowledge
    entities = dict(knowledge.entities)
    for person_id, forms in generated.items():
        entities[person_id] = _extended(entities[person_id], forms)
    return KnowledgeBase(entities, knowledge.tallies, knowledge.source_names, knowledge.column_labels)


def _extended(entity: Entity, forms: Iterable[NameForm]) -> Entity:
    names: dict[str, tuple[str, ...]] = dict(entity.names)
    short: dict[str, tuple[str, ...]] = dict(entity.short)
    for form in forms:
        target = names if form.field == "names" else short
        target[form.lang] = (*target.get(form.lang, ()), form.form)
    return replace(entity, names=names, short=short)
