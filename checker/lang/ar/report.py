"""The words of a report around the findings of an Arabic article (`--format rich` and `text`): labels,
severities, whether a fix is safe, the summary. JSON and SARIF keep their own fixed English keys."""

LABELS = {
    "why": "السبب", "fix": "التصحيح", "alternative": "بديل", "alternatives": "بدائل", "also": "أيضا",
    "in": "في", "safe": "آمن", "unsafe": "يحتاج مراجعة", "error": "خطأ", "warning": "تنبيه", "info": "ملاحظة",
    "note": "ملاحظة", "file_error": "خطأ", "skipped_file": "تُرك", "no_date": "بلا تاريخ",
    "summary": "ملخص factlint", "rule": "القاعدة", "findings": "النتائج", "list_separator": "، ", "none": "لا شيء",
    "totals": "الملفات المفحوصة {files}، النتائج {findings} ({severities})؛ تعذرت قراءة {errors}، وتُرك {skipped}",
    # notes on how a file was read
    "legacy_encoding": "قُرئ بترميز {encoding} (ترميز عربي قديم)",
    "bad_bytes": "ليس نص UTF-8 سليمًا عند البايت {offset} ({byte})؛ أُبقيت البايتات المعطوبة ({count}) كما هي وقُرئ "
                 "الباقي UTF-8",
}
