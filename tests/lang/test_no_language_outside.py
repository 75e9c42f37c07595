"""No module outside checker/lang/ holds Arabic or English knowledge of the language: no Arabic-script letters in
its code (comments and docstrings may show examples), no branch on a language code, no paired _AR_/_EN_ names.
A word list or a per-language regex that creeps back into the pipeline fails here, naming file and line."""

import ast
import re
import unicodedata
from pathlib import Path

CHECKER = Path(__file__).resolve().parents[2] / "checker"
LANGUAGE_CODES = {"ar", "en"}
# Words that only English knowledge of the language would hold (cue verbs, casualty and number words, titles,
# months): two of them in one string of code outside the layer, or one in a regex alternation, is a list or a
# pattern that has crept back (one alone may be an identifier: the category "killed", the unit "percent").
ENGLISH_SENTINELS = re.compile(r"\b(?:said|told|according|killed|wounded|injured|dozens|thousands?|millions?|"
                               r"minister|spokes(?:man|woman)|former|agency|newspaper|january|february|since|"
                               r"percent|including|toll)\b", re.IGNORECASE)
PAIRED_NAME = re.compile(r"^_*(?:AR|EN|ENGLISH)_|_(?:AR|EN)$")


def modules() -> list[Path]:
    return sorted(p for p in CHECKER.rglob("*.py") if "lang" not in p.relative_to(CHECKER).parts[:1])


def docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def is_arabic_letter(char: str) -> bool:
    return unicodedata.category(char) == "Lo" and "ARABIC" in unicodedata.name(char, "")


def holds_words(value: str) -> bool:
    """Arabic letters other than the ends of a character range ("\u0621-\u064a"): script blocks are not
    language knowledge, words are."""
    return any(is_arabic_letter(c) and "-" not in value[max(0, i - 1):i] + value[i + 1:i + 2]
               for i, c in enumerate(value))


def range_bounds(tree: ast.AST) -> set[int]:
    """Constants compared with < or <= ("\u0620" <= char <= "\u064a"): the ends of a Unicode block."""
    return {id(operand) for node in ast.walk(tree) if isinstance(node, ast.Compare)
            and all(isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) for op in node.ops)
            for operand in (node.left, *node.comparators)}


def problems(path: Path, root: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = docstrings(tree) | range_bounds(tree)
    where = path.relative_to(root)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            if holds_words(node.value):
                found.append(f"{where}:{node.lineno}: Arabic letters in code: {node.value[:40]!r}")
            elif len({w.lower() for w in ENGLISH_SENTINELS.findall(node.value)}) >= 2 or (
                    re.search(rf"\|(?:{ENGLISH_SENTINELS.pattern})|(?:{ENGLISH_SENTINELS.pattern})\|", node.value,
                              re.IGNORECASE)):
                found.append(f"{where}:{node.lineno}: English word list or pattern: {node.value[:40]!r}")
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            for operand in operands:
                values = operand.elts if isinstance(operand, (ast.Tuple, ast.List, ast.Set)) else [operand]
                if any(isinstance(v, ast.Constant) and v.value in LANGUAGE_CODES for v in values):
                    found.append(f"{where}:{node.lineno}: compares with a language code")
        if isinstance(node, (ast.Name, ast.FunctionDef, ast.ClassDef)):
            name = node.id if isinstance(node, ast.Name) else node.name
            if PAIRED_NAME.search(name):
                found.append(f"{where}:{node.lineno}: per-language name {name}")
    return sorted(found)


def test_no_language_knowledge_outside_the_language_layer():
    assert [p for path in modules() for p in problems(path, CHECKER.parent)] == []


def test_the_check_finds_what_it_must(tmp_path):
    # The checker of this test, on a module that does what the layer forbids.
    bad = tmp_path / "bad.py"
    bad.write_text('"""Doc «الكرملين» is fine."""\n_AR_WORDS = "قال قالت"\n'
                   'def f(lang):\n    return lang == "ar" or lang in ("en", "fr")\n'
                   'CUES = r"\\b(?:says|said)\\b"\nUNITS = "killed wounded"\nRANGE = "[\\u0621-\\u064a]"\n'
                   'KIND = "killed"\n', encoding="utf-8")
    assert problems(bad, tmp_path) == [
        "bad.py:2: Arabic letters in code: 'قال قالت'", "bad.py:2: per-language name _AR_WORDS",
        "bad.py:4: compares with a language code", "bad.py:4: compares with a language code",
        "bad.py:5: English word list or pattern: '\\\\b(?:says|said)\\\\b'",
        "bad.py:6: English word list or pattern: 'killed wounded'"]
