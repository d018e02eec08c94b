"""Numeric facts of one party-building article (FACTS.md).

`extract_facts(text)` finds every number phrase (`transforms.numbers`), drops the ones that
are not facts (chrome, dates, years, durations, identifiers, ordinals, money and units),
and reads each remaining one in its sentence: the counted noun after it, the nearest verb
before it (a level "có 96 …", an action "thành lập 3 …", an admission "kết nạp …", an
award, an attendance, a change "tăng/giảm"), the bound before it ("hơn", "từ … trở lên"),
the plan around it ("phấn đấu", "sẽ", a list of goals under "… phấn đấu:") and the period
it covers. What a sentence says (its verbs, plan words, years, organisations) is read once
per sentence, and local cues are read in a bounded window around the number, so the time
grows linearly with the text however many numbers one sentence holds.

Rules are about the language, not about particular articles: nothing here names a
province, a year or a sample. Pure: no I/O.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from transforms.chrome import chrome_spans, in_spans
from transforms.layout import unwrap_hard_wraps
from transforms.metadata import ABBREVIATION_BEFORE, is_head_chrome
from transforms.numbers import (
    DIGIT_MULTIPLIERS,
    as_number,
    digit_blobs,
    parse_digits,
    percent_end,
    word_runs,
)
from transforms.schema import FACT_FIELDS

# ---------------------------------------------------------------------------------------
# Vocabulary

_W = r"[^\W\d_]"  # a letter
_WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)

# Words after a number that make it a time, a duration, an age or a unit of measure
# rather than a count of something an organisation did or has.
_TIME_WORDS = {
    "ngày", "tháng", "năm", "tuần", "giờ", "phút", "giây", "tuổi", "thập", "thế",
    "quý", "khóa", "khoá", "h", "am", "pm", "tiếng", "nhiệm kỳ", "thập kỷ", "thập niên",
    "thế kỷ", "khoá học",
}


def _is_time(words: list[str]) -> bool:
    """Whether the words after a number make it a duration, an age or a time."""
    if not words:
        return False
    if words[0] in _TIME_WORDS:
        return True
    return " ".join(words[:2]) in _TIME_WORDS or " ".join(words[:3]) in _TIME_WORDS
_UNIT_WORDS = {
    "đồng", "đ", "vnđ", "vnd", "usd", "tỷ", "tỉ", "ha", "héc-ta", "hecta", "km", "km2",
    "m", "m2", "m²", "m3", "mét", "tấn", "kg", "tạ", "lít", "mw", "kw", "kwh", "cm", "mm",
    "độ", "°c", "euro", "yên", "đô", "gam", "g", "ki-lô-mét", "sào", "mẫu", "công",
    "ca", "kilômét", "dặm", "hải", "feet", "inch", "lượng", "chỉ", "cây", "bao",
}
# Words before a number that make it part of a name, a document number, a date or an
# ordinal: "phường 7", "Chỉ thị 05", "khóa 12", "lần thứ 13", "ngày 3", "Quý 3".
_IDENT_PREV1 = {
    "số", "thứ", "khóa", "khoá", "kỳ", "quý", "phường", "xã", "quận", "huyện", "thôn",
    "ấp", "xóm", "bản", "tổ", "khu", "khối", "đường", "phố", "ngõ", "ngách", "hẻm",
    "kiệt", "lô", "tầng", "phòng", "nhà", "đội", "đoàn", "lữ", "vùng", "lớp", "điều",
    "khoản", "chương", "mục", "phần", "giai", "đợt", "lần", "covid",
    "km", "lộ", "hạng", "ngày", "tháng", "năm", "giờ", "hồi", "top", "mã",
    "bảng", "hình", "ảnh", "trang", "tập", "bài", "câu", "tuyến", "ga", "cụm", "nhóm",
    "trạm", "đồn", "máy", "nghiệp", "cổng", "kênh", "sân", "khu vực", "phiên", "tiết",
    "f", "ương", "hội", "bộ", "ủy", "uỷ", "tập", "cầu", "đèo", "hầm", "lò", "mỏ", "đảo",
    "hiệu", "biển", "tàu", "xe", "chuyến", "đê", "kè", "cống", "ô", "thửa", "căn", "block",
    "tòa", "toà", "dãy", "làn", "sư", "tiểu", "trung", "vòng", "bảng", "ngôi", "hàng",
    "liên", "ban", "chi", "sáng", "chiều",
    "tối", "trưa", "đêm", "hôm", "mùng", "mồng", "giữa",
}
# Names of documents before their number: "Chỉ thị 05", "Nghị quyết 15", "Kết luận 21".
# Lower-case "kết luận 19 tổ chức" and "giải quyết 41 đơn" are verbs, so the ones that are
# also verbs count only when capitalised.
_DOC_ALWAYS = {"nghị quyết", "chỉ thị", "thông tri", "thông tư", "nghị định", "quy định",
               "trung ương", "công văn", "tờ trình", "quyết định số", "điều lệ"}
_DOC_CAPITALISED = {"kết luận", "quyết định", "kế hoạch", "hướng dẫn", "chương trình",
                    "đề án", "thông báo", "báo cáo", "văn bản", "luật", "dự án", "đề tài",
                    "chuyên đề", "kỳ họp", "hội nghị", "đại hội", "tiểu ban", "tổ công tác"}
# ...but these verbs and prepositions before a number introduce a count.
_COUNT_PREV = {
    "có", "gồm", "với", "là", "còn", "được", "đạt", "tăng", "giảm", "thêm", "hơn",
    "trên", "dưới", "khoảng", "gần", "từ", "đến", "tới", "cho", "của", "và", "nạp",
    "lập", "tách", "nhập", "cấp", "giao", "tên", "nhận", "thể", "cố", "toàn", "tra",
    "sát", "luật", "lý", "loại", "giá", "bầu", "dự", "xét", "trao", "tặng", "khen",
    "chiếm", "bằng", "vượt", "nhất", "thiểu", "đa", "xỉ", "chừng", "tại", "mới",
    "đảng", "trừ", "trách", "cáo", "chức", "đối", "quyết", "luận", "đề", "số", "lượng",
}
# Function words that cannot be the counted noun right after a number.
_FUNCTION_NEXT = {
    "và", "hoặc", "là", "của", "với", "cho", "đến", "tới", "trong", "tại", "thì", "mà",
    "để", "đã", "được", "bị", "sẽ", "không", "có", "các", "những", "này", "đó", "ấy",
    "nào", "khi", "nếu", "về", "từ", "theo", "so", "trên", "dưới", "hay", "nhưng",
    "cũng", "đều", "vào", "ra", "lên", "xuống", "nên", "vì", "do", "bởi", "rằng",
    "năm", "ở", "đang", "vẫn", "rồi", "nữa", "thì", "chứ", "ơi", "à", "nhé", "mới",
}

_LEVEL_NOUN_KIND = (
    # (pattern on the noun, category). Longest first: "chi bộ cơ sở" is grassroots,
    # "chi bộ" a cell, "đảng bộ bộ phận" neither.
    (re.compile(r"^(?:tổ chức cơ sở đảng|tổ chức cơ sở|tccsđ|tccs|cơ sở đảng|"
                r"chi,? đảng bộ cơ sở|chi bộ,? đảng bộ cơ sở|đảng bộ,? chi bộ cơ sở|"
                r"đảng bộ cơ sở|chi bộ cơ sở|"
                # The committee of a commune, ward or township is a grassroots organisation.
                r"đảng bộ (?:xã|phường|thị trấn|xã, phường|phường, xã|xã, thị trấn)(?![^\W\d_]))"), "grassroots"),
    (re.compile(r"^đảng bộ bộ phận"), "subunit"),
    # Committees of districts and provinces: neither grassroots organisations nor cells.
    (re.compile(r"^đảng bộ (?:huyện|quận|thị xã|thành phố|thành thị|tỉnh|cấp huyện|cấp tỉnh)"), "district"),
    (re.compile(r"^(?:cấp ủy viên|cấp uỷ viên|đảng ủy viên|đảng uỷ viên|chi ủy viên|chi uỷ viên)"), "comrades"),
    (re.compile(r"^chi bộ"), "cells"),
    (re.compile(r"^(?:tổ chức đảng|tổ chức cơ sở|đảng bộ|cấp ủy|cấp uỷ|đảng ủy|đảng uỷ|"
                r"chi ủy|ban thường vụ|tổ chức)"), "orgs"),
    (re.compile(r"^(?:đảng viên|đv|đồng chí đảng viên)"), "members"),
    (re.compile(r"^(?:đại biểu|đbct)"), "delegates"),
    (re.compile(r"^(?:đồng chí|người|ủy viên|uỷ viên|thành viên|cán bộ)"), "comrades"),
    (re.compile(r"^tập thể"), "collectives"),
    (re.compile(r"^cá nhân"), "individuals"),
)

# Nouns a bare "một" or "năm" must stand before to be a number rather than an article
# ("một số", "một lớp") or the word "year".
_STRONG_NOUNS = re.compile(
    r"^(?:tổ chức|chi bộ|đảng bộ|đảng viên|đồng chí|đại biểu|tập thể|cá nhân|trường hợp|"
    r"cấp ủy|cấp uỷ|ủy viên|uỷ viên|thành viên|tổ chức cơ sở|đơn vị|người|xã|phường|"
    r"thị trấn|huyện|quận|tổ dân phố|thôn|cuộc|đoàn|lượt|lần|việc|chuyên đề|nhiệm vụ|"
    r"nhóm|giải pháp|chỉ tiêu|đề án|đề tài|mô hình|tiêu chí|nội dung|vụ|hộ|bản|ấp)\b"
)

# Fixed expressions that name something rather than count it: "hai cuộc kháng chiến" (the
# two resistance wars), "chính quyền hai cấp" (the two-tier local government), "3 không".
_IDIOM_NOUNS = re.compile(r"^(?:cuộc kháng chiến|cấp$|cấp chính quyền|cấp[.,]|không\b)")

_PARTY_NOUNS = re.compile(
    r"^(?:tổ chức đảng|tổ chức cơ sở đảng|chi bộ|đảng bộ|đảng viên|đồng chí|đại biểu|"
    r"trường hợp|tập thể|cấp ủy viên)\b"
)

# Triggers before a number: the nearest one in its clause says what frame it is in.
_TRIGGERS = [
    ("admit", r"kết nạp|phát triển(?: được)?(?: thêm)?(?: mới)?"),
    ("gift", r"(?:thăm,? )?(?:tặng|trao|trao tặng) quà|thăm hỏi|thăm"),
    ("award", r"giấy khen|bằng khen|cờ thi đua|khen thưởng|huy hiệu|trao tặng|tặng|trao|"
              r"biểu dương|tuyên dương|vinh danh|khen"),
    ("attend", r"tham dự|về dự|tới dự|đến dự|có mặt|dự(?!\s+(?:kiến|khuyết|bị|thảo|án|toán|báo|định|trữ))"),
    ("elect", r"bầu(?: ra)?|trúng cử"),
    ("up", r"tăng(?: thêm| lên)?"),
    ("down", r"giảm(?: đi| bớt)?"),
    ("action", r"thành lập|chia tách|tách|sáp nhập|hợp nhất|nhập|nâng cấp|chuyển giao|"
               r"bàn giao|đổi tên|tiếp nhận|giải thể|củng cố|kiện toàn|kiểm tra|giám sát|"
               r"thi hành kỷ luật|kỷ luật|xử lý|xếp loại|đánh giá|kiểm điểm|thanh tra|"
               r"khiển trách|cảnh cáo|cách chức|khai trừ|xóa tên|xoá tên|chuyển sinh hoạt|"
               r"chuyển đảng chính thức|xét|phân loại|rà soát|sắp xếp|"
               r"giải quyết|kiêm nhiệm|luân chuyển|điều động|đình chỉ|"
               r"bổ nhiệm|giới thiệu|đào tạo|bồi dưỡng|cử|tinh giản|miễn nhiệm|"
               r"thanh lọc|đưa ra khỏi đảng|vi phạm|tố cáo|khiếu nại|"
               # repression in history articles: members arrested or killed are not the membership
               r"bắt giam|bắt giữ|bắt bớ|sát hại|giết hại|tù đày|xử bắn|xử tử"),
    ("level", r"hiện có|có|gồm|gồm có|với|là|còn|đại diện cho|đại diện|thay mặt cho|thay mặt|"
              r"thuộc|tổng số|trong đó|trực thuộc|lên|chỉ còn|quản lý"),
]
# Both read lower-cased text only (case-insensitive matching of Unicode is much slower).
_TRIGGER_RE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in _TRIGGERS) + r")(?![^\W\d_])"
)

_BODIES = [
    ("executive_committee_size", r"ban chấp hành|bch(?![^\W\d_])|cấp ủy|cấp uỷ|chi ủy|chi uỷ|"
                                 r"(?:ban )?(?:tỉnh|thành|huyện|quận|thị|xứ|liên tỉnh) (?:ủy|uỷ)(?: lâm thời)?|"
                                 r"đảng ủy|đảng uỷ"),
    ("standing_committee_size", r"ban thường vụ|btv(?![^\W\d_])"),
    ("presidium_size", r"đoàn chủ tịch"),
    ("inspection", r"ủy ban kiểm tra|uỷ ban kiểm tra|ubkt(?![^\W\d_])"),
    ("secretariat", r"đoàn thư ký|ban thẩm tra|tổ thư ký|ban kiểm phiếu|tổ bầu cử"),
]
_BODY_RE = re.compile("|".join(f"(?P<{n}>{p})" for n, p in _BODIES))
# Every name in _BODIES holds one of these; a text without any names no body.
_BODY_KEYS = ("ban ", "bch", "btv", "ủy", "uỷ", "ubkt", "đoàn chủ", "đoàn thư", "tổ thư", "tổ bầu")

# Words that make a number a goal when they govern its clause ("sẽ kiểm tra 9 tổ chức",
# "phấn đấu … trên 90%"). Softer ones ("tiếp tục", "đăng ký", "đề ra") are too common in
# reports of what was done to be used.
_STRONG_TARGET_RE = re.compile(
    r"(?<![^\W\d_])(?:phấn đấu|chỉ tiêu|mục tiêu|dự kiến|sẽ|kế hoạch(?! số)|phải|"
    # "Cần Thơ", "Cần Giờ", "Cần Giuộc", "Cần Đước" are places, not "need".
    r"cần(?!\s+(?:thiết|thơ|giờ|giuộc|đước)(?![^\W\d_]))|dự định|để)(?![^\W\d_])",
    re.IGNORECASE,
)
_ATTAIN_AFTER = re.compile(
    r"^\s*(?:so với\s+)?(?:các\s+|mức\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|nghị quyết|"
    r"nhiệm vụ được giao|kế hoạch đề ra|chỉ tiêu đề ra)", re.IGNORECASE
)
_RATING_GOOD = re.compile(r"hoàn thành tốt(?: nhiệm vụ)?|httnv|htt nv", re.IGNORECASE)
_RATING_TIER = re.compile(
    r"hoàn thành xuất sắc|hoàn thành tốt|hoàn thành nhiệm vụ|không hoàn thành|"
    r"trong sạch,? vững mạnh|tsvm|vững mạnh|yếu kém|httnv", re.IGNORECASE
)
_ECON = re.compile(
    r"tăng trưởng|grdp|gdp|kinh tế|ngân sách|giá trị sản xuất|kim ngạch|tổng sản phẩm|"
    r"thu nhập|doanh thu|lợi nhuận|chỉ số giá|lạm phát|năng suất|sản lượng|vốn|"
    r"giải ngân|xuất khẩu|nhập khẩu|lãi suất|tín dụng|cổ phiếu|thị phần|"
    r"tỷ giá|giá cả|giá bán|bảo hiểm|diện tích|che phủ",
    re.IGNORECASE,
)

# Vocabulary of party work, for the article gate (FACTS rule 8).
_PARTY_ORG_RE = re.compile(
    r"(?<![^\W\d_])(?:Đảng bộ|Đảng ủy|Đảng uỷ|[Đđ]ảng bộ|[Đđ]ảng ủy|chi bộ|Chi bộ|"
    r"Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ|"
    r"tổ chức cơ sở đảng|tổ chức đảng|TCCSĐ|Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư|"
    r"Ban Chấp hành Đảng bộ|cấp ủy|cấp uỷ|Đảng ủy Khối|Đảng Cộng sản)(?![^\W\d_])"
)
# Words only party work uses (not shared with the youth union, the state or the courts,
# which also have congresses, executive committees, terms and resolutions).
_PARTY_SPECIFIC_RE = re.compile(
    r"(?<![^\W\d_])(?:[Đđ]ảng viên|kết nạp|tổ chức cơ sở đảng|tổ chức đảng|tổ chức Đảng|[Cc]hi bộ|"
    r"[Đđ]ảng bộ|[Đđ]ảng ủy|[Đđ]ảng uỷ|xây dựng Đảng|chỉnh đốn Đảng|[Cc]ấp ủy|[Cc]ấp uỷ|tuổi Đảng|"
    r"Huy hiệu Đảng|TCCSĐ|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Tỉnh uỷ|Thành uỷ|"
    r"Huyện uỷ|Quận uỷ|Thị uỷ|Ủy ban Kiểm tra|Uỷ ban Kiểm tra|sinh hoạt đảng|Điều lệ Đảng|"
    r"Đại hội Đảng|Đại hội đại biểu Đảng|Ban Tổ chức|Ban Tuyên giáo|Ban Dân vận|"
    r"công tác Đảng|công tác đảng)(?![^\W\d_])"
)
# A party word inside a person's title ("đồng chí X, Bí thư Tỉnh ủy, kiểm tra dự án ...") does
# not make a lead about party work.
_TITLE_WORDS_BEFORE = re.compile(
    r"(?:Bí thư|bí thư|Ủy viên(?: Ban Thường vụ| Ban Chấp hành)?|Trưởng Ban [^\W\d_]+|Chủ nhiệm(?: Ủy ban Kiểm tra)?"
    r"|Thường trực|Chánh Văn phòng)\s+$")
_PARTY_MEASURES = {
    "party_members", "grassroots_orgs", "party_cells", "party_orgs", "members_admitted",
    "orgs_rated_good_pct", "members_rated_good_pct", "executive_committee_size",
    "standing_committee_size", "presidium_size", "delegates_elected",
}

_TERM_RE = re.compile(r"((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)")
_YEAR_PERIOD_RE = re.compile(r"(?<![^\W\d_])(?:năm|Năm)\s+((?:19|20)\d\d)(?!\s*[-–—]\s*\d)")
_H1_RE = re.compile(r"6 tháng đầu năm(?:\s+((?:19|20)\d\d))?|sáu tháng đầu năm(?:\s+((?:19|20)\d\d))?")
_ANNUAL_RE = re.compile(r"(?<![^\W\d_])(?:hằng năm|hàng năm|mỗi năm|Hằng năm|Hàng năm|Mỗi năm)(?![^\W\d_])")
_QUARTER_RE = re.compile(r"(?<![^\W\d_])(?:mỗi quý|hằng quý|hàng quý|Mỗi quý|Hằng quý|Hàng quý)(?![^\W\d_])")
_TERM_REVIEW_RE = re.compile(
    r"(?i)trong nhiệm kỳ|nhiệm kỳ qua|nhiệm kỳ vừa qua|\d+ năm qua|năm năm qua|"
    r"cả nhiệm kỳ|nhiệm kỳ trước|đầu nhiệm kỳ"
)
_DATE_IN_TEXT = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d\d)\b")
_ORG_HEAD_RE = re.compile(
    r"(?<![^\W\d_])(?:Đảng bộ|Đảng ủy|Đảng uỷ|Chi bộ|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|"
    r"Tỉnh uỷ|Thành uỷ|Huyện uỷ|Quận uỷ|Thị uỷ)(?![^\W\d_])"
)
# Lower-case words that continue an organisation's name: "Đảng bộ Khối các cơ quan thành
# phố", "Đảng bộ quận Ngô Quyền", "Đảng ủy xã Ea Phê".
_ORG_NAME_WORDS = {"các", "cơ", "quan", "khối", "tỉnh", "thành", "phố", "quận", "huyện", "xã",
                   "phường", "thị", "trấn", "doanh", "nghiệp", "xã,", "trường", "học", "bộ",
                   "phận", "cơ sở", "công", "an", "quân", "sự", "y", "tế"}


def _org_names(text: str) -> list[tuple[int, str]]:
    """Organisations named in the text: (offset, name), the name as written."""
    out = []
    for m in _ORG_HEAD_RE.finditer(text):
        words = [m.group(0)]
        for w in re.finditer(r"\S+", text[m.end():m.end() + 80]):
            token = w.group(0)
            # "TP." / "TX." inside a name ("Đảng bộ TP. Thủ Đức") is an abbreviation, not its end
            bare = token if ABBREVIATION_BEFORE.search(token) else token.rstrip(",.;:)”\"")
            if not bare or not (bare[0].isupper() or bare.lower() in _ORG_NAME_WORDS):
                break
            if re.search(r"[IVXLC]+$", bare) and bare.isupper():
                break  # "Đại hội XVI Đảng bộ …": an ordinal ends the name
            words.append(bare)
            if bare != token:
                break
        while len(words) > 1 and words[-1].lower() in _ORG_NAME_WORDS and words[-1] not in {"Khối"} and (
                words[-1].lower() in {"các", "cơ", "doanh", "thị", "bộ"}):
            words.pop()
        out.append((m.start(), " ".join(words)))
    return out


@dataclass
class _Cand:
    start: int
    end: int
    value: float | int
    percent: bool = False
    role: str = ""  # "", "range_low", "range_high", "part", "total"
    noun_from: int | None = None  # take the noun after this offset instead
    total_target: bool = False
    is_words: bool = False


@dataclass
class _Article:
    text: str
    chrome: list[tuple[int, int]]
    sentence_starts: list[int]
    sentence_ends: list[int]
    year: int | None
    reviewed_term: str | None
    new_term: str | None
    review_year: str | None
    congress: bool
    half: str | None
    main_subject: str | None
    party_article: bool
    # Per-sentence and per-paragraph readings, computed once on first use (see _sentence_info),
    # so that reading one number never rescans its whole sentence: a report with thousands
    # of numbers in one sentence or paragraph stays linear.
    sentence_cache: dict = field(default_factory=dict)
    whole_text_readings: dict = field(default_factory=dict)  # "intros", "goals": see below
    line_breaks: list[int] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# Article-level context


def _sentences(text: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    pos = 0
    for m in re.finditer(r"\n+|(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]*[^\W\d_]|\d)", text):
        # A dot between two digits ("1.124") never ends a sentence; the regex needs a space.
        if m.group(0) == "\n" and _wrapped_at(text, m.start()):
            continue  # a line wrapped mid-sentence ("1.286\nđảng viên")
        if (m.start() >= 2 and text[m.start() - 1] in ".," and text[m.start() - 2].isdigit()
                and text[m.end():m.end() + 1].isdigit()):
            continue  # a number wrapped after its separator ("11.\n804")
        if "\n" not in m.group(0) and ABBREVIATION_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "Đảng bộ TP. Thủ Đức có ...": an abbreviation, not a stop
        if m.start() > pos:
            starts.append(pos)
            ends.append(m.start())
        pos = m.end()
    if pos < len(text):
        starts.append(pos)
        ends.append(len(text))
    return starts, ends


def _article_year(text: str) -> int | None:
    head = text[:1500]
    m = _DATE_IN_TEXT.search(head)
    if m:
        return int(m.group(1))
    # Otherwise the year the text speaks of most ("năm 2020", "năm 2021": the later on a tie);
    # the largest year mentioned is often the end of a term still to come.
    said = [int(y) for y in re.findall(r"(?<![^\W\d_])năm ((?:19|20)\d\d)(?!\d)", text)]
    said = [y for y in said if 1990 <= y <= 2035]
    if said:
        return max(set(said), key=lambda y: (said.count(y), y))
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)]
    years = [y for y in years if 1990 <= y <= 2035]
    return max(years) if years else None


def _standard_term(year: int) -> tuple[int, int]:
    """The party term that a year falls in, as (start, end] with start < year <= end."""
    start = 5 * ((year - 1) // 5)
    return start, start + 5


def _terms(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _TERM_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if 2 <= b - a <= 10:
            out.append((a, b))
    return out


def _article(text: str) -> _Article:
    starts, ends = _sentences(text)
    year = _article_year(text)
    terms = _terms(text)
    head = text[:800].lower()
    congress = bool(re.search(r"đại hội", head)) and bool(
        re.search(r"khai mạc|bế mạc|thành công|diễn ra|tổ chức đại hội|lần thứ|nhiệm kỳ", head)
    ) and not re.search(r"chuẩn bị|hướng tới đại hội|tiến tới đại hội", head)
    reviewed = new = None
    if year:
        s, e = _standard_term(year)
        reviewed_t = next(((a, b) for a, b in terms if a < year <= b), (s, e))
        reviewed = f"{reviewed_t[0]}-{reviewed_t[1]}"
        new_t = next(((a, b) for a, b in terms if a == reviewed_t[1]), None)
        if new_t:
            new = f"{new_t[0]}-{new_t[1]}"
    term_review = congress or bool(re.search(r"(?i)\d+ năm thực hiện|nhiệm kỳ \d{4}\s*[-–]\s*\d{4},", text[:3000])) or bool(
        _TERM_REVIEW_RE.search(text)
    )
    review_year = None
    m = re.search(r"(?i)(?:tổng kết|kết quả)[^.\n]{0,120}?năm ((?:19|20)\d\d)", text[:1500])
    if m:
        review_year = m.group(1)
    main_subject = _main_subject(text)
    half = None
    m_half = re.search(r"(?i)(?:6|sáu) tháng (đầu|cuối) năm(?:\s+((?:19|20)\d\d))?", text[:400])
    if m_half and (m_half.group(2) or year):
        half = f"{'H1' if m_half.group(1).lower() == 'đầu' else 'H2'} {m_half.group(2) or year}"
    chrome = chrome_spans(text)
    # A party-building article says so in its title or lead; a crime or economy story whose
    # later paragraphs report party discipline can be dense in party words yet is a passing
    # mention (rule 8).
    lead_end = _lead_end(text, chrome)
    party_article = (_party_density(text, chrome) >= _PARTY_DENSITY_MIN and (
        any(not _TITLE_WORDS_BEFORE.search(text, max(0, m.start() - 30), m.start())
            for m in _PARTY_SPECIFIC_RE.finditer(text, 0, lead_end))
        # ... unless the officer is the one disciplined: "Bí thư Đảng ủy phường bị cách chức"
        or re.search(rf"(?i)kỷ luật|{_DISCIPLINE_FORMS}", text[:lead_end]) is not None))
    return _Article(
        text=text,
        chrome=chrome,
        sentence_starts=starts,
        sentence_ends=ends,
        year=year,
        reviewed_term=reviewed if term_review else None,
        new_term=new if congress else None,
        review_year=review_year,
        congress=congress,
        half=half,
        main_subject=main_subject,
        party_article=party_article,
        line_breaks=[m.start() for m in re.finditer(r"\n", text)],
    )


# Party-specific words per 1000 characters above which an article is about party work.
# Measured on the seeds and a held-out sample: party-building articles run 7-20, passing
# mentions (a crime story naming a party secretary, a youth-union congress, an economy
# report quoting the provincial committee) 2.8-5.
_PARTY_DENSITY_MIN = 6.0
# The title and lead, where a party-building article names its party subject: every one of
# the seeds and held-out articles does so within its first three lines and 400 characters.
_LEAD_CHARS = 600
_LEAD_LINES = 3


def _lead_end(text: str, chrome: list[tuple[int, int]]) -> int:
    """The end of the title and lead: the first three lines of text, leaving out page chrome
    (datelines with counters) and all-capital section headers ("TIN TỨC NỔI BẬT"); at most
    600 characters of text are looked at."""
    seen = 0
    end = 0
    for m in re.finditer(r"[^\n]*\S[^\n]*", text[:_LEAD_CHARS + 400]):
        line = m.group(0)
        if (in_spans(m.start() + len(line) - len(line.lstrip()), chrome) or not any(ch.islower() for ch in line)
                or is_head_chrome(line)):
            continue  # ("Thứ Tư, 28/12/2016 - 16:05", "In bài | Gửi cho bạn bè": furniture, not lead)
        seen += 1
        end = m.end()
        if seen == _LEAD_LINES or end >= _LEAD_CHARS:
            break
    return min(end, len(text)) if seen else min(len(text), _LEAD_CHARS)


def _party_density(text: str, chrome: list[tuple[int, int]] | None = None) -> float:
    """Party-specific words per 1000 characters of article text (page chrome excluded)."""
    n = len(_PARTY_SPECIFIC_RE.findall(text))
    if n < 4:
        return 0.0
    spans = chrome if chrome is not None else chrome_spans(text)
    body_len = len(text) - sum(e - s for s, e in spans)
    return 1000 * n / max(body_len, 500)


def names_party_organisation(text: str) -> bool:
    """Whether the text names any party organisation (else it yields no facts)."""
    return _PARTY_ORG_RE.search(text) is not None


# ---------------------------------------------------------------------------------------
# Finding candidate numbers


def _prev_words(text: str, pos: int, n: int = 3, floor: int = 0) -> list[str]:
    """Up to n words before pos (closest last), stopping at a clause mark."""
    seg = text[max(floor, pos - 60):pos]
    cut = max(seg.rfind(c) for c in ";.!?\n()“”\"")
    if cut >= 0:
        seg = seg[cut + 1:]
    return [m.group(0) for m in _WORD_RE.finditer(seg)][-n:]


def _wrapped_at(text: str, nl: int) -> bool:
    """Whether the line break at `nl` wraps a sentence: no end mark before, lower case after."""
    before = text[max(0, nl - 1):nl]
    after = text[nl + 1:nl + 2]
    return bool(before) and before not in ".!?:;…\"”" and after.isalpha() and after.islower()


def _unwrap(seg: str) -> str:
    """A segment with wrapped line breaks turned into spaces (same length)."""
    return re.sub(r"\n(?=[^\W\d_])", lambda m: " " if seg[m.end():m.end() + 1].islower() else "\n", seg)


def _next_words(text: str, pos: int, n: int = 3) -> list[str]:
    seg = _unwrap(text[pos:pos + 60])
    cut = min([i for i in (seg.find(c) for c in ";.!?\n()“”\",:") if i >= 0] or [len(seg)])
    seg = seg[:cut]
    return [m.group(0) for m in _WORD_RE.finditer(seg)][:n]


def _is_sentence_initial(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0\"“‘(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;…"


def _identifier_before(text: str, start: int) -> bool:
    """Whether the number at `start` is part of a name, a document number or a date."""
    j = start - 1
    if j >= 0 and (text[j].isalpha() or text[j] in "_"):
        return True  # "F0", "H5N1"
    if j >= 1 and text[j] in "-–" and text[j - 1].isalpha():
        return True  # "COVID-19"
    # Skip spaces (not line breaks) to the previous word.
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j < 0 or not text[j].isalpha():
        return False
    k = j
    while k >= 0 and (text[k].isalpha()):
        k -= 1
    prev = text[k + 1:j + 1]
    low = prev.lower()
    # The word before that, for two-word document names.
    k2 = k
    while k2 >= 0 and text[k2] in " \t\u00a0":
        k2 -= 1
    k3 = k2
    while k3 >= 0 and text[k3].isalpha():
        k3 -= 1
    prev2 = text[k3 + 1:k2 + 1]
    bigram = f"{prev2} {prev}".lower()
    if bigram in _DOC_ALWAYS:
        return True
    if bigram in _DOC_CAPITALISED and prev2[:1].isupper():
        # "Kết luận 15 tổ chức đảng …" opening a sentence is the verb before a count.
        after = re.match(r"[\d.,]*\s+(.{0,30})", text[start:])
        opening = _is_sentence_initial(text, k3 + 1)
        return not (opening and after and _PARTY_NOUNS.match(after.group(1).lower()))
    if low in {"tháng", "năm", "quý", "tuần", "ngày"} and prev2.lower() in {"mỗi", "hằng", "hàng", "một"}:
        return False  # "mỗi tháng 01 lần": a frequency, not a date
    if low == "số":
        # "số 12" after a noun is a number of a name; "tổng số 12" is a count.
        return prev2.lower() not in {"tổng", "với", "có", "trong"}  # "trong số 50 tổ chức"
    if low in _COUNT_PREV:
        return False
    if low in _IDENT_PREV1:
        return True
    # A capitalised word right before a number that is not the first word of its sentence
    # is the end of a name: "Sư đoàn 308", "Nghị quyết Trung ương 4", "Hà Nội 2"; but not
    # before a fraction of counted things ("xã Hải Phú 16/15 đảng viên/chỉ tiêu").
    if prev[0].isupper() and not _is_sentence_initial(text, k + 1) and not _COUNTED_FRACTION.match(text, start):
        return True
    if prev.isupper() and len(prev) > 1:
        return True
    return False


def _number_after_ident(text: str, start: int, ident_ends: list[int]) -> bool:
    """"Trung ương 6, 7": a number listed right after an identifier number is one too."""
    for e in ident_ends[-2:]:
        if start - e > 12:
            continue
        gap = text[e:start]
        if re.fullmatch(r"\s*(?:,|và|-|–|;)\s*", gap):
            return True
    return False


_DATE_PREV = re.compile(
    r"(?i)(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|mùng|mồng|từ|đến|tới|và|hạn|trước|sau|"
    r"đầu|cuối|giữa|lúc|vào|thứ \w+|chủ nhật)[\s,]*$"
)


def _candidates(text: str, art: _Article) -> list[_Cand]:
    cands: list[_Cand] = []
    ident_ends: list[int] = []
    for blob in digit_blobs(text):
        s, e, raw = blob.start, blob.end, blob.raw
        if in_spans(s, art.chrome):
            continue
        if ":" in raw:
            continue  # a time
        after = text[e:e + 3]
        if after[:1].isalpha() and not text[e:e + 1] == "%":
            # "12h30", "5G", "3D", "10km" — a unit or code glued to the number.
            ident_ends.append(e)
            continue
        if re.match(r"[-–/]\s?[^\W\d_]", after) or re.match(r"[-–/]\d+[-–/]", text[e:e + 8]):
            ident_ends.append(e)
            continue  # "26-NQ/TW", "19-5-1890"
        if s > 0 and text[s - 1] == "(" and text[e:e + 1] == ")":
            continue  # footnote "(1)" or enumerator "(2)"
        if _is_enumerator(text, s, e):
            continue
        if _identifier_before(text, s) or (_number_after_ident(text, s, ident_ends) and not _STRONG_NOUNS.match(
                " ".join(w.lower() for w in _next_words(text, e, 3)))):
            # "Trung ương 6, 7": listed identifiers; but "năm 1931 - 1932, 12 đảng viên …"
            # counts members after a span of years.
            ident_ends.append(e)
            continue
        if "/" in raw:
            cands.extend(_fraction(text, s, e, raw))
            continue
        value = parse_digits(raw)
        if value is None:
            continue
        if "." in raw and not re.fullmatch(r"\d{1,3}(?:\.\s*\d{3})+(?:,\d+)?", raw):
            # "25.5" is a date written with a dot; "1.1245" a malformed count that
            # validation should see as written.
            a, _, b = raw.partition(".")
            if len(b) <= 2 and 1 <= int(a) <= 31 and 1 <= int(b) <= 12:
                continue
        pct_end = percent_end(text, e)
        if pct_end is None and re.match(r"\s+phần trăm", text[e:e + 15]):
            pct_end = e + len(re.match(r"\s+phần trăm", text[e:e + 15]).group(0))
        nxt = _next_words(text, pct_end or e, 3)
        nxt_low = [w.lower() for w in nxt]
        if pct_end is None:
            if _is_year(raw, value, text, s, nxt_low):
                continue
            if nxt_low and nxt_low[0] in DIGIT_MULTIPLIERS:
                mult_m = re.match(r"\s+\S+", text[e:])
                following = nxt_low[1:2]
                if following and (following[0] in _UNIT_WORDS):
                    continue  # "3 triệu đồng"
                value = as_number(value * DIGIT_MULTIPLIERS[nxt_low[0]])
                e = e + len(mult_m.group(0))
                nxt = nxt[1:]
                nxt_low = nxt_low[1:]
            if nxt_low and (_is_time(nxt_low) or _is_unit(nxt_low)):
                continue
            if (not nxt_low or nxt_low[0][:1].isdigit()) and _range_of_measures(text, e):
                continue  # "300 - 400 triệu đồng", "2 - 3 ngày": the low end shares the unit
        cands.append(_Cand(s, pct_end or e, value, percent=pct_end is not None))
    for run in word_runs(text):
        c = _word_candidate(text, run, art)
        if c is not None:
            cands.append(c)
    cands.sort(key=lambda c: c.start)
    _mark_ranges(text, cands)
    return cands


_RANGE_HIGH_END = re.compile(r"\s*(?:[-–—]|đến|tới)\s*\d[\d.,]*")


def _range_of_measures(text: str, e: int) -> bool:
    """Whether the number ending at `e` opens a range whose high end is money, a time or a
    unit of measure."""
    m = _RANGE_HIGH_END.match(text, e, e + 30)
    if not m:
        return False
    words = [w.lower() for w in _next_words(text, m.end(), 3)]
    if words and words[0] in DIGIT_MULTIPLIERS:
        words = words[1:]
    return bool(words) and (_is_time(words) or _is_unit(words))


def _is_unit(words: list[str]) -> bool:
    """Whether the words after a number name a currency or a unit of measure."""
    if not words or words[0] not in _UNIT_WORDS:
        return False
    # "đồng chí" (comrade), "đồng bào", "công trình", "chỉ tiêu", "cây xanh" are nouns.
    return not (len(words) > 1 and (words[0], words[1]) in {
        ("đồng", "chí"), ("đồng", "bào"), ("đồng", "đội"), ("công", "trình"),
        ("công", "việc"), ("công", "chức"), ("công", "nhân"), ("chỉ", "tiêu"),
        ("cây", "xanh"), ("bao", "gồm"), ("hải", "quân"), ("ca", "bệnh"), ("ca", "mắc"),
        ("lượng", "đảng"), ("công", "đoàn"), ("độ", "tuổi"),
    })


def _is_enumerator(text: str, s: int, e: int) -> bool:
    line_start = text.rfind("\n", 0, s) + 1
    if text[line_start:s].strip(" \t-•*") == "" and re.match(r"[.)]\s", text[e:e + 2]):
        return True
    return False


def _is_year(raw: str, value, text: str, s: int, nxt_low: list[str]) -> bool:
    if not (raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100):
        return False
    noun = " ".join(nxt_low)
    prev = _prev_words(text, s, 2)
    prev_low = [w.lower() for w in prev]
    if prev_low and prev_low[-1] in {"năm", "kỳ", "đoạn", "từ", "đến", "tới", "khóa", "khoá"}:
        return True
    if re.match(r"\s*[-–—]\s*(?:19|20)\d\d", text[s + 4:s + 12]) or re.search(r"(?:19|20)\d\d\s*[-–—]\s*$", text[max(0, s - 8):s]):
        return True
    return not _STRONG_NOUNS.match(noun)


def _fraction(text: str, s: int, e: int, raw: str) -> list[_Cand]:
    parts = raw.split("/")
    # "1.987/2.045 thôn": each side may carry thousands dots.
    if len(parts) != 2 or not all(re.fullmatch(r"\d{1,9}|\d{1,3}(?:\.\d{3})+", p) for p in parts):
        return []  # a full date "4/8/2020", or a code
    prev = text[max(0, s - 40):s]
    if _DATE_PREV.search(prev) or re.search(r"[-–]\s*$", prev) or re.match(r"\s*[-–]\s*\d", text[e:e + 5]):
        return []  # "ngày 4/8", "3/8 – 4/8"
    if re.search(r"(?i)(?:binh|hạng|cấp|loại|lớp)\s*$", prev):
        return []  # "thương binh 2/4" is a grade
    nxt = _next_words(text, e, 2)
    admitted = re.search(r"(?i)kết nạp(?: được)?\s*$", prev)
    if not nxt or nxt[0].lower() in _FUNCTION_NEXT or _is_time([w.lower() for w in nxt]):
        if not re.match(r"\s*%", text[e:e + 2]) and not (admitted and not nxt):
            return []
    if nxt and nxt[0][0].isupper() and not re.match(r"(?i)đảng|đại|tổ|chi", nxt[0]):
        return []
    x, y = int(parts[0].replace(".", "")), int(parts[1].replace(".", ""))
    x_end = s + len(parts[0])
    y_start = x_end + 1
    # "85/80 đảng viên/chỉ tiêu": the total is a quota.
    quota = bool(re.match(r"\s*[^\W\d_][^/\n.;,]{0,40}/\s*(?:chỉ tiêu|kế hoạch)", text[e:e + 60]))
    # A part cannot exceed its whole: "kết nạp 74/70" sets a count against its quota.
    quota = quota or x > y
    pct = percent_end(text, e)
    return [
        _Cand(s, x_end, x, percent=False, role="part", noun_from=pct or e),
        _Cand(y_start, pct or e, y, percent=pct is not None, role="total", total_target=quota),
    ]


def _word_candidate(text: str, run, art: _Article) -> _Cand | None:
    s, e = run.start, run.end
    if in_spans(s, art.chrome):
        return None
    words = run.words
    nxt = _next_words(text, e, 4)
    nxt_low = [w.lower() for w in nxt]
    noun = " ".join(nxt_low)
    prev = _prev_words(text, s, 2)
    prev_low = [w.lower() for w in prev]
    if prev_low and prev_low[-1] in {"thứ", "lần", "khóa", "khoá", "quý", "số", "tháng", "ngày", "kỳ"}:
        return None  # ordinals and names: "lần thứ sáu", "thứ hai", "tháng Ba"
    if not nxt_low:
        # "khiển trách 22, cảnh cáo chín, …": a number word after a form of discipline
        # counts without a noun.
        if _DISCIPLINE_FORM_BEFORE.search(text[max(0, s - 40):s]) and len(words) <= 3:
            return _Cand(s, e, run.value, is_words=True)
        return None
    if _is_time(nxt_low) or _is_unit(nxt_low) or nxt_low[0] in _FUNCTION_NEXT:
        return None
    if nxt_low[0] in {"là", "mươi"}:
        return None  # "một là, hai là" enumerations
    if nxt[0][0].isupper() and not re.match(r"(?i)đảng|đại|tổ|chi", nxt[0]):
        return None  # a name follows: "Ba Đình", "Hai Bà Trưng"
    if s > 0 and text[s - 1] in "-–":
        return None
    if re.search(r"\d\s*$", text[max(0, s - 3):s]):
        return None  # "95 năm": the word after a numeral is its unit, not a second number
    if len(words) == 1:
        w = words[0]
        if w in {"năm", "mười"} and not _STRONG_NOUNS.match(noun):
            return None
        if w == "năm" and (nxt_low[:2] == ["lần", "lượt"] or (prev_low and prev_low[-1] in {
                "từng", "mỗi", "các", "hằng", "hàng", "những", "nhiều", "cả"})):
            return None  # "theo từng năm lần lượt như sau": the word "year", then an adverb
        bounded = re.search(r"(?i)(?:ít nhất|tối thiểu|tối đa|hơn|trên|khoảng|gần|chỉ)\s+$", text[max(0, s - 12):s])
        if w == "một" and not bounded and (not _PARTY_NOUNS.match(noun) or nxt[0][0].isupper() or (
                prev_low and prev_low[-1] in {"là", "như", "thành", "từng", "vốn", "mỗi"})):
            return None  # "là một đảng viên gương mẫu", "một Đảng bộ lớn mạnh": an article
        if w == "một" and nxt_low[0] in {"số", "trong", "cách", "phần", "lúc", "chút", "nửa"}:
            return None
        if w in {"tư", "ba", "bảy", "chín", "tám", "sáu", "hai", "bốn"}:
            if nxt_low[0] in {"mẹ", "má", "bên", "chắn", "mươi", "tốt", "nhất"}:
                return None
            # Bare small numerals before a word that is not a counted noun ("ba sinh",
            # "chín muồi") are idioms; keep the ones before strong or plain nouns.
            if not _STRONG_NOUNS.match(noun) and nxt_low[0] in {"chín", "hai", "ba"}:
                return None
    if text[s].isupper() and not _is_sentence_initial(text, s):
        return None  # a capitalised numeral mid-sentence is a name: "Hai Bà Trưng"
    pct = None
    m = re.match(r"\s+phần trăm", text[e:e + 15])
    if m:
        pct = e + len(m.group(0))
    return _Cand(s, pct or e, run.value, percent=pct is not None, is_words=True)


def _mark_ranges(text: str, cands: list[_Cand]) -> None:
    for a, b in zip(cands, cands[1:]):
        if a.role or b.role:
            continue
        gap = text[a.end:b.start]
        dash = re.fullmatch(r"\s*[-–—]\s*", gap)
        to = re.fullmatch(r"\s+(?:đến|tới)\s+", gap) and re.search(r"(?i)từ\s*$", text[max(0, a.start - 8):a.start])
        if dash or to:
            a.role, b.role = "range_low", "range_high"
            a.noun_from = b.end
            if b.percent:
                a.percent = True
        elif re.fullmatch(r"\s+(?:trong|trên)\s+(?:tổng\s+)?số\s+", gap):
            a.role, b.role = "part", "total"
            a.noun_from = b.end
    # A list that names its noun once, at the end: "(khiển trách 132, cảnh cáo 51, cách
    # chức 9, khai trừ 25 đảng viên)". A number followed straight by a comma borrows the
    # noun of the next number in the list.
    for a, b in zip(reversed(cands[:-1]), reversed(cands[1:])):
        if a.noun_from is not None or a.percent or b.percent or a.role:
            continue
        gap = text[a.end:b.start]
        if re.fullmatch(r"\s*(?:,|,?\s+và)\s*(?:[^\W\d_]+\s+){0,3}", gap):
            a.noun_from = b.noun_from if b.noun_from is not None else b.end


# ---------------------------------------------------------------------------------------
# What each sentence and paragraph says, read once


def _lower_same_length(s: str) -> str:
    """`s.lower()`, keeping each character's offset (a few letters lower to two characters)."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in s)


