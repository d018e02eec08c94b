"""What an article is about: its party organisations, the events it reports, the people in them.

`extract_document(text)` gives FACTS.md's `extract --document` object. Pure: NFC text in,
Python values out. The rules read the language, not the five samples: organisations are
found by the words that name party bodies ("Đảng bộ", "Quận ủy", "Ban Tổ chức"), events by a
holding verb next to an event noun, people by a Vietnamese family name in a person's context
(a title, "đồng chí", a role verb).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from datetime import date, datetime, timedelta

from transforms.metadata import ABBREVIATION_BEFORE, LOWER, UPPER, body_end, extract_metadata, find_byline, is_head_chrome

from transforms.chrome import HEADLINE_ITEM, chrome_spans
from transforms.layout import unwrap_hard_wraps
from transforms.places import COMMUNES_2025, DISTRICT_UNITS

# --------------------------------------------------------------------------------------------
# Provinces: the 63 before the July 2025 merger and the 34 after it.

PROVINCES_63 = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
    "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
    "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
    "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên",
    "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An",
    "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
    "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
    "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Hồ Chí Minh",
    "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)
# Merged province -> the province it joined on 1 July 2025 (the 34 keep their own name).
MERGED_INTO = {
    "Hà Giang": "Tuyên Quang", "Yên Bái": "Lào Cai", "Bắc Kạn": "Thái Nguyên", "Vĩnh Phúc": "Phú Thọ",
    "Hòa Bình": "Phú Thọ", "Bắc Giang": "Bắc Ninh", "Thái Bình": "Hưng Yên", "Hải Dương": "Hải Phòng",
    "Hà Nam": "Ninh Bình", "Nam Định": "Ninh Bình", "Quảng Bình": "Quảng Trị", "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi", "Bình Định": "Gia Lai", "Ninh Thuận": "Khánh Hòa", "Đắk Nông": "Lâm Đồng",
    "Bình Thuận": "Lâm Đồng", "Phú Yên": "Đắk Lắk", "Bình Dương": "Hồ Chí Minh",
    "Bà Rịa - Vũng Tàu": "Hồ Chí Minh", "Bình Phước": "Đồng Nai", "Long An": "Tây Ninh",
    "Sóc Trăng": "Cần Thơ", "Hậu Giang": "Cần Thơ", "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long",
    "Tiền Giang": "Đồng Tháp", "Bạc Liêu": "Cà Mau", "Kiên Giang": "An Giang", "Thừa Thiên Huế": "Huế",
}
PROVINCES_34 = tuple(sorted({MERGED_INTO.get(p, p) for p in PROVINCES_63}))
MERGER_DATE = date(2025, 7, 1)
# Centrally-run cities: their "Thành ủy" / "Đảng bộ thành phố" is province level.
CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
_DISTRICT_NAMES = {name for units in DISTRICT_UNITS.values() for names in units.values() for name in names}


def _gazetteer(places: dict[str, tuple[str, ...]], before: str, extra: str = "",
               after: str = "") -> tuple[re.Pattern, dict[str, str]]:
    """A pattern finding any of `places` after the words `before` (group "place"), and each
    place's owner (the city or province it belongs to). A name two owners share tells neither."""
    owners: dict[str, set[str]] = {}
    for owner, ps in places.items():
        for p in ps:
            owners.setdefault(p, set()).add(owner)
    unique = {p: next(iter(o)) for p, o in owners.items() if len(o) == 1}
    names = "|".join(sorted((re.escape(p) for p in unique), key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w])(?:{before})[ \u00a0]+(?P<place>{names}{extra})(?![\w]){after}")
    return pattern, unique


# The district-level units before 2025 (transforms/places.py), each found after its own unit
# word or its committee's ("huyện Mường Nhé", "Huyện ủy Krông Búk", "TP. Buôn Ma Thuột"): a
# named one tells the province when the text does not. "phường Ba Đình" or "xã Điện Biên" is
# no district, so a name alone is never read. Urban districts ("quận") exist only in
# centrally-run cities; numbered ones ("Quận 3", "Quận 9" before 2021) are Hồ Chí Minh City's.
_CITY_WORD = r"[Tt]hành phố|TP\.?"
_UNIT_WORDS = {"thành phố": rf"{_CITY_WORD}|Thành ủy", "thị xã": r"[Tt]hị xã|TX\.?|Thị ủy",
               "quận": r"[Qq]uận ủy|[Qq]uận", "huyện": r"[Hh]uyện ủy|[Hh]uyện"}
# other spellings of a unit's name
_UNIT_ALIASES = {"thành phố": {"Ninh Thuận": ("Phan Rang - Tháp Chàm",)}}
_UNIT_GAZETTEERS = {
    unit: _gazetteer({p: DISTRICT_UNITS[unit][p] + _UNIT_ALIASES.get(unit, {}).get(p, ()) for p in DISTRICT_UNITS[unit]},
                     words, extra=r"|\d{1,2}" if unit == "quận" else "")
    for unit, words in _UNIT_WORDS.items()
}


# The communes, wards and special zones from July 2025, read only in a text dated after the
# reform: names were reused, and before it "xã Tân Phú" may be any of several old communes.
_COMMUNE_WORDS = {"phường": r"[Pp]hường", "xã": r"(?<![Tt]hị )[Xx]ã", "đặc khu": r"[Đđ]ặc khu"}
# (a commune's name runs whole: "xã Sín Chải Hồ" is not "xã Sín Chải")
_COMMUNE_GAZETTEERS = {unit: _gazetteer(COMMUNES_2025[unit], words, after=rf"(?![ \u00a0]+[{UPPER}])")
                       for unit, words in _COMMUNE_WORDS.items()}


def province_of_commune(text: str, when: date | None) -> str | None:
    """The province of the post-2025 commune or ward the text names first, when the text is
    dated after the reform; else None."""
    if when is None or when < MERGER_DATE:
        return None
    found = [(m, owner_of) for pattern, owner_of in _COMMUNE_GAZETTEERS.values() if (m := pattern.search(text))]
    if not found:
        return None
    m, owner_of = min(found, key=lambda f: f[0].start())
    return owner_of[m.group("place")]


def _districts_named(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """(offset, province) of each district-level unit named in text[start:end], in text order."""
    found = []
    for pattern, owner_of in _UNIT_GAZETTEERS.values():
        for m in pattern.finditer(text, start, len(text) if end is None else end):
            found.append((m.start(), "Hồ Chí Minh" if m.group("place").isdigit() else owner_of[m.group("place")]))
    return sorted(found)


def province_of_district(text: str) -> str | None:
    """The province (or centrally-run city) of the district-level unit the text names first,
    else None."""
    found = _districts_named(text)
    return found[0][1] if found else None


ALL_PROVINCES = tuple(sorted(set(PROVINCES_63) | set(PROVINCES_34), key=len, reverse=True))
# Other ways the text writes a province.
_PROVINCE_ALIASES = {
    "TP.HCM": "Hồ Chí Minh", "TPHCM": "Hồ Chí Minh", "TP HCM": "Hồ Chí Minh", "TP. HCM": "Hồ Chí Minh",
    "Thành phố HCM": "Hồ Chí Minh", "Sài Gòn": "Hồ Chí Minh", "Bà Rịa – Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu", "Đăk Lăk": "Đắk Lắk", "Đắk Lăk": "Đắk Lắk", "Đăk Nông": "Đắk Nông",
    "Thừa Thiên - Huế": "Thừa Thiên Huế", "Thừa Thiên – Huế": "Thừa Thiên Huế",
}
_EXTRA_STEMS = {"hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "hochiminhcity": "Hồ Chí Minh",
                "sggp": "Hồ Chí Minh", "brvt": "Bà Rịa - Vũng Tàu", "hue": "Thừa Thiên Huế",
                "thuathienhue": "Thừa Thiên Huế", "daklak": "Đắk Lắk",
                # provincial papers not named after their province ("baodongkhoi.vn" is read as
                # "bao" + stem, like every "bao<province>" domain)
                "hanoimoi": "Hà Nội", "kinhtedothi": "Hà Nội", "dongkhoi": "Bến Tre", "apbac": "Tiền Giang"}


def ascii_fold(s: str) -> str:
    """Lower-case ASCII without tones: "Hải Phòng" -> "haiphong" (spaces and dashes dropped)."""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


_DOMAIN_STEMS = {ascii_fold(p): p for p in PROVINCES_63}
_DOMAIN_STEMS.update(_EXTRA_STEMS)


def province_of_site(site: str | None) -> str | None:
    """The province a site marker names: "haiphong.gov.vn" -> "Hải Phòng",
    "baobacgiang.com.vn" -> "Bắc Giang". National sites give None."""
    if not site:
        return None
    best: tuple[int, str] | None = None
    for label in re.split(r"[.]", site.lower()):
        label = label.replace("-", "")
        for stem, province in _DOMAIN_STEMS.items():
            if label == stem or label in ("bao" + stem, stem + "tv", "dangbo" + stem) or (
                len(stem) >= 6 and stem in label
            ):
                if best is None or len(stem) > best[0]:
                    best = (len(stem), province)
    return best[1] if best else None


# Provincial papers sign their leads with their own mark: "(QTO) - Chiều 17/7, ...".
_PAPER_MARKS = {"QTO": "Quảng Trị", "STO": "Sóc Trăng", "CMO": "Cà Mau", "BKHO": "Khánh Hòa", "BPO": "Bình Phước",
                "BKĐT": "Bắc Kạn", "BGĐT": "Bắc Giang", "LĐO": "Lâm Đồng", "BTO": "Bình Thuận", "HNM": "Hà Nội",
                "QNO": "Quảng Nam", "HBĐT": "Hòa Bình", "YBĐT": "Yên Bái", "PTĐT": "Phú Thọ", "NTO": "Ninh Thuận",
                "VLO": "Vĩnh Long"}
_PAPER_MARK_RE = re.compile(r"(?m)^[ \t]*\(?(" + "|".join(_PAPER_MARKS) + r")\)?[ \t]*[-–—:]")


def province_of_paper_mark(text: str) -> str | None:
    """The province of the paper whose mark opens a line ("(QTO) - ..." -> Quảng Trị), else None."""
    m = _PAPER_MARK_RE.search(text)
    return _PAPER_MARKS[m.group(1)] if m else None


def province_at(province: str | None, when: date | None) -> str | None:
    """The province's name at the article's date (merged names from July 2025)."""
    if province and when and when >= MERGER_DATE:
        return MERGED_INTO.get(province, province)
    if province == "Huế" and when and when < date(2025, 1, 1):
        return "Thừa Thiên Huế"  # the province's name until Huế became a centrally-run city
    return province


_PROVINCE_RE = re.compile(
    "|".join(re.escape(p) for p in sorted(list(ALL_PROVINCES) + list(_PROVINCE_ALIASES), key=len, reverse=True))
)


# provinces, and the regions and countries a name may start inside ("Đông Dương Cộng sản Đảng")
_PLACE_NAME_RE = re.compile(
    "|".join(re.escape(p) for p in sorted(list(ALL_PROVINCES) + list(_PROVINCE_ALIASES)
                                            + ["Đông Dương", "Việt Nam", "Trung Quốc", "Tây Nguyên", "Nam Bộ",
                                               "Bắc Bộ", "Trung Bộ"], key=len, reverse=True)))


_SMALLER_PLACE_BEFORE = re.compile(
    r"(?<![\w])(?:[Pp]hường|(?<!thị )[Xx]ã|[Tt]hị trấn|[Qq]uận|[Hh]uyện|[Đđ]ường|(?<![Tt]hành )[Pp]hố|[Tt]hôn|[Ấấ]p)[ \u00a0]+$")
_CITY_BEFORE = re.compile(rf"(?:{_CITY_WORD})[ \u00a0]*$")


def _names_the_province(text: str, m: re.Match) -> bool:
    """Whether a province's name found in the text stands for the province: "phường Điện Biên"
    is a ward, "tư tưởng Hồ Chí Minh" the man and "chiến thắng Điện Biên Phủ" the battle."""
    before = text[max(0, m.start() - 12) : m.start()]
    if _SMALLER_PLACE_BEFORE.search(before):
        return False
    if m.group(0) == "Hồ Chí Minh" or (m.group(0) == "Điện Biên" and text.startswith(" Phủ", m.end())):
        return bool(_CITY_BEFORE.search(before))
    return True


def _province_in(s: str) -> str | None:
    m = _PROVINCE_RE.search(s)
    if not m:
        return None
    return _PROVINCE_ALIASES.get(m.group(0), m.group(0))


# --------------------------------------------------------------------------------------------
# Text helpers.

# Old-style tone placement ("Hoà", "Uỷ") written the modern way, same length, so offsets hold.
_OLD_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
              "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy",
              "uỵ": "ụy", "Uỷ": "Ủy", "Uý": "Úy", "Oà": "Òa"}
# after "q" the "u" is part of the consonant ("Quý", "quỹ"): the tone already sits on the vowel
_OLD_TONE_RE = re.compile("(?<![qQ])(?:" + "|".join(_OLD_TONES) + r")(?![" + LOWER + "])")


def modern_tones(text: str) -> str:
    return _OLD_TONE_RE.sub(lambda m: _OLD_TONES[m.group(0)], text)


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) spans of sentences (also split at line breaks)."""
    end = len(text) if end is None else end
    out, pos = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if ABBREVIATION_BEFORE.search(text, max(0, m.start() - 5), m.start()) and "\n" not in m.group(0):
            continue  # "(TP. Buôn Ma Thuột)", "PGS. TS. Nguyễn Văn A": an abbreviation, not a stop
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_NUMBER_WORDS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
                 "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def roman_to_int(s: str) -> int | None:
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def ordinal_value(s: str) -> int | None:
    """ "XVIII" -> 18, "13" -> 13, "nhất" -> 1, "mười hai" -> 12."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    roman = roman_to_int(s)
    if roman:
        return roman
    words = s.lower().split()
    if not words:
        return None
    if words[0] == "mười":
        rest = _NUMBER_WORDS.get(words[1], 0) if len(words) > 1 else 0
        return 10 + (5 if len(words) > 1 and words[1] == "lăm" else rest)
    return _NUMBER_WORDS.get(words[0])


# --------------------------------------------------------------------------------------------
# Organisations.

# a capitalised syllable; highland names join two with an apostrophe ("Ea H'leo", "Đắk R'Măng")
_W = rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}]?[{LOWER}]+)?"
_ACRONYM = rf"[{UPPER}]{{2,}}[{UPPER}{LOWER}]*"  # "(CCQ)": an abbreviation the text spells out
_PLACE_WORD = (r"(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Qq]uận|[Hh]uyện|[Tt]hị xã|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Đđ]ặc khu"
               # hamlets and villages by their local names: "buôn", "bon", "plei" in the Highlands,
               # "sóc", "phum" among the Khmer
               r"|thôn|xóm|bản|ấp|làng|buôn|bon|plei|sóc|phum|khu phố|tổ dân phố|khu dân cư)")
# places written with a dash or run together: "Tỉnh ủy Bà Rịa - Vũng Tàu", "Thành ủy TP.HCM"
_JOINED_PLACE = (r"(?:Bà Rịa[ \t]*[-–][ \t]*Vũng Tàu|Phan Rang[ \t]*[-–][ \t]*Tháp Chàm|Thừa Thiên[ \t]*[-–][ \t]*Huế"
                 r"|TP\.?[ \t]*HCM|TPHCM|TP\.[ \t]*Hồ Chí Minh)")
_MILITARY_UNIT = (r"(?:Quân khu|Quân đoàn|Quân chủng|Binh chủng|Binh đoàn|Sư đoàn|Lữ đoàn|Trung đoàn|Tiểu đoàn"
                  r"|Đại đội|Bộ [Cc]hỉ huy|Bộ Tư lệnh|Vùng|Hải đoàn)")
