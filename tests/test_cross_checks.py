"""Cross-fact checks on small real texts: they catch numbers that contradict each other,
and stay silent when the pairing is ambiguous (a false alarm quarantines a good fact)."""

from __future__ import annotations

import json

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from expectations.cross_checks import CHECKS, SUITE, cross_check
from transforms import schema


def fact(measure, value, phrase, *, unit="count", kind="actual", qualifier="exact", noun="đảng viên", period=None, nth=0):
    """A fact whose span is the `nth` occurrence of `phrase` (the number as written)."""
    return dict(
        measure=measure, value=value, unit=unit, kind=kind, qualifier=qualifier, noun=noun, period=period, phrase=phrase, nth=nth
    )


def frames(text: str, specs: list[dict], doc_key: str = "doc.txt") -> tuple[pl.DataFrame, pl.DataFrame]:
    rows = []
    for i, spec in enumerate(specs):
        spec = dict(spec)
        phrase, nth = spec.pop("phrase"), spec.pop("nth")
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        end = start + len(phrase)
        # the sentence: from the previous ". " or line start to the next "." or line end
        left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
        stops = [p for p in (text.find(". ", end), text.find("\n", end)) if p != -1]
        right = min(stops) + 1 if stops else len(text)
        rows.append({"doc_key": doc_key, "fact_index": i, **spec, "subject": None, "start": start, "end": end, "quote": text[left:right].strip()})
    docs = schema.conform([{"doc_key": doc_key, "source_path": doc_key, "text": text}], schema.DOCUMENTS)
    return schema.conform(rows, schema.FACTS), docs


def failures(text: str, specs: list[dict]) -> list[tuple[int, str]]:
    run = cross_check(*frames(text, specs))
    return sorted(zip(run.failures["fact_index"].to_list(), run.failures["check_name"].to_list()))


# --- levels and their change -------------------------------------------------------------

SEED_002 = (
    "Hiện đảng bộ quận có 96 tổ chức cơ sở đảng, 11.804 đảng viên và 558 chi bộ trực thuộc. "
    "So với giai đoạn 2011 – 2015 là 120 tổ chức cơ sở đảng với 10.732 đảng viên và 570 chi bộ trực thuộc. "
    "Số tổ chức cơ sở đảng giảm {g}%, số tổ chức đảng giảm {c}% theo chủ trương tinh gọn bộ máy. "
    "Trong đó số Đảng viên tăng {m} đồng chí, kết nạp mới được 869 đồng chí."
)


def seed_002(g="20", c="2,1", m="1.072"):
    text = SEED_002.format(g=g, c=c, m=m)
    value = lambda s: float(s.replace(".", "").replace(",", "."))  # noqa: E731
    specs = [
        fact("grassroots_orgs", 96, "96", noun="tổ chức cơ sở đảng"),
        fact("party_members", 11804, "11.804"),
        fact("party_cells", 558, "558", noun="chi bộ trực thuộc"),
        fact("grassroots_orgs", 120, "120", noun="tổ chức cơ sở đảng", period="2011-2015"),
        fact("party_members", 10732, "10.732", period="2011-2015"),
        fact("party_cells", 570, "570", noun="chi bộ trực thuộc", period="2011-2015"),
        fact("grassroots_orgs", -value(g), f"{g}%", unit="percent", kind="change", period="2015-2020"),
        fact("party_cells", -value(c), f"{c}%", unit="percent", kind="change", period="2015-2020"),
        fact("party_members", value(m), m, kind="change", noun="đồng chí", period="2015-2020"),
        fact("members_admitted", 869, "869", noun="đồng chí", period="2015-2020"),
    ]
    return text, specs


def test_seed_002_arithmetic_passes():
    # 120 -> 96 = -20%; 570 -> 558 = -2.1%; 10,732 + 1,072 = 11,804
    assert failures(*seed_002()) == []


