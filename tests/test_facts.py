"""Numeric facts of party-building articles (transforms.facts), checked by hand on the seeds."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.chrome import chrome_spans
from transforms.facts import extract_facts
from transforms.schema import FACT_FIELDS, KINDS, MEASURE_UNITS, QUALIFIERS
from transforms.scoring import score

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
GOLD = REPO / "tests" / "gold"
HELDOUT = GOLD / "heldout"

# A party-building preamble so that one-line cases pass the article gate (FACTS rule 8).
PARTY = ("Đảng bộ huyện tổ chức Đại hội. Công tác xây dựng Đảng, kết nạp đảng viên, củng cố "
         "tổ chức cơ sở đảng và sinh hoạt chi bộ được cấp ủy, Đảng ủy, Huyện ủy chú trọng; "
         "đảng viên, chi bộ, Đảng bộ, tổ chức đảng. ")


def _seed(stem_prefix: str) -> str:
    path = next(SEEDS.glob(f"{stem_prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def _find(facts, text, phrase, value):
    """The fact whose number sits inside the first occurrence of `phrase` in `text`."""
    at = text.index(phrase)
    for f in facts:
        if at <= f["start"] < at + len(phrase) and f["value"] == value:
            return f
    raise AssertionError(f"no fact {value} in {phrase!r}: {[(f['value'], f['measure']) for f in facts]}")


def _facts_of(sentence: str) -> list[dict]:
    text = PARTY + sentence
    return [f for f in extract_facts(text) if f["start"] >= len(PARTY)]


def _short(f):
    return (f["measure"], f["value"], f["unit"], f["kind"], f["qualifier"])


def test_seed_000_key_facts():
    text = _seed("000")
    facts = extract_facts(text)
    assert _short(_find(facts, text, "197 đại biểu chính thức", 197)) == ("delegates", 197, "count", "actual", "exact")
    assert _short(_find(facts, text, "hơn 4.000 đảng viên", 4000)) == ("party_members", 4000, "count", "actual", "more_than")
    assert _short(_find(facts, text, "64 chi, đảng bộ cơ sở", 64)) == ("grassroots_orgs", 64, "count", "actual", "exact")
    admitted = _find(facts, text, "kết nạp 1.124 đảng viên mới", 1124)
    assert _short(admitted) == ("members_admitted", 1124, "count", "actual", "exact")
    assert admitted["period"] == "2015-2020"
    assert _short(_find(facts, text, "đạt 102,2% chỉ tiêu", 102.2)) == ("members_admitted", 102.2, "percent", "attainment", "exact")
    assert _short(_find(facts, text, "kết nạp từ 150 đảng viên trở lên", 150)) == ("members_admitted", 150, "count", "target", "at_least")
    assert _find(facts, text, "kết nạp từ 150 đảng viên trở lên", 150)["period"] == "annual"
    assert _short(_find(facts, text, "tiếp nhận 28 tổ chức đảng", 28)) == ("party_orgs", 28, "count", "actual", "exact")
    assert _short(_find(facts, text, "Đoàn chủ tịch gồm 5 đồng chí", 5)) == ("presidium_size", 5, "count", "actual", "exact")
    assert _short(_find(facts, text, "trên 90% đảng viên", 90)) == ("members_rated_good_pct", 90, "percent", "target", "more_than")


def test_seed_001_key_facts():
    text = _seed("001")
    facts = extract_facts(text)
    assert _short(_find(facts, text, "246 đại biểu chính thức", 246)) == ("delegates", 246, "count", "actual", "exact")
    assert _short(_find(facts, text, "77 tổ chức cơ sở đảng", 77)) == ("grassroots_orgs", 77, "count", "actual", "exact")
    assert _short(_find(facts, text, "kết nạp được 1001 đảng viên", 1001))[:2] == ("members_admitted", 1001)
    # "vượt 25%" of the goal is attainment 125 (FACTS kind definition).
    assert _short(_find(facts, text, "vượt 25% so với mục tiêu", 125)) == ("members_admitted", 125, "percent", "attainment", "exact")
    low = _find(facts, text, "từ 1 - 2 việc", 1)
    high = _find(facts, text, "từ 1 - 2 việc", 2)
    assert (low["qualifier"], high["qualifier"]) == ("at_least", "at_most")
    assert _short(_find(facts, text, "ít nhất 01 lần", 1)) == ("other", 1, "count", "target", "at_least")
    assert _find(facts, text, "ít nhất 01 lần", 1)["period"] == "quarterly"


def test_seed_002_key_facts():
    text = _seed("002")
    facts = extract_facts(text)
    assert _short(_find(facts, text, "11.804 đảng viên", 11804)) == ("party_members", 11804, "count", "actual", "exact")
    assert _short(_find(facts, text, "558 chi bộ trực thuộc", 558)) == ("party_cells", 558, "count", "actual", "exact")
    assert _short(_find(facts, text, "giảm 20%", -20)) == ("grassroots_orgs", -20, "percent", "change", "exact")
    assert _short(_find(facts, text, "tăng 1.072 đồng chí", 1072)) == ("party_members", 1072, "count", "change", "exact")
    assert _find(facts, text, "120 tổ chức cơ sở đảng", 120)["period"] == "2011-2015"
    # "Nhóm khảo sát số 1" names a group; it counts nothing.
    at = text.index("Nhóm khảo sát số 1")
    assert not [f for f in facts if at <= f["start"] < at + 20]


def test_seed_003_awards_in_caption_and_body():
    text = _seed("003")
    awards = [f for f in extract_facts(text) if f["measure"] == "awards"]
    assert [(f["value"], f["noun"]) for f in awards] == [(12, "tập thể"), (12, "cá nhân")] * 2


def test_no_fact_from_chrome():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = chrome_spans(text)
        for f in extract_facts(text):
            assert not any(s <= f["start"] < e for s, e in spans), (path.name, f)
    text = _seed("003")
    footer = text.index("Thống kê truy cập")
    assert all(f["start"] < footer for f in extract_facts(text))


def test_chrome_spans_cover_counters_ratings_phones_and_timers():
    text = _seed("001") + "\n" + _seed("003") + "\n" + _seed("004")
    spans = chrome_spans(text)

    def covered(phrase):
        at = text.index(phrase)
        return any(s <= at < e for s, e in spans)

    for phrase in ("10 trong 2 đánh giá", "Xếp hạng: 5 - 2 phiếu bầu", "60 giây", "Đang online: 0",
                   "0225.3821.055", "18 Hoàng Diệu", "View count: 106", "24/08/2020 00:08 150 0"):
        assert covered(phrase), phrase


def test_every_fact_has_the_contract_fields_and_its_span_holds_the_number():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        facts = extract_facts(text)
        assert facts == sorted(facts, key=lambda f: f["start"])
        for f in facts:
            assert tuple(f) == FACT_FIELDS
            assert f["unit"] in MEASURE_UNITS[f["measure"]]
            assert f["kind"] in KINDS and f["qualifier"] in QUALIFIERS
            span = text[f["start"]:f["end"]]
            assert span and any(ch.isdigit() for ch in span) or span.isalpha() or " " in span, span
            assert isinstance(f["value"], int) or not float(f["value"]).is_integer()
            assert len(f["noun"].split()) <= 6
            assert span.replace("\n", " ").split()[0] in f["quote"] or span in f["quote"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # malformed numbers reach validation as written
        ("Toàn Đảng bộ có 1.1245 đảng viên.", [("party_members", 1.1245, "count", "actual", "exact")]),
        ("Đại hội có 12,5 đại biểu.", [("delegates", 12.5, "count", "actual", "exact")]),
        ("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 130%.",
         [("members_rated_good_pct", 130, "percent", "actual", "exact")]),
        # words
        ("Trong năm, kết nạp chín đảng viên và một tổ chức đảng được thành lập.",
         [("members_admitted", 9, "count", "actual", "exact"), ("party_orgs", 1, "count", "actual", "exact")]),
        ("Về dự Đại hội có một trăm năm mươi đại biểu chính thức.", [("delegates", 150, "count", "actual", "exact")]),
        # a number wrapped across a line break
        ("Toàn huyện có 11.\n804 đảng viên.", [("party_members", 11804, "count", "actual", "exact")]),
        # fractions and ranges
        ("Kết nạp 85/80 đảng viên/chỉ tiêu.",
         [("members_admitted", 85, "count", "actual", "exact"), ("members_admitted", 80, "count", "target", "exact")]),
        ("Có 12 trong tổng số 15 chi bộ hoàn thành tốt nhiệm vụ.",
         [("party_orgs", 12, "count", "actual", "exact"), ("party_cells", 15, "count", "actual", "exact")]),
        ("Số đảng viên giảm từ 2 - 3 đồng chí mỗi năm.",
         [("party_members", -2, "count", "change", "at_least"), ("party_members", -3, "count", "change", "at_most")]),
        # committees and delegates
        ("Ban Chấp hành khóa mới gồm 35 đồng chí; Ban Thường vụ gồm 11 đồng chí.",
         [("executive_committee_size", 35, "count", "actual", "exact"),
          ("standing_committee_size", 11, "count", "actual", "exact")]),
        ("Đại hội bầu 25 đại biểu chính thức đi dự Đại hội Đảng bộ tỉnh.",
         [("delegates_elected", 25, "count", "actual", "exact")]),
        ("Hơn 500 đảng viên dự hội nghị trực tuyến.", [("delegates", 500, "count", "actual", "more_than")]),
        # actions versus levels, admissions, plans
        ("Ủy ban Kiểm tra sẽ kiểm tra 9 tổ chức đảng.", [("party_orgs", 9, "count", "target", "exact")]),
        ("Số tổ chức đảng bị kỷ luật tăng 40%.", [("party_orgs", 40, "percent", "change", "exact")]),
        ("Tỷ lệ phát triển đảng viên mới đạt 3,5%.", [("members_admitted", 3.5, "percent", "actual", "exact")]),
        ("Đảng bộ có gần 300 đảng viên, khoảng 40 đảng viên dự bị.",
         [("party_members", 300, "count", "actual", "about"), ("party_members", 40, "count", "actual", "about")]),
        ("Trao Huy hiệu 30 năm tuổi Đảng cho 45 đảng viên.", [("awards", 45, "count", "actual", "exact")]),
        # "from X down to Y": both ends are levels, not a change or a bound
        ("Số chi bộ giảm từ 20 xuống còn 15 chi bộ.",
         [("party_cells", 20, "count", "actual", "exact"), ("party_cells", 15, "count", "actual", "exact")]),
        ("Số đảng viên tăng từ 980 lên 1.120 đồng chí.",
         [("party_members", 980, "count", "actual", "exact"), ("party_members", 1120, "count", "actual", "exact")]),
        ("Năm 2023, toàn Đảng bộ kết nạp 120 quần chúng ưu tú vào Đảng.",
         [("members_admitted", 120, "count", "actual", "exact")]),
        ("Năm 2022, số đảng viên mới kết nạp là 87 người.", [("members_admitted", 87, "count", "actual", "exact")]),
        ("Toàn tỉnh phát triển mới 8.912 đoàn viên thanh niên.", [("other", 8912, "count", "actual", "exact")]),
        # breakdowns keep their parent's measure (rule 2); rated organisations are actions (rule 1)
        ("Toàn Đảng bộ kết nạp 746 đảng viên mới, trong đó 318 người là công nhân.",
         [("members_admitted", 746, "count", "actual", "exact"), ("members_admitted", 318, "count", "actual", "exact")]),
        ("Có 38/45 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên (đạt 84,4%).",
         [("party_orgs", 38, "count", "actual", "exact"), ("grassroots_orgs", 45, "count", "actual", "exact"),
          ("orgs_rated_good_pct", 84.4, "percent", "actual", "exact")]),
        ("Có 1.120 đảng viên hoàn thành xuất sắc nhiệm vụ (chiếm 14,9%).",
         [("other", 1120, "count", "actual", "exact"), ("other", 14.9, "percent", "actual", "exact")]),
        ("Phấn đấu mỗi năm kết nạp ít nhất một đảng viên; tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt từ 90% trở lên.",
         [("members_admitted", 1, "count", "target", "at_least"),
          ("members_rated_good_pct", 90, "percent", "target", "at_least")]),
        ("Kết luận 15 tổ chức đảng và 45 đảng viên vi phạm; thi hành kỷ luật 38 đảng viên (khiển trách 20, cảnh cáo 18 đảng viên).",
         [("party_orgs", 15, "count", "actual", "exact"), ("other", 45, "count", "actual", "exact"),
          ("other", 38, "count", "actual", "exact"), ("other", 20, "count", "actual", "exact"),
          ("other", 18, "count", "actual", "exact")]),
    ],
)
def test_reading_in_context(sentence, expected):
    assert [_short(f) for f in _facts_of(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Chi bộ 2 và phường 7 họp; Sư đoàn 308, Đoàn kiểm tra số 12 làm việc.",
        "Ngày 25.5, hội nghị diễn ra; từ ngày 3/8 – 4/8/2020 Đại hội họp 3 ngày.",
        "Thực hiện Nghị quyết số 35, Chỉ thị 05, Nghị quyết 26-NQ/TW, Nghị quyết Trung ương 4 (khóa XII).",
        "Phòng, chống dịch COVID-19 theo Quy định 08 và Kế hoạch số 155-KH/TU.",
        "Đại hội lần thứ 13, khóa 12, lần thứ sáu, nhiệm kỳ 2020 – 2025.",
        "Đồng chí 65 tuổi, có 40 năm tuổi Đảng, 5 năm liền hoàn thành tốt nhiệm vụ, trong 6 tháng.",
        "Kỷ niệm 90 năm Ngày thành lập Đảng.",
        "Thu ngân sách đạt 3 tỷ đồng, trồng 12 ha rừng; tốc độ tăng trưởng kinh tế đạt 7,5%.",
        "Không có tổ chức đảng yếu kém; một số chi bộ còn hạn chế; một lớp bồi dưỡng.",
        "Đồng chí là một đảng viên gương mẫu, xây dựng một Đảng bộ vững mạnh; thực hiện “3 không”.",
        "Sáng 4/8, lúc 8h30, Đại hội khai mạc (1).",
        "Liên hệ: 18 Hoàng Diệu, ĐT: 0225.3821.055.",
    ],
)
def test_not_facts(sentence):
    assert _facts_of(sentence) == []


def test_article_naming_no_party_organisation_yields_nothing():
    text = "Công an huyện bắt 12 đối tượng, thu giữ 3 xe máy và 150 triệu đồng; 45 hộ dân bị ảnh hưởng."
    assert extract_facts(text) == []


def test_passing_mention_keeps_only_party_figures():
    text = ("Công an tỉnh đã khởi tố 5 bị can trong vụ án đất đai, thu hồi 46 lô đất của 37 hộ dân. "
            "Ban Thường vụ Huyện ủy đã quyết định đình chỉ sinh hoạt đảng đối với 02 đảng viên liên quan. "
            "Vụ án đang được điều tra mở rộng, 12 hộ dân đã có đơn.")
    assert [(f["measure"], f["value"]) for f in extract_facts(text)] == [("other", 2)]


def test_short_crime_story_dense_in_party_words_is_still_a_passing_mention():
    # The party words all stand in the later paragraphs: the title and lead are about a crime.
    text = ("Khởi tố 4 cán bộ xã vì sai phạm đất đai\n\n"
            "Ngày 3/5, Công an tỉnh khởi tố 4 cán bộ xã về tội vi phạm quy định về quản lý đất đai.\n\n"
            "Các bị can đã giao trái thẩm quyền 35 lô đất cho 31 hộ dân.\n\n"
            "Trước đó, Ban Thường vụ Huyện ủy đã thi hành kỷ luật khai trừ ra khỏi Đảng 2 đảng viên; "
            "Ủy ban Kiểm tra Huyện ủy cảnh cáo Đảng ủy xã, kỷ luật 3 đảng viên; Đảng bộ xã, chi bộ, "
            "cấp ủy, tổ chức đảng kiểm điểm nghiêm túc.")
    assert [(f["measure"], f["value"]) for f in extract_facts(text)] == [("other", 2), ("other", 3)]


def _gold_score(gold_path: Path, text_dir: Path) -> dict:
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    predicted = {}
    for doc in sorted({g["doc"] for g in gold}):
        predicted[doc] = extract_facts((text_dir / f"{doc}.txt").read_text(encoding="utf-8"))
    return score(gold, predicted)["levels"]


def test_seed_scores_floor():
    # Floors only rise: the F1 reached, rounded down to two decimals.
    levels = _gold_score(GOLD / "seeds.jsonl", SEEDS)
    assert levels["value+unit"]["f1"] >= 1.00
    assert levels["+measure"]["f1"] >= 0.98
    assert levels["+kind+qualifier"]["f1"] >= 0.98


@pytest.mark.skipif(not (HELDOUT / "facts.jsonl").exists(), reason="no held-out gold")
def test_heldout_scores_floor():
    # The held-out sample grows as it is written; these are the product's targets, below
    # what the extractor reaches on it today.
    levels = _gold_score(HELDOUT / "facts.jsonl", HELDOUT / "texts")
    assert levels["value+unit"]["f1"] >= 0.95
    assert levels["+measure"]["f1"] >= 0.90
    assert levels["+kind+qualifier"]["f1"] >= 0.85


_PIECES = ["Đảng bộ", "đảng viên", "chi bộ", "kết nạp", "tổ chức cơ sở đảng", "có", "gồm", "hơn", "từ",
           "trở lên", "đến", "-", "–", "/", "%", ",", ".", ";", "(", ")", "\n", "1.124", "102,2", "05",
           "ba", "hai mươi", "năm", "một", "2020", "2015 – 2020", "4/8", "25.5", "12:30", "COVID-19",
           "Ban Chấp hành", "tăng", "giảm", "phấn đấu", "chỉ tiêu", "đạt", "vượt", "trong đó", "xuống",
           "đồng chí", "đại biểu", "bầu", "Huy hiệu", "hoàn thành tốt nhiệm vụ", "tỷ lệ", "số",
           "Xếp hạng: 5 - 2 phiếu bầu", "0225.3821.055", "triệu", "đồng", "11.\n804", "85/80", "\xa0"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_mix_of_pieces_yields_well_formed_facts(pieces):
    text = " ".join(pieces)
    for f in extract_facts(text):
        assert tuple(f) == FACT_FIELDS
        assert 0 <= f["start"] < f["end"] <= len(text)
        span = text[f["start"]:f["end"]]
        assert any(ch.isdigit() for ch in span) or span.replace("\n", " ").replace(" ", "").isalpha()
        assert f["unit"] in MEASURE_UNITS[f["measure"]]


# General rules found on unseen articles; every sentence here is written for the test.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list of goals under a line that announces them: every item is a target (rule 13)
        ("Nhiệm kỳ 2025 - 2030, Đảng bộ xã phấn đấu:\n- Kết nạp từ 60 đảng viên trở lên;\n"
         "- Hằng năm có trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên;\n"
         "- 100% thôn có chi bộ.\nĐại hội bế mạc lúc 17 giờ.",
         [("members_admitted", 60, "count", "target", "at_least"),
          ("orgs_rated_good_pct", 85, "percent", "target", "more_than"),
          ("other", 100, "percent", "target", "exact")]),
        ("Đại hội thông qua các chỉ tiêu chủ yếu nhiệm kỳ tới:\n(1) Mỗi chi bộ tổ chức 4 buổi sinh hoạt chuyên đề.\n"
         "(2) Kết nạp 300 đảng viên.",
         [("other", 4, "count", "target", "exact"), ("members_admitted", 300, "count", "target", "exact")]),
        # ...but a list of results is what was done
        ("Kết quả thực hiện các chỉ tiêu nhiệm kỳ qua:\n- Kết nạp 320 đảng viên;\n- Thành lập 4 chi bộ.",
         [("members_admitted", 320, "count", "actual", "exact"), ("party_orgs", 4, "count", "actual", "exact")]),
        # ...and so is a list whose items report attainment, whatever its intro says
        ("Nhiệm kỳ 2015 - 2020, các chỉ tiêu về xây dựng Đảng:\n- Kết nạp 410 đảng viên, đạt 117% chỉ tiêu;\n- Thành lập 2 chi bộ.",
         [("members_admitted", 410, "count", "actual", "exact"),
          ("members_admitted", 117, "percent", "attainment", "exact"),
          ("party_orgs", 2, "count", "actual", "exact")]),
        # counts by form of discipline name no noun: the disciplined members or organisations
        ("Đảng ủy thi hành kỷ luật 12 đảng viên (khiển trách 7, cảnh cáo bốn, khai trừ 1).",
         [("other", 12, "count", "actual", "exact"), ("other", 7, "count", "actual", "exact"),
          ("other", 4, "count", "actual", "exact"), ("other", 1, "count", "actual", "exact")]),
        ("Thi hành kỷ luật 3 tổ chức đảng (khiển trách 2, cảnh cáo 1).",
         [("party_orgs", 3, "count", "actual", "exact"), ("party_orgs", 2, "count", "actual", "exact"),
          ("party_orgs", 1, "count", "actual", "exact")]),
        # a series by year keeps the reading of its first item
        ("Số đảng viên kết nạp qua các năm: năm 2021 kết nạp 64 đảng viên, năm 2022: 70, năm 2023: 81 "
         "và năm 2024 là 77 đảng viên.",
         [("members_admitted", 64, "count", "actual", "exact"), ("members_admitted", 70, "count", "actual", "exact"),
          ("members_admitted", 81, "count", "actual", "exact"), ("members_admitted", 77, "count", "actual", "exact")]),
        # a rise right after a count is the rise of that count, in count or in percent
        ("Toàn Đảng bộ có 8.240 đảng viên, tăng 3,2% so với năm trước.",
         [("party_members", 8240, "count", "actual", "exact"), ("party_members", 3.2, "percent", "change", "exact")]),
        ("Năm qua có 210 đảng viên được tặng Huy hiệu Đảng, tăng 15 đảng viên so với năm trước.",
         [("awards", 210, "count", "actual", "exact"), ("awards", 15, "count", "change", "exact")]),
        ("Số tổ chức cơ sở đảng giảm 2 tổ chức do sáp nhập trường học.",
         [("grassroots_orgs", -2, "count", "change", "exact")]),
        # the rise belongs to the figure it compared; the next one is read by the verb before
        ("Kỷ luật 6 tổ chức đảng, tăng 20% so với cùng kỳ, và 41 đảng viên.",
         [("party_orgs", 6, "count", "actual", "exact"), ("party_orgs", 20, "percent", "change", "exact"),
          ("other", 41, "count", "actual", "exact")]),
        # "từ X (năm …) lên Y": both ends are levels
        ("Tổng số đảng viên tăng từ 5.120 đảng viên (năm 2015) lên 5.960 đảng viên.",
         [("party_members", 5120, "count", "actual", "exact"), ("party_members", 5960, "count", "actual", "exact")]),
        # "vượt 5% so với cùng kỳ" is a rise over last year, "vượt 5% chỉ tiêu" a share of the goal
        ("Kết nạp 230 đảng viên, vượt 5% so với cùng kỳ; vượt 8% chỉ tiêu.",
         [("members_admitted", 230, "count", "actual", "exact"), ("members_admitted", 5, "percent", "change", "exact"),
          ("members_admitted", 108, "percent", "attainment", "exact")]),
        # negated bounds
        ("Phấn đấu tỷ lệ kết nạp đảng viên mới không thấp hơn 2,5%.",
         [("members_admitted", 2.5, "percent", "target", "at_least")]),
        # organisations acted on, counted in "lượt"; sub-units founded; district committees as a level
        ("Ủy ban Kiểm tra kiểm tra 12 lượt tổ chức đảng và 30 lượt đảng viên.",
         [("party_orgs", 12, "count", "actual", "exact"), ("other", 30, "count", "actual", "exact")]),
        ("Đảng ủy thành lập mới 3 đảng bộ bộ phận.", [("party_orgs", 3, "count", "actual", "exact")]),
        ("Đảng bộ tỉnh có 9 đảng bộ huyện, thành phố, 3 đảng bộ trực thuộc với 410 tổ chức cơ sở đảng.",
         [("other", 9, "count", "actual", "exact"), ("other", 3, "count", "actual", "exact"),
          ("grassroots_orgs", 410, "count", "actual", "exact")]),
        # a committee's make-up keeps its parent; a provisional committee is a committee
        ("Ban Chấp hành khóa mới gồm 31 đồng chí, trong đó 6 đồng chí nữ, 11 đồng chí lần đầu tham gia cấp ủy.",
         [("executive_committee_size", 31, "count", "actual", "exact"),
          ("executive_committee_size", 6, "count", "actual", "exact"),
          ("executive_committee_size", 11, "count", "actual", "exact")]),
        ("Hội nghị quyết định thành lập Huyện ủy lâm thời gồm 5 đồng chí.",
         [("executive_committee_size", 5, "count", "actual", "exact")]),
        # a gift is not a commendation (rule 11)
        ("Huyện ủy trao Huy hiệu Đảng cho 40 đảng viên; thăm, tặng quà cho 300 đảng viên cao tuổi.",
         [("awards", 40, "count", "actual", "exact"), ("other", 300, "count", "actual", "exact")]),
        # "không để" negates, it plans nothing
        ("Các chi bộ không để xảy ra vi phạm; toàn xã có 14 chi bộ.",
         [("party_cells", 14, "count", "actual", "exact")]),
        # a number after a span of years is a count, not part of an identifier list
        ("Trong những năm 1940 - 1941, 9 đảng viên bị địch bắt.", [("other", 9, "count", "actual", "exact")]),
        # goals as short unmarked lines straight under their intro
        ("Các chỉ tiêu chủ yếu nhiệm kỳ tới:\nKết nạp từ 300 đảng viên trở lên.\n\nNăm qua kết nạp 280 đảng viên.",
         [("members_admitted", 300, "count", "target", "at_least"),
          ("members_admitted", 280, "count", "actual", "exact")]),
        # commendations said after the recipients; the fall of the figure just given
        ("Dịp này, 14 tập thể và 22 cá nhân được Ban Thường vụ Huyện ủy tặng Giấy khen.",
         [("awards", 14, "count", "actual", "exact"), ("awards", 22, "count", "actual", "exact")]),
        ("Năm nay có 960 đảng viên được tặng Huy hiệu Đảng, giảm 40 đồng chí so với năm trước.",
         [("awards", 960, "count", "actual", "exact"), ("awards", -40, "count", "change", "exact")]),
        # a commendation further on in the sentence does not make earlier members awarded
        ("Chi bộ chuyển đảng chính thức cho 6 đảng viên dự bị, trao Huy hiệu Đảng cho 2 đồng chí.",
         [("other", 6, "count", "actual", "exact"), ("awards", 2, "count", "actual", "exact")]),
        # rounds ("đợt") are counted
        ("Năm 2023, Huyện ủy tổ chức 3 đợt trao Huy hiệu Đảng cho 210 đảng viên.",
         [("other", 3, "count", "actual", "exact"), ("awards", 210, "count", "actual", "exact")]),
        # committee sizes said after the people, or with the body right before the number
        ("Có 13 đồng chí trúng cử Ban Chấp hành Đảng bộ phường khóa mới.",
         [("executive_committee_size", 13, "count", "actual", "exact")]),
        ("Số lượng Ban Chấp hành là 21 đồng chí, Ban Thường vụ 7 đồng chí.",
         [("executive_committee_size", 21, "count", "actual", "exact"),
          ("standing_committee_size", 7, "count", "actual", "exact")]),
        # cells counted by what they did, and their share, are not admissions (rules 1, 4)
        ("Có 40/44 chi bộ kết nạp được đảng viên, đạt 90,9%.",
         [("party_orgs", 40, "count", "actual", "exact"), ("party_cells", 44, "count", "actual", "exact"),
          ("other", 90.9, "percent", "actual", "exact")]),
        # members counted in an event are not the membership (rule 1)
        ("Trong năm có 95 đảng viên được chuyển chính thức, 11 đảng viên từ trần.",
         [("other", 95, "count", "actual", "exact"), ("other", 11, "count", "actual", "exact")]),
        # a committee that a counted noun belongs to is not the subject of the next count;
        # a breakdown in brackets ends with its bracket
        ("Toàn tỉnh có 310 tổ chức cơ sở đảng (gồm 190 đảng bộ cơ sở và 120 chi bộ cơ sở), "
         "2.150 chi bộ trực thuộc đảng ủy cơ sở với 48.600 đảng viên.",
         [("grassroots_orgs", 310, "count", "actual", "exact"), ("grassroots_orgs", 190, "count", "actual", "exact"),
          ("grassroots_orgs", 120, "count", "actual", "exact"), ("party_cells", 2150, "count", "actual", "exact"),
          ("party_members", 48600, "count", "actual", "exact")]),
        # a rate of organisations rated at a tier fell by organisations: those rated, not the level
        ("Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 88%, giảm 2 tổ chức so với năm trước.",
         [("orgs_rated_good_pct", 88, "percent", "actual", "exact"), ("party_orgs", -2, "count", "change", "exact")]),
        # "đồng chí đảng viên" are members; a subset of them keeps the level (rule 1)
        ("Chi bộ hiện có 38 đồng chí đảng viên, trong đó 9 đảng viên được miễn sinh hoạt.",
         [("party_members", 38, "count", "actual", "exact"), ("party_members", 9, "count", "actual", "exact")]),
        # a past example inside a plan sentence is what happened
        ("Các chi bộ cần tránh kết nạp người chưa đủ tiêu chuẩn như 3 trường hợp ở xã Đông thời gian qua.",
         [("other", 3, "count", "actual", "exact")]),
    ],
)
def test_reading_general_rules(sentence, expected):
    assert [_short(f) for f in _facts_of(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Thu nhập bình quân 300 - 400 triệu đồng mỗi năm; hội nghị kéo dài 2 - 3 ngày.",
        "Quy mô nền kinh tế gấp 1,6 lần năm 2015 và gấp 2 lần năm 2010.",
    ],
)
def test_not_facts_general(sentence):
    assert _facts_of(sentence) == []


def test_headline_lists_of_other_articles_are_chrome():
    body = PARTY + "Toàn Đảng bộ có 120 đảng viên.\n\n"
    lists = ("Tin cùng chuyên mục\n- Huyện A: 45 đảng viên nhận Huy hiệu Đảng\n"
             "Xem thêm:\n- Xã B kết nạp 12 đảng viên mới\n")
    text = body + lists + "Tin mới hơn:\n- 20/20 tổ chức cơ sở đảng hoàn thành nhiệm vụ\n\nBáo điện tử huyện."
    facts = extract_facts(text)
    assert [f["value"] for f in facts if f["start"] >= len(PARTY)] == [120]


def test_long_chains_and_long_lists_are_read_whole():
    # Thousands of numbers in one sentence (a flattened table) are all read; the reading of
    # each stays local, so the result does not depend on how long the sentence is.
    many = PARTY + "Kết quả: " + ", ".join(f"{i % 90 + 10} đảng viên" for i in range(1500)) + "."
    facts = [f for f in extract_facts(many) if f["start"] >= len(PARTY)]
    assert len(facts) == 1500
    assert {f["measure"] for f in facts} == {"party_members"}
    chain = PARTY + "Mỗi xã có từ " + " - ".join(["2"] * 1001) + " chi bộ."
    facts = [f for f in extract_facts(chain) if f["start"] >= len(PARTY)]
    assert all(f["value"] == 2 and f["unit"] == "count" for f in facts)


def test_a_figure_labelled_by_its_year_takes_that_year():
    facts = _facts_of("Năm 2021 có 4.520 đảng viên, năm 2022: 4.610, năm 2023: 4.705 đảng viên.")
    assert [(f["measure"], f["value"], f["period"]) for f in facts] == [
        ("party_members", 4520, "2021"), ("party_members", 4610, "2022"), ("party_members", 4705, "2023")]


def test_a_year_compared_with_is_not_the_period():
    text = ("Hội nghị tổng kết công tác kiểm tra năm 2023 của Ủy ban Kiểm tra Tỉnh ủy. " + PARTY
            + "Năm 2023, các cấp ủy thi hành kỷ luật 140 đảng viên, giảm 8% so với năm 2022.")
    facts = [f for f in extract_facts(text) if f["value"] in (140, -8)]
    assert [(f["value"], f["period"]) for f in facts] == [(140, "2023"), (-8, "2023")]


# Labelled sets written independently of the extractor, each scored blind once before anyone
# tuned on it (blind1 was then used to develop; blind2 and blind3 were not). Floors only rise:
# the F1 reached, rounded down to two decimals.
BLIND_FLOORS = {
    "blind1": (1.00, 0.99, 0.99),
    "blind2": (0.98, 0.97, 0.96),
    "blind3": (0.99, 0.98, 0.96),
    "blind4": (0.97, 0.93, 0.90),
    # scored unseen when added (2026-11-24, second round): what an unseen set scores
    "blind5": (0.99, 0.94, 0.91),  # 0.99 / 0.94 / 0.91 unseen
    "blind6": (0.99, 0.94, 0.93),
    # scored unseen when added (third round)
    "blind7": (0.97, 0.91, 0.88),  # 0.98 / 0.91 / 0.87 unseen
    "blind8": (0.99, 0.95, 0.94),  # 0.98 / 0.94 / 0.93 unseen
    # fourth round, scored unseen when added
    "blind9": (0.97, 0.93, 0.92),
    "blind10": (0.97, 0.93, 0.93),
    "blind11": (0.98, 0.93, 0.91),  # fifth round: 0.98 / 0.92 / 0.90 unseen
    "blind12": (0.98, 0.94, 0.91),  # 0.99 / 0.94 / 0.92 unseen
    "blind13": (0.99, 0.98, 0.97),  # seventh round: 1.00 / 0.98 / 0.98 unseen
    "blind14": (0.97, 0.91, 0.90),  # 0.98 / 0.92 / 0.90 unseen
    # eighth round: blind15 (Mekong delta), blind16 (Red River delta, North-West), blind17
    # (central bodies, national outlets)
    "blind15": (0.98, 0.96, 0.95),  # 0.99 / 0.95 / 0.94 unseen
    "blind16": (0.97, 0.93, 0.90),  # 0.97 / 0.93 / 0.90 unseen
    "blind17": (0.97, 0.93, 0.90),  # 0.97 / 0.93 / 0.90 unseen
    # ninth round: blind18 (the 2025 reorganisation), blind19 (working sessions, delegations,
    # plenums), blind20 (the grassroots level)
    "blind18": (0.98, 0.94, 0.92),  # 0.98 / 0.93 / 0.91 unseen
    "blind19": (0.98, 0.90, 0.86),  # 0.98 / 0.89 / 0.85 unseen
    "blind20": (0.98, 0.95, 0.93),  # 0.99 / 0.95 / 0.93 unseen
    # tenth round: blind21 (a rough crawler: hard line wraps, capitals, PDF tables), blind22 (the
    # congress seasons), blind23 (analytic and national pieces)
    "blind21": (0.95, 0.91, 0.86),  # 0.94 / 0.81 / 0.75 unseen
    "blind22": (0.99, 0.92, 0.91),  # 1.00 / 0.92 / 0.91 unseen
    "blind23": (0.97, 0.92, 0.89),  # 0.98 / 0.93 / 0.90 unseen
    # eleventh round: blind24 (ethnic-minority areas), blind25 (the centrally-run cities),
    # blind26 (near misses: mass organisations, councils, courts, and party work for contrast)
    "blind24": (0.98, 0.92, 0.90),  # 0.99 / 0.93 / 0.91 unseen
    "blind25": (0.98, 0.91, 0.88),  # 0.99 / 0.91 / 0.88 unseen
    "blind26": (0.99, 0.91, 0.89),  # 1.00 / 0.92 / 0.90 unseen
    # twelfth round: blind27 (North Central portals between congresses), blind28 (digests and
    # short news), blind29 (the merged provinces' 2025 congresses)
    "blind27": (0.98, 0.92, 0.89),  # 0.99 / 0.93 / 0.90 unseen
    "blind28": (0.98, 0.92, 0.90),  # 0.99 / 0.93 / 0.91 unseen
    "blind29": (0.97, 0.90, 0.88),  # 0.98 / 0.91 / 0.89 unseen
    # thirteenth round: blind30 (old tone-mark spelling, the Red River delta), blind31
    # (ceremonies, anniversaries, launches), blind32 (inspection and discipline at every level)
    "blind30": (0.97, 0.94, 0.92),  # 0.97 / 0.95 / 0.92 unseen
    "blind31": (0.97, 0.92, 0.91),  # 0.98 / 0.93 / 0.92 unseen
    "blind32": (0.98, 0.93, 0.91),  # 0.99 / 0.94 / 0.92 unseen
    # fourteenth round: blind33 (a random sample of provincial portals), blind34 (long
    # articles), blind35 (the army, border guards and police)
    "blind33": (0.97, 0.94, 0.92),  # 0.98 / 0.95 / 0.93 unseen
    "blind34": (0.98, 0.95, 0.93),  # 0.99 / 0.96 / 0.94 unseen
    "blind35": (0.98, 0.93, 0.92),  # 0.99 / 0.94 / 0.93 unseen
}


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_blind_set_scores_floor(name):
    levels = _gold_score(GOLD / name / "facts.jsonl", GOLD / name / "texts")
    floors = BLIND_FLOORS[name]
    reached = tuple(levels[level]["f1"] for level in ("value+unit", "+measure", "+kind+qualifier"))
    assert all(r >= f for r, f in zip(reached, floors)), (name, reached, floors)


# Rules added in the generalisation round on blind2/blind3: each with a made-up sentence.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a tier standing where the noun should be counts the population just named, and a
        # count of one rating tier is an action on it (rules 1, 3); "trong số N" is a count
        ("Trong số 64 chi bộ được đánh giá có 12 chi bộ hoàn thành xuất sắc nhiệm vụ, "
         "47 hoàn thành tốt nhiệm vụ, 4 hoàn thành nhiệm vụ và 1 không hoàn thành nhiệm vụ.",
         [("party_orgs", 64, "count", "actual", "exact"), ("party_orgs", 12, "count", "actual", "exact"),
          ("party_orgs", 47, "count", "actual", "exact"), ("party_orgs", 4, "count", "actual", "exact"),
          ("party_orgs", 1, "count", "actual", "exact")]),
        # "đơn vị" under organisations being rated is those organisations
        ("Trong 73 tổ chức cơ sở đảng được xếp loại có 15 đơn vị hoàn thành xuất sắc nhiệm vụ, 50 hoàn thành tốt.",
         [("party_orgs", 73, "count", "actual", "exact"), ("party_orgs", 15, "count", "actual", "exact"),
          ("party_orgs", 50, "count", "actual", "exact")]),
        # members at one tier, noun left out, stay `other`
        ("Trong tổng số 2.310 đảng viên được đánh giá có 280 đồng chí hoàn thành xuất sắc nhiệm vụ, "
         "1.900 hoàn thành tốt nhiệm vụ.",
         [("other", 2310, "count", "actual", "exact"), ("other", 280, "count", "actual", "exact"),
          ("other", 1900, "count", "actual", "exact")]),
        # a form of discipline after the number counts the organisations just named
        ("Các cấp ủy đã thi hành kỷ luật 5 tổ chức đảng (3 khiển trách, 2 cảnh cáo).",
         [("party_orgs", 5, "count", "actual", "exact"), ("party_orgs", 3, "count", "actual", "exact"),
          ("party_orgs", 2, "count", "actual", "exact")]),
        # the noun before a year label names the count; a series by year keeps it
        ("Đảng viên năm 2016 có 12.415 người, năm 2021 có 13.208 người; "
         "tổ chức cơ sở đảng năm 2016: 214, năm 2021: 198.",
         [("party_members", 12415, "count", "actual", "exact"), ("party_members", 13208, "count", "actual", "exact"),
          ("grassroots_orgs", 214, "count", "actual", "exact"), ("grassroots_orgs", 198, "count", "actual", "exact")]),
        # the level moved, compared with an earlier time, whatever action moved it
        ("Huyện ủy đã sáp nhập 6 tổ chức cơ sở đảng thành 3 đảng bộ cơ sở, giảm 3 tổ chức cơ sở đảng so với đầu nhiệm kỳ.",
         [("party_orgs", 6, "count", "actual", "exact"), ("party_orgs", 3, "count", "actual", "exact"),
          ("grassroots_orgs", -3, "count", "change", "exact")]),
        # the committee of a ward or commune is a grassroots organisation (rule 2)
        ("Đảng bộ quận có 14 đảng bộ phường và 22 chi bộ cơ sở.",
         [("grassroots_orgs", 14, "count", "actual", "exact"), ("grassroots_orgs", 22, "count", "actual", "exact")]),
        # a "good or better" series labelled by year keeps its reading across ";"
        ("Tỷ lệ tổ chức cơ sở đảng được xếp loại: năm 2019: hoàn thành tốt nhiệm vụ trở lên 84,6%; "
         "năm 2020: 86,1%; năm 2021: 88,3%.",
         [("orgs_rated_good_pct", 84.6, "percent", "actual", "exact"),
          ("orgs_rated_good_pct", 86.1, "percent", "actual", "exact"),
          ("orgs_rated_good_pct", 88.3, "percent", "actual", "exact")]),
        # the population of a rating is named earlier in the sentence; a later ", số …"
        # clause does not lend its tier
        ("Về đảng viên, tỷ lệ hoàn thành tốt nhiệm vụ trở lên đạt 90,7%, số đảng viên không hoàn thành nhiệm vụ chiếm 0,8%.",
         [("members_rated_good_pct", 90.7, "percent", "actual", "exact"),
          ("other", 0.8, "percent", "actual", "exact")]),
        # a breakdown of those awarded is awards
        ("Lễ trao Huy hiệu Đảng cho 84 đảng viên. Trong số đảng viên được trao Huy hiệu đợt này có "
         "7 đồng chí là cựu chiến binh.",
         [("awards", 84, "count", "actual", "exact"), ("awards", 7, "count", "actual", "exact")]),
        # an award closing a long sentence still reads the collectives and individuals
        ("Nhân dịp này, 4 tập thể và 9 cá nhân có thành tích tiêu biểu trong công tác xây dựng Đảng, "
         "kiểm tra năm 2022 được Ban Thường vụ Huyện ủy tặng giấy khen.",
         [("awards", 4, "count", "actual", "exact"), ("awards", 9, "count", "actual", "exact")]),
        # "Cần Thơ" is a place, not "need": nothing here is planned
        ("Thành ủy Cần Thơ trao Huy hiệu Đảng cho 212 đảng viên.",
         [("awards", 212, "count", "actual", "exact")]),
        # "đề ra mục tiêu" governs every clause of its sentence (rule 13)
        ("Đại hội đề ra mục tiêu đến năm 2030 xã đạt chuẩn nông thôn mới nâng cao; hằng năm kết nạp "
         "từ 20 đảng viên trở lên.",
         [("members_admitted", 20, "count", "target", "at_least")]),
        # the quota in brackets after "chỉ tiêu … giao" is the target itself (rule 13)
        ("Năm 2018, toàn Đảng bộ kết nạp 236 đảng viên, đạt 105% chỉ tiêu Tỉnh ủy giao (225 đảng viên).",
         [("members_admitted", 236, "count", "actual", "exact"), ("members_admitted", 105, "percent", "attainment", "exact"),
          ("members_admitted", 225, "count", "target", "exact")]),
    ],
)
def test_reading_round_rules(sentence, expected):
    assert [_short(f) for f in _facts_of(sentence)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "đến mức phải thi hành kỷ luật" reports a finding, it plans nothing (rule 13)
        ("Kiểm tra 7 đảng viên, cả 7 đảng viên có vi phạm, đến mức phải thi hành kỷ luật 3 đồng chí.",
         [("other", 7, "count", "actual", "exact"), ("other", 7, "count", "actual", "exact"),
          ("other", 3, "count", "actual", "exact")]),
        # a ";" clause opening on its own ("hiện vẫn còn") is no item of the breakdown before it
        ("Trong nhiệm kỳ kết nạp 530 đảng viên, trong đó 96 người là chủ doanh nghiệp; hiện vẫn còn 11 hợp tác xã "
         "có 2 đảng viên nhưng chưa thành lập chi bộ.",
         [("members_admitted", 530, "count", "actual", "exact"), ("members_admitted", 96, "count", "actual", "exact"),
          ("other", 11, "count", "actual", "exact"), ("party_members", 2, "count", "actual", "exact")]),
        # a year dating the low end of "từ … lên …" keeps both ends levels of the subject
        ("Số đảng viên toàn Đảng bộ tăng từ 3.215 đồng chí cuối năm 2015 lên hơn 3.900 đồng chí hiện nay.",
         [("party_members", 3215, "count", "actual", "exact"), ("party_members", 3900, "count", "actual", "more_than")]),
        # a label "Số <noun>:" names the count after it
        ("Kết quả nhiệm kỳ:\n- Số tổ chức cơ sở đảng: 42;\n- Số chi bộ trực thuộc đảng ủy cơ sở: 318;",
         [("grassroots_orgs", 42, "count", "actual", "exact"), ("party_cells", 318, "count", "actual", "exact")]),
        # "N là …" items of a breakdown count what the item before them counted
        ("Kết nạp 415 đảng viên mới, trong đó 62 đảng viên là người dân tộc thiểu số, 9 là người theo đạo Công giáo.",
         [("members_admitted", 415, "count", "actual", "exact"), ("members_admitted", 62, "count", "actual", "exact"),
          ("members_admitted", 9, "count", "actual", "exact")]),
        # the body elected into, not the one electing
        ("Ban Chấp hành bầu 11 đồng chí vào Ban Thường vụ.",
         [("standing_committee_size", 11, "count", "actual", "exact")]),
        # bare "tổ chức" among the grassroots organisations are grassroots organisations (rule 2)
        ("Đảng bộ Khối có 64 tổ chức cơ sở đảng; trong số các tổ chức cơ sở đảng, có 38 tổ chức ở doanh nghiệp "
         "ngoài nhà nước.",
         [("grassroots_orgs", 64, "count", "actual", "exact"), ("grassroots_orgs", 38, "count", "actual", "exact")]),
        # "trở lên" bounding the number does not make the "good" tier "good or better" (rule 3)
        ("Phấn đấu hằng năm có từ 85% trở lên chi bộ hoàn thành tốt nhiệm vụ; có từ 88% chi bộ "
         "hoàn thành tốt nhiệm vụ trở lên.",
         [("other", 85, "percent", "target", "at_least"), ("orgs_rated_good_pct", 88, "percent", "target", "at_least")]),
        # "từ X xuống còn Y <noun>": the low end shares the noun said after the high end
        ("Huyện đã sắp xếp lại, giảm từ 214 xuống còn 167 thôn, tổ dân phố.",
         [("other", 214, "count", "actual", "exact"), ("other", 167, "count", "actual", "exact")]),
        # a fraction whose sides carry thousands dots gives two facts (rule 4)
        ("Đến nay đã có 2.310/2.472 thôn, bản có chi bộ độc lập.",
         [("other", 2310, "count", "actual", "exact"), ("other", 2472, "count", "actual", "exact")]),
        # members arrested or killed are counted in an action, not the membership (rule 1)
        ("Địch khủng bố, bắt giam 27 đảng viên và hàng trăm quần chúng.",
         [("other", 27, "count", "actual", "exact")]),
        # "tăng lên gần N" reaches a level; it is not the size of the rise
        ("Đến cuối năm 1946, số đảng viên toàn huyện đã tăng lên gần 350 người.",
         [("party_members", 350, "count", "actual", "about")]),
        # committees "trực thuộc Tỉnh ủy" are district-level: neither grassroots nor cells (rule 2)
        ("Toàn Đảng bộ có 15 đảng bộ trực thuộc Tỉnh ủy và 460 tổ chức cơ sở đảng.",
         [("other", 15, "count", "actual", "exact"), ("grassroots_orgs", 460, "count", "actual", "exact")]),
    ],
)
def test_reading_round_rules_findings_and_clauses(sentence, expected):
    assert [_short(f) for f in _facts_of(sentence)] == expected


def test_marked_items_under_a_goal_heading_without_colon_are_targets():
    text = (PARTY + "\nChỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025\n"
            "1. Hằng năm có 85% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.\n"
            "2. Kết nạp bình quân mỗi năm 35 đảng viên.\n"
            "Đại hội bầu 15 đồng chí vào Ban Chấp hành.\n")
    facts = [f for f in extract_facts(text) if f["start"] >= len(PARTY)]
    assert [(f["value"], f["kind"]) for f in facts] == [(85, "target"), (35, "target"), (15, "actual")]


def test_sentences_after_a_goal_setting_sentence_in_its_paragraph_are_targets():
    facts = _facts_of("Đại hội thông qua các chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030. Hằng năm kết nạp từ 55 "
                      "đảng viên trở lên. Có từ 92% trở lên chi bộ hoàn thành tốt nhiệm vụ.\n"
                      "Nhiệm kỳ qua đã kết nạp 240 đảng viên.")
    assert [(f["value"], f["kind"]) for f in facts] == [(55, "target"), (92, "target"), (240, "actual")]


def test_a_speech_assessing_results_is_no_list_of_goals():
    # "Phát biểu giao nhiệm vụ, đồng chí X đánh giá: …" reports the year's results (rule 13)
    text = ("Phát biểu giao nhiệm vụ, đồng chí Trần Văn Hiền đánh giá: năm 2022, Đảng bộ huyện đã kết nạp 168 "
            "đảng viên, đạt 112% chỉ tiêu. Đảng bộ huyện hiện có 3.870 đảng viên.")
    assert {f["kind"] for f in _facts_of(text)} == {"actual", "attainment"}


def test_a_dateline_and_share_bar_are_not_the_lead_that_says_an_article_is_about_party_work():
    # rule 8: the lead names the inspection committee, so every counted noun is a fact
    text = ("BAO HA NAM ONLINE\nChính trị - Xã hội\n\nThanh Liêm: Tổng kết công tác kiểm tra, giám sát năm 2016\n"
            "Thứ Tư, 28/12/2016 - 16:05\nIn bài | Gửi cho bạn bè\n\n"
            "Chiều 27/12, Uỷ ban Kiểm tra Huyện uỷ Thanh Liêm tổ chức hội nghị tổng kết công tác kiểm tra, giám sát "
            "năm 2016. Năm 2016, cấp uỷ các cấp đã kiểm tra 42 tổ chức đảng và 95 đảng viên; Uỷ ban kiểm tra các cấp "
            "thi hành kỷ luật 9 đảng viên.\n\nUỷ ban Kiểm tra Huyện uỷ đã tiếp nhận 11 đơn thư tố cáo, khiếu nại.\n")
    assert ("other", 11) in [(f["measure"], f["value"]) for f in extract_facts(text)]


def test_a_table_told_in_prose_under_a_sentence_saying_what_it_counts():
    text = PARTY + ("Số đảng viên mới được kết nạp trong toàn Đảng bộ tỉnh qua các năm như sau. Năm 2016: 1.036 "
                    "đảng viên; năm 2017: 1.102 đảng viên.")
    found = [(f["measure"], f["value"]) for f in extract_facts(text) if f["start"] >= len(PARTY)]
    assert found == [("members_admitted", 1036), ("members_admitted", 1102)]


def test_an_abbreviated_city_in_a_name_neither_ends_the_sentence_nor_the_subject():
    text = ("Đại hội Đảng bộ TP. Thủ Đức lần thứ I\n20/10/2020\nĐảng bộ TP. Thủ Đức hiện có 120 tổ chức "
            "cơ sở đảng với 18.450 đảng viên.")
    facts = extract_facts(text)
    members = _find(facts, text, "18.450 đảng viên", 18450)
    assert members["subject"] == "Đảng bộ TP. Thủ Đức"
    assert members["quote"].startswith("Đảng bộ TP. Thủ Đức hiện có")


def test_admitted_members_by_source_a_members_quota_and_a_series_by_year_are_admissions():
    pool = _facts_of("Trong tổng số đảng viên được kết nạp, có 732 đảng viên là đoàn viên thanh niên, 49 đảng viên "
                     "là công nhân.")
    assert [(f["measure"], f["value"]) for f in pool] == [("members_admitted", 732), ("members_admitted", 49)]
    quota = _facts_of("Đứng đầu là Đảng bộ huyện Châu Thành A với 137/120 đảng viên/chỉ tiêu.")
    assert [(f["measure"], f["value"], f["kind"]) for f in quota] == [
        ("members_admitted", 137, "actual"), ("members_admitted", 120, "target")]
    series = _facts_of("Số đảng viên mới kết nạp theo từng năm lần lượt như sau - Năm 2016: 1.037; năm 2017: 1.102; "
                       "năm 2018: 1.215.")
    assert [(f["measure"], f["value"]) for f in series] == [
        ("members_admitted", 1037), ("members_admitted", 1102), ("members_admitted", 1215)]
    levels = _facts_of("Số tổ chức cơ sở đảng qua các năm: năm 2016: 58; năm 2020: 61.")
    assert [(f["measure"], f["value"]) for f in levels] == [("grassroots_orgs", 58), ("grassroots_orgs", 61)]
    # members counted among the admitted who did something are not admissions
    assert [f["measure"] for f in _facts_of("Trong tổng số đảng viên được kết nạp, có 12 đảng viên bị kỷ luật.")] != [
        "members_admitted"]


def test_a_bar_of_visitor_counters_without_colons_is_chrome():
    body = PARTY + "\n"
    text = body + "Thống kê truy cập: Đang online 15 | Hôm nay 1.042 | Tổng 4.201.773\n"
    assert chrome_spans(text) == [(len(body), len(text) - 1)]
    assert [f for f in extract_facts(text) if f["start"] >= len(body)] == []


def test_admission_tables_by_year_in_every_shape_and_quotas_in_an_admission_report():
    shapes = (
        "Số kết nạp theo từng năm: năm 2021 là 1.912; năm 2022 là 2.037.",
        "\n+ Kết nạp đảng viên: 2021: 1.912 đảng viên; 2022: 2.037 đảng viên.",
        "Số đảng viên được kết nạp qua các năm như sau. Năm 2021: 1.912 đảng viên. Năm 2022: 2.037 đảng viên.",
    )
    for sentence in shapes:
        assert [(f["measure"], f["value"]) for f in _facts_of(sentence)] == [
            ("members_admitted", 1912), ("members_admitted", 2037)], sentence
    # a year's item under a label that names a fall is not an admission
    assert "members_admitted" not in {f["measure"] for f in _facts_of(
        "Số chi bộ giảm dần: năm 2020: 65; năm 2021: 61.")}
    quota = _facts_of("Các cấp ủy đã kết nạp 1.048 đảng viên mới, đạt 52,4% kế hoạch năm (chỉ tiêu năm 2019 là 2.000 "
                      "đảng viên).")
    assert _short(quota[-1]) == ("members_admitted", 2000, "count", "target", "exact")
    membership = _facts_of("Đảng bộ kết nạp 120 đảng viên; chỉ tiêu đến năm 2025 toàn Đảng bộ có 5.000 đảng viên.")
    assert _short(membership[-1]) == ("party_members", 5000, "count", "target", "exact")
    fractions = _facts_of("Toàn huyện kết nạp 224 đảng viên; trong đó xã Hải Phú 16/15 đảng viên/chỉ tiêu.")
    assert [(f["measure"], f["value"], f["kind"]) for f in fractions][-2:] == [
        ("members_admitted", 16, "actual"), ("members_admitted", 15, "target")]


def test_new_members_counted_by_who_they_are_are_admissions_but_not_the_membership_they_raise():
    by_source = _facts_of("Chia theo đối tượng, số đảng viên mới là công nhân là 286 người; đoàn viên thanh niên "
                          "711 người; người có đạo 23 người.")
    assert [(f["measure"], f["value"]) for f in by_source] == [
        ("members_admitted", 286), ("members_admitted", 711), ("members_admitted", 23)]
    raised = _facts_of("Số đảng viên mới kết nạp là 87 người, nâng tổng số đảng viên toàn Đảng bộ lên 4.120 đồng chí.")
    assert [(f["measure"], f["value"]) for f in raised] == [("members_admitted", 87), ("party_members", 4120)]


@pytest.mark.parametrize("separator", ["\t", " | "])
def test_a_table_flattened_to_text_is_read_by_its_rows_and_columns(separator):
    rows = [["Chỉ tiêu", "2015", "2020", "Tăng (+), giảm (-)"],
            ["Tổng số đảng viên", "4.105", "4.862", "+757"],
            ["Tổ chức cơ sở đảng", "47", "42", "-5"],
            ["Tỷ lệ TCCSĐ hoàn thành tốt nhiệm vụ trở lên (%)", "83,0", "92,9", "+9,9"]]
    table = "".join(separator.join(row) + "\n" for row in rows)
    text = "Đảng bộ huyện Ninh Sơn tổng kết nhiệm kỳ 2015 - 2020.\n" + table + "Lượt xem | 1.587\n"
    facts = extract_facts(text)
    assert [(f["measure"], f["value"], f["unit"], f["kind"], f["period"]) for f in facts] == [
        ("party_members", 4105, "count", "actual", "2015"), ("party_members", 4862, "count", "actual", "2020"),
        ("party_members", 757, "count", "change", None),
        ("grassroots_orgs", 47, "count", "actual", "2015"), ("grassroots_orgs", 42, "count", "actual", "2020"),
        ("grassroots_orgs", -5, "count", "change", None),
        ("orgs_rated_good_pct", 83, "percent", "actual", "2015"), ("orgs_rated_good_pct", 92.9, "percent", "actual", "2020"),
        ("orgs_rated_good_pct", 9.9, "percent", "change", None)]
    assert [text[f["start"]:f["end"]] for f in facts][:3] == ["4.105", "4.862", "757"]


def test_new_members_counted_among_a_stated_number_of_them_are_admissions():
    facts = _facts_of("Trong 412 đảng viên mới của 6 tháng đầu năm nay, có 297 người là đoàn viên thanh niên, 14 người "
                      "là người có đạo.")
    assert [(f["measure"], f["value"]) for f in facts] == [
        ("members_admitted", 412), ("members_admitted", 297), ("members_admitted", 14)]
    assert [(f["measure"], f["value"]) for f in _facts_of("Trong 412 đảng viên của Đảng bộ, có 297 người là nữ.")][0] == (
        "party_members", 412)


def test_a_leaders_title_in_the_lead_does_not_make_a_business_visit_party_work():
    visit = ("BÍ THƯ TỈNH ỦY KIỂM TRA DỰ ÁN NHÀ MÁY\nThứ Ba, 16/04/2024 09:12\n"
             "Chiều 15/4, đồng chí Dương Văn An, Bí thư Tỉnh ủy Vĩnh Phúc đã kiểm tra tiến độ dự án tại Công ty TNHH "
             "Điện tử Quang Minh. Công đoàn công ty có hơn 6.200 đoàn viên; dự án tạo việc làm cho 3.500 lao động.\n\n"
             "Báo cáo của doanh nghiệp cho biết, dự án đã hoàn thành phần móng nhà xưởng.\n\n"
             "Đồng chí Bí thư Tỉnh ủy đề nghị doanh nghiệp chăm lo đời sống người lao động.\n\n"
             "Đảng bộ Công ty có 85 đảng viên, sinh hoạt tại 6 chi bộ; Đảng ủy Công ty phối hợp với Đảng ủy Khối "
             "Doanh nghiệp tỉnh kết nạp 12 đảng viên mới trong năm; Bí thư Đảng ủy Công ty cho biết chi bộ duy trì sinh "
             "hoạt đảng, Đảng ủy, Đảng bộ, cấp ủy.\n")
    assert {f["value"] for f in extract_facts(visit)} == {85, 6, 12}
    # the officer disciplined is party work
    dismissal = ("Bí thư Đảng ủy phường bị cách chức\nThứ ba, 16/7/2024, 14:05\nÔng Trương Văn Hùng, Bí thư Đảng ủy "
                 "phường An Khánh, bị cách chức tất cả chức vụ trong Đảng do để xảy ra 46 công trình xây dựng không "
                 "phép. Ủy ban Kiểm tra Quận ủy kiểm tra 7 tổ chức đảng và 21 đảng viên; Đảng ủy, Đảng bộ, chi bộ, "
                 "cấp ủy, đảng viên.\n")
    assert 46 in {f["value"] for f in extract_facts(dismissal)}


def test_a_table_announced_by_a_colon_reads_by_its_intro_unless_an_item_counts_an_action_of_its_own():
    text = PARTY + "\nSố liệu kết nạp qua các năm:\nNăm 2021: 702 đảng viên\nNăm 2022: 846 đảng viên\n"
    assert [(f["measure"], f["value"]) for f in extract_facts(text) if f["start"] >= len(PARTY)] == [
        ("members_admitted", 702), ("members_admitted", 846)]
    mixed = PARTY + "\nSố liệu đảng viên và kết nạp đảng viên qua các năm:\nNăm 2016: 7.812 đảng viên, kết nạp 245;\n"
    assert [(f["measure"], f["value"]) for f in extract_facts(mixed) if f["start"] >= len(PARTY)] == [
        ("party_members", 7812), ("members_admitted", 245)]


def test_a_series_of_bare_years_after_its_first_item_keeps_the_items_reading():
    facts = _facts_of("Qua từng năm: 2011 kết nạp 197 đảng viên; 2012: 214; 2013: 220; 6 tháng đầu năm 2015: 212.")
    assert [(f["measure"], f["value"]) for f in facts] == [
        ("members_admitted", 197), ("members_admitted", 214), ("members_admitted", 220), ("members_admitted", 212)]
