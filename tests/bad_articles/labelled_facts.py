"""Fact frames built from hand labels, for testing validation without the extractor.

The labels (tests/gold/seeds.jsonl, bad_articles/expected.json) give each fact's measure,
value, kind ... in text order but no span. `locate` finds each value's number phrase in
the text, in order, preferring an occurrence followed by the fact's noun within the
sentence, and takes the sentence around it as the quote.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import polars as pl

from transforms import schema

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent
BAD_ARTICLES = TESTS / "bad_articles"

_WORDS = {1: ["một", "01"], 2: ["hai"], 3: ["ba"], 4: ["bốn"], 5: ["năm"], 6: ["sáu"], 7: ["bảy"], 8: ["tám"], 9: ["chín"], 10: ["mười"]}


def _forms(label: dict) -> list[str]:
    value = label["value"]
    values = [abs(value)]
    if label["kind"] == "attainment" and value > 100:
        values.append(value - 100)  # "vượt 25%" is attainment 125
    forms: list[str] = []
    for v in values:
        if float(v).is_integer():
            n = int(v)
            forms += [f"{n:,}".replace(",", "."), str(n), *_WORDS.get(n, [])]
        else:
            forms += [str(v).replace(".", ","), str(v)]
    return forms


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence holding [start, end): bounded by a line break or '. ' / '! ' / '? '."""
    left = max(text.rfind("\n", 0, start), *(m.end() - 1 for m in re.finditer(r"[.!?] ", text[:start])), -1) + 1
    stop = re.search(r"[.!?](?=\s|$)|\n", text[end:])
    right = end + stop.start() + (1 if stop and stop.group() != "\n" else 0) if stop else len(text)
    return text[left:right].strip()


def locate(text: str, labels: list[dict]) -> list[dict]:
    """Labels -> FACT_FIELDS dicts with start, end and quote found in `text`."""
    position, facts = 0, []
    for label in labels:
        head = re.escape(label["noun"].split()[0])
        best = None
        # first an occurrence followed by its noun and not by "/digit" (a date such as 3/8),
        # then any occurrence (a fraction's "45/30")
        for tail in (r"(?!/\d)(?=[^.;\n]{0,60}?" + head + ")", ""):
            for form in _forms(label):
                pattern = r"(?<![\w.,])" + re.escape(form) + r"(?![\w]|[.,]\d)" + tail
                match = re.compile(pattern, re.I).search(text, position)
                if match and (best is None or match.start() < best.start()):
                    best = match
            if best:
                break
        if best is None:
            raise AssertionError(f"cannot find {label} after offset {position}")
        start, end = best.span()
        facts.append(
            {
                **{k: label[k] for k in ("measure", "value", "unit", "kind", "qualifier", "noun", "period")},
                "subject": None,
                "start": start,
                "end": end,
                "quote": _sentence(text, start, end),
            }
        )
        position = end
    return facts


def read_text(path: Path) -> str:
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def frames(texts: dict[str, str], facts: dict[str, list[dict]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(facts, documents) frames in schema.FACTS / schema.DOCUMENTS for {doc_key: text}."""
    fact_rows = [
        {"doc_key": doc_key, "fact_index": i, **fact}
        for doc_key, doc_facts in facts.items()
        for i, fact in enumerate(doc_facts)
    ]
    doc_rows = [
        {"doc_key": doc_key, "source_path": doc_key, "text": text, "byte_size": len(text.encode())}
        for doc_key, text in texts.items()
    ]
    return schema.conform(fact_rows, schema.FACTS), schema.conform(doc_rows, schema.DOCUMENTS)


def seed_frames() -> tuple[pl.DataFrame, pl.DataFrame]:
    """The five seeds with their gold facts (tests/gold/seeds.jsonl) located in the text."""
    gold = [json.loads(line) for line in (TESTS / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    texts, facts = {}, {}
    for doc in sorted({g["doc"] for g in gold}):
        doc_key = f"{doc}.txt"
        texts[doc_key] = read_text(REPO / "seeds" / doc_key)
        facts[doc_key] = locate(texts[doc_key], [g for g in gold if g["doc"] == doc])
    return frames(texts, facts)


def expected_outcomes() -> dict[str, dict]:
    return {k: v for k, v in json.loads((BAD_ARTICLES / "expected.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}


def labelled(label_row: list) -> dict:
    keys = ("measure", "value", "unit", "kind", "qualifier", "noun", "period")
    return dict(zip(keys, label_row))


def bad_article_frames() -> tuple[pl.DataFrame, pl.DataFrame]:
    """Every bad article with its hand-labelled facts located in the text."""
    texts, facts = {}, {}
    for name, outcome in expected_outcomes().items():
        texts[name] = read_text(BAD_ARTICLES / name)
        facts[name] = locate(texts[name], [labelled(row) for row in outcome["facts"]])
    return frames(texts, facts)