_BREAKDOWN_RE = re.compile(r"(?i)trong đó|trong số đó|(?<=\()\s*gồm")
_ADMISSION_RE = re.compile(r"(?i)kết nạp|phát triển (?:được )?(?:\d+ )?đảng viên|đảng viên mới")
_AWARD_WORDS_RE = re.compile(r"huy hiệu|giấy khen|bằng khen|khen thưởng")
# A list introduced by "chỉ tiêu:" / "mục tiêu:" / "phấn đấu:" (lazy, so that the first
# colon ends it and a number after that colon sees it).
# ("Phát biểu giao nhiệm vụ, đồng chí X đánh giá: ..." introduces a report, not goals)
_LIST_INTRO_RE = re.compile(
    r"(?i)(?:chỉ tiêu|mục tiêu|phấn đấu|(?<!giao )nhiệm vụ)[^.\n]{0,40}?"
    r"(?<!đánh giá)(?<!cho biết)(?<!nhấn mạnh)(?<!khẳng định)(?<!ghi nhận)(?<!nêu rõ)(?<!chỉ rõ):")

# How far before a number its clause is read for local cues (the verb, "số … tăng", the
# body whose size it is). Clauses in reports rarely run longer; the bound keeps a report
# with thousands of numbers in one sentence linear.
_LEFT_WINDOW = 600
_RIGHT_WINDOW = 600