# Agencies, schools, hospitals and firms whose party committee is named after them: only the
# first syllable of the noun is capitalised ("Đảng bộ Bệnh viện Sản Nhi", "Đảng bộ Trường Đại học
# Cần Thơ", "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh", "Đảng bộ Sở Giáo dục và Đào tạo")
_INSTITUTION = (r"(?:Bệnh viện|Trường (?:THPT|THCS|PTDTNT|PTDTBT|Trung học phổ thông|Trung học cơ sở|Tiểu học|Mầm non)"
                r"(?: chuyên)?|Trường|Đại học|Cao đẳng|Trung cấp|Học viện|Viện|Trung tâm|Ban Quản lý|Cơ quan"
                r"(?:[ \t]*(?:[-–]|và)[ \t]*Doanh nghiệp)?|Ngân hàng|Sở|Chi cục|Cục|Kho bạc|Bảo hiểm xã hội|Đài Phát thanh"
                r"(?: và Truyền hình)?|Tạp chí|Ủy ban nhân dân|Hội đồng nhân dân|Mặt trận Tổ quốc|Liên đoàn Lao động"
                r"|Giáo dục và Đào tạo|Nông nghiệp và Phát triển nông thôn|Kế hoạch và Đầu tư|Tài nguyên và Môi trường"
                r"|Lao động - Thương binh và Xã hội|Văn hóa(?:,)? Thể thao và Du lịch|Thông tin và Truyền thông"
                r"|Khoa học và Công nghệ|Giao thông vận tải|Đa khoa|Y học cổ truyền|Y tế|Tài chính|Tư pháp|Nội vụ|Công Thương"
                # the state's central bodies, ministries and national agencies ("Đảng bộ Bộ Ngoại
                # giao", "Đảng ủy Chính phủ", "Đảng bộ Tòa án nhân dân tối cao")
                r"|Chính phủ|Quốc hội|Văn phòng|Ngoại giao|Quốc phòng|Xây dựng|Nông nghiệp và Môi trường"
                r"|Dân tộc và Tôn giáo|Dân tộc|Thanh tra|Kiểm toán|Nhà nước|Thông tấn xã|Đài Truyền hình|Đài Tiếng nói"
                r"|Tòa án nhân dân(?: tối cao| cấp cao)?|Viện [Kk]iểm sát nhân dân(?: tối cao| cấp cao)?|[Tt]ập đoàn"
                r"|Cảnh sát biển|Cảnh sát cơ động)(?![{LOWER}])")
# bodies whose command spans several provinces: their province is none
_ABOVE_PROVINCES = re.compile(r"\b(?:Quân khu|Quân đoàn|Quân chủng|Binh chủng|Binh đoàn|Bộ Tư lệnh|Bộ Quốc phòng"
                              # national bodies: the state's, ministries, national firms and agencies
                              rf"|Chính phủ|Quốc hội|Bộ (?!Chỉ huy|Tư lệnh)[{UPPER}][{LOWER}]*|Việt Nam|Nhà nước|tối cao"
                              r"|Bộ Công an|Quân ủy Trung ương|Hải quân|Cảnh sát biển)\b")
# What may follow an organisation's head word and still be part of its name.
_ORG_UNIT = (
    # armed forces' units first, before their first word alone: "Đảng ủy Quân khu 7", "Đảng bộ
    # Sư đoàn 309", "Đảng bộ Bộ Chỉ huy Quân sự tỉnh"
    rf"(?:{_JOINED_PLACE}|{_MILITARY_UNIT}|{_INSTITUTION}|(?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng) ủy(?!\s+viên)|{_PLACE_WORD}|[Kk]hối|[Cc]ác cơ quan|cơ quan|[Dd]oanh nghiệp"
    rf"|Đảng|cơ sở|Trung ương|T\.?Ư|TW|[Cc]ông an|[Qq]uân sự|[Qq]uân đội|[Bb]ộ đội|[Bb]iên phòng|[Kk]hu (?:công nghiệp|kinh tế|chế xuất)|cổ phần|[Cc]hương trình|[Cc]ông ty|[Tt]ổng công ty|trách nhiệm hữu hạn|một thành viên"
    # "Đảng bộ BĐBP tỉnh": an armed or state body's abbreviation ("Bộ đội Biên phòng")
    # ... but not the first word of a run of capitals ("Đảng bộ xã X THÀNH CÔNG TỐT ĐẸP")
    rf"|CCQ|TP\.?|[{UPPER}]{{3,6}}(?![{LOWER}])(?![ \t\u00a0]+[{UPPER}]{{2,}})|{_W}(?<![{UPPER}][{UPPER}])"
    # "Quân khu 7", "Chi bộ 3", but not a count: "Ban Thường vụ Huyện ủy 13 đồng chí"
    # ("Đảng ủy Sư đoàn 316 tổ chức hội nghị": the verb "tổ chức", not 316 organisations)
    rf"|\d+[\w\-/]*(?![ \t]+(?:đồng chí|đảng viên|người|ủy viên|thành viên|đại biểu|chi bộ)\b"
    rf"|[ \t]+tổ chức\b(?![ \t]+(?:[Hh]ội nghị|[Đđ]ại hội|[Ll]ễ|buổi|hội thảo|tọa đàm|sơ kết|tổng kết|kỷ niệm|thành công)\b))"
    rf"|\((?:{_ACRONYM})\))(?![\w])"
)
_ORG_HEAD = (
    r"(?P<head>Ban Thường vụ (?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng) ủy|Ban Chấp hành Đảng bộ|Ban Chấp hành Trung ương"
    r"|Bộ Chính trị|Ban Bí thư|Ban (?:Tổ chức|Tuyên giáo và Dân vận|Tuyên giáo|Dân vận|Nội chính|Kinh tế)"
    r"|Ủy ban Kiểm tra|UBKT|Ban Chỉ đạo|Văn phòng (?:Tỉnh|Thành|Quận|Huyện|Thị) ủy"
    r"|BTV (?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng) ủy|BCH Đảng bộ"
    r"|[Đđ]ảng bộ|Đảng ủy|Tỉnh ủy|Thành ủy|Quận ủy|Huyện ủy|Thị ủy|Chi bộ)(?!\s+viên)"
)
# abbreviated heads count as their full forms (FACTS.md: "UBKT", "BTV", "BCH")
_ABBREVIATED_HEAD = {"UBKT": "Ủy ban Kiểm tra", "BTV": "Ban Thường vụ", "BCH": "Ban Chấp hành"}
_ORG_RE = re.compile(rf"(?<![{UPPER}{LOWER}]){_ORG_HEAD}(?P<rest>(?:[ \t\u00a0]+{_ORG_UNIT}){{0,10}})")
# A body named inside someone's title ("Bí thư Thành ủy", "Trưởng Ban Tổ chức") is a title,
# not an organisation the article reports on.
_TITLE_BEFORE = re.compile(
    r"(?:Bí thư|Ủy viên|Trưởng|Phó|Chủ nhiệm|Thường trực|thành viên|Chánh|Chủ tịch|Giám đốc|trưởng"
    r"|Tổ trưởng|Ủy viên dự khuyết|[Nn]guyên|[Cc]ấp ủy viên)\s*$"
)
# A body named as the author of a cited document or as a source of a resolution, or as one of
# the bodies merged into the one reported on ("thành lập Đảng bộ tỉnh Gia Lai trên cơ sở hợp
# nhất Đảng bộ tỉnh Gia Lai và Đảng bộ tỉnh Bình Định").
_CITED_BEFORE = re.compile(
    r"(?:Nghị quyết|nghị quyết|Chỉ thị|chỉ thị|Quy định|Quyết định|quyết định|Thông tri|Kế hoạch|Hướng dẫn|Văn kiện|văn kiện"
    r"|Kết luận|Chương trình hành động|Đề án|Tiểu ban|hợp nhất|sáp nhập)[^,;.()\n]{0,50}$"
)
# The sanctions a party body imposes (the forms of discipline and the word for all of them).
_SANCTIONS = r"kỷ luật|khiển trách|cảnh cáo|cách chức|khai trừ|giải tán"
_DISCIPLINED_BEFORE = re.compile(rf"\b(?:{_SANCTIONS}|đối với)\b[^;.\n]{{0,40}}$")
# "Ủy ban Kiểm tra các cấp trong Đảng bộ tỉnh đã kiểm tra ...": the figures are the boards'
# work, and a body's boards do not make it a subject (as its own inspection committee does not);
# "cấp ủy các cấp trong Đảng bộ thành phố đã ..." are the body's own committees, so do.
# The boards may be named in lower case among other actors ("cấp ủy, ủy ban kiểm tra các cấp
# trong Đảng bộ tỉnh đã thi hành kỷ luật ..."): the discipline figures are still the boards' work.
_QUALIFIER_BEFORE = re.compile(
    r"(?:[Ủủ]y ban [Kk]iểm tra|Ban (?:Tổ chức|Tuyên giáo|Dân vận|Nội chính|Kinh tế|Chỉ đạo))[^,;.\n]{0,25}"
    r"\s(?:trong|của|thuộc|trực thuộc)\s+$")
_FIRM_WORD = re.compile(r"\b(?:[Cc]ông ty|[Tt]ổng công ty|[Nn]gân hàng|[Hh]ợp tác xã|[Tt]ập đoàn)\b")
_FIRM_STOP = (r"(?:được|đã|là|có|và|với|của|cho|tại|ở|thuộc|trực|hiện|đang|sẽ|do|về|trên|từ|theo|cùng|đến|khi|vừa"
              r"|tổ|họp|đạt|gồm|kết|nhận|trao|dự|làm|phát biểu|chủ trì|để|nay|năm|ngày)\b")
# a firm's legal form is often abbreviated ("Công ty CP Thủy sản", "Công ty TNHH MTV Cao su")
_FIRM_FORM = r"(?:CP|CTCP|TNHH|MTV|XNK|DV|TM)(?![\w])"
_FIRM_NAME_MORE = re.compile(
    # (a dash joins two lines of business: "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam")
    rf"(?:(?:[ \t\u00a0]+(?:(?!{_FIRM_STOP})[{LOWER}]+|{_FIRM_FORM}|[-–])){{1,3}}(?:[ \t\u00a0]+(?!(?:Đảng|Ban|Chi bộ|Ủy ban|UBND|(?:Tỉnh|Huyện|Thành|Quận|Thị) ủy)\b)"
    rf"[{UPPER}][{LOWER}]*)+)+"
)
# a unit of an agency, school or firm, then the first (capitalised) syllable of its name
_UNIT_NAMED_LAST = re.compile(
    rf"(?:Khoa|Phòng|Bộ môn|Trung tâm|Viện|Trường|Tổ|Tập đoàn|Tổng công ty|Công ty|Ngân hàng|Cục|Vụ|Sở|Bộ)"
    rf"[ \t\u00a0]+[{UPPER}][{LOWER}]*$")
_NAME_TAIL = re.compile(
    rf"(?:[ \t\u00a0]+(?!{_FIRM_STOP})[{LOWER}]+){{1,2}}(?=[ \t\u00a0]+{_FIRM_STOP}|[ \t]*[,.;:)\n])")
_ALL_LEVELS = re.compile(r"[ \t\u00a0]+(?:các cấp|cấp (?:tỉnh|huyện|xã|cơ sở|trên|dưới))\b")
_SOURCE_BEFORE = re.compile(
    r"(?:^|\s)[Tt]heo(?:\s+(?:thông tin|báo cáo|số liệu|thống kê|đánh giá))?(?:\s+(?:từ|của))?\s*$")
_FUTURE_BEFORE = re.compile(r"(?:tiến tới|hướng tới|chuẩn bị|trước thềm|sẽ)\s+(?:tổ chức\s+)?[Đđ]ại hội[^,;.\n]{0,20}$")


def _org_level(head: str, rest: str, doc_province: str | None) -> str:
    h, r = head.lower(), rest.lower()
    if h in ("bộ chính trị", "ban bí thư", "ban chấp hành trung ương"):
        return "central"
    if h.startswith(("ban tổ chức", "ban tuyên giáo", "ban dân vận", "ban nội chính", "ban kinh tế",
                     "ủy ban kiểm tra", "ban chỉ đạo", "văn phòng")):
        return "agency"
    # "TƯ" / "T.Ư" / "TW" abbreviate Trung ương in capitals only: "Huyện ủy Tư Nghĩa" is a district
    if r.startswith("trung ương") or rest.startswith(("T.Ư", "TƯ ", "TW")) or rest in ("TƯ", "TW") or r in (
            "chính phủ", "quốc hội") or (
            h in ("đảng ủy", "đảng bộ") and r.endswith("trung ương")):
        return "central"
    if "khối" in r.split() or h.endswith("khối") or r.startswith(("các cơ quan", "ccq", "cơ quan", "doanh nghiệp")):
        return "bloc"
    if h == "chi bộ":
        # a cell directly under an agency or firm is itself a grassroots organisation
        if r.startswith(("cơ sở", "công ty", "tổng công ty", "trường", "bệnh viện", "cơ quan", "ban ", "sở ",
                         "ngân hàng", "viện", "trung tâm", "văn phòng", "cục", "chi cục", "hợp tác xã")):
            return "grassroots"
        return "cell"
    if h.startswith(("quận ủy", "huyện ủy", "thị ủy")) or "quận ủy" in h or "huyện ủy" in h or "thị ủy" in h:
        return "district"
    if h == "tỉnh ủy" or "tỉnh ủy" in h or r.startswith("tỉnh"):
        return "province"
    if r.startswith(("quận", "huyện", "thị xã")):
        return "district"
    if r.startswith(("xã", "phường", "thị trấn", "đặc khu")):
        return "commune"
    if h == "thành ủy" or "thành ủy" in h or r.startswith(("thành phố", "tp")):
        named = _province_in(rest)
        if named:
            return "province" if named in CENTRAL_CITIES else "district"
        if _UNIT_GAZETTEERS["thành phố"][0].search(f"Thành ủy {rest}"):  # a city inside a province
            return "district"
        if doc_province and doc_province not in CENTRAL_CITIES:
            return "district"  # "thành phố" on a provincial paper is the provincial capital
        return "province"
    if re.match(r"(?:quân sự|công an|bộ đội biên phòng|biên phòng|bđbp|bchq)\b.*\b(?:tỉnh|thành phố)\b", r):
        # the party committee of a province's armed forces or police stands over its grassroots
        # organisations, directly under the provincial committee, as a district's does
        return "district"
    return "grassroots"


# A committee and the place word of the organisation it leads: "Quận ủy X" leads "Đảng bộ quận X".
_COMMITTEE_PLACE = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Quận ủy": "quận", "Huyện ủy": "huyện", "Thị ủy": "thị xã"}


def _org_key(head: str, rest: str, level: str) -> str:
    """A key that the committee form and the organisation form of one body share:
    "Quận ủy Ngô Quyền" and "Đảng bộ quận Ngô Quyền" -> "district|quận ngô quyền"."""
    h = head.lower()
    r = re.sub(r"\([^)]*\)", " ", rest)
    r = re.sub(r"\bCCQ\b", "các cơ quan", r)
    r = re.sub(r"\bTP\.?\s*HCM\b|\bTPHCM\b", "thành phố Hồ Chí Minh", r)
    r = re.sub(r"\bUBND\b", "Ủy ban nhân dân", r)
    # armed and police bodies' abbreviations: "Đảng bộ BCHQS tỉnh" is the "Bộ Chỉ huy Quân sự tỉnh"
    r = re.sub(r"\bBCHQS\b", "Bộ Chỉ huy Quân sự", r)
    r = re.sub(r"\bBĐBP\b", "Bộ đội Biên phòng", r)
    r = re.sub(r"\bTP\.?\s*", "thành phố ", r)
    r = " ".join(r.lower().split())
    for committee, place in _COMMITTEE_PLACE.items():
        if h.endswith(committee.lower()) and not r.startswith(place + " "):
            r = f"{place} {r}".strip()  # ("Thành ủy Thành phố Hồ Chí Minh" names its place twice)
    if level == "bloc":
        r = re.sub(r"^khối\s*", "", r)
        r = re.sub(r"^cơ quan", "các cơ quan", r)
    if level == "agency":
        return f"agency|{h}|{r}"
    return f"{level}|{r}"


