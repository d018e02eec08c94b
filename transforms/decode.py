"""Bytes and markup to the plain NFC text that the extractors read.

Pure: bytes or str in, str or dicts out. No file I/O.

The text these functions return is the text every character offset refers to: a fact's
`start`/`end` index this normalised text, not the bytes on disk. Normalisation is:
byte-order mark stripped, `\\r\\n` and lone `\\r` turned into `\\n`, NUL and invisible
format characters (zero-width space, zero-width no-break space, soft hyphen) removed,
Unicode NFC (Windows-1258 and macOS text store tone marks as combining characters; the
extractors match precomposed letters).
"""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
from datetime import datetime, timedelta, timezone

from selectolax.lexbor import LexborHTMLParser, LexborNode


class UndecodableError(ValueError):
    """Bytes that are not text in an encoding we read; the message says why, for a person."""


# --- text normalisation ------------------------------------------------------------------

_NEWLINES = re.compile(r"\r\n?")
# Invisible characters that split words ("đảng\u200bviên") without being seen; NUL also
# breaks DuckDB strings.
_INVISIBLE = re.compile("[\x00\u200b\ufeff\u00ad\u2060]")


def normalise_text(text: str) -> str:
    """The canonical form of decoded text (see the module docstring)."""
    text = _INVISIBLE.sub("", _NEWLINES.sub("\n", text))
    return unicodedata.normalize("NFC", text)


# --- bytes to text -------------------------------------------------------------------------

# Bytes that never occur in text files: C0 controls other than tab, LF, VT/FF, CR, and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_BINARY_SHARE = 0.01  # real text has ~0 control bytes; random or compressed data has ~12%