def test_a_change_that_does_not_add_up_is_quarantined_with_a_readable_reason():
    run = cross_check(*frames(*seed_002(m="1.172")))
    assert run.failures.select("fact_index", "check_name").rows() == [(8, "level_change_adds_up")]
    reason = run.failures["reason"][0]
    assert "+1172" in reason and "10732" in reason and "11804" in reason and "+1072" in reason
    assert run.flagged_documents.rows() == [("doc.txt", reason)]


def test_a_percentage_change_is_checked_to_its_stated_decimals():
    assert failures(*seed_002(g="25")) == [(6, "level_pct_change_matches")]
    assert failures(*seed_002(c="2,5")) == [(7, "level_pct_change_matches")]
    # 570 -> 558 is -2.105%: "2%" (one unit in the last place) and "2,11%" both hold
    assert failures(*seed_002(c="2")) == []
    assert failures(*seed_002(c="2,11")) == []
    assert failures(*seed_002(c="2,15")) == [(7, "level_pct_change_matches")]


def test_two_changes_of_one_measure_are_ambiguous_and_not_checked():
    text, specs = seed_002(c="2,1")
    # an extractor that labels "số tổ chức đảng giảm 2,1%" as grassroots_orgs: which of the
    # two changes do the levels explain? Neither is checked.
    specs[7]["measure"] = "grassroots_orgs"
    assert failures(text, specs) == []


def test_two_different_current_levels_are_ambiguous_and_not_checked():
    text = "Đảng bộ có 500 đảng viên, trong đó 120 đảng viên nữ. Năm 2015 có 450 đảng viên. Số đảng viên tăng 80 đồng chí."
    specs = [
        fact("party_members", 500, "500"),
        fact("party_members", 120, "120"),
        fact("party_members", 450, "450", period="2015"),
        fact("party_members", 80, "80", kind="change", noun="đồng chí"),
    ]
    assert failures(text, specs) == []


def test_an_annual_change_is_not_compared_with_levels_years_apart():
    text = "Hiện có 1.350 đảng viên. So với giai đoạn 2010 – 2015 là 1.000 đảng viên. Hằng năm tăng 70 đảng viên."
    specs = [
        fact("party_members", 1350, "1.350"),
        fact("party_members", 1000, "1.000", period="2010-2015"),
        fact("party_members", 70, "70", kind="change", period="annual"),
    ]
    assert failures(text, specs) == []


def test_a_fall_is_signed():
    text = "Hiện có 252 tổ chức cơ sở đảng. Năm 2015 có 329 tổ chức cơ sở đảng. Số tổ chức cơ sở đảng giảm 77."
    specs = [
        fact("grassroots_orgs", 252, "252", noun="tổ chức cơ sở đảng"),
        fact("grassroots_orgs", 329, "329", noun="tổ chức cơ sở đảng", period="2015"),
        fact("grassroots_orgs", -77, "77", kind="change", noun="tổ chức cơ sở đảng"),
    ]
    assert failures(text, specs) == []
    specs[2]["value"] = 77  # a rise where the levels show a fall
    assert failures(text, specs) == [(2, "level_change_adds_up")]


@settings(max_examples=60, deadline=None)
@given(before=st.integers(1, 2_000_000), change=st.integers(-1_000_000, 1_000_000), error=st.integers(-50, 50))
def test_level_arithmetic_property(before, change, error):
    now = before + change
    if now < 0:
        now, change = 0, -before
    text = f"Hiện có {now} đảng viên. Năm 2015 có {before} đảng viên. Số đảng viên thay đổi {change + error} đồng chí."
    specs = [
        fact("party_members", now, f"có {now} ", nth=0),
        fact("party_members", before, f"có {before} ", period="2015", nth=1 if before == now else 0),
        fact("party_members", change + error, f"đổi {change + error}", kind="change", noun="đồng chí"),
    ]
    expected = [] if error == 0 else [(2, "level_change_adds_up")]
    assert failures(text, specs) == expected


# --- admissions against their target --------------------------------------------------------


