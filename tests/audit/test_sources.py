"""Archive readers: formats, field names, zips, fsspec URLs, and bad input that must not stop the stream."""

from __future__ import annotations

import json
import zipfile

import pytest
from audit_helpers import write_jsonl

from checker.api import InputPathError
from checker.audit.sources import (
    ArchiveReader,
    ArchiveRecord,
    InputProblem,
    ReaderOptions,
    SourceStarted,
    expand_sources,
)
from checker.document import LoadOptions


def read(paths, **options) -> tuple[list[ArchiveRecord], list[InputProblem]]:
    items = list(ArchiveReader([str(p) for p in paths], ReaderOptions(**options)))
    return ([i for i in items if isinstance(i, ArchiveRecord)], [i for i in items if isinstance(i, InputProblem)])


def test_jsonl_broken_line_is_reported_with_its_number_and_the_rest_read(tmp_path):
    path = write_jsonl(tmp_path / "feed.jsonl", [{"id": "a", "text": "One."}, '{"id": "b", "text": ',
                                                 "", {"id": "c", "text": "Three."}, "[1, 2]"])
    records, problems = read([path])
    assert [r.article_id for r in records] == ["a", "c"]
    assert [r.where.rsplit("#", 1)[1] for r in records] == ["line 1", "line 4"]
    assert [(p.where.rsplit("#", 1)[1], p.reason) for p in problems] == [
        ("line 2", "broken JSON at line 2, column 21: Expecting value"),
        ("line 5", "line 5 is an array, not a JSON object")]


def test_record_without_id_is_keyed_by_its_place(tmp_path):
    path = write_jsonl(tmp_path / "feed.jsonl", [{"text": "One."}, {"id": 7, "text": "Two."}])
    records, _ = read([path])
    assert [r.article_id for r in records] == [f"{path}#line 1", "7"]


def test_configurable_id_field(tmp_path):
    path = write_jsonl(tmp_path / "feed.jsonl", [{"url": "https://x/1", "content": "One."}])
    records, _ = read([path], fields=LoadOptions(id_field="url"))
    assert records[0].article_id == "https://x/1"


def test_json_array_is_streamed_item_by_item_across_chunks(tmp_path, monkeypatch):
    import checker.audit.sources as sources

    monkeypatch.setattr(sources, "_CHUNK_CHARS", 7)  # every item spans several reads
    items = [{"id": f"n{i}", "text": f"مقال رقم {i} «اقتباس»", "title": "عنوان"} for i in range(5)]
    path = tmp_path / "day.json"
    path.write_text(json.dumps(items, ensure_ascii=False, indent=2), encoding="utf-8")
    records, problems = read([path])
    assert problems == []
    assert [json.loads(r.data) for r in records] == items
    assert records[2].where == f"{path}#item 3"


@pytest.mark.parametrize("chunk", [7, 1 << 16])
def test_a_bad_json_array_item_is_skipped_and_the_rest_read(tmp_path, monkeypatch, chunk):
    import checker.audit.sources as sources

    monkeypatch.setattr(sources, "_CHUNK_CHARS", chunk)  # 7: items and the bad ones span several reads
    (tmp_path / "a.json").write_text('[{"id": "x", "text": "ok"}, {"id": "y", "text": }, {"id": "z", "text": "]"},'
                                     ' {"n": 1' + "0" * 5000 + '}, {"id": "w", "text": "{[\\"}"}]')
    write_jsonl(tmp_path / "b.jsonl", [{"id": "after", "text": "Still read."}])
    records, problems = read([tmp_path / "a.json", tmp_path / "b.jsonl"])
    assert [r.article_id for r in records] == ["x", "z", "w", "after"]
    assert [(p.where.rsplit("#", 1)[1], p.reason.split(":")[0]) for p in problems] == [
        ("item 2", "broken JSON in item 2"), ("item 4", "JSON value cannot be read")]
    assert not any("rest of file skipped" in p.reason for p in problems)


def test_an_item_over_the_record_limit_is_stepped_over_while_streaming(tmp_path, monkeypatch):
    import checker.audit.sources as sources

    monkeypatch.setattr(sources, "_CHUNK_CHARS", 7)
    (tmp_path / "a.json").write_text('[{"id": "big", "text": "' + "x]}" * 100 + '"}, {"id": "next", "text": "ok"}]')
    records, problems = read([tmp_path / "a.json"], max_record_bytes=50)
    assert [r.article_id for r in records] == ["next"]
    assert [(p.where.rsplit("#", 1)[1], p.reason) for p in problems] == [
        ("item 1", "item 1 is larger than the record limit of 50 bytes")]


