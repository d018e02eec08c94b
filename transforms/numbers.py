"""Reading numbers as Vietnamese writes them.

Pure: text in, `Number` tokens out, with offsets into the text as given (nothing is
normalised, so `text[start:end]` is always the literal number phrase).

Vietnamese groups thousands with a dot ("11.804") and writes decimals with a comma
("102,2"); "58,4 %" may put a space before the sign. Words count too: "ba", "hai mươi
lăm", "một trăm linh năm", "hai nghìn". Whether a token *is* a fact (a date? a year? a
document number?) is decided in `transforms.facts`; this module only reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Digits with optional dot/comma/colon/slash groups. Greedy on purpose: "0225.3821.055",
# "24/08/2020" and "12:41" must come out whole so that they can be recognised as a phone
# number, a date and a time instead of three separate counts. A group may continue after a
# line break ("11.\n804") because pages wrap long numbers.
_DIGIT_BLOB = re.compile(r"\d+(?:(?:[.,](?:[ \t]*\n[ \t]*)?|[:/])\d+)*")
_PERCENT_AFTER = re.compile(r"[ \t\u00a0]?%")

UNIT_WORDS = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
SCALE_WORDS = {"mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "linh", "lẻ"}
NUMERAL_WORDS = set(UNIT_WORDS) | SCALE_WORDS
# Multipliers that may follow digits: "1,5 triệu", "3 nghìn".
DIGIT_MULTIPLIERS = {"nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Number:
    """One number phrase: its span, value, and how it was written."""

    start: int
    end: int
    value: int | float
    percent: bool = False
    words: bool = False  # spelled out ("ba", "hai mươi")
    raw: str = ""  # the digits as written (before a % sign)


# No count or share an article states has more digits than this (a billion has ten).
_MAX_DIGITS = 15


def as_number(value: float) -> int | float:
    """int when integral, else float (FACTS: `value` is int when integral)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def parse_digits(raw: str) -> float | int | None:
    """Value of a digit group as Vietnamese writes it, or None when it is not one number.

    "1.124" -> 1124, "11.804" -> 11804, "102,2" -> 102.2, "1.234,5" -> 1234.5, "05" -> 5.
    A dot followed by other than three digits is read literally ("1.1245" -> 1.1245) so a
    malformed count reaches validation as stated rather than silently fixed.
    Slashes and colons (dates, times, fractions) are not one number: None.
    """
    compact = re.sub(r"\s+", "", raw)
    if ":" in compact or "/" in compact:
        return None
    if sum(ch.isdigit() for ch in compact) > _MAX_DIGITS:
        return None  # a run of digits no count has: a code, a hash, a garbled page
    if "," in compact:
        whole, _, frac = compact.rpartition(",")
        if "," in whole or not frac.isdigit():
            return None
        whole_value = parse_digits(whole)
        if whole_value is None or not isinstance(whole_value, int):
            return None
        return as_number(float(f"{whole_value}.{frac}"))
    if "." in compact:
        groups = compact.split(".")
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return int("".join(groups))
        if len(groups) == 2:
            return as_number(float(compact))
        return None
    return int(compact)


