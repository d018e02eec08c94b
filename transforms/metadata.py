"""An article's own metadata out of its text: headline, dateline, source site and byline.

Pure: NFC text in, Python values out. Pages reach us as flattened text, so every field is
found by what it looks like on a Vietnamese news page (a dateline with a time, "Nguồn:" with a
domain, a short name line closing the body), never by position alone.
"""

from __future__ import annotations

import re
from datetime import datetime

UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

# An abbreviation's dot ("TP. Buôn Ma Thuột", "PGS. TS. Nguyễn Văn A") is not a full stop:
# searched in the few characters before a candidate sentence break.
ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])(?:TP|Tp|TX|TT|TS|ThS|GS|PGS|BS|KS|NXB)\.$")

# Lines that open the chrome after an article's body (share boxes, counters, related news,
# portal footers). The body, and so the byline, ends before the first of them.
_CHROME_LINE = re.compile(
    r"^\s*(?:Tiện ích thông tin|Nguồn tin\b|Nguồn\s*[.:]|Tin khác|Tin liên quan|Tin cùng chuyên mục"
    # headings of related-news boxes: alone on their line, so a body line that begins with the
    # same words is not cut
    r"|(?:(?:Các )?tin (?:bài )?(?:đã đưa|đã đăng|mới hơn|cũ hơn|mới nhất|khác)|Bài đã đăng|Cùng chuyên mục"
    r"|Xem nhiều nhất|Đọc nhiều nhất|Đọc thêm|Có thể bạn quan tâm|Tin bài liên quan)\s*+:?\s*+$"
    r"|Các tin khác|Bài viết liên quan|Xem thêm|QR Code|QR CODE|image advertisement|Tổng số điểm"
    r"|Xếp hạng|Click để đánh giá|Ý kiến bạn đọc|Thống kê truy cập|Chia sẻ|Từ khóa|Từ khoá"
    r"|Tags?\s*:|Bình luận|Gửi bình luận|Liên hệ\s*$|Cổng Thông tin|Cơ quan quản lý|Trưởng Ban biên tập"
    r"|Bản quyền|Copyright|©|Đang online|Lượt xem|View count|In bài|Print\s*$|Quay lại|Về đầu trang"
    # a related headline in a list, dated: "- Đảng bộ X tổ chức Đại hội lần thứ I (20/08/2025)"
    r"|[-•·»][ \t]*[^\n]{10,200}\(\d{1,2}/\d{1,2}/\d{4}\)[ \t]*$)",
    re.IGNORECASE,
)

# Chrome lines that can precede a headline.
_HEAD_CHROME = re.compile(
    r"^\s*(?:TIN TỨC NỔI BẬT|TIN NỔI BẬT|TIN MỚI|Trang chủ|Print\b|In bài|Gốc\s*$|Tin tức\s*$|Chi tiết tin"
    r"|Ngày đăng|Cập nhật|Đăng lúc|Thứ\s+\w+|Chủ nhật"
    r"|\(?[\w.-]+\.(?:vn|com|net|org)\)?\s*$|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
    # the site's own name over the page: "Cổng thông tin điện tử Đảng bộ tỉnh X", "Báo X điện tử",
    # "Báo Quân đội nhân dân", "Tạp chí Xây dựng Đảng"
    r"|(?:Cổng|Trang)\s+(?:thông tin|tin|TT\s*-?\s*ĐT|TTĐT)\b|Website\b|Tạp chí [^:|\n]{0,40}$|Báo [^:|\n]{0,40}$"
    # a menu or breadcrumb ("Thời sự | Xây dựng Đảng | Kinh tế", "Trang chủ > Tin tức"), a section label
    r"|Chuyên mục\b|[^\n]*\s[|>»]\s"
    # a section label: "Chính trị - Xây dựng Đảng", "Thời sự › Chính trị"
    r"|(?:(?:Chính trị|Xây dựng Đảng|Thời sự|Kinh tế|Xã hội|Văn hóa|Pháp luật|Tin tức|Trong nước|Địa phương"
    r"|Quốc phòng|An ninh|Giáo dục|Thể thao|Nông nghiệp|Tin tổng hợp|Hoạt động của Đảng bộ)"
    r"[ \t]*(?:[-–›>/,&][ \t]*|$))+$"
    # "Báo Quân đội nhân dân điện tử", "QUÂN ĐỘI NHÂN DÂN ĐIỆN TỬ": an online paper's name
    # (a headline may end "... chính quyền điện tử": only a capitalised or "Báo ..." line is a name)
    r"|(?-i:[^\n]{0,60}\bĐIỆN TỬ)\s*$|Báo [^\n]{0,60}\bđiện tử\s*$"
    # the site's name with its address: "Ban Tuyên giáo Trung ương - Tuyengiao.vn"
    r"|[^\n]{0,80}\s[-–]\s*\(?[\w.-]+\.(?:vn|com|net|org)\)?\s*$)",
    re.IGNORECASE,
)

