"""checker/packs/name_forms.py: the forms a stored person's name takes in news, generated from the listed ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.annotate.mentions import entity_names, matching_key
from checker.packs.model import Entity, KnowledgeBase, Role, parse_pack_date
from checker.packs.name_forms import (
    _words,
    ambiguous_forms,
    forms_of_name,
    generated_forms,
    spelling_variants,
    with_name_forms,
)

AR, EN = _words("ar"), _words("en")


@pytest.mark.parametrize(("name", "words", "forms", "family"), [
    ("تميم بن حمد آل ثاني", AR, ["تميم بن حمد"], None),
    ("الشيخ تميم بن حمد", AR, ["تميم بن حمد", "الشيخ تميم"], None),
    ("Sheikh Tamim bin Hamad Al Thani", EN, ["Tamim bin Hamad Al Thani", "Sheikh Tamim", "Tamim bin Hamad"], None),
    ("محمد شياع السوداني", AR, ["محمد السوداني"], "السوداني"),
    ("Mohammed Shia al-Sudani", EN, ["Mohammed al-Sudani"], "al-Sudani"),
    ("عبد الفتاح السيسي", AR, [], "السيسي"),  # «عبد الفتاح» is one given name
    ("حسن نصر الله", AR, [], "نصر الله"),
    ("Ursula von der Leyen", EN, [], "von der Leyen"),
    ("الملك عبد الله الثاني", AR, ["عبد الله الثاني"], None),  # a regnal number: no family name alone
    ("Abdullah II of Jordan", EN, [], None),
    ("دونالد ترامب", AR, [], "ترامب"),
])
def test_forms_of_a_stored_name(name, words, forms, family):
    assert forms_of_name(name, words) == (forms, family)


@pytest.mark.parametrize(("word", "variant"), [
    ("ترامب", "ترمب"), ("ترمب", "ترامب"), ("نتنياهو", "نتانياهو"), ("زيلينسكي", "زيلنسكي"),
])
def test_transliteration_variants_drop_or_insert_a_long_vowel(word, variant):
    assert variant in spelling_variants(word, AR)


def test_no_variant_touches_the_start_or_the_end_of_a_word():
    variants = spelling_variants("ترامب", AR)
    assert all(variant.startswith("تر") and variant.endswith("ب") for variant in variants)
    assert spelling_variants("Trump", EN) == []  # English variants are the name-variants check's skeletons


def _person(entity_id: str, en: list[str], ar: list[str], of: str, short_ar: tuple[str, ...] = ()) -> Entity:
    role = Role("office/president", of, parse_pack_date("2020-01-01")[0], None)
    return Entity(entity_id, "person", {"en": tuple(en), "ar": tuple(ar)},
                  {"ar": short_ar} if short_ar else {}, (role,))


def _knowledge(*people: Entity) -> KnowledgeBase:
    countries = [Entity("country/US", "country", {"en": ("United States",)}),
                 Entity("country/IQ", "country", {"en": ("Iraq",)}, attrs={"member_of": ["org/ARAB-LEAGUE"]}),
                 Entity("country/SD", "country", {"en": ("Sudan",), "ar": ("السودان",)},
                        attrs={"demonyms": {"ar": ["السوداني"]}})]
    return KnowledgeBase({entity.id: entity for entity in (*countries, *people)}, {})


def _generated(knowledge: KnowledgeBase, ambiguous: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    found = generated_forms(knowledge, matching_key, lambda e: (name for *_, name in entity_names(e)), ambiguous)
    return {person: {form.form for form in forms} for person, forms in found.items()}


TRUMP = _person("person/trump", ["Donald Trump"], ["دونالد ترامب"], "country/US", ("ترامب",))
SUDANI = _person("person/sudani", ["Mohammed Shia al-Sudani"], ["محمد شياع السوداني"], "country/IQ")


def test_variants_only_for_foreign_names_and_never_a_form_another_entity_lists():
    generated = _generated(_knowledge(TRUMP, SUDANI))
    assert {"ترمب", "دونالد ترمب"} <= generated["person/trump"]
    # al-Sudani is Iraqi: no transliteration variants; «السوداني» alone is Sudan's demonym: not his.
    assert generated["person/sudani"] == {"محمد السوداني", "Mohammed al-Sudani", "al-Sudani"}


def test_forms_found_ambiguous_in_news_are_left_out():
    generated = _generated(_knowledge(TRUMP, SUDANI), frozenset({"al-Sudani", "دونالد ترمب"}))
    assert "al-Sudani" not in generated["person/sudani"]
    assert "دونالد ترمب" not in generated["person/trump"] and "ترمب" in generated["person/trump"]


def test_a_form_two_people_generate_is_nobodys():
    brother = _person("person/other-trump", ["Fred Trump"], ["فريد ترامب"], "country/US")
    generated = _generated(_knowledge(TRUMP, brother))
    assert "Trump" not in generated["person/other-trump"]  # Donald Trump lists it
    assert "ترمب" not in generated["person/trump"] and "ترمب" not in generated["person/other-trump"]


def test_generated_forms_follow_the_listed_ones_and_reach_the_matcher(tmp_path: Path):
    from checker.api import Checker, CheckOptions
    from checker.compiled_packs import load_packs

    extended = with_name_forms(_knowledge(TRUMP, SUDANI), matching_key,
                               lambda e: (name for *_, name in entity_names(e)))
    trump = extended.get("person/trump")
    assert trump.preferred("ar") == "دونالد ترامب" and trump.short["ar"][0] == "ترامب"
    pack = tmp_path / "people.yaml"
    pack.write_text("""\