@dataclass
class _Sentence:
    start: int
    end: int
    low: str
    quote: str
    semicolons: list[int]          # absolute offsets of ";"
    triggers: list[tuple[int, int, str, str]]  # (start, end, category, word) in text order
    trigger_ends: list[int]
    targets: list[tuple[int, int, str]]        # plan words: (start, end, word as written)
    breakdowns: list[int]          # starts of "trong đó" markers
    terms: list[tuple[int, int, int, int]]     # "2015-2020": (start, end, a, b)
    years: list[tuple[int, int, str]]          # "năm 2020": (start, end, year)
    halves: list[tuple[int, int, str | None]]  # "6 tháng đầu năm 2019": (start, end, year)
    quarterly: bool
    annual: bool
    term_review: bool
    awards_said: bool
    first_admission_end: int | None
    org_names: list[tuple[int, int, str]]      # (start, end of the name's reach, name)


def _sentence_info(art: _Article, sent_start: int, sent_end: int) -> _Sentence:
    info = art.sentence_cache.get(sent_start)
    if info is not None:
        return info
    text = art.text
    sent = text[sent_start:sent_end]
    low = _lower_same_length(sent)
    triggers = [(sent_start + m.start(), sent_start + m.end(), m.lastgroup, m.group(0))
                for m in _TRIGGER_RE.finditer(low)]
    # Only names of three words or more can be a subject (see _subject); cutting a name at a
    # number only shortens it, so the shorter ones are never needed.
    names = [(sent_start + at, sent_start + at + len(name) + 80, name)
             for at, name in _org_names(sent) if len(name.split()) >= 3]
    adm = _ADMISSION_RE.search(sent)
    info = _Sentence(
        start=sent_start,
        end=sent_end,
        low=low,
        quote=re.sub(r"\s+", " ", sent).strip(),
        semicolons=[sent_start + i for i, ch in enumerate(sent) if ch == ";"],
        triggers=triggers,
        trigger_ends=[t[1] for t in triggers],
        targets=[(sent_start + m.start(), sent_start + m.end(), m.group(0))
                 for m in _STRONG_TARGET_RE.finditer(sent)],
        breakdowns=[sent_start + m.start() for m in _BREAKDOWN_RE.finditer(sent)],
        terms=[(sent_start + m.start(), sent_start + m.end(), int(m.group(1)), int(m.group(2)))
               for m in _TERM_RE.finditer(sent)],
        years=[(sent_start + m.start(), sent_start + m.end(), m.group(1))
               for m in _YEAR_PERIOD_RE.finditer(sent)],
        halves=[(sent_start + m.start(), sent_start + m.end(), m.group(1) or m.group(2))
                for m in _H1_RE.finditer(sent)],
        quarterly=_QUARTER_RE.search(sent) is not None,
        annual=_ANNUAL_RE.search(sent) is not None,
        term_review=_TERM_REVIEW_RE.search(sent) is not None,
        awards_said=_AWARD_WORDS_RE.search(low) is not None,
        first_admission_end=sent_start + adm.end() if adm else None,
        org_names=names,
    )
    art.sentence_cache[sent_start] = info
    return info