# Whitespace runs are possessive ("\s*+"): nothing after them starts with a space, and a page of
# blank space then costs one pass instead of one per way to split it.
_DATE = r"(?P<d>\d{1,2})\s*+[/.-]\s*+(?P<m>\d{1,2})\s*+[/.-]\s*+(?P<y>(?:19|20)\d{2})"
_TIME = r"(?P<H>\d{1,2})\s*+[:hg]\s*+(?P<M>\d{2})(?:\s*+:\s*+\d{2})?(?:\s*+(?P<ampm>[AaPp]\.?[Mm]\.?))?"
_WEEKDAY = r"(?:Thứ\s++(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|\d)|Chủ\s++[Nn]hật|T[2-7]|CN)"
_LABEL = r"(?:Ngày đăng|Đăng ngày|Đăng lúc|Ngày cập nhật|Cập nhật(?: lúc| ngày)?|Xuất bản|Posted|Published)"
# A date then a time, or a time then a date, close together: how datelines are printed.
_DATE_TIME = re.compile(rf"{_DATE}(?:[,|\-–—]|lúc|\s)*+{_TIME}\b")
_TIME_DATE = re.compile(
    rf"(?<![\d/]){_TIME}(?:[,|\-–—]|ngày|\s)*+(?:{_WEEKDAY}\s*+[,\-–—]?\s*+)?{_DATE}"
)
# ISO datelines from feeds and structured pages: "2020-08-04 12:41", "2020-08-04T12:41:00".
_ISO_DATE_TIME = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})[T ](?P<H>\d{2}):(?P<M>\d{2})")
# A date alone counts only when labelled as the page's date or led by a weekday.
_LABELLED_DATE = re.compile(rf"(?:{_LABEL}\s*+:?\s*+|{_WEEKDAY}\s*+[,\-–—]?\s*+){_DATE}")
# ... or when it stands alone on its own line among the page's first lines, under the headline,
# or closes a bar of page furniture there ("Lượt xem: 1.587 | 10/07/2020")
_LINE_DATE = re.compile(rf"^(?:[^\n|]{{0,60}}\|)?[ \t]*+\(?{_DATE}\)?[ \t]*+$", re.MULTILINE)
_HEAD_LINES = 5

# Bounded label length and label count (as DNS itself bounds them), so a long run of letters or
# dots costs a fixed amount per start and the scans below stay linear.
_DOMAIN = (r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}"
           r"(?:vn|com|net|org|gov|info|edu|int)(?![A-Za-z0-9-])")