pack: test-people
kind: knowledge
version: 1
checked: 2026-11-29
entities:
  - {id: country/TEST-US, type: country, names: {en: [Testland]}}
  - {id: office/test-president, type: office, names: {en: [president], ar: [رئيس]}}
  - id: person/test-trump
    type: person
    names: {en: [Donald Trump], ar: [دونالد ترامب]}
    short: {ar: [ترامب]}
    roles: [{office: office/test-president, of: country/TEST-US, from: 2025-01-20, to: null}]
  - id: person/test-tamim
    type: person
    names: {en: [Tamim bin Hamad Al Thani], ar: [تميم بن حمد آل ثاني]}
""", encoding="utf-8")
    checker = Checker(CheckOptions(), packs=load_packs([pack], builtin=False, use_cache=False))
    for text, span, person in [("وقال ترمب إن المحادثات مستمرة.", "ترمب", "person/test-trump"),
                               ("استقبل الشيخ تميم بن حمد الوفد.", "تميم بن حمد", "person/test-tamim"),
                               ("وصرح دونالد ترامب للصحفيين.", "دونالد ترامب", "person/test-trump")]:
        analysis = checker.analyse(text, lang="ar")
        found = {analysis.text[m.start:m.end]: m.entity_ids for m in analysis.mentions}
        assert found.get(span) == (person,), text
    clean = checker.analyse("قال مسؤول إن الشيخ وصل إلى الاجتماع.", lang="ar")
    assert not [m for m in clean.mentions if m.refs_of_type("person/")]


# Ordinary words of news that a careless generator would turn into a name: a regnal number, a demonym, a
# title, a given name, "the lion", "the teacher".
COMMON_WORDS = """الثاني الثالث السوداني العربي الشيخ الملك محمد عبد الله الأسد المعلم عباس مالي
Brown Smith Johnson Rice Miller King Prince II III""".split()


def test_no_generated_form_of_the_shipped_knowledge_is_a_common_word():
    from checker.compiled_packs import load_packs

    knowledge = load_packs(use_cache=False).knowledge
    common = {matching_key(word) for word in COMMON_WORDS}
    clashes = {(person.id, name) for person in knowledge.of_type("person")
               for names in (*person.names.values(), *person.short.values()) for name in names
               if matching_key(name) in common}
    listed_by_hand = {("person/abdullah-abdullah", "Abdullah")}  # a pack may list what it likes
    assert clashes <= listed_by_hand


def test_the_shipped_list_of_ambiguous_forms_is_read():
    forms = ambiguous_forms()
    assert {"Rice", "رايس", "Abdullah"} <= forms and not any(form.startswith("#") for form in forms)


def test_a_native_family_name_alone_is_not_generated():
    # «شكري» is Sameh Shoukry's family name and Shukri al-Quwatli's given name: «الرئيس السوري الأسبق شكري
    # القوتلي» must not read as the Egyptian minister.
    shoukry = _person("person/shoukry", ["Sameh Shoukry"], ["سامح شكري"], "country/IQ")
    generated = _generated(_knowledge(shoukry))
    assert "شكري" not in generated.get("person/shoukry", set())
    assert "Shoukry" in generated["person/shoukry"]  # English news does use it alone
