"""Finding and reading the input files: the flow's discover and read steps (I/O only).

`scan` lists the article files under the input folder with their sha256; `read_documents`
turns a batch of them into documents. Every input that cannot be used gets a quarantine
row saying why; neither function raises for a bad file, only for a missing input folder.

`source_path` is data: a key and a label, never joined onto an output folder. Files are
opened by `abs_path`, which scan built from the walk itself.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import unicodedata
from pathlib import Path, PurePath

import polars as pl

from transforms import schema
from transforms.decode import (
    UndecodableError,
    decode_bytes,
    html_metadata,
    html_to_text,
    parse_iso_datetime,
    parse_jsonl_line,
)

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
# Files people put beside their articles expecting them to be read: worth a quarantine row
# that says so. Images, stylesheets and scripts of a saved web page are skipped silently.
DOCUMENT_LIKE_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".json", ".xml", ".csv", ".md", ".gz", ".zip")

FILES = {
    "source_path": pl.String,
    "abs_path": pl.String,
    "file_sha256": pl.String,
    "byte_size": pl.Int64,
    "suffix": pl.String,
}

CHUNK = 1 << 20  # 1 MiB: hashing and binary sniffing read this much at a time
# One article's text is at most a few hundred kB (a congress's full political report runs
# ~300 kB); a .txt ten times that is an export of many articles or not an article, and
# parsing it as one document would give one document with thousands of facts.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
# A saved page carries markup, inline scripts and sometimes base64 images: the article is a
# few percent of it, so a page may be larger than an article's text.
MAX_PAGE_BYTES = 20 * 1024 * 1024
# How much of a rejected input line the quarantine keeps.
PAYLOAD_CHARS = 4000
# Build a frame chunk every this many characters of text, so a bulk file never sits in
# memory as Python strings, only as one copy in Arrow buffers.
FLUSH_CHARS = 2_000_000


def _problem(source_path: str, stage: str, check_name: str, reason: str, doc_key: str | None = None, **payload) -> dict:
    return {
        "doc_key": doc_key or source_path,
        "source_path": source_path,
        "stage": stage,
        "check_name": check_name,
        "reason": reason,
        "payload": json.dumps(payload, ensure_ascii=False, default=str),
    }


def _printable(path: str) -> str:
    """A file name as text even when its bytes are not UTF-8 (shown with \\x escapes)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _sha256_of_file(path: str) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _link_problem(full: str, root: Path) -> tuple[str, str] | None:
    """Why a symbolic link cannot be read (check name, reason), or None when it points to a
    file inside the input folder."""
    try:
        os.stat(full)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symlink_loop", "symbolic link loop: the link leads back to itself"
        if error.errno == errno.ENOENT:
            return "dangling_symlink", f"dangling symbolic link: its target {os.readlink(full)!r} does not exist"
        return "unreadable", f"cannot follow the symbolic link: {error.strerror}"
    target = Path(os.path.realpath(full))
    if not target.is_relative_to(root):
        return "symlink_outside", f"symbolic link to {str(target)!r}, outside the input folder: not read"
    if target.is_dir():
        return "symlink_folder", "symbolic link to a folder: not followed (it could repeat or loop)"
    return None


