"""The title annotator: which person the text gives which title, on Arabic and English sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker.annotate.titles import TitleClaim, find_titled_persons

REPO = Path(__file__).resolve().parents[2]

# A small knowledge pack for the tests (the countries come from the real pack). The roles are true, with
# their dates; the people are the ones the tests name.
KNOWLEDGE_YAML = """
pack: roles-test-knowledge
kind: knowledge
version: 1
checked: "2025-06-01"
entities:
  - id: office/president
    type: office
    names: {en: [president], ar: [الرئيس, رئيس, الرئيسة, رئيسة]}
    feminine: {ar: [الرئيسة, رئيسة]}
  - id: office/prime-minister
    type: office
    names: {en: [prime minister, premier], ar: [رئيس الوزراء, رئيسة الوزراء, رئيس وزراء, رئيسة وزراء]}
    feminine: {ar: [رئيسة الوزراء, رئيسة وزراء]}
  - id: office/foreign-minister
    type: office
    names:
      en: [foreign minister, secretary of state, foreign ministers]
      ar: [وزير الخارجية, وزيرة الخارجية, وزير خارجية, وزيرة خارجية, وزراء الخارجية, وزيرا الخارجية]
    feminine: {ar: [وزيرة الخارجية, وزيرة خارجية]}
  - id: office/spokesperson
    type: office
    names:
      en: [spokesman, spokeswoman, spokesperson, press secretary]
      ar: [المتحدث, المتحدثة, الناطق, الناطقة]
    feminine: {en: [spokeswoman], ar: [المتحدثة, الناطقة]}
    masculine: {en: [spokesman]}
  - id: office/secretary-general
    type: office
    names: {en: [secretary-general, secretary general], ar: [الأمين العام]}
  - id: institution/RU-kremlin
    type: institution
    country: country/RU
    names: {en: [Kremlin], ar: [الكرملين]}
  - id: institution/RU-mfa
    type: institution
    country: country/RU
    names: {en: [Russian Foreign Ministry], ar: [وزارة الخارجية الروسية, الخارجية الروسية]}
  - id: institution/US-white-house
    type: institution
    country: country/US
    names: {en: [White House], ar: [البيت الأبيض]}
  - id: institution/US-state-department
    type: institution
    country: country/US
    names: {en: [State Department], ar: [وزارة الخارجية الأمريكية, الخارجية الأمريكية]}
  - id: org/UN
    type: org
    names: {en: [United Nations, UN], ar: [الأمم المتحدة]}
  - id: person/sergey-lavrov
    type: person
    names: {en: [Sergey Lavrov, Sergei Lavrov], ar: [سيرغي لافروف, سيرجي لافروف]}
    short: {en: [Lavrov], ar: [لافروف]}
    gender: m
    roles:
      - {office: office/foreign-minister, of: country/RU, from: "2004-03-09", to: null}
  - id: person/marco-rubio
    type: person
    names: {en: [Marco Rubio], ar: [ماركو روبيو]}
    short: {en: [Rubio], ar: [روبيو]}
    gender: m
    roles:
      - {office: office/foreign-minister, of: country/US, from: "2025-01-21", to: null}
  - id: person/antony-blinken
    type: person
    names: {en: [Antony Blinken], ar: [أنتوني بلينكن]}
    short: {en: [Blinken], ar: [بلينكن]}
    gender: m
    roles:
      - {office: office/foreign-minister, of: country/US, from: "2021-01-26", to: "2025-01-20"}
  - id: person/dmitry-peskov
    type: person
    names: {en: [Dmitry Peskov, Dmitri Peskov], ar: [ديمتري بيسكوف, دميتري بيسكوف]}
    short: {en: [Peskov], ar: [بيسكوف]}
    gender: m
    roles:
      - {office: office/spokesperson, of: institution/RU-kremlin, from: "2012-05-22", to: null}
  - id: person/maria-zakharova
    type: person
    names: {en: [Maria Zakharova], ar: [ماريا زاخاروفا]}
    short: {en: [Zakharova], ar: [زاخاروفا]}
    gender: f
    roles:
      - {office: office/spokesperson, of: institution/RU-mfa, from: "2015-08-10", to: null}
  - id: person/vladimir-putin
    type: person
    names: {en: [Vladimir Putin], ar: [فلاديمير بوتين]}
    short: {en: [Putin], ar: [بوتين]}
    gender: m
    roles:
      - {office: office/president, of: country/RU, from: "2000-05-07", to: "2008-05-07"}
      - {office: office/prime-minister, of: country/RU, from: "2008-05-08", to: "2012-05-07"}
      - {office: office/president, of: country/RU, from: "2012-05-07", to: null}
  - id: person/joe-biden
    type: person
    names: {en: [Joe Biden], ar: [جو بايدن]}
    short: {en: [Biden], ar: [بايدن]}
    gender: m
    roles:
      - {office: office/president, of: country/US, from: "2021-01-20", to: "2025-01-20"}
  - id: person/donald-trump
    type: person
    names: {en: [Donald Trump], ar: [دونالد ترامب]}
    short: {en: [Trump], ar: [ترامب]}
    gender: m
    roles:
      - {office: office/president, of: country/US, from: "2017-01-20", to: "2021-01-20"}
      - {office: office/president, of: country/US, from: "2025-01-20", to: null}
  - id: person/benjamin-netanyahu
    type: person
    names: {en: [Benjamin Netanyahu], ar: [بنيامين نتنياهو]}
    short: {en: [Netanyahu], ar: [نتنياهو]}
    gender: m
    roles:
      - {office: office/prime-minister, of: country/IL, from: "2009-03-31", to: "2021-06-13"}
      - {office: office/prime-minister, of: country/IL, from: "2022-12-29", to: null}
  - id: person/annalena-baerbock
    type: person
    names: {en: [Annalena Baerbock], ar: [أنالينا بيربوك]}
    short: {en: [Baerbock], ar: [بيربوك]}
    gender: f
    roles:
      - {office: office/foreign-minister, of: country/DE, from: "2021-12-08", to: "2025-05-06"}
  - id: person/emmanuel-macron
    type: person
    names: {en: [Emmanuel Macron], ar: [إيمانويل ماكرون]}
    short: {en: [Macron], ar: [ماكرون]}
    gender: m
    roles:
      - {office: office/president, of: country/FR, from: "2017-05-14", to: null}
  - id: person/karoline-leavitt
    type: person
    names: {en: [Karoline Leavitt], ar: [كارولين ليفيت]}
    gender: f
    roles:
      - {office: office/spokesperson, of: institution/US-white-house, from: "2025-01-20", to: null}
  - id: person/antonio-guterres
    type: person
    names: {en: [Antonio Guterres, António Guterres], ar: [أنطونيو غوتيريش]}
    short: {en: [Guterres], ar: [غوتيريش]}
    gender: m
    roles:
      - {office: office/secretary-general, of: org/UN, from: "2017-01-01", to: null}
  - id: person/sergei-ryabkov
    type: person
    names: {en: [Sergei Ryabkov], ar: [سيرغي ريابكوف]}
    gender: m
