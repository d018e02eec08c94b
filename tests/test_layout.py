"""Undoing a crawler's hard line wraps: made-up texts, each rule once."""

from transforms.document import extract_document
from transforms.facts import extract_facts
from transforms.layout import unwrap_hard_wraps

WRAPPED = (
    "ĐẠI HỘI ĐẢNG BỘ HUYỆN VĂN CHẤN LẦN THỨ XXII\n"
    "Thứ Bảy, 18-07-2015, 18:05\n\n"
    "YÊN BÁI - Ngày 18-7, Đại hội đại biểu Đảng bộ huyện Văn Chấn lần thứ XXII, nhiệm\n"
    "kỳ 2015-2020 bế mạc sau ba ngày làm việc. Dự đại hội có đồng chí Phạm Duy Cường,\n"
    "Bí thư Tỉnh ủy Yên Bái.\n"
    "Văn Chấn là huyện vùng cao có hai mươi tám dân tộc cùng sinh sống, với 31 xã, thị\n"
    "trấn và ba nông trường. Đảng bộ huyện hiện có 61 tổ chức cơ sở đảng, 511 chi bộ\n"
    "trực thuộc với 7.930 đảng viên. Dự đại hội có 309 đại biểu, trong đó 97 đại biểu\n"
    "là người dân tộc thiểu số. Công tác xây dựng Đảng được coi trọng, Đảng bộ kết nạp\n"
    "1.412 đảng viên mới, bình quân mỗi năm gần 300 đảng viên; tỷ lệ tổ chức cơ sở đảng\n"
    "đạt trong sạch, vững mạnh bình quân hằng năm là 67,2%; 100% thôn, bản có chi bộ.\n"
    "Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa XXII gồm 45 đồng chí. Đồng chí Hoàng\n"
    "Văn Thọ tái đắc cử Bí thư Huyện ủy; các đồng chí Lò Thị Mai, Phó Bí thư Thường trực\n"
    "Huyện ủy và Đặng Quốc Khánh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện được bầu lại.\n"
    "- Kết nạp đảng viên: 1.412 đồng chí;\n"
)


def test_hard_wraps_become_spaces_and_every_offset_holds():
    unwrapped = unwrap_hard_wraps(WRAPPED)
    assert len(unwrapped) == len(WRAPPED)
    assert "lần thứ XXII, nhiệm kỳ 2015-2020" in unwrapped
    assert "Đồng chí Hoàng Văn Thọ" in unwrapped
    # a headline over its dateline, a sentence's end and a list item keep their breaks
    assert unwrapped.startswith("ĐẠI HỘI ĐẢNG BỘ HUYỆN VĂN CHẤN LẦN THỨ XXII\nThứ Bảy")
    assert "Yên Bái.\nVăn Chấn" in unwrapped
    assert "được bầu lại.\n- Kết nạp" in unwrapped


def test_a_text_keeping_each_paragraph_on_one_line_is_left_as_it_is():
    text = WRAPPED.replace("\n", " ")
    assert unwrap_hard_wraps(text) == text
    short = "Tiêu đề\n\n16/06/2025 09:12\n\nĐảng bộ xã có 120 đảng viên.\nChi bộ có 12 đảng viên.\n"
    assert unwrap_hard_wraps(short) == short


def test_a_hard_wrapped_report_reads_like_the_same_report_unwrapped():
    doc = extract_document(WRAPPED)
    assert doc["events"][0] == {"type": "congress", "ordinal": 22, "term_start": 2015, "term_end": 2020,
                                "start_date": "2015-07-16", "end_date": "2015-07-18"}
    titles = {p["name"]: p["titles"] for p in doc["people"]}
    assert titles["Hoàng Văn Thọ"] == ["Bí thư Huyện ủy"]
    assert titles["Lò Thị Mai"] == ["Phó Bí thư Thường trực Huyện ủy"]
    facts = extract_facts(WRAPPED)
    for f in facts:  # the spans index the text as given
        span = WRAPPED[f["start"]:f["end"]]
        if span[:1].isdigit():
            assert float(span.replace(".", "").replace(",", ".").rstrip("% ")) == f["value"], (span, f)
    found = {(f["measure"], f["value"]) for f in facts}
    assert {("grassroots_orgs", 61), ("party_cells", 511), ("party_members", 7930), ("members_admitted", 1412),
            ("executive_committee_size", 45)} <= found