def _list_intros(art: _Article) -> list[tuple[int, int]]:
    """The "chỉ tiêu: …" list intros of the text that open a goal (not "đạt chỉ tiêu:"),
    as (start, end) in text order; read once per article."""
    intros = art.whole_text_readings.get("intros")
    if intros is not None:
        return intros
    text = art.text
    intros = []
    for m in _LIST_INTRO_RE.finditer(text):
        line_start = text.rfind("\n", max(0, m.start() - 40), m.start()) + 1
        before = text[max(line_start, m.start() - 40):m.start()]
        if not re.search(r"(?:đạt|vượt|hoàn thành)[^,;]{0,12}$", before):
            intros.append((m.start(), m.end()))
    art.whole_text_readings["intros"] = intros
    return intros


# A line that announces goals and ends with a colon: "Nhiệm kỳ 2020 - 2025, Đảng bộ phấn
# đấu:", "Đại hội thống nhất các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030:", "… đề ra hệ thống
# chỉ tiêu …, trong đó:". A line that reports results ("Kết quả thực hiện các chỉ tiêu
# nhiệm kỳ qua:") does not.
_GOAL_WORDS = re.compile(
    r"(?i)(?<![^\W\d_])(?:phấn đấu|chỉ tiêu|mục tiêu|phương hướng|định hướng|đề ra|"
    r"nhiệm vụ trọng tâm|nhiệm vụ(?: chủ yếu)? (?:nhiệm kỳ|năm) tới|giải pháp)(?![^\W\d_])"
)
_LINE_END_COLON = re.compile(r"(?m):[ \t]*$")
_GOAL_HEADING_LINE = re.compile(r"(?m)^[ \t]*[^\W\d_][^\n.:;!?]{0,78}(?<![.:;])[ \t]*$")
_RESULT_WORDS = re.compile(
    r"(?i)(?<![^\W\d_])(?:kết quả|đạt được|đã đạt|đã|vừa qua|nhiệm kỳ qua|năm qua|"
    r"thực hiện được|hoàn thành|vượt)(?![^\W\d_])"
)
# Items that report results ("- Kết nạp 512 đảng viên, đạt 120% chỉ tiêu"; "đã thành lập"):
# the list under a goal-sounding line is then a list of results.
_RESULT_ITEMS = re.compile(
    r"(?i)(?<![^\W\d_])(?:đạt|bằng|vượt)\s+(?:[\d.,]+\s*%\s*)?(?:so với\s+)?(?:chỉ tiêu|kế hoạch|nghị quyết|mục tiêu)|"
    r"(?<![^\W\d_])(?:đã|đạt được)(?![^\W\d_])"
)
# A list item: "- …", "+ …", "• …", "(3) …", "4. …", "a) …".
_LIST_ITEM_LINE = re.compile(r"[ \t]*(?:[-–•·*+]|\(?\d{1,2}[.)]|\(\d{1,2}\)|[a-zđ]\))[ \t]")


def _goal_blocks(art: _Article) -> list[tuple[int, int]]:
    """Spans of list items under a line announcing goals (FACTS rule 13: every figure in
    them is a target), in text order; read once per article."""
    blocks = art.whole_text_readings.get("goals")
    if blocks is not None:
        return blocks
    text = art.text
    blocks = []
    # A line ending in ":" announces a list; so does a short heading line without a stop
    # ("Chỉ tiêu nhiệm kỳ 2025 - 2030") when marked items follow it.
    intros = [(m, True) for m in _LINE_END_COLON.finditer(text)]
    intros += [(m, False) for m in _GOAL_HEADING_LINE.finditer(text)]
    intros.sort(key=lambda x: x[0].start())
    for m, colon in intros:
        line = text[text.rfind("\n", 0, m.start()) + 1:m.end()]
        if not _GOAL_WORDS.search(line) or _RESULT_WORDS.search(line):
            continue
        pos = m.end() + 1
        end = None
        if not colon and not _LIST_ITEM_LINE.match(text, pos):
            continue
        marked = None  # whether the items carry marks ("- ", "(1) "); unmarked items are
        # short lines straight under the intro, ending at the first blank line
        n_items = 0
        while pos < len(text) and n_items < 30:
            blank = False
            while pos < len(text) and text[pos] == "\n":
                pos += 1  # marked items may stand a blank line apart
                blank = True
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            is_marked = _LIST_ITEM_LINE.match(text, pos) is not None
            if marked is None:
                marked = is_marked
            if marked:
                if not is_marked:
                    break
            elif blank or is_marked or line_end - pos > 180 or n_items >= 12:
                break
            end = line_end
            pos = line_end + 1
            n_items += 1
        if end is not None and not _RESULT_ITEMS.search(text, m.end(), end):
            blocks.append((m.end(), end))
    art.whole_text_readings["goals"] = blocks
    return blocks


def _in_goal_block(art: _Article, pos: int) -> bool:
    blocks = _goal_blocks(art)
    i = bisect.bisect_right(blocks, (pos, len(art.text) + 1)) - 1
    return i >= 0 and blocks[i][0] <= pos < blocks[i][1]


def _paragraph_start(art: _Article, pos: int) -> int:
    i = bisect.bisect_left(art.line_breaks, pos) - 1
    return art.line_breaks[i] + 1 if i >= 0 else 0


# ---------------------------------------------------------------------------------------
# Reading one number in its sentence


def _sentence_of(art: _Article, pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(art.sentence_starts, pos) - 1
    if i < 0:
        return 0, len(art.text)
    return art.sentence_starts[i], art.sentence_ends[i]


def _noun_after(text: str, pos: int, limit: int) -> str:
    seg = _unwrap(text[pos:limit])
    seg = seg.lstrip(" \t\u00a0")
    # "64 chi, đảng bộ cơ sở": the comma is inside the noun.
    m = re.match(r"(?i)(chi|chi bộ|đảng bộ|xã|phường)\s*,\s*(đảng bộ|chi bộ|phường|thị trấn)[^,;.:()\n]*", seg)
    if m:
        phrase = m.group(0)
    else:
        phrase = re.split(r"[,;.:()“”\"!?\n/]", seg, maxsplit=1)[0]
    words = phrase.split()
    out: list[str] = []
    for w in words:
        lw = w.lower()
        if out and lw == "thuộc" and out[-1].lower() == "trực":
            out.append(w)
            continue
        if out and lw in {"và", "của", "thuộc", "trong", "với", "tại", "được", "đã", "là",
                          "để", "cho", "theo", "so", "đạt", "đều", "từ", "đến", "có",
                          "hoàn", "tham", "dự", "đi", "về", "ở", "trên", "bị", "đang",
                          "sẽ", "cùng", "như", "nhằm", "thì", "mà", "được", "chiếm",
                          "đăng", "báo", "thực", "trở", "đối", "đại diện", "thay", "xếp",
                          "nhận", "không", "vi", "học", "đều"}:
            break
        if out and lw == "diện" and out[-1].lower() == "đại" and len(out) > 1:
            out.pop()  # "đại biểu chính thức đại diện cho …"
            break
        out.append(w)
        if len(out) == 6:
            break
    if len(out) == 6 and out[-1].lower() == "trực":
        out.pop()  # "trực thuộc" cut in half
    return " ".join(out).strip(" -–")


def _noun_category(noun: str) -> str:
    low = noun.lower()
    if low.startswith("lượt "):
        low = low[5:]  # "19 lượt tổ chức đảng": times an organisation was acted on
    for pat, cat in _LEVEL_NOUN_KIND:
        if pat.match(low):
            return cat
    return "thing"


# Level words that govern a number only when they stand right before it ("là 43",
# "với 6.318"); further away they are an apposition ("2 tập thể là Ban Thường vụ …, cùng
# 17 đảng viên") or a preposition of another phrase.
_NEAR_ONLY = {"là", "với", "còn", "lên", "thuộc", "trực thuộc", "quản lý", "chỉ còn"}


_AT_LEAST_THREE_WORDS = re.compile(r"\s*\S+\s+\S+\s+\S")


def _nearest_trigger(info: _Sentence, clause_start: int, pos: int) -> tuple[str | None, int, str]:
    """The category, offset and words of the last trigger in the clause before a number
    (from `clause_start` to `pos`); (None, -1, "") when there is none."""
    low, base = info.low, info.start
    last = bisect.bisect_right(info.trigger_ends, pos)
    best: tuple[str | None, int, str] = (None, -1, "")
    for i in range(last - 1, -1, -1):
        start, end, cat, word = info.triggers[i]
        if start < clause_start:
            break
        if cat == "level" and word in _NEAR_ONLY:
            far = _AT_LEAST_THREE_WORDS.match(low, end - base, pos - base) is not None
            if far or (word == "với" and low.endswith("đối ", 0, start - base)):
                continue
        best = (cat, start, word)
        break
    # "Tham dự Đại hội có 197 đại biểu": the attendance governs the "có" after it.
    if best[0] == "level" and best[2] == "có":
        first = bisect.bisect_left(info.trigger_ends, best[1] - 40)
        for start, end, cat, word in info.triggers[first:last]:
            if start < clause_start:
                continue
            if cat == "attend" and 0 < best[1] - end <= 40:
                return ("attend", start, word)
    return best


def _clause_start(info: _Sentence, pos: int) -> int:
    """Where the clause of the number at `pos` begins: after the last ";" before it."""
    i = bisect.bisect_left(info.semicolons, pos) - 1
    return info.semicolons[i] + 1 if i >= 0 else info.start


def _qualifier(text: str, c: _Cand, clause_start: int, noun_end: int) -> str:
    if c.role == "range_low":
        return "at_least"
    if c.role == "range_high":
        return "at_most"
    left = text[max(clause_start, c.start - 30):c.start].lower()
    left = re.sub(r"\s+", " ", left)
    right = text[c.end:noun_end + 25].lower()
    # Negated bounds first: "không thấp hơn 3%" is at least 3%, "không quá 2%" at most.
    if re.search(r"(?:không|chưa)\s+(?:dưới|ít hơn|thấp hơn|nhỏ hơn)\s*$", left):
        return "at_least"
    if re.search(r"(?:không|chưa)\s+(?:quá|vượt quá|hơn|nhiều hơn|cao hơn|lớn hơn|trên)\s*$", left):
        return "at_most"
    if re.search(r"(?:^|\s)(?:hơn|trên)\s*$", left) or re.search(r"(?:hơn|trên)\s+(?:có\s+)?$", left):
        return "more_than"
    if re.search(r"(?:gần như|gần|khoảng|chừng|xấp xỉ|ước tính|ước|độ)\s*$", left):
        return "about"
    if re.search(r"(?:tối đa|không quá|nhiều nhất|tối đa là)\s*$", left):
        return "at_most"
    if re.search(r"(?:không dưới|không ít hơn|không thấp hơn)\s*$", left):
        return "at_least"
    if re.search(r"(?:dưới|chưa đến|chưa tới|chưa đầy|không đến)\s*$", left):
        return "less_than"
    if re.search(r"(?:ít nhất|tối thiểu|ít nhất là|tối thiểu là)\s*$", left):
        return "at_least"
    if re.search(r"(?:^|\s)từ\s*$", left):
        if re.match(r"[^,;.]{0,40}\s(?:đến|tới)\s", right):
            return "exact"  # "Từ ba chi bộ đầu tiên đến một Đảng bộ lớn mạnh": a span
        return "at_least"
    if re.match(r"[^,;.]{0,50}?trở lên", right):
        return "at_least"
    if re.match(r"[^,;.]{0,50}?trở xuống", right):
        return "at_most"
    return "exact"


def _period(art: _Article, info: _Sentence, c: _Cand, kind: str, measure: str) -> str | None:
    text = art.text
    sent_start = info.start
    if info.quarterly:
        return "quarterly"
    if info.annual:
        return "annual"
    # A half year named before the number, else after it.
    half = next((h for h in info.halves if h[1] <= c.start), None) or next(
        (h for h in info.halves if h[0] >= c.end), None)
    if half is not None:
        y = half[2] or (str(art.year) if art.year else None)
        if y:
            return f"H1 {y}"
    level = measure in {"delegates", "party_members", "grassroots_orgs", "party_cells",
                        "executive_committee_size", "standing_committee_size",
                        "presidium_size", "delegates_elected"}
    # A level at the article's date has no period; "Đại hội …, nhiệm kỳ 2020 - 2025 với 246
    # đại biểu" names the congress, not the period of the count. Only a level said to be of
    # another time ("so với giai đoạn 2011 – 2015 là 120", "cuối năm 2015") takes one.
    level_now = level and kind == "actual"
    # "năm 2022: 4.610", "Năm 2021 có 4.520 đảng viên": a figure labelled by its year.
    label = _YEAR_LABEL_BEFORE.search(text, max(sent_start, c.start - 45), c.start)
    if label and kind != "target":
        return re.search(r"(?:19|20)\d\d", label.group(0)).group(0)
    best: tuple[int, str] | None = None
    for t_start, t_end, a, b in info.terms:
        if t_end > c.start:
            break
        past = art.year is not None and b < art.year
        if level_now and not past and not re.search(
                r"(?i)(?:giai đoạn|so với|cuối nhiệm kỳ|đầu nhiệm kỳ)\s*$", text[max(sent_start, t_start - 20):t_start]):
            continue
        if 2 <= b - a <= 10:
            best = (t_end, f"{a}-{b}")
    for y_start, y_end, year in info.years:
        if y_end > c.start:
            break
        past = art.year is not None and int(year) < art.year - 1
        if level_now and not past and not re.search(
                r"(?i)(?:cuối|đầu|so với|đến|tính đến|trước)\s*$", text[max(sent_start, y_start - 12):y_start]):
            continue
        if best is None or y_end > best[0]:
            best = (y_end, year)
    if best:
        return best[1]
    # A year named after the number in its clause.
    i = bisect.bisect_left(info.semicolons, c.end)
    clause_end = info.semicolons[i] if i < len(info.semicolons) else info.end
    # "giảm 12,4% so với năm 2022": a year of comparison after the number is not its period.
    after = next((y for y in info.years if y[0] >= c.end and not re.search(
        r"(?i)so\s+(?:với\s+)?(?:cùng kỳ\s+|cuối\s+|đầu\s+)?$", text[max(c.end, y[0] - 20):y[0]])), None)
    if after is not None and after[1] <= clause_end and not level_now:
        return after[2]
    if kind == "target":
        return art.new_term
    if level_now:
        return None
    if art.half and kind in {"actual", "change"}:
        return art.half  # a half-year report ("… trong 6 tháng đầu năm 2018" in its title)
    if art.review_year and not art.congress and not info.term_review:
        return art.review_year  # a year-end review: its figures are of the year reviewed
    return art.reviewed_term or art.review_year


def _main_subject(text: str) -> str | None:
    """The organisation an article is mostly about: the one in its title line, else the one
    named most often, counting shorter forms of a name for it ("Đảng bộ Khối" for "Đảng bộ
    Khối các cơ quan thành phố") and preferring names with a proper name in them."""
    names = [(at, n) for at, n in _org_names(text) if len(n.split()) >= 3]
    if not names:
        return None
    first_line_end = text.find("\n", 0, 400)
    for at, name in names:
        if first_line_end > 0 and at < first_line_end:
            return name
    distinct = list(dict.fromkeys(n for _, n in names))

    def support(name: str) -> tuple:
        related = sum(1 for _, n in names if name.startswith(n) or n.startswith(name))
        proper = any(w[0].isupper() for w in name.split()[2:])
        return (proper, related, len(name))

    return max(distinct, key=support)


def _subject(art: _Article, info: _Sentence, pos: int) -> str | None:
    """The organisation named nearest before the number in its sentence, else the article's."""
    names = info.org_names
    for i in range(len(names) - 1, -1, -1):
        start, reach, name = names[i]
        if start >= pos:
            continue
        if reach > pos:
            # A name running up to the number: read it only as far as the number.
            cut = _org_names(art.text[start:pos])
            name = cut[0][1] if cut else ""
        if len(name.split()) >= 3:
            return name
    return art.main_subject


_COUNTED_FRACTION = re.compile(
    r"[\d.,]*\d\s*/\s*[\d.,]*\d\s+(?:đảng viên|tổ chức|chi bộ|đảng bộ|đồng chí|người|xã|thôn|bản|ấp)(?![^\W\d_])")
# the admitted members named as the pool a count is drawn from, and a quota of members
_ADMITTED_POOL = re.compile(
    r"(?i)(?<![^\W\d_])(?:trong (?:tổng )?(?:số )?(?:[\d.]+ )?(?:các )?(?:đảng viên|người|quần chúng) "
    r"(?:mới(?: (?:được )?(?:kết nạp|phát triển))?|(?:được )?(?:kết nạp|phát triển))"
    # "Chia theo đối tượng, số đảng viên mới là công nhân … là 286 người; đoàn viên thanh niên 711 người"
    r"|(?<!tổng )số đảng viên mới(?! \d)(?:(?!tổng số|nâng|lên|hiện có)[^.])*$)")
_ADMITTING_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:kết nạp|phát triển đảng viên)(?![^\W\d_])")
_QUOTA_IS_BEFORE = re.compile(r"(?i)(?<![^\W\d_])chỉ tiêu[^;,()]{0,30}?\s(?:là|giao)\s*$")
# people counted by who they are ("711 đoàn viên thanh niên", "23 người có đạo")
_PERSONS_NOUN = re.compile(r"(?i)(?:người|đảng viên|đồng chí|đoàn viên|học sinh|sinh viên|quần chúng|công nhân|nông dân"
                           r"|chiến sĩ|quân nhân|cán bộ|giáo viên|phụ nữ|thanh niên)(?![^\W\d_])")