def test_an_unclosed_string_in_a_json_array_skips_the_rest_of_that_file_only(tmp_path):
    (tmp_path / "a.json").write_text('[{"id": "x", "text": "ok"}, {"id": "y", "text": "never closed}, {"id": "z"}]')
    write_jsonl(tmp_path / "b.jsonl", [{"id": "after", "text": "Still read."}])
    records, problems = read([tmp_path / "a.json", tmp_path / "b.jsonl"])
    assert [r.article_id for r in records] == ["x", "after"]
    assert problems[0].where.endswith("a.json#item 2") and problems[0].reason.endswith("(rest of file skipped)")


def test_single_json_object_is_one_record(tmp_path):
    (tmp_path / "one.json").write_text('{"id": "solo", "text": "Hello."}')
    records, problems = read([tmp_path / "one.json"])
    assert [r.article_id for r in records] == ["solo"] and problems == []


def test_csv_rows_with_field_names(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('text,category,key\n"Line one, with comma.",sport,k1\n"سطر «عربي»",world,k2\n', encoding="utf-8")
    records, problems = read([path], fields=LoadOptions(id_field="key"))
    assert problems == []
    assert [r.article_id for r in records] == ["k1", "k2"]
    assert json.loads(records[1].data) == {"text": "سطر «عربي»", "category": "world", "key": "k2"}
    assert records[0].container == "json"


def test_zip_members_and_a_binary_member(tmp_path):
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as bundle:
        bundle.writestr("2015-07-21.json", json.dumps([{"id": "z1", "text": "نص"}]))
        bundle.writestr("notes/a.md", "# Title\n\nBody text.")
        bundle.writestr("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
        bundle.writestr("fake.txt", b"\x00\x01\x02binary\x00")
    records, problems = read([path])
    assert [r.article_id for r in records] == ["z1", f"{path}!notes/a.md"]
    assert {(p.where, p.reason) for p in problems} == {
        (f"{path}!photo.png", "not an article file (skipped zip member)"),
        (f"{path}!fake.txt", "binary data, not text (skipped)")}


def test_a_50_mb_single_line_is_skipped_without_stopping(tmp_path):
    path = tmp_path / "huge.jsonl"
    with path.open("w") as handle:
        handle.write('{"id": "big", "text": "' + "x" * (50 * 1024 * 1024) + '"}\n')
        handle.write('{"id": "small", "text": "Read after the big one."}\n')
    records, problems = read([path], max_record_bytes=1024 * 1024)
    assert [r.article_id for r in records] == ["small"]
    assert [(p.where, p.reason) for p in problems] == [
        (f"{path}#line 1", "line longer than the record limit of 1,048,576 bytes (skipped)")]


def test_oversized_text_file_is_skipped(tmp_path):
    (tmp_path / "long.txt").write_text("word " * 1000)
    _, problems = read([tmp_path / "long.txt"], max_record_bytes=100)
    assert problems[0].reason == "file larger than the record limit of 100 bytes (skipped)"


def test_undecodable_jsonl_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "\xe4\xff"}\n')
    records, problems = read([path])
    assert [r.article_id for r in records] == ["a"]
    assert problems[0].reason == "line 2 is not UTF-8 text"


def test_expand_directories_globs_and_missing(tmp_path):
    (tmp_path / "d" / ".hidden").mkdir(parents=True)
    for name in ("d/a.jsonl", "d/b.csv", "d/c.png", "d/.hidden/x.txt", "d/e.zip"):
        (tmp_path / name).write_text("")
    assert expand_sources([str(tmp_path / "d")]) == [str(tmp_path / "d" / n) for n in ("a.jsonl", "b.csv", "e.zip")]
    assert expand_sources([str(tmp_path / "d" / "*.csv")]) == [str(tmp_path / "d" / "b.csv")]
    with pytest.raises(InputPathError, match="nothing.jsonl: no such file"):
        expand_sources([str(tmp_path / "nothing.jsonl")])


def test_fsspec_url_source():
    import fsspec

    memory = fsspec.filesystem("memory")
    memory.pipe("/audit-test/feed.jsonl", b'{"id": "m1", "text": "From object storage."}\n')
    files = expand_sources(["memory://audit-test"])
    assert files == ["memory://audit-test/feed.jsonl"]
    items = list(ArchiveReader(files))
    assert items[0] == SourceStarted("memory://audit-test/feed.jsonl")
    assert [i.article_id for i in items[1:]] == ["m1"]
