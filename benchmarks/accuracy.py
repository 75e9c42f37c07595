"""Accuracy as a gate: recall on planted errors and false alarms on real news, compared with thresholds.

    .venv/bin/python benchmarks/accuracy.py [--corpora ../shared/data/corpora] [--output RESULTS.json]
        [--thresholds benchmarks/accuracy-thresholds.yaml] [--seed 18] [--sample 2500] [--cap 40]
    .venv/bin/python benchmarks/accuracy.py --compare-only RESULTS.json   # just the comparison
    .venv/bin/python benchmarks/accuracy.py --write-thresholds [--compare-only RESULTS.json]
                                                    # thresholds := today's figures (or that file's)

On a fixed, seeded sample of each corpus (`make accuracy`):
1. false-alarm scan: warnings and errors per 1,000 articles of each corpus, by rule, each article checked
   with its own date where the corpus gives one (this edited news is taken as correct);
2. planted errors: in sampled articles where the checker reads a fact the knowledge confirms and says
   nothing of that family, one error per article is planted (benchmarks/accuracy_planting.py); recall per
   type, family and language (a hit is a finding of the family overlapping the planted span), the share of
   hits whose fix gives back the original, and false alarms (warnings and errors) per 100 of the same
   articles untouched.
The figures are written to a JSON file and compared with the thresholds: any figure worse than its
threshold is printed with the threshold and the gap, and the exit code is 1. Without the corpora it says so
in one line and exits 0. The corpora are licensed for measurement only: nothing from them is copied into the
repository (the result file, which quotes a few sentences, is gitignored).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

DEFAULT_CORPORA = ROOT.parent / "shared" / "data" / "corpora"
DEFAULT_OUTPUT = HERE / "accuracy-results.json"
DEFAULT_THRESHOLDS = HERE / "accuracy-thresholds.yaml"
GATED_MIN_CASES = 10  # a recall over fewer planted cases is reported, not gated
# Below this many planted cases one case moves a recall by 5% or more: its threshold allows one case less.
FEW_CASES = 20
ALARM_SEVERITIES = ("warning", "error")
EXAMPLES_PER_CORPUS = 12


# -- measuring ----------------------------------------------------------------------------------------------
def _alarms(findings: Sequence[Any]) -> list[Any]:
    return [f for f in findings if f.severity.label in ALARM_SEVERITIES]


def _sample(articles: list[Any], size: int, seed: int, corpus: str) -> list[Any]:
    """A fixed sample: the same indices for the same seed, corpus and corpus size, in corpus order."""
    chosen = random.Random(f"{seed}:{corpus}").sample(range(len(articles)), min(size, len(articles)))
    return [articles[index] for index in sorted(chosen)]


def _ratio(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


# Casualty figures are rare in a sample of general news: their planted types also look, beyond the sample,
# at the corpus's articles that name a casualty and hold a digit (the cheap filter before any analysis).
CASUALTY_WORDS = {
    "ar": re.compile(r"قتل|قتيل|مقتل|مصرع|حتف|شهيد|شهداء|استشهاد|جرحى|جريح|إصاب|اصاب|أصيب|مصاب|وفاة|وفيات"),
    "en": re.compile(r"\b(?:killed|dead|deaths|died|wounded|injured|casualties|fatalities|toll)\b"),
}


class _Pool:
    """The planting candidates found so far, and each article's warnings and errors as published."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.candidates: dict[tuple[str, str], list[tuple[str, Any]]] = defaultdict(list)  # (lang, type) -> sites
        self.untouched: dict[str, tuple[Any, int]] = {}  # article key -> (article, alarms on the untouched text)

    def add(self, key: str, article: Any, analysis: Any, findings: Sequence[Any], types: Sequence[str]) -> None:
        from accuracy_planting import FINDERS

        self.untouched[key] = (article, len(_alarms(findings)))
        for type_ in types:
            plants = FINDERS[type_](analysis, findings, random.Random(f"{self.seed}:{key}:{type_}"))
            if plants:
                pick = random.Random(f"{self.seed}:{key}:{type_}:pick").randrange(len(plants))
                self.candidates[(analysis.lang, type_)].append((key, plants[pick]))


