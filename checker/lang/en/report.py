"""The words of a report around the findings (`--format rich` and `text`): labels, severities, whether a fix
is safe, the summary. JSON and SARIF keep their own fixed English keys."""

LABELS = {
    "why": "why", "fix": "fix", "alternative": "alternative", "alternatives": "alternatives", "also": "also",
    "in": "in", "safe": "safe", "unsafe": "unsafe", "error": "error", "warning": "warning", "info": "info",
    "note": "note", "file_error": "error", "skipped_file": "skipped", "no_date": "no date",
    "summary": "factlint summary", "rule": "rule", "findings": "findings", "list_separator": ", ", "none": "none",
    "totals": "{files} checked, {findings} findings ({severities}); {errors} errors, {skipped} skipped",
    # notes on how a file was read
    "legacy_encoding": "decoded as {encoding} (a legacy Arabic encoding)",
    "bad_bytes": "not valid UTF-8 at byte offset {offset} ({byte}); {count} bad byte(s) kept as they are, the rest "
                 "read as UTF-8",
}
