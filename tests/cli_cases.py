"""What the CLI tests share (not a test module): texts written for them (not from any article), with one
person spelt two ways, and `run`, which invokes the CLI in-process."""

from typer.testing import CliRunner

from checker.cli import app

# Two spellings of one (fictional) person: the second is flagged, fix to the preferred first spelling.
VARIANTS_AR = "التقى إيفان بيتروف بالوفد أمس.\nوقال ايفان بتروف إن المحادثات مستمرة.\n"
FIXED_AR = "التقى إيفان بيتروف بالوفد أمس.\nوقال إيفان بيتروف إن المحادثات مستمرة.\n"
CLEAN_AR = "التقى إيفان بيتروف بالوفد أمس.\nوقال بيتروف إن المحادثات مستمرة.\n"
VARIANTS_EN = "Ivan Petrov met the delegation.\nLater Ivan Petrow said talks would go on.\n"
FIXED_EN = "Ivan Petrov met the delegation.\nLater Ivan Petrov said talks would go on.\n"
CLEAN_EN = "Ivan Petrov met the delegation.\nLater Petrov said talks would go on.\n"


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin, env={"NO_COLOR": "1"})
