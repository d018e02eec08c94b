"""Page chrome: the parts of a scraped page that are not the article.

View and visitor counters, reader ratings, contact blocks (addresses, phones, e-mail),
web addresses, the dateline with its counters, timers. Numbers there are never facts
(FACTS.md "Not facts"), so `transforms.facts` drops any number that starts inside one
of these spans. Pure: text in, spans out.
"""

from __future__ import annotations

import re

# A counter label followed by its number: "View count: 106", "Đang online: 0",
# "Lượt xem: 1.234", "Hôm nay: 1". Any of these labels followed by a colon and a number is
# a counter. Found from the colon backwards, which is much faster than trying every label
# at every position.
_COLON_NUMBER = re.compile(r":[ \t]*[\d.,]*\d")
_COUNTER_LABEL = re.compile(
    r"(?i)(?:view\s*count|views?|lượt\s*xem|số\s*lượt\s*xem|lượt\s*truy\s*cập|lượt\s*đọc|"
    r"đã\s*xem|đang\s*online|đang\s*truy\s*cập|trực\s*tuyến|online|hôm\s*nay|hôm\s*qua|"
    r"trong\s*tuần|tuần\s*này|tuần\s*trước|trong\s*tháng|tháng\s*này|tháng\s*trước|"
    r"trong\s*năm|năm\s*nay|tất\s*cả|tổng\s*(?:số\s*)?(?:lượt\s*)?truy\s*cập|truy\s*cập|"
    r"bình\s*luận|lượt\s*thích|thích|chia\s*sẻ|khách|thành\s*viên|visitors?|hits?|"
    r"comments?|likes?|shares?|lượt|xem\s*nhiều|đọc\s*nhiều)$"
)


def _counter_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _COLON_NUMBER.finditer(text):
        start = m.start()
        # the blanks before the colon belong to the counter; walked here rather than matched,
        # which retried every blank of a long run
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        head = text[max(0, start - 30):start]
        label = _COUNTER_LABEL.search(head)
        if label:
            spans.append((start - (len(head) - label.start()), m.end()))
    return spans


# Reader ratings: "Xếp hạng: 5 - 2 phiếu bầu", "Tổng số điểm của bài viết là: 10 trong
# 2 đánh giá", "4.5/5 (12 bình chọn)".
_RATING_LINE = re.compile(
    r"(?im)^[^\n]{0,60}(?:xếp\s*hạng\s*:|tổng\s*số\s*điểm|\d\s*phiếu\s*bầu|bình\s*chọn|"
    r"\btrong\s+\d+\s+đánh\s*giá|click\s*để\s*đánh\s*giá|đánh\s*giá\s*bài\s*viết)[^\n]{0,60}$"
)
# Counters written number-first: "Bài viết có 624 lượt xem", "1.234 lượt đọc".
_COUNTER_AFTER = re.compile(
    r"(?i)[\d.,]+\s*(?:lượt\s*(?:xem|đọc|truy\s*cập|thích|chia\s*sẻ|bình\s*luận)|"
    r"views?|bình\s*luận|comments?|likes?)(?![^\W\d_])"
)
# A bar of visitor counters without colons: "Thống kê truy cập: Đang online 15 | Hôm nay 1.042".
_VISITOR_LINE = re.compile(r"(?im)^[^\n]{0,20}?(?:thống\s*kê\s*truy\s*cập|đang\s*online|đang\s*truy\s*cập)[^\n]*$")
# Timers and session notices: "Thời gian chờ: 60 giây".
_TIMER_LINE = re.compile(r"(?im)^[^\n]*(?:thời\s*gian\s*chờ|trạng\s*thái\s*đăng\s*nhập)[^\n]*$")
# Contact and imprint lines.
_CONTACT_LINE = re.compile(
    r"(?im)^[ \t•·\-]*(?:(?:địa\s*chỉ|điện\s*thoại|đt|tel|fax|hotline|đường\s*dây\s*nóng|"
    r"email|e-mail|website|giấy\s*phép(?:\s*số)?|bản\s*quyền|chịu\s*trách\s*nhiệm(?:\s*nội\s*dung)?|"
    r"tổng\s*biên\s*tập|nguồn(?:\s*tin)?)\s*[:.]|copyright|©)[^\n]*$"
)
# A heading that opens the page footer; everything after it is chrome when it sits in the
# last part of the page. Lists of other headlines ("Tin cùng chuyên mục", "Xem thêm:",
# "Tin mới hơn:") carry party figures of other articles, so they are chrome too.
_FOOTER_HEAD = re.compile(
    r"(?im)^[ \t]*(?:liên\s*hệ|thông\s*tin\s*liên\s*hệ|thống\s*kê\s*truy\s*cập|"
    r"cơ\s*quan\s*quản\s*lý|cơ\s*quan\s*chủ\s*quản|tiện\s*ích\s*thông\s*tin|"
    r"(?:các\s*)?(?:tin|bài(?:\s*viết)?)\s*(?:khác|liên\s*quan|cùng\s*(?:chuyên\s*mục|loại|chủ\s*đề)|"
    r"mới(?:\s*(?:hơn|nhất|cập\s*nhật))?|cũ\s*hơn|trước|đã\s*đưa|đọc\s*nhiều|nổi\s*bật|xem\s*nhiều)|"
    r"cùng\s*chuyên\s*mục|xem\s*thêm|đọc\s*thêm|có\s*thể\s*bạn\s*quan\s*tâm|"
    r"bạn\s*có\s*thể\s*quan\s*tâm|bình\s*luận|ý\s*kiến\s*bạn\s*đọc)[ \t:]*$"
)
# Headline lists earlier in the page: the "- …" lines right under such a heading.
HEADLINE_ITEM = r"[ \t]*[-–•·*+][^\n]*"  # one listed headline: "- …", "• …"
_HEADLINE_ITEMS = re.compile(rf"(?:\n{HEADLINE_ITEM})+")
# Phone numbers anywhere: "0225.3821.055", "(024) 3825 1234", "+84 912 345 678".
_PHONE = re.compile(
    r"(?:\+84|\(?0\d{1,3}\)?)[ .\-]?\d{3,4}[ .\-]?\d{3,4}(?:[ .\-]?\d{1,4})?(?!\d)"
)
# Web and e-mail addresses: found by their marks, then widened to the whole token.
_URL_MARK = re.compile(r"(?i)https?://|www\.|@|\.(?:vn|com|net|org|gov)\b")


