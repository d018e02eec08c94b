"""An article's own metadata: headline, dateline, source site and byline, from its text."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from transforms.metadata import extract_metadata, find_byline, find_published, find_source_site, find_title

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed(stem: str) -> str:
    return (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("stem", "title", "published", "site", "author"),
    [
        (
            "000_9bc36e41751a7b1a",
            # no headline at the top: the portal repeats it in its QR-code box
            "Xây dựng Đảng bộ Khối và các tổ chức đảng trực thuộc trong sạch, vững mạnh, hoạt động hiệu lực, hiệu quả",
            datetime(2020, 8, 4, 12, 41),
            None,
            "Hoàng Tùng",
        ),
        (
            "001_c92900372932b516",
            "Khai mạc Đại hội đại biểu Đảng bộ Các cơ quan tỉnh Bắc Giang lần thứ XVIII",
            datetime(2020, 8, 24, 0, 8),
            "baobacgiang.com.vn",
            None,
        ),
        (
            "002_a6365a9eb4a4b482",
            "Quận ủy Ngô Quyền quyết liệt, đổi mới, sáng tạo trong công tác xây dựng, chỉnh đốn Đảng và củng cố "
            "hệ thống chính trị",
            datetime(2019, 7, 30, 8, 0),
            "haiphong.gov.vn",
            "Hoàng Tùng",
        ),
        (
            "003_8c5f52d723c3b0b4",
            "Ngành Tổ chức xây dựng Đảng: Xây dựng đội ngũ “Đoàn kết, trung thành, trung thực, trong sáng, "
            "gương mẫu, tinh thông, chuyên nghiệp”",
            None,  # only "Sáng 8/1" in the body: a day without a year is no dateline
            "haiphong.gov.vn",
            "Hoàng Tùng",
        ),
        (
            "004_ff265f1b5f5611b3",
            "Chủ động triển khai công tác chuẩn bị tổ chức đại hội Đảng các cấp",  # not "TIN TỨC NỔI BẬT"
            datetime(2019, 7, 30, 17, 0),
            None,
            None,
        ),
    ],
)
def test_seed_metadata(stem, title, published, site, author):
    assert extract_metadata(seed(stem)) == {
        "title": title,
        "published": published,
        "source_site": site,
        "author": author,
    }


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("Thứ Ba, 04/08/2020 12:41", datetime(2020, 8, 4, 12, 41)),
        ("Thứ hai - 24/08/2020 00:08 150 0", datetime(2020, 8, 24, 0, 8)),
        ("Ngày đăng 30/07/2019 | 5:00 PM  | View count: 106", datetime(2019, 7, 30, 17, 0)),
        ("Print Thứ Ba, 30/07/2019 08:00", datetime(2019, 7, 30, 8, 0)),
        ("Cập nhật: 12/3/2023 09:15", datetime(2023, 3, 12, 9, 15)),
        ("15/10/2024 - 10:30", datetime(2024, 10, 15, 10, 30)),
        ("Cập nhật lúc 15:40 ngày 27/7/2015", datetime(2015, 7, 27, 15, 40)),
        ("Cập nhật: 14:20, 28/07/2025", datetime(2025, 7, 28, 14, 20)),
        ("Thứ Năm, 12/03/2020", datetime(2020, 3, 12)),
        ("Ngày đăng: 12/04/2017 - Lượt xem: 317", datetime(2017, 4, 12)),
        ("12:30 AM 01/02/2021", datetime(2021, 2, 1, 0, 30)),
        ("03/02/2022", datetime(2022, 2, 3)),  # a date alone on its line under the headline
    ],
)
def test_datelines(dateline, expected):
    text = f"Tiêu đề bài viết về đại hội\n\n{dateline}\n\nSáng 4/8, Đảng bộ tổ chức Đại hội."
    assert find_published(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 8/1, Ban Tổ chức Thành ủy tổ chức Hội nghị.",
        "Thành ủy ban hành Kế hoạch số 155-KH/TU ngày 08/7/2019 để triển khai thực hiện.",
        "Đến 31/02/2020 08:00 là một ngày không có thật.",
    ],
)
def test_body_dates_are_not_datelines(text):
    assert find_published(text) is None


def test_a_date_alone_on_a_line_deep_in_the_body_is_no_dateline():
    text = "Tiêu đề\n\nĐoạn một.\nĐoạn hai.\nĐoạn ba.\nĐoạn bốn.\nĐoạn năm.\n12/05/2020\n"
    assert find_published(text) is None


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Bài viết.\n\nNguồn tin: baobacgiang.com.vn:", "baobacgiang.com.vn"),
        ("Bài viết.\n\nNguồn. haiphong.gov.vn", "haiphong.gov.vn"),
        ("(Haiphong.gov.vn) - Sáng 8/1, Ban Tổ chức Thành ủy tổ chức Hội nghị", "haiphong.gov.vn"),
        ("Bài viết.\n\nLiên hệ\n congthongtindientu@haiphong.gov.vn\n fb.com/abc", "haiphong.gov.vn"),
        ("Bài viết.\n\nfb.com/www.haiphong.gov.vn", "haiphong.gov.vn"),
        ("Bài viết.\nXem tại https://www.Dangcongsan.vn/xay-dung-dang", "dangcongsan.vn"),
        ("Bài viết không có nguồn.", None),
    ],
)
def test_source_site(text, site):
    assert find_source_site(text) == site


def test_byline_is_a_short_name_line_closing_the_body():
    body = "Đại hội đã bầu Ban Chấp hành gồm 35 đồng chí. " * 4
    assert find_byline(f"Tiêu đề\n\n{body}\n\nMinh Anh - Thu Hà\n\nTin khác\nQR Code")[2] == "Minh Anh - Thu Hà"
    assert find_byline(f"Tiêu đề\n\n{body}\n\nQuang Minh (TTXVN)\n")[2] == "Quang Minh"
    # a caption is not a byline, and neither is the chrome after the body
    assert find_byline(f"Tiêu đề\n\n{body}\n\nQuang cảnh Đại hội.\n\nTin khác") is None


def test_title_skips_chrome_lines():
    text = "TIN TỨC NỔI BẬT\n\nĐại hội Đảng bộ xã Hùng An lần thứ I\nNgày đăng 30/07/2019 | 5:00 PM\n\nBody."
    assert find_title(text) == "Đại hội Đảng bộ xã Hùng An lần thứ I"


def test_related_news_headings_end_the_body_but_body_lines_starting_alike_do_not():
    from transforms.metadata import body_end

    body = "Sáng 11/6, Đảng bộ huyện Lục Nam khai mạc Đại hội đại biểu lần thứ XXIV, nhiệm kỳ 2015 - 2020. " * 2
    text = f"Tiêu đề\n\n{body}\n\nThanh Hương\n\nCác tin đã đưa:\n- Lục Nam trao Huy hiệu 30 năm tuổi Đảng\n"
    assert text[body_end(text):].startswith("Các tin đã đưa:")
    assert find_byline(text)[2] == "Thanh Hương"
    flattened = f"Tiêu đề\n\n{body}\nTIN BÀI KHÁC  Đó là câu chuyện của một gia đình ở xã Đường Lâm, kể tiếp ở đây.\n"
    assert body_end(flattened) == len(flattened)


@pytest.mark.parametrize(
    "text",
    [
        "đảngviên" * 20000,  # one 160 kB word: once a quadratic e-mail scan
        "\n" * 50000,  # empty lines: once a quadratic "(site.vn) -" scan
        "a." * 20000,
        "www." * 10000,
        "x" * 30000 + "@",
    ],
)
def test_pathological_texts_have_no_source_site(text):
    # no timing assertion: a scan that backtracks per character would take minutes here
    assert find_source_site(text) is None
    assert extract_metadata(text)["source_site"] is None


def test_source_site_after_a_long_word_is_still_found():
    assert find_source_site("đảngviên" * 5000 + "\nLiên hệ: toasoan@baohanam.vn") == "baohanam.vn"
    assert find_source_site("a." * 5000 + " xem tại baohanam.com.vn") == "baohanam.com.vn"


@pytest.mark.parametrize(
    "masthead",
    [
        "Cổng thông tin điện tử Đảng bộ tỉnh Yên Bái",
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG",
        "Báo Bình Định điện tử",
        "Báo Quân đội nhân dân",
        "TẠP CHÍ CỘNG SẢN",
        "Thời sự | Chính trị | Xây dựng Đảng",
        "Trang chủ > Tin tức > Hoạt động Đảng",
        "Chuyên mục: Nghiên cứu - Trao đổi",
    ],
)
def test_the_sites_name_a_menu_or_a_section_over_the_page_is_not_the_headline(masthead):
    text = f"{masthead}\n\nĐại hội Đảng bộ xã Tân Lập lần thứ XV thành công tốt đẹp\n\n12/05/2020 | 09:30\n\nNội dung bài."
    assert find_title(text) == "Đại hội Đảng bộ xã Tân Lập lần thứ XV thành công tốt đẹp"
