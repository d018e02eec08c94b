"""flows.inputs on real folders: discovery, hashing, reading, and a clear outcome per bad input."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

import polars as pl
import pytest

from flows.inputs import FILES, MAX_ARTICLE_BYTES, read_documents, scan
from transforms import schema

REPO = Path(__file__).resolve().parents[1]

TEXT = "Đại hội Đảng bộ xã lần thứ XX có 120 đại biểu chính thức, đại diện cho hơn 1.000 đảng viên của 18 chi bộ."
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as files store it: base letters precomposed, tone marks combining."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS)) + tones)
    return "".join(out).encode("cp1258")


PAGE = """<html><head><title>Đại hội Chi bộ 3 - Báo X</title>
<meta property="og:title" content="Đại hội Chi bộ 3">
<meta property="article:published_time" content="2020-08-04T12:41:00+07:00">
<link rel="canonical" href="https://baox.vn/dai-hoi.html">
<script>var views = 12345;</script></head><body>
<nav><a href="/">Trang chủ</a> <a href="/xd">Xây dựng Đảng</a></nav>
<article><h1>Đại hội Chi bộ 3</h1><p>Chi bộ có <b>25</b> đảng viên, kết nạp 3 đảng viên mới.</p></article>
<footer>Lượt xem: 4567. Liên hệ 0225 123 456</footer></body></html>"""


def write_folder(raw: Path, outside: Path) -> None:
    """A folder with what people's input folders really hold, good and bad side by side."""
    (raw / "Đại hội Đảng bộ").mkdir(parents=True)
    (raw / "Đại hội Đảng bộ" / "Bài số 1 (bản sửa).txt").write_bytes(TEXT.encode("utf-8"))
    (raw / "utf8 bom.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    (raw / "utf16.TXT").write_bytes(TEXT.encode("utf-16"))
    (raw / "cp1258.txt").write_bytes(cp1258_bytes(TEXT))
    (raw / "nfd.txt").write_bytes(unicodedata.normalize("NFD", TEXT).encode("utf-8"))
    (raw / "crlf.txt").write_bytes(f"{TEXT}\r\n\r\nDòng hai.\r\n".encode("utf-8"))
    (raw / "empty.txt").write_bytes(b"")
    (raw / "blank.txt").write_bytes(b" \n\t\r\n  ")
    (raw / "random.txt").write_bytes(random.Random(3).randbytes(4096))
    (raw / "image.htm").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(4).randbytes(800))
    (raw / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # beside a saved page: skipped silently
    (raw / "notes.PDF").write_bytes(b"%PDF-1.4\n")
    (raw / ".hidden.txt").write_bytes(TEXT.encode("utf-8"))
    (raw / ".git").mkdir()
    (raw / ".git" / "HEAD.txt").write_bytes(b"ref")
    (raw / "trang.html").write_text(PAGE, encoding="utf-8")
    lines = [
        json.dumps({"text": TEXT, "url": "https://a.vn/1", "title": "Bài 1", "published_at": "2020-08-04"}, ensure_ascii=False),
        "",
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Chi bộ có 7 đảng viên.", "published_at": "04/08/2020"}, ensure_ascii=False),
    ]
    (raw / "bulk.jsonl").write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    (raw / "dot..dot \\..\\x.txt").write_bytes(TEXT.encode("utf-8"))  # a name, not a path
    os.symlink("loop_b.txt", raw / "loop_a.txt")
    os.symlink("loop_a.txt", raw / "loop_b.txt")
    os.symlink("gone.txt", raw / "dangling.txt")
    os.symlink("utf8 bom.txt", raw / "link.txt")
    os.symlink("Đại hội Đảng bộ", raw / "linked folder")
    outside.write_bytes(TEXT.encode("utf-8"))
    os.symlink(outside, raw / "outside.txt")
    os.mkfifo(raw / "pipe.txt")


def by_path(frame: pl.DataFrame, key: str = "source_path") -> dict:
    return {row[key]: row for row in frame.iter_rows(named=True)}


@pytest.fixture
def folder(tmp_path) -> Path:
    raw = tmp_path / "raw"
    write_folder(raw, tmp_path / "secret.txt")
    return raw


def test_scan_lists_articles_and_reports_what_it_cannot_take(folder):
    files, problems = scan(folder)
    assert files.schema == pl.Schema(FILES)
    assert problems.schema == pl.Schema(schema.QUARANTINE)
    assert files["source_path"].to_list() == sorted(
        [
            "Đại hội Đảng bộ/Bài số 1 (bản sửa).txt",
            "blank.txt",
            "bulk.jsonl",
            "cp1258.txt",
            "crlf.txt",
            "dot..dot \\..\\x.txt",
            "empty.txt",
            "image.htm",
            "link.txt",
            "nfd.txt",
            "random.txt",
            "trang.html",
            "utf16.TXT",
            "utf8 bom.txt",
        ]
    )
    for row in files.iter_rows(named=True):
        data = Path(row["abs_path"]).read_bytes()
        assert row["file_sha256"] == hashlib.sha256(data).hexdigest()
        assert row["byte_size"] == len(data)
        assert Path(row["abs_path"]).resolve().is_relative_to(folder.resolve())
        assert not Path(row["source_path"]).is_absolute()
        assert ".." not in Path(row["source_path"]).parts
    assert by_path(files)["utf16.TXT"]["suffix"] == ".txt"
    assert by_path(files)["link.txt"]["file_sha256"] == by_path(files)["utf8 bom.txt"]["file_sha256"]

    assert set(problems["stage"]) == {"discover"}
    found = {row["source_path"]: (row["check_name"], row["reason"]) for row in problems.iter_rows(named=True)}
    assert set(found) == {"loop_a.txt", "loop_b.txt", "dangling.txt", "linked folder", "outside.txt", "notes.PDF", "pipe.txt"}
    assert found["loop_a.txt"][0] == found["loop_b.txt"][0] == "symlink_loop"
    assert found["dangling.txt"] == ("dangling_symlink", "dangling symbolic link: its target 'gone.txt' does not exist")
    assert found["linked folder"][0] == "symlink_folder"
    assert found["outside.txt"][0] == "symlink_outside" and "outside the input folder" in found["outside.txt"][1]
    assert found["notes.PDF"][0] == "unsupported_type" and ".pdf" in found["notes.PDF"][1]
    assert found["pipe.txt"][0] == "not_regular_file"


def test_read_documents_reads_every_good_file_and_quarantines_each_bad_one(folder):
    files, _ = scan(folder)
    documents, rejected = read_documents(files)
    assert documents.schema == pl.Schema(schema.DOCUMENTS)
    assert rejected.schema == pl.Schema(schema.QUARANTINE)
    docs = by_path(documents, "doc_key")
    assert set(docs) == {
        "Đại hội Đảng bộ/Bài số 1 (bản sửa).txt",
        "utf8 bom.txt",
        "utf16.TXT",
        "cp1258.txt",
        "nfd.txt",
        "crlf.txt",
        "link.txt",
        "dot..dot \\..\\x.txt",
        "trang.html",
        "bulk.jsonl#L1",
        "bulk.jsonl#L5",
    }
    for key in ("Đại hội Đảng bộ/Bài số 1 (bản sửa).txt", "utf8 bom.txt", "utf16.TXT", "cp1258.txt", "nfd.txt", "link.txt"):
        assert docs[key]["text"] == TEXT, key
        assert docs[key]["content_sha256"] == by_path(files)[key]["file_sha256"]
        assert docs[key]["byte_size"] == by_path(files)[key]["byte_size"]
        assert docs[key]["title"] is None and docs[key]["published_at"] is None
    assert docs["crlf.txt"]["text"] == f"{TEXT}\n\nDòng hai.\n"

    page = docs["trang.html"]
    assert page["text"] == "Đại hội Chi bộ 3\n\nChi bộ có 25 đảng viên, kết nạp 3 đảng viên mới."
    assert page["title"] == "Đại hội Chi bộ 3"
    assert page["url"] == "https://baox.vn/dai-hoi.html"
    assert page["published_at"] == datetime(2020, 8, 4, 12, 41)

    first, fifth = docs["bulk.jsonl#L1"], docs["bulk.jsonl#L5"]
    assert first["source_path"] == fifth["source_path"] == "bulk.jsonl"
    assert first["text"] == TEXT and first["title"] == "Bài 1" and first["url"] == "https://a.vn/1"
    assert first["published_at"] == datetime(2020, 8, 4)
    assert fifth["text"] == "Chi bộ có 7 đảng viên." and fifth["published_at"] is None  # not ISO: left to parse
    line_five = json.dumps({"text": "Chi bộ có 7 đảng viên.", "published_at": "04/08/2020"}, ensure_ascii=False)
    assert fifth["content_sha256"] == hashlib.sha256(line_five.encode("utf-8")).hexdigest()
    assert fifth["byte_size"] == len(line_five.encode("utf-8"))

    assert set(rejected["stage"]) == {"decode"}
    outcome = {row["doc_key"]: row for row in rejected.iter_rows(named=True)}
    assert set(outcome) == {"empty.txt", "blank.txt", "random.txt", "image.htm", "bulk.jsonl#L3", "bulk.jsonl#L4"}
    assert (outcome["empty.txt"]["check_name"], outcome["empty.txt"]["reason"]) == ("empty_file", "empty file")
    assert outcome["blank.txt"]["check_name"] == "empty_text"
    assert outcome["random.txt"]["check_name"] == "binary_file"
    assert outcome["random.txt"]["reason"].startswith("binary content:") and "% control bytes" in outcome["random.txt"]["reason"]
    assert outcome["image.htm"]["reason"] == "binary content: a PNG image"
    assert outcome["bulk.jsonl#L3"]["check_name"] == "bad_jsonl_line"
    assert outcome["bulk.jsonl#L3"]["reason"].startswith("line 3: not JSON")
    assert json.loads(outcome["bulk.jsonl#L3"]["payload"])["raw"] == "{not json"
    assert outcome["bulk.jsonl#L4"]["reason"] == 'line 4: no "text" field'
    assert all(row["source_path"] == key.split("#")[0] for key, row in outcome.items())


def test_missing_input_folder_is_a_clear_error(tmp_path):
    missing = tmp_path / "không có"
    with pytest.raises(FileNotFoundError, match="input folder does not exist") as error:
        scan(missing)
    assert error.value.filename == str(missing)
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(NotADirectoryError):
        scan(tmp_path / "a.txt")


def test_empty_folder_gives_empty_frames(tmp_path):
    files, problems = scan(tmp_path)
    assert files.height == 0 and files.schema == pl.Schema(FILES)
    documents, rejected = read_documents(files)
    assert documents.height == 0 and rejected.height == 0
    assert documents.schema == pl.Schema(schema.DOCUMENTS)


def test_names_are_nfc_and_a_normalisation_clash_is_reported(tmp_path):
    nfc = "Bài viết Đảng ủy.txt"
    (tmp_path / unicodedata.normalize("NFD", "Chi bộ số 2.txt")).write_bytes(TEXT.encode("utf-8"))
    (tmp_path / nfc).write_bytes(TEXT.encode("utf-8"))
    (tmp_path / unicodedata.normalize("NFD", nfc)).write_bytes(b"other")
    files, problems = scan(tmp_path)
    assert files["source_path"].to_list() == [nfc, "Chi bộ số 2.txt"]
    assert all(unicodedata.is_normalized("NFC", p) for p in files["source_path"])
    documents, _ = read_documents(files)
    assert sorted(documents["doc_key"]) == sorted([nfc, "Chi bộ số 2.txt"])
    # Of two clashing names the one first in code-point order (here the NFD one) is read.
    assert documents.filter(pl.col("doc_key") == nfc)["text"].item() == "other"
    assert problems["check_name"].to_list() == ["duplicate_name"]
    assert problems["source_path"].to_list() == [nfc]
    assert problems["doc_key"][0] != nfc  # never collides with the document that was read


def test_a_file_name_that_is_not_utf8_is_reported(tmp_path):
    try:
        fd = os.open(os.fsencode(tmp_path) + b"/bai\xff\xfe.txt", os.O_CREAT | os.O_WRONLY)
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    os.write(fd, TEXT.encode("utf-8"))
    os.close(fd)
    (tmp_path / "good.txt").write_bytes(TEXT.encode("utf-8"))
    files, problems = scan(tmp_path)
    assert files["source_path"].to_list() == ["good.txt"]
    assert problems["check_name"].to_list() == ["bad_file_name"]
    assert problems["source_path"][0] == "bai\\xff\\xfe.txt"


def test_a_file_that_vanishes_after_the_scan_is_quarantined(tmp_path):
    (tmp_path / "a.txt").write_bytes(TEXT.encode("utf-8"))
    (tmp_path / "b.jsonl").write_bytes(json.dumps({"text": TEXT}).encode("utf-8"))
    (tmp_path / "c.txt").write_bytes(TEXT.encode("utf-8"))
    files, _ = scan(tmp_path)
    (tmp_path / "a.txt").unlink()
    (tmp_path / "b.jsonl").unlink()
    documents, rejected = read_documents(files)
    assert documents["doc_key"].to_list() == ["c.txt"]
    assert rejected.select("source_path", "check_name").rows() == [("a.txt", "unreadable"), ("b.jsonl", "unreadable")]


def test_jsonl_edge_cases(tmp_path):
    records = [{"text": f"Chi bộ {i} có {i + 3} đảng viên."} for i in range(3)]
    (tmp_path / "utf16.jsonl").write_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-16"))
    (tmp_path / "binary.jsonl").write_bytes(random.Random(9).randbytes(50_000))
    (tmp_path / "blank.jsonl").write_bytes(b"\n\n  \n")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "latin.jsonl").write_bytes(b'{"text": "ok 5"}\n{"text": "caf\xe9 5"}\n')
    files, _ = scan(tmp_path)
    documents, rejected = read_documents(files)
    assert documents.filter(pl.col("source_path") == "utf16.jsonl")["text"].to_list() == [r["text"] for r in records]
    assert documents.filter(pl.col("source_path") == "latin.jsonl")["doc_key"].to_list() == ["latin.jsonl#L1"]
    outcome = {row["doc_key"]: row["check_name"] for row in rejected.iter_rows(named=True)}
    assert outcome == {
        "binary.jsonl": "binary_file",  # one row for the file, not one per garbage line
        "blank.jsonl": "empty_file",
        "empty.jsonl": "empty_file",
        "latin.jsonl#L2": "bad_jsonl_line",
    }


