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
    assert chair["titles"] == ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy", "Trưởng Ban Chỉ đạo Chương trình 01-CTr/TU"]
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
    assert doc["organisations"] == [{"name": "Đảng bộ huyện Yên Thế", "level": "district", "province": None}]


def test_cited_and_future_congresses_are_not_events():
    doc = extract_document(wrap(
        "Sáng 5/6, Huyện ủy Lục Nam tổ chức hội nghị quán triệt Nghị quyết Đại hội XIII của Đảng. "
        "Huyện sẽ tổ chức Đại hội Đảng bộ huyện lần thứ XXVI vào tháng 8/2025."))
    assert [e["type"] for e in doc["events"]] == ["conference"]
    assert doc["events"][0]["ordinal"] is None  # XIII is the cited congress's
    assert doc["events"][0]["start_date"] == "2025-06-05"


def test_first_session_of_the_new_committee_is_a_meeting():
    doc = extract_document(wrap(
        "Sáng 15/6, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. "
        "Ngay sau Đại hội, Ban Chấp hành khóa mới đã họp phiên thứ nhất, bầu Ban Thường vụ."))
    assert [(e["type"], e["ordinal"], e["term_start"]) for e in doc["events"]] == [
        ("congress", 1, 2025), ("meeting", 1, 2025)]
    assert doc["organisations"][0]["level"] == "commune"


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


def test_ordinals_provinces_and_the_merger():
    assert [ordinal_value(s) for s in ("XVIII", "VI", "13", "nhất", "ba", "mười hai")] == [18, 6, 13, 1, 3, 12]
    assert province_of_site("haiphong.gov.vn") == "Hải Phòng"
    assert province_of_site("baobacgiang.com.vn") == "Bắc Giang"
    assert province_of_site("baothainguyen.vn") == "Thái Nguyên"
    assert province_of_site("dangcongsan.vn") is None
    assert province_at("Bắc Giang", date(2020, 8, 24)) == "Bắc Giang"
    assert province_at("Bắc Giang", date(2025, 8, 1)) == "Bắc Ninh"
    assert province_at("Thừa Thiên Huế", date(2025, 8, 1)) == "Huế"


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
