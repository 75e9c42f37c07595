"""Batch audit of archives: stream articles from many sources, check them in parallel (local processes or a
Dask cluster), keep every result in a resumable SQLite store, run cross-article checks over the store, and
render reports from it.

Modules: `sources` (archive readers), `store` (SQLite), `worker` (the per-article function), `runner`
(the audit loop and its executors), `crosscheck` (checks across articles), `reports` (summary, json,
jsonl, csv, sarif) and `html` (the static page editors browse).
"""