def _scan(checker: Any, corpus: str, lang: str, sample: list[Any], seed: int,
          pool: _Pool) -> tuple[dict[str, Any], list[Any]]:
    """Warnings and errors per 1,000 sampled articles by rule, a shuffled few of them, and every type's
    candidates in the sample."""
    from accuracy_planting import FINDERS

    by_rule: Counter[str] = Counter()
    shown: list[dict[str, str]] = []
    for article in sample:
        analysis = checker.analyse(article.text, lang=article.lang, date=article.date)
        findings = checker.check_text(article.text, lang=article.lang, date=article.date)
        alarms = _alarms(findings)
        by_rule.update(f.rule for f in alarms)
        for finding in alarms:
            sentence = analysis.sentence_of(finding.start)
            shown.append({"article": article.id, "rule": finding.rule,
                          "span": article.text[finding.start:finding.end],
                          "sentence": " ".join(article.text[sentence.start:sentence.end].split())[:300]})
        pool.add(f"{corpus}:{article.id}", article, analysis, findings, list(FINDERS))
    random.Random(f"{seed}:{corpus}:examples").shuffle(shown)
    total, count = sum(by_rule.values()), max(len(sample), 1)
    return {"lang": lang, "articles": len(sample), "warnings_errors": total,
            "warnings_errors_per_1000": round(1000 * total / count, 2),
            "by_rule_per_1000": {rule: round(1000 * n / count, 2) for rule, n in sorted(by_rule.items())}
            }, shown[:EXAMPLES_PER_CORPUS]


def _search_casualties(checker: Any, corpus: str, articles: list[Any], skip: set[str], pool: _Pool) -> None:
    """The casualty types' candidates in the articles outside the sample (filtered by words before analysis)."""
    from accuracy_planting import FINDERS, TYPES

    casualty_types = [type_ for type_, family in TYPES.items() if family == "casualties"]
    for article in articles:
        if article.id in skip or not re.search(r"\d", article.text) or \
                not CASUALTY_WORDS[article.lang].search(article.text):
            continue
        analysis = checker.analyse(article.text, lang=article.lang, date=article.date)
        if not any(FINDERS[type_](analysis, (), random.Random(0)) for type_ in casualty_types):
            continue
        findings = checker.check_text(article.text, lang=article.lang, date=article.date)
        pool.add(f"{corpus}:{article.id}", article, analysis, findings, casualty_types)


