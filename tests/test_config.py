"""Configuration discovery, merging, `factlint config`, and the keys that change a check."""

import json

import pytest

from checker.config import ConfigError, find_config_file, load_config
from tests.cli_cases import CLEAN_EN, VARIANTS_AR, VARIANTS_EN, run

pytestmark = pytest.mark.usefixtures("only_mini_packs")  # the mini packs stand in for the built-in ones

RULE = "consistency/name-variants"


def test_closest_config_wins_and_yaml_beats_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.factlint]\nlang = 'en'\nfail-on = 'error'\n", encoding="utf-8")
    nested = tmp_path / "news" / "2025"
    nested.mkdir(parents=True)
    assert find_config_file(nested) == (tmp_path / "pyproject.toml").resolve()
    (tmp_path / "news" / ".factlint.yaml").write_text("lang: ar\n", encoding="utf-8")
    config = load_config(nested / "a.md")
    assert config["lang"] == "ar" and config.source("lang") == str((tmp_path / "news" / ".factlint.yaml").resolve())
    assert config["fail-on"] == "warning" and config.source("fail-on") == "default"
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert load_config(tmp_path / "other")["lang"] == "en"  # a pyproject.toml without [tool.factlint] is passed by


def test_factlint_config_prints_values_and_sources(tmp_path):
    config = tmp_path / ".factlint.yaml"
    config.write_text("select: [consistency/]\nseverity: {consistency/name-variants: error}\n", encoding="utf-8")
    result = run("config", str(tmp_path))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"# configuration file: {config.resolve()}"
    assert f'select           = ["consistency/"]  # {config.resolve()}' in lines
    assert 'lang             = "auto"  # default' in lines
    assert '"consistency/name-variants": "error"' in result.stdout


def test_bad_config_is_a_one_line_error_naming_file_and_key(tmp_path):
    config = tmp_path / ".factlint.yaml"
    config.write_text("severity: {consistency/name-variants: fatal}\n", encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == (f"factlint: error: {config.resolve()}: severity: expected a mapping of rule id or prefix "
                             "to error, warning or info, got {'consistency/name-variants': 'fatal'}\n")
    config.write_text("colour: red\n", encoding="utf-8")
    assert "unknown key 'colour'" in run("check", str(tmp_path)).stderr
    config.write_text("lang: ar\nselect: [roles/\n", encoding="utf-8")
    broken = run("check", str(tmp_path))
    assert broken.exit_code == 2
    assert broken.stderr == (f"factlint: error: {config.resolve()}:3: invalid YAML: "
                             "expected ',' or ']', but got '<stream end>'\n")


def test_severity_fail_on_and_command_line_override(tmp_path):
    (tmp_path / "a.txt").write_text(VARIANTS_EN, encoding="utf-8")
    (tmp_path / ".factlint.yaml").write_text("severity: {consistency/: info}\n", encoding="utf-8")
    result = run("check", str(tmp_path / "a.txt"), "--format", "text")
    assert result.exit_code == 0 and f" info {RULE} " in result.stdout
    assert run("check", str(tmp_path / "a.txt"), "--fail-on", "info").exit_code == 1
    (tmp_path / ".factlint.yaml").write_text("ignore: [consistency/]\n", encoding="utf-8")
    assert run("check", str(tmp_path / "a.txt"), "--format", "text").stdout == ""
    # --select on the command line replaces the configured selection.
    cli = run("check", str(tmp_path / "a.txt"), "--format", "text", "--select", RULE, "--ignore", RULE)
    assert cli.stdout == ""


def test_per_path_ignores(tmp_path):
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text(VARIANTS_EN, encoding="utf-8")
    (tmp_path / "new.txt").write_text(VARIANTS_EN, encoding="utf-8")
    (tmp_path / ".factlint.yaml").write_text('per-path-ignores: {"archive/*": [consistency/]}\n', encoding="utf-8")
    result = run("check", str(tmp_path), "--format", "json")
    files = {f["path"]: len(f["findings"]) for f in json.loads(result.stdout)["files"]}
    assert files == {str(tmp_path / "archive" / "old.txt"): 0, str(tmp_path / "new.txt"): 1}


def test_house_style_picks_the_preferred_spelling(tmp_path):
    (tmp_path / "a.txt").write_text(VARIANTS_AR, encoding="utf-8")
    (tmp_path / ".factlint.yaml").write_text("house-style:\n  spellings: [ايفان بتروف]\n", encoding="utf-8")
    result = run("check", str(tmp_path / "a.txt"), "--format", "text")
    assert result.stdout.splitlines() == [
        f"{tmp_path / 'a.txt'}:1:7: تنبيه {RULE} «إيفان بيتروف» يُكتب «ايفان بتروف» بحسب أسلوب التحرير؛ "
        "المقال يكتب الاسم نفسه بتهجئتين "
        "[التصحيح: إيفان بيتروف -> ايفان بتروف] في: التقى ⟦إيفان بيتروف⟧ بالوفد أمس."]


def test_date_source_today_gives_undated_articles_a_date(tmp_path):
    import datetime as dt

    (tmp_path / "a.txt").write_text(CLEAN_EN, encoding="utf-8")
    (tmp_path / ".factlint.yaml").write_text("date-source: today\n", encoding="utf-8")
    result = run("check", str(tmp_path / "a.txt"), "--format", "json")
    assert json.loads(result.stdout)["files"][0]["date"] == dt.date.today().isoformat()


def test_load_config_rejects_a_non_mapping(tmp_path):
    (tmp_path / ".factlint.yaml").write_text("- a\n", encoding="utf-8")
    try:
        load_config(tmp_path)
    except ConfigError as error:
        assert str(error).endswith("the configuration must be a mapping of keys to values")
    else:
        raise AssertionError("no ConfigError")