_ACTED_ON_NOUN = re.compile(r"(?i)(?<![^\W\d_])(?:bị|vi phạm|kỷ luật|xóa tên|khai trừ)(?![^\W\d_])")
_ADMITTED_QUOTA = re.compile(r"(?i)(?:\s*/\s*[\d.]+)?\s+đảng viên\s*/\s*chỉ tiêu")


_NEW_CLAUSE_OPENER = re.compile(
    r"\s*(?:hiện nay|hiện|tuy nhiên|tuy vậy|song|nhưng|đến nay|vẫn còn|còn|bên cạnh đó|ngoài ra)(?![^\W\d_])")


def _admitted_by_context(text: str, c: _Cand, noun: str, measure: str, kind: str, sent_start: int, sent_end: int,
                         right_clause: str) -> bool:
    """Members counted in a sentence about admissions though no "kết nạp" governs the number:
    the admitted by source ("trong tổng số đảng viên được kết nạp, có 732 đảng viên là đoàn
    viên"), and a quota of members in an admission report, which is an admission quota ("137/120
    đảng viên/chỉ tiêu", "kết nạp 1.048 đảng viên (chỉ tiêu năm 2019 là 2.000 đảng viên)")."""
    if measure == "party_members" and _ADMITTED_QUOTA.match(text, c.end, min(sent_end, c.end + 40)):
        return True
    if (measure == "party_members" and kind == "target" and _QUOTA_IS_BEFORE.search(text, max(sent_start, c.start - 50), c.start)
            and _ADMITTING_BEFORE.search(text, sent_start, c.start)):
        return True
    return (measure in {"party_members", "other"} and not c.percent and bool(_PERSONS_NOUN.match(noun))
            and not _PERSON_ACTION_AFTER.match(right_clause) and not _ACTED_ON_NOUN.search(noun)
            and bool(_ADMITTED_POOL.search(text[sent_start:c.start])))


def _table_intro(art: _Article, sent_start: int) -> tuple[int, int] | None:
    """The sentence announcing the prose table whose item the sentence at `sent_start` is
    ("… như sau. Năm 2020: 198 đảng viên. Năm 2021: 214 đảng viên."), else None."""
    text, start = art.text, sent_start
    for _ in range(12):
        if start <= 0:
            return None
        item = _YEAR_ITEM_SENTENCE.match(text, start)
        # ("Số liệu kết nạp qua các năm:\nNăm 2021: 702 đảng viên": a colon announces items)
        if _TABLE_INTRO_END.search(text, max(0, start - 40), start) or (item and text[max(0, start - 5):start].rstrip().endswith(":")):
            return _sentence_of(art, start - 1)
        if not item:
            return None
        start = _sentence_of(art, start - 1)[0]  # an item: the table may begin further back
    return None


def _breakdown_parent(info: _Sentence, c: _Cand, cat: str, earlier: list[dict]) -> dict | None:
    """The fact a "trong đó N …" breakdown belongs to: the latest earlier count in the same
    sentence with the same kind of noun ("kết nạp 746 đảng viên mới, trong đó 318 người …",
    "kết luận 19 tổ chức đảng và 96 đảng viên …, trong đó 11 tổ chức và 58 đảng viên …")."""
    i = bisect.bisect_right(info.breakdowns, c.start - 1) - 1
    if i < 0:
        return None
    cut = info.breakdowns[i]
    clause_start = _clause_start(info, c.start)
    if cut < clause_start and (cat == "thing" or _NEW_CLAUSE_OPENER.match(info.low, clause_start - info.start)):
        # "…, trong đó 61 chủ doanh nghiệp; hiện vẫn còn 14 doanh nghiệp có 2 - 3 đảng viên":
        # a ";" clause that opens on its own ("hiện", "tuy nhiên") or counts an unrelated
        # thing is no longer an item of the breakdown.
        return None
    bracket = info.low.rfind("(", max(0, cut - info.start - 3), cut - info.start + 1)
    if bracket >= 0 and ")" in info.low[cut - info.start:c.start - info.start]:
        return None  # "(gồm 246 đảng bộ cơ sở và 156 chi bộ cơ sở), 2.870 …": the bracket closed
    persons = {"members", "comrades", "individuals"}
    orgs = {"orgs", "grassroots", "cells", "collectives", "subunit", "district"}
    want = persons if cat in persons else orgs if cat in orgs else {cat}
    j = bisect.bisect_left(earlier, cut, key=lambda f: f["start"])
    for k in range(j - 1, -1, -1):
        f = earlier[k]
        if f["start"] < info.start:
            break
        if f.get("_role") == "total" and k > 0 and earlier[k - 1].get("_role") == "part":
            continue  # "(34/37 tổ chức), trong đó … 8 tổ chức": a part of the 34, not of the whole
        if _noun_category(f["noun"]) in want:
            return f
    return None


_TO_NUMBER_AFTER = re.compile(
    r"(?i)\s*(?:xuống|lên)\s+(?:còn\s+)?(?:(?:gần|hơn|trên|khoảng)\s+)?\d[\d.,]*(?![\d%])")
_COUNT_LABEL_BEFORE = re.compile(
    r"(?i)(?:^|(?<=[\n;.]))[ \t]*(?:[-–•+*][ \t]*)?(?:tổng\s+)?số(?:\s+lượng)?\s+([^\W\d_][^;:()\n.]{0,60}?)\s*:\s*$")
_IS_NOUN_AFTER = re.compile(r"\s+là\s+(?=[^\W\d_])")
_ORG_CATS = {"orgs", "grassroots", "cells", "collectives", "subunit", "district"}
# A rating tier standing where the counted noun should be.
_ELIDED_TIER = re.compile(r"(?i)(?:không\s+)?hoàn thành(?:\s+(?:xuất sắc|tốt))?(?:\s+nhiệm vụ)?(?![^\W\d_])")
# a year's item in a series told in prose, and the series' label: "Số đảng viên mới kết nạp theo
# từng năm lần lượt như sau - Năm 2016: 1.037; năm 2017: 1.102"
_SERIES_ITEM_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:năm|\d+ tháng(?: đầu| cuối)? năm|quý [IV\d]+(?: năm)?)\s+)?(?<![\d/])(?:19|20)\d\d"
    r"(?:\s*:|\s+là)\s*$")
_SERIES_LABEL = re.compile(
    r"(?i)(?<![^\W\d_])số (?:lượng )?([^\W\d_][^;:()\d]{2,60}?)\s+(?:qua|theo|trong|của)\s+(?:từng|các|mỗi)\s+năm")
# "+ Kết nạp đảng viên: 2021: 38 đảng viên; 2022: 45 đảng viên": a line's label before its items
_LINE_LABEL = re.compile(r"[ \t]*(?:[-+•*][ \t]*)?([^\W\d_][^:\n;.]{2,60}?)[ \t]*:")
_NUMBER_NEXT = re.compile(r"\s*(?:được\s+)?\d")
_TABLE_INTRO_END = re.compile(r"(?i)(?:như sau|sau đây)\s*[.:]\s*$")
# a sentence that is one item of a table told in prose: "Năm 2021: 214 đảng viên."
_YEAR_ITEM_SENTENCE = re.compile(r"[ \t]*(?:[-+•*][ \t]*)?(?:[Nn]ăm\s+)?(?:19|20)\d\d\s*:")
_TIER_IN_NOUN = re.compile(r"(?i)\s(?:không\s+)?hoàn thành")


