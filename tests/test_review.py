"""The offline review page: every fact highlighted, escaped, linked, overlaps well formed."""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

from transforms.review import MEASURE_COLOURS, render_review

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
VOID = {"meta", "br", "hr", "img", "input", "link"}


class PageParser(HTMLParser):
    """Checks nesting as it goes and collects ids, links, marks and the article's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.marks: list[dict] = []
        self.rows = 0
        self.article_text: list[str] = []
        self.tags: set[str] = set()
        self._article_depth: int | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if tag == "mark":
            self.marks.append(attrs)
        if tag == "tr" and attrs.get("id", "").startswith("row-"):
            self.rows += 1
        if tag == "div" and attrs.get("class") == "article":
            self._article_depth = len(self.stack)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]!r}")
            return
        self.stack.pop()
        if tag == "div" and self._article_depth == len(self.stack):
            self._article_depth = None

    def handle_data(self, data):
        if self._article_depth is not None:
            self.article_text.append(data)


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


def fact(text: str, phrase: str, measure: str, value, occurrence: int = 0, **extra) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return {"measure": measure, "value": value, "unit": "count", "kind": "actual", "qualifier": "exact",
            "noun": extra.get("noun", "đảng viên"), "period": extra.get("period"), "subject": None,
            "start": start, "end": start + len(phrase), "quote": extra.get("quote", phrase)}


def test_seed_page_highlights_every_fact_and_links_both_ways():
    text = (SEEDS / "000_9bc36e41751a7b1a.txt").read_text(encoding="utf-8")
    facts = [
        fact(text, "197 đại biểu chính thức", "delegates", 197, noun="đại biểu chính thức"),
        fact(text, "hơn 4.000 đảng viên", "party_members", 4000),
        fact(text, "64 chi, đảng bộ cơ sở", "grassroots_orgs", 64, noun="chi, đảng bộ cơ sở"),
        fact(text, "102,2% chỉ tiêu", "members_admitted", 102.2, period="2015-2020"),
    ]
    page = render_review(text, facts, "Seed 000")
    parsed = parse(page)
    assert parsed.errors == [] and parsed.stack == []
    # the article reads exactly as the text, highlights and all
    assert "".join(parsed.article_text) == text
    assert parsed.rows == len(facts)
    assert {f"fact-{i}" for i in range(1, 5)} <= set(parsed.ids)
    assert {f"row-{i}" for i in range(1, 5)} <= set(parsed.ids)
    for href in parsed.hrefs:
        assert href.startswith("#") and href[1:] in parsed.ids
    # a tooltip tells measure, value, unit, qualifier, kind, period and noun
    tooltip = next(m["title"] for m in parsed.marks if "delegates" in m["title"])
    for part in ("measure: delegates", "value: 197", "unit: count", "qualifier: exact", "kind: actual",
                 "period: —", "noun: đại biểu chính thức"):
        assert part in tooltip
    # colour by measure
    colours = {m["style"] for m in parsed.marks}
    assert f"background:{MEASURE_COLOURS['delegates']}" in colours
    assert f"background:{MEASURE_COLOURS['party_members']}" in colours
    assert MEASURE_COLOURS["delegates"] != MEASURE_COLOURS["party_members"]


def test_page_is_self_contained():
    text = "Đảng bộ có 120 đảng viên."
    page = render_review(text, [fact(text, "120 đảng viên", "party_members", 120)], "Một bài")
    lowered = page.lower()
    assert "<script" not in lowered and "<link" not in lowered and "src=" not in lowered
    assert "http://" not in lowered and "https://" not in lowered and "@import" not in lowered
    assert '<meta charset="utf-8">' in page


def test_overlapping_and_nested_spans_stay_well_formed():
    text = "Tham dự có 197 đại biểu chính thức đại diện cho hơn 4.000 đảng viên."
    outer = fact(text, "197 đại biểu chính thức đại diện cho hơn 4.000", "delegates", 197)
    inner = fact(text, "đại biểu chính thức", "other", 1)
    crossing = fact(text, "đại diện cho hơn 4.000 đảng viên", "party_members", 4000)
    page = render_review(text, [outer, inner, crossing], "Chồng lấn")
    parsed = parse(page)
    assert parsed.errors == [] and parsed.stack == []
    assert "".join(parsed.article_text) == text
    assert sorted(i for i in parsed.ids if i.startswith("fact-")) == ["fact-1", "fact-2", "fact-3"]
    overlapped = [m for m in parsed.marks if m.get("class") == "overlap"]
    assert overlapped and all("#1" in m["title"] for m in overlapped)


def test_everything_is_escaped():
    text = 'Đảng bộ <script>alert("x")</script> có 12 & "13" đảng viên.'
    facts = [fact(text, "12", "party_members", 12, noun="<b>đảng viên</b>", quote='<img src=x onerror="y">')]
    page = render_review(text, facts, "<title> & co")
    assert "<script>" not in page and "<b>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "&lt;title&gt; &amp; co" in page
    parsed = parse(page)
    assert parsed.errors == []
    assert "".join(parsed.article_text) == text
    assert parsed.tags <= {"html", "head", "meta", "title", "style", "body", "h1", "p", "span", "div", "mark", "a",
                           "table", "thead", "tbody", "tr", "th", "td"}


def test_facts_whose_span_is_not_in_the_text_are_listed_not_highlighted():
    text = "Đảng bộ có 120 đảng viên."
    good = fact(text, "120 đảng viên", "party_members", 120)
    bad = dict(good, start=500, end=510)
    page = render_review(text, [good, bad, dict(good, start=None, end=None)], "Lệch")
    parsed = parse(page)
    assert parsed.errors == []
    assert parsed.rows == 3
    assert len(parsed.marks) == 1
    assert page.count("span not in text") == 2
    assert html.unescape("".join(parsed.article_text)) == text


def test_no_facts_and_empty_text():
    parsed = parse(render_review("", [], "Trống"))
    assert parsed.errors == [] and parsed.rows == 0 and parsed.marks == []
