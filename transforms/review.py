"""A self-contained HTML page for reviewing one article's facts by eye.

Pure: text and facts in, one HTML string out. The page needs nothing from the network (no
external CSS, scripts or fonts): the article with every fact's span highlighted in its
measure's colour and a native tooltip, then a table of all facts whose rows link to the
highlights and back. Overlapping spans are cut into pieces at every boundary, so no
element ever crosses another and the markup stays well formed.
"""

from __future__ import annotations

from html import escape

from transforms.schema import MEASURES

# One colour per measure code, light enough to read black text on.
_PALETTE = (
    "#ffe08a", "#b5e3ff", "#c8f7c5", "#ffc9de", "#e2d4ff", "#ffd8b0", "#c4f1ee", "#f5e1a4",
    "#d9e8a6", "#f7c6c6", "#cfd8ff", "#e8d0b8", "#d0f0a8", "#e0e0e0",
)
MEASURE_COLOURS = {m: _PALETTE[i % len(_PALETTE)] for i, m in enumerate(MEASURES)}
_UNKNOWN_COLOUR = "#eeeeee"
_TOOLTIP_FIELDS = ("measure", "value", "unit", "qualifier", "kind", "period", "noun")
_TABLE_FIELDS = ("measure", "value", "unit", "kind", "qualifier", "noun", "period", "subject")

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 2rem auto;
       max-width: 60rem; line-height: 1.6; color: #222; padding: 0 1rem; }
h1 { font-size: 1.4rem; }
.article { white-space: pre-wrap; border: 1px solid #ddd; padding: 1rem; border-radius: 4px; background: #fff; }
mark { padding: 0 1px; border-radius: 2px; color: inherit; }
mark a { color: inherit; text-decoration: none; }
mark.overlap { outline: 2px dashed #555; }
mark:target, tr:target { outline: 3px solid #d33; }
table { border-collapse: collapse; margin-top: 1.5rem; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid #999; vertical-align: middle; }
.legend span { margin-right: 1rem; white-space: nowrap; }
.missing { color: #a00; }
"""


def _fmt(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _tooltip(index: int, fact: dict) -> str:
    parts = [f"#{index + 1}"] + [f"{k}: {_fmt(fact.get(k))}" for k in _TOOLTIP_FIELDS]
    return " | ".join(parts)


def _valid_span(fact: dict, length: int) -> bool:
    start, end = fact.get("start"), fact.get("end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length


def render_review(text: str, facts: list[dict], title: str) -> str:
    """The review page for one article: `text` with each fact of `facts` (FACTS.md fields,
    `start`/`end` offsets into `text`) highlighted, and a table of the facts below."""
    spans = [(i, f) for i, f in enumerate(facts) if _valid_span(f, len(text))]
    # every place a highlight starts or stops; between two of them the covering set is fixed
    bounds = sorted({0, len(text)} | {f["start"] for _, f in spans} | {f["end"] for _, f in spans})
    anchored: set[int] = set()
    pieces: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        chunk = escape(text[a:b])
        covering = [(i, f) for i, f in spans if f["start"] <= a and b <= f["end"]]
        if not covering:
            pieces.append(chunk)
            continue
        first_index, first = covering[0]
        colour = MEASURE_COLOURS.get(first.get("measure"), _UNKNOWN_COLOUR)
        tooltip = "\n".join(_tooltip(i, f) for i, f in covering)
        ids = ""
        for i, _ in covering:
            if i not in anchored and text and facts[i]["start"] == a:
                anchored.add(i)
                ids += f'<a id="fact-{i + 1}"></a>'
        css = ' class="overlap"' if len(covering) > 1 else ""
        pieces.append(
            f'{ids}<mark{css} style="background:{colour}" title="{escape(tooltip, quote=True)}">'
            f'<a href="#row-{first_index + 1}">{chunk}</a></mark>'
        )

    rows = []
    for i, fact in enumerate(facts):
        colour = MEASURE_COLOURS.get(fact.get("measure"), _UNKNOWN_COLOUR)
        cells = "".join(f"<td>{escape(_fmt(fact.get(k)))}</td>" for k in _TABLE_FIELDS)
        if _valid_span(fact, len(text)):
            phrase = escape(text[fact["start"] : fact["end"]])
            link = f'<a href="#fact-{i + 1}">{phrase}</a>'
        else:
            link = '<span class="missing">span not in text</span>'
        rows.append(
            f'<tr id="row-{i + 1}"><td><span class="swatch" style="background:{colour}"></span> {i + 1}</td>'
            f"<td>{link}</td>{cells}<td>{escape(_fmt(fact.get('quote')))}</td></tr>"
        )
    header = "".join(f"<th>{k}</th>" for k in ("#", "text", *_TABLE_FIELDS, "quote"))
    used = sorted({f.get("measure") for f in facts if f.get("measure")}, key=str)
    legend = "".join(
        f'<span><span class="swatch" style="background:{MEASURE_COLOURS.get(m, _UNKNOWN_COLOUR)}"></span> '
        f"{escape(str(m))}</span>"
        for m in used
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n"
        f'<p class="legend">{legend}</p>\n'
        f'<p>{len(facts)} facts. Hover a highlight for its measure, value, unit, qualifier, kind, period and noun; '
        "click it to jump to its row.</p>\n"
        f'<div class="article">{"".join(pieces)}</div>\n'
        f"<table>\n<thead><tr>{header}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n"
        "</body>\n</html>\n"
    )