def _read(art: _Article, c: _Cand, prev_fact: dict | None, earlier: list[dict] | None = None) -> dict | None:
    text = art.text
    sent_start, sent_end = _sentence_of(art, c.start)
    info = _sentence_info(art, sent_start, sent_end)
    clause_start = _clause_start(info, c.start)
    # The clause before the number and the sentence after it, as far as local cues reach.
    left = text[max(clause_start, c.start - _LEFT_WINDOW):c.start]
    noun_pos = c.noun_from if c.noun_from is not None else c.end
    noun = _noun_after(text, noun_pos, min(sent_end, noun_pos + 200))
    cat = _noun_category(noun)
    low_left = left.lower()
    trig, trig_pos, trig_word = _nearest_trigger(info, clause_start, c.start)
    if trig is None and not c.percent and _SERIES_ITEM_BEFORE.search(text, max(sent_start, c.start - 40), c.start):
        label = _LINE_LABEL.match(text, sent_start)
        label_trig = _TRIGGER_RE.search(label.group(1).lower()) if label else None
        if label_trig and label_trig.lastgroup in {"admit", "award", "elect", "action"}:
            # "+ Kết nạp đảng viên: 2021: 38 đảng viên; 2022: 45 đảng viên": the label's verb
            trig, trig_pos, trig_word = label_trig.lastgroup, c.start, label_trig.group(0)
    # (an item that counts an action of its own, "Năm 2016: 7.812 đảng viên, kết nạp 245",
    # counts levels before it)
    intro = _table_intro(art, sent_start) if trig is None and not any(
        cat != "level" and start > c.start and _NUMBER_NEXT.match(text, end, end + 12)
        for start, end, cat, _ in info.triggers) else None
    if intro is not None:
        # "số đảng viên mới được kết nạp qua các năm như sau. Năm 2016: 1.036 đảng viên. Năm
        # 2017: …": a table told in prose is read by the verb of the sentence that announces it
        intro_start, intro_end = intro
        intro_trig, _, intro_word = _nearest_trigger(_sentence_info(art, intro_start, intro_end), intro_start, intro_end)
        if intro_trig is not None:
            trig, trig_pos, trig_word = intro_trig, sent_start, intro_word
    last_fact = earlier[-1] if earlier and earlier[-1]["start"] >= sent_start else None
    if (trig in {"up", "down"} and last_fact is not None and last_fact["start"] > trig_pos
            and re.search(r"(?i)so với|so cùng kỳ", text[last_fact["end"]:c.start])):
        # "tăng 40% so với cùng kỳ, và 286 đảng viên": the rise belongs to the number it
        # compared; the next number is read by the verb before the rise.
        trig, trig_pos, trig_word = _nearest_trigger(info, clause_start, trig_pos)
    right = text[c.end:min(sent_end, c.end + _RIGHT_WINDOW)]
    right_clause = right.split(";", 1)[0]

    # "số <noun> tăng N", "tổng số <noun> … lên N" name the counted thing before the verb.
    subject_noun_cat = None
    m_so = None
    for m_so in re.finditer(r"(?i)(?:số lượng|(?<!trong )số|tỷ lệ|tỉ lệ)\s+([^\W\d_][^;:()]*?)\s+(?:đang\s+|đã\s+|cũng\s+)?"
                            r"(?:tăng|giảm|đạt|là|chiếm|có|được|bằng|còn|lên|xuống)", left):
        pass
    if m_so:
        subject_noun_cat = _noun_category(m_so.group(1))
        if re.search(r"(?i)\b(?:bị|được|vi phạm|kỷ luật|kiểm tra|khen thưởng|hoàn thành|xếp loại|đánh giá)\b",
                     m_so.group(1)):
            # "số đảng viên bị kỷ luật tăng 12,4%" counts an action, not a level (rule 1, 12).
            subject_noun_cat = {"members": "acted_members", "comrades": "acted_members"}.get(
                subject_noun_cat, "acted_orgs" if subject_noun_cat in {"orgs", "grassroots", "cells"} else subject_noun_cat)

    if not c.percent and noun and noun.split()[0].lower() in _FUNCTION_NEXT:
        noun = ""  # "giảm từ 19 xuống còn 7": the noun, if any, stands before the number
        cat = "thing"
    # "thi hành kỷ luật 96 đảng viên (khiển trách 61, cảnh cáo 27, …)": a count by form of
    # discipline, of the members (or organisations) disciplined.
    form = _DISCIPLINE_FORM_BEFORE.search(left[-40:])
    if form and not c.percent and (not noun or noun.split()[0].lower() in _FUNCTION_NEXT or cat in {
            "members", "comrades", "orgs", "grassroots", "cells", "collectives", "subunit", "district"}):
        org_parent = last_fact is not None and _noun_category(last_fact["noun"]) in {
            "orgs", "grassroots", "cells", "collectives", "subunit", "district"} and not noun
        if org_parent or cat in {"orgs", "grassroots", "cells", "collectives", "subunit", "district"}:
            disc_measure = "party_orgs"
        else:
            disc_measure = "other"
        if not noun or noun.split()[0].lower() in _FUNCTION_NEXT:
            base = "đảng viên"
            if last_fact is not None and _noun_category(last_fact["noun"]) in {
                    "members", "comrades", "orgs", "grassroots", "cells", "collectives", "subunit", "district"}:
                base = last_fact["noun"].split(" bị ")[0]
            noun = f"{base} bị {form.group(1).lower()}"
            cat = _noun_category(base)
    else:
        disc_measure = None
    # "năm 2016 kết nạp 486 đảng viên, năm 2017: 512, năm 2018: 530": a series by year
    # keeps the reading of its first item.
    label = _YEAR_LABEL_BEFORE.search(left[-45:])
    series_parent = None
    if (label and last_fact is not None and last_fact.get("_label")
            and c.start - last_fact["end"] <= 70
            and (not noun or noun.split()[0].lower() in _FUNCTION_NEXT
                 or _noun_category(noun) == _noun_category(last_fact["noun"])
                 # "đảng viên năm 2015 có 36.912 người, năm 2020 có 42.618 người"
                 or (re.fullmatch(r"(?i)người|đồng chí", noun)
                     and _noun_category(last_fact["noun"]) in {"members", "comrades"}))
            and (trig_pos < c.start - len(left[-45:]) + label.start() or trig_word in {"là", "có", None, ""})):
        series_parent = last_fact
        if not c.percent and (not noun or noun.split()[0].lower() in _FUNCTION_NEXT
                              or re.fullmatch(r"(?i)người|đồng chí", noun)):
            noun = last_fact["noun"]
            cat = _noun_category(noun)
    # "đảng viên năm 2015 có 36.912 người", "tổ chức cơ sở đảng năm 2015: 538": the noun
    # named before a year label is what the number counts, whatever generic word follows.
    m_pre = _LEVEL_BEFORE_LABEL.search(left[-80:]) if not c.percent else None
    if m_pre and (series_parent is not None or not noun or noun.split()[0].lower() in _FUNCTION_NEXT
                  or re.fullmatch(r"(?i)người|đồng chí|tổ chức|đơn vị", noun)):
        noun = m_pre.group(1)
        cat = _noun_category(noun)
        series_parent = None
    if (not c.percent and cat == "orgs" and re.match(r"(?i)tổ chức(?! đảng)", noun)
            and re.search(r"(?i)trong số (?:các |những )?(?:tổ chức cơ sở đảng|tccs)[^;.]*$", text[sent_start:c.start])):
        cat = "grassroots"  # "trong số các tổ chức cơ sở đảng, có 46 tổ chức ở doanh nghiệp …" (rule 2)
    # "có 9 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ, 35 hoàn thành tốt nhiệm vụ, 1 không
    # hoàn thành nhiệm vụ": a tier with its noun left out counts the population just named,
    # and a count of one rating tier is an action on it (rule 1).
    tier_measure = None
    last_count = next((f for f in reversed(earlier or []) if f["start"] >= sent_start and f["unit"] == "count"), None)
    form_after = _DISCIPLINE_FORM_AFTER.match(text[noun_pos:noun_pos + 40]) if not c.percent else None
    if form_after and disc_measure is None and last_count is not None and c.start - last_count["end"] < 60:
        # "thi hành kỷ luật 3 tổ chức đảng (2 khiển trách, 1 cảnh cáo)": the form after the
        # number counts the organisations (or members) just named.
        base_cat = _noun_category(last_count["noun"])
        if base_cat in _ORG_CATS | {"members", "comrades"}:
            base = last_count["noun"].split(" bị ")[0]
            noun = f"{base} bị {form_after.group(1).lower()}"
            cat = base_cat
            disc_measure = "party_orgs" if base_cat in _ORG_CATS else "other"
    tier_m = _ELIDED_TIER.match(text[noun_pos:noun_pos + 60].lstrip(" \t\u00a0"))
    if not c.percent and tier_m and last_count is not None:
        base_cat = _noun_category(last_count["noun"])
        if base_cat == "thing" and last_count["measure"] == "party_orgs":
            base_cat = "orgs"  # "11 đơn vị hoàn thành xuất sắc nhiệm vụ, 42 hoàn thành tốt"
        if base_cat in _ORG_CATS | {"members", "comrades"} and c.start - last_count["end"] < 160:
            base = _TIER_IN_NOUN.split(last_count["noun"])[0].strip()
            tier = tier_m.group(0)
            noun = f"{base} {tier}"
            cat = base_cat
            tier_measure = "party_orgs" if base_cat in _ORG_CATS else "other"
    elif (not c.percent and cat == "thing" and re.match(r"(?i)đơn vị$", noun)
          and _ELIDED_TIER.match(text[noun_pos:noun_pos + 80].lstrip()[len(noun):].lstrip())
          and re.search(r"(?i)(?:tổ chức|chi bộ|đảng bộ|tccs)[^.;]{0,40}(?:được |đã )?(?:xếp loại|đánh giá)",
                        text[sent_start:c.start])):
        # "trong 58 tổ chức cơ sở đảng được xếp loại có 11 đơn vị hoàn thành xuất sắc nhiệm vụ".
        tier_measure = "party_orgs"
    if not c.percent and (not noun or noun.split()[0].lower() in _FUNCTION_NEXT):
        m_lab = _COUNT_LABEL_BEFORE.search(left[-90:])
        m_is = _IS_NOUN_AFTER.match(text, c.end, min(sent_end, c.end + 80))
        if m_lab:
            # "- Số chi bộ trực thuộc đảng ủy cơ sở: 236;": the label names the count.
            noun = _noun_after(m_lab.group(1), 0, len(m_lab.group(1))) or m_lab.group(1).strip()
            cat = _noun_category(noun)
        elif m_is and last_count is not None and info.breakdowns and info.breakdowns[0] < c.start:
            # "trong đó 96 đảng viên là người dân tộc Khmer, 11 là người có đạo": an item
            # that leaves its noun out counts what the item before it counted.
            noun = _noun_after(text, m_is.end() - 1, min(sent_end, m_is.end() + 120))
            cat = _noun_category(last_count["noun"])
    if not c.percent and not noun and re.search(r"(?i)(?<![^\W\d_])từ\s*$", left[-8:]):
        m_to = _TO_NUMBER_AFTER.match(text, c.end, min(sent_end, c.end + 60))
        if m_to:
            # "giảm từ 126 xuống còn 98 thôn, tổ dân phố": both ends count the noun of the second.
            noun = _noun_after(text, m_to.end(), min(sent_end, m_to.end() + 200))
            cat = _noun_category(noun)
    if not c.percent and not noun:
        if m_so and len(left) - m_so.end() < 25:
            noun = _noun_after(m_so.group(1), 0, len(m_so.group(1))) or _short_noun(m_so.group(1))
            cat = subject_noun_cat or "thing"
        elif trig == "admit" and c.start - trig_pos < 25:
            noun, cat = "đảng viên", "members"
        elif _SERIES_ITEM_BEFORE.search(text, max(sent_start, c.start - 40), c.start) and (
                series := _SERIES_LABEL.search(text, sent_start, c.start)):
            # "Số đảng viên kết nạp mới qua từng năm: năm 2016: 118; năm 2017: 131; …": each
            # year's figure counts what the series' label names
            noun = _noun_after(series.group(1), 0, len(series.group(1))) or _short_noun(series.group(1))
            cat = _noun_category(noun)
            label_trig = _TRIGGER_RE.search(series.group(1).lower())
            if label_trig:
                trig, trig_pos, trig_word = label_trig.lastgroup, c.start, label_trig.group(0)
                if trig == "admit" and cat == "thing":
                    noun, cat = "đảng viên", "members"  # "Số kết nạp theo từng năm: năm 2021 là 1.912"
    if not c.percent:
        if not noun:
            return None
        if _IDIOM_NOUNS.match(noun.lower()):
            return None
        if noun.lower().startswith("lần") and (isinstance(c.value, float) or re.search(r"(?i)gấp\s*$", left[-10:])):
            return None  # "gấp 1,4 lần": a ratio, not a count of times
        first = noun.split()[0].lower()
        if first in _FUNCTION_NEXT or _is_time(noun.lower().split()) or _is_unit(noun.lower().split()):
            return None
        if noun[0].isupper() and cat == "thing" and not re.match(r"[A-ZĐ]{2,}", noun):
            return None  # "12 Hoàng Diệu": an address or a name follows

    kind = "actual"
    value = c.value
    measure = "other"
    unit = "percent" if c.percent else "count"

    # "giảm từ 21 hộ xuống còn 9 hộ": both ends are levels, not a change or a bound.
    from_to = bool(re.search(r"(?i)từ\s*$", left[-20:])) and bool(
        # "tăng từ 4.870 đồng chí cuối năm 2010 lên 5.600": a year may date the low end.
        re.match(r"\s*(?:%\s*)?(?:(?:[^\W\d_]+|(?:19|20)\d\d)\s+){0,6}?(?:\([^()\n]{0,30}\)\s*)?(?<!trở )(?:xuống|lên)\b",
                 text[c.end:c.end + 80]))
    # Change: "tăng 1.072", "giảm 20%" (the nearest trigger is a rise or a fall).
    change = (trig in {"up", "down"} and not from_to
              and not re.search(r"(?i)(?:còn|lên|xuống|đến|tới)\s*(?:(?:gần|hơn|trên|khoảng|xấp xỉ)\s+)?$", left[-25:]))
    if change and trig == "down":
        value = -value
    if change:
        kind = "change"

    if c.percent:
        measure, kind, value = _read_percent(text, c, info, left, low_left,
                                             noun, cat, trig, change, value, kind, subject_noun_cat, m_so)
        if measure is None:
            return None
        if (not noun or noun.split()[0].lower() in _FUNCTION_NEXT) and m_so:
            noun = _noun_after(m_so.group(1), 0, len(m_so.group(1)))
        elif (measure == "members_admitted" and kind == "actual" and last_fact is not None
              and last_fact.get("_role") == "total" and c.start - last_fact["end"] < 60
              and _noun_category(last_fact["noun"]) in {"orgs", "grassroots", "cells"}):
            # "82/85 chi bộ kết nạp được đảng viên, đạt 96,5%": a share of organisations by
            # what they did, not an admission rate (rule 4).
            measure = "other"
        elif (kind == "change" and measure == "other" and m_so is None and last_fact is not None
              and last_fact["unit"] == "count" and (not noun or noun.split()[0].lower() in _FUNCTION_NEXT)
              and last_fact["start"] >= clause_start
              and trig_pos - (last_fact["end"] + len(last_fact["noun"])) <= 12):
            # "52.416 đảng viên, tăng 2,1% so với cuối năm 2022": the rise of the count just
            # given, in percent (FACTS: a count code takes percent for its change).
            measure = last_fact["measure"]
    else:
        measure = _count_measure(cat, noun, trig, left, low_left, right_clause, change, subject_noun_cat,
                                 info.awards_said, text[max(sent_start, c.start - _LEFT_WINDOW):c.start])
        if change and subject_noun_cat in {"members"} and cat in {"comrades", "members"}:
            measure = "party_members"
        elif (m_so and cat in {"comrades", "thing"} and trig in {"level", "up", "down"}
              and subject_noun_cat in {"members", "grassroots", "cells"}
              and (len(left) - m_so.end() < 30
                   # "số đảng viên tăng từ 4.870 đồng chí cuối năm 2010 lên gần 5.600 đồng chí"
                   or re.fullmatch(r"(?i)[^,;]*?(?<![^\W\d_])từ\s[^,;]*?(?<![^\W\d_])lên\s+(?:gần\s+|hơn\s+|trên\s+|khoảng\s+)?",
                                   left[m_so.end():]))):
            # "Số đảng viên tăng từ 980 lên 1.120 đồng chí": the level named before the verb.
            measure = {"members": "party_members", "grassroots": "grassroots_orgs",
                       "cells": "party_cells"}[subject_noun_cat]
            if subject_noun_cat == "members" and re.search(r"(?i)kết nạp|mới|phát triển", m_so.group(1)):
                measure = "members_admitted"  # "số đảng viên mới kết nạp là 87 người"
        elif m_so and cat == "orgs" and subject_noun_cat in {"grassroots", "cells"} and len(left) - m_so.end() < 30:
            # "số tổ chức cơ sở đảng giảm 3 tổ chức": the short noun repeats the level's.
            measure = {"grassroots": "grassroots_orgs", "cells": "party_cells"}[subject_noun_cat]
        parent = _breakdown_parent(info, c, cat, earlier or [])
        own_action = _PERSON_ACTION_AFTER.match(right_clause) or _ORG_ACTION_AFTER.match(right_clause)
        # A committee's or a congress's make-up keeps its parent even when the part is said
        # to do something ("14 đồng chí lần đầu tham gia cấp ủy").
        composition = parent is not None and parent["measure"] in {
            "executive_committee_size", "standing_committee_size", "presidium_size", "delegates",
            "delegates_elected", "members_admitted"} and cat in {"members", "comrades", "delegates", "thing"}
        if parent is not None and not change and (not own_action or composition) and measure in {
                "other", "party_members", "grassroots_orgs", "party_cells", "party_orgs"}:
            measure = parent["measure"]
            if parent["kind"] in {"actual", "target"}:
                kind = parent["kind"]
        elif change and last_fact is not None and last_fact["kind"] == "actual" and last_fact["start"] >= clause_start:
            last_cat = _noun_category(last_fact["noun"])
            if {cat, last_cat} <= {"members", "comrades"}:
                last_cat = cat  # "412 đảng viên …, tăng 37 đồng chí": the same people
            if cat == "orgs" and last_fact["measure"] in {"grassroots_orgs", "party_cells"}:
                # "có 156 tổ chức cơ sở đảng, giảm 75 tổ chức": the fall of the level just named.
                measure = last_fact["measure"]
            elif cat == last_cat and cat != "thing":
                # "412 đảng viên được trao Huy hiệu Đảng, tăng 37 đảng viên": the rise of
                # the figure just given.
                measure = last_fact["measure"]
    if disc_measure is not None:
        measure = disc_measure
    if tier_measure is not None and not change:
        measure = tier_measure
    if (change and not c.percent and cat in {"grassroots", "cells"} and subject_noun_cat != "acted_orgs"
            and _LEVEL_COMPARED_AFTER.match(right_clause)):
        # "giảm 2 tổ chức cơ sở đảng so với đầu năm": the level moved, whatever action moved it.
        measure = "grassroots_orgs" if cat == "grassroots" else "party_cells"
    if series_parent is not None and not change:
        measure = series_parent["measure"]

    if c.role == "total" and not c.total_target:
        body_total = _BODY_RE.search(noun.lower())
        if body_total and body_total.lastgroup in {"executive_committee_size", "standing_committee_size", "presidium_size"}:
            measure = body_total.lastgroup  # "71/75 ủy viên Ban Chấp hành … tham dự"
        if cat == "orgs" and re.fullmatch(r"(?i)tổ chức", noun.strip()) and re.search(
                r"(?i)tổ chức cơ sở đảng|tccs", text[sent_start:c.start]):
            cat = "grassroots"  # "đạt 91,9% (34/37 tổ chức)" of the grassroots organisations
        if cat in {"grassroots", "cells", "members"} and measure in {"party_orgs", "other", "members_admitted", "delegates"}:
            measure = {"grassroots": "grassroots_orgs", "cells": "party_cells", "members": "party_members"}[cat]
    if c.role == "total" and c.total_target:
        kind = "target"

    if kind == "actual" and _is_target(art, info, c, prev_fact, clause_start):
        kind = "target"
    if series_parent is not None and series_parent["kind"] in {"actual", "target"} and kind in {"actual", "target"}:
        kind = series_parent["kind"]
    if not change and _admitted_by_context(text, c, noun, measure, kind, sent_start, sent_end, right_clause):
        measure = "members_admitted"

    qualifier = "exact" if from_to else _qualifier(text, c, clause_start, c.end + len(noun) + 1)
    period = _period(art, info, c, kind, measure)
    subject = _subject(art, info, c.start)
    quote = info.quote
    return {
        "measure": measure,
        "value": as_number(value) if isinstance(value, float) else value,
        "unit": unit,
        "kind": kind,
        "qualifier": qualifier,
        "noun": _short_noun(noun) or ("%" if c.percent else ""),
        "period": period,
        "subject": subject,
        "start": c.start,
        "end": c.end,
        "quote": quote,
        # "năm 2021: hoàn thành tốt nhiệm vụ trở lên 87,2%; năm 2022: 89,5%": a colon label
        # heads a series even when words stand between it and the first number.
        "_label": label is not None or bool(_YEAR_COLON_LABEL_BEFORE.search(left[-80:])),
        "_role": c.role,
    }


def _short_noun(noun: str) -> str:
    words = noun.split()
    if len(words) > 6 and _TIER_IN_NOUN.search(noun):
        return noun  # "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ": the tier is the point
    return " ".join(words[:6])


_INTO_BODY_AFTER = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,2}?vào\s+(?:làm\s+)?")
_ELECTED_INTO_AFTER = re.compile(
    r"(?i)[^.;,]{0,30}?(?<![^\W\d_])(?:trúng cử|tái cử|được bầu|được chỉ định)(?:\s+(?:vào|làm|là))?\s+(?:ủy viên\s+|uỷ viên\s+)?")
# The forms of party discipline (Quy định 102, 69): one list for both sides of a number.
_DISCIPLINE_FORMS = r"khiển trách|cảnh cáo|cách chức|khai trừ|giáng chức|giải tán"
_DISCIPLINE_FORM_BEFORE = re.compile(
    rf"(?i)(?<![^\W\d_])({_DISCIPLINE_FORMS}|xóa tên|xoá tên|"
    r"cách tất cả các chức vụ|cách hết các chức vụ)\s*(?:là\s+|có\s+|:\s*)?$"
)
_LEVEL_COMPARED_AFTER = re.compile(
    r"(?i)[^.;,]{0,50}?(?<![^\W\d_])so\s+(?:với\s+)?(?:cùng kỳ|đầu|cuối|năm|nhiệm kỳ|kỳ trước|trước)"
)
_DISCIPLINE_FORM_AFTER = re.compile(rf"(?i)\s*({_DISCIPLINE_FORMS})(?![^\W\d_])")
# A year or a part of one labelling the number after it: "năm 2017: 512", "Năm 2019:
# 1.845 đảng viên", "6 tháng đầu năm 2020 là 201", "năm 2016 kết nạp 486".
_LEVEL_BEFORE_LABEL = re.compile(
    r"(?i)(?<![^\W\d_])(tổ chức cơ sở đảng|tổ chức đảng|chi bộ trực thuộc|chi bộ|đảng bộ cơ sở|đảng viên)"
    r"\s+(?:(?:vào\s+)?(?:đầu|cuối)\s+)?năm\s+(?:19|20)\d\d\s*(?::|có|là)\s*$"
)
_YEAR_COLON_LABEL_BEFORE = re.compile(r"(?i)(?<![^\W\d_])năm\s+(?:19|20)\d\d\s*:[^;.:\d()]{0,60}$")
_YEAR_LABEL_BEFORE = re.compile(
    # ("Qua từng năm: 2011 kết nạp 197 đảng viên; 2012: 214": a bare year opening an item)
    r"(?i)(?:(?<![^\W\d_])năm\s+|(?<=[:;] )|(?<=[:;])|^\s*)(?:19|20)\d\d(?!\d)[^,;.\d()]{0,22}$"
)
# A past time right after a number in a plan sentence makes it an example of what happened.
_PAST_AFTER = re.compile(r"(?i)[^,;.]{0,50}?(?<![^\W\d_])(?:thời gian qua|vừa qua|trước đây|thời gian trước|năm trước)(?![^\W\d_])")
_DISCIPLINE_DUE_AFTER = re.compile(r"(?i)\s+(?:thi hành |xử lý |xem xét |bị )?kỷ luật(?![^\W\d_])")
_DONE_WORDS = re.compile(r"(?<![^\W\d_])(?:đã|đạt được|vừa qua|năm qua|nhiệm kỳ qua|thực hiện được)(?![^\W\d_])")
_GOAL_INTRO_SENTENCE = re.compile(
    r"(?i)(?<![^\W\d_])(?:đề ra|đặt ra|thông qua|xác định)\s+(?:các\s+|những\s+)?(?:\d+\s+)?"
    r"(?:chỉ tiêu|mục tiêu)[^.\n]{0,80}[.:]")
