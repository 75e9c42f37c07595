"""English for the role checks (checker/checks/roles.py): words that set a sentence in the past, and the forms
of office names in a fix."""

THEN_WORDS = r"\bthen\b|\bat the time\b"
UNTIL_NOW = "present"
DEMONYM_NAMES_INSTITUTION = True  # "the Russian spokesman"
demonym_form = None  # English demonyms do not inflect: the first one fits
# An office name the offices pack lists as neither feminine nor masculine fits both ("president").
UNLISTED_OFFICE_FORM_GENDER: str | None = None


def office_name(gendered: list[str], names: list[str], surface: str) -> str | None:
    """Of the office's names in the person's gender (`gendered`, from the offices pack: "spokeswoman"), a
    singular one, capitalised as the text wrote it."""
    fitting = [n for n in gendered if not n.endswith("s")] or names
    if not fitting:
        return None
    name = fitting[0]
    if surface[:1].isupper():
        name = " ".join(w if w in {"of", "for"} else w[:1].upper() + w[1:] for w in name.split())
    return name


def former_title(title: str, feminine: bool, possessive_end: int | None, at_sentence_start: bool) -> str:
    """"former" before the office after a possessive ("Israel's former prime minister"), else before the
    title, capitalised only at the start of a sentence."""
    if possessive_end is not None:
        return f"{title[:possessive_end]}former {title[possessive_end:]}"
    return f"{'Former' if at_sentence_start else 'former'} {title}"
