"""`extract --document`: the organisations, events and people an article is about.

Hand-checked expectations for the five seeds, the general rules on made-up sentences, the
score against the labelled documents (seeds and held-out articles), and robustness on real
out-of-genre news when ../shared is present.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from transforms.document import (
    extract_document,
    ordinal_value,
    province_at,
    province_of_site,
    score_documents,
)
from transforms.schema import EVENT_TYPES, ORG_LEVELS, ROLES

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
GOLD = REPO / "tests" / "gold"
HELDOUT = GOLD / "heldout"
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "baomoi-2017.parquet"


def seed(stem: str) -> dict:
    return extract_document((SEEDS / f"{stem}.txt").read_text(encoding="utf-8"))


def person(doc: dict, name: str) -> dict:
    return next(p for p in doc["people"] if p["name"] == name)


# ---- the five seeds, checked by hand against the text


def test_seed_000_bloc_congress():
    doc = seed("000_9bc36e41751a7b1a")
    assert doc["published"] == "2020-08-04"
    assert doc["organisations"] == [
        {"name": "Đảng bộ Khối các cơ quan thành phố", "level": "bloc", "province": "Hải Phòng"}
    ]
    # "Đại hội diễn ra trong 2 ngày, từ ngày 3/8 – 4/8/2020"
    assert doc["events"] == [
        {"type": "congress", "ordinal": 6, "term_start": 2020, "term_end": 2025,
         "start_date": "2020-08-03", "end_date": "2020-08-04"}
    ]
    assert person(doc, "Lê Văn Thành") == {
        "name": "Lê Văn Thành",
        "titles": ["Ủy viên Trung ương Đảng", "Bí thư Thành ủy", "Chủ tịch HĐND thành phố"],
        "role": "attended",
    }
    assert person(doc, "Nguyễn Thị Nghĩa")["role"] == "directed"
    assert person(doc, "Nguyễn Thị Nghĩa")["titles"] == [
        "Phó Bí thư Thường trực Thành ủy", "Trưởng Đoàn đại biểu Quốc hội Hải Phòng"]
    assert person(doc, "Phạm Xuân Thanh") == {
        "name": "Phạm Xuân Thanh", "titles": ["Bí thư Đảng ủy Khối các cơ quan thành phố"], "role": "reported"}
    # the byline "Hoàng Tùng" is not a person of the article
    assert [p["name"] for p in doc["people"]] == ["Lê Văn Thành", "Nguyễn Thị Nghĩa", "Phạm Xuân Thanh"]


def test_seed_001_provincial_bloc_congress():
    doc = seed("001_c92900372932b516")
    assert doc["published"] == "2020-08-24"
    # "Đảng bộ Các cơ quan (CCQ) tỉnh Bắc Giang" and "Đảng bộ CCQ tỉnh": the full form
    assert doc["organisations"] == [
        {"name": "Đảng bộ Các cơ quan tỉnh Bắc Giang", "level": "bloc", "province": "Bắc Giang"}
    ]
    assert doc["events"] == [
        {"type": "congress", "ordinal": 18, "term_start": 2020, "term_end": 2025,
         "start_date": "2020-08-20", "end_date": None}
    ]
    assert doc["people"] == [
        {"name": "Lê Thị Thu Hồng", "titles": ["Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Đoàn Đại biểu Quốc hội tỉnh"],
         "role": "directed"},
        {"name": "Thân Minh Quế", "titles": ["Bí thư Đảng ủy CCQ tỉnh khóa XVII"], "role": "spoke"},
    ]


def test_seed_002_district_working_session():
    doc = seed("002_a6365a9eb4a4b482")
    # "Đảng bộ quận Ngô Quyền" over "Quận ủy Ngô Quyền"; the city's committee is only the visitor
    assert doc["organisations"] == [{"name": "Đảng bộ quận Ngô Quyền", "level": "district", "province": "Hải Phòng"}]
    assert doc["events"] == [
        {"type": "working_session", "ordinal": None, "term_start": None, "term_end": None,
         "start_date": "2019-07-29", "end_date": None}
    ]
    leader = person(doc, "Nguyễn Thị Nghĩa")
    assert leader["role"] == "chaired"
    assert "Tổ trưởng Tổ xây dựng Đảng, hệ thống chính trị" in leader["titles"]
    assert "Trưởng đoàn" in leader["titles"]  # "... làm Trưởng đoàn chủ trì"
    assert person(doc, "Đào Khánh Hà")["role"] == "attended"  # the second name of "Cùng dự ... có các đồng chí:"
    # "quận Ngô Quyền" is a place named after a king, not a person
    assert "Ngô Quyền" not in {p["name"] for p in doc["people"]}


def test_seed_003_agency_conference_without_dateline():
    doc = seed("003_8c5f52d723c3b0b4")
    assert doc["published"] is None
    assert doc["organisations"] == [{"name": "Ban Tổ chức Thành ủy", "level": "agency", "province": "Hải Phòng"}]
    # "Sáng 8/1" of a review of 2020 that launches 2021's tasks
    assert doc["events"][0]["type"] == "conference"
    assert doc["events"][0]["start_date"] == "2021-01-08"
    assert [(p["name"], p["role"]) for p in doc["people"]] == [
        ("Đào Trọng Đức", "chaired"), ("Đỗ Mạnh Hiến", "directed"), ("Lê Trí Vũ", "attended")]
    # the portal footer's editor-in-chief is chrome
    assert "Trần Huy Kiên" not in {p["name"] for p in doc["people"]}


def test_seed_004_steering_committee_meeting():
    doc = seed("004_ff265f1b5f5611b3")
    assert doc["published"] == "2019-07-30"
    assert doc["organisations"][0] == {"name": "Ban Chỉ đạo Chương trình 01-CTr/TU", "level": "agency",
                                       "province": None}
    assert doc["events"] == [
        {"type": "meeting", "ordinal": None, "term_start": None, "term_end": None,
         "start_date": "2019-07-30", "end_date": None}
    ]
    chair = person(doc, "Hoàng Trung Hải")
    assert chair["role"] == "chaired"
    # each title as written, the short "Trưởng Ban chỉ đạo" of a later mention included
    assert chair["titles"] == ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy", "Trưởng Ban Chỉ đạo Chương trình 01-CTr/TU",
                               "Trưởng Ban chỉ đạo"]
    # "các đồng chí Ủy viên Ban Thường vụ Thành ủy: A, B, C": everyone listed holds it
    assert person(doc, "Vũ Đức Bảo")["titles"] == ["Ủy viên Ban Thường vụ Thành ủy", "Trưởng ban Tổ chức Thành ủy"]


def test_details_add_metadata_and_venue():
    text = (SEEDS / "000_9bc36e41751a7b1a.txt").read_text(encoding="utf-8")
    doc = extract_document(text, details=True)
    assert doc["published_at"] == "2020-08-04T12:41:00"
    assert doc["author"] == "Hoàng Tùng"
    assert doc["title"].startswith("Xây dựng Đảng bộ Khối")
    assert doc["events"][0]["venue"] == "Trung tâm Hội nghị thành phố"
    plain = extract_document(text)
    assert set(plain) == {"published", "organisations", "events", "people"}
    assert "venue" not in plain["events"][0]


@pytest.mark.parametrize("stem", [p.stem for p in sorted(SEEDS.glob("*.txt"))])
def test_values_stay_in_the_contract(stem):
    doc = seed(stem)
    assert 1 <= len(doc["organisations"]) <= 3
    assert {o["level"] for o in doc["organisations"]} <= set(ORG_LEVELS)
    assert {e["type"] for e in doc["events"]} <= set(EVENT_TYPES)
    assert {p["role"] for p in doc["people"]} <= set(ROLES)
    for p in doc["people"]:
        assert not p["name"].lower().startswith(("đồng chí", "bí thư", "ông ", "bà "))
        assert 2 <= len(p["name"].split()) <= 4


# ---- the rules, on sentences written for them


def wrap(body: str, dateline: str = "Thứ Hai, 16/06/2025 09:12") -> str:
    return f"Tiêu đề bài viết\n\n{dateline}\n\n{body}\n"


def test_congress_closing_day_and_duration_give_both_dates():
    doc = extract_document(wrap(
        "Sau hai ngày làm việc, chiều 26/7, Đại hội đại biểu Đảng bộ huyện Yên Thế lần thứ XXIV, nhiệm kỳ "
        "2015 - 2020 đã bế mạc.", "Cập nhật lúc 15:40 ngày 27/7/2015"))
    assert doc["events"] == [{"type": "congress", "ordinal": 24, "term_start": 2015, "term_end": 2020,
                              "start_date": "2015-07-25", "end_date": "2015-07-26"}]
    assert doc["organisations"] == [{"name": "Đảng bộ huyện Yên Thế", "level": "district", "province": "Bắc Giang"}]


def test_cited_and_future_congresses_are_not_events():
    doc = extract_document(wrap(
        "Sáng 5/6, Huyện ủy Lục Nam tổ chức hội nghị quán triệt Nghị quyết Đại hội XIII của Đảng. "
        "Huyện sẽ tổ chức Đại hội Đảng bộ huyện lần thứ XXVI vào tháng 8/2025."))
    assert [e["type"] for e in doc["events"]] == ["conference"]
    assert doc["events"][0]["ordinal"] is None  # XIII is the cited congress's
    assert doc["events"][0]["start_date"] == "2025-06-05"


def first_session(doc: dict) -> tuple:
    session = next(e for e in doc["events"] if e["type"] == "meeting" and e["ordinal"] == 1)
    return session["term_start"], session["term_end"], session["start_date"]


def test_first_session_of_the_new_committee_is_a_meeting():
    doc = extract_document(wrap(
        "Sáng 15/6, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. "
        "Ngay sau Đại hội, Ban Chấp hành khóa mới đã họp phiên thứ nhất, bầu Ban Thường vụ."))
    assert [(e["type"], e["ordinal"]) for e in doc["events"]] == [("congress", 1), ("meeting", 1)]
    # the new committee was elected for the congress's term; a one-day congress places the
    # session on its day
    assert first_session(doc) == (2025, 2030, "2025-06-15")
    assert doc["organisations"][0]["level"] == "commune"


def test_first_session_takes_the_congress_term_and_only_the_day_the_text_gives_it():
    two_days = ("Trong hai ngày 12 và 13/6, Đảng bộ huyện Gia Lâm tổ chức Đại hội đại biểu lần thứ XXIV, "
                "nhiệm kỳ 2025 - 2030.\n\n")
    # a span of days does not say which day the session sat
    assert first_session(extract_document(wrap(
        two_days + "Đại hội bầu Ban Chấp hành gồm 45 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành bầu "
        "Ban Thường vụ gồm 13 đồng chí."))) == (2025, 2030, None)
    # a day named earlier in the session's paragraph, a term in its own sentence
    assert first_session(extract_document(wrap(
        two_days + "Chiều 13/6, Đại hội bầu Ban Chấp hành gồm 45 đồng chí. Ban Chấp hành họp phiên thứ nhất, "
        "bầu Ban Thường vụ.\n\nHội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện khóa XXIV, nhiệm kỳ "
        "2025 - 2030 đã bầu đồng chí Lê Văn Hải giữ chức Bí thư Huyện ủy."))) == (2025, 2030, "2025-06-13")
    doc = extract_document(wrap(
        two_days + "Đại hội bầu Ban Chấp hành gồm 45 đồng chí.\n\nHội nghị lần thứ nhất Ban Chấp hành Đảng bộ "
        "huyện khóa XXIV, nhiệm kỳ 2025 - 2030 đã bầu đồng chí Lê Văn Hải giữ chức Bí thư Huyện ủy."))
    assert first_session(doc) == (2025, 2030, None)
    assert person(doc, "Lê Văn Hải") == {"name": "Lê Văn Hải", "titles": ["Bí thư Huyện ủy"], "role": "elected"}
    # "Chiều cùng ngày": the day of the last dated sentence, across paragraphs
    assert first_session(extract_document(wrap(
        "Ngày 14/6, Đảng bộ xã Ea H'leo tổ chức Đại hội lần thứ XV, nhiệm kỳ 2025 - 2030. Đại hội bế mạc "
        "chiều 15/6.\n\nChiều cùng ngày, Ban Chấp hành họp phiên thứ nhất."))) == (2025, 2030, "2025-06-15")


def test_january_event_in_a_december_dateline_is_not_next_year():
    doc = extract_document(wrap("Sáng 30/12, Tỉnh ủy Nghệ An tổ chức Hội nghị tổng kết năm.",
                                "Thứ Ba, 02/01/2024 08:00"))
    assert doc["events"][0]["start_date"] == "2023-12-30"
    assert doc["organisations"] == [{"name": "Tỉnh ủy Nghệ An", "level": "province", "province": "Nghệ An"}]


def test_people_titles_roles_and_lists():
    doc = extract_document(wrap(
        "Sáng 15/6, Đảng bộ phường Tân Mai tổ chức Đại hội. Tới dự có các đồng chí: Nguyễn Văn An, Ủy viên "
        "Ban Thường vụ Quận ủy, Trưởng Ban Tổ chức Quận ủy; Trần Thị Bình, Phó Chủ tịch UBND quận. "
        "Báo cáo tại Đại hội, đồng chí Lê Hoàng Cường, Bí thư Đảng ủy phường nêu rõ kết quả. "
        "Đồng chí Phạm Minh Đức được bầu giữ chức Bí thư Đảng ủy phường. "
        "Trao Bằng khen cho đồng chí Hoàng Văn Em."))
    roles = {p["name"]: p["role"] for p in doc["people"]}
    assert roles == {"Nguyễn Văn An": "attended", "Trần Thị Bình": "attended", "Lê Hoàng Cường": "reported",
                     "Phạm Minh Đức": "elected", "Hoàng Văn Em": "awarded"}
    assert person(doc, "Nguyễn Văn An")["titles"] == ["Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Tổ chức Quận ủy"]
    assert person(doc, "Phạm Minh Đức")["titles"] == ["Bí thư Đảng ủy phường"]


def test_places_and_bylines_are_not_people():
    doc = extract_document(wrap(
        "Sáng 15/6, Quận ủy Lê Chân làm việc với Đảng ủy phường Trần Phú tại số 18 Hoàng Diệu. "
        "Đồng chí Vũ Thanh Hà, Bí thư Quận ủy chủ trì. " * 3 + "\n\nMinh Thu\n\nTin khác"))
    assert [p["name"] for p in doc["people"]] == ["Vũ Thanh Hà"]


def test_passing_mention_names_no_organisation():
    doc = extract_document(wrap(
        "Ngày 13/12, Ban Chấp hành Tỉnh Đoàn tổ chức hội nghị tổng kết công tác Đoàn. Trong năm, 734 đoàn viên "
        "được kết nạp Đảng, chiếm 61% số đảng viên mới của toàn Đảng bộ tỉnh."))
    assert doc["organisations"] == []


def test_a_place_after_a_place_word_is_never_a_person_and_never_cuts_a_name():
    doc = extract_document(wrap(
        "Gia Lâm tổng kết công tác xây dựng Đảng năm 2024\n\nSáng 10/1, Đảng bộ huyện Gia Lâm tổ chức hội nghị "
        "tổng kết năm 2024. Đồng chí Lục Văn Nam, Bí thư Huyện ủy chủ trì. Năm 2024, toàn Đảng bộ huyện Gia Lâm "
        "kết nạp 312 đảng viên. Gia Lâm trao Huy hiệu Đảng cho 89 đảng viên.", "Thứ Bảy, 11/01/2025 08:00"))
    assert [p["name"] for p in doc["people"]] == ["Lục Văn Nam"]
    assert doc["organisations"] == [{"name": "Đảng bộ huyện Gia Lâm", "level": "district", "province": "Hà Nội"}]


def test_an_organisation_name_stops_at_the_end_of_its_line():
    doc = extract_document(
        "Những mốc son của Đảng bộ tỉnh Hưng Yên\n\nCập nhật lúc 07:00 ngày 20/07/2016\n\n"
        "Ngày 30/7/1930, Hội nghị đại biểu các chi bộ được triệu tập, quyết định thành lập Tỉnh ủy lâm thời. "
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ nhất được tổ chức tháng 2/1948. Đảng bộ tỉnh Hưng Yên có "
        "58.000 đảng viên.\n")
    assert [o["name"] for o in doc["organisations"]] == ["Đảng bộ tỉnh Hưng Yên"]
    # a history's founding conference and a congress dated by its month only
    assert [(e["type"], e["ordinal"], e["start_date"]) for e in doc["events"]] == [
        ("conference", None, "1930-07-30"), ("congress", 1, None)]


def test_highland_and_minority_names():
    doc = extract_document(wrap(
        "Sáng 10/6, Huyện ủy Krông Pắc tổ chức hội nghị sơ kết. Đồng chí Y Kim Ê Ban, Bí thư Huyện ủy chủ trì. "
        "Dự có đồng chí H'Yim Kđoh, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Ya Tuấn giữ chức Phó Bí thư "
        "Đảng ủy, Chủ tịch UBND xã Ea H'leo."))
    assert {p["name"]: p["titles"] for p in doc["people"]} == {
        "Y Kim Ê Ban": ["Bí thư Huyện ủy"], "H'Yim Kđoh": ["Phó Trưởng Ban Dân vận Tỉnh ủy"],
        "Ya Tuấn": ["Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Ea H'leo"]}


def test_every_title_as_written_ages_skipped_and_offices_taken_away():
    doc = extract_document(wrap(
        "Sáng 2/2, Huyện ủy Phú Lộc tổ chức Lễ trao Huy hiệu Đảng. Dự có đồng chí Trần Văn Tám, Ủy viên "
        "Trung ương Đảng, Bí thư Tỉnh ủy Quảng Trị. Đồng chí Trần Văn Tám, Bí thư Tỉnh ủy phát biểu. "
        "Đồng chí Lê Thị Na, 94 tuổi, 70 năm tuổi Đảng, nguyên cán bộ phụ nữ huyện trong kháng chiến. "
        "Ban Thường vụ cách chức Bí thư Đảng ủy xã đối với ông Hồ Văn Tư. Đồng chí Đinh Văn Ba được cử làm "
        "Bí thư."))
    titles = {p["name"]: p["titles"] for p in doc["people"]}
    assert titles["Trần Văn Tám"] == ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Quảng Trị", "Bí thư Tỉnh ủy"]
    assert titles["Lê Thị Na"] == ["nguyên cán bộ phụ nữ huyện"]
    assert titles["Hồ Văn Tư"] == ["Bí thư Đảng ủy xã"]
    assert person(doc, "Đinh Văn Ba") == {"name": "Đinh Văn Ba", "titles": ["Bí thư"], "role": "elected"}


def test_roles_from_the_persons_own_clause():
    doc = extract_document(wrap(
        "Sáng 11/1, Ban Thường vụ Huyện ủy Cẩm Xuyên tổ chức hội nghị tổng kết. Đồng chí Trần Văn Một, Bí thư "
        "Huyện ủy chủ trì; dự có đồng chí Lê Văn Hai, Phó Trưởng Ban Tổ chức Tỉnh ủy. Hội nghị diễn ra dưới sự "
        "điều hành của đồng chí Phạm Thị Ba. Theo ông Võ Văn Bốn, Chủ tịch UBND huyện, năm qua huyện đạt "
        "nhiều kết quả."))
    assert {p["name"]: p["role"] for p in doc["people"]} == {
        "Trần Văn Một": "chaired", "Lê Văn Hai": "attended", "Phạm Thị Ba": "chaired", "Võ Văn Bốn": "spoke"}


def test_a_request_in_a_plain_speech_is_speaking_and_a_report_read_with_an_opening_is_reporting():
    doc = extract_document(wrap(
        "Sáng 20/12, Huyện ủy Sa Pa tổ chức hội nghị tổng kết năm. Phát biểu khai mạc và trình bày báo cáo "
        "tổng kết, đồng chí Lò Văn Năm, Bí thư Huyện ủy cho biết năm qua huyện kết nạp 210 đảng viên. Phát biểu "
        "tại hội nghị, đồng chí Vàng Thị Sáu, Phó Trưởng Ban Tổ chức Tỉnh ủy đề nghị các chi bộ quan tâm bồi "
        "dưỡng quần chúng. Phát biểu chỉ đạo, đồng chí Hà Văn Bảy đề nghị các cấp ủy tăng cường kiểm tra."))
    assert {p["name"]: p["role"] for p in doc["people"]} == {
        "Lò Văn Năm": "reported", "Vàng Thị Sáu": "spoke", "Hà Văn Bảy": "directed"}


def test_boards_elected_at_the_event_kinds_of_body_and_sources_are_not_subjects():
    doc = extract_document(wrap(
        "Theo thông tin từ Ban Tổ chức Tỉnh ủy Lào Cai, ngày 15/6, Đảng bộ huyện Bảo Thắng tổ chức Đại hội "
        "đại biểu lần thứ XXIII. Tỉnh có 9 đảng bộ huyện, thị xã, thành phố. Ủy ban Kiểm tra các cấp thi hành "
        "kỷ luật 41 tổ chức đảng. Tại phiên họp thứ nhất, Ban Chấp hành bầu Ban Thường vụ gồm 13 đồng chí, "
        "bầu Ủy ban Kiểm tra Huyện ủy Bảo Thắng gồm 7 đồng chí."))
    assert doc["organisations"] == [{"name": "Đảng bộ huyện Bảo Thắng", "level": "district", "province": "Lào Cai"}]


def test_a_disciplined_standing_committee_keeps_its_name():
    doc = extract_document(wrap(
        "Kỳ họp thứ 12 của Ủy ban Kiểm tra Tỉnh ủy Lào Cai: kỷ luật Ban Thường vụ Đảng ủy xã Bản Lầu\n\n"
        "Ngày 3/6, Ủy ban Kiểm tra Tỉnh ủy Lào Cai tổ chức Kỳ họp thứ 12. Ủy ban Kiểm tra Tỉnh ủy quyết định thi "
        "hành kỷ luật khiển trách Ban Thường vụ Đảng ủy xã Bản Lầu nhiệm kỳ 2020 - 2025."))
    assert [(o["name"], o["level"]) for o in doc["organisations"]] == [
        ("Ủy ban Kiểm tra Tỉnh ủy Lào Cai", "agency"), ("Ban Thường vụ Đảng ủy xã Bản Lầu", "commune")]


def test_passing_story_names_the_body_that_disciplined_and_a_firms_cell_in_full():
    crime = extract_document(wrap(
        "Ngày 21/9, Công an tỉnh Thanh Hóa khởi tố nguyên Chủ tịch UBND xã Quảng Hợp. Trước đó, Ủy ban Kiểm tra "
        "Huyện ủy Quảng Xương đã thi hành kỷ luật khai trừ ra khỏi Đảng 2 đảng viên."))
    assert [o["name"] for o in crime["organisations"]] == ["Ủy ban Kiểm tra Huyện ủy Quảng Xương"]
    firm = extract_document(wrap(
        "Sáng 19/9, tại xã Tam Dương, Công ty cổ phần Phát triển hạ tầng Hoàng Thành tổ chức lễ khởi công dự án. "
        "Chi bộ Công ty cổ phần Phát triển hạ tầng Hoàng Thành hiện có 23 đảng viên, được Đảng ủy xã Tam Dương "
        "công nhận hoàn thành tốt nhiệm vụ."))
    assert [o["name"] for o in firm["organisations"]] == ["Chi bộ Công ty cổ phần Phát triển hạ tầng Hoàng Thành"]


def test_ordinals_provinces_and_the_merger():
    assert [ordinal_value(s) for s in ("XVIII", "VI", "13", "nhất", "ba", "mười hai")] == [18, 6, 13, 1, 3, 12]
    assert province_of_site("haiphong.gov.vn") == "Hải Phòng"
    assert province_of_site("baobacgiang.com.vn") == "Bắc Giang"
    assert province_of_site("baothainguyen.vn") == "Thái Nguyên"
    assert province_of_site("dangcongsan.vn") is None
    assert province_at("Bắc Giang", date(2020, 8, 24)) == "Bắc Giang"
    assert province_at("Bắc Giang", date(2025, 8, 1)) == "Bắc Ninh"
    assert province_at("Thừa Thiên Huế", date(2025, 8, 1)) == "Huế"


def names(doc: dict) -> list[str]:
    return [o["name"] for o in doc["organisations"]]


def test_a_parent_committee_named_only_in_the_lead_is_context_not_a_subject():
    doc = extract_document(wrap(
        "Ngày 12/5, Đảng bộ xã Hòa Phong (huyện Krông Búk) tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ "
        "2020 - 2025, là đại hội được Ban Thường vụ Huyện ủy lựa chọn tổ chức điểm. Đảng bộ xã Hòa Phong hiện "
        "có 210 đảng viên. Đại hội bầu 7 đại biểu đi dự Đại hội đại biểu Đảng bộ huyện Krông Búk lần thứ XV.",
        "Thứ Tư, 13/05/2020 08:00"))
    assert names(doc) == ["Đảng bộ xã Hòa Phong"]


def test_a_bare_name_is_the_subject_and_a_same_day_congress_elsewhere_is_a_second_event():
    doc = extract_document(wrap(
        "Ngày 8-7, Đảng bộ huyện Gia Bình khai mạc Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2020-2025. Toàn Đảng "
        "bộ có 42 tổ chức cơ sở đảng. Trong 5 năm, Đảng bộ huyện kết nạp 512 đảng viên, vượt 7% chỉ tiêu. "
        "Cùng ngày, Đảng bộ huyện Lương Tài cũng khai mạc Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2020-2025.",
        "Thứ Tư, 08-07-2020, 17:30"))
    assert names(doc) == ["Đảng bộ huyện Gia Bình"]
    assert [(e["type"], e["ordinal"], e["start_date"]) for e in doc["events"]] == [
        ("congress", 25, "2020-07-08"), ("congress", 25, "2020-07-08")]


def test_figures_belong_to_the_nearest_body_not_to_a_source_or_an_example():
    firm = extract_document(wrap(
        "Sáng 3/4, Công ty TNHH May Hồng Phát khánh thành nhà xưởng mới, tạo việc làm cho 600 lao động. Cùng "
        "với sản xuất, Huyện ủy chỉ đạo Đảng ủy xã An Hòa thành lập Chi bộ Công ty TNHH May Hồng Phát với "
        "7 đảng viên.", "Thứ Năm, 04/04/2019 10:00"))
    assert names(firm) == ["Chi bộ Công ty TNHH May Hồng Phát"]
    bloc = extract_document(wrap(
        "Ngày 5/6, Đảng bộ Khối Doanh nghiệp tỉnh tổ chức Đại hội lần thứ IV. Nhiệm kỳ qua, Đảng ủy Khối nhận "
        "bàn giao 3 tổ chức cơ sở đảng từ Đảng bộ Khối các cơ quan tỉnh, kết nạp 610 đảng viên. "
        "Một số đơn vị làm tốt, như Đảng bộ Công ty Than Hà Lầm kết nạp 45 đảng viên.",
        "Thứ Sáu, 06/06/2020 10:00"))
    assert names(bloc) == ["Đảng bộ Khối Doanh nghiệp tỉnh"]


def test_units_of_the_subject_with_their_own_figures_are_not_further_subjects():
    doc = extract_document(wrap(
        "Chiều 12/1, Tỉnh ủy Hà Giang tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2018. Trong năm, toàn "
        "Đảng bộ tỉnh kết nạp 2.103 đảng viên. Đảng bộ huyện Mèo Vạc có 1.500 đảng viên, Đảng bộ huyện Đồng Văn "
        "có 1.800 đảng viên.", "Thứ Bảy, 13/01/2019 08:00"))
    assert names(doc) == ["Tỉnh ủy Hà Giang"]
    # but the committee whose own board reports is a second subject beside the board
    board = extract_document(wrap(
        "Ngày 12/7, Ủy ban Kiểm tra Tỉnh ủy Sơn La tổ chức hội nghị sơ kết công tác 6 tháng. Cấp ủy các cấp trong "
        "Đảng bộ tỉnh đã kiểm tra 210 tổ chức đảng.", "Thứ Bảy, 13/07/2019 08:00"))
    assert names(board) == ["Ủy ban Kiểm tra Tỉnh ủy Sơn La", "Đảng bộ tỉnh"]


def test_the_bodies_a_merged_one_was_formed_from_are_not_subjects():
    doc = extract_document(wrap(
        "Ngày 30/9, Đảng bộ tỉnh Gia Lai tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đảng bộ tỉnh "
        "Gia Lai (mới) được thành lập trên cơ sở hợp nhất Đảng bộ tỉnh Gia Lai và Đảng bộ tỉnh Bình Định, hiện "
        "có 170.000 đảng viên.", "Thứ Ba, 30/09/2025 18:00"))
    assert names(doc) == ["Đảng bộ tỉnh Gia Lai"]


def test_the_fullest_name_is_one_the_text_writes():
    committee_only = extract_document(wrap(
        "Huyện ủy Văn Bàn tổng kết công tác năm 2019\n\nChiều 27/12, Huyện ủy Văn Bàn tổ chức hội nghị tổng kết "
        "năm 2019. Đảng bộ huyện có 40 tổ chức cơ sở đảng với 4.100 đảng viên. Huyện ủy đề ra nhiệm vụ năm 2020.",
        "Thứ Bảy, 28/12/2019 09:00"))
    # "Đảng bộ huyện Văn Bàn" is nowhere in the text: the committee's own name is the fullest given
    assert names(committee_only) == ["Huyện ủy Văn Bàn"]
    both = extract_document(wrap(
        "Chiều 27/12, Huyện ủy Văn Bàn tổ chức hội nghị tổng kết năm 2019. Đảng bộ huyện Văn Bàn có 40 tổ chức "
        "cơ sở đảng với 4.100 đảng viên.", "Thứ Bảy, 28/12/2019 09:00"))
    assert names(both) == ["Đảng bộ huyện Văn Bàn"]


def test_inspection_boards_among_the_actors_keep_the_figures_their_own():
    doc = extract_document(wrap(
        "Ngày 9/10, Ủy ban Kiểm tra Tỉnh ủy Yên Bái tổ chức Kỳ họp thứ 30. Từ đầu nhiệm kỳ, ủy ban kiểm tra và "
        "cấp ủy các cấp trong Đảng bộ tỉnh đã xử lý kỷ luật 230 đảng viên.", "Thứ Năm, 10/10/2024 08:00"))
    assert names(doc) == ["Ủy ban Kiểm tra Tỉnh ủy Yên Bái"]


def test_a_spaced_range_of_counts_is_not_a_date_and_a_morning_is_not_the_whole_day():
    doc = extract_document(wrap(
        "Sáng 15/6, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n\n"
        "Đại hội đặt mục tiêu thành lập từ 5 - 7 chi bộ mỗi năm. Ban Chấp hành đã họp phiên thứ nhất, bầu Ban "
        "Thường vụ."))
    # a morning tells when the congress opened, not the day its new committee first met
    assert first_session(doc) == (2025, 2030, None)
    whole_day = extract_document(wrap(
        "Ngày 15/6, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n\n"
        "Ban Chấp hành đã họp phiên thứ nhất, bầu Ban Thường vụ."))
    # nor does a congress's one day tell the session's, when the text does not give it (five of
    # the labelled sets' authors leave it empty, three took the congress's day)
    assert first_session(whole_day) == (2025, 2030, None)


def test_an_urban_district_names_its_city():
    doc = extract_document(wrap(
        "Sáng 6/11, Quận ủy Hoàng Mai tổ chức Lễ trao Huy hiệu Đảng cho 120 đảng viên trong Đảng bộ quận.",
        "Thứ Tư, 06/11/2019 14:00"))
    assert doc["organisations"][0]["province"] == "Hà Nội"
    # a ward of the same name elsewhere says nothing
    ward = extract_document(wrap("Ngày 2/6, Đảng bộ phường Ba Đình tổ chức Đại hội lần thứ XII."))
    assert ward["organisations"][0]["province"] is None


def test_titles_after_a_birth_year_and_of_a_person_named_again_by_the_given_name():
    doc = extract_document(wrap(
        "Ngày 2/3, Công an huyện khởi tố Lê Văn Sáu (SN 1970), nguyên Chủ tịch UBND xã; Đỗ Thị Mận (SN 1982), "
        "nguyên cán bộ tư pháp xã và Võ Văn Tám (SN 1977), nguyên thủ quỹ xã. Ông Sáu nhiều năm công tác ở xã, "
        "đã từng làm Phó Bí thư Đảng ủy xã sau khi giải ngũ. Đồng chí A Khang, Phó Bí thư Huyện ủy cho "
        "biết vụ việc đang được xem xét."))
    titles = {p["name"]: p["titles"] for p in doc["people"]}
    assert titles["Đỗ Thị Mận"] == ["nguyên cán bộ tư pháp xã"]
    assert titles["Lê Văn Sáu"] == ["nguyên Chủ tịch UBND xã", "Phó Bí thư Đảng ủy xã"]
    assert titles["A Khang"] == ["Phó Bí thư Huyện ủy"]


def test_old_style_tones_are_modernised_but_qu_keeps_its_tone():
    doc = extract_document(wrap(
        "Sáng 5/12, Tỉnh uỷ Nghệ An tổ chức hội nghị. Đồng chí Thái Thanh Quý, Bí thư Tỉnh uỷ chủ trì hội nghị."))
    assert person(doc, "Thái Thanh Quý")["titles"] == ["Bí thư Tỉnh ủy"]


@pytest.mark.parametrize(
    "text",
    ["đảngviên" * 20000, "\n" * 50000, "Nguyễn Văn " * 5000, "Bài" + " \n" * 20000, "Nguồn" + " " * 20000],
)
def test_long_texts_without_words_lines_or_stops_finish_with_nothing_found(text):
    # no timing assertion: each of these once took minutes (a scan per character or per name)
    doc = extract_document(text)
    assert doc["organisations"] == [] and doc["events"] == []
    assert doc["published"] is None


@pytest.mark.parametrize(
    "text",
    ["Sáng 4/8, Đảng bộ tỉnh Hà Nam tổ chức Đại hội " * 3000, "Đảng bộ tỉnh Hà Nam có 5 đảng viên " * 5000,
     "Ông Khải có 5 năm tuổi đảng " * 5000 + "Nguyễn Văn Khải, Bí thư"],
)
def test_long_sentences_repeating_a_body_an_event_or_a_person_finish_with_one_each(text):
    # no timing assertion: the first once took minutes (every event noun re-read its whole sentence)
    doc = extract_document(text)
    assert len(doc["organisations"]) <= 1 and len(doc["events"]) <= 1
    assert len(doc["people"]) <= 1


# ---- scores against the labelled documents


def load_gold(path: Path, texts: Path) -> tuple[list[dict], dict[str, dict]]:
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [g for g in gold if (texts / f"{g['doc']}.txt").exists()]
    predicted = {g["doc"]: extract_document((texts / f"{g['doc']}.txt").read_text(encoding="utf-8")) for g in gold}
    return gold, predicted


def test_scorer_counts_matches_and_misses():
    gold = [{"doc": "a", "organisations": [{"name": "Đảng bộ tỉnh Hà Nam", "level": "province", "province": "Hà Nam"}],
             "events": [], "people": [{"name": "Lê Văn A", "titles": ["Bí thư"], "role": "chaired"}]}]
    predicted = {"a": {"organisations": [{"name": "đảng bộ tỉnh Hà Nam", "level": "province", "province": "Hà Nam"},
                                         {"name": "Tỉnh ủy", "level": "province", "province": "Hà Nam"}],
                       "events": [], "people": [{"name": "Lê Văn A", "titles": [], "role": "attended"}]}}
    report = score_documents(gold, predicted)
    assert (report["organisations"]["tp"], report["organisations"]["fp"], report["organisations"]["fn"]) == (1, 1, 0)
    assert report["organisations"]["f1"] == pytest.approx(2 / 3)
    assert report["people"]["f1"] == 1.0
    assert report["titles"]["recall"] == 0.0
    assert report["roles"]["f1"] == 0.0


@pytest.mark.skipif(not (GOLD / "seeds_documents.jsonl").exists(), reason="no document labels for the seeds")
def test_seed_documents_score():
    report = score_documents(*load_gold(GOLD / "seeds_documents.jsonl", SEEDS))
    for part in ("organisations", "events", "people", "titles", "roles"):
        assert report[part]["f1"] >= 0.9, (part, report[part])


@pytest.mark.skipif(not (HELDOUT / "documents.jsonl").exists(), reason="no held-out document labels")
def test_heldout_documents_score():
    gold, predicted = load_gold(HELDOUT / "documents.jsonl", HELDOUT / "texts")
    assert gold, "held-out labels without texts"
    report = score_documents(gold, predicted)
    for part in ("organisations", "events", "people", "titles"):
        assert report[part]["f1"] >= 0.85, (part, report[part])


# Document labels of the blind sets (blind1 and blind2 were used to develop `extract --document`). Floors
# only rise: the F1 reached, rounded down to two decimals. blind1's events stay at 0.73 because its
# author gives the new committee's first session no term (the majority gives it the congress's).
DOCUMENT_FLOORS = {
    "blind1": {"organisations": 1.0, "events": 0.73, "people": 1.0, "titles": 1.0},
    # blind2's author shortens a standing committee named only as "Ban Thường vụ Huyện ủy X" to
    # "Huyện ủy X"; five later authors keep it whole (blind4, blind5, blind7 twice, blind8): 1 miss.
    "blind2": {"organisations": 0.93, "events": 1.0, "people": 1.0, "titles": 1.0},
    # blind3 scored 0.78 / 0.75 / 0.97 / 0.86 unseen, then was developed on for one round. Its
    # author lists no first session as an event, which FACTS.md names as one (4 of its misses).
    # It lists no 1930 founding conference in its history piece either, which blind5, blind6 and
    # blind8 do.
    "blind3": {"organisations": 1.0, "events": 0.83, "people": 1.0, "titles": 0.99},
    # blind4 scored 0.62 / 1.00 / 0.93 / 0.92 unseen, then was developed on for one round; its
    # military inspection committee is labelled with "(UBKT)" inside its name.
    "blind4": {"organisations": 0.90, "events": 1.0, "people": 1.0, "titles": 0.97},
    # blind5 scored 0.84 / 0.89 / 1.00 / 0.95 unseen and blind6 0.67 / 0.89 / 0.98 / 0.98
    # (0.91 organisations after the institution-name rule it prompted); both then developed on.
    "blind5": {"organisations": 0.96, "events": 0.97, "people": 1.0, "titles": 0.97},
    "blind6": {"organisations": 0.96, "events": 0.97, "people": 0.97, "titles": 0.98},
    # third round: blind7 (heavy page chrome, plenums, cadre decisions, online conferences)
    # scored 0.67 / 0.63 / 0.96 / 0.90 unseen, blind8 (2015-2018 spelling and the 2025 bodies)
    # 0.87 / 0.86 / 0.95 / 0.91; both then developed on.
    "blind7": {"organisations": 0.92, "events": 0.92, "people": 1.0, "titles": 0.95},
    "blind8": {"organisations": 0.97, "events": 0.97, "people": 1.0, "titles": 0.97},
    # fourth round: blind9 (the classic mix from provincial portals) scored 0.89 / 0.86 / 0.96 /
    # 0.90 unseen, blind10 (national outlets; the province only through a city, a district or the
    # site) 0.67 / 0.71 / 0.98 / 0.90; both then developed on. Its provinces told only by a rural
    # district ("Mường Nhé") came with the gazetteer of districts (transforms/places.py).
    "blind9": {"organisations": 0.94, "events": 0.94, "people": 0.96, "titles": 0.91},
    "blind10": {"organisations": 0.82, "events": 0.93, "people": 1.0, "titles": 0.95},
    # fifth round: blind11 (provincial portals, several bodies per article) scored 0.82 / 0.94 /
    # 0.93 / 0.90 unseen, then developed on.
    "blind11": {"organisations": 0.85, "events": 0.94, "people": 1.0, "titles": 0.97},
    # blind12 (long features, interviews, side boxes) scored 0.80 / 0.81 / 0.99 / 0.86 unseen.
    "blind12": {"organisations": 0.93, "events": 0.88, "people": 0.98, "titles": 0.95},
    # seventh round: blind13 (North-East and North Central coast, every congress level) scored
    # 0.81 / 0.84 / 0.99 / 0.98 unseen, blind14 (South-Central coast, Highlands, South-East)
    # 0.85 / 0.88 / 0.93 / 0.91; both then developed on.
    "blind13": {"organisations": 0.93, "events": 0.96, "people": 0.98, "titles": 0.97},
    "blind14": {"organisations": 0.93, "events": 0.99, "people": 0.92, "titles": 0.90},
    # eighth round: blind15 (Mekong delta) scored 0.91 / 0.94 / 0.90 / 0.92 unseen, blind16 (Red
    # River delta, North-West) 0.89 / 0.91 / 0.99 / 0.93, blind17 (central bodies, national
    # outlets) 0.41 / 0.76 / 1.00 / 0.90; all then developed on. blind17's author writes the
    # "Đảng bộ" form of a body the text names only as "Đảng ủy" (3 misses), against FACTS.md's
    # "the fullest form the text gives".
    "blind15": {"organisations": 0.90, "events": 0.93, "people": 0.99, "titles": 0.98},
    "blind16": {"organisations": 0.88, "events": 0.96, "people": 0.98, "titles": 0.92},
    "blind17": {"organisations": 0.64, "events": 0.87, "people": 0.99, "titles": 0.89},
    # ninth round: blind18 (the 2025 reorganisation) scored 0.77 / 0.65 / 0.95 / 0.93 unseen,
    # blind19 (working sessions, delegations, plenums) 0.67 / 1.00 / 0.99 / 0.99, blind20 (the
    # grassroots level) 0.68 / 1.00 / 1.00 / 0.92; all then developed on. blind18's author gives a
    # first session no term unless its own sentence states one, and no start to a congress told
    # only by its closing day and "sau hai ngày rưỡi" (7 misses); blind19's writes "Đảng bộ tỉnh X"
    # where the text says "Đảng bộ tỉnh" and "Tỉnh ủy X" (5 misses). Both against the majority.
    "blind18": {"organisations": 0.85, "events": 0.64, "people": 0.97, "titles": 0.95},
    "blind19": {"organisations": 0.66, "events": 0.99, "people": 0.99, "titles": 0.98},
    "blind20": {"organisations": 0.86, "events": 0.99, "people": 0.99, "titles": 0.92},
    # tenth round: blind21 (hard line wraps, capitals, PDF tables) scored 0.75 / 0.33 / 0.89 /
    # 0.43 unseen, which the unwrapping of hard wraps (transforms/layout.py) took to 0.88 / 0.81 /
    # 0.95 / 0.85; blind22 (the congress seasons) 0.76 / 0.85 / 1.00 / 0.96; blind23 (analytic
    # and national pieces) 0.82 / 0.83 / 1.00 / 0.92; all then developed on.
    "blind21": {"organisations": 0.87, "events": 0.80, "people": 0.94, "titles": 0.84},
    "blind22": {"organisations": 0.75, "events": 0.92, "people": 0.99, "titles": 0.95},
    "blind23": {"organisations": 0.86, "events": 0.85, "people": 0.99, "titles": 0.91},
    # eleventh round: blind24 (ethnic-minority areas) scored 0.81 / 0.71 / 1.00 / 0.96 unseen,
    # blind25 (the centrally-run cities) 0.86 / 0.77 / 1.00 / 0.92, blind26 (near misses) 0.70 /
    # 0.58 / 0.97 / 0.97; all then developed on. blind24's author gives a first session no
    # ordinal (4 misses), against FACTS.md's "ordinal as an integer".
    "blind24": {"organisations": 0.84, "events": 0.70, "people": 0.99, "titles": 0.95},
    "blind25": {"organisations": 0.85, "events": 0.80, "people": 0.99, "titles": 0.91},
    "blind26": {"organisations": 0.69, "events": 0.78, "people": 0.96, "titles": 0.96},
    # twelfth round: blind27 (North Central portals between congresses) scored 0.91 / 0.83 /
    # 0.97 / 0.96 unseen, blind28 (digests and short news) 0.67 / 0.65 / 1.00 / 0.95, blind29
    # (the merged provinces' 2025 congresses) 0.77 / 0.94 / 1.00 / 0.87; all then developed on.
    "blind27": {"organisations": 0.90, "events": 0.82, "people": 0.96, "titles": 0.95},
    "blind28": {"organisations": 0.69, "events": 0.81, "people": 0.99, "titles": 0.94},
    "blind29": {"organisations": 0.83, "events": 0.93, "people": 0.99, "titles": 0.97},
    # thirteenth round: blind30 (old tone-mark spelling) scored 0.81 / 0.91 / 0.99 / 0.94
    # unseen, blind31 (ceremonies, anniversaries, launches) 0.76 / 0.73 / 0.96 / 0.94, blind32
    # (inspection and discipline at every level) 0.75 / 0.87 / 1.00 / 0.98; all then developed on.
    "blind30": {"organisations": 0.80, "events": 0.90, "people": 0.98, "titles": 0.93},
    "blind31": {"organisations": 0.75, "events": 0.77, "people": 0.95, "titles": 0.93},
    "blind32": {"organisations": 0.79, "events": 0.86, "people": 0.99, "titles": 0.97},
    # fourteenth round: blind33 (a random sample of provincial portals) scored 0.82 / 0.97 / 0.97
    # / 0.88 unseen, blind34 (long articles) 0.80 / 0.80 / 0.98 / 0.97, blind35 (the army, border
    # guards and police) 0.36 / 0.79 / 0.98 / 0.96; all then developed on. blind35's author writes
    # "Đảng bộ X" for bodies the text names "Đảng ủy X" (6 misses), as blind17's did.
    "blind33": {"organisations": 0.81, "events": 0.96, "people": 0.96, "titles": 0.87},
    "blind34": {"organisations": 0.79, "events": 0.79, "people": 0.97, "titles": 0.96},
    "blind35": {"organisations": 0.49, "events": 0.78, "people": 0.97, "titles": 0.95},
}


@pytest.mark.parametrize("name", sorted(DOCUMENT_FLOORS))
def test_blind_document_scores_floor(name):
    labels = GOLD / name / "documents.jsonl"
    if not labels.exists():
        pytest.skip(f"no document labels for {name}")
    report = score_documents(*load_gold(labels, GOLD / name / "texts"))
    reached = {part: report[part]["f1"] for part in DOCUMENT_FLOORS[name]}
    assert all(reached[part] >= floor for part, floor in DOCUMENT_FLOORS[name].items()), (name, reached)


# ---- real out-of-genre news


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared is absent (a user's clone)")
def test_out_of_genre_news_rarely_yields_party_organisations():
    import polars as pl

    texts = pl.read_parquet(CORPUS, columns=["text"]).sample(400, seed=3)["text"].to_list()
    docs = [extract_document(t) for t in texts]  # none may raise
    with_orgs = sum(bool(d["organisations"]) for d in docs)
    assert with_orgs <= 0.05 * len(docs)
    for d in docs:
        assert len(d["organisations"]) <= 3
        for p in d["people"]:
            assert 2 <= len(p["name"].split()) <= 4
            assert "\n" not in p["name"]


# ---- round: northern clan names, bare committees, anniversaries, ceremonies without "lễ", abbreviations


def test_northern_clan_names_are_surnames():
    doc = extract_document(wrap(
        "Sáng 12/5, Huyện ủy Bảo Lạc tổ chức hội nghị. Dự có đồng chí Sìn Văn Páo, Bí thư Huyện ủy; "
        "đồng chí Bàn Thị Mẩy, Phó Bí thư Thường trực Huyện ủy."))
    assert {p["name"] for p in doc["people"]} >= {"Sìn Văn Páo", "Bàn Thị Mẩy"}


def test_a_bare_committee_is_the_one_the_text_names_in_full():
    doc = extract_document(wrap(
        "Ngày 8/3, Công an tỉnh Hưng Yên khởi tố nguyên Chủ tịch UBND xã. Trước đó, Ủy ban Kiểm tra Huyện ủy "
        "Văn Lâm đã kiểm tra, kết luận sai phạm. Ban Thường vụ Huyện ủy đã thi hành kỷ luật khai trừ 2 đảng viên."))
    assert [o["name"] for o in doc["organisations"]] == ["Huyện ủy Văn Lâm"]
    two = extract_document(wrap(
        "Ngày 8/3, Công an tỉnh Hưng Yên khởi tố nguyên Chủ tịch UBND xã. Ủy ban Kiểm tra Huyện ủy Văn Lâm và "
        "Huyện ủy Yên Mỹ đã kiểm tra. Ban Thường vụ Huyện ủy đã thi hành kỷ luật khai trừ 2 đảng viên."))
    assert "Huyện ủy Văn Lâm" not in [o["name"] for o in two["organisations"]]


def test_an_anniversary_span_does_not_date_the_ceremony_and_a_ceremony_needs_no_le():
    award = extract_document(wrap(
        "Nhân kỷ niệm 94 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2024), chiều ngày 1/2, Huyện ủy Đông Anh tổ chức "
        "lễ trao Huy hiệu Đảng cho 120 đảng viên.", "Thứ Năm, 01/02/2024 16:40"))
    assert [(e["type"], e["start_date"]) for e in award["events"]] == [("other", "2024-02-01")]
    incense = extract_document(wrap(
        "Đảng bộ tỉnh có 520 tổ chức cơ sở đảng. Sáng 5/8, Ban Thường vụ Tỉnh ủy đã tổ chức dâng hương tại "
        "Khu di tích lịch sử của tỉnh với sự tham dự của 200 đảng viên.", "Thứ Sáu, 05/08/2022 10:00"))
    assert [(e["type"], e["start_date"]) for e in incense["events"]] == [("other", "2022-08-05")]


def test_an_armed_forces_body_keeps_its_abbreviation_and_bo_doi():
    doc = extract_document(wrap(
        "Ngày 20-12, Ủy ban Kiểm tra Đảng ủy Bộ đội Biên phòng tỉnh Kiên Giang tổ chức hội nghị tổng kết công tác "
        "kiểm tra năm 2024. Đảng bộ BĐBP tỉnh Kiên Giang có 30 tổ chức cơ sở đảng với hơn 1.000 đảng viên."))
    names = [o["name"] for o in doc["organisations"]]
    assert "Ủy ban Kiểm tra Đảng ủy Bộ đội Biên phòng tỉnh Kiên Giang" in names
    assert "Đảng bộ BĐBP tỉnh Kiên Giang" in names


def test_alternate_members_second_offices_lower_case_deputies_and_a_committees_place_in_a_title():
    doc = extract_document(wrap(
        "Sáng 10/10, Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ XVI đã bế mạc. Ban Chấp hành đã họp phiên thứ "
        "nhất, bầu đồng chí Đặng Xuân Phong, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng giữ chức Bí thư "
        "Tỉnh ủy. Thượng tá Trần Văn Nam, Phó bí thư Đảng ủy Quân sự tỉnh chủ trì. Dự có đồng chí Lê Văn Tâm, "
        "Bí thư Huyện ủy Bảo Thắng cùng 300 đại biểu.", "Thứ Bảy, 10/10/2020 18:00"))
    titles = {p["name"]: p["titles"] for p in doc["people"]}
    assert titles["Đặng Xuân Phong"] == ["Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"]
    assert "Phó bí thư Đảng ủy Quân sự tỉnh" in titles["Trần Văn Nam"]
    assert titles["Lê Văn Tâm"] == ["Bí thư Huyện ủy Bảo Thắng"]


def test_the_host_secretary_handing_awards_chairs_and_a_guest_handing_them_attends():
    text = ("Sáng 2/2, Huyện ủy Thanh Trì tổ chức Lễ trao Huy hiệu Đảng cho 80 đảng viên. Dự buổi lễ có đồng chí "
            "Ngô Văn Quý, Trưởng Ban Tổ chức Thành ủy; đồng chí Lê Tiến Nhật, Bí thư Huyện ủy. "
            "Đồng chí Lê Tiến Nhật trao Huy hiệu 70 năm tuổi Đảng cho các đảng viên. "
            "Đồng chí Ngô Văn Quý trao Huy hiệu 60 năm tuổi Đảng cho các đảng viên.")
    roles = {p["name"]: p["role"] for p in extract_document(wrap(text, "Thứ Sáu, 02/02/2024 11:00"))["people"]}
    assert roles == {"Ngô Văn Quý": "attended", "Lê Tiến Nhật": "chaired"}


def test_a_speech_read_out_is_speaking():
    doc = extract_document(wrap(
        "Sáng 3/2, Ban Thường vụ Tỉnh ủy tổ chức lễ kỷ niệm 94 năm Ngày thành lập Đảng. Đồng chí Trần Quốc Hưng, "
        "Bí thư Tỉnh ủy đã đọc diễn văn ôn lại truyền thống.", "Thứ Bảy, 03/02/2024 11:00"))
    assert {p["name"]: p["role"] for p in doc["people"]} == {"Trần Quốc Hưng": "spoke"}


def test_a_passing_story_names_the_cell_its_firms_members_meet_in():
    doc = extract_document(wrap(
        "Sáng 5/4, Công ty TNHH Thực phẩm Sao Việt tổ chức lễ khánh thành nhà máy tại huyện Cẩm Giàng. Hiện công "
        "ty có 12 đảng viên đang sinh hoạt ghép tại Chi bộ Khu công nghiệp Tân Trường."))
    assert [o["name"] for o in doc["organisations"]] == ["Chi bộ Khu công nghiệp Tân Trường"]


def test_a_provinces_armed_forces_committee_stands_at_the_district_level():
    doc = extract_document(wrap(
        "Ngày 18/12, Đảng ủy Quân sự tỉnh Nghệ An tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2024. "
        "Đảng bộ Quân sự tỉnh Nghệ An có 45 tổ chức cơ sở đảng với hơn 2.000 đảng viên.", "Thứ Tư, 18/12/2024 10:00"))
    assert {o["level"] for o in doc["organisations"]} == {"district"}


def test_a_caption_after_anh_tells_a_role_but_a_photo_credit_names_nobody():
    doc = extract_document(wrap(
        "Sáng 20/7, Đại hội đại biểu Đảng bộ huyện Kỳ Anh lần thứ XXV, nhiệm kỳ 2020 - 2025 khai mạc.\n"
        "Ảnh: Đồng chí Trần Thị Mai, Bí thư Huyện ủy trình bày báo cáo chính trị tại Đại hội.\n"
        "Đại hội đã bầu đồng chí Trần Thị Mai giữ chức Bí thư Huyện ủy.\n"
        "Ảnh: Lê Văn Hòa", "Thứ Hai, 20/07/2020 11:00"))
    assert {p["name"]: p["role"] for p in doc["people"]} == {"Trần Thị Mai": "reported"}


def test_a_lecturer_is_titled_as_written():
    doc = extract_document(wrap(
        "Sáng 12/4, Tỉnh ủy Long An tổ chức hội nghị học tập Nghị quyết. Báo cáo viên Lê Minh Đức, Phó Trưởng Ban "
        "Tuyên giáo Tỉnh ủy cho biết, nghị quyết có 6 nhiệm vụ trọng tâm.", "Thứ Hai, 12/04/2021 10:00"))
    assert {p["name"]: p["titles"] for p in doc["people"]} == {
        "Lê Minh Đức": ["Báo cáo viên", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"]}


def test_a_run_of_capitals_after_a_name_is_not_its_abbreviation_and_a_kiem_joins_one_office():
    doc = extract_document(wrap(
        "Sáng 5/8, Đại hội Đảng bộ xã Tân Lập THÀNH CÔNG TỐT ĐẸP. Đảng bộ xã Tân Lập có 320 đảng viên. Dự có "
        "đồng chí Lê Văn Tâm, Phó Chủ tịch kiêm Tổng thư ký Hội Nông dân tỉnh.", "Thứ Tư, 05/08/2020 10:00"))
    assert [o["name"] for o in doc["organisations"]] == ["Đảng bộ xã Tân Lập"]
    assert {p["name"]: p["titles"] for p in doc["people"]} == {
        "Lê Văn Tâm": ["Phó Chủ tịch kiêm Tổng thư ký Hội Nông dân tỉnh"]}


# ---- rules of the second generalisation round (blind4 developed on, blind5/blind6 scored unseen)


def test_the_sites_name_above_or_below_the_page_is_not_the_headline_or_a_subject():
    doc = extract_document(
        "Cổng TTĐT Đảng bộ tỉnh Tuyên Quang\nTrang chủ > Tin tức\nNgày 12/05/2020 | Lượt xem 120\n\n"
        "ĐẢNG BỘ KHỐI CƠ QUAN TỈNH TỔ CHỨC ĐẠI HỘI\n\n"
        "Trong hai ngày 10 và 11/5/2020, Đảng bộ Khối Cơ quan tỉnh Tuyên Quang tổ chức Đại hội đại biểu lần thứ "
        "V, nhiệm kỳ 2020 - 2025 - đại hội điểm của Đảng bộ tỉnh. Đại hội bầu 12 đại biểu đi dự Đại hội Đảng bộ "
        "tỉnh lần thứ XVII.\n\nBáo điện tử Tuyên Quang - Đường dây nóng: 0207.3822.000", details=True)
    assert doc["title"] == "ĐẢNG BỘ KHỐI CƠ QUAN TỈNH TỔ CHỨC ĐẠI HỘI"
    assert names(doc) == ["Đảng bộ Khối Cơ quan tỉnh Tuyên Quang"]
    # a headline that ends in "điện tử" is still the headline; a paper's capitalised name is not
    headline = extract_document("QUÂN ĐỘI NHÂN DÂN ĐIỆN TỬ\n\nHuyện ủy Yên Sơn đẩy mạnh chính quyền điện tử\n\n"
                                "Ngày 3/3/2022, Huyện ủy Yên Sơn tổ chức hội nghị.", details=True)
    assert headline["title"] == "Huyện ủy Yên Sơn đẩy mạnh chính quyền điện tử"


def test_an_abbreviated_inspection_committee_is_the_subject_of_its_review():
    doc = extract_document(wrap(
        "Sáng 5/7, UBKT Tỉnh ủy Hòa Bình tổ chức hội nghị sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm. "
        "UBKT Tỉnh ủy đã kiểm tra 12 tổ chức đảng và 30 đảng viên.", "Xếp hạng: 4 - 3 phiếu bầu\n06/07/2021"))
    assert names(doc) == ["Ủy ban Kiểm tra Tỉnh ủy Hòa Bình"]
    assert doc["organisations"][0]["level"] == "agency"


def test_a_provincial_city_names_its_province_and_is_district_level():
    doc = extract_document(wrap(
        "Sáng 2/9, Thành ủy Phủ Lý tổ chức lễ trao Huy hiệu Đảng cho 80 đảng viên. Đảng bộ thành phố Phủ Lý "
        "hiện có 40 tổ chức cơ sở đảng.", "02/09/2023 10:00"))
    assert doc["organisations"] == [{"name": "Đảng bộ thành phố Phủ Lý", "level": "district", "province": "Hà Nam"}]


def test_a_rural_district_or_town_tells_its_province_when_the_text_names_none():
    doc = extract_document(wrap(
        "Sáng 18/6, Đại hội đại biểu Đảng bộ huyện Mường Nhé lần thứ XIII, nhiệm kỳ 2020 - 2025 khai mạc. "
        "Đảng bộ huyện Mường Nhé hiện có 40 tổ chức cơ sở đảng.", "18/06/2020 10:00"))
    assert doc["organisations"] == [{"name": "Đảng bộ huyện Mường Nhé", "level": "district", "province": "Điện Biên"}]
    town = extract_document(wrap(
        "Ngày 4/1, Thị ủy La Gi tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2022.", "05/01/2023 08:00"))
    assert [o["province"] for o in town["organisations"]] == ["Bình Thuận"]
    # after the merger the province is the one it joined
    merged = extract_document(wrap(
        "Ngày 4/8, Ủy ban Kiểm tra Huyện ủy Hàm Thuận Bắc (cũ) bàn giao hồ sơ cho các xã mới.", "05/08/2025 08:00"))
    assert {o["province"] for o in merged["organisations"]} == {"Lâm Đồng"}


def test_a_district_name_several_provinces_share_or_a_ward_of_that_name_tells_no_province():
    doc = extract_document(wrap(
        "Sáng 18/6, Đại hội đại biểu Đảng bộ huyện Châu Thành lần thứ XII, nhiệm kỳ 2020 - 2025 khai mạc.",
        "18/06/2020 10:00"))
    assert [o["province"] for o in doc["organisations"]] == [None]
    ward = extract_document(wrap(
        "Sáng 18/6, Đại hội đại biểu Đảng bộ phường Mường Nhé lần thứ V, nhiệm kỳ 2020 - 2025 khai mạc.",
        "18/06/2020 10:00"))
    assert [o["province"] for o in ward["organisations"]] == [None]


def test_military_and_institution_names_are_whole_and_a_military_region_has_no_province():
    army = extract_document(wrap(
        "Năm 2023, Ủy ban Kiểm tra Đảng ủy Quân khu 5 đã kiểm tra 9 tổ chức đảng và 40 đảng viên. Tại Đảng bộ "
        "Sư đoàn 315, Đảng ủy sư đoàn chỉ đạo kiểm tra Chi bộ Đại đội 3."))
    assert army["organisations"] == [
        {"name": "Ủy ban Kiểm tra Đảng ủy Quân khu 5", "level": "agency", "province": None}]
    hospital = extract_document(wrap(
        "Ngày 9/6, Đảng bộ Bệnh viện Đa khoa tỉnh Hà Tĩnh tổ chức Đại hội lần thứ IX, nhiệm kỳ 2020 - 2025."))
    assert names(hospital) == ["Đảng bộ Bệnh viện Đa khoa tỉnh Hà Tĩnh"]
    school = extract_document(wrap(
        "Ngày 3/6, Đảng bộ Trường Đại học Vinh sơ kết giữa nhiệm kỳ. Đảng bộ Trường Đại học Vinh có 600 đảng viên."))
    assert names(school) == ["Đảng bộ Trường Đại học Vinh"]
    bloc = extract_document(wrap(
        "Ngày 9/1, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2023."))
    assert names(bloc) == ["Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Lạng Sơn"]


def test_the_visiting_delegations_body_is_not_a_subject_of_a_working_session():
    doc = extract_document(wrap(
        "Chiều 17/7, đoàn công tác của Ban Thường vụ Tỉnh ủy Gia Lai do đồng chí Hồ Văn Điềm làm trưởng đoàn "
        "đã làm việc với Ban Thường vụ Huyện ủy Chư Sê. Đảng bộ huyện Chư Sê hiện có 45 tổ chức cơ sở đảng."))
    assert names(doc) == ["Đảng bộ huyện Chư Sê"]


def test_bodies_acting_on_a_case_in_a_crime_story_keep_their_own_names():
    doc = extract_document(wrap(
        "Ngày 3/4, Công an tỉnh khởi tố ông Lò Văn Pọm, nguyên Chủ tịch UBND xã. Trước đó, Ủy ban Kiểm tra Tỉnh ủy "
        "Sơn La đã kết luận ông Pọm vi phạm. Ban Thường vụ Huyện ủy Mai Sơn sau đó đã thi hành kỷ luật khai trừ "
        "ông Pọm ra khỏi Đảng."))
    assert names(doc) == ["Ủy ban Kiểm tra Tỉnh ủy Sơn La", "Ban Thường vụ Huyện ủy Mai Sơn"]


def test_abbreviations_do_not_end_a_sentence_and_a_congress_spans_its_opening_and_closing_days():
    doc = extract_document(wrap(
        "Trong 2 ngày 20 và 21/6, Đảng bộ phường Tân An (TP. Buôn Ma Thuột) tổ chức Đại hội đại biểu lần thứ "
        "XIII, nhiệm kỳ 2020 - 2025.", "22/06/2020 15:20"))
    assert doc["events"][0]["start_date"] == "2020-06-20"
    spans = extract_document(wrap(
        "Sáng 13-10, Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XIV, nhiệm kỳ 2020 - 2025 khai mạc; sau ba ngày "
        "làm việc, chiều 15-10, đại hội đã bế mạc. Ngay sau khi bế mạc, Ban Chấp hành Đảng bộ tỉnh khóa XIV đã tiến "
        "hành hội nghị lần thứ nhất.", "16/10/2020 08:00"))
    assert (spans["events"][0]["start_date"], spans["events"][0]["end_date"]) == ("2020-10-13", "2020-10-15")
    assert first_session(spans) == (2020, 2025, "2020-10-15")


def test_people_in_lists_captions_and_after_an_honorific_and_place_names_that_look_like_people():
    doc = extract_document(wrap(
        "Dự đại hội có đồng chí Y Phúc, Bí thư Thành ủy Buôn Ma Thuột. Nhiều đồng chí như Phan Đăng Lưu, Võ Văn "
        "Ngân bị kết án. Đảng viên cao tuổi nhất là cụ Đinh Văn Nhã, 97 tuổi. Đồng chí Lý Văn Tâm, Bí thư Huyện ủy "
        "Tân Châu chia sẻ kinh nghiệm.\n\nẢnh: Bí thư Quận ủy Liên Chiểu Hà Văn Dũng trình bày báo cáo. Ảnh: TRIỀU TÙNG"))
    found = {p["name"]: p["titles"] for p in doc["people"]}
    assert "Ma Thuột" not in found and "TRIỀU TÙNG" not in found
    assert found["Y Phúc"] == ["Bí thư Thành ủy Buôn Ma Thuột"]
    assert found["Lý Văn Tâm"] == ["Bí thư Huyện ủy Tân Châu"]
    assert {"Phan Đăng Lưu", "Võ Văn Ngân", "Đinh Văn Nhã", "Hà Văn Dũng"} <= set(found)


def test_joined_place_names_and_a_person_after_a_province_in_real_news_shapes():
    doc = extract_document(wrap(
        "Ngày 31/5, tại Tỉnh ủy Bà Rịa - Vũng Tàu, Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu tổ chức hội nghị "
        "sơ kết công tác xây dựng Đảng; Tỉnh ủy Bà Rịa - Vũng Tàu có 650 tổ chức cơ sở đảng.", "01/06/2017"))
    assert doc["organisations"][0]["name"] == "Tỉnh ủy Bà Rịa - Vũng Tàu"
    assert doc["organisations"][0]["province"] == "Bà Rịa - Vũng Tàu"
    city = extract_document(wrap(
        "Sáng 8/6, Thành ủy TP.HCM tổ chức hội nghị sơ kết công tác xây dựng Đảng. Đảng bộ TP.HCM hiện có "
        "200.000 đảng viên.", "08/06/2017"))
    assert [o["province"] for o in city["organisations"]] == ["Hồ Chí Minh"]
    assert city["organisations"][0]["name"] in ("Thành ủy TP.HCM", "Đảng bộ TP.HCM")
    person_after = extract_document(wrap(
        "Ngày 17/5, Ban Thường vụ Thành ủy Hà Nội Lê Văn Hòa và đoàn công tác làm việc tại huyện. Ngày 20/5, "
        "Ủy ban Kiểm tra Thành ủy Hà Nội Lê Văn Hòa đã kiểm tra 9 tổ chức đảng.", "21/05/2017"))
    assert all("Lê Văn" not in o["name"] for o in person_after["organisations"])


# ---- rules of the third round (blind8 developed on, blind7 scored unseen)


def test_a_standing_committee_named_no_other_way_keeps_its_name():
    doc = extract_document(wrap(
        "Sáng 20/8, Ban Thường vụ Tỉnh ủy Lai Châu họp phiên thường kỳ tháng 8 để cho ý kiến về công tác nhân sự. "
        "Ban Thường vụ Tỉnh ủy thống nhất trình Ban Chấp hành Đảng bộ tỉnh danh sách 15 đồng chí.", "21/08/2015"))
    assert names(doc) == ["Ban Thường vụ Tỉnh ủy Lai Châu"]
    plain = extract_document(wrap(
        "Chiều 17/7, đoàn công tác của Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Tam Đường. Đảng bộ huyện "
        "Tam Đường hiện có 40 tổ chức cơ sở đảng.", "18/07/2019"))
    assert names(plain) == ["Đảng bộ huyện Tam Đường"]


def test_a_national_online_conference_is_about_the_committee_of_the_relay_point():
    doc = extract_document(wrap(
        "Sáng 10/1, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết Trung "
        "ương 6. Tại điểm cầu tỉnh Lai Châu, đồng chí Giàng Páo Mỷ, Bí thư Tỉnh ủy chủ trì.", "10/01/2018"))
    assert doc["organisations"] == [{"name": "Tỉnh ủy Lai Châu", "level": "province", "province": "Lai Châu"}]


def test_a_school_named_after_a_person_and_a_related_headline_list():
    doc = extract_document(wrap(
        "Ngày 3/3, Chi bộ Trường THPT chuyên Nguyễn Bỉnh Khiêm tổ chức lễ kết nạp 3 học sinh vào Đảng. Đây là "
        "những học sinh có thành tích học tập xuất sắc, được đoàn trường giới thiệu và bồi dưỡng trong hai năm.\n\n"
        "Tin cùng chuyên mục\n- Đảng bộ Ủy ban nhân dân tỉnh tổ chức Đại hội lần thứ I (20/08/2025)", "04/03/2019"))
    assert names(doc) == ["Chi bộ Trường THPT chuyên Nguyễn Bỉnh Khiêm"]


def test_a_section_label_above_the_headline_and_the_first_session_right_after_the_congress():
    text = ("BÁO LẠNG SƠN ĐIỆN TỬ\nThời sự | Chính trị | Xây dựng Đảng | Kinh tế | Xã hội\n"
            "Đại hội Đảng bộ các cấp tiến tới Đại hội XVII Đảng bộ tỉnh\n\n"
            "Đại hội Đảng bộ Công an tỉnh lần thứ XXIV thành công\n\nCập nhật lúc 09:15 ngày 17/7/2020\n\n"
            "Trong 2 ngày (15 và 16/7), Đảng bộ Công an tỉnh Lạng Sơn tổ chức Đại hội đại biểu lần thứ XXIV, nhiệm "
            "kỳ 2020 - 2025. Các đồng chí Hoàng Văn Minh, Lê Thị Vân, Nông Văn Tú được bầu làm Phó Bí thư.\n\n"
            "Tại phiên họp thứ nhất ngay sau Đại hội, Ban Chấp hành Đảng bộ khóa mới đã bầu Ban Thường vụ.\n")
    doc = extract_document(text, details=True)
    assert doc["title"] == "Đại hội Đảng bộ Công an tỉnh lần thứ XXIV thành công"
    assert doc["events"][0]["ordinal"] == 24
    assert (doc["events"][0]["start_date"], doc["events"][0]["end_date"]) == ("2020-07-15", "2020-07-16")
    assert first_session(doc) == (2020, 2025, "2020-07-16")
    assert all(person(doc, n)["titles"] == ["Phó Bí thư"] for n in ("Hoàng Văn Minh", "Lê Thị Vân", "Nông Văn Tú"))


def test_highland_names_person_cues_and_titles_joined_by_va_or_taken_by_a_verb():
    doc = extract_document(wrap(
        "Sáng 5/1, hội nghị do đồng chí Rơ Châm H'Lim, Ủy viên Ban Thường vụ Tỉnh ủy chủ trì; dự có đồng chí Ka Thị "
        "Hương, Phó trưởng ban Tổ chức Tỉnh ủy. Đồng chí Phan Văn Tú, Trưởng Ban Nội chính Tỉnh ủy và Thiếu tướng "
        "Lê Văn Minh, Phó Cục trưởng dự. Đại tá Võ Văn Nam, Giám đốc Công an tỉnh tái đắc cử Bí thư Đảng ủy. Ba "
        "đảng viên mới là các em Hồ Thị Ánh (lớp 12A), Lê Minh Khoa (lớp 12B) và Trần Bảo Ngọc.", "06/01/2020"))
    assert person(doc, "Rơ Châm H'Lim")["titles"] == ["Ủy viên Ban Thường vụ Tỉnh ủy"]
    assert person(doc, "Ka Thị Hương")["titles"] == ["Phó trưởng ban Tổ chức Tỉnh ủy"]
    assert person(doc, "Phan Văn Tú")["titles"] == ["Trưởng Ban Nội chính Tỉnh ủy"]
    assert person(doc, "Võ Văn Nam")["titles"] == ["Đại tá", "Giám đốc Công an tỉnh", "Bí thư Đảng ủy"]
    assert {"Hồ Thị Ánh", "Lê Minh Khoa", "Trần Bảo Ngọc"} <= {p["name"] for p in doc["people"]}


# ---- rules of the fourth round (blind9 and blind10 scored unseen, then developed on)


def test_the_province_beside_a_name_and_not_in_related_headlines():
    doc = extract_document(wrap(
        "Trong hai ngày 8 và 9/5, Đảng bộ phường Lê Lợi (TP Vinh) tiến hành Đại hội đại biểu lần thứ XXIII, nhiệm "
        "kỳ 2020 - 2025, là đại hội điểm của thành phố, với 150 đại biểu dự.\n\n"
        "Tin khác\n- Hà Tĩnh: 100% tổ chức cơ sở đảng hoàn thành đại hội (07/05/2020)", "10/05/2020"))
    assert doc["organisations"] == [{"name": "Đảng bộ phường Lê Lợi", "level": "commune", "province": "Nghệ An"}]


def test_a_numbered_ward_is_named_with_its_city():
    doc = extract_document(wrap(
        "Sáng 14/7, Đảng bộ Phường 5, thành phố Bạc Liêu long trọng tổ chức Đại hội đại biểu lần thứ XII, nhiệm "
        "kỳ 2020 - 2025.", "15/07/2020"))
    assert names(doc) == ["Đảng bộ Phường 5, thành phố Bạc Liêu"]


def test_a_discipline_headline_adds_the_inspection_committee_of_the_body_it_is_about():
    doc = extract_document(
        "Bí thư Đảng ủy phường bị cách chức vì buông lỏng quản lý\nThứ ba, 16/7/2024, 14:05\n"
        "Ông Trần Văn B., Bí thư Đảng ủy phường Xuân Khánh, bị cách chức. Ban Thường vụ Quận ủy đã quyết định kỷ "
        "luật ông. Đảng bộ quận Ninh Kiều hiện có 36 tổ chức cơ sở đảng. Ủy ban Kiểm tra Quận ủy Ninh Kiều kiểm "
        "tra 7 tổ chức đảng và 21 đảng viên.\n")
    assert "Ủy ban Kiểm tra Quận ủy Ninh Kiều" in names(doc)


def test_titles_in_a_bracket_after_an_age_and_given_by_an_electing_body():
    doc = extract_document(wrap(
        "Ngày 21/9, TAND thành phố xét xử Lê Văn Tám (55 tuổi, nguyên Chủ tịch UBND xã Hòa Khương). Ông Trần "
        "Minh Đức, Tổng giám đốc công ty, cho biết dự án hoàn thành. Đồng chí Lò Văn Mạnh được Ban Chấp hành bầu "
        "giữ chức Bí thư Huyện ủy. Đồng chí Vũ Văn Hà, Giám đốc Ban Quản lý dự án huyện phát biểu.", "22/09/2016"))
    assert person(doc, "Lê Văn Tám")["titles"] == ["nguyên Chủ tịch UBND xã Hòa Khương"]
    assert person(doc, "Trần Minh Đức")["titles"] == ["Tổng giám đốc công ty"]
    assert person(doc, "Lò Văn Mạnh")["titles"] == ["Bí thư Huyện ủy"]
    assert person(doc, "Vũ Văn Hà")["titles"] == ["Giám đốc Ban Quản lý dự án huyện"]


def test_a_papers_mark_and_domain_tell_the_province():
    doc = extract_document(wrap(
        "(QTO) - Chiều 17/7, Đảng bộ huyện Hướng Hóa tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng "
        "đầu năm.", "18/07/2019"))
    assert doc["organisations"][0]["province"] == "Quảng Trị"
    assert province_of_site("baodongkhoi.vn") == "Bến Tre" and province_of_site("hanoimoi.vn") == "Hà Nội"


def test_an_inspection_committees_review_names_the_body_it_serves_too():
    doc = extract_document(wrap(
        "Sáng 12/7, Ủy ban Kiểm tra Huyện ủy Đức Hòa tổ chức hội nghị sơ kết công tác kiểm tra, giám sát 6 tháng "
        "đầu năm. Đồng chí Lê Văn A, Bí thư Huyện ủy dự. Theo báo cáo, Ban Thường vụ Huyện ủy đã kiểm tra 7 tổ "
        "chức đảng; Đảng bộ huyện Đức Hòa hiện có 61 tổ chức cơ sở đảng.", "13/07/2024"))
    assert names(doc) == ["Ủy ban Kiểm tra Huyện ủy Đức Hòa", "Đảng bộ huyện Đức Hòa"]


def test_names_after_a_province_and_titles_in_brackets_or_kept_on():
    doc = extract_document(wrap(
        "Dự hội nghị có đồng chí Vì Văn Tường, Phó Bí thư Thường trực Đảng ủy phường; đồng chí Phó Chủ nhiệm Ủy "
        "ban Kiểm tra Tỉnh ủy An Giang Lê Văn Phước. Cơ quan CSĐT khởi tố Lý Thị Mai (nguyên kế toán xã). Ban "
        "Chấp hành bầu đồng chí Đào Ngọc Tùng tiếp tục giữ chức Bí thư Huyện ủy.", "13/07/2023"))
    found = {p["name"]: p["titles"] for p in doc["people"]}
    assert found["Vì Văn Tường"] == ["Phó Bí thư Thường trực Đảng ủy phường"]
    assert "Lê Văn Phước" in found and not any(n.startswith("Giang") for n in found)
    assert found["Lý Thị Mai"] == ["nguyên kế toán xã"]
    assert found["Đào Ngọc Tùng"] == ["Bí thư Huyện ủy"]


def test_a_section_label_before_the_dateline_and_a_congress_opened_and_closed_in_one_clause():
    doc = extract_document(
        "Báo Lâm Đồng điện tử\nChính trị - Xây dựng Đảng\n\nThứ Bảy, 15/08/2020 - 18:05\n\n"
        "Bảo Lâm đặt mục tiêu kết nạp 800 đảng viên mới\n\n"
        "(LĐ) - Khai mạc sáng 13/8 và bế mạc trưa 15/8, Đại hội đại biểu Đảng bộ huyện Bảo Lâm lần thứ XI, nhiệm "
        "kỳ 2020 - 2025 có 250 đại biểu chính thức tham dự, thay mặt cho gần 5.000 đảng viên.\n", details=True)
    assert doc["title"] == "Bảo Lâm đặt mục tiêu kết nạp 800 đảng viên mới"
    assert (doc["events"][0]["type"], doc["events"][0]["ordinal"], doc["events"][0]["start_date"]) == (
        "congress", 11, "2020-08-13")
    assert names(doc) == ["Đảng bộ huyện Bảo Lâm"]
    assert province_at("Huế", date(2020, 6, 1)) == "Thừa Thiên Huế"


def test_a_closing_after_two_and_a_half_days_began_two_days_before():
    doc = extract_document(wrap(
        "Sau hai ngày rưỡi làm việc, trưa 14/10, Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XX, nhiệm kỳ "
        "2020 - 2025 đã bế mạc.", "14/10/2020 15:00"))
    assert (doc["events"][0]["start_date"], doc["events"][0]["end_date"]) == ("2020-10-12", "2020-10-14")


def test_a_meeting_room_and_days_of_work_are_no_events():
    doc = extract_document(wrap(
        "Trong hai ngày 8 và 9/5, Đảng bộ phường Bến Thủy tổ chức Đại hội đại biểu lần thứ XXIII, nhiệm kỳ 2020 - "
        "2025. Do yêu cầu phòng, chống dịch, phòng họp được bố trí giãn cách. Sau 2 ngày làm việc với tinh thần "
        "khẩn trương, Đại hội đã bế mạc.", "10/05/2020"))
    assert [e["type"] for e in doc["events"]] == ["congress"]


def test_a_birth_year_bracket_with_an_address_still_leads_to_the_office():
    doc = extract_document(wrap(
        "Công an huyện đã bắt tạm giam ông Nguyễn Văn Tám (SN 1969, ngụ ấp 3, xã Hòa Lập, huyện Đức Hòa), "
        "nguyên Chủ tịch UBND xã Hòa Lập.", "05/05/2017"))
    assert person(doc, "Nguyễn Văn Tám")["titles"] == ["nguyên Chủ tịch UBND xã Hòa Lập"]


# ---- rules of the seventh round (blind13 and blind14 scored unseen, then developed on)


def test_a_province_name_that_is_a_ward_a_man_or_a_battle_does_not_place_the_article():
    doc = extract_document(wrap(
        "Ngày 5/6, Chi bộ Trường Tiểu học Hoằng Đạt tổ chức Đại hội lần thứ XV, nhiệm kỳ 2020 - 2022, học tập "
        "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Đội Thiếu niên Tiền phong Hồ Chí Minh của trường "
        "có 300 đội viên.\n\nTòa soạn: Số 34, đường Hạc Thành, phường Điện Biên, TP Thanh Hóa.", "06/06/2020"))
    assert doc["organisations"][0]["province"] == "Thanh Hóa"


def test_counts_after_a_committee_congresses_at_all_levels_and_days_in_brackets():
    doc = extract_document(wrap(
        "Sau hai ngày làm việc khẩn trương (12 và 13/8), Đại hội đại biểu Đảng bộ xã Quỳnh Lương lần thứ I, nhiệm "
        "kỳ 2025 - 2030 đã bế mạc. Ban Chấp hành họp phiên thứ nhất, bầu Ban Thường vụ Đảng ủy 9 đồng chí. Đảng bộ "
        "phấn đấu tổ chức thành công đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XX.",
        "14/08/2025"))
    assert [(e["type"], e["ordinal"], e["start_date"]) for e in doc["events"]] == [
        ("congress", 1, "2025-08-12"), ("meeting", 1, None)]
    assert names(doc) == ["Đảng bộ xã Quỳnh Lương"]


def test_central_bodies_ministries_and_national_firms_are_named_whole_and_have_no_province():
    for body, level in (("Đảng ủy Chính phủ", "central"), ("Đảng bộ Quốc hội", "central"),
                        ("Đảng bộ Bộ Ngoại giao", "grassroots"), ("Đảng bộ Tòa án nhân dân tối cao", "grassroots"),
                        ("Đảng ủy Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "grassroots")):
        doc = extract_document(wrap(f"Chiều 17/7, tại Hà Nội, {body} tổ chức hội nghị sơ kết công tác xây dựng Đảng."))
        assert doc["organisations"] == [{"name": body, "level": level, "province": None}], body
    # a provincial unit of the armed forces keeps its province
    local = extract_document(wrap("Sáng 5/6, Đảng bộ Bộ Chỉ huy Quân sự tỉnh Nghệ An tổ chức hội nghị."))
    assert [o["province"] for o in local["organisations"]] == ["Nghệ An"]


def test_dots_inside_an_abbreviation_or_a_date_do_not_end_a_congress_phrase():
    doc = extract_document(wrap(
        "Ngày 24.7, Đại hội đại biểu Đảng bộ huyện Cần Giờ (TP.HCM) lần thứ XI, nhiệm kỳ 2020-2025 bế mạc sau "
        "ba ngày làm việc (22 - 24.7).", "Thứ Sáu, 24/07/2020 21:05 (GMT+7)"))
    assert doc["events"][0] == {"type": "congress", "ordinal": 11, "term_start": 2020, "term_end": 2025,
                                "start_date": "2020-07-22", "end_date": "2020-07-24"}
    assert doc["organisations"][0]["province"] == "Hồ Chí Minh"
    span = extract_document(wrap(
        "NDĐT - Từ ngày 3 đến 5-7, Đảng bộ huyện Mường Tè, tỉnh Lai Châu tổ chức Đại hội đại biểu lần thứ XX, "
        "nhiệm kỳ 2015 - 2020.", "Thứ Hai, 06-07-2015, 05:00"))
    assert (span["events"][0]["start_date"], span["events"][0]["end_date"]) == ("2015-07-03", "2015-07-05")


def test_a_date_closing_a_bar_of_page_furniture_is_the_dateline():
    doc = extract_document(
        "Đại hội Đảng bộ Khối Doanh nghiệp tỉnh lần thứ IV\n\nLượt xem: 1.587 | 10/07/2020\n\n(Haiduong.gov.vn) - "
        "Sáng 9/7, Đảng bộ Khối Doanh nghiệp tỉnh Hải Dương long trọng khai mạc Đại hội đại biểu lần thứ IV, "
        "nhiệm kỳ 2020 - 2025.\n")
    assert doc["published"] == "2020-07-10"
    assert doc["events"][0]["start_date"] == "2020-07-09"


def test_khmer_names_a_name_right_after_a_province_and_a_place_ending_in_a_surname():
    doc = extract_document(wrap(
        "Dự và chỉ đạo Đại hội có đồng chí Sơn Thị Ánh Hồng, Phó Bí thư Tỉnh ủy; đồng chí Chau Sóc Khênh, Bí thư "
        "Huyện ủy Tri Tôn. Phát biểu chỉ đạo, Bí thư Tỉnh ủy Đồng Tháp Lê Quốc Phong đề nghị phát triển vùng sen. "
        "Theo Bí thư Đảng ủy xã Mỹ Lâm Trần Văn Phúc, Đảng ủy xã đã kết nạp 19 đảng viên."))
    found = {p["name"]: p["titles"] for p in doc["people"]}
    assert found["Sơn Thị Ánh Hồng"] == ["Phó Bí thư Tỉnh ủy"]
    assert found["Chau Sóc Khênh"] == ["Bí thư Huyện ủy Tri Tôn"]
    assert found["Lê Quốc Phong"] == ["Bí thư Tỉnh ủy Đồng Tháp"]
    assert found["Trần Văn Phúc"] == ["Bí thư Đảng ủy xã Mỹ Lâm"]
    assert "Lâm Trần Văn Phúc" not in found


def test_a_city_named_in_the_body_outvotes_a_related_headline_for_the_province():
    doc = extract_document(
        "Bế mạc Đại hội Đảng bộ tỉnh\n\n17/10/2015 19:40 GMT+7\nTTO - Chiều 17-10, tại Hội trường 3 Tháng 2 ở TP "
        "Quy Nhơn, Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2015-2020 bế mạc sau ba ngày làm việc.\n\n"
        "THÁI BÌNH - HOÀNG TRỌNG\nXem thêm: Đại hội Đảng bộ tỉnh Quảng Ngãi bầu 53 ủy viên BCH\n")
    assert [o["province"] for o in doc["organisations"]] == ["Bình Định"]


def test_a_place_abbreviation_lookalike_a_managed_cadre_list_merged_parts_and_cited_bodies():
    # "Tư Nghĩa" is a district, not "TƯ" (Trung ương)
    doc = extract_document(wrap("Ngày 26/12, Huyện ủy Tư Nghĩa tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024.",
                                "27/12/2024 08:00"))
    assert doc["organisations"] == [{"name": "Huyện ủy Tư Nghĩa", "level": "district", "province": "Quảng Ngãi"}]
    # cadres "thuộc diện Ban Thường vụ … quản lý" do not make the standing committee a disciplined body
    managed = extract_document(wrap(
        "Ngày 15/10, Ủy ban Kiểm tra Huyện ủy Krông Pắc tổ chức hội nghị sơ kết. Đảng bộ huyện Krông Pắc hiện có "
        "6.850 đảng viên. Huyện ủy Krông Pắc chỉ đạo xác minh tài sản đối với 15 cán bộ thuộc diện Ban Thường vụ "
        "Huyện ủy quản lý.", "16/10/2024 08:05"))
    assert "Đảng bộ huyện Krông Pắc" in names(managed)
    merged = extract_document(wrap(
        "Chiều 30/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố các quyết định của Bộ Chính trị, Ban Bí thư về "
        "việc thành lập Đảng bộ tỉnh Gia Lai trên cơ sở hợp nhất Đảng bộ tỉnh Gia Lai và Đảng bộ tỉnh Bình Định.",
        "30/06/2025 16:45"))
    assert names(merged) == ["Đảng bộ tỉnh Gia Lai"]


def test_a_numbered_ward_keeps_its_district_and_a_faculty_cell_its_whole_name():
    ward = extract_document(wrap("Sáng 5/6, Đảng bộ phường 7, quận 3 tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ "
                                 "2020 - 2025.", "05/06/2020 10:00"))
    assert ward["organisations"] == [{"name": "Đảng bộ phường 7, quận 3", "level": "commune", "province": "Hồ Chí Minh"}]
    cell = extract_document(wrap("Sáng 5/6, Chi bộ Khoa Hàng hải tổ chức Đại hội chi bộ nhiệm kỳ 2022 - 2025.",
                                 "05/06/2022 10:00"))
    assert names(cell) == ["Chi bộ Khoa Hàng hải"]


def test_a_post_2025_commune_tells_its_province_only_in_a_later_article():
    later = extract_document(wrap("Ngày 23/7, Đảng bộ xã Tràm Chim tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ "
                                  "2025 - 2030.", "24/07/2025 08:00"))
    assert [o["province"] for o in later["organisations"]] == ["Đồng Tháp"]
    earlier = extract_document(wrap("Ngày 23/7, Đảng bộ xã Tràm Chim tổ chức Đại hội đại biểu lần thứ XX, nhiệm kỳ "
                                    "2020 - 2025.", "24/07/2020 08:00"))
    assert [o["province"] for o in earlier["organisations"]] == [None]


def test_a_hamlet_cell_keeps_its_commune_and_the_footers_district_places_it():
    doc = extract_document(
        "Đại hội Chi bộ xóm 5, xã Diễn Kim\n\nNgày đăng 14/04/2017 | 3:25 PM | View count: 212\n\n(DC) - Sáng 12/4, "
        "Chi bộ xóm 5, xã Diễn Kim tổ chức Đại hội nhiệm kỳ 2017 - 2020.\n\nBáo Nghệ Tĩnh\nCổng thông tin điện tử "
        "huyện Diễn Châu. Điện thoại: 0238.3862.123\n")
    assert doc["organisations"] == [{"name": "Chi bộ xóm 5, xã Diễn Kim", "level": "cell", "province": "Nghệ An"}]


def test_highland_names_titles_given_after_other_titles_and_indochina_is_no_person():
    doc = extract_document(wrap(
        "Đồng chí Hồ Quốc Dũng, Ủy viên Trung ương Đảng, được chỉ định giữ chức Bí thư Tỉnh ủy; trong đó đồng chí "
        "Rah Lan Chung giữ chức Phó Bí thư Thường trực. Đầu năm 1930, trên cơ sở các chi bộ Đông Dương Cộng sản "
        "Liên đoàn, đồng chí Lê Duẩn chủ trì hội nghị."))
    found = {p["name"]: p["titles"] for p in doc["people"]}
    assert found["Hồ Quốc Dũng"] == ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]
    assert found["Rah Lan Chung"] == ["Phó Bí thư Thường trực"]
    assert "Dương Cộng" not in found


def test_a_first_session_called_the_first_meeting_and_a_congress_of_a_day_and_a_half():
    doc = extract_document(wrap(
        "Sáng nay (15/7), Đảng bộ Khối Doanh nghiệp tỉnh Phú Thọ đã bế mạc Đại hội đại biểu lần thứ V, nhiệm kỳ "
        "2020 - 2025, sau một ngày rưỡi làm việc. Tại phiên họp đầu tiên, Ban Chấp hành khóa mới bầu Ban Thường vụ.",
        "15/07/2020 - 11:20"))
    assert (doc["events"][0]["start_date"], doc["events"][0]["end_date"]) == ("2020-07-14", "2020-07-15")
    assert first_session(doc)[:2] == (2020, 2025)


def test_a_numbered_army_unit_keeps_the_units_above_it_and_its_number_before_a_verb():
    cell = extract_document(wrap("Sáng 5/6, Chi bộ Đại đội 3, Tiểu đoàn 6, Trung đoàn 82, Sư đoàn 316 tổ chức Đại hội "
                                 "chi bộ nhiệm kỳ 2024 - 2025.", "05/06/2024 10:00"))
    assert names(cell) == ["Chi bộ Đại đội 3, Tiểu đoàn 6, Trung đoàn 82, Sư đoàn 316"]
    division = extract_document(wrap("Sáng 5/6, Đảng ủy Sư đoàn 316 tổ chức hội nghị sơ kết công tác xây dựng Đảng.",
                                     "05/06/2024 10:00"))
    assert names(division) == ["Đảng ủy Sư đoàn 316"]


def test_a_range_of_shares_and_a_deadline_are_no_days_and_a_first_session_takes_no_day_from_another_line():
    doc = extract_document(wrap(
        "SÓC TRĂNG - Ngày 8-8, Đảng bộ huyện Mỹ Xuyên tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2015-2020.\n"
        "Đại hội đề ra mục tiêu: mỗi năm giảm từ 2-3% hộ nghèo; hằng năm kết nạp từ 220 đảng viên trở lên.\n"
        "Đại hội bầu Ban Chấp hành Đảng bộ huyện khóa XI gồm 39 đồng chí. Tại hội nghị lần thứ nhất, Ban Chấp hành "
        "bầu Ban Thường vụ gồm 11 đồng chí.", "Thứ Hai, 10/08/2015 - 06:30"))
    assert first_session(doc) == (2015, 2020, None)
    visit = extract_document(wrap(
        "Chiều 15/4, đồng chí Dương Văn An, Bí thư Tỉnh ủy Vĩnh Phúc đã đi kiểm tra, làm việc tại Công ty TNHH Điện "
        "tử Quang Minh. Đồng chí yêu cầu hoàn thành giải phóng mặt bằng trước ngày 30/6.", "Thứ Ba, 16/04/2024 09:12"))
    assert [(e["type"], e["start_date"]) for e in visit["events"]] == [("working_session", "2024-04-15")]


def test_a_highland_hamlets_cell_is_named_whole():
    doc = extract_document(wrap("Các cấp ủy vận động đảng viên đi đầu; Chi bộ bon Bu Prăng 1 có 26 đảng viên thì đã có "
                                "19 đảng viên trồng mắc ca.", "18/03/2024 07:45"))
    assert names(doc) == ["Chi bộ bon Bu Prăng 1"]


def test_a_round_up_of_congresses_each_dated_by_its_clause_and_none_taking_a_planned_ones_days():
    doc = extract_document(wrap(
        "LÂM ĐỒNG - Tính đến ngày 21/8, đã có 9/15 đảng bộ trực thuộc Tỉnh ủy tổ chức xong đại hội nhiệm kỳ "
        "2020 - 2025.\n\nHuyện Đơn Dương: Trong hai ngày 17 - 18/8, Đảng bộ huyện Đơn Dương tổ chức Đại hội đại "
        "biểu lần thứ XI.\n\nHuyện Lạc Dương: Ngày 19/8, Đại hội Đảng bộ huyện Lạc Dương lần thứ VIII có 150 đại "
        "biểu dự.\n\nĐại hội Đảng bộ tỉnh lần thứ XI dự kiến diễn ra từ ngày 14 - 16/10/2020.",
        "Thứ Bảy, 22/08/2020 18:30"))
    assert [(e["ordinal"], e["term_start"], e["start_date"]) for e in doc["events"]] == [
        (11, 2020, "2020-08-17"), (8, 2020, "2020-08-19")]


def test_titles_in_lower_case_and_the_abbreviation_tu_inside_a_title():
    doc = extract_document(wrap(
        "Ban Chấp hành khóa XI họp phiên thứ nhất. Ông Nguyễn Văn Được, ủy viên Trung ương Đảng, được bầu làm bí thư "
        "Tỉnh ủy với số phiếu 100%. Dự Đại hội có đồng chí Nguyễn Văn Sơn, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy.",
        "18/10/2020 08:00"))
    found = {p["name"]: p["titles"] for p in doc["people"]}
    assert found["Nguyễn Văn Được"] == ["ủy viên Trung ương Đảng", "bí thư Tỉnh ủy"]
    assert found["Nguyễn Văn Sơn"] == ["Ủy viên T.Ư Đảng", "Bí thư Tỉnh ủy"]


def test_a_district_whose_name_starts_like_a_persons_is_a_place():
    doc = extract_document(wrap(
        "(BHG) - Trong 2 ngày 8 - 9.6, Đảng bộ huyện Hoàng Su Phì tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ "
        "2020 - 2025. Dự Đại hội có đồng chí Nguyễn Văn Sơn, Bí thư Tỉnh ủy.", "Thứ Tư, 10/06/2020 07:30"))
    assert names(doc) == ["Đảng bộ huyện Hoàng Su Phì"]
    assert [p["name"] for p in doc["people"]] == ["Nguyễn Văn Sơn"]


def test_a_congress_held_in_its_official_session():
    doc = extract_document(wrap("Ngày 9/8, Đảng bộ huyện Krông Pắc tiến hành phiên chính thức Đại hội đại biểu lần thứ "
                                "XIII, nhiệm kỳ 2020-2025.", "10/08/2020 08:00"))
    assert doc["events"][0] == {"type": "congress", "ordinal": 13, "term_start": 2020, "term_end": 2025,
                                "start_date": "2020-08-09", "end_date": None}


def test_a_standing_committee_disciplined_keeps_its_name_and_one_acting_on_a_case_is_its_committee():
    doc = extract_document(
        "Kỳ họp thứ 38 của Ủy ban Kiểm tra Trung ương: Đề nghị kỷ luật Ban Thường vụ Tỉnh ủy nhiệm kỳ 2010 - 2015\n\n"
        "Thứ Sáu, 20/09/2019 18:05\n\nTừ ngày 16 đến 19/9/2019, Ủy ban Kiểm tra Trung ương họp kỳ thứ 38. Tại kỳ họp, Ủy "
        "ban Kiểm tra Trung ương đã xem xét kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Tỉnh ủy Phú "
        "Yên nhiệm kỳ 2010 - 2015.\n")
    assert "Ban Thường vụ Tỉnh ủy Phú Yên" in names(doc)


def test_coast_guard_regions_and_armed_forces_abbreviations():
    region = extract_document(wrap("Ngày 3/5, Đảng ủy Vùng Cảnh sát biển 4 tổ chức hội nghị sơ kết công tác xây dựng Đảng "
                                   "tại Cà Mau.", "04/05/2024 08:00"))
    assert region["organisations"] == [{"name": "Đảng ủy Vùng Cảnh sát biển 4", "level": "grassroots", "province": None}]
    command = extract_document(wrap(
        "Ngày 3/2, Đảng ủy Bộ Chỉ huy Quân sự tỉnh Sóc Trăng tổ chức lễ trao Huy hiệu Đảng. Đảng bộ BCHQS tỉnh hiện có "
        "42 tổ chức cơ sở đảng.", "04/02/2022 08:00"))
    assert names(command) == ["Đảng ủy Bộ Chỉ huy Quân sự tỉnh Sóc Trăng"]
    division = extract_document(wrap("Ngày 3/12, Ủy ban Kiểm tra Đảng ủy Sư đoàn 324, Quân khu 4 tổ chức hội nghị tổng kết.",
                                     "04/12/2018 08:00"))
    assert names(division) == ["Ủy ban Kiểm tra Đảng ủy Sư đoàn 324"]