def _display_name(head: str, rest: str) -> str:
    rest = re.sub(r"\s*\([^)]*\)", "", rest)
    rest = re.sub(r"\bCCQ\b", "Các cơ quan", rest)
    name = f"{head[0].upper()}{head[1:]} {rest.strip()}".strip()
    return re.sub(r"\s+", " ", name)


def _trim_rest(rest: str) -> str:
    """Drop a connector a greedy match took past the name ("Đảng bộ tỉnh Đảng" never is one),
    but keep "Các cơ quan Đảng" whole."""
    rest = rest.rstrip()
    if rest.endswith(" Đảng") and not rest.endswith("cơ quan Đảng"):
        rest = rest[: -len(" Đảng")]
    rest = re.sub(r"\s+(?:cổ phần|cơ sở)$", "", rest)
    return rest


_INSTITUTION_BEFORE = re.compile(rf"(?:{_INSTITUTION})[ \u00a0]*$")
_ONE_SYLLABLE_PLACE = re.compile(rf"{_PLACE_WORD}[ \u00a0]+\S+")


def _cut_at_person(rest: str, following: str, people: set[str]) -> str:
    """ "Thành ủy Nguyễn Thị Nghĩa" names a person after the body: the name is no part of it,
    nor is the start of one the match stopped inside ("Thành ủy TP Hồ Chí Minh Đinh" of "...
    Đinh La Thăng"). `following` is the text right after `rest`."""
    joined = rest + following
    starts = [at for at in (joined.find(person) for person in people) if 0 < at < len(rest)]
    if starts:
        return rest[: min(starts)]
    provinces = [p.span() for p in _PROVINCE_RE.finditer(joined)]
    pos = 0
    while (m := _NAME_RE.search(joined, pos)) and m.start() < len(rest):
        pos = m.end()
        province = next(((a, b) for a, b in provinces if a <= m.start() < b), None)
        if province:
            # "Thành ủy Hà Nội Hoàng Trung Hải", "UBKT Sơn La": a province is no name; one may follow it
            pos = province[1]
            continue
        if _INSTITUTION_BEFORE.search(rest, 0, m.start()) and m.group(0) not in people:
            continue  # "Trường THPT chuyên Lê Quý Đôn": a school named after a person
        if m.group(0) in _DISTRICT_NAMES and _PLACE_WORD_BEFORE.search(joined, max(0, m.start() - 12), m.start()):
            continue  # "Đảng bộ huyện Hoàng Su Phì": a district whose name starts like a person's
        # a place is two syllables or more: "xã Nam Hà Lâm Hà" is one place, not "xã Nam" and a person
        one_syllable_place = _ONE_SYLLABLE_PLACE.fullmatch(rest[: m.start()].strip())
        if m.group(0) in people or (len(m.group(0).split()) >= 3 and _is_name(m.group(0)) and not one_syllable_place):
            return rest[: m.start()]
    return rest


def find_org_mentions(text: str, stop: int, doc_province: str | None, people: set[str] = frozenset()) -> list[dict]:
    mentions = []
    for m in _ORG_RE.finditer(text, 0, stop):
        head = m.group("head")
        written_head_length = len(head)
        short, _, tail = head.partition(" ")
        if short in _ABBREVIATED_HEAD:
            head = f"{_ABBREVIATED_HEAD[short]} {tail}".strip()
        raw_rest = m.group("rest")
        if _FIRM_WORD.search(raw_rest) or (head == "Ban Chỉ đạo" and raw_rest.strip()):
            # "Chi bộ Công ty cổ phần Phát triển hạ tầng Hoàng Thành": a firm's name has
            # lower-case words between its capitalised ones
            more = _FIRM_NAME_MORE.match(text, m.end(), stop)
            if more:
                raw_rest += more.group(0)
        if _UNIT_NAMED_LAST.search(raw_rest):
            # "Chi bộ Khoa Hàng hải tổ chức ...": a unit's name whose last part runs on in
            # lower case, up to the verb or the punctuation after it
            tail = _NAME_TAIL.match(text, m.start() + len(head) + len(raw_rest), stop)
            if tail:
                raw_rest += tail.group(0)
        rest = _trim_rest(_cut_at_person(raw_rest, text[m.start() + len(head) + len(raw_rest) : m.start() + len(head) + len(raw_rest) + 40], people)).strip()
        if head in ("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương"):
            rest = ""  # complete names: what follows is the next body or the sentence
        if head[0] == "đ" and not re.search(rf"[{UPPER}\d]", rest):
            continue  # "đảng bộ", "14 đảng bộ huyện, thị xã": a kind of body, not one body
        if not rest and _ALL_LEVELS.match(text, m.end("head")):
            continue  # "Ủy ban Kiểm tra các cấp": every level's, no one body
        before = text[max(0, m.start() - 80) : m.start()]
        clause = re.split(r"[,;.\n:]", before)[-1]
        in_title = bool(_TITLE_BEFORE.search(before)) or bool(
            mentions and mentions[-1]["in_title"] and re.fullmatch(r"\s*(?:,|và)\s*", text[mentions[-1]["end"] : m.start()]))
        cited = bool(_CITED_BEFORE.search(clause)) or bool(_FUTURE_BEFORE.search(clause)) or bool(
            # "các quyết định của Bộ Chính trị, Ban Bí thư": a body listed after a cited one
            mentions and mentions[-1]["cited"] and re.fullmatch(r"\s*(?:,|và)?\s*", text[mentions[-1]["end"] : m.start()]))
        # "Theo thông tin từ Ban Tổ chức Tỉnh ủy, ...": the body is the source, not the subject
        cited = cited or bool(_SOURCE_BEFORE.search(clause))
        level = _org_level(head, rest, doc_province)
        mentions.append({
            "start": m.start(), "end": m.start() + written_head_length + 1 + len(rest),
            "head": head, "rest": rest, "level": level,
            "key": _org_key(head, rest, level), "name": _display_name(head, rest),
            "counts": not in_title and not cited, "in_title": in_title, "cited": cited,
            # "kỷ luật cảnh cáo Ban Thường vụ Đảng ủy xã X": the standing committee itself is the
            # collective reported on, so its own name is kept
            # ("đối với 15 cán bộ thuộc diện Ban Thường vụ Huyện ủy quản lý": the cadres it manages)
            "disciplined": head.startswith("Ban Thường vụ") and bool(_DISCIPLINED_BEFORE.search(before))
            and not re.search(r"\bdiện\s*$", before),
            "qualifier": bool(_QUALIFIER_BEFORE.search(before)),
        })
    return mentions


def _merge_keys(keys: list[str]) -> dict[str, str]:
    """Each key -> the longest key it is a prefix of (a shorter mention of the same body)."""
    out = {}
    for k in keys:
        longer = [o for o in keys if o != k and o.startswith(k) and (len(o) == len(k) or o[len(k)] == " " or k.endswith("|"))]
        out[k] = max(longer, key=len) if longer else k
    # a key that is a prefix of two different bodies stays itself
    for k in keys:
        longer = {o for o in keys if o != k and o.startswith(k) and (o[len(k):len(k) + 1] in (" ", "") or k.endswith("|"))}
        maximal = {o for o in longer if not any(p != o and p.startswith(o) for p in longer)}
        if len(maximal) > 1:
            out[k] = k
    return out




def _display_candidates(group: list[dict], text: str) -> list[str]:
    """The names a body may be shown by: each mention without "Ban Thường vụ" / "Ban Chấp
    hành" in front, and its party-organisation form ("Đảng ủy X" as "Đảng bộ X", "Quận ủy X"
    as "Đảng bộ quận X") only where the text itself writes that form: a name is one the text
    gives, never one put together from two mentions."""
    out = []
    # a body the text also names plainly (not only as "Ban Thường vụ ..." nor inside a title)
    named_plainly = any(re.search(rf"[{UPPER}]", g["rest"]) and not g["in_title"] and not g["name"].startswith("Ban Thường vụ")
                        for g in group)
    for g in group:
        name = re.sub(r"^Ban (?:Thường vụ|Chấp hành)\s+(?=(?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng) ủy|Đảng bộ)", "", g["name"])
        forms = [re.sub(r"^Đảng ủy\b", "Đảng bộ", name)]
        for committee, place in _COMMITTEE_PLACE.items():
            if name.startswith(committee + " "):
                forms.append(f"Đảng bộ {place} {name[len(committee) + 1:]}")
        forms = [f for f in forms if f != name and f in text]
        if g["name"].startswith("Ban Thường vụ") and not (named_plainly or forms):
            # "Ban Thường vụ Tỉnh ủy X tổ chức hội nghị ...", and X is named no other way: the
            # standing committee is the body the article reports on, under its own name
            name = g["name"]
        out.append(name)
        out.extend(forms)
    return out


def _full_committee_name(name: str, text: str, keep_standing: bool = False) -> str:
    """A bare committee ("Huyện ủy", "Ban Thường vụ Huyện ủy") is, where the text names
    exactly one committee of that kind in full ("Ủy ban Kiểm tra Huyện ủy Tiên Du"), that one:
    an article about a district names its committee in full once and then shortens it. With
    `keep_standing`, a standing committee stays one ("Ban Thường vụ Tỉnh ủy Phú Yên")."""
    bare = re.sub(r"^Ban (?:Thường vụ|Chấp hành)\s+", "", name)
    # a bare "Đảng bộ huyện" is the organisation of the one "Huyện ủy X" the text names
    organisation_of = {f"Đảng bộ {place}": committee for committee, place in _COMMITTEE_PLACE.items()}
    committee = organisation_of.get(bare, bare)
    if committee not in _COMMITTEE_PLACE:
        return name
    full = {m.group(0) for m in re.finditer(
        rf"(?<![{LOWER}{UPPER}]){committee}(?:[ \u00a0]+{_W}){{1,3}}(?![{LOWER}{UPPER}])", text)}
    full = {f for f in full if not re.match(rf"{committee}[ \u00a0]+(?:Ban|Ủy|Đảng|Chủ|Bí|Phó|Thường|Khóa|Nhiệm)\b", f)}
    if len(full) != 1:
        return name
    found = full.pop()
    if bare in organisation_of:
        # only where the text writes the organisation form in full too; a bare "Đảng bộ tỉnh"
        # is otherwise kept as written
        organisation = f"{bare} {found[len(committee) + 1:]}"
        return organisation if organisation in text else name
    # "kỷ luật Ban Thường vụ Tỉnh ủy" in an article naming "Tỉnh ủy Phú Yên": the standing
    # committee disciplined keeps its own name
    return (name[: len(name) - len(bare)] if keep_standing else "") + found


def _name_rank(name: str) -> tuple:
    """The fullest form first: the one naming the place or unit ("Huyện ủy Bảo Thắng" over a
    bare "Đảng bộ huyện"), then the organisation form over the committee form."""
    body = re.sub(r"^Ban Thường vụ\s+", "", name)
    proper = len(re.findall(rf"\b[{UPPER}][{LOWER}]+", body.split(" ", 2)[-1]))
    return (proper, body == name, name.startswith("Đảng bộ"), len(name))


# --------------------------------------------------------------------------------------------
# Events.

_EVENT_NOUN = re.compile(
    r"(?P<congress>[Đđ]ại hội)|(?P<conference>[Hh]ội nghị|[Hh]ội thảo|[Tt]ọa đàm)"
    r"|(?P<meeting>[Pp]hiên họp(?! trù bị)|cuộc họp|(?:[Bb]uổi\s+)?sinh hoạt (?:chi bộ|thường kỳ|chuyên đề)|(?<=\s)(?<!phòng\s)(?:đã\s+)?họp(?=[\s,.;])(?!\s+(?:báo|mặt|phiên trù bị|bàn giao|trù bị)))"
    r"|(?P<working_session>buổi làm việc|cuộc làm việc|(?<!ngày )làm việc (?:với|tại)(?! tinh thần))"
    r"|(?P<other>(?:[Bb]uổi\s+)?[Ll]ễ\s+(?:trao|kỷ niệm|khởi công|khánh thành|công bố|ra mắt|đón nhận|tuyên dương|phát động"
    r"|mít tinh|khai giảng|bế giảng|tặng|dâng hương|báo công|truy điệu|kết nạp|gắn biển|ký kết)"
    # "Ban Thường vụ Tỉnh ủy đã tổ chức dâng hương, báo công": a ceremony named without "lễ"
    r"|(?<=tổ chức )(?:dâng hương|dâng hoa|báo công|mít tinh))"
)
_HOLDING = re.compile(
    r"(?:tổ chức|khai mạc|bế mạc|chủ trì|[Dd]iễn ra|[Hh]ọp|tiến hành|[Kk]hai mạc|[Bb]ế mạc|[Tt]ổ chức|[Cc]hủ trì|dự|[Dd]ự"
    r"|tham dự|phối hợp tổ chức|đồng tổ chức)\s+(?:trọng thể\s+|long trọng\s+|thành công\s+|trực tuyến\s+)?"
    # "tiến hành phiên chính thức Đại hội …"
    r"(?:phiên (?:chính thức|trù bị|khai mạc|bế mạc|thứ nhất)\s+(?:của\s+)?)?$"
)
# (a dot inside "TP.HCM" or "24.7" does not end the clause)
_PLANNED = re.compile(r"\b(?:sẽ|dự kiến|dự định|theo kế hoạch)\b")
# a day opening the clause right before the event's noun: "Ngày 19/8, Đại hội …"
_DAY_OPENS_CLAUSE = re.compile(r"(?:^|[.:;]\s*)(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,\s*$")
_HOLDING_AFTER = re.compile(r"^(?:[^;.]|\.(?=\S)){0,160}?\b(?:khai mạc|bế mạc|diễn ra|thành công tốt đẹp|được tổ chức|đã họp|được triệu tập"
                            r"|đã hoàn thành (?:toàn bộ )?(?:chương trình|nội dung)|đã kết thúc"
                            # "tại hội nghị sơ kết … do Thành ủy Thủ Đức tổ chức chiều 17-12"
                            r"|\bdo\s[^;.,]{3,60}?\stổ chức\b)")
_NOT_HAPPENING = re.compile(
    r"(?:Nghị quyết|nghị quyết|Văn kiện|văn kiện|tiến tới|hướng tới|chuẩn bị|trước thềm|sẽ|dự kiến|kế hoạch|"
    r"tham mưu|công tác tổ chức|đại biểu dự|đại biểu đi dự|bầu|Chỉ thị|chỉ thị|quy chế|nội quy|chương trình|"
    r"đi dự|để dự|năm diễn ra)"
    r"[^,;.]{0,40}$"
)
_TERM = re.compile(r"nhiệm\s*k[ỳỷ]\s*(?P<a>(?:19|20)\d{2})\s*[-–—]\s*(?P<b>(?:19|20)\d{2})")
_DAYPART = (
    # ("trước ngày 30/6", "chậm nhất ngày …": a deadline, not the day of an event)
    r"(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm)(?:\s+nay\s*\(|\s+qua\s*\()?|(?<!trước )(?<!hạn )(?<!nhất )[Nn]gày|[Tt]ừ ngày|[Tt]ừ|[Đđ]ến ngày"
    r"|[Đđ]ến|[Tt]rong ngày|[Tt]rong các ngày|[Tt]rong (?:\d+|hai|ba|bốn|năm) ngày|[Cc]ác ngày"
    # "sau hai ngày làm việc (12 và 13/8)": days in brackets
    r"|(?<=\s)(?=\(\s*\d{1,2}\s*(?:[/.-]\s*\d{1,2}|(?:và|-|–)\s*\d{1,2}\s*/)))"
)
_DATE_RANGE = re.compile(
    rf"{_DAYPART}\s*\(?\s*(?:ngày\s+)?(?P<d1>\d{{1,2}})(?:\s*[/.]\s*(?P<m1>\d{{1,2}}))?(?:\s*[/.]\s*(?P<y1>\d{{4}}))?"
    rf"\s*(?:-|–|—|đến hết|đến|tới|và)\s*(?:ngày\s+)?(?P<d2>\d{{1,2}})(?:\s*[/.]\s*|-)(?P<m2>\d{{1,2}})(?:\s*[/.]\s*(?P<y2>\d{{4}}))?"
)
# "10-7" is a date but "từ 5 - 7 tổ chức" a range of counts: a dash joins day and month only unspaced
_DATE_ONE = re.compile(
    # ("giảm từ 2-3% hộ nghèo" is a range of shares)
    rf"{_DAYPART}\s*(?:ngày\s+)?(?P<d>\d{{1,2}})(?:\s*[/.]\s*|-)(?P<m>\d{{1,2}})(?:(?:\s*[/.]\s*|-)(?P<y>\d{{4}}))?(?![\d/])(?!\s*%)"
    rf"|(?<![\d/.])(?P<d3>\d{{1,2}})/(?P<m3>\d{{1,2}})/(?P<y3>(?:19|20)\d{{2}})"
)
# "tháng 2/1948": a month without a day still places an event in time (its day stays unknown)
_MONTH_YEAR = re.compile(
    r"\b(?:được tổ chức|được triệu tập|diễn ra|họp)\s+(?:vào\s+)?tháng\s+\d{1,2}\s*/\s*(?:19|20)\d{2}\b")