_SOURCE_LABEL = re.compile(rf"Nguồn(?:\s++tin)?\s*+[.:\-–]?\s*+(?:https?://)?(?:www\.)?(?P<dom>{_DOMAIN})", re.IGNORECASE)
_LEAD_SOURCE = re.compile(rf"^[ \t]*\((?:https?://)?(?:www\.)?(?P<dom>{_DOMAIN})\)[ \t]*[-–—]", re.MULTILINE | re.IGNORECASE)
# A match starts only where a run starts (the lookbehinds), and the local part is bounded: a
# 20,000-letter word without "@" is then one failed attempt, not one per letter.
_EMAIL = re.compile(rf"(?<![\w.+-])[\w.+-]{{1,64}}@(?P<dom>{_DOMAIN})", re.IGNORECASE)
_URL = re.compile(rf"(?:https?://|www\.|(?<![A-Za-z0-9.-]))(?P<dom>{_DOMAIN})", re.IGNORECASE)
# Sites that host a page's links but are never its source.
_NOT_SOURCES = ("fb.com", "facebook.com", "youtube.com", "zalo.me", "twitter.com", "x.com",
                "tiktok.com", "google.com", "gmail.com", "yahoo.com", "instagram.com")

_NAME_WORD = rf"[{UPPER}][{LOWER}]+"
# A byline: two to five capitalised syllables (names, pen names), optionally joined by "-",
# "và" or "," for joint authors, optionally with an agency in brackets: "Hoàng Tùng",
# "Minh Anh - Thu Hà", "Quang Minh (TTXVN)".
_BYLINE = re.compile(
    rf"^\s*+(?:(?:Bài|Tin|Bài và ảnh|Tin và ảnh|Bài, ảnh|Tin, ảnh|Theo)\s*+:?\s*+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s++{_NAME_WORD}){{1,4}}(?:\s*+(?:[-–,]|và)\s*+{_NAME_WORD}(?:\s++{_NAME_WORD}){{1,4}})*)"
    rf"\s*+(?:\([^()\n]{{1,40}}\))?\s*+\.?\s*+$"
)
# Title-case lines that are captions or chrome, not names.
_NOT_BYLINE = re.compile(
    r"^(?:Các|Đại hội|Hội nghị|Tin|Nguồn|Ảnh|Liên|Xem|Bài|Trang|Thông|Chia|Bình luận)\b"
)