"""


def roles_checker(directory: Path):
    """A Checker with the roles rules, the real countries pack and the test knowledge above."""
    from checker.api import Checker, CheckOptions
    from checker.compiled_packs import load_packs

    pack = directory / "roles_test_knowledge.yaml"
    pack.write_text(KNOWLEDGE_YAML, "utf-8")
    packs = load_packs([REPO / "rules/core/roles.yaml", REPO / "rules/knowledge/countries.yaml", pack],
                       builtin=False, use_cache=False)
    return Checker(CheckOptions(select=("roles/",)), packs=packs)


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return roles_checker(tmp_path_factory.mktemp("roles"))


def claims(checker, text: str, lang: str) -> list[tuple[str, str, str, str | None, str | None, bool]]:
    """(person text, title text, office id, of id, qualifier text, former) for each claim."""
    analysis = checker.analyse(text, lang=lang, date=dt.date(2025, 3, 16))
    found: list[TitleClaim] = list(find_titled_persons(analysis))
    return [(text[c.person.start:c.person.end], text[c.title.start:c.title.end], c.office_id, c.of_id,
             text[c.qualifier.start:c.qualifier.end] if c.qualifier else None, c.former) for c in found]


TITLE_CASES = [
    ("ar", "قال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.",
     [("سيرغي لافروف", "وزير الخارجية الروسي", "office/foreign-minister", "country/RU", "الروسي", False)]),
    ("ar", "وقال ديمتري بيسكوف، المتحدث باسم الكرملين، إن موسكو مستعدة.",
     [("ديمتري بيسكوف", "المتحدث باسم الكرملين", "office/spokesperson", "institution/RU-kremlin", "الكرملين", False)]),
    ("ar", "أعلن المتحدث الرسمي باسم الكرملين، ديمتري بيسكوف، دعم المفاوضات.",
     [("ديمتري بيسكوف", "المتحدث الرسمي باسم الكرملين", "office/spokesperson", "institution/RU-kremlin", "الكرملين",
       False)]),
    ("ar", "قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو سترد.",
     [("ماريا زاخاروفا", "المتحدثة باسم الخارجية الروسية", "office/spokesperson", "institution/RU-mfa",
       "الخارجية الروسية", False)]),
    ("ar", "قال رئيس وزراء إسرائيل بنيامين نتنياهو إن الحرب مستمرة.",
     [("بنيامين نتنياهو", "رئيس وزراء إسرائيل", "office/prime-minister", "country/IL", "إسرائيل", False)]),
    ("ar", "قال وزير الخارجية الأمريكي السابق أنتوني بلينكن إن المحادثات مستمرة.",
     [("أنتوني بلينكن", "وزير الخارجية الأمريكي", "office/foreign-minister", "country/US", "الأمريكي", True)]),
    ("ar", "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الهدنة ضرورية.",
     [("أنطونيو غوتيريش", "الأمين العام للأمم المتحدة", "office/secretary-general", "org/UN", "أمم المتحدة", False)]),
    ("ar", "قال نائب وزير الخارجية الروسي سيرغي ريابكوف إن الحوار مستمر.", []),
    ("ar", "قال المتحدث باسم الرئيس الروسي ديمتري بيسكوف إن الحوار مستمر.", []),
    ("ar", "قال وزير الخارجية الأمريكي المعين ماركو روبيو إن الصين خصم.", []),
    ("ar", "وزير الخارجية الروسي\nسيرغي لافروف: لا هدنة", []),
    # A name right after a verb of saying is its subject: the title after it, with no comma, is its apposition.
    ("ar", "وقال ديمتري بيسكوف المتحدث باسم الكرملين إن موسكو مستعدة.",
     [("ديمتري بيسكوف", "المتحدث باسم الكرملين", "office/spokesperson", "institution/RU-kremlin", "الكرملين", False)]),
    ("ar", "وأكدت ماريا زاخاروفا المتحدثة باسم الخارجية الروسية في مؤتمر صحفي أن موسكو سترد.",
     [("ماريا زاخاروفا", "المتحدثة باسم الخارجية الروسية", "office/spokesperson", "institution/RU-mfa",
       "الخارجية الروسية", False)]),
    # the verb's object after the title closes it too
    ("ar", "ونفى ديمتري بيسكوف المتحدث باسم الكرملين تقارير صحافية عن لقاء قريب.",
     [("ديمتري بيسكوف", "المتحدث باسم الكرملين", "office/spokesperson", "institution/RU-kremlin", "الكرملين", False)]),
    # ... but not after a verb whose object is a person, and not a title left open.
    ("ar", "استقبل فلاديمير بوتين وزير الخارجية الأمريكي في موسكو.", []),
    ("ar", "التقى سيرغي لافروف وزير الخارجية الأمريكي ماركو روبيو في الرياض.",
     [("ماركو روبيو", "وزير الخارجية الأمريكي", "office/foreign-minister", "country/US", "الأمريكي", False)]),
    ("ar", "وقال سيرغي لافروف وزير الخارجية الأمريكي الذي زار موسكو كان مخطئا.", []),
    ("en", "Russian Foreign Minister Sergey Lavrov spoke on Monday.",
     [("Sergey Lavrov", "Russian Foreign Minister", "office/foreign-minister", "country/RU", "Russian", False)]),
    ("en", "Dmitry Peskov, the Kremlin spokesman, said Moscow was ready.",
     [("Dmitry Peskov", "the Kremlin spokesman", "office/spokesperson", "institution/RU-kremlin", "the Kremlin",
       False)]),
    ("en", "Maria Zakharova, spokeswoman for the Russian Foreign Ministry, said so.",
     [("Maria Zakharova", "spokeswoman for the Russian Foreign Ministry", "office/spokesperson", "institution/RU-mfa",
       "Russian Foreign Ministry", False)]),
    ("en", "Russia's foreign minister, Sergey Lavrov, said talks would go on.",
     [("Sergey Lavrov", "Russia's foreign minister", "office/foreign-minister", "country/RU", "Russia", False)]),
    ("en", "Former US secretary of state Antony Blinken said so.",
     [("Antony Blinken", "Former US secretary of state", "office/foreign-minister", "country/US", "US", True)]),
    ("en", "US Secretary of State Marco Rubio meets Lavrov",
     [("Marco Rubio", "US Secretary of State", "office/foreign-minister", "country/US", "US", False)]),
    # After a name and a comma, an indefinite title is the name's apposition.
    ("en", "Maria Zakharova, a spokeswoman for the Russian Foreign Ministry, said so.",
     [("Maria Zakharova", "spokeswoman for the Russian Foreign Ministry", "office/spokesperson", "institution/RU-mfa",
       "Russian Foreign Ministry", False)]),
    ("en", "Dmitry Peskov, a Kremlin spokesman, said Moscow was ready.",
     [("Dmitry Peskov", "Kremlin spokesman", "office/spokesperson", "institution/RU-kremlin", "Kremlin", False)]),
    ("en", "It was Peskov and a Kremlin spokesman who spoke.", []),
    # a name after a comma is an item of a list, unless a verb of saying follows its apposition
    ("en", "The embassies received packages, Dmitry Peskov, the Kremlin spokesman, said on Friday.",
     [("Dmitry Peskov", "the Kremlin spokesman", "office/spokesperson", "institution/RU-kremlin", "the Kremlin",
       False)]),
    ("en", "Putin, Peskov, the Kremlin spokesman and Lavrov met on Friday.", []),
    ("en", "President-elect Donald Trump said a deal was near.", []),
    ("en", "Russian Deputy Foreign Minister Sergei Ryabkov said so.", []),
    ("en", "Putin, Trump, the French president and Netanyahu met.", []),
]


@pytest.mark.parametrize("lang,text,expected", TITLE_CASES)
def test_title_claims(checker, lang, text, expected):
    assert claims(checker, text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", TITLE_CASES)
def test_title_claims_at_the_end_of_a_long_line(checker, lang, text, expected):
    # The words before a title are read back from it, not from the start of its line: a text without line
    # breaks gives the same claims.
    lead = ("وتواصلت المحادثات في العاصمة حتى المساء. " if lang == "ar" else "The talks went on for hours. ") * 200
    assert claims(checker, lead + text, lang) == expected


def test_plural_title_pairs_each_qualifier_with_its_name(checker):
    text = "اتفق وزيرا الخارجية الروسي سيرغي لافروف والأمريكي ماركو روبيو على مواصلة الاتصالات."
    assert [(person, of) for person, _, _, of, _, _ in claims(checker, text, "ar")] == [
        ("سيرغي لافروف", "country/RU"), ("ماركو روبيو", "country/US")]


@pytest.mark.parametrize("text", [
    "There will be an argument over just how good a prime minister Gordon Brown will make.",
    "Many see the next prime minister Gordon Brown as a safe pair of hands.",
    "Critics asked what kind of a president Donald Trump would be.",
])
def test_descriptions_and_future_roles_are_not_titles(checker, text):
    assert claims(checker, text, "en") == []
