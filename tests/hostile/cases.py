"""The hostile inputs: each case builds its fixture in its own directory and names the command line to run
and the outcome the contract asks for. Nothing is built at import time (builders run in the suite's fixture).

Contract: exit 0 clean, 1 findings, 2 a usage/input/pack error with one stderr line naming the file; never a
traceback; no hang; bounded memory; nothing the user had lost or half-written.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Short articles with a finding that has a safe fix (the built-in packs flag them): Zakharova named again tells
# that the title, not the name, is the wrong part.
EN_SENTENCE = "Kremlin spokeswoman Maria Zakharova later said that no date had been set for a new round."
EN_FINDING = EN_SENTENCE + " Zakharova gave no reason.\n"
EN_CLEAN = "The council met on Tuesday and approved the budget for the coming year.\n"


def ar_finding() -> str:
    """The opening of the Arabic example: Peskov's statement attributed to Kyiv (a fixable finding)."""
    return "\n".join((REPO / "examples" / "gaza_russia_ar.txt").read_text(encoding="utf-8").splitlines()[:5]) + "\n"


@dataclass(frozen=True)
class Setup:
    """What a builder returns: the command line (after `factlint`) and, optionally, a check run afterwards."""

    argv: list[str]
    stdin: str = ""
    after: Callable[[dict], None] | None = None  # called with the result; asserts what must hold on disk


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], Setup]
    codes: tuple[int, ...] = (2,)
    names: str | None = ""  # the text the one stderr error line must contain ("" = the case's file name)
    error_lines: int | None = 1  # how many "factlint: error" lines stderr holds (None: not checked)
    timeout: int = 20
    memory_mib: int = 400  # the most the case may add to the process's resident size
    tags: tuple[str, ...] = field(default=())


CASES: list[Case] = []
GROUPS = {"check": ("check-",), "fix": ("fix-",), "audit": ("audit-", "report-")}  # one driver process each


def cases_of(group: str) -> list[Case]:
    return [item for item in CASES if item.name.startswith(GROUPS[group])]


def case(name: str, *, codes: tuple[int, ...] = (2,), names: str | None = "", error_lines: int | None = 1,
         timeout: int = 20, memory_mib: int = 400) -> Callable[[Callable[[Path], Setup]], Callable[[Path], Setup]]:
    def register(build: Callable[[Path], Setup]) -> Callable[[Path], Setup]:
        CASES.append(Case(name, build, codes, names, error_lines, timeout, memory_mib))
        return build
    return register


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def check(path: Path | str, *more: str) -> list[str]:
    return ["check", str(path), "--date", "2025-03-16", "--format", "text", *more]


def one_bad_file(name: str, data: str | bytes | Callable[[], str | bytes], *more: str, **options) -> None:
    """A case: `check` on one file that must be refused with exit 2 and one line naming it."""
    @case(f"check-{name}", **options)
    def build(directory: Path) -> Setup:
        payload = data() if callable(data) else data
        return Setup(check(write(directory / name, payload), *more))