def admissions(attainment="102,2", target_period="2015-2020"):
    text = (
        "Nghị quyết đề ra chỉ tiêu kết nạp 1.100 đảng viên trong nhiệm kỳ. "
        f"Toàn Đảng bộ kết nạp 1.124 đảng viên mới, đạt {attainment}% chỉ tiêu nghị quyết."
    )
    specs = [
        fact("members_admitted", 1100, "1.100", kind="target", period=target_period),
        fact("members_admitted", 1124, "1.124", noun="đảng viên mới", period="2015-2020"),
        fact(
            "members_admitted", float(attainment.replace(",", ".")), f"{attainment}%",
            unit="percent", kind="attainment", noun="đảng viên mới", period="2015-2020",
        ),
    ]
    return text, specs


def test_admissions_against_target_and_attainment():
    assert failures(*admissions()) == []  # 1,124 / 1,100 = 102.18%
    assert failures(*admissions("110")) == [(2, "admission_attainment_matches")]
    # a target of another period (the next term's goal) is not this attainment's base
    assert failures(*admissions("110", target_period="2020-2025")) == []


# --- delegates and the members they represent ----------------------------------------------


def test_delegates_above_members_in_one_sentence():
    text = "Tham dự Đại hội có 350 đại biểu chính thức, đại diện cho 300 đảng viên thuộc 18 chi bộ trực thuộc."
    specs = [
        fact("delegates", 350, "350", noun="đại biểu chính thức"),
        fact("party_members", 300, "300"),
        fact("party_cells", 18, "18", noun="chi bộ trực thuộc"),
    ]
    run = cross_check(*frames(text, specs))
    assert run.failures.select("fact_index", "check_name", "reason").rows() == [
        (0, "delegates_within_members", "delegates 350 above party_members 300 in the same sentence")
    ]


def test_delegates_compared_with_the_largest_level_of_the_sentence():
    # the sentence's 300 are a subset (women) of 4,000 members: 350 delegates are fine
    text = "Đại hội có 350 đại biểu, đại diện cho 4.000 đảng viên, trong đó 300 đảng viên nữ."
    specs = [
        fact("delegates", 350, "350", noun="đại biểu"),
        fact("party_members", 4000, "4.000"),
        fact("party_members", 300, "300", noun="đảng viên nữ"),
    ]
    assert failures(text, specs) == []


def test_delegates_against_members_elsewhere_or_unbounded_are_not_compared():
    # another sentence: the members may be another organisation's
    text = "Hội nghị có 350 đại biểu tham dự. Chi bộ thôn Đông có 30 đảng viên."
    assert failures(text, [fact("delegates", 350, "350", noun="đại biểu"), fact("party_members", 30, "30")]) == []
    # "hơn 300": the members may be any number above 300
    text = "Đại hội có 350 đại biểu, đại diện cho hơn 300 đảng viên."
    specs = [fact("delegates", 350, "350", noun="đại biểu"), fact("party_members", 300, "300", qualifier="more_than")]
    assert failures(text, specs) == []


# --- breakdowns and fractions ----------------------------------------------------------------


def test_a_part_above_its_whole():
    text = "Đại hội có 100 đại biểu chính thức, trong đó có 30 đại biểu nữ, 120 đại biểu trẻ, đại diện cho 1.020 đảng viên."
    specs = [
        fact("delegates", 100, "100", noun="đại biểu chính thức"),
        fact("delegates", 30, "30", noun="đại biểu nữ"),
        fact("delegates", 120, "120", noun="đại biểu trẻ"),
        fact("party_members", 1020, "1.020"),
    ]
    run = cross_check(*frames(text, specs))
    assert run.failures.select("fact_index", "check_name").rows() == [(2, "part_within_whole")]
    assert run.failures["reason"][0] == "delegates part 120 ('trong đó') above its whole 100 in the same sentence"
    specs[2]["value"] = 60
    assert failures(text.replace("120", "60"), [dict(s, phrase="60") if s["value"] == 60 else s for s in specs]) == []