def word_value(words: list[str]) -> int | None:
    """Value of a run of Vietnamese numeral words, or None if the run is not well formed.

    "hai mươi lăm" -> 25, "một trăm linh năm" -> 105, "mười một" -> 11,
    "ba nghìn hai trăm" -> 3200, "hai mươi tư" -> 24.
    """
    total = 0
    group = 0  # the part below a thousand
    pending: int | None = None  # a unit digit waiting for its scale
    prev = ""
    seen_any = False
    for idx, w in enumerate(words):
        if w == "năm" and prev in {"mươi", "trăm"}:
            # "hai mươi năm" is twenty years and "một trăm năm" a century; five after
            # "mươi" is "lăm", and after "trăm" it needs "mươi" ("hai trăm năm mươi").
            following = words[idx + 1] if idx + 1 < len(words) else ""
            if prev == "mươi" or following != "mươi":
                return None
        if w in UNIT_WORDS:
            digit = UNIT_WORDS[w]
            if pending is not None:
                return None  # "hai ba": two digits in a row is not one number
            if w == "tư" and prev not in {"mươi"}:
                return None  # "tư" is four only as "hai mươi tư"
            if w in {"lăm", "nhăm"} and prev not in {"mười", "mươi"}:
                return None
            if w == "mốt" and prev != "mươi":
                return None
            if w == "không" and prev != "trăm":
                return None  # "một trăm không năm" only
            pending = digit
        elif w == "mười":
            if pending is not None:
                return None
            group += 10
        elif w == "mươi":
            if pending is None or pending < 2:
                return None
            group += pending * 10
            pending = None
        elif w == "trăm":
            if pending is None or group:
                return None  # "trăm" needs its own digit: "hai trăm", not "mười trăm"
            group += pending * 100
            pending = None
        elif w in {"linh", "lẻ"}:
            if prev != "trăm" and prev != "nghìn" and prev != "ngàn":
                return None
            if prev == "trăm":
                prev = w
                continue
            # "hai nghìn linh năm" -> 2005
        elif w in {"nghìn", "ngàn"}:
            chunk = group + (pending or 0)
            if chunk == 0:
                return None
            total += chunk * 1000
            group, pending = 0, None
        elif w == "triệu":
            chunk = group + (pending or 0)
            if chunk == 0:
                return None
            total += chunk * 1_000_000
            group, pending = 0, None
        else:
            return None
        seen_any = True
        prev = w
    if not seen_any:
        return None
    return total + group + (pending or 0)


@dataclass(frozen=True)
class Blob:
    """A raw digit blob found in the text (before deciding what it is)."""

    start: int
    end: int
    raw: str


def digit_blobs(text: str) -> list[Blob]:
    """Every maximal digit group in the text, e.g. "1.124", "24/08/2020", "12:41"."""
    out = []
    for m in _DIGIT_BLOB.finditer(text):
        raw = m.group(0)
        end = m.end()
        # A trailing separator the regex swallowed into a line break cannot happen
        # (groups must end in digits), but a sentence-final "." never belongs to a number.
        out.append(Blob(m.start(), end, raw))
    return out


def percent_end(text: str, end: int) -> int | None:
    """End offset of a % sign right after position `end` ("102,2%", "58,4 %"), else None."""
    m = _PERCENT_AFTER.match(text, end)
    return m.end() if m else None


@dataclass(frozen=True)
class WordRun:
    """A run of numeral words: its span, the words, and their value."""

    start: int
    end: int
    words: tuple[str, ...]
    value: int


def word_runs(text: str) -> list[WordRun]:
    """Maximal runs of numeral words (lower case, or capitalised first word) that parse.

    Whether a run is a number in context ("một" as an article, "năm" as "year") is for
    the caller; this only finds runs that are well-formed numerals.
    """
    runs: list[WordRun] = []
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    i = 0
    n = len(words)
    while i < n:
        s, e, w = words[i]
        lw = w.lower()
        if lw not in NUMERAL_WORDS or (w != lw and w != lw.capitalize()):
            i += 1
            continue
        j = i
        run: list[str] = []
        last_end = e
        while j < n:
            s2, e2, w2 = words[j]
            lw2 = w2.lower()
            if lw2 not in NUMERAL_WORDS:
                break
            if j > i and (w2 != lw2 or not _only_space(text, last_end, s2)):
                break
            run.append(lw2)
            last_end = e2
            j += 1
        # Shrink from the right until the run parses ("ba năm" -> "ba" + "năm").
        k = len(run)
        while k > 0 and word_value(run[:k]) is None:
            k -= 1
        if k == 0:
            i += 1
            continue
        value = word_value(run[:k])
        end = words[i + k - 1][1]
        runs.append(WordRun(s, end, tuple(run[:k]), value))  # type: ignore[arg-type]
        i += k
    return runs


def _only_space(text: str, a: int, b: int) -> bool:
    return b > a and text[a:b].isspace() or b == a