# -- JSON and JSONL: numbers, nesting, surrogates, shapes ---------------------------------------------------
BIG = "1" + "0" * 5000
one_bad_file("bigint.json", '{"text": "The council met.", "n": ' + BIG + "}")
one_bad_file("bigint-in-array.json", '[{"text": "The council met.", "n": ' + BIG + "}]")
one_bad_file("bigint.jsonl", '{"text": "The council met.", "n": ' + BIG + "}\n")
one_bad_file("bigfloat.json", '{"text": "The council met.", "n": 1e' + "9" * 5000 + "}", codes=(0, 2), error_lines=None)
one_bad_file("deep.json", lambda: "[" * 100_000 + "]" * 100_000)
one_bad_file("deep-object.json", lambda: '{"a":' * 50_000 + "1" + "}" * 50_000)
one_bad_file("deep.jsonl", lambda: '{"text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
one_bad_file("deep-unclosed.json", lambda: "[" * 200_000)
one_bad_file("top-string.json", '"just a string"')
one_bad_file("top-number.json", "42")
one_bad_file("top-null.json", "null")
one_bad_file("broken.json", '{"text": "unterminated')
one_bad_file("trailing-garbage.json", '{"text": "The council met."} xyz')
one_bad_file("array-of-numbers.json", "[1, 2, 3]", error_lines=3)
one_bad_file("text-not-string.json", '{"text": 42}')
one_bad_file("text-missing.json", '{"title": "no text"}')
one_bad_file("nan.json", '{"text": "The council met.", "n": NaN}', codes=(0, 2), error_lines=None)
one_bad_file("bad-escape.json", '{"text": "bad \\x escape"}')
one_bad_file("bad-unicode-escape.json", '{"text": "bad \\u12 escape"}')
one_bad_file("bom-json.json", b"\xef\xbb\xbf" + b'{"text": 5}')
one_bad_file("jsonl-all-broken.jsonl", "{broken\n[1]\n\"s\"\n", error_lines=3)
one_bad_file("date-wrong.json", '{"text": "The council met.", "date": "31/31/2025"}')
one_bad_file("title-object.json", '{"text": "The council met.", "title": {"a": 1}}')

for fmt in ("text", "rich", "json", "sarif", "github", "junit"):
    one_bad_file(f"surrogate-{fmt}.json", '{"text": "The council met \\ud800 on Tuesday. ' +
                 EN_FINDING.strip() + '"}', "--format", fmt, codes=(0, 1), names=None, error_lines=0)
one_bad_file("surrogate-low.jsonl", '{"text": "Kremlin spokeswoman \\udfff Maria Zakharova said so."}\n',
             codes=(0, 1), names=None, error_lines=0)
one_bad_file("surrogate-id.json", '{"id": "\\ud800", "text": "' + EN_FINDING.strip() + '"}', "--format", "json",
             codes=(0, 1), names=None, error_lines=0)
one_bad_file("surrogate-title.json", '{"title": "\\udc80", "text": "' + EN_FINDING.strip() + '"}',
             "--format", "sarif", codes=(0, 1), names=None, error_lines=0)


@case("check-single-line-array-names-items", codes=(2,), names="item 2")
def _single_line_array(directory: Path) -> Setup:
    records = [{"text": EN_CLEAN}, {"text": 7}, {"text": EN_CLEAN}]
    path = write(directory / "items.json", json.dumps(records))

    def after(result: dict) -> None:
        assert "line 1" not in result["stderr"], result["stderr"]
    return Setup(check(path), after=after)


# -- YAML front matter ---------------------------------------------------------------------------------------
LAUGHS = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 10))
one_bad_file("laughs.md", "---\n" + LAUGHS + "title: x\n---\nThe council met.\n", memory_mib=200)
one_bad_file("alias.md", "---\nbase: &b Reuters\nsource: *b\n---\nThe council met.\n")
one_bad_file("deep-front-matter.md", lambda: "---\na: " + "[" * 20_000 + "]" * 20_000 + "\n---\nThe council met.\n")
one_bad_file("deep-map-front-matter.md", lambda: "---\n" + "".join(" " * i + "k:\n" for i in range(3000)) + "---\nx\n")
one_bad_file("front-matter-list.md", "---\n- a\n- b\n---\nThe council met.\n")
one_bad_file("front-matter-broken.md", "---\ntitle: [unclosed\n---\nThe council met.\n")
one_bad_file("front-matter-bad-date.md", "---\ndate: 2025-02-30\n---\nThe council met.\n")
one_bad_file("front-matter-title-number.md", "---\ntitle: 12\n---\nThe council met.\n")
one_bad_file("front-matter-python-tag.md", "---\ntitle: !!python/object/apply:os.system [echo hi]\n---\nx\n")
one_bad_file("front-matter-bigint.md", "---\ntitle: x\nn: " + BIG + "\n---\nThe council met.\n")

# -- bytes that are not (quite) text -------------------------------------------------------------------------
one_bad_file("nul.txt", b"The council\x00 met.\n")
one_bad_file("binary.txt", bytes(range(256)) * 40)
one_bad_file("utf32.txt", b"\xff\xfe\x00\x00" + "x".encode("utf-32-le"))
one_bad_file("utf16-odd.txt", b"\xff\xfe" + b"a\x00b")
one_bad_file("utf8-bom-broken.txt", b"\xef\xbb\xbf" + b"abc\xff")
one_bad_file("controls.txt", "\x01\x02\x03\x04" * 100)


@case("check-utf8-one-bad-byte-read-as-utf8", codes=(1,), names=None, error_lines=0)
def _one_bad_byte(directory: Path) -> Setup:
    head, tail = ar_finding()[:20].encode("utf-8"), ar_finding()[20:].encode("utf-8")
    path = write(directory / "bad-byte.txt", head + b"\xff" + tail)

    def after(result: dict) -> None:
        assert "windows-1256" not in result["stdout"] + result["stderr"]
        assert f"{len(head)} (0xff)" in result["stdout"], result["stdout"][:500]  # the note, in Arabic
    return Setup(check(path, "--format", "json"), after=after)