# "sau hai ngày rưỡi làm việc": a half day more runs into one more calendar day
_DURATION = re.compile(r"\b(?:[Ss]au|[Tt]rong|[Qq]ua)\s+(\d+|một|hai|ba|bốn|năm)\s+ngày(?P<half>\s+rưỡi)?")
_FIRST_SESSION = re.compile(
    r"(?:(?:họp|tại|tổ chức|[Tt]ại|tiến hành|triệu tập)\s+|^|(?<=\n)|(?<=[.] ))(?:[Pp]hiên(?: họp)?|[Hh]ội nghị)\s+(?:lần\s+)?thứ\s+(?:nhất|1)\b"
    r"|[Pp]hiên họp (?:lần )?thứ nhất|[Pp]hiên họp đầu tiên"
)
_VENUE = re.compile(
    rf"\btại\s+(?P<v>(?!Đại hội|Hội nghị|phiên|buổi|đây|đó|các|những|cơ sở|địa phương)"
    rf"[{UPPER}][^,;.\n]{{3,90}}?)(?=\s*[,;.\n]|\s+(?:đã|Đảng|Ban|Tỉnh|Thành|Quận|Huyện|đồng chí|diễn ra|khai mạc|tổ chức)\b)"
)


def _resolve(d: int, m: int, y: int | None, anchor: date | None) -> date | None:
    if y is None:
        if anchor is None:
            return None
        y = anchor.year
        try:
            candidate = date(y, m, d)
        except ValueError:
            return None
        # an event told about in January may be last December's
        if candidate > anchor + timedelta(days=31):
            y -= 1
    try:
        return date(y, m, d)
    except ValueError:
        return None


# "kỷ niệm 91 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2021)": the span of years an anniversary
# counts is not the day of the ceremony held for it
_ANNIVERSARY_SPAN = re.compile(r"\([^()\n]{0,30}?(?:19|20)\d{2}\s*[-–—]\s*[^()\n]{0,12}?(?:19|20)\d{2}\s*\)")


def _dates_in(s: str, anchor: date | None) -> tuple[date | None, date | None]:
    s = _ANNIVERSARY_SPAN.sub(lambda m: " " * len(m.group(0)), s)
    m = _DATE_RANGE.search(s)
    if m:
        y2 = int(m["y2"]) if m["y2"] else None
        end = _resolve(int(m["d2"]), int(m["m2"]), y2, anchor)
        y1 = int(m["y1"]) if m["y1"] else (end.year if end else None)
        start = _resolve(int(m["d1"]), int(m["m1"] or m["m2"]), y1, anchor or end)
        if start and end and start <= end:
            return start, end
    m = _DATE_ONE.search(s)
    if m:
        if m["d"]:
            d, mo, y = int(m["d"]), int(m["m"]), int(m["y"]) if m["y"] else None
        else:
            d, mo, y = int(m["d3"]), int(m["m3"]), int(m["y3"])
        if 1 <= mo <= 12:
            day = _resolve(d, mo, y, anchor)
            return day, None
    return None, None


def _year_anchor(s: str, published: date | None) -> date | None:
    """The date that day/month expressions resolve against: the dateline, or failing that a
    year the sentence itself names as the one being launched or reviewed."""
    if published:
        return published
    launch = re.search(r"(?:triển khai|nhiệm vụ)[^.;]{0,30}năm\s+((?:19|20)\d{2})", s)
    if launch:
        return date(int(launch.group(1)), 12, 31)
    years = [int(y) for y in re.findall(r"\bnăm\s+((?:19|20)\d{2})\b", s)]
    if len(set(years)) == 1:
        return date(years[0], 12, 31)
    return None


# --------------------------------------------------------------------------------------------
# People.

SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh "
    "Trương Lâm Phùng Mai Tô Hà Tạ Lương Đinh Cao Lưu Quách Thái Triệu Khổng Kiều Chu Chử Âu Thân "
    "Nông Lò Lục Hứa Tăng Giang Lại Từ Mạc Tống Châu Doãn Khúc Lã La Lữ Mẫn Nghiêm Ninh Phí Phương "
    "Quan Quản Tôn Trình Bế Hầu Lạc Lăng Cù Kim Diệp Nhữ Thạch Danh Đàm Bạch Biện Cấn Cung "
    "Đồng Đường Hàn Khương Mã Mông Nhâm Sầm Tiêu Ung Vi Viên Xa Thiều Đậu Đới Khuất Lỗ Mạch Nhan "
    "Thiệu Tiết Trà Uông Vy Ma Giàng Sùng Vàng Thào Lầu Mùa Lường Quàng Cầm Điêu Tòng Bạc Hoàng "
    "A Y Ksor Rơ Siu Nay Kpă Trang Bồ Chung Chế Ngọ Trầm Ứng Văn"
    # clan names of the northern mountain peoples (Tày, Nùng, Dao, Hmông)
    " Chẩu Bàn Lù Giáp Sìn Thò Dền"
    # name prefixes and clan names of the Central Highlands and southern minorities
    " Ya Rmah Rcom Niê Mlô Ayun Êban Byă Hờ Điểu Alăng Ating Pờ Chảo Tẩn Sần Hảng Vừ Phàn Hạng Tráng"
    " Ka Chamaléa Katơr Pinăng Cil Bhnướng Liêng Vì Mè Lự Khà Chá Sình Phùn Rah Puih Kpuih"
    # Khmer family names and name prefixes of the Mekong delta
    " Sơn Chau Néang Neáng Neang"
).split()
# syllables that are family names but far more often a middle name ("Hoàng Văn Thụ")
_MIDDLE_NAMES = {"Văn", "Thị"}
_SURNAME_RE = "|".join(sorted(set(SURNAMES), key=len, reverse=True))
# A given-name syllable; "Ủy viên", "Trung ương", "Bí thư" are not names.
_GIVEN = (
    r"(?!(?:Ngày|Sáng|Chiều|Tối|Trưa|Tại|Theo|Trong|Với|Sau|Trước|Khi|Để|Từ|Đến|Dự|Thay|Tham|Ảnh|Các|Những|Đây"
    r"|Tháng|Nguồn|Bài|Tin|Video|Clip|Đồng chí|Ông|Bà)\b)"
    # a highland syllable may join two with an apostrophe ("Rơ Châm H'Lim", "Y Moan Ê'Ban")
    rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}]?[{LOWER}]+)?(?!\s+(?:viên|thư|tịch|ương|nhiệm|trực|vụ|biểu|đốc|lệnh|tướng|ủy|bộ|phố|hội)\b)"
)
_NAME_RE = re.compile(
    rf"(?<![{UPPER}{LOWER}\w'’])(?:(?:{_SURNAME_RE})(?:[ \u00a0]+{_GIVEN}){{1,3}}"
    rf"|(?:[KHYRBMN]|Ch|Đ)['’][ \u00a0]*{_GIVEN}(?:[ \u00a0]+{_GIVEN}){{0,3}})(?![{UPPER}{LOWER}\-])"
)
_PLACE_HEAD_BEFORE = re.compile(
    rf"(?:xã|phường|quận|huyện|tỉnh|thị trấn|thị xã|thành phố|TP\.?|(?:Tỉnh|Thành|Quận|Huyện|Thị) ủy)[ \u00a0]+"
    rf"[{UPPER}][{LOWER}]*[ \u00a0]+$")
_PLACE_WORD_BEFORE = re.compile(r"(?:xã|phường|quận|huyện|tỉnh|thị trấn|thị xã|thành phố|TP\.?|bản|thôn|làng|đường|phố)\s+$")


def _place_like(text: str, start: int, name: str) -> bool:
    """ "xã Triệu Long", "quận Ngô Quyền": two syllables after a place word are a place, and so is
    a district's name ("huyện Hoàng Su Phì"); "tỉnh Lê Thị Thu Hồng" after a title is still a person."""
    before = text[max(0, start - 30) : start]
    if name in _DISTRICT_NAMES and _PLACE_WORD_BEFORE.search(before):
        return True
    # "Thành ủy Buôn Ma Thuột": the tail of a longer place name whose third word is a surname
    return bool(_PLACE_WORD_BEFORE.search(before) or _PLACE_HEAD_BEFORE.search(before)) and len(name.split()) <= 2
_PERSON_BEFORE = re.compile(
    r"(?:(?:[Nn]hiều |[Cc]ác )?[Đđ]ồng chí (?:như|là)|[Đđ]ồng chí|[Đđ]/c|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Cc]ụ"
    r"|(?:các )?em|đảng viên|bị cáo|bị can|học sinh|sinh viên|[Cc]ác đồng chí\s*:?|[Đđ]ại tướng|[Tt]hượng tướng|[Tt]rung tướng"
    r"|[Tt]hiếu tướng|[Đđ]ại tá|[Tt]hượng tá|[Tt]rung tá|[Tt]hiếu tá|GS|PGS|TS|ThS|[Tt]iến sĩ)\.?\s*:?\s*$"
)
_PLACE_BEFORE = re.compile(
    r"(?:quận|huyện|phường|xã|thị xã|thị trấn|tỉnh|thành phố|TP\.?|đường|phố|[Tt]rường|[Cc]ầu|sông|chợ|làng|thôn|bản"
    r"|khu|Quận ủy|Huyện ủy|[Đđ]ảng bộ|[Cc]ông ty|[Bb]ệnh viện|[Tt]ư tưởng|phong cách|[Ll]ăng|[Bb]ảo tàng|[Hh]ọc viện"
    r"|[Đđ]ảng ủy|Chi bộ|số \d+|\d+)\s*$"
)
_NOT_PEOPLE = {"Hồ Chí Minh", "Hàn Quốc", "Triều Tiên", "Thái Lan", "Hồng Kông", "Ma Cao", "La Mã", "Đài Loan",
               "Mai Châu", "Lê Chân", "Ngô Quyền", "Hồng Bàng"}


def _is_name(s: str) -> bool:
    """A surname-led capitalised run that is not a place: "Hà Nội", "Lâm Đồng" are provinces."""
    if s in _NOT_PEOPLE:
        return False
    return not any(s == p or s.startswith(p + " ") for p in ALL_PROVINCES)
_TITLE_HEAD = (
    # (national papers write offices in lower case: "ông X, ủy viên Trung ương Đảng, bí thư Tỉnh ủy")
    r"(?:[Nn]guyên\s+)?(?:[Pp]hó\s+|Tổng\s+)?(?:Bí thư|bí thư|ủy viên|chủ tịch|chủ nhiệm|(?<=Phó )trưởng|(?<=Tổng )giám đốc|(?<=Phó )giám đốc"
    r"|Luật sư|Chủ tịch|Ủy viên|Trưởng|Chủ nhiệm|Giám đốc|Thủ tướng|Bộ trưởng"
    r"|Thứ trưởng|Chánh|Tổ trưởng|Tư lệnh|Chính ủy|Hiệu trưởng|Viện trưởng|Tổng Thanh tra|Tổng Giám đốc"
    r"|Đại biểu Quốc hội|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy viên|Chủ tọa|Thư ký|Trưởng đoàn|Đại tướng"
    r"|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thượng úy|Trung úy|Thiếu úy|Kế toán trưởng|Chỉ huy trưởng|Bí thư Chi bộ|Chủ nhiệm|Báo cáo viên"
    r"|(?<=[Nn]guyên )(?:cán bộ|giáo viên|chiến sĩ|bộ đội|công nhân|kế toán|thủ quỹ|công chức|trưởng thôn|chủ tịch))"
)
_TITLE_HEAD_RE = re.compile(rf"(?<![{UPPER}{LOWER}]){_TITLE_HEAD}(?![{LOWER}])")
# Words where a title stops and the sentence's verb begins.
_TITLE_STOP = re.compile(
    # "Ủy viên dự khuyết Ban Chấp hành Trung ương": an alternate member, not the verb "dự"
    r"\s(?:chủ trì|phát biểu|báo cáo|ghi nhận|đánh giá|nhấn mạnh|đề nghị|trao|tặng"
    r"|dự(?!\s+(?:khuyết|án|toán|thảo|báo|phòng))|tham dự|làm|cho biết"
    r"|khẳng định|yêu cầu|biểu dương|chúc mừng|nêu rõ|kết luận|thăm|đã|cùng|về|với|tới|đến|được|nhận"
    r"|trình bày|quán triệt|thông qua|đọc|lưu ý|gửi|tại|trong|khi|thay mặt|là|có|sẽ|tiếp|chủ tọa"
    r"|điều hành|công bố|giới thiệu|đồng thời|nhiệt liệt|bày tỏ|mong|khai mạc|bế mạc|cảm ơn|trước khi|sau khi"
    r"|chia sẻ|nói|cho hay|thông tin|trao đổi|tâm sự|phân tích|nhận định|đề xuất|kiến nghị|dặn dò|động viên"
    r"|hoan nghênh|(?<!Ban\s)chỉ đạo|kêu gọi|nhắc lại|khái quát|tổng kết|trả lời|để|nhằm|vì"
    r"|tái đắc cử|đắc cử|tái cử|trúng cử|nhận nhiệm vụ|về nhận|tham gia|nhiệm kỳ|cho rằng|kể|xung quanh|do|bị)\b"
    rf"|\svà(?!\s+[{UPPER}])|[“\"(:]"
)
_ROLE_FOLLOW = (
    # presiding over an award ceremony is handing the awards
    ("chaired", re.compile(r"\b(?:chủ trì|chủ tọa|điều hành)\b")),
    ("directed", re.compile(r"\b(?:dự và chỉ đạo|phát biểu chỉ đạo|chỉ đạo tại|chỉ đạo Đại hội|chỉ đạo Hội nghị|chỉ đạo hội nghị|chỉ đạo đại hội)\b"
                            r"|^\W*(?:đề nghị|yêu cầu)\b")),
    ("reported", re.compile(r"\b(?:trình bày báo cáo|báo cáo|trình bày)\b")),
    # "đọc diễn văn": a speech read out is a speech
    ("spoke", re.compile(r"\b(?:phát biểu|tham luận|cho biết|đọc diễn văn)\b")),
    ("elected", re.compile(r"\b(?:được bầu|tái cử|trúng cử|tái đắc cử|được Đại hội bầu|được tín nhiệm bầu|được chỉ định|được tín nhiệm|được cử làm|được cử giữ)\b")),
    ("awarded", re.compile(r"\b(?:được (?:trao|tặng|nhận|khen thưởng|trao tặng)|vinh dự (?:nhận|được))\b")),
    ("attended", re.compile(r"\b(?:tham dự|dự)\b(?!\s+(?:kiến|án|bị|thảo|khuyết|toán|báo|phòng|trữ|định))")),
)
_ROLE_LEAD = (
    ("directed", re.compile(r"^\W*(?:[Tt]ới |[Đđ]ến |[Vv]ề )?(?:[Dd]ự,? và chỉ đạo|[Pp]hát biểu chỉ đạo|[Cc]hỉ đạo tại)"
                            r"|^\W*[Tt]hay mặt (?:Ban Thường vụ |Thường trực |Ban Chấp hành )?(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy")),
    ("chaired", re.compile(r"^\W*(?:[Cc]hủ trì|[Cc]hủ tọa|[Đđ]iều hành)|\bdưới sự (?:chủ trì|điều hành) của\s+(?:đồng chí|ông|bà)?\s*$")),
    # "Phát biểu khai mạc và trình bày báo cáo chính trị, đồng chí X ...": the report is the part
    ("reported", re.compile(r"^\W*(?:[Bb]áo cáo (?:tại|trước|với)|[Tt]rình bày)"
                            r"|^\W*[Pp]hát biểu [^,]{0,30}\svà\s+(?:trình bày|đọc)\s+(?:báo cáo|dự thảo)")),
    # "Theo ông X, Chủ tịch UBND huyện, ...": what follows is the person's account
    ("spoke", re.compile(r"^\W*(?:[Pp]hát biểu|[Tt]ham luận)|^\W*[Tt]heo\s+(?:đồng chí|ông|bà|anh|chị)\s*$")),
    ("elected", re.compile(r"^\W*(?:Đại hội|Hội nghị)?[^,]{0,30}\b(?:đã bầu|bầu|tái cử)\b"
                           r"|\b(?:bầu|chỉ định|bổ nhiệm)\s+(?:đồng chí|ông|bà)\s*$")),
    ("attended", re.compile(r"^\W*(?:[Tt]ới |[Đđ]ến |[Cc]ùng |[Vv]ề )?(?:[Tt]ham dự|[Dd]ự|có mặt)\b(?!\s+(?:kiến|án|bị|thảo))"
                            r"|^\W*(?:[Vv]ề phía [^,]{1,40},?\s*|[Cc]ùng\s+)có\b")),
)
# Handing the awards is presiding over the ceremony for the head of the committee holding it
# ("Quận ủy Cầu Giấy tổ chức Lễ trao ...; đồng chí X, Bí thư Quận ủy, trao Huy hiệu"); a guest
# from the level above who hands some of them attended it.
_HANDS_AWARDS = re.compile(r"^\W*(?:đã\s+)?trao(?: tặng)? (?:Huy hiệu|Bằng khen|Giấy khen|Huân chương|Cờ)")
_HOST_OF_CEREMONY = re.compile(
    r"((?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng) ủy)[^.;\n]{0,60}?\b(?:tổ chức|long trọng tổ chức)\s+(?:[Bb]uổi\s+)?[Ll]ễ\b")


