"""English explanations of findings (the `why` line under a finding), by check kind; `str.format` fields."""

NAME_VARIANTS = ("The same name ({label}) is spelled more than one way in this article; the preferred spelling is "
                 "'{preferred}'.")

CASUALTY_RATIO = ("The text gives {wounded} {categories} for {killed} killed; plausible wounded-to-killed ratios lie "
                  "between {low:.2f} and {high:.0f} (from the reference series); the usual ratio, about "
                  "{typical:.1f}, gives '{word}'.")
LIST_COMMA = ", "  # between the parts of a parenthesis (a year and a source)
EXCEEDS_POPULATION = ("The least the figure can mean is {least}; {place} has about {population} people ("
                      "{dated_source}). No documented conflict has left {share} a place {categories}.")
SHARE_OF_POPULATION = {"all": "the whole population of", "half": "half the population of",
                       "percent": "{share:.0%} of the population of"}
REFERENCE_MISMATCH = "The text gives {figure}; the reference tally ({column}) on {date} was {reference} ({source})."
CONFLICTING_TOLLS = ("The same cumulative toll ({categories}, same place) is given as '{earlier}' and later as "
                     "'{figure}'; the two cannot both be right.")
PART_EXCEEDS_WHOLE = "The part ({part}) is larger than the total ({whole}) it belongs to."
SMALL_EVENT_RATIO = ("The text gives {wounded} wounded for {killed} killed in one event. The event with the most "
                     "wounded for its dead on record, {source}, left {record} wounded for {record_killed} killed; "
                     "even three times that ratio allows at most {bound} wounded here.")
IMPLAUSIBLE_EVENT = ("The least the figure can mean is {least} {categories} in one {kind}; no recorded {kind} has "
                     "exceeded {record} ({source}).")
IMPLAUSIBLE_WAR = ("The least the figure can mean is {least} {categories} in one war; no war on record has exceeded "
                   "{record} ({source}).")
EVENT_KIND_NAMES = {"earthquake": "earthquake", "attack": "attack", "air-crash": "air crash", "crash": "crash",
                    "incident": "incident", "war": "war"}

ISSUER_MISMATCH = ("The statement referred to was made by {speaker} ({country}), not by '{found}'. If another party "
                   "is meant, quote its own statement.")
OUTLET_DESCRIPTOR = "{name} is {kind}{based}; '{found}' is wrong."
OUTLET_BASED_IN = " based in {country}"
QUOTE_SPEAKERS = "The same quotation is credited to {first} and later to {second}; one of the two is probably wrong."
SOURCE_LINE = ("The declared source '{declared}' is not named in the body, which credits '{found}'. "
               "Republishing is normal; just make sure the declared source is right.")

# A title-mismatch dated after the knowledge was last verified for the person: perhaps a new office.
KNOWLEDGE_GAP = "The knowledge base (verified through {verified}) has no such role for {person}."
# A head of state's title the country does not have ("Saudi President").
ABSENT_OFFICE = "{country} has no {office}: the knowledge base records its {offices}."
TITLE_MISMATCH = "The title '{title}' fits none of the roles the knowledge base gives {person}: {held}."
OUT_OF_TENURE = "{person} held the title '{title}' {spans}, not on the article's date {date}."
OUT_OF_TENURE_YEAR = "{person} held the title '{title}' {spans}, not in {date}, the year the sentence speaks of."
HOLDER_MISMATCH = "On {date} the '{title}' was {holder}, according to the knowledge base."
# A dead person told as acting on the article's date.
DIED = "{person} died on {died}; the sentence reports them acting on the article's date {date}."

# A fix that, applied to its sentence, leaves a finding of its own family there (checker/verify.py).
UNVERIFIED_FIX = "The fix is not verified: with '{replacement}' the sentence is still flagged: {message}"

# `factlint review`: the prompts and the summary a copy editor reads (checker/review.py); keys are the answers.
REVIEW = {
    "a": "accept the fix", "s": "skip", "e": "edit the sentence", "i": "ignore (write a suppression)", "q": "quit",
    "comma": ", ",  # between the answers of a prompt
    "k": "keep this text",
    "unsafe": "The fix is unsafe: it needs your judgement (see why above). Enter skips it; type a to apply it.",
    "unverified": "The fix is not verified: the sentence is still flagged with it. Enter skips it; type a to apply "
                  "it.",
    "choose": "Choose one of: {choices}",
    "sentence": "sentence",
    "clean": "The edited sentence is clean.",
    "still": "Still flagged: {message}",
    "no_comment": "plain text has no comment for factlint: set `baseline: FILE` in .factlint.yaml (or pass "
                  "--baseline FILE) and review records the ignore there; skipped",
    "inside_edit": "inside a sentence you edited; skipped",
    "overlaps": "overlaps another edit",
    "one_problem": "problem", "problems": "problems",
    "summary": "{path}: {findings} {problems}: {accepted} accepted, {edited} edited, {ignored} ignored, {skipped} "
               "skipped; {state}",
    "written": "written", "not_changed": "not changed", "not_applied": "not applied",
    "baseline": "{count} ignored finding(s) recorded in the baseline {path}",
}
