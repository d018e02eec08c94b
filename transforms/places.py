"""The district-level units of Vietnam before the July 2025 reform (cities inside a province,
towns, urban and rural districts) and the province each belongs to.

A text that names no province often names its district ("huyện Mường Nhé", "Huyện ủy Krông
Búk"); this table tells the province. Source: the General Statistics Office's list of
administrative units (danhmuchanhchinh.gso.gov.vn) as of 2024, 696 units, as packaged by the
`vietnam-provinces` 0.6.0 wheel; spelled with modern tone marks ("Hòa", "Thủy"), the way
`document.modern_tones` writes every text before it is read. Huế's units are listed under
"Huế" (a centrally-run city from 2025; `document.province_at` names it Thừa Thiên Huế before).
Data only: no I/O, no imports."""

from __future__ import annotations

# province -> "unit: name, name; unit: name, ..." (units: thành phố, thị xã, quận, huyện)
_UNITS_BY_PROVINCE = {
    "An Giang": (
        "thành phố: Châu Đốc, Long Xuyên; thị xã: Tân Châu, Tịnh Biên; huyện: An Phú, Châu Phú, "
        "Châu Thành, Chợ Mới, Phú Tân, Thoại Sơn, Tri Tôn"
    ),
    "Bà Rịa - Vũng Tàu": (
        "thành phố: Bà Rịa, Vũng Tàu; thị xã: Phú Mỹ; huyện: Châu Đức, Côn Đảo, Long Đất, "
        "Xuyên Mộc"
    ),
    "Bình Dương": (
        "thành phố: Bến Cát, Dĩ An, Thuận An, Thủ Dầu Một, Tân Uyên; huyện: Bàu Bàng, "
        "Bắc Tân Uyên, Dầu Tiếng, Phú Giáo"
    ),
    "Bình Phước": (
        "thành phố: Đồng Xoài; thị xã: Bình Long, Chơn Thành, Phước Long; huyện: Bù Gia Mập, "
        "Bù Đăng, Bù Đốp, Hớn Quản, Lộc Ninh, Phú Riềng, Đồng Phú"
    ),
    "Bình Thuận": (
        "thành phố: Phan Thiết; thị xã: La Gi; huyện: Bắc Bình, Hàm Thuận Bắc, Hàm Thuận Nam, "
        "Hàm Tân, Phú Quí, Tuy Phong, Tánh Linh, Đức Linh"
    ),
    "Bình Định": (
        "thành phố: Quy Nhơn; thị xã: An Nhơn, Hoài Nhơn; huyện: An Lão, Hoài Ân, Phù Cát, "
        "Phù Mỹ, Tuy Phước, Tây Sơn, Vân Canh, Vĩnh Thạnh"
    ),
    "Bạc Liêu": (
        "thành phố: Bạc Liêu; thị xã: Giá Rai; huyện: Hòa Bình, Hồng Dân, Phước Long, Vĩnh Lợi, "
        "Đông Hải"
    ),
    "Bắc Giang": (
        "thành phố: Bắc Giang; thị xã: Chũ, Việt Yên; huyện: Hiệp Hòa, Lạng Giang, Lục Nam, "
        "Lục Ngạn, Sơn Động, Tân Yên, Yên Thế"
    ),
    "Bắc Kạn": (
        "thành phố: Bắc Kạn; huyện: Ba Bể, Bạch Thông, Chợ Mới, Chợ Đồn, Na Rì, Ngân Sơn, Pác Nặm"
    ),
    "Bắc Ninh": (
        "thành phố: Bắc Ninh, Từ Sơn; thị xã: Quế Võ, Thuận Thành; huyện: Gia Bình, Lương Tài, "
        "Tiên Du, Yên Phong"
    ),
    "Bến Tre": (
        "thành phố: Bến Tre; huyện: Ba Tri, Bình Đại, Châu Thành, Chợ Lách, Giồng Trôm, "
        "Mỏ Cày Bắc, Mỏ Cày Nam, Thạnh Phú"
    ),
    "Cao Bằng": (
        "thành phố: Cao Bằng; huyện: Bảo Lâm, Bảo Lạc, Hà Quảng, Hòa An, Hạ Lang, Nguyên Bình, "
        "Quảng Hòa, Thạch An, Trùng Khánh"
    ),
    "Cà Mau": (
        "thành phố: Cà Mau; huyện: Cái Nước, Ngọc Hiển, Năm Căn, Phú Tân, Thới Bình, "
        "Trần Văn Thời, U Minh, Đầm Dơi"
    ),
    "Cần Thơ": (
        "quận: Bình Thủy, Cái Răng, Ninh Kiều, Thốt Nốt, Ô Môn; huyện: Cờ Đỏ, Phong Điền, "
        "Thới Lai, Vĩnh Thạnh"
    ),
    "Gia Lai": (
        "thành phố: Pleiku; thị xã: An Khê, Ayun Pa; huyện: Chư Prông, Chư Păh, Chư Pưh, Chư Sê, "
        "Ia Grai, Ia Pa, KBang, Krông Pa, Kông Chro, Mang Yang, Phú Thiện, Đăk Pơ, Đăk Đoa, "
        "Đức Cơ"
    ),
    "Huế": (
        "thị xã: Hương Thủy, Hương Trà, Phong Điền; quận: Phú Xuân, Thuận Hóa; huyện: A Lưới, "
        "Phú Lộc, Phú Vang, Quảng Điền"
    ),
    "Hà Giang": (
        "thành phố: Hà Giang; huyện: Bắc Mê, Bắc Quang, Hoàng Su Phì, Mèo Vạc, Quang Bình, "
        "Quản Bạ, Vị Xuyên, Xín Mần, Yên Minh, Đồng Văn"
    ),
    "Hà Nam": "thành phố: Phủ Lý; thị xã: Duy Tiên, Kim Bảng; huyện: Bình Lục, Lý Nhân, Thanh Liêm",
    "Hà Nội": (
        "thị xã: Sơn Tây; quận: Ba Đình, Bắc Từ Liêm, Cầu Giấy, Hai Bà Trưng, Hoàn Kiếm, "
        "Hoàng Mai, Hà Đông, Long Biên, Nam Từ Liêm, Thanh Xuân, Tây Hồ, Đống Đa; huyện: Ba Vì, "
        "Chương Mỹ, Gia Lâm, Hoài Đức, Mê Linh, Mỹ Đức, Phú Xuyên, Phúc Thọ, Quốc Oai, Sóc Sơn, "
        "Thanh Oai, Thanh Trì, Thường Tín, Thạch Thất, Đan Phượng, Đông Anh, Ứng Hòa"
    ),
    "Hà Tĩnh": (
        "thành phố: Hà Tĩnh; thị xã: Hồng Lĩnh, Kỳ Anh; huyện: Can Lộc, Cẩm Xuyên, Hương Khê, "
        "Hương Sơn, Kỳ Anh, Nghi Xuân, Thạch Hà, Vũ Quang, Đức Thọ"
    ),
    "Hòa Bình": (
        "thành phố: Hòa Bình; huyện: Cao Phong, Kim Bôi, Lương Sơn, Lạc Sơn, Lạc Thủy, Mai Châu, "
        "Tân Lạc, Yên Thủy, Đà Bắc"
    ),
    "Hưng Yên": (
        "thành phố: Hưng Yên; thị xã: Mỹ Hào; huyện: Khoái Châu, Kim Động, Phù Cừ, Tiên Lữ, "
        "Văn Giang, Văn Lâm, Yên Mỹ, Ân Thi"
    ),
    "Hải Dương": (
        "thành phố: Chí Linh, Hải Dương; thị xã: Kinh Môn; huyện: Bình Giang, Cẩm Giàng, "
        "Gia Lộc, Kim Thành, Nam Sách, Ninh Giang, Thanh Hà, Thanh Miện, Tứ Kỳ"
    ),
    "Hải Phòng": (
        "thành phố: Thủy Nguyên; quận: An Dương, Dương Kinh, Hải An, Hồng Bàng, Kiến An, "
        "Lê Chân, Ngô Quyền, Đồ Sơn; huyện: An Lão, Bạch Long Vĩ, Cát Hải, Kiến Thụy, Tiên Lãng, "
        "Vĩnh Bảo"
    ),
    "Hậu Giang": (
        "thành phố: Ngã Bảy, Vị Thanh; thị xã: Long Mỹ; huyện: Châu Thành, Châu Thành A, "
        "Long Mỹ, Phụng Hiệp, Vị Thủy"
    ),
    "Hồ Chí Minh": (
        "thành phố: Thủ Đức; quận: 1, 3, 4, 5, 6, 7, 8, 10, 11, 12, Bình Thạnh, Bình Tân, "
        "Gò Vấp, Phú Nhuận, Tân Bình, Tân Phú; huyện: Bình Chánh, Cần Giờ, Củ Chi, Hóc Môn, "
        "Nhà Bè"
    ),
    "Khánh Hòa": (
        "thành phố: Cam Ranh, Nha Trang; thị xã: Ninh Hòa; huyện: Cam Lâm, Diên Khánh, "
        "Khánh Sơn, Khánh Vĩnh, Trường Sa, Vạn Ninh"
    ),
    "Kiên Giang": (
        "thành phố: Hà Tiên, Phú Quốc, Rạch Giá; huyện: An Biên, An Minh, Châu Thành, "
        "Giang Thành, Giồng Riềng, Gò Quao, Hòn Đất, Kiên Hải, Kiên Lương, Tân Hiệp, "
        "U Minh Thượng, Vĩnh Thuận"
    ),
    "Kon Tum": (
        "thành phố: Kon Tum; huyện: Ia H' Drai, Kon Plông, Kon Rẫy, Ngọc Hồi, Sa Thầy, "
        "Tu Mơ Rông, Đắk Glei, Đắk Hà, Đắk Tô"
    ),
    "Lai Châu": (
        "thành phố: Lai Châu; huyện: Mường Tè, Nậm Nhùn, Phong Thổ, Sìn Hồ, Tam Đường, "
        "Than Uyên, Tân Uyên"
    ),
    "Long An": (
        "thành phố: Tân An; thị xã: Kiến Tường; huyện: Bến Lức, Châu Thành, Cần Giuộc, Cần Đước, "
        "Mộc Hóa, Thạnh Hóa, Thủ Thừa, Tân Hưng, Tân Thạnh, Tân Trụ, Vĩnh Hưng, Đức Huệ, Đức Hòa"
    ),
    "Lào Cai": (
        "thành phố: Lào Cai; thị xã: Sa Pa; huyện: Bát Xát, Bảo Thắng, Bảo Yên, Bắc Hà, "
        "Mường Khương, Si Ma Cai, Văn Bàn"
    ),
    "Lâm Đồng": (
        "thành phố: Bảo Lộc, Đà Lạt; huyện: Bảo Lâm, Di Linh, Lâm Hà, Lạc Dương, Đam Rông, "
        "Đơn Dương, Đạ Huoai, Đức Trọng"
    ),
    "Lạng Sơn": (
        "thành phố: Lạng Sơn; huyện: Bình Gia, Bắc Sơn, Cao Lộc, Chi Lăng, Hữu Lũng, Lộc Bình, "
        "Tràng Định, Văn Lãng, Văn Quan, Đình Lập"
    ),
    "Nam Định": (
        "thành phố: Nam Định; huyện: Giao Thủy, Hải Hậu, Nam Trực, Nghĩa Hưng, Trực Ninh, "
        "Vụ Bản, Xuân Trường, Ý Yên"
    ),
    "Nghệ An": (
        "thành phố: Vinh; thị xã: Hoàng Mai, Thái Hòa; huyện: Anh Sơn, Con Cuông, Diễn Châu, "
        "Hưng Nguyên, Kỳ Sơn, Nam Đàn, Nghi Lộc, Nghĩa Đàn, Quế Phong, Quỳ Châu, Quỳ Hợp, "
        "Quỳnh Lưu, Thanh Chương, Tân Kỳ, Tương Dương, Yên Thành, Đô Lương"
    ),
    "Ninh Bình": (
        "thành phố: Hoa Lư, Tam Điệp; huyện: Gia Viễn, Kim Sơn, Nho Quan, Yên Khánh, Yên Mô"
    ),
    "Ninh Thuận": (
        "thành phố: Phan Rang-Tháp Chàm; huyện: Bác Ái, Ninh Hải, Ninh Phước, Ninh Sơn, "
        "Thuận Bắc, Thuận Nam"
    ),
    "Phú Thọ": (
        "thành phố: Việt Trì; thị xã: Phú Thọ; huyện: Cẩm Khê, Hạ Hòa, Lâm Thao, Phù Ninh, "
        "Tam Nông, Thanh Ba, Thanh Sơn, Thanh Thủy, Tân Sơn, Yên Lập, Đoan Hùng"
    ),
    "Phú Yên": (
        "thành phố: Tuy Hòa; thị xã: Sông Cầu, Đông Hòa; huyện: Phú Hòa, Sông Hinh, Sơn Hòa, "
        "Tuy An, Tây Hòa, Đồng Xuân"
    ),
    "Quảng Bình": (
        "thành phố: Đồng Hới; thị xã: Ba Đồn; huyện: Bố Trạch, Lệ Thủy, Minh Hóa, Quảng Ninh, "
        "Quảng Trạch, Tuyên Hóa"
    ),
    "Quảng Nam": (
        "thành phố: Hội An, Tam Kỳ; thị xã: Điện Bàn; huyện: Bắc Trà My, Duy Xuyên, Hiệp Đức, "
        "Nam Giang, Nam Trà My, Núi Thành, Phú Ninh, Phước Sơn, Quế Sơn, Thăng Bình, Tiên Phước, "
        "Tây Giang, Đông Giang, Đại Lộc"
    ),
    "Quảng Ngãi": (
        "thành phố: Quảng Ngãi; thị xã: Đức Phổ; huyện: Ba Tơ, Bình Sơn, Lý Sơn, Minh Long, "
        "Mộ Đức, Nghĩa Hành, Sơn Hà, Sơn Tây, Sơn Tịnh, Trà Bồng, Tư Nghĩa"
    ),
    "Quảng Ninh": (
        "thành phố: Cẩm Phả, Hạ Long, Móng Cái, Uông Bí, Đông Triều; thị xã: Quảng Yên; "
        "huyện: Ba Chẽ, Bình Liêu, Cô Tô, Hải Hà, Tiên Yên, Vân Đồn, Đầm Hà"
    ),
    "Quảng Trị": (
        "thành phố: Đông Hà; thị xã: Quảng Trị; huyện: Cam Lộ, Cồn Cỏ, Gio Linh, Hướng Hóa, "
        "Hải Lăng, Triệu Phong, Vĩnh Linh, Đa Krông"
    ),
    "Sóc Trăng": (
        "thành phố: Sóc Trăng; thị xã: Ngã Năm, Vĩnh Châu; huyện: Châu Thành, Cù Lao Dung, "
        "Kế Sách, Long Phú, Mỹ Tú, Mỹ Xuyên, Thạnh Trị, Trần Đề"
    ),
    "Sơn La": (
        "thành phố: Sơn La; huyện: Bắc Yên, Mai Sơn, Mường La, Mộc Châu, Phù Yên, Quỳnh Nhai, "
        "Sông Mã, Sốp Cộp, Thuận Châu, Vân Hồ, Yên Châu"
    ),
    "Thanh Hóa": (
        "thành phố: Sầm Sơn, Thanh Hóa; thị xã: Bỉm Sơn, Nghi Sơn; huyện: Bá Thước, Cẩm Thủy, "
        "Hoằng Hóa, Hà Trung, Hậu Lộc, Lang Chánh, Mường Lát, Nga Sơn, Ngọc Lặc, Như Thanh, "
        "Như Xuân, Nông Cống, Quan Hóa, Quan Sơn, Quảng Xương, Thiệu Hóa, Thường Xuân, "
        "Thạch Thành, Thọ Xuân, Triệu Sơn, Vĩnh Lộc, Yên Định"
    ),
    "Thái Bình": (
        "thành phố: Thái Bình; huyện: Hưng Hà, Kiến Xương, Quỳnh Phụ, Thái Thụy, Tiền Hải, "
        "Vũ Thư, Đông Hưng"
    ),
    "Thái Nguyên": (
        "thành phố: Phổ Yên, Sông Công, Thái Nguyên; huyện: Phú Bình, Phú Lương, Võ Nhai, "
        "Đại Từ, Định Hóa, Đồng Hỷ"
    ),
    "Tiền Giang": (
        "thành phố: Gò Công, Mỹ Tho; thị xã: Cai Lậy; huyện: Cai Lậy, Châu Thành, Chợ Gạo, "
        "Cái Bè, Gò Công Tây, Gò Công Đông, Tân Phú Đông, Tân Phước"
    ),
    "Trà Vinh": (
        "thành phố: Trà Vinh; thị xã: Duyên Hải; huyện: Châu Thành, Càng Long, Cầu Kè, "
        "Cầu Ngang, Duyên Hải, Tiểu Cần, Trà Cú"
    ),
    "Tuyên Quang": (
        "thành phố: Tuyên Quang; huyện: Chiêm Hóa, Hàm Yên, Lâm Bình, Na Hang, Sơn Dương, Yên Sơn"
    ),
    "Tây Ninh": (
        "thành phố: Tây Ninh; thị xã: Hòa Thành, Trảng Bàng; huyện: Bến Cầu, Châu Thành, "
        "Dương Minh Châu, Gò Dầu, Tân Biên, Tân Châu"
    ),
    "Vĩnh Long": (
        "thành phố: Vĩnh Long; thị xã: Bình Minh; huyện: Bình Tân, Long Hồ, Mang Thít, Tam Bình, "
        "Trà Ôn, Vũng Liêm"
    ),
    "Vĩnh Phúc": (
        "thành phố: Phúc Yên, Vĩnh Yên; huyện: Bình Xuyên, Lập Thạch, Sông Lô, Tam Dương, "
        "Tam Đảo, Vĩnh Tường, Yên Lạc"
    ),
    "Yên Bái": (
        "thành phố: Yên Bái; thị xã: Nghĩa Lộ; huyện: Lục Yên, Mù Căng Chải, Trạm Tấu, Trấn Yên, "
        "Văn Chấn, Văn Yên, Yên Bình"
    ),
    "Điện Biên": (
        "thành phố: Điện Biên Phủ; thị xã: Mường Lay; huyện: Mường Chà, Mường Nhé, Mường Ảng, "
        "Nậm Pồ, Tuần Giáo, Tủa Chùa, Điện Biên, Điện Biên Đông"
    ),
    "Đà Nẵng": (
        "quận: Cẩm Lệ, Hải Châu, Liên Chiểu, Ngũ Hành Sơn, Sơn Trà, Thanh Khê; huyện: Hoàng Sa, "
        "Hòa Vang"
    ),
    "Đắk Lắk": (
        "thành phố: Buôn Ma Thuột; thị xã: Buôn Hồ; huyện: Buôn Đôn, Cư Kuin, Cư M'gar, "
        "Ea H'leo, Ea Kar, Ea Súp, Krông A Na, Krông Bông, Krông Búk, Krông Năng, Krông Pắc, "
        "Lắk, M'Đrắk"
    ),
    "Đắk Nông": (
        "thành phố: Gia Nghĩa; huyện: Cư Jút, Krông Nô, Tuy Đức, Đăk Glong, Đắk Mil, Đắk R'Lấp, "
        "Đắk Song"
    ),
    "Đồng Nai": (
        "thành phố: Biên Hòa, Long Khánh; huyện: Cẩm Mỹ, Long Thành, Nhơn Trạch, Thống Nhất, "
        "Trảng Bom, Tân Phú, Vĩnh Cửu, Xuân Lộc, Định Quán"
    ),
    "Đồng Tháp": (
        "thành phố: Cao Lãnh, Hồng Ngự, Sa Đéc; huyện: Cao Lãnh, Châu Thành, Hồng Ngự, Lai Vung, "
        "Lấp Vò, Tam Nông, Thanh Bình, Tháp Mười, Tân Hồng"
    ),
}


def _units() -> dict[str, dict[str, tuple[str, ...]]]:
    """unit word ("huyện") -> province -> the names of its units of that kind."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for province, listing in _UNITS_BY_PROVINCE.items():
        for part in listing.split("; "):
            unit, names = part.split(": ")
            out.setdefault(unit, {})[province] = tuple(names.split(", "))
    return out


DISTRICT_UNITS = _units()
