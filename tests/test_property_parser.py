"""The extractors on text nobody wrote for them: they never raise, and every fact points at a
number in the text it was given."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from transforms import schema
from transforms.document import extract_document
from transforms.facts import extract_facts

# Vietnamese number words (FACTS.md rule 6: "chín đảng viên" is 9), with their spoken variants.
NUMBER_WORDS = (
    "không một mốt hai ba bốn tư năm lăm nhăm sáu bảy bẩy tám chín mười mươi chục trăm "
    "nghìn ngàn vạn triệu tỷ tỉ linh lẻ rưỡi nửa"
).split()
_NUMBER_WORD = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(NUMBER_WORDS), re.IGNORECASE)

PARTY_WORDS = [
    "đảng viên", "Đảng bộ", "chi bộ", "hơn", "từ", "trở lên", "trên", "dưới", "khoảng", "gần",
    "ít nhất", "tối đa", "tổ chức cơ sở đảng", "tổ chức đảng", "đại biểu chính thức", "kết nạp",
    "đảng viên mới", "đạt", "vượt", "chỉ tiêu", "kế hoạch", "phấn đấu", "tăng", "giảm", "so với",
    "tỷ lệ", "hoàn thành tốt nhiệm vụ", "Ban Chấp hành", "Ban Thường vụ", "gồm", "đồng chí",
    "nhiệm kỳ", "lần thứ", "Đại hội", "Huyện ủy", "Tỉnh ủy", "xã", "phường", "năm", "tháng", "ngày",
    "trong tổng số", "trong đó", "bầu", "Giấy khen", "tập thể", "cá nhân", "số", "một số",
    "chín", "mười hai", "ba mươi", "hai trăm", "XVI", "VI", "Chi bộ 2", "Nghị quyết số 35",
]
PUNCTUATION = [" ", " ", " ", ".", ",", ";", ":", "%", "/", "-", "–", "(", ")", "“", "”", "\n", "\n\n", "…"]


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # Vietnamese thousands separator


NUMBERS = st.one_of(
    st.integers(0, 10**7).map(str),
    st.integers(1000, 10**7).map(_grouped),
    st.tuples(st.integers(0, 999), st.integers(0, 99)).map(lambda t: f"{t[0]},{t[1]}"),
    st.tuples(st.integers(0, 500), st.integers(0, 500)).map(lambda t: f"{t[0]}/{t[1]}"),
    st.tuples(st.integers(1, 31), st.integers(1, 12), st.integers(2015, 2025)).map(lambda t: f"{t[0]}/{t[1]}/{t[2]}"),
    st.tuples(st.integers(2015, 2025), st.integers(2015, 2030)).map(lambda t: f"{t[0]} – {t[1]}"),
    st.integers(0, 100).map(lambda n: f"{n}%"),
)
TOKENS = st.one_of(st.sampled_from(PARTY_WORDS), st.sampled_from(PUNCTUATION), NUMBERS)
VIETNAMESE_ISH = st.lists(TOKENS, max_size=80).map("".join)
# Character-level noise from the letters, digits and signs the articles use.
ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐĂÂÊÔƠƯ0123456789 .,%/\n-–()"
CHARACTERS = st.text(alphabet=ALPHABET, max_size=300)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_facts(text: str) -> None:
    facts = extract_facts(text)
    assert isinstance(facts, list)
    for fact in facts:
        assert set(fact) == set(schema.FACT_FIELDS), fact
        assert fact["measure"] in schema.MEASURES, fact
        assert fact["unit"] in schema.MEASURE_UNITS[fact["measure"]], fact
        assert fact["kind"] in schema.KINDS, fact
        assert fact["qualifier"] in schema.QUALIFIERS, fact
        start, end = fact["start"], fact["end"]
        assert isinstance(start, int) and isinstance(end, int), fact
        assert 0 <= start < end <= len(text), fact
        span = text[start:end]
        assert any(c.isdigit() for c in span) or _NUMBER_WORD.search(span), (span, fact)


def check_document(text: str) -> None:
    for details in (False, True):
        document = extract_document(text, details=details)
        assert isinstance(document, dict)
        assert {"published", "organisations", "events", "people"} <= set(document)


@SETTINGS
@given(st.text(max_size=400))
# Digit runs past Python's 4,300-digit int() limit (a scraped table glued into one token).
@example("Đảng bộ có " + "1" * 4301 + " đảng viên")
def test_arbitrary_text_never_breaks_fact_extraction(text):
    check_facts(unicodedata.normalize("NFC", text))


@SETTINGS
@given(st.text(max_size=400))
def test_arbitrary_text_never_breaks_document_extraction(text):
    check_document(unicodedata.normalize("NFC", text))


@SETTINGS
@given(VIETNAMESE_ISH)
def test_party_building_word_salad_gives_well_formed_facts(text):
    check_facts(text)


@SETTINGS
@given(VIETNAMESE_ISH)
def test_party_building_word_salad_never_breaks_document_extraction(text):
    check_document(text)


@SETTINGS
@given(CHARACTERS)
def test_vietnamese_characters_and_digits_give_well_formed_facts(text):
    text = unicodedata.normalize("NFC", text)
    check_facts(text)
    check_document(text)