_SET_GOAL_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:đề ra|đặt ra|đặt|xác định|thông qua)\s+(?:các\s+|những\s+)?$")
_PLAN_NOUN_COUNTED = re.compile(r"(?:\d|các|những|số|trong|có)\s*$")
_PLAN_NOUN_RESULT = re.compile(r"(?:đạt|vượt|hoàn thành|bằng|so với)(?:[^,;]|,(?=\d)){0,25}$")
_PLAN_NOUN_LISTED = re.compile(r"\s*(?:,|và\s)")


_QUOTA_IN_BRACKETS = re.compile(r"(?i)(?:chỉ tiêu|kế hoạch|mục tiêu)[^()\n.;]{0,30}\(\s*(?:là\s+)?$")


def _is_target(art: _Article, info: _Sentence, c: _Cand, prev_fact: dict | None, clause_start: int) -> bool:
    """Whether the number is a goal (FACTS rule 13): a plan word governs its clause."""
    text = art.text
    sent_start = info.start
    if _QUOTA_IN_BRACKETS.search(text, max(sent_start, c.start - 50), c.start):
        return True  # "đạt 105% chỉ tiêu Tỉnh ủy giao (225 đảng viên)": the quota itself
    for t_start, t_end, word in info.targets:
        if t_end > c.start:
            break
        if word == "Kế hoạch":
            continue  # a document's name ("Kế hoạch 155 của Thành ủy"), not a plan word
        w = word.lower()
        in_clause = t_start >= clause_start
        if w == "phải" and _DISCIPLINE_DUE_AFTER.match(text, t_end):
            continue  # "có vi phạm, đến mức phải thi hành kỷ luật 4 đồng chí": a finding, not a plan
        if w == "để":
            # "Để …," opening a sentence is a purpose adverbial over a report; "để củng cố
            # 60 …" mid-clause plans the action.
            # "không để gián đoạn …" (so as not to let) negates, it plans nothing.
            negated = re.search(r"(?i)(?:không|chưa|chẳng)\s+$", text[max(sent_start, t_start - 8):t_start])
            if in_clause and not negated and not _is_sentence_initial(text, t_start):
                return True
            continue
        if w in {"phấn đấu", "dự kiến", "sẽ", "dự định"}:
            return True  # a plan verb governs the whole sentence, across its ";" clauses
        if w in {"mục tiêu", "chỉ tiêu"} and _SET_GOAL_BEFORE.search(text, max(sent_start, t_start - 25), t_start):
            return True  # "Đại hội đề ra mục tiêu …; hằng năm kết nạp từ 180 đảng viên trở lên; …"
        if _PAST_AFTER.match(text, c.end, min(info.end, c.end + 80)):
            continue  # "cần tránh … như 2 trường hợp ở huyện X thời gian qua": a past example
        if not in_clause:
            continue  # "đạt 128% chỉ tiêu; thành lập mới 2 chi bộ": another clause's goal
        if w in {"chỉ tiêu", "mục tiêu", "kế hoạch"}:
            before = text[max(sent_start, t_start - 60):t_start]
            # "đạt 52,4% kế hoạch năm (chỉ tiêu năm 2019 là 2.000 đảng viên)": a bracket opens
            # its own phrase
            before = before[before.rfind("(") + 1:]
            if _PLAN_NOUN_COUNTED.search(before):
                continue  # "25 chỉ tiêu", "các chỉ tiêu": the goals are what is counted
            if _PLAN_NOUN_RESULT.search(before):
                continue  # "đạt 106% chỉ tiêu", "hoàn thành vượt chỉ tiêu": a result
            if _PLAN_NOUN_LISTED.match(text, t_end, c.start):
                continue  # "phương hướng, mục tiêu và các nhiệm vụ": a noun in a list
        return True
    if _in_goal_block(art, c.start):
        return True
    # "Đại hội đề ra các chỉ tiêu chủ yếu cho nhiệm kỳ mới. Hằng năm kết nạp từ 40 đảng viên
    # trở lên. …": the sentences after a goal-setting sentence in its paragraph are its goals.
    para = _paragraph_start(art, sent_start)
    if para < sent_start and not _DONE_WORDS.search(info.low):
        intro = _GOAL_INTRO_SENTENCE.search(text, para, sent_start)
        if intro is not None:
            return True
    # A list introduced by "chỉ tiêu:" / "mục tiêu:" / "phấn đấu:" in the same paragraph.
    intros = _list_intros(art)
    i = bisect.bisect_left(intros, (_paragraph_start(art, sent_start), -1))
    if i < len(intros) and intros[i][1] <= c.start:
        return True
    # A number coordinated with a planned one: "để củng cố 60 …, cùng với 77 …".
    if prev_fact is not None and prev_fact["kind"] == "target" and prev_fact["start"] >= sent_start:
        if c.start - prev_fact["end"] < 80:
            gap = text[prev_fact["end"]:c.start]
            if not _TRIGGER_RE.search(gap.lower()) or re.search(r"cùng với|và", gap):
                if ";" not in gap:
                    return True
    return False


def _governing_body(low_left: str) -> tuple[str, int] | None:
    """The committee whose size a number right after it gives: "Ban Chấp hành … gồm 35",
    "Ủy ban Kiểm tra Huyện ủy gồm 9" (the head of a chain of names, not its genitive).

    None unless the body stands close before the number with only its name, a term and a
    verb ("gồm", "có", "là", "với") between them.
    """
    # The body stands within ~90 characters of the number (plus its term); a chain of names
    # before it is short too, so the last 250 characters hold every body that can count.
    low_left = low_left[-250:]
    if not any(k in low_left for k in _BODY_KEYS):
        return None
    matches = list(_BODY_RE.finditer(low_left))
    if not matches:
        return None
    head = matches[-1]
    for prev, cur in zip(reversed(matches[:-1]), reversed(matches)):
        gap = low_left[prev.end():cur.start()]
        # "Ủy ban Kiểm tra Huyện ủy": one name; "Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp
        # hành …": a verb between makes the second body the head.
        if len(gap) <= 25 and not re.search(r"[,;.:]|\b(?:và|gồm|có|là|với|bầu|của|chỉ định|quyết định|"
                                             r"công nhận|phê chuẩn|trao|giao|cử|thành lập|kiện toàn)\b", gap):
            head = prev
        else:
            break
    if re.search(r"(?:trực thuộc|thuộc|của|tại|ở|trong|cho|đối với)\s+$",
                 low_left[max(0, head.start() - 20):head.start()]):
        # "2.870 chi bộ trực thuộc đảng ủy cơ sở với 61.230 đảng viên": the body names whom
        # a counted noun belongs to; it is not the subject whose size follows.
        return None
    between = low_left[head.end():]
    if not between.strip():
        return head.lastgroup, head.end()  # "…, Ban Thường vụ 5 đồng chí": the body right before
    between = re.sub(r",?\s*nhiệm kỳ \d{4}\s*[-–]\s*\d{4},?", " ", between)
    if len(between) > 90 or re.search(r"[,;:]", between):
        return None
    # Only the body's name, its term and a verb of size may stand between it and the number:
    # "Ban Chấp hành … khóa XXIV là 43", "Ban Thường vụ 15 đồng chí"; not "Ban Thường vụ …
    # quyết định đình chỉ … đối với 02 đảng viên".
    verb_last = re.search(r"(?<!đối )(?:gồm có|gồm|có|là|với|còn)\s*$", between)
    if verb_last:
        if _TRIGGER_RE.search(between[:verb_last.start()]) and not re.search(
                r"(?:bầu|dự kiến|số lượng)", low_left[max(0, head.start() - 40):]):
            return None
        return head.lastgroup, head.end()
    if len(between.split()) <= 3 and re.search(r"(?:gồm|có|bầu|số lượng)\b", low_left[max(0, head.start() - 40):]):
        return head.lastgroup, head.end()
    return None


# What is done to or by people counted right after their noun.
_AWARD_AFTER = re.compile(
    r"(?i)[^.;,]{0,40}?(?:được\s+)?(?:[^\W\d_]+\s+){0,6}?(?:trao|tặng|nhận|đón nhận)\s+"
    r"(?:huy hiệu|giấy khen|bằng khen|cờ|danh hiệu|kỷ niệm chương)"
)
_AWARD_LATE_AFTER = re.compile(
    r"(?i)[^.;]{0,150}?(?<![^\W\d_])được\s+(?:[^\W\d_.;,]+\s+){0,8}?(?:trao|tặng|nhận)\s+"
    r"(?:huy hiệu|giấy khen|bằng khen|cờ thi đua|danh hiệu)"
)
_ATTEND_AFTER = re.compile(
    r"(?i)[^.;]{0,40}?(?<![^\W\d_])(?:về dự|tới dự|đến dự|tham dự|dự)(?![^\W\d_])(?!\s+(?:bị|khuyết|kiến|án|thảo|toán|báo))"
)
_PERSON_ACTION_AFTER = re.compile(
    r"(?i)\s*(?:[^\W\d_]+\s+){0,5}?(?:đã\s+|đều\s+|cũng\s+)?"
    r"(?:có vi phạm|vi phạm|(?<!dự )bị|được(?!\s+miễn)|hoàn thành|không hoàn thành|học tập|hy sinh|từ trần|qua đời|"
    r"nhận|đăng ký|xếp loại|chuyển|ra khỏi|xin ra|cao tuổi|không thể|đạt|tham gia|"
    r"được khen|làm|giữ|kiêm)(?![^\W\d_])"
)


# Organisations rated, inspected or disciplined, said after their noun: "9 tổ chức cơ sở
# đảng hoàn thành xuất sắc nhiệm vụ", "100% đảng ủy xã được kiểm tra".
_ORG_ACTION_AFTER = re.compile(
    r"(?i)[^.;]{0,30}?(?:(?:được|bị)\s+(?:[^\W\d_]+\s+){0,3}?(?:kiểm tra|giám sát|kỷ luật|xếp loại|"
    r"đánh giá|thành lập|giải thể|củng cố|kiện toàn|khen|xử lý)|hoàn thành|không hoàn thành|"
    r"có vi phạm|vi phạm|đạt trong sạch|yếu kém|(?:đã\s+)?kết nạp(?: được)?\s+đảng viên)"
)


def _count_measure(cat: str, noun: str, trig: str | None, left: str, low_left: str, right: str,
                   change: bool, subject_noun_cat: str | None, awards_said: bool, sent_left: str = "") -> str:
    low_noun = noun.lower()
    if cat in {"comrades", "members", "thing"}:
        m_among = None
        for m_among in re.finditer(r"trong số (?:các |những )?(ủy viên|uỷ viên|đại biểu|đảng viên mới|đảng viên)([^,;]*)", sent_left.lower()):
            pass
        if m_among and re.search(r"trao|tặng|nhận|đón nhận", m_among.group(2)) and re.search(
                r"huy hiệu|giấy khen|bằng khen|khen thưởng", m_among.group(2)):
            # "Trong số đảng viên được trao Huy hiệu lần này có 16 đồng chí là lão thành cách
            # mạng": a breakdown of those awarded is awards (rule 2).
            return "awards"
        if m_among:
            # "Trong số các ủy viên trúng cử có 7 đồng chí là nữ": a breakdown keeps its parent.
            head = m_among.group(1)
            if cat == "thing" and not (head == "đảng viên mới" or "kết nạp" in m_among.group(2)):
                head = ""  # "Trong số đại biểu, có 5 dân tộc": only new members take any noun
            if head in {"ủy viên", "uỷ viên"}:
                return "executive_committee_size"
            if head == "đại biểu":
                return "delegates_elected" if re.search(r"bầu|trúng cử", m_among.group(2)) else "delegates"
            if head == "đảng viên mới" or "kết nạp" in m_among.group(2):
                return "members_admitted"
    if cat in {"comrades", "members", "delegates"} and re.search(r"đoàn đại biểu|bầu[^.;]{0,40}đại biểu", low_left):
        if not re.search(r"quốc hội|hđnd|hội đồng nhân dân", low_left[-80:] + low_noun):
            return "delegates_elected"
    if cat == "delegates":
        if re.search(r"quốc hội|hđnd|hội đồng nhân dân|đbqh", low_noun):
            return "other"
        if "dự khuyết" in low_noun or trig == "elect" or re.search(
            r"(?i)đoàn đại biểu|bầu[^.;]{0,40}đại biểu", low_left
        ) or re.match(r"(?i)[^.;]{0,40}(?:đi dự|dự đại hội[^.;]{0,40}(?:cấp trên|tỉnh|thành phố|toàn quốc|huyện|quận|lần thứ))", right):
            return "delegates_elected"
        return "delegates"
    body = _governing_body(low_left) if cat in {"comrades", "members"} and trig in {"level", "elect", None} else None
    if cat in {"comrades", "members"}:
        m_into = _INTO_BODY_AFTER.match(right)
        into = _BODY_RE.match(right[m_into.end():m_into.end() + 40].lower()) if m_into else None
        if into:
            # "Ban Chấp hành bầu chín đồng chí vào Ban Thường vụ": the body elected into, not
            # the one electing.
            body = (into.lastgroup, 0)
    if body is None and cat in {"comrades", "members"}:
        # "15 đồng chí trúng cử Ban Chấp hành …": the election said after the people.
        m_el = _ELECTED_INTO_AFTER.match(right)
        if m_el:
            into = _BODY_RE.match(right[m_el.end():m_el.end() + 40].lower())
            if into:
                body = (into.lastgroup, 0)
    if body is not None:
        # "Ban Chấp hành … gồm 35 đồng chí", "bầu 11 đồng chí vào Ban Thường vụ".
        name = body[0]
        if name in {"executive_committee_size", "standing_committee_size", "presidium_size"}:
            return name
        return "other"
    if cat in {"comrades", "members"} and trig == "elect":
        m = _BODY_RE.search(right.lower()[:80])
        if m and m.lastgroup in {"executive_committee_size", "standing_committee_size", "presidium_size"}:
            return m.lastgroup
        if re.search(r"(?i)đại biểu|đại hội", right[:80]):
            return "delegates_elected"
        return "other"
    if trig == "admit" and "kết nạp" in low_left[-60:] and cat not in {"orgs", "grassroots", "cells", "subunit"} and (
            re.match(r"(?i)quần chúng|người|đoàn viên|hội viên|công nhân|học sinh|sinh viên", low_noun)
            or re.search(r"(?i)vào đảng", low_noun + " " + right[:40])):
        return "members_admitted"  # "kết nạp 120 quần chúng ưu tú vào Đảng"
    if cat in {"members", "comrades"}:
        if trig == "gift":
            return "other"  # "thăm, tặng quà cho 1.200 đảng viên": a gift is not a commendation
        if change and cat == "members" and re.search(r"kết nạp|phát triển đảng viên", low_left):
            return "members_admitted"  # "kết nạp 212 đảng viên, …, tăng 18 đảng viên"
        if trig == "admit" or (cat == "members" and "mới" in low_noun.split()[1:3] and trig != "action"):
            return "members_admitted"
        if trig == "award" or _AWARD_AFTER.match(right) or (
                (awards_said
                 or re.search(r"(?<![^\W\d_])(?:trao|tặng)(?![^\W\d_])", right.lower()))
                and trig != "action" and _PERSON_ACTION_AFTER.match(right)):
            return "awards"
        if trig == "attend" or _ATTEND_AFTER.match(right):
            return "delegates"
        if trig in {"action", "elect"}:
            return "other"
        if re.match(r"(?i)\s*(?:[^\W\d_]+\s+){0,7}?(?:đã\s+|mới\s+)?(?:được\s+)?kết nạp", right):
            return "members_admitted"
        if _PERSON_ACTION_AFTER.match(right):
            return "other"  # "96 đảng viên có vi phạm", "1.500 đảng viên đã hy sinh"
        if cat == "comrades":
            return "other"
        return "party_members"
    if re.match(r"(?i)\s*(?:[^\W\d_]+\s+){0,7}?(?:đã\s+)?được\s+kết nạp", right):
        return "members_admitted"  # "734 đoàn viên đã được kết nạp vào Đảng"
    if cat == "comrades":
        if trig == "admit":
            return "members_admitted"
        if trig == "award":
            return "awards"
        if trig == "attend":
            return "delegates"
        if re.match(r"(?i)[^.;]{0,30}(?:được\s+)?(?:trao|tặng|nhận)\s+(?:huy hiệu|giấy khen|bằng khen)", right):
            return "awards"
        return "other"
    if cat == "grassroots":
        if trig == "award":
            return "awards"
        if trig == "action" or trig == "admit":
            return "party_orgs"
        if _ORG_ACTION_AFTER.match(right):
            return "party_orgs"
        return "grassroots_orgs"
    if cat == "cells":
        if trig == "award":
            return "awards"
        if trig in {"action", "admit"}:
            return "party_orgs"
        if _ORG_ACTION_AFTER.match(right):
            return "party_orgs"
        return "party_cells"
    if cat == "orgs":
        if trig == "award":
            return "awards"
        if trig == "level" and re.search(r"(?i)trực thuộc|cơ sở", low_noun + " " + right[:30]):
            if low_noun.startswith("đảng bộ trực thuộc") and re.search(
                    r"\d\s+đảng bộ (?:huyện|quận|thị xã|thành phố)|(?:đảng bộ|ban chấp hành đảng bộ) tỉnh|tỉnh ủy|tỉnh uỷ",
                    sent_left.lower() + " | " + low_noun[len("đảng bộ trực thuộc"):]):
                # "17 đảng bộ trực thuộc Tỉnh ủy": the committee named in the noun tells too.
                # Under a province, "đảng bộ trực thuộc" sit beside the district committees:
                # neither grassroots organisations nor cells (rule 2).
                return "other"
            return "grassroots_orgs"
        return "party_orgs"
    if cat in {"subunit", "district"}:
        # "thành lập mới 2 đảng bộ bộ phận" is an action on organisations (rule 1); as a
        # level, "14 đảng bộ huyện, thị xã" and "đảng bộ bộ phận" are neither grassroots
        # organisations nor cells (rule 2).
        if trig == "award":
            return "awards"
        if trig in {"action", "admit"} or _ORG_ACTION_AFTER.match(right):
            return "party_orgs"
        return "other"
    if cat in {"collectives", "individuals"} and _AWARD_LATE_AFTER.match(right):
        # "3 tập thể và 7 cá nhân có thành tích xuất sắc trong công tác kiểm tra, giám sát
        # được Đảng ủy … tặng giấy khen": the award closes the sentence.
        return "awards"
    if cat == "collectives":
        if trig == "award" or _AWARD_AFTER.match(right):
            return "awards"  # "25 tập thể … được Ban Thường vụ Tỉnh ủy tặng Bằng khen"
        if trig == "action" and re.search(r"kỷ luật|kiểm tra|giám sát|xử lý|khiển trách|cảnh cáo", low_left):
            return "party_orgs"
        return "other"
    if cat == "individuals":
        if trig == "award" or _AWARD_AFTER.match(right):
            return "awards"
        return "other"
    if trig == "award" and re.match(r"(?i)(?:đơn vị|gia đình|hộ gia đình|cơ quan|chi hội|cơ sở)", low_noun):
        return "awards"
    return "other"


