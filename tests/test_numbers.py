"""Reading numbers as Vietnamese writes them (transforms.numbers)."""

import pytest

from transforms.numbers import digit_blobs, parse_digits, percent_end, word_runs, word_value


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1.124", 1124),  # a dot groups thousands
        ("11.804", 11804),
        ("68.281", 68281),
        ("1.234.567", 1234567),
        ("102,2", 102.2),  # a comma marks decimals
        ("1.234,5", 1234.5),
        ("05", 5),  # leading zeros
        ("09", 9),
        ("3217", 3217),
        ("1001", 1001),
        ("1.1245", 1.1245),  # malformed: kept literally for validation to quarantine
        ("11.\n804", 11804),  # wrapped across a line break
    ],
)
def test_parse_digits(raw, value):
    got = parse_digits(raw)
    assert got == value
    assert type(got) is type(value)


@pytest.mark.parametrize("raw", ["4/8", "24/08/2020", "12:41", "0225.3821.055"])
def test_parse_digits_rejects_what_is_not_one_number(raw):
    assert parse_digits(raw) is None


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("ba", 3),
        ("chín", 9),
        ("mười", 10),
        ("mười một", 11),
        ("mười lăm", 15),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("hai mươi tư", 24),
        ("ba mươi lăm", 35),
        ("một trăm", 100),
        ("một trăm linh năm", 105),
        ("hai trăm năm mươi", 250),
        ("một trăm năm mươi", 150),
        ("ba nghìn hai trăm", 3200),
        ("hai ngàn", 2000),
        ("một triệu hai trăm nghìn", 1_200_000),
    ],
)
def test_word_value(words, value):
    assert word_value(words.split()) == value


@pytest.mark.parametrize(
    "words",
    [
        "hai ba",  # two digits in a row
        "tư",  # "tư" is four only after "mươi"
        "lăm",  # "lăm" is five only after "mười"/"mươi"
        "hai mươi năm",  # twenty years, not 25
        "một trăm năm",  # a century
        "không",
    ],
)
def test_word_value_rejects_malformed_runs(words):
    assert word_value(words.split()) is None


def test_word_runs_split_a_numeral_from_a_following_year_word():
    text = "hai mươi năm qua, ba nhóm nhiệm vụ"
    runs = [(text[r.start:r.end], r.value) for r in word_runs(text)]
    assert ("hai mươi", 20) in runs
    assert ("ba", 3) in runs


def test_word_runs_span_a_line_break():
    text = "có một trăm\nnăm mươi đại biểu"
    runs = word_runs(text)
    assert [(text[r.start:r.end], r.value) for r in runs] == [("một trăm\nnăm mươi", 150)]


def test_digit_blobs_keep_dates_and_times_whole():
    text = "Thứ hai - 24/08/2020 00:08 có 1.124 đảng viên"
    assert [b.raw for b in digit_blobs(text)] == ["24/08/2020", "00:08", "1.124"]


def test_percent_sign_with_or_without_space():
    text = "đạt 102,2% và 58,4 %"
    blobs = digit_blobs(text)
    assert text[blobs[0].start:percent_end(text, blobs[0].end)] == "102,2%"
    assert text[blobs[1].start:percent_end(text, blobs[1].end)] == "58,4 %"


def test_parse_digits_rejects_absurdly_long_digit_runs():
    assert parse_digits("1" * 5000) is None
    assert parse_digits("1." + "234." * 10 + "567") is None