def _heads_the_host(titles: list[str], host_committees: set[str]) -> bool:
    return any(re.match(rf"(?:Phó\s+)?Bí thư(?: Thường trực)? {c}\b", t) for t in titles for c in host_committees)


_AWARD_TO = re.compile(r"\b(?:[Tt]rao|[Tt]ặng|[Tt]rao tặng|[Kk]hen thưởng)\b[^.;]{0,120}\bcho\s+(?:các\s+)?(?:đồng chí|ông|bà)?\s*$")
ROLE_RANK = ("chaired", "directed", "reported", "elected", "spoke", "awarded", "attended", "mentioned")
_AWARD_LEAD = re.compile(
    r"\b(?:nhận|được trao|được tặng|đón nhận)\s+(?:Huy hiệu|Bằng khen|Giấy khen|Huân chương|Huy chương|Kỷ niệm chương"
    r"|danh hiệu|Cờ thi đua|Giải)"
)


_AGE_SEGMENT = re.compile(r"(?:\d{1,3}|[a-zà-ỹ]+(?: [a-zà-ỹ]+){0,2}) (?:năm )?tuổi(?: Đảng| đời)?(?=\s*[,;.)\n])")


# "Bí thư Quận ủy Ninh Kiều": two syllables after a committee word are its place, not the next
# person (names of people run to three syllables and more)
_COMMITTEE_OF_PLACE = re.compile(r"(?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng) ủy\s+$")
# "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng giữ chức Bí thư Tỉnh ủy": two offices
_SECOND_OFFICE = re.compile(r"\s+(?:giữ chức|đồng thời là|kiêm)\s+")


# a title ends at a comma or a stop; the dot of "T.Ư" (Trung ương) is neither
_TITLE_SEGMENT_END = re.compile(r"[,;\n]|(?<!\bT)\.")


def _titles_after(text: str, pos: int, limit: int) -> tuple[list[str], int]:
    """ "Lê Văn Thành, Ủy viên Trung ương Đảng, Bí thư Thành ủy; ..." -> the titles after the
    name and where the chain ends."""
    titles = []
    end = pos
    while True:
        m = re.match(r"\s*,\s*" if titles else r"\s*(?:,|\s[-–]\s)\s*", text[end:limit])
        if not m:
            break
        seg_start = end + m.end()
        # "Trần Thị Lài, 94 tuổi, 70 năm tuổi Đảng, nguyên cán bộ ...": an age is no title
        age = _AGE_SEGMENT.match(text, seg_start, limit)
        if age:
            end = age.end()
            continue
        # "Tổng Giám đốc, đồng thời là Bí thư Chi bộ": a second office joined on
        joined = re.match(r"(?:đồng thời là|đồng thời|kiêm|và là)\s+", text[seg_start:limit])
        if joined and _TITLE_HEAD_RE.match(text, seg_start + joined.end()):
            seg_start += joined.end()
        if not _TITLE_HEAD_RE.match(text, seg_start):
            break
        seg_end_match = _TITLE_SEGMENT_END.search(text[seg_start:limit])
        seg_end = seg_start + (seg_end_match.start() if seg_end_match else limit - seg_start)
        segment = text[seg_start:seg_end]
        stop = _TITLE_STOP.search(segment, _TITLE_HEAD_RE.match(segment).end())
        name_inside = next((n for n in _NAME_RE.finditer(segment)
                            if _is_name(n.group(0)) and not _place_like(segment, n.start(), n.group(0))
                            and not (_COMMITTEE_OF_PLACE.search(segment, 0, n.start())
                                     and len(n.group(0).split()) == 2)), None)
        if name_inside and (not stop or name_inside.start() < stop.start()):
            joint = re.search(r"\svà\s", segment[: name_inside.start()])
            if not joint:
                break  # "..., Trưởng ban X Vũ Đức Bảo": the title of the next person in a list
            # "Trưởng Ban Nội chính Tỉnh ủy và Thiếu tướng Lương Quốc Hùng": this person's title
            # ends where the next person is joined on
            segment = segment[: joint.start()]
            stop = None
        cut = stop.start() if stop else len(segment)
        title = segment[:cut].strip()
        piece_start = 0
        for joint in _SECOND_OFFICE.finditer(title):
            if _TITLE_HEAD_RE.match(title, joint.end()):
                titles.append(title[piece_start : joint.start()])
                piece_start = joint.end()
        if title[piece_start:]:
            titles.append(title[piece_start:])
        end = seg_start + cut
        if cut < len(segment):
            break
    return titles, end


def _titles_before(text: str, name_start: int, floor: int) -> list[str]:
    """ "Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Lê Thị Thu Hồng" -> the titles
    written in front of the name, nearest last."""
    titles = []
    end = name_start
    first = True
    while end > floor:
        seg_start_match = None
        for m in re.finditer(r"[,;.:\n]|\s(?:có|là|của|và|với|cho|do|dự)\s", text[floor:end]):
            seg_start_match = m
        seg_start = floor + (seg_start_match.end() if seg_start_match else 0)
        segment = text[seg_start:end]
        heads = list(_TITLE_HEAD_RE.finditer(segment))
        title = None
        for h in heads:
            tail = segment[h.start():]
            if re.search(rf"(?:^|\s)(?!(?:nguyên|cựu)\s)[{LOWER}]+\s+{_TITLE_HEAD}", tail):
                continue  # "Chủ tịch nước Thứ trưởng ...": the title nearest the name starts later
            if not _TITLE_STOP.search(tail, h.end() - h.start()) and not any(
                    _is_name(n.group(0)) or n.group(0) == "Hồ Chí Minh" and re.search(r"(?:Chủ tịch|Bác)\s+$", tail[: n.start()])
                    for n in _NAME_RE.finditer(tail)):
                title = tail.strip()
                break
        if not title:
            break
        if first and not segment.rstrip().endswith(title):
            break
        titles.insert(0, title)
        first = False
        # keep going only over "title, title NAME" chains
        if not (seg_start_match and seg_start_match.group(0).strip() == ","):
            break
        before_comma = text[floor : floor + seg_start_match.start()]
        if re.search(r"\s(?:của|cho|với|do|lệnh|quyền)\s+[^,;]*$", before_comma):
            break  # "Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy X": the first title is someone else's
        if segment[: segment.find(title)].strip():
            break
        end = floor + seg_start_match.start()
    return titles


def _clean_title(t: str) -> str:
    t = re.sub(r"\s+", " ", t).strip(" ,;:-–")
    return t


# --------------------------------------------------------------------------------------------


_CAPTION_AFTER_LABEL = re.compile(rf"\(?Ảnh\s*:\s*(?:[Đđ]ồng chí|Các đồng chí|Ông|Bà)[ \u00a0]+[{UPPER}]")


def _excluded_spans(text: str, stop: int) -> list[tuple[int, int]]:
    spans = [(stop, len(text)), *chrome_spans(text)]
    byline = find_byline(text)
    if byline:
        spans.append((byline[0], byline[1]))
    for m in re.finditer(r"(?:\(|\b)(?:Ảnh|Ảnh minh họa|Tin, ảnh|Bài, ảnh|Bài và ảnh|Tin và ảnh|Nguồn ảnh|Theo)\s*:[^\n)]*", text):
        content = m.group(0).split(":", 1)[1]
        words = content.split()
        if _CAPTION_AFTER_LABEL.match(text, m.start()) or (
                m.group(0).lstrip("(").startswith("Ảnh") and len(words) >= 5
                and any(w[0].islower() for w in words)):
            # "Ảnh: Bí thư Quận ủy X Nguyễn Văn A trình bày báo cáo. Ảnh: T.T": a caption telling
            # what someone did, not a credit; only the credit after it is left out
            credit = re.search(r"\bẢnh\s*:", content)
            if credit:
                spans.append((m.start() + len(m.group(0)) - len(content) + credit.start(), m.end()))
            continue
        spans.append((m.start(), m.end()))
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


_SN = re.compile(r"\s*\((?:SN|sinh năm|s\.\s*\d|\d{1,3}\s*tuổi)[^()\n]{0,80}\)")
# "Lê Văn Sáu (55 tuổi, nguyên Chủ tịch UBND xã Hòa Tiến)": the age, then the office held
_AGE_AND_TITLE = re.compile(
    r"\s*\((?:(?:SN \d{4}|sinh năm \d{4}|\d{1,3}\s*tuổi),\s*)?(?P<t>[^()\n]{3,90})\)")
# "được bầu giữ chức Bí thư Huyện ủy", "làm Trưởng đoàn": a title the sentence gives the person.
_TITLE_BY_VERB = re.compile(
    # (after the person's other titles: "Đồng chí X, Ủy viên Trung ương Đảng, được chỉ định giữ chức …")
    r"^\s*,?\s*(?:(?:tiếp tục\s+)?(?:được|đã được)\s+(?:tín nhiệm\s+)?"
    # "được Ban Chấp hành bầu giữ chức": the electing body may stand between
    r"(?:(?:Ban Chấp hành|Ban Thường vụ|Hội nghị|Đại hội|Tỉnh ủy|Huyện ủy|Thành ủy|Quận ủy|Thị ủy|Đảng ủy)[^,;.]{0,30}?\s)?"
    r"(?:bầu|chỉ định|bổ nhiệm|phân công|cử)|tái đắc cử|tái cử|trúng cử)?"
    r"\s*(?:tiếp tục\s+)?(?:giữ chức(?: vụ)?|làm|vào chức|là)\s+(?=" + _TITLE_HEAD + r")"
    r"|^\s*,?\s*(?:tiếp tục\s+)?(?:được\s+(?:tín nhiệm\s+)?bầu|tái đắc cử|tái cử|trúng cử|(?:về\s+)?nhận nhiệm vụ)\s+(?="
    + _TITLE_HEAD + r")"
)
# "các đồng chí Ủy viên Ban Thường vụ Thành ủy: A, B, C": a title every listed person holds.
_SHARED_TITLE = re.compile(r"các đồng chí\s+(" + _TITLE_HEAD + r"[^:;.\n]{0,60}):\s*$")


def _verb_titles(text: str, pos: int, limit: int) -> tuple[list[str], int]:
    """ "được bầu giữ chức Phó Bí thư Đảng ủy, Chủ tịch UBND xã" -> both offices, and where
    the chain ends."""
    m = _TITLE_BY_VERB.match(text[pos:limit])
    if not m:
        return [], pos
    start = pos + m.end()
    seg = re.split(r"[,;.\n]", text[start:limit])[0]
    head = _TITLE_HEAD_RE.match(seg)
    if not head:
        return [], pos
    stop = _TITLE_STOP.search(seg, head.end())
    first = seg[: stop.start() if stop else len(seg)].strip()
    if not first:
        return [], pos
    end = start + len(seg[: stop.start() if stop else len(seg)].rstrip())
    more, end = _titles_after(text, end, limit) if not stop else ([], end)
    return [first] + more, end


# "cách chức Bí thư Đảng ủy xã đối với ông X": the office taken away is a title X held.
_OFFICE_REMOVED = re.compile(
    rf"\b(?:cách chức|miễn nhiệm|miễn chức|bãi nhiệm)\s+(?P<t>{_TITLE_HEAD}[^,;.\n]{{0,50}}?)\s+đối với\s+"
    r"(?:ông|bà|đồng chí|đ/c)\s+$"
)


# "huyện Lục Nam", "xã Tam Dương": one or two capitalised syllables after a place word (and
# nothing capitalised after them) name a place; the same words elsewhere in the text are that
# place too ("Lục Nam trao Huy hiệu ..."), not a person.
_KNOWN_PLACE = re.compile(
    rf"(?<![{UPPER}{LOWER}])(?:huyện|quận|xã|phường|tỉnh|thị xã|thị trấn|thành phố|TP\.?|Huyện ủy|Quận ủy|Thị ủy"
    rf"|Tỉnh ủy|Thành ủy)[ \u00a0]+([{UPPER}][{LOWER}]*(?:[ \u00a0]+[{UPPER}][{LOWER}]*)?)(?![ \u00a0]*[{UPPER}{LOWER}\d])"
)
# How far around a name its titles, sentence and clause are looked for: a sentence without
# stops must not make every name scan the whole text.
_NAME_WINDOW = 1200
_SENTENCE_STOP = re.compile(r"[.!?\n]")


def known_places(text: str) -> set[str]:
    return {m.group(1).replace("\u00a0", " ") for m in _KNOWN_PLACE.finditer(text)}


_SPACES = re.compile(r"[ \u00a0]*")