def test_trong_do_opening_a_sentence_has_no_whole_in_it():
    text = "Số đảng viên tăng 1.072 đồng chí. Trong đó số đảng viên nữ tăng 1.500 đồng chí."
    specs = [
        fact("party_members", 1072, "1.072", kind="change", noun="đồng chí"),
        fact("party_members", 1500, "1.500", kind="change", noun="đồng chí"),
    ]
    assert failures(text, specs) == []


def test_a_part_of_another_measure_or_other_noun_is_not_compared():
    text = "Đảng bộ có 96 tổ chức cơ sở đảng, trong đó có 558 chi bộ trực thuộc; 100 hộ, trong đó 300 người."
    specs = [
        fact("grassroots_orgs", 96, "96", noun="tổ chức cơ sở đảng"),
        fact("party_cells", 558, "558", noun="chi bộ trực thuộc"),
        fact("other", 100, "100", noun="hộ"),
        fact("other", 300, "300", noun="người"),
    ]
    assert failures(text, specs) == []


def test_a_fraction_over_one_quarantines_both_figures():
    text = "Năm 2021, Ủy ban Kiểm tra đã kiểm tra 45/30 tổ chức cơ sở đảng và 18/21 chi bộ trực thuộc."
    specs = [
        fact("party_orgs", 45, "45", noun="tổ chức cơ sở đảng", period="2021"),
        fact("grassroots_orgs", 30, "30", noun="tổ chức cơ sở đảng"),
        fact("party_orgs", 18, "18", noun="chi bộ trực thuộc", period="2021"),
        fact("party_cells", 21, "21", noun="chi bộ trực thuộc"),
    ]
    run = cross_check(*frames(text, specs))
    assert sorted(run.failures.select("fact_index", "check_name").rows()) == [
        (0, "fraction_within_total"),
        (1, "fraction_within_total"),
    ]
    assert "45/30" in run.failures["reason"][0]


def test_a_quota_may_be_exceeded_and_trong_tong_so_is_a_fraction():
    text = "Kết nạp 85/80 đảng viên/chỉ tiêu. Đã kiểm tra 40 đảng viên trong tổng số 35 đảng viên."
    specs = [
        fact("members_admitted", 85, "85"),
        fact("members_admitted", 80, "80", kind="target"),
        fact("other", 40, "40"),
        fact("party_members", 35, "35"),
    ]
    assert failures(text, specs) == [(2, "fraction_within_total"), (3, "fraction_within_total")]


# --- the run's report ----------------------------------------------------------------------


def test_one_result_row_per_check_and_samples_name_the_facts():
    run = cross_check(*frames(*seed_002(m="1.172")))
    assert run.results["suite"].to_list() == [SUITE] * len(CHECKS)
    assert run.results["expectation"].to_list() == list(CHECKS)
    row = run.results.filter(pl.col("expectation") == "level_change_adds_up").row(0, named=True)
    assert row["success"] is False and row["unexpected_count"] == 1
    assert json.loads(row["sample"])[0]["fact_index"] == 8
    assert run.results.filter(pl.col("expectation") != "level_change_adds_up")["success"].all()


def test_no_facts_no_failures():
    run = cross_check(schema.empty(schema.FACTS), schema.empty(schema.DOCUMENTS))
    assert run.failures.height == 0 and run.flagged_documents.height == 0
    assert run.results["success"].all() and run.results.height == len(CHECKS)


def test_members_listed_among_the_delegates_are_not_what_they_represent():
    # "trong đó 120 đảng viên" breaks the attendees down (FACTS rule 5 would call them
    # delegates); comparing 300 delegates with them would be a false alarm
    text = "Hội nghị tập huấn có 300 đại biểu tham dự, trong đó có 120 đảng viên."
    specs = [fact("delegates", 300, "300", noun="đại biểu"), fact("party_members", 120, "120")]
    assert failures(text, specs) == []