def _url_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    end = -1
    for m in _URL_MARK.finditer(text):
        if m.start() < end:
            continue  # a further mark inside the token just taken ("a@b.vn"): one span
        s = m.start()
        while s > 0 and not text[s - 1].isspace() and text[s - 1] not in "()[]“”\"'":
            s -= 1
        e = m.end()
        while e < len(text) and not text[e].isspace():
            e += 1
        spans.append((s, e))
        end = e
    return spans
# A dateline with its counters: "Thứ hai - 24/08/2020 00:08 150 0",
# "Thứ Ba, 04/08/2020 12:41", "Ngày đăng 30/07/2019 | 5:00 PM | View count: 106".
_DATELINE = re.compile(
    r"(?im)^[^\n]{0,40}?\d{1,2}/\d{1,2}/\d{2,4}[^\n]{0,20}?\d{1,2}[:h]\d{2}[^\n]{0,60}$"
)


def chrome_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of page chrome in `text`, sorted and merged.

    No fact may start inside one (FACTS.md: counters, ratings, phone numbers, addresses,
    time zones, timers are not facts).
    """
    spans: list[tuple[int, int]] = []
    spans.extend(_counter_spans(text))
    spans.extend(_url_spans(text))
    for pattern in (_COUNTER_AFTER, _RATING_LINE, _VISITOR_LINE, _TIMER_LINE, _CONTACT_LINE, _PHONE):
        spans.extend(m.span() for m in pattern.finditer(text))
    for m in _DATELINE.finditer(text):
        # A dateline is short; a long line with a date and a time is prose.
        if m.end() - m.start() <= 110:
            spans.append(m.span())
    footer_floor = int(len(text) * 0.6)
    for m in _FOOTER_HEAD.finditer(text):
        if m.start() >= footer_floor:
            spans.append((m.start(), len(text)))
            break
        items = _HEADLINE_ITEMS.match(text, m.end())
        if items:
            spans.append((m.start(), items.end()))
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `pos` lies inside one of the sorted, merged `spans`."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        s, e = spans[mid]
        if pos < s:
            hi = mid
        elif pos >= e:
            lo = mid + 1
        else:
            return True
    return False