def _find_people(text: str, stop: int, excluded: list[tuple[int, int]]) -> list[dict]:
    mentions = []
    places = known_places(text[:stop])
    for m in _NAME_RE.finditer(text, 0, stop):
        straddled = next((p for p in _PLACE_NAME_RE.finditer(text, max(0, m.start() - 20), m.end())
                          if p.start() <= m.start() < p.end()), None)
        if straddled:
            # "Tỉnh ủy An Giang Lê Văn Phước", "Tỉnh ủy Đồng Tháp Lê Quốc Phong": the match began
            # inside or at a province's name
            m = _NAME_RE.match(text, _SPACES.match(text, straddled.end()).end(), stop)
            if m is None:
                continue
        words = m.group(0).split()
        if (len(words) >= 3 and words[1] in SURNAMES and words[1] not in _MIDDLE_NAMES
                and _PLACE_HEAD_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            # "Bí thư Đảng ủy xã Mỹ Lâm Trần Văn Phúc": the place's last syllable is a surname too;
            # the person's name is the run that starts at the next one
            m = _NAME_RE.match(text, _SPACES.match(text, m.start() + len(words[0])).end(), stop) or m
        name = m.group(0)
        if not _is_name(name) or _inside(m.start(), excluded):
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        window = max(0, m.start() - _NAME_WINDOW)
        line_start = text.rfind("\n", window, m.start()) + 1 or window
        sent_start = max(line_start, max((text.rfind(c, window, m.start()) + 1 for c in ".!?"), default=0))
        clause_start = max(sent_start, text.rfind(";", window, m.start()) + 1)
        if _place_like(text, m.start(), name):
            continue
        if name in places and not _PERSON_BEFORE.search(before):
            continue
        titles_before = _titles_before(text, m.start(), clause_start)
        if not titles_before and _PLACE_BEFORE.search(before):
            continue  # "quận Ngô Quyền", "đường Lê Lợi": a place named after a person
        line_end = text.find("\n", m.end(), m.end() + _NAME_WINDOW)
        limit = min(line_end if line_end >= 0 else m.end() + _NAME_WINDOW, stop)
        after_name = m.end()
        titles_after: list[str] = []
        aged = _AGE_AND_TITLE.match(text, after_name, limit)
        if aged and not _TITLE_HEAD_RE.match(aged.group("t")):
            aged = None
        if aged:
            titles_after.append(aged.group("t").strip())
            after_name = aged.end()
        sn = None if aged else _SN.match(text, after_name, limit)
        if sn:
            # "Lê Đình Hùng (SN 1968), nguyên Chủ tịch UBND xã": the occupation after the birth year
            after_name = sn.end()
            occ = re.match(r"\s*,\s*([^,;.\n()]{2,80}?)(?=\s*[;.\n]|\s+và\s|,)", text[after_name:limit])
            if occ and re.match(r"(?:cùng|trú|ở|tại|quê|thường trú)\b", occ.group(1)):
                occ = None
            if occ and not _TITLE_HEAD_RE.match(occ.group(1)):
                titles_after.append(occ.group(1).strip())
                after_name += occ.end()
                occ = None
        more, chain_end = _titles_after(text, after_name, limit)
        if sn and occ and not more:
            # "Phạm Thị Dung (SN 1979), nguyên cán bộ địa chính xã và Vũ Văn Toàn": the title
            # chain stops at the next name, but the occupation is still hers
            more, chain_end = [occ.group(1).strip()], after_name + occ.end()
        titles_after += more
        # a lower-case run closing a title's name ("Tổ xây dựng Đảng, hệ thống chính trị")
        cont = re.match(rf"\s*,\s*([{LOWER}][{LOWER}\s]{{2,40}}?)(?=\s+(?:làm|chủ trì|phát biểu|báo cáo|dự)\b)", text[chain_end:limit])
        if cont and titles_after and not _TITLE_STOP.search(" " + cont.group(1)):
            titles_after[-1] = f"{titles_after[-1]}, {cont.group(1).strip()}"
            chain_end += cont.end()
        verb_titles, _ = _verb_titles(text, chain_end, limit)
        titles_after += verb_titles
        removed = _OFFICE_REMOVED.search(text, max(clause_start, m.start() - 120), m.start())
        if removed:
            titles_after.append(removed.group("t"))
        shared = _SHARED_TITLE.search(text, clause_start, m.start())
        if not shared:
            # the shared title opens the list; later names in it follow commas
            opener = text.rfind("các đồng chí", sent_start, m.start())
            if opener >= 0:
                shared = _SHARED_TITLE.search(text[opener : text.find(":", opener, m.start()) + 1 or opener])
        shared_titles = [shared.group(1).strip()] if shared else []
        person_context = bool(_PERSON_BEFORE.search(before) or titles_before or titles_after or sn or aged)
        follow = text[chain_end:limit]
        follow = re.split(r"[.;!?]", follow)[0]
        if not person_context and re.match(r"\s*(?:phát biểu|trao|tặng|chủ trì|báo cáo|nhấn mạnh|cho biết|đề nghị|dự)\b", follow):
            person_context = True
        mentions.append({
            "name": name, "start": m.start(), "end": m.end(), "chain_end": chain_end,
            "titles": shared_titles + titles_before + titles_after, "context": person_context,
            "verb_titles": verb_titles,
            "sent_start": sent_start, "clause_start": clause_start, "limit": limit,
        })
    for previous, x in zip(mentions, mentions[1:]):
        # "Nhiều đồng chí như Nguyễn Đình Nhân, Lê Thế Tiết bị kết án": a name listed after a person's
        if previous["context"] and re.fullmatch(r"\s*(?:\([^()\n]{0,40}\))?\s*(?:,|và)\s*", text[previous["chain_end"] : x["start"]]):
            x["context"] = True
    confirmed = {x["name"] for x in mentions if x["context"]}
    mentions = [x for x in mentions if x["name"] in confirmed]

    titles_of: dict[str, list[str]] = {}
    for x in mentions:
        titles_of.setdefault(x["name"], []).extend(x["titles"])
    host_committees = {m.group(1) for m in _HOST_OF_CEREMONY.finditer(text, 0, stop)}

    # Roles: the verb that follows a person (up to the next person), else the cue that opens
    # the sentence, shared by everyone listed after it ("Tới dự có các đồng chí: A, ...; B, ...").
    roles: dict[str, set[str]] = {}
    previous: dict | None = None
    for i, x in enumerate(mentions):
        nxt = mentions[i + 1]["start"] if i + 1 < len(mentions) else len(text)
        end_of_sentence = _SENTENCE_STOP.search(text, x["chain_end"], x["chain_end"] + _NAME_WINDOW)
        follow_end = min(nxt, end_of_sentence.start() if end_of_sentence else x["chain_end"] + _NAME_WINDOW)
        follow = re.sub(r"“[^”]*”|\"[^\"]*\"", "“”", text[x["chain_end"] : follow_end])
        # the person's own verb comes within a few words of the name and titles
        words = re.finditer(r"\S+", follow)
        cut = next((w.start() for i, w in enumerate(words) if i == 12), len(follow))
        follow = follow[:cut]
        own = set()
        for role, pattern in _ROLE_FOLLOW:
            fm = pattern.search(follow)
            if fm and not re.search(r"\b(?:nghe|qua|theo|các|những)\s*$", follow[: fm.start()]):
                own.add(role)
        if _HANDS_AWARDS.match(follow):
            own.add("chaired" if _heads_the_host(titles_of.get(x["name"], []), host_committees) else "attended")
        found = set(own)
        lead = text[x["sent_start"] : x["start"]]
        # the cue opening the person's own clause ("..., chủ trì; dự có đồng chí B") first, then
        # the one opening the sentence ("Tới dự có các đồng chí: A, ...; B, ...")
        for cue_text in (text[x["clause_start"] : x["start"]], lead):
            cue = next((role for role, pattern in _ROLE_LEAD if pattern.search(cue_text)), None)
            if cue:
                found.add(cue)
                break
        if cue == "spoke" and "directed" in own and "chỉ đạo" not in follow:
            # "Phát biểu tại hội nghị, đồng chí X đề nghị ...": a request made in a speech the
            # text does not call a directing one
            own.discard("directed")
            found.discard("directed")
        if _AWARD_TO.search(text[max(x["sent_start"], x["start"] - 160) : x["start"]]) or _AWARD_LEAD.search(lead):
            found.add("awarded")
        if not found and previous is not None and previous["sent_start"] == x["sent_start"]:
            # "A được chỉ định giữ chức Bí thư; đồng chí B, Phó Bí thư": B shares A's verb
            found = set(previous["own"])
        x["own"] = own
        previous = x
        roles.setdefault(x["name"], set()).update(found)

    # from the last of a list to the first: "các đồng chí A, B, C được bầu làm Phó Bí thư"
    for i in reversed(range(len(mentions) - 1)):
        x, nxt = mentions[i], mentions[i + 1]
        between = text[x["chain_end"] : nxt["start"]]
        if re.fullmatch(r"\s*(?:và|,)\s*(?:các\s+)?(?:đồng chí|ông|bà)?\s*", between):
            # "đồng chí A và đồng chí B được bầu làm Phó Bí thư": A shares B's verb and title
            roles[x["name"]].update(nxt["own"])
            shared = [t for t in nxt["titles"] if t in nxt.get("verb_titles", [])]
            x["titles"] = x["titles"] + shared
            x["verb_titles"] = x.get("verb_titles", []) + shared  # passed on to the one before
            x["own"] = x["own"] | nxt["own"]

    people: dict[str, dict] = {}
    for x in mentions:
        person = people.setdefault(x["name"], {"name": x["name"], "titles": [], "role": "mentioned"})
        for t in x["titles"]:
            t = _clean_title(t)
            if not t:
                continue
            low = t.lower()
            existing = [e.lower() for e in person["titles"]]
            if any(e == low for e in existing):
                continue  # said again in short: "Trưởng Ban chỉ đạo" after the full title
            person["titles"].append(t)
    _short_name_titles(text, stop, excluded, people)
    for name, person in people.items():
        found = roles.get(name, set())
        person["role"] = next((r for r in ROLE_RANK if r in found), "mentioned")
    return list(people.values())


_SHORT_NAME = re.compile(rf"(?<![{LOWER}{UPPER}])(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)[ \u00a0]+(?P<g>[{UPPER}][{LOWER}]+)(?![ \u00a0]*[{UPPER}])")
_FORMER_OFFICE = re.compile(r"\b(?:đã\s+)?(?:từng|trước đây|trước đó)\s+(?=giữ chức|làm|là)")


def _short_name_titles(text: str, stop: int, excluded: list[tuple[int, int]], people: dict[str, dict]) -> None:
    """ "Ông Khải có 24 năm tuổi đảng, từng giữ chức Bí thư Đảng ủy xã": a person named again by
    the given name alone, with an office the sentence says they held."""
    by_given: dict[str, list[str]] = {}
    for name in people:
        by_given.setdefault(name.split()[-1], []).append(name)
    for m in _SHORT_NAME.finditer(text, 0, stop):
        owners = by_given.get(m.group("g"), [])
        if len(owners) != 1 or _inside(m.start(), excluded):
            continue  # unknown, or two people share the given name
        limit = min(stop, m.end() + _NAME_WINDOW)
        end = _SENTENCE_STOP.search(text, m.end(), limit)
        sentence_end = end.start() if end else limit
        former = _FORMER_OFFICE.search(text, m.end(), min(sentence_end, m.end() + 120))
        if not former:
            continue
        titles, _ = _verb_titles(text, former.end(), sentence_end)
        person = people[owners[0]]
        for t in titles:
            t = _clean_title(t)
            if t and t.lower() not in (e.lower() for e in person["titles"]):
                person["titles"].append(t)


def _event_ordinal(kind: str, phrase: str) -> int | None:
    om = re.search(r"\blần thứ\s+([IVXLC]+|\d+|mười\s+\w+|[a-zà-ỹ]+)", phrase)
    if om:
        return ordinal_value(om.group(1))
    om = re.match(r"\s*(?:đại biểu\s+)?(?:Đảng bộ[^,;.]{0,60}?\s)?([IVXLC]+)\b", phrase)
    if om and kind == "congress":
        return roman_to_int(om.group(1))
    if kind in ("meeting", "conference"):
        om = re.match(r"\s*(?:thường kỳ\s+)?(?:lần\s+)?thứ\s+(\d+|[IVXLC]+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b", phrase)
        return ordinal_value(om.group(1)) if om else None
    return None


_EVENT_WINDOW = 500
_SAME_DAY = re.compile(r"\W*(?:[Cc]ùng ngày|[Cc]ũng trong ngày|[Tt]rong cùng ngày)\b")


def _holder(before: str) -> str | None:
    """The named party body a sentence puts before its event noun ("Đảng bộ huyện X khai mạc
    Đại hội"), as a comparable key; None when the clause names none."""
    clause = re.split(r"[;:]", before)[-1]
    for m in _ORG_RE.finditer(clause):
        rest = m.group("rest").strip()
        if re.search(rf"[{UPPER}]", rest) and not _TITLE_BEFORE.search(clause[: m.start()]):
            return ascii_fold(m.group(0).split("(")[0])
    return None


def _find_events(text: str, title: str | None, body_start: int, stop: int, published: date | None) -> list[dict]:
    spans = sentences(text, body_start, stop)
    # the headline and the first sentences of prose; menus and site names above them do not count
    lead_ids = set([i for i, (a, b) in enumerate(spans) if not is_head_chrome(text[a:b])][:4])
    raw = []
    for idx, (a, b) in enumerate(spans):
        s = text[a:b]
        has_date = bool(_DATE_ONE.search(s) or _DATE_RANGE.search(s) or _MONTH_YEAR.search(s))
        same_day = not has_date and bool(_SAME_DAY.match(s)) and bool(raw)
        has_date = has_date or same_day
        is_title = title is not None and s.strip() == title.strip()
        if not (idx in lead_ids or has_date or is_title):
            continue
        for m in _EVENT_NOUN.finditer(s):
            kind = m.lastgroup
            # a sentence without stops may run for pages: each noun reads the words around it
            lo, hi = max(0, m.start() - _EVENT_WINDOW), m.end() + _EVENT_WINDOW
            local = s[lo:hi]
            before = s[lo : m.start()]
            after = s[m.end() : hi]
            if _NOT_HAPPENING.search(before):
                continue
            if re.match(r"\s*(?:[Đđ]ảng bộ\s+|đảng\s+)?các cấp\b", after):
                continue  # "tổ chức thành công đại hội đảng bộ các cấp": every level's, no one event
            if kind == "working_session":
                if re.search(r"(?:sẽ|dự kiến|quy chế|chương trình|kế hoạch|Đại hội|đại hội)\s*$", before):
                    continue
            elif kind == "meeting" and "họp" in m.group(0) and not m.group(0).lower().startswith(("phiên", "cuộc")):
                if re.search(r"(?:Đại hội|Hội nghị|đại hội|hội nghị)[^,;.]{0,60}$", before) or _FIRST_SESSION.search(
                        s[m.start() : m.end() + 30]):
                    continue  # a congress sitting, or the first session handled below
            elif not (_HOLDING.search(before)
                      # "Khai mạc sáng 13/8 và bế mạc trưa 15/8, Đại hội ... lần thứ XI"
                      or re.search(r"(?:^|[\s(])(?:[Kk]hai mạc|[Bb]ế mạc)\b[^.;]{0,60}$", before)
                      or ((held := _HOLDING_AFTER.match(after)) and not _PLANNED.search(held.group(0)))
                      or (is_title and re.match(r"^\W*(?:Khai mạc|Bế mạc|Hội nghị|Đại hội|Lễ)", s))
                      # "Ngày 19/8, Đại hội Đảng bộ huyện Lạc Dương lần thứ VIII có 150 đại biểu dự"
                      or (kind != "other" and _DAY_OPENS_CLAUSE.search(before) and not _PLANNED.search(after[:80]))):
                continue
            if re.search(r"(?:Trung tâm|Cung|Hội trường|Nhà)\s*$", before):
                continue  # "Trung tâm Hội nghị": a venue, not an event
            # the noun phrase: up to the clause end, for the ordinal and the term
            phrase = re.split(r"[;\n]|\.(?!\S)|,\s(?!nhiệm\s*k|khóa\s)", after)[0][:160]
            term = None
            if kind != "congress":
                # "hội nghị sơ kết ... Nghị quyết Đại hội ... lần thứ XII": that ordinal and term
                # are the cited congress's; the committee's own term stands before the noun
                phrase = re.split(r"\b(?:Nghị quyết|nghị quyết|Đại hội|đại hội|Chỉ thị|chỉ thị|Kết luận|Chương trình)\b", phrase)[0]
                term = _TERM.search(phrase) or next(iter(reversed(list(_TERM.finditer(re.split(r"[;.]", before)[-1])))), None)
            else:
                term = _TERM.search(after[:200])
            ordinal = _event_ordinal(kind, phrase)
            anchor = _year_anchor(local, published)
            start_d, end_d = _dates_in(local, anchor)
            if same_day:
                # "Cùng ngày, ...": the day of the event told just before
                start_d = next((r["start_date"] for r in reversed(raw) if r["start_date"]), None)
            days = sorted({d for d in (_dates_in(x.group(0), anchor)[0] for x in _DATE_ONE.finditer(local)) if d})
            if start_d and not end_d and len(days) > 1 and re.search(r"\bbế mạc\b", local):
                # "Sáng 13-10 ... khai mạc; sau ba ngày làm việc, chiều 15-10 ... bế mạc"
                start_d, end_d = days[0], days[-1]
            elif start_d and not end_d and re.search(r"\bbế mạc\b", local):
                # a closing day ends the event; "sau hai ngày" tells when it began
                end_d = start_d
                dur = _DURATION.search(local)
                n = ordinal_value(dur.group(1)) + bool(dur.group("half")) if dur and ordinal_value(dur.group(1)) else None
                start_d = end_d - timedelta(days=n - 1) if n else None
            venue = _VENUE.search(local)
            raw.append({
                "type": kind, "ordinal": ordinal,
                "term_start": int(term["a"]) if term else None, "term_end": int(term["b"]) if term else None,
                "start_date": start_d, "end_date": end_d,
                "venue": venue.group("v").strip() if venue else None, "pos": a + m.start(),
                "holder": _holder(before), "same_day": same_day,
            })
    spans_text = text[body_start:stop]
    events: list[dict] = []
    for e in raw:
        same = next((x for x in events if x["type"] == e["type"]
                     and (x["ordinal"] is None or e["ordinal"] is None or x["ordinal"] == e["ordinal"])), None)
        if same is not None and e["same_day"] and e["holder"] and same["holder"] and e["holder"] != same["holder"]:
            # "Cùng ngày, Đảng bộ huyện Long Phú cũng khai mạc Đại hội": another body's event
            same = None
        if same is not None and same["holder"] is None:
            same["holder"] = e["holder"]
        if same is None:
            events.append(e)
            continue
        for k in ("ordinal", "term_start", "term_end", "start_date", "end_date", "venue"):
            if same[k] is None and e[k] is not None:
                same[k] = e[k]
    terms = {(int(m["a"]), int(m["b"])) for m in _TERM.finditer(spans_text)}
    for e in events:
        if e["type"] == "congress" and e["term_start"] is None and e["start_date"]:
            # "… đã tổ chức xong đại hội nhiệm kỳ 2020 - 2025. Ngày 19/8, Đại hội Đảng bộ huyện
            # Lạc Dương lần thứ VIII …": a congress elects for the term that starts in its year
            year = e["start_date"].year
            e["term_start"], e["term_end"] = next(((a, b) for a, b in sorted(terms) if a == year), (None, None))
    congress = next((e for e in events if e["type"] == "congress"), None)
    if congress:
        # the congress's own span: "Đại hội diễn ra trong 2 ngày, từ ngày 3/8 – 4/8/2020"
        for m in re.finditer(r"(?:Đại hội|đại hội)[^.;\n]{0,40}(?:diễn ra|được tổ chức|tổ chức)[^.;\n]{0,60}", spans_text):
            if _PLANNED.search(m.group(0)):
                continue  # "Đại hội Đảng bộ tỉnh lần thứ XI dự kiến diễn ra từ ngày 14 - 16/10": another, to come
            start_d, end_d = _dates_in(m.group(0), published)
            if start_d and end_d:
                congress["start_date"], congress["end_date"] = start_d, end_d
                break
        # the new committee's first session, held right after the congress that elected it
        first = _FIRST_SESSION.search(spans_text)
        if first and not any(e["type"] == "meeting" and e["ordinal"] == 1 for e in events):
            events.append(_first_session(text, body_start + first.start(), congress, published))
    return events


def _first_session(text: str, pos: int, congress: dict, published: date | None) -> dict:
    """The new committee's first session. Its term is the one its own sentence states, else the
    congress's; its day is what the text states for it: the day its sentence, or an earlier sentence of its
    paragraph, names ("Chiều 12/6, Đại hội bầu ... . Ban Chấp hành họp phiên thứ nhất"), or the
    congress's closing day when it met "ngay sau khi bế mạc". Nothing is carried over that the
    text does not say of the session: a congress's single day is not the session's."""
    # (a paragraph is a line: pages keep one on a line, and hard wraps were undone before)
    para_start = text.rfind("\n", max(0, pos - 3000), pos)
    para_start = para_start + 1 if para_start >= 0 else max(0, pos - 3000)
    sentence_end = _SENTENCE_STOP.search(text, pos)
    sentence_end = sentence_end.start() if sentence_end else len(text)
    sentence_start = max((a for a, _ in sentences(text, para_start, pos + 1)), default=para_start)
    term = _TERM.search(text, sentence_start, sentence_end)
    day, _ = _dates_in(text[sentence_start:sentence_end], published)
    if day is None and congress["end_date"] and re.search(
            r"\b[Nn]gay sau (?:khi )?(?:(?:Đại hội|đại hội)(?: đại biểu)?(?:\s+bế mạc)?|bế mạc)\b", text[sentence_start:sentence_end]):
        # "Ngay sau khi bế mạc, Ban Chấp hành ... hội nghị lần thứ nhất", "phiên họp thứ nhất ngay
        # sau Đại hội": the congress's closing day
        day = congress["end_date"]
    if day is None:
        # "Chiều cùng ngày": the day of the last dated sentence, even in an earlier paragraph
        same_day = re.search(r"\b(?:cùng ngày|trong ngày|[Nn]gay sau đó)\b", text[sentence_start:sentence_end])
        floor = max(0, sentence_start - 3000) if same_day else para_start
        for a, b in reversed(sentences(text, floor, sentence_start)):
            first_day, last_day = _dates_in(text[a:b], published)
            if first_day:
                # a span of days ("trong hai ngày 12 và 13/6") does not say which one
                day = first_day if last_day is None else None
                break
    if day is None and congress["end_date"] and re.search(r"\b[Nn]gay sau đó\b", text[sentence_start:sentence_end]):
        day = congress["end_date"]  # "Ngay sau đó" told after no dated sentence: the closing day
    # The committee that meets was elected for the congress's term: that is the session's term
    # unless its own sentence states another.
    term_start = int(term["a"]) if term else congress["term_start"]
    term_end = int(term["b"]) if term else congress["term_end"]
    return {
        "type": "meeting", "ordinal": 1, "term_start": term_start, "term_end": term_end,
        "start_date": day, "end_date": None, "venue": None, "pos": pos,
    }


_FIGURE_AFTER = re.compile(
    r"[^.;\n]{0,80}?\b(?:có|kết nạp|gồm|đạt|với|đã)\b[^.;\n]{0,30}?\d[\d.,]*\s+(?:đảng viên|tổ chức|chi bộ|đảng bộ)"
)
# "công ty có 9 đảng viên đang sinh hoạt ghép tại Chi bộ Khu công nghiệp": the members counted
# before are the cell's they meet in
_MEMBERS_MEETING_IN = re.compile(
    r"\d[\d.,]*\s+đảng viên[^.;\n]{0,30}?\bsinh hoạt(?:\s+ghép)?\s+(?:tại|ở|trong|với)\s+$")


# A body named as where figures came from or went to, or as an example of the subject's units
# ("tiếp nhận 4 tổ chức từ Đảng bộ Khối X", "như Đảng bộ huyện Y kết nạp 85 đảng viên"), does not
# own the figures that follow it.
_NOT_OWNER_BEFORE = re.compile(
    r"(?:^|\s)(?:từ|sang|cho|như|ví dụ|điển hình(?: là| như)?|tiêu biểu(?: là| như)?|chẳng hạn)\s*:?\s*$"
    # "trên cơ sở hợp nhất Đảng bộ tỉnh X và Đảng bộ tỉnh Y, hiện có ...": the merged parts
    r"|\b(?:hợp nhất|sáp nhập|tách)\b[^,;.\n]{0,80}$")


# a delegation's body: "Đoàn công tác của Ban Thường vụ Tỉnh ủy", "Đoàn kiểm tra số 3 của Tỉnh ủy"
_VISITOR_BEFORE = re.compile(
    r"\b[Đđ]oàn (?:công tác|kiểm tra|giám sát|khảo sát|công tác liên ngành)(?: số \d+)?(?: của)?\s+$")
_PASSIVE_AGENT = re.compile(r"\bđược\s+$")
# "được Ban Thường vụ Huyện ủy chọn làm điểm", "được Tỉnh ủy tặng Bằng khen": a body choosing,
# approving or commending; "được Ban Tổ chức đánh giá tại hội nghị" is still the one holding it
_CHOOSES_AFTER = re.compile(
    r"\s*(?:chọn|lựa chọn|công nhận|tặng|trao|khen thưởng|chỉ định|giao|phê duyệt|cho phép|đồng ý|quyết định)\b")


_HIGHER_CONGRESS_BEFORE = re.compile(r"\b(?:đi dự|tham dự|dự)\s+(?:Đại hội|đại hội)(?:\s+đại biểu)?\s+$")
_BELONGS_TO_BEFORE = re.compile(r"\b(?:của|thuộc|trực thuộc)\s+$")
_ELECTED_AFTER = re.compile(r"[ \t]*(?:khóa [IVXLC\d]+[ \t]*)?(?:,?[ \t]*nhiệm kỳ [\d\s–-]+)?gồm\b")
# one line only: "Xếp hạng: 4 - 3 phiếu bầu" in the chrome above the lead elects nothing
_ELECTED_BEFORE = re.compile(r"(?<!phiếu )\b(?:bầu|bầu ra|chỉ định|kiện toàn)[ \t]+(?:[^,;.\n]{0,40},[ \t]*)?$")
# "Ban Thường vụ Thị ủy La Gi sau đó đã thi hành kỷ luật khai trừ ông H.": a body acting on a case
_DISCIPLINES_AFTER = re.compile(rf"[^.;,\n]{{0,25}}?\b(?:{_SANCTIONS}|kết luận)\b")
_AGENCY_ACTS = re.compile(
    rf"[^.;\n]{{0,40}}?\b(?:{_SANCTIONS}|kiểm tra|giám sát)\b"
    r"[^.;\n]{0,60}?\d[\d.,]*\s+(?:đảng viên|tổ chức|chi bộ|đảng bộ|tập thể)"
)


_LEVEL_RANK = {"central": 6, "province": 5, "bloc": 4, "district": 4, "commune": 3, "grassroots": 2, "cell": 1}


def _rank_of_key(key: str) -> int | None:
    """How high a body stands; a board ranks with the committee it serves ("Ủy ban Kiểm tra
    Tỉnh ủy" with the province); None when that is not told."""
    level, _, rest = key.partition("|")
    if level != "agency":
        return _LEVEL_RANK.get(level)
    committee = rest.partition("|")[2]
    for words, rank in ((("đảng ủy quân khu", "đảng ủy quân đoàn", "đảng ủy quân chủng", "đảng ủy bộ tư lệnh"), 5),
                        (("tỉnh ủy", "thành ủy", "tỉnh"), 5), (("đảng ủy khối", "khối"), 4),
                        (("huyện ủy", "quận ủy", "thị ủy", "huyện", "quận", "thị xã"), 4),
                        (("đảng ủy xã", "đảng ủy phường", "đảng ủy thị trấn", "xã", "phường"), 3)):
        if committee.startswith(words):
            return rank
    return None


def _fold_bare_keys(scores: dict[str, float], central: dict[str, bool], strong: dict[str, bool],
                    names: dict[str, list[dict]], held: dict[str, bool]) -> None:
    """A bare name ("Đảng bộ huyện", "Đảng bộ Khối") that could be any of several bodies the
    text names in full is, in an article about one of them, that one: the best-scored."""
    for key in sorted(scores, key=len):
        if key not in scores:
            continue
        longer = [k for k in scores if k != key and k.startswith(key) and (key.endswith("|") or k[len(key)] == " ")]
        if not longer:
            continue
        into = max(longer, key=lambda k: scores[k])
        scores[into] += scores.pop(key)
        central[into] = central.get(into, False) or central.pop(key, False)
        strong[into] = strong.get(into, False) or strong.pop(key, False)
        held[into] = held.get(into, False) or held.pop(key, False)
        names[into] = names.get(into, []) + names.pop(key, [])


def _choose_organisations(work: str, stop: int, title: str | None, events: list[dict], people: list[dict],
                          doc_province: str | None, published: date | None) -> list[dict]:
    """The one to three party bodies the article is about: the one holding its event, named
    in its headline or lead, or whose figures it reports; not every body it names."""
    names_of_people = {p["name"] for p in people}
    mentions = find_org_mentions(work, stop, doc_province, names_of_people)
    keymap = _merge_keys(sorted({x["key"] for x in mentions}))
    mention_starts = [x["start"] for x in mentions]  # in text order
    all_sentences = sentences(work, 0, stop)
    # another body's same-day event told in one line does not make that body a subject
    event_sentences = [(a, b) for a, b in all_sentences
                       if any(a <= e["pos"] < b for e in events if not e.get("same_day"))]
    title_span = (work.find(title), work.find(title) + len(title)) if title and title in work else None
    # a headline above the body (not one repeated at the foot) has only page furniture above it
    headline_on_top = bool(title_span) and not any(b - a > 120 for a, b in all_sentences if b <= title_span[0])
    # the lead: the first sentence of prose after the headline, not a dateline or rating bar
    lead = next(((a, b) for a, b in all_sentences if b - a > 40 and (not title_span or a >= title_span[1])
                 and not is_head_chrome(work[a:b])), None)
    scores: dict[str, float] = {}
    central: dict[str, bool] = {}
    # a second or third subject must hold the event, head the headline or own figures: a body
    # only named in the lead ("đại hội được Ban Thường vụ Thị ủy chọn làm điểm") is context
    strong: dict[str, bool] = {}
    # ... and one that owns figures only must not rank below the subject: "Đảng bộ huyện Mèo
    # Vạc có 1.500 đảng viên" in a province's review is one of its units, not a second subject
    held: dict[str, bool] = {}
    names: dict[str, list[dict]] = {}
    previous_end = -10
    parents: set[str] = set()
    acting: dict[str, dict] = {}
    for x in mentions:
        # "Chi bộ thôn Phước Mỹ, Đảng bộ xã Triệu Long": the second names the first's parent
        apposition = bool(re.fullmatch(r"\s*(?:,|thuộc|trực thuộc|,\s*trực thuộc)\s*", work[previous_end : x["start"]]))
        previous_end = x["end"]
        line_start = work.rfind("\n", 0, x["start"]) + 1
        line_end = work.find("\n", x["start"]) % (len(work) + 1)
        # (only a short line: "Thứ hai, ..." opening a long paragraph of a list is prose)
        line = work[line_start:line_end]
        if (headline_on_top and x["start"] < title_span[0]) or line.count(" | ") >= 3 or (
                line_end - line_start <= 160 and is_head_chrome(line)):
            continue  # the site's own name over or under the page ("Cổng TTĐT Đảng bộ tỉnh X")
        if re.fullmatch(r"(?:ban (?:chấp hành|thường vụ) )?(?:đảng bộ|đảng ủy|chi bộ)", x["head"].lower()) and not x["rest"]:
            continue  # "toàn Đảng bộ": the article's own body, already counted by name
        key = keymap[x["key"]]
        names.setdefault(key, []).append(x)
        if apposition:
            parents.add(key)
            continue
        event_sentence = next(((a, b) for a, b in event_sentences if a <= x["start"] < b), None)
        in_event = event_sentence is not None and not (
            # "bầu 15 đại biểu đi dự Đại hội Đảng bộ tỉnh": the congress above, which is not this one
            _HIGHER_CONGRESS_BEFORE.search(work, max(0, x["start"] - 40), x["start"])
            # "đại hội điểm của Đảng bộ tỉnh", after the body holding it: the body it belongs to
            or (_BELONGS_TO_BEFORE.search(work, max(0, x["start"] - 40), x["start"])
                and any(event_sentence[0] <= y["start"] < x["start"] and y["counts"] and not y["in_title"]
                        for y in mentions)))
        if _VISITOR_BEFORE.search(work, max(0, x["start"] - 50), x["start"]):
            continue  # "đoàn công tác của Ban Thường vụ Tỉnh ủy làm việc với ...": the visitors, not the visited
        if x["in_title"]:
            # the board whose head chairs the event is the one holding it
            sentence = next((work[a:b] for a, b in event_sentences if a <= x["start"] < b), "")
            if in_event and x["level"] == "agency" and "chủ trì" in sentence:
                scores[key] = scores.get(key, 0) + 5
                central[key] = strong[key] = held[key] = True
            continue
        if not x["counts"]:
            continue
        if in_event and x["level"] == "agency":
            # a board elected at the event ("bầu Ủy ban Kiểm tra gồm 9 đồng chí") is not holding it
            in_event = not (_ELECTED_AFTER.match(work, x["end"]) or _ELECTED_BEFORE.search(work, max(0, x["start"] - 60), x["start"]))
        score = 1.0
        in_headline = bool(title_span and title_span[0] <= x["start"] < title_span[1])
        in_lead = bool(lead and lead[0] <= x["start"] < lead[1])
        if _PASSIVE_AGENT.search(work, max(0, x["start"] - 12), x["start"]) and _CHOOSES_AFTER.match(work, x["end"]):
            # "đại hội được Ban Thường vụ Huyện ủy chọn làm điểm": the body that chose or
            # commended is the agent of a passive, not the one holding the event
            in_event = in_lead = False
        # a body's own inspection committee reporting figures is part of it, not a second subject;
        # but where no party body is the subject, the one that inspected or disciplined the
        # counted members is what the article reports on
        figure = _FIGURE_AFTER.match(work, x["end"])
        members_meeting_in = x["level"] != "agency" and _MEMBERS_MEETING_IN.search(work, max(0, x["start"] - 90), x["start"])
        has_figures = bool(members_meeting_in) or bool(
            figure and x["level"] != "agency" and not x["qualifier"]
            and not _NOT_OWNER_BEFORE.search(work, max(0, x["start"] - 90), x["start"])
            # "Huyện ủy chỉ đạo Đảng ủy xã X thành lập Chi bộ Y với 5 đảng viên": the figure is
            # the nearest body's
            and bisect_left(mention_starts, x["end"]) == bisect_left(mention_starts, figure.end()))
        if x["rest"] and not _DISCIPLINED_BEFORE.search(work, max(0, x["start"] - 60), x["start"]) and (
                _DISCIPLINES_AFTER.match(work, x["end"]) or (x["level"] == "agency" and _AGENCY_ACTS.match(work, x["end"]))):
            acting.setdefault(key, x)
        score += 4 * in_event + 3 * in_headline + 3 * in_lead + 3 * has_figures
        central[key] = central.get(key, False) or in_event or in_headline or in_lead or has_figures
        strong[key] = strong.get(key, False) or in_event or in_headline or has_figures
        held[key] = held.get(key, False) or in_event or in_headline
        scores[key] = scores.get(key, 0) + score
    if title and not title_span:  # a headline printed only outside the scanned body
        for x in find_org_mentions(title, len(title), doc_province, names_of_people):
            key = keymap.get(x["key"]) or next((k for k in scores if k.startswith(x["key"])), None)
            if key in scores and x["counts"]:
                scores[key] += 3
                central[key] = strong[key] = held[key] = True
    _fold_bare_keys(scores, central, strong, names, held)
    chosen = [k for k in sorted(scores, key=lambda k: -scores[k]) if central.get(k)]
    if not chosen and acting:
        # a story that only names party bodies acting on a case (a crime, a dismissal): the
        # bodies that concluded and disciplined are the ones it reports on
        keys = list(acting)[:2]
    elif not chosen:
        return []  # the article only names party bodies in passing
    else:
        top_rank = _rank_of_key(chosen[0])
        keys = [chosen[0]] + [
            k for k in chosen[1:]
            if scores[k] >= 3 and k not in parents
            and (held.get(k) or (strong.get(k) and (top_rank is None or (_rank_of_key(k) or 0) >= top_rank)))][:2]
        if title and _INSPECTION_NEWS.search(title):
            # an inspection or discipline report: the inspection committee of the body it is
            # about, whose checks and sanctions it counts, is one of its subjects too
            served = keys[0].partition("|")[2]
            boards = [k for k in acting if k.startswith("agency|ủy ban kiểm tra|") and k not in keys
                      and _committee_place(k.rsplit("|", 1)[1]).startswith(served)]
            keys = (boards[:1] + keys)[:3]
        if keys[0].startswith("agency|ủy ban kiểm tra|") and len(keys) < 3:
            # an inspection committee's own review: the body it serves, whose members and
            # organisations were checked, is the other subject when the text names it so
            served = _committee_place(keys[0].rsplit("|", 1)[1])
            body = next((k for k in scores if k.partition("|")[2] == served and k not in keys and scores[k] >= 3), None)
            if body:
                keys = keys + [body]
    organisations = []
    for key in keys:
        group = names[key]
        # a collective disciplined, or a standing committee acting on a case, keeps its own name
        disciplined = [g["name"] for g in group if g["disciplined"]]
        was_disciplined = bool(disciplined)
        if not chosen and key in acting:
            disciplined = [acting[key]["name"]]
        name = max(disciplined, key=_name_rank) if disciplined else max(_display_candidates(group, work), key=_name_rank)
        name = _full_committee_name(name, work[:stop], keep_standing=was_disciplined)
        if re.search(r"(?:[Pp]hường|[Xx]ã|[Tt]hị trấn|[Qq]uận|thôn|xóm|bản|ấp|khu phố|tổ dân phố)\s+\d+$", name):
            # "Đảng bộ phường 8, thành phố Cà Mau", "Chi bộ xóm 5, xã Diễn Kim": a numbered ward
            # or hamlet is named with the place it is in
            name += next((m.group(0) for m in (_NUMBERED_PLACE_OF.match(work, g["end"]) for g in group) if m), "")
        elif re.search(r"(?:Đại đội|Tiểu đoàn|Trung đoàn|Lữ đoàn|Hải đoàn)\s+\d+$", name):
            # "Chi bộ Đại đội 3, Tiểu đoàn 6, Trung đoàn 82": a small numbered unit is named with
            # the units above it (a division or a military region is known by its own number)
            name += next((m.group(0) for m in (_UNITS_ABOVE.match(work, g["end"]) for g in group) if m), "")
        level = group[0]["level"]
        province = None
        if level != "central" and not re.search(r"Trung ương|T\.?Ư|\bTW\b", name) and not (
                _ABOVE_PROVINCES.search(name) and not _province_in(name)):
            province = _province_in(name) or province_of_district(name) or next(
                (p for p in (_province_in(g["name"]) for g in group) if p), None) or _province_beside(
                group, work) or doc_province or province_of_commune(name, published)
        organisations.append({"name": name, "level": level, "province": province_at(province, published)})
    relay = _relay_point_committee(work[:stop], doc_province)
    if relay and all(o["level"] == "central" for o in organisations):
        # a national online conference a local paper reports from its own relay point: the
        # local committee there is what the article is about, not the central bodies holding it
        return [{**relay, "province": province_at(relay["province"], published)}]
    return organisations


def _committee_place(committee: str) -> str:
    """ "quận ủy ninh kiều" -> "quận ninh kiều", the form organisation keys use."""
    for name, place in _COMMITTEE_PLACE.items():
        if committee.startswith(name.lower() + " "):
            return f"{place} {committee[len(name) + 1:]}"
    return committee


_NUMBERED_PLACE_OF = re.compile(
    rf",[ \t]*(?:{_CITY_WORD}|quận|huyện|thị xã|xã|phường|thị trấn)[ \t]+(?:[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}][{LOWER}]*){{0,3}}|\d{{1,2}}(?![\d/]))")
_UNITS_ABOVE = re.compile(rf"(?:,[ \t]*(?:{_MILITARY_UNIT})[ \t]+\d+)+")
_INSPECTION_NEWS = re.compile(rf"(?i)\b(?:kiểm tra|giám sát|{_SANCTIONS})\b")


def _province_beside(group: list[dict], text: str) -> str | None:
    """The province an apposition after a body's name tells: "Đảng bộ phường Hưng Dũng (TP
    Vinh)", "Đảng bộ xã Tân An, huyện Krông Pắc, tỉnh Đắk Lắk"."""
    for g in group:
        beside = re.match(r"\s*(?:\(|,)\s*([^()\n;.]{2,60})", text[g["end"] : g["end"] + 70])
        if beside:
            place = beside.group(1)
            found = _province_in(place) or province_of_district(place)
            if found:
                return found
    return None


_ONLINE = re.compile(r"\btrực tuyến\b")
_RELAY_POINT = re.compile(
    rf"\b[Tt]ại điểm cầu (?:(?P<unit>tỉnh|thành phố|huyện|quận|thị xã) )?(?P<place>[{UPPER}][{LOWER}]*(?: [{UPPER}][{LOWER}]*){{0,3}})")
_COMMITTEE_OF_UNIT = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy"}


def _relay_point_committee(text: str, doc_province: str | None) -> dict | None:
    """ "Hội nghị trực tuyến toàn quốc ... Tại điểm cầu tỉnh Ninh Thuận, Bí thư Tỉnh ủy chủ trì":
    the committee of the place relaying an online conference, or None."""
    if not _ONLINE.search(text):
        return None
    m = _RELAY_POINT.search(text)
    if not m:
        return None
    place = m.group("place")
    unit = m.group("unit") or ("tỉnh" if _province_in(place) == place else None)
    if unit is None:
        return None
    committee = _COMMITTEE_OF_UNIT[unit]
    level = _org_level(committee, place, doc_province)
    return {"name": f"{committee} {place}", "level": level,
            "province": _province_in(place) or province_of_district(f"{committee} {place}") or doc_province}


# a related headline under the article: listed ("- …") or after its box's label ("Xem thêm: …")
_LISTED_HEADLINE = re.compile(
    rf"(?m)^(?:{HEADLINE_ITEM}|[ \t]*(?:Xem thêm|Đọc thêm|Tin liên quan|Bài liên quan|Có thể bạn quan tâm)[ \t]*:[^\n]*)")


def extract_document(text: str, details: bool = False) -> dict:
    """FACTS.md's `extract --document` object for one NFC text; with `details`, also the
    title, published_at, source_site, author and each event's venue."""
    meta = extract_metadata(text)
    work = modern_tones(unwrap_hard_wraps(text))  # both keep every offset
    published_dt: datetime | None = meta["published"]
    published = published_dt.date() if published_dt else None
    stop = body_end(work)
    title = meta["title"]
    # the body begins after the headline and dateline lines
    body_start = 0

    site_province = province_of_site(meta["source_site"]) or province_of_paper_mark(work[:2000])
    counts: dict[str, int] = {}
    # the footer's owner counts ("Cổng TTĐT tỉnh Cao Bằng"), the related headlines listed under
    # the article do not ("- Hà Tĩnh: 100% tổ chức cơ sở đảng hoàn thành đại hội")
    related = [m.span() for m in _LISTED_HEADLINE.finditer(work[stop:])]
    for m in _PROVINCE_RE.finditer(work):
        if m.start() >= stop and any(a <= m.start() - stop < b for a, b in related):
            continue
        if not _names_the_province(work, m):
            continue
        p = _PROVINCE_ALIASES.get(m.group(0), m.group(0))
        counts[p] = counts.get(p, 0) + 1
    # a city or district named in the body speaks for its province too ("tại TP Quy Nhơn")
    for _, p in _districts_named(work, 0, stop):
        counts[p] = counts.get(p, 0) + 1
    text_province = max(counts, key=lambda p: (counts[p], -work.find(p))) if counts else None
    # the footer's owner ("Cổng thông tin điện tử huyện Diễn Châu") speaks for the article too, the
    # related headlines listed there do not
    footer = work[stop:]
    for a, b in related:
        footer = footer[:a] + " " * (b - a) + footer[b:]
    doc_province = (site_province or text_province or province_of_district(work[:stop])
                    or province_of_commune(work[:stop], published) or province_of_district(footer))

    # ---- events first: the organisations holding them are what the article is about
    events = _find_events(work, title, body_start, stop, published)

    # ---- people
    excluded = _excluded_spans(work, stop)
    people = _find_people(work, stop, excluded)

    # ---- organisations
    organisations = _choose_organisations(work, stop, title, events, people, doc_province, published)

    out_events = []
    for e in events:
        row = {k: e[k] for k in ("type", "ordinal", "term_start", "term_end")}
        row["start_date"] = e["start_date"].isoformat() if e["start_date"] else None
        row["end_date"] = e["end_date"].isoformat() if e["end_date"] else None
        if details:
            row["venue"] = e["venue"]
        out_events.append(row)

    document = {
        "published": published.isoformat() if published else None,
        "organisations": organisations,
        "events": out_events,
        "people": people,
    }
    if details:
        document.update({
            "title": title,
            "published_at": published_dt.isoformat() if published_dt else None,
            "source_site": meta["source_site"],
            "author": meta["author"],
        })
    return document


# --------------------------------------------------------------------------------------------
# Scoring against hand labels (tests and `score_documents` reports).


def _norm(s: object) -> object:
    if not isinstance(s, str):
        return s
    s = modern_tones(unicodedata.normalize("NFC", s))
    return " ".join(s.lower().split())


def _document_keys(doc: dict) -> dict[str, list[tuple]]:
    return {
        "organisations": [(_norm(o["name"]), _norm(o.get("province"))) for o in doc.get("organisations", [])],
        "events": [
            (e.get("type"), e.get("ordinal"), e.get("term_start"), e.get("term_end"), e.get("start_date"))
            for e in doc.get("events", [])
        ],
        "people": [(_norm(p["name"]),) for p in doc.get("people", [])],
        "titles": [(_norm(p["name"]), _norm(t)) for p in doc.get("people", []) for t in p.get("titles", [])],
        "roles": [(_norm(p["name"]), p.get("role")) for p in doc.get("people", [])],
        "levels": [(_norm(o["name"]), o.get("level")) for o in doc.get("organisations", [])],
    }


def score_documents(gold: list[dict], predicted: dict[str, dict]) -> dict:
    """Micro-averaged precision, recall and F1 per part of the document object.

    `gold`: labelled rows `{"doc": stem, ...FACTS.md document object}`; `predicted`: stem ->
    `extract_document` output. Organisations match on (name, province), events on (type,
    ordinal, term, start date), people on name, titles on (name, title), roles on (name, role),
    levels on (name, level); names compare case- and tone-placement-insensitively.
    Returns `{part: {"tp", "fp", "fn", "precision", "recall", "f1"}, "misses": [...]}`."""
    totals: dict[str, dict[str, int]] = {}
    misses = []
    for row in gold:
        want = _document_keys(row)
        got = _document_keys(predicted.get(row["doc"], {}))
        for part in want:
            remaining = list(got[part])
            tp = 0
            for key in want[part]:
                if key in remaining:
                    remaining.remove(key)
                    tp += 1
                else:
                    misses.append({"doc": row["doc"], "part": part, "missing": key})
            for key in remaining:
                misses.append({"doc": row["doc"], "part": part, "extra": key})
            t = totals.setdefault(part, {"tp": 0, "fp": 0, "fn": 0})
            t["tp"] += tp
            t["fp"] += len(remaining)
            t["fn"] += len(want[part]) - tp
    report: dict = {}
    for part, t in totals.items():
        p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 1.0
        r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 1.0
        report[part] = {**t, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    report["misses"] = misses
    return report