@case("check-arabic-after-4000-blank-lines", codes=(1,), names=None, error_lines=0)
def _blank_lines(directory: Path) -> Setup:
    path = write(directory / "blank.txt", "\n" * 4000 + ar_finding())

    def after(result: dict) -> None:
        assert '"lang": "ar"' in result["stdout"], result["stdout"][:300]
    return Setup(check(path, "--format", "json"), after=after)


@case("check-1mb-single-line", codes=(0, 1), names=None, error_lines=0, timeout=30)
def _one_megabyte_line(directory: Path) -> Setup:
    sentence = EN_SENTENCE + " "  # repeated, it names Zakharova again
    return Setup(check(write(directory / "line.txt", sentence * (1_000_000 // len(sentence)))))


@case("check-1mb-single-line-arabic", codes=(0, 1), names=None, error_lines=0, timeout=30)
def _one_megabyte_line_ar(directory: Path) -> Setup:
    sentence = ar_finding().replace("\n", " ")
    return Setup(check(write(directory / "line-ar.txt", sentence * (1_000_000 // len(sentence.encode())))))


# -- paths: FIFOs, devices, symlink loops, permissions, odd names ---------------------------------------------
def _fifo(directory: Path, name: str = "pipe.txt") -> Path:
    path = directory / name
    os.mkfifo(path)
    return path


@case("check-fifo-named")
def _fifo_named(directory: Path) -> Setup:
    return Setup(check(_fifo(directory)))


@case("check-fifo-in-directory", names="pipe.txt")
def _fifo_in_dir(directory: Path) -> Setup:
    _fifo(directory / "d" if (directory / "d").mkdir() is None else directory)
    write(directory / "d" / "ok.txt", EN_CLEAN)
    return Setup(check(directory / "d"))


@case("check-dev-zero", names="/dev/zero")
def _dev_zero(directory: Path) -> Setup:
    return Setup(check("/dev/zero"))


@case("check-dev-null", names="/dev/null")
def _dev_null(directory: Path) -> Setup:
    return Setup(check("/dev/null"))


@case("check-config-dev-zero", names="/dev/zero")
def _config_zero(directory: Path) -> Setup:
    return Setup(check(write(directory / "a.txt", EN_CLEAN), "--config", "/dev/zero"))


@case("check-baseline-dev-zero", names="/dev/zero")
def _baseline_zero(directory: Path) -> Setup:
    return Setup(check(write(directory / "a.txt", EN_CLEAN), "--baseline", "/dev/zero"))


@case("check-config-fifo", names="pipe.toml")
def _config_fifo(directory: Path) -> Setup:
    return Setup(check(write(directory / "a.txt", EN_CLEAN), "--config", str(_fifo(directory, "pipe.toml"))))


@case("check-baseline-fifo", names="pipe.json")
def _baseline_fifo(directory: Path) -> Setup:
    return Setup(check(write(directory / "a.txt", EN_CLEAN), "--baseline", str(_fifo(directory, "pipe.json"))))


@case("check-config-directory", names="conf")
def _config_dir(directory: Path) -> Setup:
    (directory / "conf").mkdir()
    return Setup(check(write(directory / "a.txt", EN_CLEAN), "--config", str(directory / "conf")))


@case("check-baseline-broken", names="base.json")
def _baseline_broken(directory: Path) -> Setup:
    return Setup(check(write(directory / "a.txt", EN_CLEAN), "--baseline", str(write(directory / "base.json", "["))))


@case("check-baseline-deep", names="base.json")
def _baseline_deep(directory: Path) -> Setup:
    base = write(directory / "base.json", "[" * 100_000 + "]" * 100_000)
    return Setup(check(write(directory / "a.txt", EN_CLEAN), "--baseline", str(base)))


@case("check-config-broken-toml", names="factlint.toml")
def _config_broken(directory: Path) -> Setup:
    config = write(directory / "factlint.toml", "[factlint\nselect = ")
    return Setup(check(write(directory / "a.txt", EN_CLEAN), "--config", str(config)))


@case("check-config-bigint", names="factlint.toml", codes=(0, 2), error_lines=None)
def _config_bigint(directory: Path) -> Setup:
    config = write(directory / "factlint.toml", "[factlint]\nn = " + "9" * 5000 + "\n")
    return Setup(check(write(directory / "a.txt", EN_CLEAN), "--config", str(config)))


@case("check-symlink-loop-in-directory", names="loop")
def _loop_in_dir(directory: Path) -> Setup:
    (directory / "d").mkdir()
    write(directory / "d" / "ok.txt", EN_CLEAN)
    os.symlink("loop.txt", directory / "d" / "loop.txt")
    return Setup(check(directory / "d"))


@case("check-symlink-pair-loop", names="a.txt")
def _pair_loop(directory: Path) -> Setup:
    os.symlink("b.txt", directory / "a.txt")
    os.symlink("a.txt", directory / "b.txt")
    return Setup(check(directory / "a.txt"))


@case("check-directory-symlink-cycle", codes=(0,), names=None, error_lines=0)
def _dir_cycle(directory: Path) -> Setup:
    (directory / "d" / "sub").mkdir(parents=True)
    write(directory / "d" / "ok.txt", EN_CLEAN)
    os.symlink("..", directory / "d" / "sub" / "up")
    return Setup(check(directory / "d"))


@case("check-dangling-symlink-named", names="gone.txt")
def _dangling(directory: Path) -> Setup:
    os.symlink("nowhere.txt", directory / "gone.txt")
    return Setup(check(directory / "gone.txt"))


@case("check-dangling-symlink-in-directory", names="gone.txt")
def _dangling_in_dir(directory: Path) -> Setup:
    (directory / "d").mkdir()
    write(directory / "d" / "ok.txt", EN_CLEAN)
    os.symlink("nowhere.txt", directory / "d" / "gone.txt")
    return Setup(check(directory / "d"))


@case("check-missing-path", names="missing.txt")
def _missing(directory: Path) -> Setup:
    return Setup(check(directory / "missing.txt"))


@case("check-empty-directory", names="empty")
def _empty_dir(directory: Path) -> Setup:
    (directory / "empty").mkdir()
    return Setup(check(directory / "empty"))


@case("check-name-too-long", names="xxxx")
def _long_name(directory: Path) -> Setup:
    return Setup(check(directory / ("x" * 300 + ".txt")))


@case("check-newline-in-name", names="a b.txt")
def _newline_name(directory: Path) -> Setup:
    return Setup(check(write(directory / "a\nb.txt", b"\x00\x01")))


def _undecodable(directory: Path) -> Path:
    name = os.fsdecode(b"caf\xe9-\xff.txt")
    return write(directory / name, EN_FINDING)


for fmt in ("text", "rich", "json", "sarif", "github", "junit"):
    @case(f"check-undecodable-name-{fmt}", codes=(1,), names=None, error_lines=0)
    def _undecodable_name(directory: Path, fmt: str = fmt) -> Setup:
        return Setup(check(_undecodable(directory), "--format", fmt))


@case("check-undecodable-name-in-directory", codes=(1,), names=None, error_lines=0)
def _undecodable_dir(directory: Path) -> Setup:
    (directory / "d").mkdir()
    _undecodable(directory / "d")
    return Setup(check(directory / "d", "--format", "sarif"))


@case("check-undecodable-name-broken-file", names="caf")
def _undecodable_broken(directory: Path) -> Setup:
    return Setup(check(write(directory / os.fsdecode(b"caf\xe9.json"), "{"), "--format", "json"))


@case("check-unreadable-file", names="cannot read")
def _unreadable(directory: Path) -> Setup:
    path = write(directory / "secret.txt", EN_CLEAN)
    path.chmod(0)
    return Setup(check(path) if os.geteuid() else ["check", "/proc/self/mem"])


# -- terminal escapes and XML-forbidden characters in output ----------------------------------------------------
ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x1b[31m"
for fmt in ("text", "rich", "github"):
    @case(f"check-terminal-escapes-{fmt}", codes=(1,), names=None, error_lines=0)
    def _escapes(directory: Path, fmt: str = fmt) -> Setup:
        path = write(directory / f"esc{ESCAPES}.txt", f"Kremlin spokeswoman {ESCAPES}Maria Zakharova said no date "
                     f"had been set.\n{EN_CLEAN * 3}Kremlin spokeswoman Maria Zakharova{ESCAPES} later said so.\n")

        def after(result: dict) -> None:
            assert "\x1b" not in result["stdout"] and "\x07" not in result["stdout"], repr(result["stdout"][:400])
            assert "\x1b" not in result["stderr"]
        return Setup(check(path, "--format", fmt), after=after)


@case("check-junit-forbidden-characters", codes=(0, 1), names=None, error_lines=0)
def _junit_controls(directory: Path) -> Setup:
    text = f"Kremlin spokeswoman \x0b\x0cMaria Zakharova\x1f later said so. {ESCAPES}\n" + EN_CLEAN * 4
    path = write(directory / "ctl\x01.txt", text)

    def after(result: dict) -> None:
        import xml.dom.minidom

        xml.dom.minidom.parseString(result["stdout"].encode("utf-8"))
    return Setup(check(path, "--format", "junit"), after=after)


# -- options and standard input --------------------------------------------------------------------------------
@case("check-stdin-binary", names="-")
def _stdin_binary(directory: Path) -> Setup:
    return Setup(["check", "-", "--container", "text"], stdin="\x00\x01\x02" * 50)


@case("check-stdin-deep-json", names="-")
def _stdin_deep(directory: Path) -> Setup:
    return Setup(["check", "-", "--container", "json"], stdin="[" * 100_000)


@case("check-bad-container", names="bogus")
def _bad_container(directory: Path) -> Setup:
    return Setup(check(write(directory / "a.txt", EN_CLEAN), "--container", "bogus"))


@case("check-bad-date-option", names="--date")
def _bad_date(directory: Path) -> Setup:
    return Setup(["check", str(write(directory / "a.txt", EN_CLEAN)), "--date", "2025-02-30"])


@case("check-bad-format-option", names="--format")
def _bad_format(directory: Path) -> Setup:
    return Setup(check(write(directory / "a.txt", EN_CLEAN), "--format", "xml"))


# -- HTML and Markdown oddities ---------------------------------------------------------------------------------
one_bad_file("deep.html", lambda: "<div>" * 100_000 + "The council met." + "</div>" * 100_000,
             codes=(0,), names=None, error_lines=0)
one_bad_file("unclosed-comment.html", "<html><body><!-- " + "x" * 100_000, codes=(0,), names=None, error_lines=0)
one_bad_file("entities.html", "<p>" + "&#xd800;&#0;&#x110000;&amp" * 1000 + "</p>", codes=(0,), names=None,
             error_lines=0)
one_bad_file("deep-quote.md", lambda: ">" * 50_000 + " The council met.\n", codes=(0,), names=None, error_lines=0)
one_bad_file("many-emphasis.md", lambda: "*_" * 100_000 + "\n", codes=(0,), names=None, error_lines=0)
one_bad_file("many-brackets.md", lambda: "[" * 100_000 + "](" * 50_000 + "\n", codes=(0,), names=None, error_lines=0)
one_bad_file("unclosed-fence.md", "```\n" + "code\n" * 10_000, codes=(0,), names=None, error_lines=0)


# -- --fix: what the user had is never lost ----------------------------------------------------------------------
def fix(*paths: Path | str) -> list[str]:
    return ["check", *map(str, paths), "--date", "2025-03-16", "--format", "text", "--fix"]


def _fixed(path: Path) -> bool:
    return "Russian Foreign Ministry spokeswoman" in path.read_text(encoding="utf-8")


@case("fix-read-only-file-refused", names="ro.txt")
def _fix_read_only(directory: Path) -> Setup:
    path = write(directory / "ro.txt", EN_FINDING)
    path.chmod(0o444)

    def after(result: dict) -> None:
        assert path.read_text(encoding="utf-8") == EN_FINDING and stat.S_IMODE(path.stat().st_mode) == 0o444
    return Setup(fix(path), after=after)


@case("fix-through-symlink-writes-target", codes=(0,), names=None, error_lines=0)
def _fix_symlink(directory: Path) -> Setup:
    target = write(directory / "real" / "article.txt", EN_FINDING)
    target.chmod(0o640)
    link = directory / "link.txt"
    os.symlink(target, link)

    def after(result: dict) -> None:
        assert link.is_symlink() and _fixed(target), result["stderr"]
        assert stat.S_IMODE(target.stat().st_mode) == 0o640
    return Setup(fix(link), after=after)


@case("fix-hard-link-says-so", codes=(0,), names=None, error_lines=0)
def _fix_hard_link(directory: Path) -> Setup:
    path = write(directory / "a.txt", EN_FINDING)
    os.link(path, directory / "b.txt")

    def after(result: dict) -> None:
        assert _fixed(path) and "hard links" in result["stderr"], result["stderr"]
    return Setup(fix(path), after=after)


def _directory_with(directory: Path, bad: Callable[[Path], None]) -> tuple[Path, Path]:
    folder = directory / "d"
    good = write(folder / "good.txt", EN_FINDING)
    bad(folder)
    return folder, good


for label, make_bad in (
    ("dangling-symlink", lambda folder: os.symlink("nowhere.txt", folder / "bad.txt")),
    ("symlink-loop", lambda folder: os.symlink("bad.txt", folder / "bad.txt")),
    ("fifo", lambda folder: os.mkfifo(folder / "bad.txt")),
    ("binary", lambda folder: write(folder / "bad.txt", b"\x00" * 100)),
    ("deep-json", lambda folder: write(folder / "bad.json", "[" * 100_000)),
):
    @case(f"fix-{label}-reported-rest-fixed", names="bad.")
    def _fix_rest(directory: Path, make_bad: Callable[[Path], None] = make_bad) -> Setup:
        folder, good = _directory_with(directory, make_bad)

        def after(result: dict) -> None:
            assert _fixed(good), result["stderr"]
        return Setup(fix(folder), after=after)


@case("fix-abandoned-temporary-removed", codes=(0,), names=None, error_lines=0)
def _fix_abandoned(directory: Path) -> Setup:
    path = write(directory / "a.txt", EN_FINDING)
    abandoned = write(directory / ".a.txt.999999999.k3j4.factlint", "half a file")
    mine = write(directory / f".a.txt.{os.getpid()}.live.factlint", "a live writer's file")

    def after(result: dict) -> None:
        assert _fixed(path) and not abandoned.exists() and mine.exists()
    return Setup(fix(path), after=after)


@case("fix-arabic-bad-byte-kept", codes=(0, 1), names=None, error_lines=0)
def _fix_bad_byte(directory: Path) -> Setup:
    head, tail = ar_finding()[:20].encode("utf-8"), ar_finding()[20:].encode("utf-8")
    path = write(directory / "bad-byte.txt", head + b"\xff" + tail)

    def after(result: dict) -> None:
        data = path.read_bytes()
        assert data.startswith(head + b"\xff") and "موسكو".encode() in data, result["stderr"]
    return Setup([*fix(path), "--unsafe-fixes"], after=after)


# -- audit: bad records are counted and the audit goes on; options; stores -------------------------------------
def audit(*sources: Path | str, db: Path | str = "audit.sqlite", more: tuple[str, ...] = ()) -> list[str]:
    return ["audit", *map(str, sources), "--db", str(db), "--jobs", "1", "--no-progress", "--date", "2025-03-16",
            *more]


def _problems(directory: Path) -> list[tuple[str, str]]:
    import sqlite3

    with sqlite3.connect(directory / "audit.sqlite") as connection:
        return list(connection.execute("SELECT location, reason FROM problems"))


def _statuses(directory: Path) -> dict[str, str]:
    import sqlite3

    with sqlite3.connect(directory / "audit.sqlite") as connection:
        return dict(connection.execute("SELECT location, status FROM articles"))


HOSTILE_RECORDS = {
    "bigint": '{"id": "big", "text": "The council met.", "n": ' + BIG + "}",
    "deep": '{"id": "deep", "text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "surrogate": '{"id": "sur\\ud800", "title": "\\udc80", '
                 '"text": "Kremlin spokeswoman \\ud800 Maria Zakharova said."}',
    "not-object": "[1, 2]",
    "broken": '{"text": ',
    "text-number": '{"id": "num", "text": 5}',
    "bad-date": '{"id": "date", "text": "The council met.", "date": "2025-02-30"}',
    "laughs-md": None,  # a Markdown file, below
}


@case("audit-bad-records-counted-audit-goes-on", codes=(0, 1), names=None, error_lines=0, timeout=60)
def _audit_bad_records(directory: Path) -> Setup:
    good = '{"id": "good", "text": "' + EN_FINDING.strip() + '"}'
    lines = [value for value in HOSTILE_RECORDS.values() if value] + [good]
    write(directory / "in" / "feed.jsonl", "\n".join(lines) + "\n")
    in_array = good.replace('"good"', '"good-in-array"')
    write(directory / "in" / "array.json", "[" + ", ".join([*lines[:3], in_array]) + "]")
    write(directory / "in" / "laughs.md", "---\n" + LAUGHS + "---\nThe council met.\n")
    write(directory / "in" / "nul.txt", b"\x00\x01" * 100)
    os.mkfifo(directory / "in" / "pipe.txt")
    os.symlink("loop.txt", directory / "in" / "loop.txt")
    os.symlink(os.fsdecode(b"caf\xe9.txt"), directory / "in" / os.fsdecode(b"caf\xe9.txt"))

    def after(result: dict) -> None:
        statuses = _statuses(directory)
        assert statuses.get(f"{directory / 'in' / 'feed.jsonl'}#line 8") == "checked", statuses
        # A bad item of a JSON array is stepped over: the good item after it is read.
        assert statuses.get(f"{directory / 'in' / 'array.json'}#item 4") == "checked", statuses
        reasons = " | ".join(f"{where}: {why}" for where, why in _problems(directory))
        for expected in ("feed.jsonl#line 1", "feed.jsonl#line 2", "pipe.txt", "loop.txt", "array.json#item 1"):
            assert expected in reasons, reasons
        assert "input problems" in result["stderr"]
    return Setup(audit(directory / "in"), after=after)


@case("audit-zip-of-newlines", codes=(0, 1), names=None, error_lines=0, timeout=60, memory_mib=300)
def _audit_zip(directory: Path) -> Setup:
    with zipfile.ZipFile(directory / "news.zip", "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("blank.txt", "\n" * 50_000_000)
        bundle.writestr("blank.jsonl", "\n" * 5_000_000)
        bundle.writestr("ok.txt", EN_FINDING)

    def after(result: dict) -> None:
        assert any("blank.txt" in where for where, _ in _problems(directory)), _problems(directory)
    return Setup(audit(directory / "news.zip"), after=after)


for option, value in (("--jobs", "-1"), ("--batch-size", "0"), ("--max-record-bytes", "-5")):
    @case(f"audit-option{option}={value}", names=option)
    def _audit_option(directory: Path, option: str = option, value: str = value) -> Setup:
        return Setup(audit(write(directory / "a.txt", EN_CLEAN), more=(option, value)))


@case("audit-bogus-protocol", names="bogus://")
def _audit_bogus(directory: Path) -> Setup:
    return Setup(audit("bogus://bucket/articles"))


@case("audit-s3-without-s3fs", names="s3fs")
def _audit_s3(directory: Path) -> Setup:
    return Setup(audit("s3://bucket/articles"))


@case("audit-dask-unreachable", names="--dask-scheduler", timeout=20)
def _audit_dask(directory: Path) -> Setup:
    return Setup(audit(write(directory / "a.txt", EN_CLEAN), more=("--dask-scheduler", "tcp://127.0.0.1:9")))


@case("audit-missing-source", names="missing")
def _audit_missing(directory: Path) -> Setup:
    return Setup(audit(directory / "missing"))


@case("audit-fifo-source", codes=(0,), names=None, error_lines=0)
def _audit_fifo(directory: Path) -> Setup:
    fifo = _fifo(directory)

    def after(result: dict) -> None:
        assert any("pipe.txt" in where for where, _ in _problems(directory))
    return Setup(audit(fifo), after=after)


def _store(directory: Path, name: str = "audit.sqlite") -> Path:
    """A small real store: two articles, one finding, one problem."""
    from checker.audit.sources import InputProblem
    from checker.audit.store import ArticleOutcome, AuditStore

    path = directory / name
    finding = {"rule": "roles/title-mismatch", "category": "roles", "severity": "error",
               "message": "=cmd|' /C calc'!A0",
               "line": 1, "column": 1, "end_line": 1, "end_column": 2, "text": "-2+3", "sentence": "@SUM(A1)",
               "start": 0, "end": 1, "fix": None, "explanation": ""}
    with AuditStore(path) as store:
        store.write_batch([ArticleOutcome("a-1", "h1", "a.txt", "checked", findings=(finding,)),
                           ArticleOutcome("a-2", "h2", "b.txt", "checked")] +
                          [ArticleOutcome(f"pad-{n}", f"h{n}", "x" * 2000, "checked") for n in range(40)],
                          run=1, problems=[InputProblem("c", "c", "bad")])
    return path


def _damaged(directory: Path) -> Path:
    path = _store(directory)
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2: page * 2 + 200] = b"\xde\xad" * 100
    path.write_bytes(bytes(data))
    return path


def _truncated(directory: Path) -> Path:
    path = _store(directory)
    path.write_bytes(path.read_bytes()[:5000])
    return path


def _other_version(directory: Path) -> Path:
    import sqlite3

    path = _store(directory)
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    return path


def _missing_columns(directory: Path) -> Path:
    import sqlite3

    from checker.audit.store import SCHEMA_VERSION

    path = directory / "audit.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.executescript("""
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE articles (article_id TEXT, location TEXT);
            CREATE TABLE findings (article_id TEXT, seq INTEGER, rule TEXT, category TEXT, severity TEXT, body TEXT);
            CREATE TABLE facts (article_id TEXT, kind TEXT, key TEXT, body TEXT);
            CREATE TABLE problems (source TEXT, location TEXT, reason TEXT);
            CREATE TABLE cross_findings (seq INTEGER, rule TEXT, category TEXT, severity TEXT, message TEXT, body TEXT);
        """)
        connection.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
    return path


def _null_columns(directory: Path) -> Path:
    import sqlite3

    path = _store(directory)
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("PRAGMA writable_schema = ON")
        sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'findings'").fetchone()[0]
        connection.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'findings'", (sql.replace("NOT NULL", ""),))
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("INSERT INTO findings VALUES ('a-2', 0, NULL, NULL, NULL, NULL)")
        connection.execute("UPDATE articles SET findings = 1 WHERE article_id = 'a-2'")
        connection.execute("INSERT INTO findings VALUES ('a-2', 1, 'r', 'c', 'error', '{not json')")
    return path


def _not_a_database(directory: Path) -> Path:
    return write(directory / "audit.sqlite", "this is a text file, not a database\n" * 100)


def _empty_file(directory: Path) -> Path:
    return write(directory / "audit.sqlite", b"")


def _read_only(directory: Path) -> Path:
    path = _store(directory)
    path.chmod(0o444)
    directory.chmod(0o555)
    return path


BAD_STORES = {"damaged": _damaged, "truncated": _truncated, "other-version": _other_version,
              "missing-columns": _missing_columns, "null-columns": _null_columns, "not-a-database": _not_a_database}


def _unchanged(path: Path) -> Callable[[dict], None]:
    import hashlib

    before = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None

    def after(result: dict) -> None:
        assert (hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None) == before, "store changed"
        assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return after


for store_kind, make_store in BAD_STORES.items():
    # A store with null cells but the right tables and version is written to (the audit replaces the rows).
    usable = store_kind == "null-columns"

    @case(f"audit-into-{store_kind}-store", names=None if usable else "audit.sqlite", codes=(0, 1) if usable else (2,),
          error_lines=0 if usable else 1)
    def _audit_into(directory: Path, make_store: Callable[[Path], Path] = make_store, usable: bool = usable) -> Setup:
        store = make_store(directory)
        article = write(directory / "in" / "a.txt", EN_FINDING)
        return Setup(audit(article, db=store), after=None if usable else _unchanged(store))

    for report_format in ("rich", "json", "jsonl", "csv", "sarif", "html"):
        @case(f"report-{store_kind}-store-{report_format}", names="audit.sqlite")
        def _report_of(directory: Path, make_store: Callable[[Path], Path] = make_store,
                       report_format: str = report_format) -> Setup:
            store = make_store(directory)
            return Setup(["audit", "report", "--db", str(store), "--format", report_format], after=_unchanged(store))


@case("report-read-only-store", codes=(0,), names=None, error_lines=0)
def _report_read_only(directory: Path) -> Setup:
    return Setup(["audit", "report", "--db", str(_read_only(directory)), "--format", "json"])


ROOT = os.geteuid() == 0  # root writes into read-only files: the store is then written, as it may be


@case("audit-into-read-only-store", names=None if ROOT else "audit.sqlite", codes=(0, 1) if ROOT else (2,),
      error_lines=0 if ROOT else 1)
def _audit_read_only(directory: Path) -> Setup:
    store = _read_only(directory)
    return Setup(audit("/proc/version", db=store), after=None if ROOT else _unchanged(store))


@case("audit-into-empty-file-store", codes=(0, 1), names=None, error_lines=0)
def _audit_empty_file(directory: Path) -> Setup:
    return Setup(audit(write(directory / "a.txt", EN_CLEAN), db=_empty_file(directory)))


@case("report-missing-store", names="nothing.sqlite")
def _report_missing(directory: Path) -> Setup:
    return Setup(["audit", "report", "--db", str(directory / "nothing.sqlite")])


@case("report-output-into-missing-folder", names="no/such/folder")
def _report_missing_folder(directory: Path) -> Setup:
    return Setup(["audit", "report", "--db", str(_store(directory)), "-o", str(directory / "no/such/folder/r.html"),
                  "--format", "html"])


@case("report-output-onto-directory", names="out")
def _report_onto_dir(directory: Path) -> Setup:
    (directory / "out").mkdir()
    return Setup(["audit", "report", "--db", str(_store(directory)), "-o", str(directory / "out"), "--format", "csv"])


@case("report-csv-formulas-written-as-text", codes=(0,), names=None, error_lines=0)
def _report_csv(directory: Path) -> Setup:
    store, output = _store(directory), directory / "r.csv"

    def after(result: dict) -> None:
        import csv

        rows = list(csv.DictReader(output.open(encoding="utf-8")))
        cells = [value for row in rows for value in row.values() if value]
        assert cells and not any(value.startswith(("=", "+", "-", "@")) for value in cells), cells
        assert any(value == "'=cmd|' /C calc'!A0" for value in cells), cells
    return Setup(["audit", "report", "--db", str(store), "-o", str(output), "--format", "csv"], after=after)


@case("report-output-keeps-old-file-on-error", names="audit.sqlite")
def _report_keeps(directory: Path) -> Setup:
    output = write(directory / "r.json", "the previous report\n")
    store = _damaged(directory)

    def after(result: dict) -> None:
        assert output.read_text(encoding="utf-8") == "the previous report\n"
    return Setup(["audit", "report", "--db", str(store), "-o", str(output), "--format", "json"], after=after)