def _pm(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    pm = ampm.lower().startswith("p")
    if pm and hour < 12:
        return hour + 12
    if not pm and hour == 12:
        return 0
    return hour


def _datetime(match: re.Match, with_time: bool) -> datetime | None:
    g = match.groupdict()
    try:
        if with_time:
            return datetime(int(g["y"]), int(g["m"]), int(g["d"]), _pm(int(g["H"]), g.get("ampm")), int(g["M"]))
        return datetime(int(g["y"]), int(g["m"]), int(g["d"]))
    except ValueError:  # 31/02 or 25:61: not a dateline
        return None


def find_published(text: str) -> datetime | None:
    """The article's own dateline: the first date printed with a time (or labelled as the
    page's date, or led by a weekday). A day and month without a year ("Sáng 8/1") is body
    text, not a dateline, so it never matches."""
    candidates: list[tuple[int, datetime]] = []
    for pattern, with_time in ((_DATE_TIME, True), (_TIME_DATE, True), (_ISO_DATE_TIME, True), (_LABELLED_DATE, False),
                               (_LINE_DATE, False)):
        for match in pattern.finditer(text):
            if pattern is _LINE_DATE and sum(1 for line in text[: match.start()].splitlines() if line.strip()) >= _HEAD_LINES:
                break  # a date alone on a line deep in the body is the body's
            value = _datetime(match, with_time)
            if value is not None and 2000 <= value.year <= 2100:
                candidates.append((match.start(), value))
                break
    if not candidates:
        return None
    # The earliest printed one; a labelled date and a date+time at the same place agree,
    # and the one with a time is more precise.
    candidates.sort(key=lambda c: c[0])
    first_pos, first = candidates[0]
    for pos, value in candidates[1:]:
        if value.date() == first.date() and abs(pos - first_pos) < 40 and (value.hour or value.minute):
            return value
    return first


def _clean_domain(domain: str) -> str:
    domain = domain.lower().strip(".")
    return domain[4:] if domain.startswith("www.") else domain


def find_source_site(text: str) -> str | None:
    """The site the article comes from, lower-case: a "Nguồn:" line, a leading "(site.vn) -",
    then a contact e-mail's domain, then any URL that is not a social network."""
    for pattern in (_SOURCE_LABEL, _LEAD_SOURCE):
        match = pattern.search(text)
        if match:
            return _clean_domain(match.group("dom"))
    for pattern in (_EMAIL, _URL):
        for match in pattern.finditer(text):
            domain = _clean_domain(match.group("dom"))
            if pattern is _URL:
                # "fb.com/www.haiphong.gov.vn": the page's own site follows the social host
                tail = text[match.end() : match.end() + 80]
                nested = re.match(rf"/(?:www\.)?(?P<dom>{_DOMAIN})", tail)
                if domain in _NOT_SOURCES and nested:
                    return _clean_domain(nested.group("dom"))
            if domain not in _NOT_SOURCES and not any(domain.endswith("." + s) for s in _NOT_SOURCES):
                return domain
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line of the text."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def body_end(text: str) -> int:
    """Offset where the article body stops: the first chrome line after the body has begun.
    Lines in the first few hundred characters (menus, datelines) do not end the body."""
    lines = _lines(text)
    seen_body = False
    for pos, line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if seen_body and _CHROME_LINE.match(stripped):
            return pos
        if len(stripped) > 120:
            seen_body = True
    return len(text)


def find_byline(text: str) -> tuple[int, int, str] | None:
    """The byline (start, end, name): a short name line among the last lines of the body."""
    end = body_end(text)
    lines = [(pos, line) for pos, line in _lines(text[:end]) if line.strip()]
    for pos, line in reversed(lines[-4:]):
        stripped = line.strip()
        if len(stripped) > 60:
            break  # reached the body's last paragraph: no byline after it
        match = _BYLINE.match(line)
        if match and not _NOT_BYLINE.match(match.group("name")):
            start = pos + match.start("name")
            return start, pos + match.end("name"), match.group("name").strip()
    return None


def is_head_chrome(line: str) -> bool:
    """Whether a line above the article is page furniture: a menu, the site's name, a dateline."""
    return bool(_HEAD_CHROME.match(line.strip()))


def find_title(text: str) -> str | None:
    """The headline: a short line before the body that is not page chrome, the one nearest
    above the dateline when a section label stands over it ("Đại hội Đảng bộ các cấp tiến tới
    Đại hội XX" above the article's own headline); failing that, the title a portal repeats in
    its QR-code box ("QR CODE: <title>")."""
    candidates: list[str] = []
    last_was_candidate = False  # the line before this non-empty one was a headline candidate
    for _, line in _lines(text)[:12]:
        stripped = line.strip()
        if not stripped:
            continue
        if is_head_chrome(stripped):
            if candidates and _HEAD_DATE.search(stripped):
                # the dateline: the headline is the candidate right above it, if one is
                return candidates[-1] if last_was_candidate else candidates[0]
            last_was_candidate = False
            continue
        words = stripped.split()
        if 3 <= len(words) <= 40 and len(stripped) <= 300 and not stripped.endswith((".", ":", ";")):
            if not re.match(r"^\(?[\w.-]+\.(?:vn|com)\)?\s*[-–]", stripped, re.IGNORECASE):
                candidates.append(stripped)
                last_was_candidate = True
                continue
        if len(stripped) > 300 or len(words) > 40:
            break  # the body began
        last_was_candidate = False
    if candidates:
        return candidates[0]
    match = re.search(r"^QR CODE:\s*(.+)$", text, re.MULTILINE)
    if match:
        return match.group(1).strip()
    return None


_HEAD_DATE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}")


def extract_metadata(text: str) -> dict:
    """`{"title", "published" (datetime|None), "source_site", "author"}` of one NFC text."""
    byline = find_byline(text)
    return {
        "title": find_title(text),
        "published": find_published(text),
        "source_site": find_source_site(text),
        "author": byline[2] if byline else None,
    }