# File signatures people are likely to drop into an input folder by mistake.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document (convert it to text first)"),
    (b"PK\x03\x04", "a ZIP archive or an Office document such as .docx (convert it to text first)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document such as .doc (convert it to text first)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"{\\rtf", "an RTF document (convert it to text first)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# The Vietnamese alphabet's letters beyond ASCII, as Windows-1258 holds them: precomposed
# base letters and a few precomposed toned vowels, plus the five combining tone marks.
_VIET_LETTERS = set("àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ")
_VIET_DISTINCT = set("ăđơưĂĐƠƯ")  # letters no West-European language uses
_TONE_MARKS = set("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
# Punctuation Windows-1258 text carries: curly quotes, dashes, ellipsis, bullet, NBSP, dong sign.
_CP1258_PUNCT = set("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022\u00a0\u20ab\u00b0\u00ab\u00bb\u20ac\u00b7")


def _looks_like_cp1258_vietnamese(text: str) -> bool:
    """Whether a Windows-1258 decoding reads as Vietnamese rather than mojibake.

    Vietnamese in cp1258 stores tone marks as combining characters after a vowel, and its
    non-ASCII characters are almost all letters of the Vietnamese alphabet. Text in another
    code page (Latin-1 French, UTF-8 misread, the legacy TCVN3/VNI font encodings) decodes to
    symbols and foreign letters instead.
    """
    non_ascii = [c for c in text if ord(c) > 0x7F]
    if not non_ascii:
        return False
    viet = sum(1 for c in non_ascii if c in _VIET_LETTERS or c in _TONE_MARKS or c in _CP1258_PUNCT)
    if viet / len(non_ascii) < 0.9:
        return False
    marks = [i for i, c in enumerate(text) if c in _TONE_MARKS]
    if marks:
        # A tone mark sits on a vowel (possibly after its circumflex/breve/horn letter).
        on_vowel = sum(1 for i in marks if i > 0 and (text[i - 1] in _VOWELS or text[i - 1] in _VIET_LETTERS))
        if on_vowel / len(marks) < 0.9:
            return False
        return True
    return any(c in _VIET_DISTINCT for c in non_ascii)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark, told by where its zero bytes fall.

    ASCII characters (spaces, digits, Latin letters) have a zero high byte, so UTF-16 text
    has many zero bytes all on one side of each pair; binary data has them everywhere.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even_zeros, odd_zeros = data[0::2].count(0), data[1::2].count(0)
    pairs = len(data) // 2
    for zeros, other, codec in ((odd_zeros, even_zeros, "utf-16-le"), (even_zeros, odd_zeros, "utf-16-be")):
        if zeros >= 0.3 * pairs and other <= 0.01 * pairs:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            controls = sum(1 for c in text if ord(c) < 0x20 and c not in "\t\n\r\f\v")
            return text if controls <= _BINARY_SHARE * len(text) else None
    return None


def _lenient_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (a scraped page with one cp1252 quote, a file cut
    mid-character): decoded with U+FFFD marking each bad spot. None when the bytes are not
    mostly UTF-8: more than one bad spot per hundred non-ASCII characters."""
    pieces: list[str] = []
    position = errors = 0
    while True:
        try:
            pieces.append(data[position:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            pieces.append(data[position : position + error.start].decode("utf-8"))
            pieces.append("\ufffd")
            position += error.end
            errors += 1
            if errors > 100:
                return None
    text = "".join(pieces)
    multibyte = sum(1 for c in text if ord(c) > 0x7F) - errors
    return text if multibyte >= 20 and errors <= multibyte / 100 else None


def decode_bytes(data: bytes) -> str:
    """The text of a file's bytes, NFC-normalised with `\\n` line ends and no BOM.

    Reads UTF-8 (with or without BOM), UTF-16/UTF-32 with BOM, UTF-16 without BOM, and
    Windows-1258 when the bytes read as Vietnamese in it. An empty file raises
    `UndecodableError("empty file")`; binary data and unknown encodings raise it with the
    reason.
    """
    if not data:
        raise UndecodableError("empty file")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return normalise_text(data[len(bom):].decode(codec))
            except UnicodeDecodeError as error:
                raise UndecodableError(
                    f"invalid {label} after its byte-order mark at byte {error.start + len(bom)}"
                ) from None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise UndecodableError(f"binary content: {what}")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return normalise_text(utf16)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    share = controls / len(data)
    if controls > 2 and share > _BINARY_SHARE:  # a stray NUL or two in a short text is not binary
        raise UndecodableError(f"binary content: {share:.0%} control bytes")
    try:
        return normalise_text(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        utf8_error = error
    try:
        cp1258 = data.decode("cp1258")
    except UnicodeDecodeError:
        cp1258 = None
    if cp1258 is not None and _looks_like_cp1258_vietnamese(cp1258):
        return normalise_text(cp1258)
    lenient = _lenient_utf8(data)
    if lenient is not None:
        return normalise_text(lenient)
    raise UndecodableError(
        "not UTF-8/UTF-16/Windows-1258: invalid UTF-8 at byte "
        f"{utf8_error.start}, and the bytes do not read as Vietnamese in Windows-1258 "
        "(a legacy font encoding such as TCVN3 or VNI? save the file as UTF-8)"
    )


# --- HTML to text ----------------------------------------------------------------------------

# Never article text, wherever they stand.
_ALWAYS_DROP = (
    "script", "style", "noscript", "template", "nav", "aside", "iframe", "svg", "canvas",
    "object", "embed", "button", "select", "textarea", "input", "head", "title", "meta", "link",
)
# Page-level chrome; inside the article they are the article's own header (headline,
# dateline) and footer (author, source), so they are kept there.
_CHROME_OUTSIDE_ARTICLE = ("header", "footer")
_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li "
    "main menu ol p pre section summary table tbody tfoot thead tr ul".split()
)
_CONTENT_SELECTORS = "article, main, [role=main], [itemprop=articleBody]"
_INLINE_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0\u2028\u2029]+")
_BLANK_RUNS = re.compile(r"\n{3,}")
_SPACE_RUNS = re.compile(r" {2,}")
_CELL_GAP = re.compile(r" *\t[ \t]*")


def _text_length(node: LexborNode) -> int:
    return len(_INLINE_SPACE.sub(" ", node.text(deep=True) or "").strip())


def _prose_length(node: LexborNode) -> int:
    """Text that is not link text: menus, tag clouds and related-article lists are links."""
    return _text_length(node) - sum(_text_length(link) for link in node.css("a"))


def _densest_block(body: LexborNode) -> LexborNode | None:
    """The element that holds the most paragraph text: each <p> credits its parent fully and
    its grandparent half (the common readability heuristic), so the article body wins over
    menus and link lists, which have no paragraphs."""
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for paragraph in body.css("p"):
        length = _text_length(paragraph)
        if length < 25:
            continue
        parent = paragraph.parent
        for weight in (1.0, 0.5):
            if parent is None:
                break
            scores[parent.mem_id] = scores.get(parent.mem_id, 0.0) + length * weight
            nodes[parent.mem_id] = parent
            parent = parent.parent
    if not scores:
        return None
    return nodes[max(scores, key=scores.__getitem__)]


def _content_root(body: LexborNode) -> LexborNode:
    """The article's container: a semantic one (<article>, <main>, articleBody) when the page
    has one, else the block densest in paragraph text, else the whole body. A candidate must
    hold a fair share of the page's prose (text outside links), so a page with small
    <article> teasers around a plain <div> story still yields the story."""
    total = _prose_length(body)
    if total <= 0:
        return body
    semantic = body.css(_CONTENT_SELECTORS)
    if semantic:
        best = max(semantic, key=_prose_length)
        if _prose_length(best) >= 0.25 * total:
            return best
    dense = _densest_block(body)
    if dense is not None and _prose_length(dense) >= 0.25 * total:
        return dense
    return body


def _clean(text: str | None) -> str:
    return _INLINE_SPACE.sub(" ", text or "").strip()


def _in_page_banner(node: LexborNode) -> bool:
    """Inside a <header> or <footer> (outside any article): where sites put their logo as an <h1>."""
    parent = node.parent
    while parent is not None:
        if parent.tag in ("article", "main"):
            return False
        if parent.tag in ("header", "footer"):
            return True
        parent = parent.parent
    return False


def _headline(tree: LexborHTMLParser, root: LexborNode) -> tuple[str, LexborNode | None]:
    """The article's title and, when it is an <h1> inside the article, that node: the
    article's own <h1>, else og:title, else the page's first <h1> that is not the site's
    logo in the page header, else <title>."""
    inner = root.css_first("h1")
    if inner is not None and _clean(inner.text()):
        return _clean(inner.text()), inner
    og = tree.css_first('meta[property="og:title"]')
    if og is not None and _clean(og.attributes.get("content")):
        return _clean(og.attributes.get("content")), None
    for h1 in tree.css("h1"):
        if _clean(h1.text()) and not _in_page_banner(h1):
            return _clean(h1.text()), None
    title = tree.css_first("title")
    return (_clean(title.text()) if title is not None else ""), None


def _block_text(root: LexborNode) -> str:
    """The text under `root` with block boundaries as paragraph breaks, <br> as a line break
    and table cells of one row on one line, tab-separated (a label stays beside its figure);
    whitespace collapsed as a browser shows it (<pre> keeps its line breaks); every line
    stripped."""
    out: list[str] = []
    # An explicit stack (not recursion): malformed pages nest unclosed tags thousands deep.
    # Entries are (node, in_pre) to visit, or (None, text) to emit when an element closes.
    stack: list[tuple[LexborNode | None, bool | str]] = [(root, False)]
    while stack:
        node, state = stack.pop()
        if node is None:
            out.append(state)
            continue
        in_pre = state
        tag = node.tag
        if tag == "-text":
            text = node.text_content or ""
            out.append(text if in_pre else _INLINE_SPACE.sub(" ", text))
            continue
        if tag is None or tag.startswith("-") or tag.startswith("!"):
            continue  # comments, doctype
        if tag == "br":
            out.append("\n")
            continue
        if tag in _BLOCK:
            out.append("\n\n")
            stack.append((None, "\n\n"))
        elif tag in ("td", "th"):
            stack.append((None, "\t"))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        child_pre = in_pre or tag == "pre"
        stack.extend((c, child_pre) for c in reversed(children))
    # Spaces from neighbouring inline elements ("<b>25</b> <i>chi bộ</i>") collapse as a
    # browser shows them, and around the cell separator.
    joined = _CELL_GAP.sub("\t", _SPACE_RUNS.sub(" ", "".join(out)))
    lines = [line.strip(" \t") for line in joined.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")


def html_to_text(html: str) -> str:
    """The article's text out of an HTML page: headline first, then the article's paragraphs.

    Drops scripts, styles, navigation, asides, forms and the page's header and footer; keeps
    the main content container when the page has one. Entities decoded, NFC, paragraphs
    separated by one blank line. The headline appears once: moved to the top, never repeated
    (a repeated figure would count as a second fact).
    """
    tree = LexborHTMLParser(html)
    body = tree.body
    if body is None:
        return ""
    for node in body.css(", ".join(_ALWAYS_DROP)):
        node.decompose()
    root = _content_root(body)
    if root.mem_id == body.mem_id:
        # No article container: <header>/<footer> are the page's. Inside a container they are
        # the article's own (headline, dateline, author) and stay.
        for node in body.css(", ".join(_CHROME_OUTSIDE_ARTICLE)):
            node.decompose()
    # A search box or comment form is chrome, but ASP.NET pages wrap the whole page in one
    # <form>: keep a form that holds most of the article.
    root_length = max(_text_length(root), 1)
    for form in root.css("form"):
        if _text_length(form) < 0.5 * root_length:
            form.decompose()
    headline, headline_node = _headline(tree, root)
    if headline_node is not None:
        headline_node.decompose()
    text = normalise_text(_block_text(root))
    headline = normalise_text(headline)
    if not headline:
        return text
    lines = text.split("\n")
    if headline in lines:  # e.g. og:title repeating an <h2> of the body
        lines.remove(headline)
        text = _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")
    return f"{headline}\n\n{text}" if text else headline


def _meta(tree: LexborHTMLParser, selector: str, attribute: str = "content") -> str | None:
    node = tree.css_first(selector)
    value = _clean(node.attributes.get(attribute)) if node is not None else ""
    return normalise_text(value) if value else None


def html_metadata(html: str) -> dict:
    """What a page states about itself in its markup: {"title", "url", "published_at" (ISO
    string as given, or None)}. Values come from Open Graph / article meta tags,
    the canonical link and schema.org attributes; None when the page does not say."""
    tree = LexborHTMLParser(html)
    published = (
        _meta(tree, 'meta[property="article:published_time"]')
        or _meta(tree, 'meta[itemprop="datePublished"]')
        or _meta(tree, 'meta[name="pubdate"]')
        or _meta(tree, "time[itemprop=datePublished]", "datetime")
    )
    return {
        "title": _meta(tree, 'meta[property="og:title"]'),
        "url": _meta(tree, 'link[rel="canonical"]', "href") or _meta(tree, 'meta[property="og:url"]'),
        "published_at": published,
    }


# --- JSONL ---------------------------------------------------------------------------------

def _optional_text(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = normalise_text(value).strip()
    return value or None


def parse_jsonl_line(raw: str, line: int) -> dict:
    """One JSONL record as split_jsonl describes it; `raw` is the line without its newline."""
    record = {"line": line, "raw": raw, "text": None, "url": None, "title": None, "published_at": None, "error": None}
    try:
        value = json.loads(raw)
    except ValueError as error:  # JSONDecodeError and invalid surrogates alike
        record["error"] = f"not JSON: {error}"
        return record
    if not isinstance(value, dict):
        record["error"] = f"not a JSON object but a {type(value).__name__}"
        return record
    text = value.get("text")
    if not isinstance(text, str):
        record["error"] = (
            'no "text" field' if "text" not in value else f'"text" is a {type(text).__name__}, not a string'
        )
        return record
    text = normalise_text(text)
    if not text.strip():
        record["error"] = '"text" is empty'
        return record
    record.update(
        text=text,
        url=_optional_text(value.get("url")),
        title=_optional_text(value.get("title")),
        published_at=_optional_text(value.get("published_at")),
    )
    return record


def split_jsonl(text: str) -> list[dict]:
    """One dict per non-blank line of a JSONL text: {"line" (1-based), "raw", "text", "url",
    "title", "published_at", "error"}. A line that is not a JSON object with a non-empty
    string "text" has `error` set and `text` None; the other lines are unaffected."""
    # Lines end at "\n" (a "\r" before it is dropped): the numbering the streaming reader in
    # flows/inputs.py uses, so doc keys "<path>#L<n>" agree whichever reads the file.
    return [
        parse_jsonl_line(raw.removesuffix("\r"), number)
        for number, raw in enumerate(text.split("\n"), start=1)
        if raw.strip()
    ]


# Vietnam has kept UTC+7 without daylight saving since 1975; datelines in the articles are
# local time, so an instant given with an offset is stored as Vietnamese wall-clock time.
VIETNAM_TZ = timezone(timedelta(hours=7))


def parse_iso_datetime(value: str | None) -> datetime | None:
    """An ISO-8601 date or date-time ("2020-08-04", "2020-08-04 12:41", "...T05:41:00Z") as a
    naive Vietnamese local time; None for anything else (including "04/08/2020")."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(VIETNAM_TZ).replace(tzinfo=None)
    return parsed
