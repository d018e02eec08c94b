"""transforms.decode on real byte strings: encodings, binary data, HTML pages, JSONL lines."""

from __future__ import annotations

import random
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from transforms.decode import (
    UndecodableError,
    decode_bytes,
    html_metadata,
    html_to_text,
    parse_iso_datetime,
    split_jsonl,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "baomoi-2017.parquet"

ARTICLE = (
    "Đại hội đại biểu Đảng bộ huyện Quỳnh Phụ lần thứ XXV, nhiệm kỳ 2020 – 2025\n"
    "Tham dự Đại hội có 300 đại biểu chính thức, đại diện cho hơn 11.804 đảng viên "
    "thuộc 64 tổ chức cơ sở đảng; kết nạp 1.124 đảng viên mới, đạt 102,2% chỉ tiêu. "
    "Ủy ban Kiểm tra đã kiểm tra “5 tổ chức đảng” — ước đạt 95% kế hoạch…\n"
)
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_bytes(text: str) -> bytes:
    """Text as a Windows-1258 file stores it: base letters (â, ơ, ư, đ, ...) precomposed, tone
    marks as combining characters after them (the code page has no room for the toned letters).
    A full NFD cannot be encoded: cp1258 has no combining circumflex, breve or horn."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS)) + tones)
    return "".join(out).encode("cp1258")


def expected(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


# --- encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]
)
def test_unicode_encodings_decode_to_the_same_text(encoding):
    data = ARTICLE.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))  # the BOM-less case is exercised
    text = decode_bytes(data)
    assert text == expected(ARTICLE)
    assert not text.startswith("\ufeff")


def test_utf16_with_explicit_bom_both_byte_orders():
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        assert decode_bytes(bom + ARTICLE.encode(codec)) == expected(ARTICLE)


def test_windows_1258_with_combining_tone_marks_is_composed():
    data = cp1258_bytes(ARTICLE)
    # The file really stores tone marks as combining bytes (0xEC acute, 0xF2 dot below, ...).
    assert {0xCC, 0xEC, 0xD2, 0xDE, 0xF2} & set(data)
    text = decode_bytes(data)
    assert text == expected(ARTICLE)
    assert "Đảng" in text and "đạt 102,2%" in text
    assert not any(unicodedata.combining(c) for c in text)


def test_seed_articles_survive_a_windows_1258_round_trip():
    for path in sorted((REPO / "seeds").glob("*.txt")):
        original = path.read_text(encoding="utf-8")
        assert decode_bytes(cp1258_bytes(original)) == expected(original), path.name


@pytest.mark.shared
@pytest.mark.skipif(not CORPUS.is_file(), reason="../shared corpus is absent (a user's clone)")
def test_real_articles_survive_windows_1258_and_utf8():
    import polars as pl

    texts = pl.read_parquet(CORPUS, columns=["text"], n_rows=3000).sample(150, seed=7)["text"].to_list()
    checked = 0
    for text in texts:
        want = decode_bytes(text.encode("utf-8"))  # the canonical form of the article
        assert want == unicodedata.normalize("NFC", want)
        try:
            data = cp1258_bytes(text)
        except UnicodeEncodeError:
            continue  # a character the code page lacks (e.g. CJK in a quote)
        assert decode_bytes(data) == want
        checked += 1
    assert checked >= 140


def test_nfd_text_becomes_nfc():
    nfd = unicodedata.normalize("NFD", ARTICLE)
    assert nfd != ARTICLE
    text = decode_bytes(nfd.encode("utf-8"))
    assert text == unicodedata.normalize("NFC", ARTICLE)
    assert text.index("đảng viên") == unicodedata.normalize("NFC", ARTICLE).index("đảng viên")


def test_line_ends_are_normalised_and_offsets_follow_the_normalised_text():
    text = decode_bytes("dòng một\r\ndòng hai\rdòng ba\n197 đại biểu".encode("utf-8"))
    assert text == "dòng một\ndòng hai\ndòng ba\n197 đại biểu"
    assert text[text.index("197") :].startswith("197 đại biểu")


def test_invisible_characters_that_split_words_are_removed():
    text = decode_bytes("đảng\u200bviên và chi\u00adbộ\x00".encode("utf-8"))
    assert text == "đảngviên và chibộ"


def test_empty_file_is_its_own_clear_outcome():
    with pytest.raises(UndecodableError, match="^empty file$"):
        decode_bytes(b"")


def test_random_bytes_are_binary_with_the_share_of_control_bytes():
    data = random.Random(5).randbytes(20_000)
    with pytest.raises(UndecodableError, match=r"^binary content: \d+% control bytes$"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "header, what",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "docx"),
    ],
)
def test_known_binary_formats_are_named(header, what):
    with pytest.raises(UndecodableError, match=f"binary content: .*{what}"):
        decode_bytes(header + random.Random(1).randbytes(500))


def test_nul_padded_file_is_binary():
    with pytest.raises(UndecodableError, match="binary content: 100% control bytes"):
        decode_bytes(bytes(4096))


def test_other_code_pages_are_not_taken_for_vietnamese():
    french = "Le comité a reçu 12 délégués; la façade du théâtre était très belle, naïve et sûre."
    with pytest.raises(UndecodableError, match="not UTF-8/UTF-16/Windows-1258"):
        decode_bytes(french.encode("cp1252"))
    german = "Größere Übungen für Schüler: 12 Maßnahmen, schöne Grüße."
    with pytest.raises(UndecodableError, match="not UTF-8/UTF-16/Windows-1258"):
        decode_bytes(german.encode("latin-1"))


def test_legacy_tcvn3_font_encoding_is_rejected_with_a_hint():
    # "Đảng bộ có 120 đảng viên" in TCVN3 (ABC): Đ=0xA7, ả=0xB6, đ=0xAE, ộ=0xE9, ó=0xE3, ê=0xAA.
    tcvn3 = b"\xa7\xb6ng b\xe9 c\xe3 120 \xae\xb6ng vi\xaan. " * 8
    with pytest.raises(UndecodableError, match="TCVN3 or VNI"):
        decode_bytes(tcvn3)


def test_utf8_with_one_stray_byte_keeps_the_article():
    data = (ARTICLE * 4).encode("utf-8") + b"\x93quoted\x94 tail"
    text = decode_bytes(data)
    assert text.startswith(expected(ARTICLE))
    assert text.count("\ufffd") == 2


def test_mostly_garbage_utf8_is_not_repaired():
    data = "Đảng viên".encode("utf-8") + bytes(range(0x80, 0xFF)) * 3
    with pytest.raises(UndecodableError):
        decode_bytes(data)


# --- HTML --------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8"><title>Đại hội Đảng bộ xã An Lão - Báo Hải Phòng</title>
<meta property="og:title" content="Đại hội Đảng bộ xã An Lão lần thứ XX">
<meta property="article:published_time" content="2020-08-04T12:41:00+07:00">
<link rel="canonical" href="https://baohaiphong.vn/dai-hoi-an-lao.html">
<style>.views{color:red}</style><script>var views = 98765;</script>
</head><body>
<header><div class="logo">Báo Hải Phòng</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự 24h</a></li></ul></nav></header>
<div class="breadcrumb">Trang chủ &gt; Xây dựng Đảng</div>
<article>
 <header><h1>Đại hội Đảng bộ xã An Lão lần thứ XX</h1><time>Thứ Ba, 04/08/2020 12:41</time></header>
 <p>Sáng 4/8, Đảng bộ xã An Lão tổ chức Đại hội. Tham dự có <b>120</b>&nbsp;đại biểu chính thức
    đại diện cho hơn 1.000 đảng viên của <a href="#">18 chi bộ</a>.</p>
 <p>Nhiệm kỳ qua kết nạp 45 đảng viên mới&#44; đạt 112,5% chỉ tiêu.<br>Đại hội bầu 15 đồng chí.</p>
 <script>trackRead();</script>
 <form class="comment"><textarea></textarea><button>Gửi bình luận</button> Bình luận của bạn</form>
 <footer>Nguồn: Ban Tuyên giáo Huyện ủy</footer>
</article>
<aside><h3>Tin khác</h3><p>Đại hội Chi bộ thôn Đông với 35 đảng viên tham dự, một bài khác hẳn.</p></aside>
<footer>Liên hệ: 0225 3842 000 · Lượt xem: 9.999 · Đang online: 321</footer>
<noscript>Trình duyệt cần bật JavaScript</noscript>
</body></html>"""


def test_html_keeps_the_article_and_drops_the_page_chrome():
    text = html_to_text(PAGE)
    lines = text.split("\n")
    assert lines[0] == "Đại hội Đảng bộ xã An Lão lần thứ XX"
    assert text.count("Đại hội Đảng bộ xã An Lão lần thứ XX") == 1  # a headline is one mention
    assert "Thứ Ba, 04/08/2020 12:41" in lines  # the article's own header (dateline) stays
    # inline markup and entities join as the reader sees them
    assert "Tham dự có 120 đại biểu chính thức đại diện cho hơn 1.000 đảng viên của 18 chi bộ." in text
    assert "kết nạp 45 đảng viên mới, đạt 112,5% chỉ tiêu.\nĐại hội bầu 15 đồng chí." in text
    assert "Nguồn: Ban Tuyên giáo Huyện ủy" in text
    for chrome in ("Trang chủ", "Thời sự", "98765", "trackRead", "Bình luận", "Tin khác", "35 đảng viên",
                   "Lượt xem", "0225", "JavaScript", "Báo Hải Phòng", "color:red"):
        assert chrome not in text, chrome
    assert "\n\n\n" not in text
    assert text == unicodedata.normalize("NFC", text)


def test_html_metadata_states_what_the_page_says_about_itself():
    meta = html_metadata(PAGE)
    assert meta == {
        "title": "Đại hội Đảng bộ xã An Lão lần thứ XX",
        "url": "https://baohaiphong.vn/dai-hoi-an-lao.html",
        "published_at": "2020-08-04T12:41:00+07:00",
    }
    assert html_metadata("<p>no head</p>") == {"title": None, "url": None, "published_at": None}


def test_html_without_article_tag_takes_the_densest_block():
    menu = "".join(f"<li><a href='/c{i}'>Chuyên mục {i} có 3 tin</a></li>" for i in range(30))
    page = f"""<html><head><title>Hội nghị Ban Chấp hành Đảng bộ tỉnh</title></head><body>
    <div id="menu"><ul>{menu}</ul></div>
    <div id="main"><div class="detail">
      <p>Ngày 12/12/2019, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 20 với 55 ủy viên.</p>
      <p>Toàn tỉnh có 1.206 tổ chức cơ sở đảng, 93,5% hoàn thành tốt nhiệm vụ trở lên.</p>
      <p>Năm 2019 kết nạp 2.450 đảng viên, đạt 108% kế hoạch của Tỉnh ủy đề ra.</p>
    </div></div>
    <div id="copyright">Bản quyền thuộc Cổng thông tin điện tử tỉnh. Số lượt truy cập 123456.</div>
    </body></html>"""
    text = html_to_text(page)
    assert text.split("\n\n")[0] == "Hội nghị Ban Chấp hành Đảng bộ tỉnh"  # <title> when no <h1>
    assert "1.206 tổ chức cơ sở đảng" in text and "2.450 đảng viên" in text
    assert "Chuyên mục" not in text and "123456" not in text


def test_html_page_wrapped_in_one_form_keeps_its_article():
    # ASP.NET portals (common on .gov.vn) put the whole page inside <form id="aspnetForm">.
    paragraphs = "".join(f"<p>Đoạn {i}: Đảng bộ có {100 + i} đảng viên và {10 + i} chi bộ trực thuộc.</p>" for i in range(6))
    page = f"""<html><body><form id="aspnetForm" method="post">
      <div class="search"><form><input name="q"><button>Tìm</button></form></div>
      <div class="content">{paragraphs}</div></form></body></html>"""
    text = html_to_text(page)
    assert "Đoạn 0: Đảng bộ có 100 đảng viên" in text and "Đoạn 5" in text
    assert "Tìm" not in text


def test_html_teaser_articles_do_not_hide_the_story():
    teasers = "".join(f"<article><a>Tin {i}</a></article>" for i in range(5))
    story = "".join(f"<p>Câu chuyện dài số {i} về công tác xây dựng Đảng ở cơ sở với 12 chi bộ.</p>" for i in range(8))
    text = html_to_text(f"<html><body>{teasers}<div class='story'><h1>Tiêu đề bài</h1>{story}</div></body></html>")
    assert text.startswith("Tiêu đề bài\n\n")
    assert "Câu chuyện dài số 7" in text and "Tin 3" not in text


def test_html_site_logo_h1_is_not_the_headline():
    story = "".join(f"<p>Đoạn {i}: Đảng ủy xã có {20 + i} chi bộ trực thuộc và nhiều đảng viên.</p>" for i in range(5))
    page = f"""<html><head><title>Hội nghị Đảng ủy xã - Cổng TTĐT</title></head><body>
    <header><h1 class="logo">Cổng thông tin điện tử</h1></header>
    <div itemprop="articleBody">{story}</div></body></html>"""
    text = html_to_text(page)
    assert text.startswith("Hội nghị Đảng ủy xã - Cổng TTĐT\n\nĐoạn 0:")
    assert "Cổng thông tin điện tử" not in text


def test_html_nfd_and_entities_become_nfc_text():
    page = unicodedata.normalize("NFD", "<p>Đảng bộ &amp; chính quyền &quot;xã&quot; có 25&nbsp;chi bộ</p>")
    text = html_to_text(page)
    assert text == 'Đảng bộ & chính quyền "xã" có 25 chi bộ'
    assert text == unicodedata.normalize("NFC", text)


def test_html_preformatted_and_blank_runs():
    text = html_to_text("<body><p>a</p><div></div><div><p></p></div><br><br><br><p>b</p><pre>x  1\n y</pre></body>")
    assert text == "a\n\nb\n\nx 1\ny"


def test_html_table_rows_stay_on_one_line():
    page = """<article><p>Kết quả năm 2020:</p><table>
      <tr><th>Đơn vị</th><th>Số đảng viên</th></tr>
      <tr><td>Chi bộ thôn Đông</td><td> 25 </td></tr>
      <tr><td>Chi bộ thôn <b>Tây</b></td><td>31</td></tr></table></article>"""
    assert html_to_text(page) == (
        "Kết quả năm 2020:\n\nĐơn vị\tSố đảng viên\n\nChi bộ thôn Đông\t25\n\nChi bộ thôn Tây\t31"
    )


def test_deeply_nested_html_does_not_overflow():
    page = "<div>" * 5_000 + "<p>5 chi bộ</p>" + "</div>" * 5_000  # Python recursion stops at 1,000
    assert html_to_text(page) == "5 chi bộ"


def test_html_with_no_text():
    assert html_to_text("") == ""
    assert html_to_text("<html><body><script>var a = 1;</script><nav>Menu</nav></body></html>") == ""


# --- JSONL ----------------------------------------------------------------------------------


def test_split_jsonl_marks_bad_lines_and_keeps_good_ones():
    nfd_title = unicodedata.normalize("NFD", "Đại hội Chi bộ")
    text = "\n".join(
        [
            '{"text": "Chi bộ có 25 đảng viên.\\r\\nDòng hai", "url": "https://a.vn/1", "title": "%s", "published_at": "2020-08-04"}' % nfd_title,
            "",
            "not json at all",
            "[1, 2]",
            '{"title": "no text"}',
            '{"text": 42}',
            '{"text": "   "}',
            '{"text": "Đảng bộ có 3 chi bộ", "published_at": 20200804, "title": ""}',
            "   ",
        ]
    )
    records = split_jsonl(text)
    assert [r["line"] for r in records] == [1, 3, 4, 5, 6, 7, 8]
    good = records[0]
    assert good["text"] == "Chi bộ có 25 đảng viên.\nDòng hai"
    assert good["title"] == "Đại hội Chi bộ" and good["url"] == "https://a.vn/1"
    assert good["published_at"] == "2020-08-04" and good["error"] is None
    errors = {r["line"]: r["error"] for r in records if r["error"]}
    assert errors[3].startswith("not JSON")
    assert errors[4] == "not a JSON object but a list"
    assert errors[5] == 'no "text" field'
    assert errors[6] == '"text" is a int, not a string'
    assert errors[7] == '"text" is empty'
    assert all(r["text"] is None for r in records if r["error"])
    last = records[-1]
    assert last["text"] == "Đảng bộ có 3 chi bộ" and last["published_at"] is None and last["title"] is None
    assert records[1]["raw"] == "not json at all"


def test_split_jsonl_counts_crlf_lines_like_lf_lines():
    records = split_jsonl('{"text": "a"}\r\n\r\n{"text": "b"}\r\n')
    assert [(r["line"], r["text"], r["raw"]) for r in records] == [(1, "a", '{"text": "a"}'), (3, "b", '{"text": "b"}')]


@pytest.mark.parametrize(
    "value, want",
    [
        ("2020-08-04", datetime(2020, 8, 4)),
        ("2020-08-04 12:41", datetime(2020, 8, 4, 12, 41)),
        ("2020-08-04T12:41:00+07:00", datetime(2020, 8, 4, 12, 41)),
        ("2020-08-03T17:41:00Z", datetime(2020, 8, 4, 0, 41)),  # UTC instant as Vietnamese time
        ("04/08/2020", None),
        ("hôm qua", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_iso_datetime(value, want):
    assert parse_iso_datetime(value) == want