_SAME_PERIOD_AFTER = re.compile(
    r"(?i)\s*so\s+(?:với\s+)?(?:cùng kỳ|năm|tháng|quý|đầu|cuối|giai đoạn|nhiệm kỳ|kỳ trước)")


def _read_percent(text, c, info, left, low_left, noun, cat, trig, change,
                  value, kind, subject_noun_cat, m_so):
    sent_end = min(info.end, c.end + _RIGHT_WINDOW)
    if _ECON.search(left[-80:]) and not re.search(r"(?i)đảng|chi bộ|tổ chức", left[-40:] + noun[:20]):
        return None, kind, value
    if re.search(r"(?i)(?:tăng trưởng|grdp|gdp)", noun):
        return None, kind, value
    right = text[c.end:sent_end]
    admission = info.first_admission_end is not None and info.first_admission_end <= c.start + 60
    # Attainment: "đạt 102,2% chỉ tiêu", "bằng 95% kế hoạch", "vượt 25% so với mục tiêu".
    exceeded = re.search(r"(?i)vượt(?: mức)?\s*(?:hơn\s+|trên\s+)?$", left[-30:])
    if exceeded and _SAME_PERIOD_AFTER.match(right):
        # "vượt 5% so với cùng kỳ": a rise over last year's figure, not a share of a goal.
        return ("members_admitted" if admission else "other"), "change", value
    if _ATTAIN_AFTER.match(right) or (exceeded and _ATTAIN_AFTER.match(re.sub(r"^\s*so với", "", right))):
        v = 100 + value if exceeded else value
        measure = "members_admitted" if admission else "other"
        return measure, "attainment", v
    if exceeded and admission:
        return "members_admitted", "attainment", 100 + value
    # Ratings: "tỷ lệ … hoàn thành tốt nhiệm vụ trở lên đạt trên 90%", "90% đảng viên HTTNV".
    rating = _rating_measure(text, c, sent_end, left, noun, text[info.start:c.start])
    if rating is not None:
        return rating, kind, value
    if change:
        if subject_noun_cat in {"grassroots", "cells", "members"}:
            return {"grassroots": "grassroots_orgs", "cells": "party_cells", "members": "party_members"}[subject_noun_cat], kind, value
        if subject_noun_cat in {"orgs", "acted_orgs"} or (cat == "orgs" and subject_noun_cat is None):
            return "party_orgs", kind, value
        if subject_noun_cat == "acted_members":
            return "other", kind, value
        if admission:
            return "members_admitted", kind, value
        return "other", kind, value
    if cat in {"orgs", "grassroots", "cells"} and (trig == "action" or re.match(
            r"(?i)[^.;]{0,30}?(?:được|bị)\s+(?:[^\W\d_]+\s+){0,2}?(?:kiểm tra|giám sát|kỷ luật|xử lý)", text[c.end:sent_end])):
        return "party_orgs", kind, value  # "giám sát chuyên đề 100% đảng ủy xã"
    if re.match(r"(?i)(?:tổng\s+)?số\s+đảng viên mới|đảng viên mới", noun):
        return "other", kind, value  # a share of the new members, not an admission rate
    if re.search(r"(?i)tỷ lệ (?:phát triển đảng viên|kết nạp)|kết nạp[^.;]{0,30}đạt\s*$|bằng\s*$", left) and admission:
        return "members_admitted", kind, value
    return "other", kind, value


_GOOD_OR_BETTER = re.compile(r"(?:hoàn thành tốt|httnv|htt nv)(?:\s+(?:nhiệm vụ|nv))?\s*(?:\([^()]{0,30}\)\s*)?trở lên")


def _rating_measure(text, c, sent_end, left, noun, sent_left=""):
    # The tier nearest the number: after it in its clause, else before it.
    right = text[c.end:sent_end]
    # ", số đảng viên không hoàn thành nhiệm vụ dưới 1%" opens another figure's clause.
    right_clause = re.split(r"[;(]|tỷ lệ|tỉ lệ|trong đó|,\s*(?:số|còn)\s", right, maxsplit=1)[0]
    left_clause = re.split(r";", left)[-1]
    if re.search(r"\(\s*(?:[^\W\d_]+\s+){0,3}$", left[-80:]):
        # "… hoàn thành xuất sắc nhiệm vụ (chiếm 14,9%)": a share in brackets belongs to
        # the words before the bracket.
        right_clause = ""
        left_clause = re.split(r"[;,]\s*(?=[^,;]*\($)", left_clause)[-1]
    tier = None
    m = _RATING_TIER.search(right_clause)
    if m:
        tier = m.group(0).lower()
        where = "right"
    else:
        ms = list(_RATING_TIER.finditer(left_clause))
        if ms:
            tier = ms[-1].group(0).lower()
            where = "left"
    if tier is None:
        return None
    # Which population is rated: the noun after the % or the one after "tỷ lệ".
    pop_m = re.search(r"tổ chức|chi bộ|đảng bộ|tccs|cấp ủy", noun.lower())
    mem_m = re.search(r"đảng viên|cán bộ", noun.lower())
    if not pop_m and not mem_m:
        tail = left_clause.lower()
        i_org = max(tail.rfind(w) for w in ("tổ chức", "chi bộ", "đảng bộ", "tccs"))
        i_mem = tail.rfind("đảng viên")
        if i_org < 0 and i_mem < 0:
            # "xếp loại tổ chức cơ sở đảng năm 2018: …; tỷ lệ hoàn thành tốt nhiệm vụ trở lên
            # đạt 87,5%": the population named earlier in the sentence.
            tail = sent_left.lower()
            i_org = max(tail.rfind(w) for w in ("tổ chức", "chi bộ", "đảng bộ", "tccs"))
            i_mem = tail.rfind("đảng viên")
        if i_org < 0 and i_mem < 0:
            return "other"
        is_org = i_org > i_mem
    else:
        is_org = bool(pop_m) and (not mem_m or pop_m.start() < mem_m.start())
    good = False
    if tier.startswith("hoàn thành tốt") or tier == "httnv":
        after = text[c.end:sent_end].lower()
        scope = (left_clause + " " + right_clause).lower()
        # "trở lên" must follow the tier: in "có từ 90% trở lên tổ chức đảng hoàn thành tốt
        # nhiệm vụ" it bounds the number, and the tier is "good" alone (rule 3).
        # "tỷ lệ … hoàn thành tốt nhiệm vụ đạt từ 90% trở lên" keeps the tests' reading of
        # the bound after the number as the tier's.
        if (_GOOD_OR_BETTER.search(scope) or (where == "left" and re.match(r"\s*trở lên", after))
                or re.search(r"trong đó[^.]{0,120}xuất sắc", after)):
            good = True
    if tier == "xếp loại":
        return None
    if good:
        return "orgs_rated_good_pct" if is_org else "members_rated_good_pct"
    return "other"


# ---------------------------------------------------------------------------------------
# Entry point


def extract_facts(text: str) -> list[dict]:
    """Every numeric fact of one NFC article text, in text order (FACTS.md).

    Each fact is a dict with exactly `schema.FACT_FIELDS`; `text[start:end]` is the number
    phrase. An article that names no party organisation yields nothing; an article about
    something else (crime, economy, youth union, courts) yields only its figures about
    party organisations, members and party actions.
    """
    if not text or not names_party_organisation(text):
        return []
    text = unwrap_hard_wraps(text)  # same length: offsets into the text as given still hold
    art = _article(text)
    table_facts, table_cells = _table_facts(text, art)
    facts: list[dict] = []
    prev: dict | None = None
    for c in _candidates(text, art):
        if in_spans(c.start, table_cells):
            continue  # a table's cell, read by its row and column below
        fact = _read(art, c, prev, facts)
        if fact is None:
            continue
        if not art.party_article and not _party_fact(fact):
            continue
        facts.append(fact)
        prev = fact
    facts.extend(table_facts)
    facts.sort(key=lambda f: f["start"])
    return [{k: f[k] for k in FACT_FIELDS} for f in facts]


# Tables flattened to text: one row a line, its cells split by tabs (how `decode.html_to_text`
# writes an HTML table) or by " | " (how PDF and markdown exports do).
_CELL_SPLIT = re.compile(r"\t+|[ \t]*\|[ \t]*")
_TABLE_LINE = re.compile(r"(?m)^[^\n]*(?:\t|\|)[^\n]*(?:\t|\|)[^\n]*$")
_CELL_NUMBER = re.compile(r"(?P<sign>[+\-–−]?)[ \t]*(?P<num>\d[\d.,]*)[ \t]*(?P<pct>%?)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CHANGE_COLUMN = re.compile(r"(?i)tăng|giảm|chênh lệch|so sánh|\+/-|\+")
_TARGET_COLUMN = re.compile(r"(?i)kế hoạch|chỉ tiêu|mục tiêu|phấn đấu")
_LABEL_COUNT_WORDS = re.compile(r"(?i)^\s*(?:[-+•*]\s*)?(?:tổng số|số lượng|số|tỷ lệ|tỉ lệ)\s+|\s*\(%\)\s*$|\s*\(người\)\s*$")
_TABLE_CONTEXT = "Đảng bộ tổng kết công tác xây dựng Đảng. "


def _cells(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The cells of the table row text[start:end]: (start, end, text), blanks dropped."""
    cells, pos = [], start
    for m in list(_CELL_SPLIT.finditer(text, start, end)) + [None]:
        stop = m.start() if m else end
        if text[pos:stop].strip():
            cells.append((pos, stop, text[pos:stop].strip()))
        pos = m.end() if m else end
    return cells


def _table_facts(text: str, art: _Article) -> tuple[list[dict], list[tuple[int, int]]]:
    """The facts of the tables in the text, and the spans of the cells they were read from.

    A row's first cell names what it counts ("Tổng số đảng viên", "Tỷ lệ TCCSĐ hoàn thành tốt
    nhiệm vụ trở lên (%)"), the header row names each column (a year, a plan, a change): each
    figure is read as the sentence its row and column make ("tăng 757 đảng viên"), by the one
    reader prose goes through, and placed back on its cell."""
    facts: list[dict] = []
    spans: list[tuple[int, int]] = []
    header: list[tuple[int, int, str]] | None = None
    previous_end = -2
    for line in _TABLE_LINE.finditer(text):
        cells = _cells(text, line.start(), line.end())
        if line.start() != previous_end + 1:
            header = None  # a new table
        previous_end = line.end()
        if len(cells) < 2:
            continue
        numbers = [(c, _CELL_NUMBER.fullmatch(c[2])) for c in cells[1:]]
        if header is None and not any(m and not _YEAR.fullmatch(c[2]) for c, m in numbers):
            header = cells  # "Chỉ tiêu | 2015 | 2020 | Tăng (+), giảm (-)"
            continue
        label = _LABEL_COUNT_WORDS.sub("", cells[0][2]).strip()
        if not label or not _CELL_NUMBER.search(text, cells[1][0], line.end()):
            continue
        percent_row = "%" in cells[0][2] or re.match(r"(?i)\s*(?:[-+•*]\s*)?t[ỷỉ] lệ", cells[0][2]) is not None
        for j, (cell, m) in enumerate(numbers, start=1):
            if m is None or in_spans(cell[0], art.chrome):
                continue
            column = header[j][2] if header and j < len(header) else ""
            change = bool(_CHANGE_COLUMN.search(column)) or (m["sign"] != "" and not _YEAR.search(column))
            if change:
                verb = "giảm" if m["sign"] in ("-", "–", "−") else "tăng"
            else:
                verb = "phấn đấu" if _TARGET_COLUMN.search(column) else "có"
            admitted = re.search(r"(?i)kết nạp", label)
            noun = re.sub(r"(?i)\s*(?:được\s+)?kết nạp(?:\s+mới)?", "", label).strip() if admitted else label
            verb = f"{verb} kết nạp" if admitted and not change else verb
            phrase = f"{verb} {m['num']}{'%' if percent_row or m['pct'] else ''} {noun}."
            read = [f for f in extract_facts(_TABLE_CONTEXT + phrase) if f["start"] >= len(_TABLE_CONTEXT)]
            if not read:
                continue
            fact = read[0]
            if not art.party_article and not _party_fact(fact):
                continue
            year = _YEAR.search(column)
            spans.append((cell[0], cell[1]))
            facts.append({**fact, "start": cell[0] + m.start("num") - m.start(), "end": cell[0] + m.end("num") - m.start(),
                          "period": year.group(0) if year else fact["period"],
                          "subject": art.main_subject, "quote": text[line.start():line.end()].strip()})
    return facts, spans


def _party_fact(fact: dict) -> bool:
    """In a passing mention, only figures about party organisations, members and actions."""
    if fact["measure"] not in _PARTY_MEASURES and fact["measure"] != "other":
        return False
    noun = fact["noun"].lower()
    if fact["measure"] == "members_admitted":
        return True
    return bool(re.search(r"đảng|chi bộ|tổ chức cơ sở|tccs|cấp ủy|cấp uỷ", noun))