def measure(corpora: Path, seed: int, sample_size: int, cap: int, log: Any = print,
            misses: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    from accuracy_corpora import CORPORA, read_corpus
    from accuracy_planting import TYPES

    from checker.api import Checker, CheckOptions

    checker = Checker(CheckOptions())
    pool = _Pool(seed)
    scan: dict[str, Any] = {}
    examples: dict[str, list[Any]] = {}
    for corpus, (_path, lang) in CORPORA.items():
        started = time.perf_counter()
        articles = list(read_corpus(corpora, corpus))
        sample = _sample(articles, sample_size, seed, corpus)
        scan[corpus], examples[corpus] = _scan(checker, corpus, lang, sample, seed, pool)
        _search_casualties(checker, corpus, articles, {article.id for article in sample}, pool)
        log(f"  {corpus}: {len(sample)} articles scanned, the rest searched for casualty figures, "
            f"{time.perf_counter() - started:.1f}s")

    planted = _plant_and_check(checker, pool.candidates, pool.untouched, seed, cap, TYPES, misses)
    by_language = {}
    for lang in ("ar", "en"):
        figures = [figure for figure in scan.values() if figure["lang"] == lang]
        articles_count = sum(figure["articles"] for figure in figures)
        alarms = sum(figure["warnings_errors"] for figure in figures)
        by_language[lang] = {"articles": articles_count, "warnings_errors": alarms,
                             "warnings_errors_per_1000": round(1000 * alarms / max(articles_count, 1), 2)}
    return {"seed": seed, "sample_per_corpus": sample_size, "cap_per_type": cap, "scan": scan,
            "scan_by_language": by_language, "planted": planted, "false_alarm_examples": examples}


def _allocate(candidates: dict[tuple[str, str], list[tuple[str, Any]]], seed: int,
              cap: int) -> dict[tuple[str, str], list[tuple[str, Any]]]:
    """Up to `cap` articles per (language, type), one planted error per article: the types with the fewest
    candidates choose first, so a rare type is not starved by a common one."""
    used: set[str] = set()
    chosen: dict[tuple[str, str], list[tuple[str, Any]]] = {}
    for key in sorted(candidates, key=lambda k: (len(candidates[k]), k)):
        pool = list(candidates[key])
        random.Random(f"{seed}:{key[0]}:{key[1]}:allocate").shuffle(pool)
        picked = []
        for article_key, plant in pool:
            if len(picked) >= cap:
                break
            if article_key not in used:
                used.add(article_key)
                picked.append((article_key, plant))
        chosen[key] = sorted(picked, key=lambda item: item[0])
    return chosen


def _plant_and_check(checker: Any, candidates: dict[tuple[str, str], list[tuple[str, Any]]],
                     untouched: dict[str, tuple[Any, int]], seed: int, cap: int,
                     types: dict[str, str], misses: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Recall per type and family; each planted error not found is appended to `misses` when given (to read why)."""
    chosen = _allocate(candidates, seed, cap)
    by_type: dict[str, dict[str, Any]] = {"ar": {}, "en": {}}
    family_counts: dict[str, dict[str, Counter[str]]] = {"ar": defaultdict(Counter), "en": defaultdict(Counter)}
    articles_of: dict[str, list[str]] = {"ar": [], "en": []}
    family_articles: dict[str, dict[str, list[str]]] = {"ar": defaultdict(list), "en": defaultdict(list)}
    for lang in ("ar", "en"):
        for type_, family in types.items():
            counts: Counter[str] = Counter(candidates=len(candidates.get((lang, type_), [])))
            for article_key, plant in chosen.get((lang, type_), []):
                article, _ = untouched[article_key]
                articles_of[lang].append(article_key)
                family_articles[lang][family].append(article_key)
                findings = checker.check_text(plant.text, lang=lang, date=article.date)
                hits = [f for f in findings if f.rule.startswith(family + "/")
                        and f.start < plant.end and plant.start < f.end]
                sentence = checker.analyse(plant.text, lang=lang, date=article.date).sentence_of(plant.start)
                counts["in_sentence"] += any(f.rule.startswith(family + "/") and f.start < sentence.end
                                             and sentence.start < f.end for f in findings)
                counts["planted"] += 1
                counts["hits"] += bool(hits)
                if not hits and misses is not None:
                    misses.append({"lang": lang, "type": type_, "article": article_key, "date": str(article.date),
                                   "planted": plant.text[plant.start:plant.end],
                                   "sentence": plant.text[sentence.start:sentence.end], "text": plant.text,
                                   "start": plant.start, "end": plant.end})
                counts["fix_right"] += any(f.fix is not None and _fixed(plant.text, f) == plant.restored for f in hits)
                # the right fix among those offered: the proposed one or an alternative (a title claim: the name)
                counts["fix_offered"] += any(_fixed(plant.text, f, fix) == plant.restored
                                             for f in hits for fix in (f.fix, *f.alternatives) if fix is not None)
            by_type[lang][type_] = _figures(counts, family)
            family_counts[lang][family].update(counts)
    families = list(dict.fromkeys(types.values()))
    by_family = {lang: {family: _figures(family_counts[lang][family], family) for family in families}
                 for lang in ("ar", "en")}
    alarms = {lang: _alarm_figures(untouched, articles_of[lang]) for lang in ("ar", "en")}
    for lang in ("ar", "en"):
        alarms[lang]["by_family"] = {family: _alarm_figures(untouched, family_articles[lang][family])
                                     for family in families}
    return {"by_type": by_type, "by_family": by_family, "untouched_false_alarms": alarms}


def _alarm_figures(untouched: dict[str, tuple[Any, int]], keys: Sequence[str]) -> dict[str, Any]:
    """Warnings and errors on these articles as they were published, per 100 articles."""
    count = sum(untouched[key][1] for key in keys)
    return {"articles": len(keys), "warnings_errors": count,
            "per_100": round(100 * count / len(keys), 2) if keys else 0.0}


def _fixed(text: str, finding: Any, fix: Any = None) -> str:
    return text[:finding.start] + (fix or finding.fix).replacement + text[finding.end:]


def _figures(counts: Counter[str], family: str) -> dict[str, Any]:
    return {"family": family, "candidates": counts["candidates"], "planted": counts["planted"],
            "hits": counts["hits"], "recall": _ratio(counts["hits"], counts["planted"]),
            "fix_right": counts["fix_right"], "fix_right_share": _ratio(counts["fix_right"], counts["hits"]),
            "fix_offered": counts["fix_offered"],  # not gated: the right fix proposed or among the alternatives
            # Not gated: a finding of the family anywhere in the planted sentence (a title-mismatch on the
            # title when the person was changed, say), to tell a miss from a finding placed elsewhere.
            "flagged_in_sentence": counts["in_sentence"]}


# -- comparing ----------------------------------------------------------------------------------------------
def compare(results: dict[str, Any], thresholds: dict[str, Any]) -> list[str]:
    """One line per figure worse than its threshold (empty: the gate passes). A threshold whose figure is
    missing from the results fails too: a measurement that vanished is not a pass."""
    failures: list[str] = []

    def check(name: str, value: float | None, limit: float, minimum: bool) -> None:
        if value is None:
            failures.append(f"{name}: missing from the results (threshold {limit})")
        elif minimum and value < limit:
            failures.append(f"{name} = {value:g} is below its minimum {limit:g} (by {limit - value:.4g})")
        elif not minimum and value > limit:
            failures.append(f"{name} = {value:g} is above its maximum {limit:g} (by {value - limit:.4g})")

    planted = results.get("planted", {})
    for lang, families in (thresholds.get("recall_per_family") or {}).items():
        for family, limit in families.items():
            figure = planted.get("by_family", {}).get(lang, {}).get(family)
            check(f"recall {lang} {family}", figure and figure["recall"], limit, True)
    for lang, types in (thresholds.get("recall_per_type") or {}).items():
        for type_, limit in types.items():
            figure = planted.get("by_type", {}).get(lang, {}).get(type_)
            check(f"recall {lang} {type_}", figure and figure["recall"], limit, True)
    for lang, limit in (thresholds.get("false_alarms_per_100_untouched") or {}).items():
        figure = planted.get("untouched_false_alarms", {}).get(lang)
        check(f"false alarms per 100 untouched ({lang})", figure and figure["per_100"], limit, False)
    for corpus, limit in (thresholds.get("warnings_errors_per_1000") or {}).items():
        figure = results.get("scan", {}).get(corpus)
        check(f"warnings+errors per 1,000 articles ({corpus})", figure and figure["warnings_errors_per_1000"],
              limit, False)
    return failures


def thresholds_from(results: dict[str, Any]) -> dict[str, Any]:
    """Thresholds at today's figures: recall only where at least GATED_MIN_CASES errors were planted, and one
    case of slack where fewer than FEW_CASES were (the same commit gives the same figures, but a change that
    moves one article in or out of a small pool should not fail the gate by itself)."""
    planted = results["planted"]

    def minimum(figure: dict[str, Any]) -> float:
        if figure["planted"] >= FEW_CASES or not figure["hits"]:
            return float(figure["recall"])
        return _ratio(figure["hits"] - 1, figure["planted"])

    recall_family = {lang: {family: minimum(figure) for family, figure in families.items()
                            if figure["planted"] >= GATED_MIN_CASES}
                     for lang, families in planted["by_family"].items()}
    recall_type = {lang: {type_: minimum(figure) for type_, figure in types.items()
                          if figure["planted"] >= GATED_MIN_CASES}
                   for lang, types in planted["by_type"].items()}
    return {"recall_per_family": recall_family, "recall_per_type": recall_type,
            "false_alarms_per_100_untouched": {lang: figure["per_100"]
                                               for lang, figure in planted["untouched_false_alarms"].items()},
            "warnings_errors_per_1000": {corpus: figure["warnings_errors_per_1000"]
                                         for corpus, figure in results["scan"].items()}}


def load_thresholds(path: Path) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SystemExit(f"accuracy: cannot read thresholds {path}: {error}") from None
    if not isinstance(data, dict):
        raise SystemExit(f"accuracy: {path}: expected a mapping of thresholds")
    return data


def gate(results: dict[str, Any], thresholds_path: Path) -> int:
    failures = compare(results, load_thresholds(thresholds_path))
    if failures:
        print(f"accuracy: {len(failures)} figure(s) worse than {thresholds_path.name}:")
        for line in failures:
            print(f"  FAIL {line}")
        return 1
    print(f"accuracy: every figure meets {thresholds_path.name}")
    return 0


# -- printing -----------------------------------------------------------------------------------------------
def summary(results: dict[str, Any]) -> str:
    lines = ["false-alarm scan (warnings+errors per 1,000 articles):"]
    for corpus, figure in results["scan"].items():
        rules = ", ".join(f"{rule} {n:g}" for rule, n in sorted(figure["by_rule_per_1000"].items(),
                                                                key=lambda item: (-item[1], item[0])))
        lines.append(f"  {corpus:<13} ({figure['lang']}, {figure['articles']} articles): "
                     f"{figure['warnings_errors_per_1000']:g}" + (f"  [{rules}]" if rules else ""))
    lines.append("  by language: " + ", ".join(f"{lang} {figure['warnings_errors_per_1000']:g} "
                                             f"({figure['articles']} articles)"
                                             for lang, figure in results["scan_by_language"].items()))
    planted = results["planted"]
    lines.append("planted errors (hits/planted = recall; fix right/hits, and the right fix offered as the fix or an "
                 "alternative; candidates found):")
    for lang in ("ar", "en"):
        for type_, figure in planted["by_type"][lang].items():
            lines.append(f"  {lang} {type_:<29} {figure['hits']:>3}/{figure['planted']:<3} = {figure['recall']:.2f}"
                         f"   fix right {figure['fix_right']}/{figure['hits']} (offered {figure['fix_offered']})"
                         f"   in sentence {figure['flagged_in_sentence']}   ({figure['candidates']} candidates)")
        for family, figure in planted["by_family"][lang].items():
            lines.append(f"  {lang} {family + ' (family)':<29} {figure['hits']:>3}/{figure['planted']:<3} = "
                         f"{figure['recall']:.2f}   fix right {figure['fix_right']}/{figure['hits']} "
                         f"(offered {figure['fix_offered']})")
        alarms = planted["untouched_false_alarms"][lang]
        per_family = ", ".join(f"{family} set {figure['per_100']:g}" for family, figure in alarms["by_family"].items())
        lines.append(f"  {lang} false alarms on the {alarms['articles']} untouched articles: "
                     f"{alarms['warnings_errors']} = {alarms['per_100']:g} per 100 ({per_family})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--thresholds", type=Path, default=DEFAULT_THRESHOLDS)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--sample", type=int, default=2500, help="articles per corpus")
    parser.add_argument("--cap", type=int, default=40, help="planted errors per type and language at most")
    parser.add_argument("--compare-only", type=Path, metavar="RESULTS",
                        help="compare this result file, measure nothing")
    parser.add_argument("--write-thresholds", action="store_true",
                        help="write the figures (measured, or of --compare-only RESULTS) as the thresholds")
    parser.add_argument("--misses", type=Path, metavar="JSONL",
                        help="write each planted error not found (type, sentence, text) to this file, to read why")
    args = parser.parse_args(argv)

    if args.compare_only:
        try:
            results = json.loads(args.compare_only.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"accuracy: cannot read results {args.compare_only}: {error}", file=sys.stderr)
            return 2
        if args.write_thresholds:
            write_thresholds(results, args.thresholds)
            print(f"accuracy: thresholds written to {args.thresholds} from {args.compare_only}")
            return 0
        return gate(results, args.thresholds)

    from accuracy_corpora import CORPORA, missing_corpora

    missing = missing_corpora(args.corpora)
    if len(missing) == len(CORPORA):
        print(f"accuracy: skipped, no corpora at {args.corpora}")
        return 0
    if missing:  # some there, some not: a broken set-up, not a clone without them
        print(f"accuracy: incomplete corpora at {args.corpora}: missing {', '.join(missing)}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    misses: list[dict[str, Any]] | None = [] if args.misses else None
    results = measure(args.corpora, args.seed, args.sample, args.cap, log=lambda line: print(line, flush=True),
                      misses=misses)
    if args.misses and misses is not None:
        args.misses.write_text("".join(json.dumps(miss, ensure_ascii=False) + "\n" for miss in misses),
                               encoding="utf-8")
    args.output.write_text(json.dumps(results, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(summary(results))
    print(f"accuracy: measured in {time.perf_counter() - started:.0f}s; figures in {args.output}")
    if args.write_thresholds:
        write_thresholds(results, args.thresholds)
        print(f"accuracy: thresholds written to {args.thresholds}")
        return 0
    return gate(results, args.thresholds)


def write_thresholds(results: dict[str, Any], path: Path) -> None:
    import yaml

    header = ("# Accuracy gate (benchmarks/accuracy.py, `make accuracy`): recall figures are minimums,\n"
              "# false-alarm figures maximums. Set at the figures measured on the seeded sample; raise a minimum\n"
              "# (lower a maximum) when a change improves a figure; loosening one needs a sentence in the commit\n"
              "# saying why.\n"
              f"# Recall is gated only where at least {GATED_MIN_CASES} errors were planted; where fewer than\n"
              f"# {FEW_CASES} were, the minimum is one hit less than measured (one case moves it by 5% or more).\n")
    path.write_text(header + yaml.safe_dump(thresholds_from(results), sort_keys=True, allow_unicode=True),
                    encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