def test_an_overlong_jsonl_line_is_quarantined_and_the_next_lines_load(tmp_path):
    huge = json.dumps({"text": "đảng viên " * (MAX_ARTICLE_BYTES // 10)}, ensure_ascii=False)
    assert len(huge.encode("utf-8")) > MAX_ARTICLE_BYTES
    lines = [json.dumps({"text": "Chi bộ có 5 đảng viên."}, ensure_ascii=False), huge, json.dumps({"text": "Có 9 chi bộ."}, ensure_ascii=False)]
    (tmp_path / "bulk.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents, rejected = read_documents(scan(tmp_path)[0])
    assert documents["doc_key"].to_list() == ["bulk.jsonl#L1", "bulk.jsonl#L3"]
    assert documents["text"].to_list() == ["Chi bộ có 5 đảng viên.", "Có 9 chi bộ."]
    assert rejected.select("doc_key", "check_name").rows() == [("bulk.jsonl#L2", "too_large")]
    assert "too large to be one article" in rejected["reason"][0]


_MEASURE = """
import json, sys
from flows.inputs import read_documents, scan

def vm(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) * 1024

files, problems = scan(sys.argv[1])
before = vm("VmRSS")
documents, rejected = read_documents(files)
print(json.dumps({
    "peak_growth": vm("VmHWM") - before,
    "doc_keys": documents.height,
    "first_last": [documents["doc_key"][0], documents["doc_key"][-1]],
    "texts_ok": documents.filter(documents["source_path"] == "bulk.jsonl")["text"].str.starts_with("Đảng bộ xã").all(),
    "rejected": rejected.select("doc_key", "check_name").rows(),
}))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc to measure memory")
def test_50_mb_inputs_stream_and_are_capped(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    paragraph = "Đảng bộ xã có 1.234 đảng viên sinh hoạt tại 25 chi bộ; năm 2020 kết nạp 48 đảng viên mới. "
    line = json.dumps({"text": paragraph * 50, "published_at": "2020-08-04"}, ensure_ascii=False).encode("utf-8") + b"\n"
    count = 50_000_000 // len(line) + 1
    (raw / "bulk.jsonl").write_bytes(line * count)
    with open(raw / "dump.txt", "wb") as handle:
        block = (paragraph + "\n").encode("utf-8") * 1000
        while handle.tell() < 50_000_000:
            handle.write(block)
    (raw / "small.txt").write_bytes(TEXT.encode("utf-8"))

    # In a fresh process, so the peak resident memory is this read's alone.
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(raw)],
        capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=300,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["doc_keys"] == count + 1
    assert result["first_last"] == ["bulk.jsonl#L1", "small.txt"]
    assert result["texts_ok"] is True
    assert result["rejected"] == [["dump.txt", "too_large"]]
    # One copy of the bulk file's text ends up in the frame (~50 MB); reading the file whole,
    # or holding every line as Python strings too, would need two to three times that.
    assert result["peak_growth"] < 1.6 * len(line) * count


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_and_folder_are_reported(tmp_path):
    (tmp_path / "good.txt").write_bytes(TEXT.encode("utf-8"))
    locked = tmp_path / "locked.txt"
    locked.write_bytes(TEXT.encode("utf-8"))
    locked.chmod(0)
    closed = tmp_path / "closed"
    closed.mkdir()
    (closed / "inner.txt").write_bytes(TEXT.encode("utf-8"))
    closed.chmod(0)
    try:
        files, problems = scan(tmp_path)
    finally:
        closed.chmod(0o755)
        locked.chmod(0o644)
    assert files["source_path"].to_list() == ["good.txt"]
    assert problems.select("source_path", "check_name").rows() == [
        ("closed", "unreadable_folder"),
        ("locked.txt", "unreadable"),
    ]
