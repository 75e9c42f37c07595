"""tools/name_form_collisions.py on a few made-up articles: a generated form used mostly without the person's
full name is written as ambiguous, and the generator then leaves it out."""

from __future__ import annotations

from tool_loader import load_tool

from checker.annotate.mentions import entity_names, matching_key
from checker.packs.model import Entity, KnowledgeBase, Role, parse_pack_date
from checker.packs.name_forms import generated_forms

tool = load_tool("name_form_collisions")

RICE = Entity("person/rice", "person", {"ar": ("كوندوليزا رايس",), "en": ("Condoleezza Rice",)},
              roles=(Role("office/foreign-minister", "country/US", parse_pack_date("2005-01-26")[0], None),))
TRUMP = Entity("person/trump", "person", {"ar": ("دونالد ترامب",), "en": ("Donald Trump",)}, {"ar": ("ترامب",)},
               (Role("office/president", "country/US", parse_pack_date("2025-01-20")[0], None),))
KNOWLEDGE = KnowledgeBase({entity.id: entity for entity in (
    Entity("country/US", "country", {"en": ("United States",)}), RICE, TRUMP)}, {})

ARTICLES = [
    # "Rice" in articles that are not about Condoleezza Rice ...
    ("en", "Rice prices rose again in Asia."),
    ("en", "The monsoon ruined the rice harvest."),
    ("en", "Exports of rice fell by a tenth."),
    # ... and once where she is named in full.
    ("en", "Condoleezza Rice met the envoy. Rice said talks would go on."),
    # «ترمب» where the article names Trump in full in that spelling (a variant of the listed full name).
    ("ar", "قال دونالد ترمب إن الرسوم باقية. وأضاف ترمب أن المفاوضات مستمرة."),
    ("ar", "وقال ترمب للصحفيين إن الاتفاق قريب، بحسب دونالد ترمب."),
    ("ar", "التقت رايس الوفد في القاهرة."),
]


def test_forms_used_mostly_without_the_person_are_ambiguous():
    forms, full = tool.generated_and_listed(KNOWLEDGE)
    uses = tool.count_uses(ARTICLES, forms, full)
    assert uses[("person/rice", "en", "Rice")] == tool.Uses(about=1, elsewhere=3)
    assert uses[("person/trump", "ar", "ترمب")] == tool.Uses(about=2, elsewhere=0)
    assert uses[("person/rice", "ar", "رايس")] == tool.Uses(about=0, elsewhere=1)
    assert tool.ambiguous(uses) == ["Rice"]  # one article is not "often"


def test_the_generator_leaves_out_what_the_tool_found(tmp_path):
    forms, full = tool.generated_and_listed(KNOWLEDGE)
    found = tool.ambiguous(tool.count_uses(ARTICLES, forms, full))
    listed = lambda entity: (name for *_, name in entity_names(entity))  # noqa: E731
    before = {form.form for form in generated_forms(KNOWLEDGE, matching_key, listed, frozenset())["person/rice"]}
    after = {form.form for form in generated_forms(KNOWLEDGE, matching_key, listed, frozenset(found))["person/rice"]}
    assert before - after == {"Rice"}


def test_the_command_writes_only_the_forms(tmp_path, monkeypatch):
    monkeypatch.setattr(tool, "corpus_articles", lambda root, limit: iter(ARTICLES))
    monkeypatch.setattr(tool, "_shipped_knowledge", lambda: KNOWLEDGE)
    out = tmp_path / "ambiguous.txt"
    assert tool.main(["--out", str(out)]) == 0
    lines = out.read_text("utf-8").splitlines()
    assert [line for line in lines if not line.startswith("#")] == ["Rice"]