def scan(raw_dir: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The article files under `raw_dir` and the inputs that cannot be read.

    Returns `files` (FILES: source_path relative to raw_dir in POSIX form and NFC, abs_path,
    file_sha256, byte_size, suffix), sorted by source_path, and `problems` in the QUARANTINE
    schema with stage 'discover'. Takes .txt, .html, .htm and .jsonl in any letter case;
    skips hidden files and folders. Symbolic links to files inside raw_dir are read; links
    to folders are not followed. Raises FileNotFoundError when raw_dir does not exist.
    """
    raw_dir = Path(raw_dir)
    if not raw_dir.exists():
        raise FileNotFoundError(errno.ENOENT, "input folder does not exist", str(raw_dir))
    if not raw_dir.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "input path is not a folder", str(raw_dir))
    root = raw_dir.resolve()
    files: list[dict] = []
    problems: list[dict] = []
    seen: dict[str, str] = {}  # NFC source_path -> the name on disk that took it

    def relative(full: str) -> str:
        return PurePath(os.path.relpath(full, root)).as_posix()

    def walk_error(error: OSError) -> None:
        where = relative(error.filename) if error.filename else "."
        problems.append(
            _problem(_printable(where), "discover", "unreadable_folder", f"cannot list the folder: {error.strerror}")
        )

    for dirpath, dirnames, filenames in os.walk(root, onerror=walk_error, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        candidates = [(name, True) for name in dirnames if os.path.islink(os.path.join(dirpath, name))]
        # Sorted, so which of two names that clash once normalised is read never varies.
        candidates += [(name, False) for name in sorted(filenames) if not name.startswith(".")]
        for name, listed_as_dir in candidates:
            full = os.path.join(dirpath, name)
            rel = relative(full)
            suffix = os.path.splitext(name)[1].lower()
            try:
                rel.encode("utf-8")
            except UnicodeEncodeError:
                if suffix in SUFFIXES:
                    problems.append(
                        _problem(
                            _printable(rel), "discover", "bad_file_name",
                            "file name is not valid UTF-8 text: rename it", abs_path=_printable(full),
                        )
                    )
                continue
            source_path = unicodedata.normalize("NFC", rel)
            try:
                is_link = os.path.islink(full)
            except OSError:
                is_link = False
            if is_link:
                link = _link_problem(full, root)
                if link is not None:
                    # A broken link or a linked folder is reported whatever its name (it may
                    # have been meant as input); a link to an outside file only when its name
                    # says it is an article.
                    if suffix in SUFFIXES or listed_as_dir or link[0] != "symlink_outside":
                        problems.append(_problem(source_path, "discover", link[0], link[1], abs_path=full))
                    continue
            if suffix not in SUFFIXES:
                if suffix in DOCUMENT_LIKE_SUFFIXES:
                    problems.append(
                        _problem(
                            source_path, "discover", "unsupported_type",
                            f"{suffix} files are not read: convert to .txt, .html or .jsonl",
                        )
                    )
                continue
            try:
                info = os.stat(full)
                if not stat.S_ISREG(info.st_mode):
                    problems.append(
                        _problem(source_path, "discover", "not_regular_file", "not a regular file (a pipe or device): not read")
                    )
                    continue
                sha256, size = _sha256_of_file(full)
            except OSError as error:
                problems.append(
                    _problem(source_path, "discover", "unreadable", f"cannot read the file: {error.strerror}", abs_path=full)
                )
                continue
            if source_path in seen:
                problems.append(
                    _problem(
                        source_path, "discover", "duplicate_name",
                        f"same name as {seen[source_path]!r} once Unicode-normalised: rename one of them",
                        doc_key=f"{source_path}#dup:{rel}", abs_path=full,
                    )
                )
                continue
            seen[source_path] = rel
            files.append(
                {"source_path": source_path, "abs_path": full, "file_sha256": sha256, "byte_size": size, "suffix": suffix}
            )

    files_frame = schema.conform(files, FILES).sort("source_path")
    problems_frame = schema.conform(problems, schema.QUARANTINE).sort("source_path", "check_name")
    return files_frame, problems_frame


# --- reading ------------------------------------------------------------------------------


class _DocumentColumns:
    """Documents gathered column by column and turned into Arrow-backed frames in chunks."""

    def __init__(self) -> None:
        self.frames: list[pl.DataFrame] = []
        self._reset()

    def _reset(self) -> None:
        self.columns: dict[str, list] = {name: [] for name in schema.DOCUMENTS}
        self.chars = 0

    def add(self, **values) -> None:
        for name, column in self.columns.items():
            column.append(values.get(name))
        self.chars += len(values["text"])
        if self.chars >= FLUSH_CHARS:
            self.flush()

    def flush(self) -> None:
        if self.columns["doc_key"]:
            self.frames.append(pl.DataFrame(self.columns, schema=schema.DOCUMENTS))
        self._reset()

    def frame(self) -> pl.DataFrame:
        self.flush()
        return pl.concat([schema.empty(schema.DOCUMENTS), *self.frames], how="vertical", rechunk=True)


def _decode_problem(error: UndecodableError) -> str:
    reason = str(error)
    if reason == "empty file":
        return "empty_file"
    if reason.startswith("binary content"):
        return "binary_file"
    return "undecodable"


def _read_article(row: dict, docs: _DocumentColumns, rejected: list[dict]) -> None:
    """One .txt or .html file: one document, or one quarantine row."""
    source_path, path, suffix = row["source_path"], row["abs_path"], row["suffix"]
    is_html = suffix in (".html", ".htm")
    cap = MAX_PAGE_BYTES if is_html else MAX_ARTICLE_BYTES
    size = os.stat(path).st_size
    if size > cap:
        rejected.append(
            _problem(
                source_path, "decode", "too_large",
                f"{size / 1e6:.1f} MB is too large to be one article (cap {cap / 1e6:.0f} MB): "
                "split it, or give many articles as a .jsonl file",
                byte_size=size,
            )
        )
        return
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        text = decode_bytes(data)
    except UndecodableError as error:
        rejected.append(_problem(source_path, "decode", _decode_problem(error), str(error), byte_size=len(data)))
        return
    meta = {"title": None, "url": None, "published_at": None}
    if is_html:
        meta = html_metadata(text)
        text = html_to_text(text)
    if not text.strip():
        what = "the page has no article text" if is_html else "the file holds only blank space"
        rejected.append(_problem(source_path, "decode", "empty_text", what, byte_size=len(data)))
        return
    docs.add(
        doc_key=source_path,
        source_path=source_path,
        content_sha256=hashlib.sha256(data).hexdigest(),
        byte_size=len(data),
        text=text,
        title=meta["title"],
        url=meta["url"],
        published_at=parse_iso_datetime(meta["published_at"]),
    )


def _jsonl_record(
    source_path: str, number: int, raw_bytes: bytes, raw: str | None, docs: _DocumentColumns, rejected: list[dict]
) -> None:
    doc_key = f"{source_path}#L{number}"
    if raw is None:
        try:
            raw = raw_bytes.decode("utf-8")
        except UnicodeDecodeError as error:
            rejected.append(
                _problem(
                    source_path, "decode", "bad_jsonl_line", f"line {number} is not UTF-8 (byte {error.start})",
                    doc_key=doc_key, line=number, raw=raw_bytes[:PAYLOAD_CHARS].decode("utf-8", "replace"),
                )
            )
            return
    record = parse_jsonl_line(raw, number)
    if record["error"] is not None:
        rejected.append(
            _problem(
                source_path, "decode", "bad_jsonl_line", f"line {number}: {record['error']}",
                doc_key=doc_key, line=number, raw=raw[:PAYLOAD_CHARS], truncated=len(raw) > PAYLOAD_CHARS,
            )
        )
        return
    docs.add(
        doc_key=doc_key,
        source_path=source_path,
        content_sha256=hashlib.sha256(raw_bytes).hexdigest(),
        byte_size=len(raw_bytes),
        text=record["text"],
        title=record["title"],
        url=record["url"],
        published_at=parse_iso_datetime(record["published_at"]),
    )


def _read_jsonl(row: dict, docs: _DocumentColumns, rejected: list[dict]) -> None:
    """A bulk file: one document per good line, one quarantine row per bad line. Streams
    line by line, so memory holds one line (at most MAX_ARTICLE_BYTES) and the frame chunks."""
    source_path, path = row["source_path"], row["abs_path"]
    with open(path, "rb") as handle:
        head = handle.read(CHUNK)
        if not head:
            rejected.append(_problem(source_path, "decode", "empty_file", "empty file"))
            return
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            # UTF-16 (or UTF-32) JSONL cannot be split on b"\n"; small ones are decoded whole.
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_ARTICLE_BYTES:
                rejected.append(
                    _problem(
                        source_path, "decode", "undecodable",
                        f"UTF-16 JSONL of {size / 1e6:.1f} MB: save it as UTF-8 to read it line by line",
                    )
                )
                return
            try:
                text = decode_bytes(head + handle.read())
            except UndecodableError as error:
                rejected.append(_problem(source_path, "decode", _decode_problem(error), str(error)))
                return
            for number, raw in enumerate(text.split("\n"), start=1):
                if raw.strip():
                    _jsonl_record(source_path, number, raw.encode("utf-8"), raw, docs, rejected)
            return
        try:
            decode_bytes(head[:CHUNK])
        except UndecodableError as error:
            reason = _decode_problem(error)
            if reason == "binary_file":  # one row for the file, not one per garbage "line"
                rejected.append(_problem(source_path, "decode", reason, str(error)))
                return
        handle.seek(0)
        number = 0
        seen_record = False
        while True:
            line = handle.readline(MAX_ARTICLE_BYTES + 1)
            if not line:
                break
            number += 1
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
                # Skip the rest of an overlong line without holding it.
                length = len(line)
                while (more := handle.readline(CHUNK)) and not more.endswith(b"\n"):
                    length += len(more)
                length += len(more)
                rejected.append(
                    _problem(
                        source_path, "decode", "too_large",
                        f"line {number}: {length / 1e6:.1f} MB is too large to be one article "
                        f"(cap {MAX_ARTICLE_BYTES / 1e6:.0f} MB)",
                        doc_key=f"{source_path}#L{number}", line=number, raw=line[:PAYLOAD_CHARS].decode("utf-8", "replace"),
                    )
                )
                seen_record = True
                continue
            line = line.removesuffix(b"\n").removesuffix(b"\r")
            if not line.strip():
                continue
            seen_record = True
            _jsonl_record(source_path, number, line, None, docs, rejected)
        if not seen_record:
            rejected.append(_problem(source_path, "decode", "empty_file", "no records: every line is blank"))


def read_documents(files: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Read a batch of files (rows of `scan`'s files frame) into documents.

    Returns documents (schema.DOCUMENTS: doc_key = source_path, or source_path + "#L<n>" for
    line n of a .jsonl; content_sha256 of the file's bytes or of the line's bytes without
    its line end; text decoded and NFC; title/url/published_at as a JSONL record or an HTML
    page's meta tags state them, else null for the parse step to fill) and quarantine rows
    (stage 'decode') for empty, binary, undecodable or oversized files and bad JSONL lines.
    A bad line costs only itself; a file that vanished or cannot be read is quarantined.
    """
    docs = _DocumentColumns()
    rejected: list[dict] = []
    for row in files.select("source_path", "abs_path", "suffix").iter_rows(named=True):
        try:
            if row["suffix"] == ".jsonl":
                _read_jsonl(row, docs, rejected)
            else:
                _read_article(row, docs, rejected)
        except OSError as error:
            rejected.append(
                _problem(row["source_path"], "decode", "unreadable", f"cannot read the file: {error.strerror or error}")
            )
    return docs.frame(), schema.conform(rejected, schema.QUARANTINE)
