"""Inline directives, the front-matter ignore, and unused-suppression reports."""

import pytest

from tests.cli_cases import VARIANTS_AR, VARIANTS_EN, run

pytestmark = pytest.mark.usefixtures("only_mini_packs")  # the mini packs stand in for the built-in ones

RULE = "consistency/name-variants"


def check_text_format(path):
    return run("check", str(path), "--format", "text", "--fail-on", "warning")


def test_ignore_directive_covers_the_next_paragraph_only(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(f"<!-- factlint: ignore {RULE} -->\n{VARIANTS_EN}\n{VARIANTS_EN}", encoding="utf-8")
    result = check_text_format(article)
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if RULE in line]  # the pasted paragraph is also noted
    assert len(lines) == 1 and lines[0].startswith(f"{article}:6:7: warning {RULE} ")


def test_disable_enable_region_and_prefix(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(f"<!-- factlint: disable consistency/ -->\n{VARIANTS_AR}\n{VARIANTS_AR}"
                       f"<!-- factlint: enable consistency/ -->\n\n{VARIANTS_AR}", encoding="utf-8")
    lines = check_text_format(article).stdout.splitlines()
    assert [line.split(": ")[0] for line in lines] == [f"{article}:10:6"]


def test_html_ignore_ends_with_the_block(tmp_path):
    article = tmp_path / "a.html"
    article.write_text("<html><body><!-- factlint: ignore -->\n<p>Ivan Petrov met them. Ivan Petrow said so.</p>\n"
                       "<p>Ivan Petrow left.</p></body></html>\n", encoding="utf-8")
    lines = check_text_format(article).stdout.splitlines()
    assert [line.split(" warning")[0] for line in lines] == [f"{article}:3:4:"]


def test_front_matter_ignores_the_whole_file(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(f"---\ntitle: t\nfactlint:\n  ignore: [{RULE}]\n---\n{VARIANTS_EN}", encoding="utf-8")
    result = check_text_format(article)
    assert result.exit_code == 0 and result.stdout == ""


def test_unused_and_unknown_suppressions_are_reported(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(f"<!-- factlint: ignore {RULE} -->\nPetrov met them.\n\n"
                       "<!-- factlint: disable roles/no-such-rule -->\nText.\n", encoding="utf-8")
    result = run("check", str(article), "--format", "text", "--fail-on", "info")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{article}:1:1: info factlint/unused-suppression unused suppression: 'ignore {RULE}' suppresses no finding",
        f"{article}:4:1: info factlint/unused-suppression suppression names an unknown rule: roles/no-such-rule",
    ]
    # At the default --fail-on (warning) an unused directive does not stop a commit.
    assert run("check", str(article), "--format", "text").exit_code == 0


def test_a_directive_for_a_rule_that_did_not_run_is_not_unused(tmp_path, mini_rules):
    article = tmp_path / "a.md"
    article.write_text(f"<!-- factlint: ignore {RULE} -->\nPetrov met them.\n", encoding="utf-8")
    consistency = (mini_rules / "core" / "consistency.yaml").read_text(encoding="utf-8")
    head, _, rules = consistency.partition(f"  - id: {RULE}")
    # the name-variants rule alone, under another id (the pack's other rules would be defined twice)
    other = (head + "  - id: consistency/other" + rules.partition("\n  - id: ")[0] + "\n").replace(
        "pack: consistency", "pack: other")
    (mini_rules / "core" / "other.yaml").write_text(other, encoding="utf-8")
    try:
        result = run("check", str(article), "--format", "text", "--select", "consistency/other", "--fail-on", "info")
        assert result.exit_code == 0 and result.stdout == ""
    finally:
        (mini_rules / "core" / "other.yaml").unlink()


def test_plain_text_comments_are_prose_not_directives(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(f"<!-- factlint: ignore -->\n{VARIANTS_EN}", encoding="utf-8")
    assert check_text_format(article).exit_code == 1
