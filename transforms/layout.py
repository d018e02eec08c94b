"""How a page's text was laid out: undoing a crawler's hard line wraps.

Pure: text in, text out. Some crawlers and PDF-to-text tools break every line at a fixed width,
in the middle of sentences ("Đảng bộ huyện hiện có 61 tổ chức cơ sở\\nđảng, 511 chi bộ"). Read as
written, each of those breaks ends a sentence, a name or a title. `unwrap_hard_wraps` turns such
breaks into spaces, one character for one, so every offset into the text still holds.
"""

from __future__ import annotations

import re

from transforms.metadata import is_head_chrome

# A text is hard-wrapped when its long lines stop at about the same width: most of them end
# within this many characters of the widest usual line, and that width is a screen's, not a
# paragraph's (pages that keep a paragraph on one line have lines of hundreds of characters).
_NEAR_WIDTH = 20
_MAX_WIDTH = 110
_MIN_LONG_LINES = 8
_LONG_LINE = 40
# A break is a wrap when the line before reaches near the width (a word longer than the slack
# would not have fitted on it) and stops mid-sentence.
_WRAP_SLACK = 25
_SENTENCE_END = re.compile(r"[.!?…:;]['\"”’)]*\s*$")
# The next line opens a list item, a numbered section or a table row: a break of its own.
_ITEM_START = re.compile(r"\s*(?:[-–+•*·]|\d{1,2}[.)]\s|[a-zđ][)]\s|[IVX]{1,4}\.\s|[^\n]*\|)")


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was broken at, or None when it was not."""
    lengths = sorted(len(line.rstrip()) for line in lines if len(line.strip()) >= _LONG_LINE)
    if len(lengths) < _MIN_LONG_LINES:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if width > _MAX_WIDTH:
        return None
    if sum(1 for length in lengths if length >= width - _NEAR_WIDTH) < 0.6 * len(lengths):
        return None
    return width


def unwrap_hard_wraps(text: str) -> str:
    """`text` with its hard line wraps (breaks at a fixed width, mid-sentence) turned into
    spaces; the same length, and unchanged when the text was not hard-wrapped."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    chars = list(text)
    pos = 0
    for line, following in zip(lines, lines[1:]):
        pos += len(line)
        stripped = line.rstrip()
        if (len(stripped) >= width - _WRAP_SLACK and following.strip() and not _SENTENCE_END.search(stripped)
                and not stripped.isupper() and not following.strip().isupper() and not _ITEM_START.match(following)
                # a long headline over its dateline, a breadcrumb over the headline
                and not is_head_chrome(following) and not is_head_chrome(line)):
            chars[pos] = " "
        pos += 1
    return "".join(chars)
