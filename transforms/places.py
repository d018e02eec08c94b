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


# The communes, wards and special zones of the 34 provinces from 1 July 2025 (the same source,
# `vietnam-provinces` 2025.10.1): only these exist at a later article's date, and a name one
# province alone has tells that province.
_COMMUNES_2025_BY_PROVINCE = {
    "An Giang": (
        "phường: Bình Đức, Chi Lăng, Châu Đốc, Hà Tiên, Long Phú, Long Xuyên, Mỹ Thới, Rạch Giá, "
        "Thới Sơn, Tân Châu, Tô Châu, Tịnh Biên, Vĩnh Thông, Vĩnh Tế; xã: An Biên, An Châu, "
        "An Cư, An Minh, An Phú, Ba Chúc, Bình An, Bình Giang, Bình Hòa, Bình Mỹ, Bình Sơn, "
        "Bình Thạnh Đông, Châu Phong, Châu Phú, Châu Thành, Chợ Mới, Chợ Vàm, Cô Tô, "
        "Cù Lao Giêng, Cần Đăng, Giang Thành, Giồng Riềng, Gò Quao, Hòa Hưng, Hòa Lạc, "
        "Hòa Thuận, Hòa Điền, Hòn Nghệ, Hòn Đất, Hội An, Khánh Bình, Kiên Lương, Long Kiến, "
        "Long Thạnh, Long Điền, Mỹ Hòa Hưng, Mỹ Thuận, Mỹ Đức, Ngọc Chúc, Nhơn Hội, Nhơn Mỹ, "
        "Núi Cấm, Phú An, Phú Hòa, Phú Hữu, Phú Lâm, Phú Tân, Sơn Hải, Sơn Kiên, Thoại Sơn, "
        "Thạnh Hưng, Thạnh Lộc, Thạnh Mỹ Tây, Thạnh Đông, Tiên Hải, Tri Tôn, Tân An, Tân Hiệp, "
        "Tân Hội, Tân Thạnh, Tây Phú, Tây Yên, U Minh Thượng, Vân Khánh, Vĩnh An, Vĩnh Bình, "
        "Vĩnh Gia, Vĩnh Hanh, Vĩnh Hòa, Vĩnh Hòa Hưng, Vĩnh Hậu, Vĩnh Phong, Vĩnh Thuận, "
        "Vĩnh Thạnh Trung, Vĩnh Trạch, Vĩnh Tuy, Vĩnh Xương, Vĩnh Điều, Óc Eo, Ô Lâm, Đông Hòa, "
        "Đông Hưng, Đông Thái, Định Hòa, Định Mỹ; đặc khu: Kiên Hải, Phú Quốc, Thổ Châu"
    ),
    "Bắc Ninh": (
        "phường: Bắc Giang, Bồng Lai, Chũ, Cảnh Thụy, Hạp Lĩnh, Kinh Bắc, Mão Điền, Nam Sơn, "
        "Nhân Hòa, Ninh Xá, Nếnh, Phù Khê, Phương Liễu, Phượng Sơn, Quế Võ, Song Liễu, Tam Sơn, "
        "Thuận Thành, Tiền Phong, Trí Quả, Trạm Lộ, Tân An, Tân Tiến, Từ Sơn, Tự Lạn, Việt Yên, "
        "Vân Hà, Võ Cường, Vũ Ninh, Yên Dũng, Đa Mai, Đào Viên, Đồng Nguyên; xã: An Lạc, "
        "Biên Sơn, Biển Động, Bảo Đài, Bắc Lũng, Bố Hạ, Cao Đức, Chi Lăng, Cẩm Lý, Dương Hưu, "
        "Gia Bình, Hiệp Hòa, Hoàng Vân, Hợp Thịnh, Kiên Lao, Kép, Liên Bão, Lâm Thao, Lương Tài, "
        "Lạng Giang, Lục Nam, Lục Ngạn, Lục Sơn, Mỹ Thái, Nam Dương, Nghĩa Phương, Ngọc Thiện, "
        "Nhân Thắng, Nhã Nam, Phù Lãng, Phúc Hòa, Phật Tích, Quang Trung, Sa Lý, Sơn Hải, "
        "Sơn Động, Tam Giang, Tam Tiến, Tam Đa, Tiên Du, Tiên Lục, Trung Chính, Trung Kênh, "
        "Trường Sơn, Tuấn Đạo, Tân Chi, Tân Dĩnh, Tân Sơn, Tân Yên, Tây Yên Tử, Vân Sơn, "
        "Văn Môn, Xuân Cẩm, Xuân Lương, Yên Phong, Yên Thế, Yên Trung, Yên Định, Đèo Gia, "
        "Đông Cứu, Đông Phú, Đại Lai, Đại Sơn, Đại Đồng, Đồng Kỳ, Đồng Việt"
    ),
    "Cao Bằng": (
        "phường: Nùng Trí Cao, Thục Phán, Tân Giang; xã: Bạch Đằng, Bảo Lâm, Bảo Lạc, "
        "Bế Văn Đàn, Ca Thành, Canh Tân, Cô Ba, Cần Yên, Cốc Pàng, Huy Giáp, Hà Quảng, Hòa An, "
        "Hưng Đạo, Hạ Lang, Hạnh Phúc, Khánh Xuân, Kim Đồng, Lý Bôn, Lý Quốc, Lũng Nặm, "
        "Minh Khai, Minh Tâm, Nam Quang, Nam Tuấn, Nguyên Bình, Nguyễn Huệ, Phan Thanh, "
        "Phục Hòa, Quang Hán, Quang Long, Quang Trung, Quảng Lâm, Quảng Uyên, Sơn Lộ, Tam Kim, "
        "Thanh Long, Thành Công, Thông Nông, Thạch An, Trà Lĩnh, Trùng Khánh, Trường Hà, "
        "Tĩnh Túc, Tổng Cọt, Vinh Quý, Xuân Trường, Yên Thổ, Đoài Dương, Đàm Thủy, Đình Phong, "
        "Đông Khê, Độc Lập, Đức Long"
    ),
    "Cà Mau": (
        "phường: An Xuyên, Bạc Liêu, Giá Rai, Hiệp Thành, Hòa Thành, Láng Tròn, Lý Văn Lâm, "
        "Tân Thành, Vĩnh Trạch; xã: An Trạch, Biển Bạch, Châu Thới, Cái Nước, Cái Đôi Vàm, "
        "Gành Hào, Hòa Bình, Hưng Hội, Hưng Mỹ, Hồ Thị Kỷ, Hồng Dân, Khánh An, Khánh Bình, "
        "Khánh Hưng, Khánh Lâm, Long Điền, Lương Thế Trân, Nguyễn Phích, Nguyễn Việt Khái, "
        "Ninh Quới, Ninh Thạnh Lợi, Năm Căn, Phan Ngọc Hiển, Phong Hiệp, Phong Thạnh, Phú Mỹ, "
        "Phú Tân, Phước Long, Quách Phẩm, Sông Đốc, Tam Giang, Thanh Tùng, Thới Bình, Trí Phải, "
        "Trần Phán, Trần Văn Thời, Tân Hưng, Tân Lộc, Tân Thuận, Tân Tiến, Tân Ân, Tạ An Khương, "
        "U Minh, Vĩnh Hậu, Vĩnh Lộc, Vĩnh Lợi, Vĩnh Mỹ, Vĩnh Phước, Vĩnh Thanh, Đá Bạc, "
        "Đông Hải, Đất Mũi, Đất Mới, Đầm Dơi, Định Thành"
    ),
    "Cần Thơ": (
        "phường: An Bình, Bình Thủy, Cái Khế, Cái Răng, Hưng Phú, Khánh Hòa, Long Bình, Long Mỹ, "
        "Long Phú 1, Long Tuyền, Mỹ Quới, Mỹ Xuyên, Ngã Bảy, Ngã Năm, Ninh Kiều, Phú Lợi, "
        "Phước Thới, Sóc Trăng, Thuận Hưng, Thốt Nốt, Thới An Đông, Thới Long, Trung Nhứt, "
        "Tân An, Tân Lộc, Vĩnh Châu, Vĩnh Phước, Vị Thanh, Vị Tân, Ô Môn, Đại Thành; "
        "xã:  Phú Hữu,  Đại Hải, An Lạc Thôn, An Ninh, An Thạnh, Châu Thành, Cù Lao Dung, Cờ Đỏ, "
        "Gia Hòa, Hiệp Hưng, Hòa An, Hòa Tú, Hỏa Lựu, Hồ Đắc Kiện, Kế Sách, Lai Hòa, Liêu Tú, "
        "Long Hưng, Long Phú, Lâm Tân, Lương Tâm, Lịch Hội Thượng, Mỹ Hương, Mỹ Phước, Mỹ Tú, "
        "Ngọc Tố, Nhu Gia, Nhơn Mỹ, Nhơn Ái, Phong Nẫm, Phong Điền, Phú Lộc, Phú Tâm, "
        "Phương Bình, Phụng Hiệp, Thuận Hòa, Thạnh An, Thạnh Hòa, Thạnh Phú, Thạnh Quới, "
        "Thạnh Thới An, Thạnh Xuân, Thới An Hội, Thới Hưng, Thới Lai, Trung Hưng, Trường Khánh, "
        "Trường Long, Trường Long Tây, Trường Thành, Trường Xuân, Trần Đề, Tài Văn, Tân Bình, "
        "Tân Hòa, Tân Long, Tân Phước Hưng, Tân Thạnh, Vĩnh Hải, Vĩnh Lợi, Vĩnh Thuận Đông, "
        "Vĩnh Thạnh, Vĩnh Trinh, Vĩnh Tường, Vĩnh Viễn, Vị Thanh 1, Vị Thủy, Xà Phiên, "
        "Đông Hiệp, Đông Phước, Đông Thuận, Đại Ngãi"
    ),
    "Gia Lai": (
        "phường: An Bình, An Khê, An Nhơn, An Nhơn Bắc, An Nhơn Nam, An Nhơn Đông, An Phú, "
        "Ayun Pa, Bình Định, Bồng Sơn, Diên Hồng, Hoài Nhơn, Hoài Nhơn Bắc, Hoài Nhơn Nam, "
        "Hoài Nhơn Tây, Hoài Nhơn Đông, Hội Phú, Pleiku, Quy Nhơn, Quy Nhơn Bắc, Quy Nhơn Nam, "
        "Quy Nhơn Tây, Quy Nhơn Đông, Tam Quan, Thống Nhất; xã: Al Bá, An Hòa, An Lão, An Lương, "
        "An Nhơn Tây, An Toàn, An Vinh, Ayun, Biển Hồ, Bàu Cạn, Bình An, Bình Dương, Bình Hiệp, "
        "Bình Khê, Bình Phú, Bờ Ngoong, Canh Liên, Canh Vinh, Chơ Long, Chư A Thai, Chư Krey, "
        "Chư Prông, Chư Păh, Chư Pưh, Chư Sê, Cát Tiến, Cửu An, Gào, Hoài Ân, Hra, Hòa Hội, "
        "Hội Sơn, Ia Boòng, Ia Băng, Ia Chia, Ia Dom, Ia Dreh, Ia Dơk, Ia Grai, Ia Hiao, "
        "Ia Hrung, Ia Hrú, Ia Khươl, Ia Ko, Ia Krái, Ia Krêl, Ia Le, Ia Ly, Ia Lâu, Ia Mơ, "
        "Ia Nan, Ia O, Ia Pa, Ia Phí, Ia Pia, Ia Pnôn, Ia Púch, Ia Rbol, Ia Rsai, Ia Sao, "
        "Ia Tul, Ia Tôr, KDang, Kbang, Kim Sơn, Kon Chiêng, Kon Gang, Krong, Kông Bơ La, "
        "Kông Chro, Lơ Pang, Mang Yang, Ngô Mây, Nhơn Châu, Phù Cát, Phù Mỹ, Phù Mỹ Bắc, "
        "Phù Mỹ Nam, Phù Mỹ Tây, Phù Mỹ Đông, Phú Thiện, Phú Túc, Pờ Tó, SRó, Sơn Lang, "
        "Tuy Phước, Tuy Phước Bắc, Tuy Phước Tây, Tuy Phước Đông, Tây Sơn, Tơ Tung, Uar, "
        "Vân Canh, Vĩnh Quang, Vĩnh Sơn, Vĩnh Thạnh, Vĩnh Thịnh, Vạn Đức, Xuân An, Ya Hội, "
        "Ya Ma, Ân Hảo, Ân Tường, Đak Pơ, Đak Rong, Đak Sơmei, Đak Đoa, Đăk Song, Đề Gi, Đức Cơ"
    ),
    "Huế": (
        "phường: An Cựu, Dương Nỗ, Hóa Châu, Hương An, Hương Thủy, Hương Trà, Kim Long, Kim Trà, "
        "Mỹ Thượng, Phong Dinh, Phong Phú, Phong Quảng, Phong Thái, Phong Điền, Phú Bài, "
        "Phú Xuân, Thanh Thủy, Thuận An, Thuận Hóa, Thủy Xuân, Vỹ Dạ; xã: A Lưới 1, A Lưới 2, "
        "A Lưới 3, A Lưới 4, A Lưới 5, Bình Điền, Chân Mây – Lăng Cô, Hưng Lộc, Khe Tre, "
        "Long Quảng, Lộc An, Nam Đông, Phú Hồ, Phú Lộc, Phú Vang, Phú Vinh, Quảng Điền, "
        "Vinh Lộc, Đan Điền"
    ),
    "Hà Nội": (
        "phường: Ba Đình, Bạch Mai, Bồ Đề, Chương Mỹ, Cầu Giấy, Cửa Nam, Dương Nội, Giảng Võ, "
        "Hai Bà Trưng, Hoàn Kiếm, Hoàng Liệt, Hoàng Mai, Hà Đông, Hồng Hà, Khương Đình, "
        "Kim Liên, Kiến Hưng, Long Biên, Láng, Lĩnh Nam, Nghĩa Đô, Ngọc Hà, Phú Diễn, Phú Lương, "
        "Phú Thượng, Phúc Lợi, Phương Liệt, Sơn Tây, Thanh Liệt, Thanh Xuân, Thượng Cát, Tây Hồ, "
        "Tây Mỗ, Tây Tựu, Tùng Thiện, Tương Mai, Từ Liêm, Việt Hưng, Văn Miếu - Quốc Tử Giám, "
        "Vĩnh Hưng, Vĩnh Tuy, Xuân Phương, Xuân Đỉnh, Yên Hòa, Yên Nghĩa, Yên Sở, Ô Chợ Dừa, "
        "Đông Ngạc, Đại Mỗ, Định Công, Đống Đa; xã: An Khánh, Ba Vì, Bát Tràng, Bình Minh, "
        "Bất Bạt, Chuyên Mỹ, Chương Dương, Cổ Đô, Dân Hòa, Dương Hòa, Gia Lâm, Hoài Đức, "
        "Hát Môn, Hòa Lạc, Hòa Phú, Hòa Xá, Hưng Đạo, Hương Sơn, Hạ Bằng, Hồng Sơn, Hồng Vân, "
        "Kim Anh, Kiều Phú, Liên Minh, Minh Châu, Mê Linh, Mỹ Đức, Nam Phù, Ngọc Hồi, Nội Bài, "
        "Phù Đổng, Phú Cát, Phú Nghĩa, Phú Xuyên, Phúc Lộc, Phúc Sơn, Phúc Thịnh, Phúc Thọ, "
        "Phượng Dực, Quang Minh, Quảng Bị, Quảng Oai, Quốc Oai, Suối Hai, Sóc Sơn, Sơn Đồng, "
        "Tam Hưng, Thanh Oai, Thanh Trì, Thiên Lộc, Thuận An, Thư Lâm, Thường Tín, Thượng Phúc, "
        "Thạch Thất, Tiến Thắng, Trung Giã, Trần Phú, Tây Phương, Vân Đình, Vĩnh Thanh, Vật Lại, "
        "Xuân Mai, Yên Bài, Yên Lãng, Yên Xuân, Ô Diên, Đa Phúc, Đan Phượng, Đoài Phương, "
        "Đông Anh, Đại Thanh, Đại Xuyên, Ứng Hòa, Ứng Thiên"
    ),
    "Hà Tĩnh": (
        "phường: Bắc Hồng Lĩnh, Hoành Sơn, Hà Huy Tập, Hải Ninh, Nam Hồng Lĩnh, Sông Trí, "
        "Thành Sen, Trần Phú, Vũng Áng; xã: Can Lộc, Cẩm Bình, Cẩm Duệ, Cẩm Hưng, Cẩm Lạc, "
        "Cẩm Trung, Cẩm Xuyên, Cổ Đạm, Gia Hanh, Hà Linh, Hương Bình, Hương Khê, Hương Phố, "
        "Hương Sơn, Hương Xuân, Hương Đô, Hồng Lộc, Kim Hoa, Kỳ Anh, Kỳ Hoa, Kỳ Khang, Kỳ Lạc, "
        "Kỳ Thượng, Kỳ Văn, Kỳ Xuân, Lộc Hà, Mai Hoa, Mai Phụ, Nghi Xuân, Phúc Trạch, Sơn Giang, "
        "Sơn Hồng, Sơn Kim 1, Sơn Kim 2, Sơn Tiến, Sơn Tây, Thiên Cầm, Thượng Đức, Thạch Hà, "
        "Thạch Khê, Thạch Lạc, Thạch Xuân, Tiên Điền, Toàn Lưu, Trường Lưu, Tùng Lộc, Tứ Mỹ, "
        "Việt Xuyên, Vũ Quang, Xuân Lộc, Yên Hòa, Đan Hải, Đông Kinh, Đồng Lộc, Đồng Tiến, "
        "Đức Minh, Đức Quang, Đức Thịnh, Đức Thọ, Đức Đồng"
    ),
    "Hưng Yên": (
        "phường: Hồng Châu, Mỹ Hào, Phố Hiến, Sơn Nam, Thái Bình, Thượng Hồng, Trà Lý, "
        "Trần Hưng Đạo, Trần Lãm, Vũ Phúc, Đường Hào; xã:  Bắc Đông Quan, A Sào, Bình Nguyên, "
        "Bình Thanh, Bình Định, Bắc Thái Ninh, Bắc Thụy Anh, Bắc Tiên Hưng, Bắc Đông Hưng, "
        "Châu Ninh, Chí Minh, Diên Hà, Hiệp Cường, Hoàn Long, Hoàng Hoa Thám, Hưng Hà, Hưng Phú, "
        "Hồng Minh, Hồng Quang, Hồng Vũ, Khoái Châu, Kiến Xương, Long Hưng, Lê Lợi, Lê Quý Đôn, "
        "Lương Bằng, Lạc Đạo, Minh Thọ, Mễ Sở, Nam Cường, Nam Thái Ninh, Nam Thụy Anh, "
        "Nam Tiên Hưng, Nam Tiền Hải, Nam Đông Hưng, Nghĩa Dân, Nghĩa Trụ, Nguyễn Du, "
        "Nguyễn Trãi, Nguyễn Văn Linh, Ngọc Lâm, Ngự Thiên, Như Quỳnh, Phạm Ngũ Lão, Phụ Dực, "
        "Phụng Công, Quang Hưng, Quang Lịch, Quỳnh An, Quỳnh Phụ, Thái Ninh, Thái Thụy, Thư Trì, "
        "Thư Vũ, Thần Khê, Thụy Anh, Tiên Hoa, Tiên Hưng, Tiên La, Tiên Lữ, Tiên Tiến, Tiền Hải, "
        "Triệu Việt Vương, Trà Giang, Tân Hưng, Tân Thuận, Tân Tiến, Tây Thái Ninh, "
        "Tây Thụy Anh, Tây Tiền Hải, Tống Trân, Việt Tiến, Việt Yên, Văn Giang, Vũ Quý, Vũ Thư, "
        "Vũ Tiên, Vạn Xuân, Xuân Trúc, Yên Mỹ, Ái Quốc, Ân Thi, Đoàn Đào, Đông Hưng, Đông Quan, "
        "Đông Thái Ninh, Đông Thụy Anh, Đông Tiên Hưng, Đông Tiền Hải, Đại Đồng, Đồng Bằng, "
        "Đồng Châu, Đức Hợp"
    ),
    "Hải Phòng": (
        "phường: An Biên, An Dương, An Hải, An Phong, Bạch Đằng, Bắc An Phụ, Chu Văn An, "
        "Chí Linh, Dương Kinh, Gia Viên, Hòa Bình, Hưng Đạo, Hải An, Hải Dương, Hồng An, "
        "Hồng Bàng, Kinh Môn, Kiến An, Lê Chân, Lê Thanh Nghị, Lê Ích Mộc, Lê Đại Hành, "
        "Lưu Kiếm, Nam Triệu, Nam Đồ Sơn, Nam Đồng, Nguyễn Trãi, Nguyễn Đại Năng, Ngô Quyền, "
        "Nhị Chiểu, Phù Liễn, Phạm Sư Mạnh, Thiên Hương, Thành Đông, Thạch Khôi, Thủy Nguyên, "
        "Trần Hưng Đạo, Trần Liễu, Trần Nhân Tông, Tân Hưng, Tứ Minh, Việt Hòa, Ái Quốc, "
        "Đông Hải, Đồ Sơn; xã: An Hưng, An Khánh, An Lão, An Phú, An Quang, An Thành, An Trường, "
        "Bình Giang, Bắc Thanh Miện, Chí Minh, Chấn Hưng, Cẩm Giang, Cẩm Giàng, Gia Lộc, "
        "Gia Phúc, Hà Bắc, Hà Nam, Hà Tây, Hà Đông, Hùng Thắng, Hải Hưng, Hồng Châu, Hợp Tiến, "
        "Khúc Thừa Dụ, Kim Thành, Kiến Hưng, Kiến Hải, Kiến Minh, Kiến Thụy, Kẻ Sặt, Lai Khê, "
        "Lạc Phượng, Mao Điền, Nam An Phụ, Nam Sách, Nam Thanh Miện, Nghi Dương, Nguyên Giáp, "
        "Nguyễn Bỉnh Khiêm, Nguyễn Lương Bằng, Ninh Giang, Phú Thái, Quyết Thắng, Thanh Hà, "
        "Thanh Miện, Thái Tân, Thượng Hồng, Tiên Lãng, Tiên Minh, Trường Tân, Trần Phú, "
        "Tuệ Tĩnh, Tân An, Tân Kỳ, Tân Minh, Tứ Kỳ, Việt Khê, Vĩnh Am, Vĩnh Bảo, Vĩnh Hòa, "
        "Vĩnh Hải, Vĩnh Lại, Vĩnh Thuận, Vĩnh Thịnh, Yết Kiêu, Đường An, Đại Sơn; "
        "đặc khu: Bạch Long Vĩ, Cát Hải"
    ),
    "Hồ Chí Minh": (
        "phường:  An Nhơn,  Rạch Dừa, An Hội Tây, An Hội Đông, An Khánh, An Lạc, An Phú, "
        "An Phú Đông, An Đông, Bà Rịa, Bàn Cờ, Bình Cơ, Bình Dương, Bình Hòa, Bình Hưng Hòa, "
        "Bình Lợi Trung, Bình Phú, Bình Quới, Bình Thạnh, Bình Thới, Bình Tiên, Bình Trưng, "
        "Bình Trị Đông, Bình Tân, Bình Tây, Bình Đông, Bảy Hiền, Bến Cát, Bến Thành, Chánh Hiệp, "
        "Chánh Hưng, Chánh Phú Hòa, Chợ Lớn, Chợ Quán, Cát Lái, Cầu Kiệu, Cầu Ông Lãnh, "
        "Diên Hồng, Dĩ An, Gia Định, Gò Vấp, Hiệp Bình, Hòa Bình, Hòa Hưng, Hòa Lợi, Hạnh Thông, "
        "Khánh Hội, Linh Xuân, Long Bình, Long Hương, Long Nguyên, Long Phước, Long Trường, "
        "Lái Thiêu, Minh Phụng, Nhiêu Lộc, Phú An, Phú Lâm, Phú Lợi, Phú Mỹ, Phú Nhuận, "
        "Phú Thuận, Phú Thạnh, Phú Thọ, Phú Thọ Hòa, Phú Định, Phước Long, Phước Thắng, Sài Gòn, "
        "Tam Bình, Tam Long, Tam Thắng, Thuận An, Thuận Giao, Thông Tây Hội, Thạnh Mỹ Tây, "
        "Thới An, Thới Hòa, Thủ Dầu Một, Thủ Đức, Trung Mỹ Tây, Tân Bình, Tân Hiệp, Tân Hòa, "
        "Tân Hưng, Tân Hải, Tân Khánh, Tân Mỹ, Tân Phú, Tân Phước, Tân Sơn, Tân Sơn Hòa, "
        "Tân Sơn Nhì, Tân Sơn Nhất, Tân Thuận, Tân Thành, Tân Thới Hiệp, Tân Tạo, Tân Uyên, "
        "Tân Đông Hiệp, Tân Định, Tây Nam, Tây Thạnh, Tăng Nhơn Phú, Vĩnh Hội, Vĩnh Tân, "
        "Vũng Tàu, Vườn Lài, Xuân Hòa, Xóm Chiếu, Đông Hòa, Đông Hưng Thuận, Đức Nhuận; "
        "xã: An Long, An Nhơn Tây, An Thới Đông, Bà Điểm, Bàu Bàng, Bàu Lâm, Bình Chánh, "
        "Bình Châu, Bình Giã, Bình Hưng, Bình Khánh, Bình Lợi, Bình Mỹ, Bắc Tân Uyên, Châu Pha, "
        "Châu Đức, Cần Giờ, Củ Chi, Dầu Tiếng, Hiệp Phước, Hòa Hiệp, Hòa Hội, Hóc Môn, "
        "Hưng Long, Hồ Tràm, Kim Long, Long Hòa, Long Hải, Long Sơn, Long Điền, Minh Thạnh, "
        "Nghĩa Thành, Ngãi Giao, Nhuận Đức, Nhà Bè, Phú Giáo, Phú Hòa Đông, Phước Hòa, "
        "Phước Hải, Phước Thành, Thanh An, Thái Mỹ, Thường Tân, Thạnh An, Trừ Văn Thố, "
        "Tân An Hội, Tân Nhựt, Tân Vĩnh Lộc, Vĩnh Lộc, Xuyên Mộc, Xuân Sơn, Xuân Thới Sơn, "
        "Đông Thạnh, Đất Đỏ; đặc khu: Côn Đảo"
    ),
    "Khánh Hòa": (
        "phường: Ba Ngòi, Bảo An, Bắc Cam Ranh, Bắc Nha Trang, Cam Linh, Cam Ranh, Hòa Thắng, "
        "Nam Nha Trang, Nha Trang, Ninh Chử, Ninh Hòa, Phan Rang, Tây Nha Trang, Đô Vinh, "
        "Đông Hải, Đông Ninh Hòa; xã: Anh Dũng, Bác Ái, Bác Ái Tây, Bác Ái Đông, Bắc Khánh Vĩnh, "
        "Bắc Ninh Hòa, Cam An, Cam Hiệp, Cam Lâm, Cà Ná, Công Hải, Diên Khánh, Diên Lâm, "
        "Diên Lạc, Diên Thọ, Diên Điền, Hòa Trí, Khánh Sơn, Khánh Vĩnh, Lâm Sơn, Mỹ Sơn, "
        "Nam Cam Ranh, Nam Khánh Vĩnh, Nam Ninh Hòa, Ninh Hải, Ninh Phước, Ninh Sơn, Phước Dinh, "
        "Phước Hà, Phước Hậu, Phước Hữu, Suối Dầu, Suối Hiệp, Thuận Bắc, Thuận Nam, "
        "Trung Khánh Vĩnh, Tu Bông, Tân Định, Tây Khánh Sơn, Tây Khánh Vĩnh, Tây Ninh Hòa, "
        "Vĩnh Hải, Vạn Hưng, Vạn Ninh, Vạn Thắng, Xuân Hải, Đông Khánh Sơn, Đại Lãnh; "
        "đặc khu: Trường Sa"
    ),
    "Lai Châu": (
        "phường: Tân Phong, Đoàn Kết; xã: Bum Nưa, Bum Tở, Bình Lư, Bản Bo, Dào San, Hua Bum, "
        "Hồng Thu, Khoen On, Khun Há, Khổng Lào, Lê Lợi, Mù Cả, Mường Khoa, Mường Kim, Mường Mô, "
        "Mường Than, Mường Tè, Nậm Cuổi, Nậm Hàng, Nậm Mạ, Nậm Sỏ, Nậm Tăm, Pa Tần, Pa Ủ, "
        "Phong Thổ, Pu Sam Cáp, Pắc Ta, Sin Suối Hồ, Sì Lở Lầu, Sìn Hồ, Than Uyên, Thu Lũm, "
        "Tà Tổng, Tân Uyên, Tả Lèng, Tủa Sín Chải"
    ),
    "Lào Cai": (
        "phường: Cam Đường, Cầu Thia, Lào Cai, Nam Cường, Nghĩa Lộ, Sa Pa, Trung Tâm, Văn Phú, "
        "Yên Bái, Âu Lâu; xã: A Mú Sung, Bát Xát, Bản Hồ, Bản Liền, Bản Lầu, Bản Xèo, Bảo Hà, "
        "Bảo Nhai, Bảo Thắng, Bảo Yên, Bảo Ái, Bắc Hà, Cao Sơn, Chiềng Ken, Châu Quế, "
        "Chấn Thịnh, Chế Tạo, Cát Thịnh, Cảm Nhân, Cốc Lầu, Cốc San, Dương Quỳ, Dền Sáng, "
        "Gia Hội, Gia Phú, Hưng Khánh, Hạnh Phúc, Hợp Thành, Khao Mang, Khánh Hòa, Khánh Yên, "
        "Lao Chải, Liên Sơn, Lâm Giang, Lâm Thượng, Lùng Phình, Lương Thịnh, Lục Yên, "
        "Minh Lương, Mù Cang Chải, Mường Bo, Mường Hum, Mường Khương, Mường Lai, Mậu A, Mỏ Vàng, "
        "Nghĩa Tâm, Nghĩa Đô, Ngũ Chỉ Sơn, Nậm Chày, Nậm Có, Nậm Xé, Pha Long, Phong Dụ Hạ, "
        "Phong Dụ Thượng, Phong Hải, Phình Hồ, Phúc Khánh, Phúc Lợi, Púng Luông, Quy Mông, "
        "Si Ma Cai, Sín Chéng, Sơn Lương, Thác Bà, Thượng Bằng La, Thượng Hà, Trạm Tấu, "
        "Trấn Yên, Trịnh Tường, Tà Xi Láng, Tân Hợp, Tân Lĩnh, Tú Lệ, Tả Củ Tỷ, Tả Phìn, Tả Van, "
        "Tằng Loỏng, Việt Hồng, Võ Lao, Văn Bàn, Văn Chấn, Xuân Hòa, Xuân Quang, Xuân Ái, Y Tý, "
        "Yên Bình, Yên Thành, Đông Cuông"
    ),
    "Lâm Đồng": (
        "phường: 1 Bảo Lộc, 2 Bảo Lộc, 3 Bảo Lộc, B'Lao, Bình Thuận, Bắc Gia Nghĩa, "
        "Cam Ly - Đà Lạt, Hàm Thắng, La Gi, Lang Biang - Đà Lạt, Lâm Viên - Đà Lạt, Mũi Né, "
        "Nam Gia Nghĩa, Phan Thiết, Phú Thủy, Phước Hội, Tiến Thành, Xuân Hương - Đà Lạt, "
        "Xuân Trường - Đà Lạt, Đông Gia Nghĩa; xã: Bảo Lâm 1, Bảo Lâm 2, Bảo Lâm 3, Bảo Lâm 4, "
        "Bảo Lâm 5, Bảo Thuận, Bắc Bình, Bắc Ruộng, Cát Tiên, Cát Tiên 2, Cát Tiên 3, Cư Jút, "
        "D'Ran, Di Linh, Gia Hiệp, Hiệp Thạnh, Hoài Đức, Hàm Kiệm, Hàm Liêm, Hàm Thuận, "
        "Hàm Thuận Bắc, Hàm Thuận Nam, Hàm Thạnh, Hàm Tân, Hòa Bắc, Hòa Ninh, Hòa Thắng, "
        "Hải Ninh, Hồng Sơn, Hồng Thái, Ka Đô, Kiến Đức, Krông Nô, La Dạ, Liên Hương, Lương Sơn, "
        "Lạc Dương, Nam Ban Lâm Hà, Nam Dong, Nam Hà Lâm Hà, Nam Thành, Nam Đà, Nghị Đức, "
        "Nhân Cơ, Ninh Gia, Nâm Nung, Phan Rí Cửa, Phan Sơn, Phú Sơn Lâm Hà, Phúc Thọ Lâm Hà, "
        "Quảng Hòa, Quảng Khê, Quảng Lập, Quảng Phú, Quảng Sơn, Quảng Trực, Quảng Tân, "
        "Quảng Tín, Suối Kiết, Sông Lũy, Sơn Mỹ, Sơn Điền, Thuận An, Thuận Hạnh, Trà Tân, "
        "Trường Xuân, Tuy Phong, Tuy Đức, Tuyên Quang, Tà Hine, Tà Năng, Tà Đùng, Tánh Linh, "
        "Tân Hà Lâm Hà, Tân Hải, Tân Hội, Tân Lập, Tân Minh, Tân Thành, Vĩnh Hảo, Đam Rông 1, "
        "Đam Rông 2, Đam Rông 3, Đam Rông 4, Đinh Trang Thượng, Đinh Văn Lâm Hà, Đông Giang, "
        "Đơn Dương, Đạ Huoai, Đạ Huoai 2, Đạ Huoai 3, Đạ Tẻh, Đạ Tẻh 2, Đạ Tẻh 3, Đắk Mil, "
        "Đắk Sắk, Đắk Wil, Đắk song, Đồng Kho, Đức An, Đức Linh, Đức Lập, Đức Trọng; "
        "đặc khu: Phú Quý"
    ),
    "Lạng Sơn": (
        "phường: Kỳ Lừa, Lương Văn Tri, Tam Thanh, Đông Kinh; xã: Ba Sơn, Bình Gia, Bắc Sơn, "
        "Bằng Mạc, Cai Kinh, Cao Lộc, Chi Lăng, Chiến Thắng, Châu Sơn, Công Sơn, Hoa Thám, "
        "Hoàng Văn Thụ, Hưng Vũ, Hồng Phong, Hội Hoan, Hữu Liên, Hữu Lũng, Khuất Xá, "
        "Kháng Chiến, Khánh Khê, Kiên Mộc, Lộc Bình, Lợi Bác, Mẫu Sơn, Na Dương, Na Sầm, "
        "Nhân Lý, Nhất Hòa, Quan Sơn, Quý Hòa, Quốc Khánh, Quốc Việt, Thiện Hòa, Thiện Long, "
        "Thiện Thuật, Thiện Tân, Thái Bình, Thất Khê, Thống Nhất, Thụy Hùng, Tri Lễ, Tràng Định, "
        "Tuấn Sơn, Tân Thành, Tân Tiến, Tân Tri, Tân Văn, Tân Đoàn, Vân Nham, Văn Lãng, "
        "Văn Quan, Vũ Lăng, Vũ Lễ, Vạn Linh, Xuân Dương, Yên Bình, Yên Phúc, Điềm He, Đoàn Kết, "
        "Đình Lập, Đồng Đăng"
    ),
    "Nghệ An": (
        "phường: Cửa Lò, Hoàng Mai, Quỳnh Mai, Thành Vinh, Thái Hòa, Trường Vinh, Tân Mai, "
        "Tây Hiếu, Vinh Hưng, Vinh Lộc, Vinh Phú; xã: An Châu, Anh Sơn, Anh Sơn Đông, "
        "Bình Chuẩn, Bình Minh, Bích Hào, Bạch Hà, Bạch Ngọc, Bắc Lý, Cam Phục, Chiêu Lưu, "
        "Châu Bình, Châu Hồng, Châu Khê, Châu Lộc, Châu Tiến, Con Cuông, Cát Ngạn, Diễn Châu, "
        "Giai Lạc, Giai Xuân, Hoa Quân, Huồi Tụ, Hùng Chân, Hùng Châu, Hưng Nguyên, "
        "Hưng Nguyên Nam, Hạnh Lâm, Hải Châu, Hải Lộc, Hợp Minh, Hữu Khuông, Hữu Kiệm, Keng Đu, "
        "Kim Bảng, Kim Liên, Lam Thành, Lương Sơn, Lượng Minh, Minh Châu, Minh Hợp, Môn Sơn, "
        "Mường Chọng, Mường Ham, Mường Lống, Mường Quàng, Mường Típ, Mường Xén, Mậu Thạch, "
        "Mỹ Lý, Na Loi, Na Ngoi, Nam Đàn, Nga My, Nghi Lộc, Nghĩa Hành, Nghĩa Hưng, Nghĩa Khánh, "
        "Nghĩa Lâm, Nghĩa Lộc, Nghĩa Mai, Nghĩa Thọ, Nghĩa Đàn, Nghĩa Đồng, Nhân Hòa, Nhôn Mai, "
        "Nậm Cắn, Phúc Lộc, Quan Thành, Quang Đồng, Quảng Châu, Quế Phong, Quỳ Châu, Quỳ Hợp, "
        "Quỳnh Anh, Quỳnh Lưu, Quỳnh Phú, Quỳnh Sơn, Quỳnh Tam, Quỳnh Thắng, Quỳnh Văn, Sơn Lâm, "
        "Tam Hợp, Tam Quang, Tam Thái, Tam Đồng, Thiên Nhẫn, Thuần Trung, Thành Bình Thọ, "
        "Thông Thụ, Thần Lĩnh, Tiên Đồng, Tiền Phong, Tri Lễ, Trung Lộc, Tân An, Tân Châu, "
        "Tân Kỳ, Tân Phú, Tương Dương, Vân Du, Vân Tụ, Văn Hiến, Văn Kiều, Vĩnh Tường, Vạn An, "
        "Xuân Lâm, Yên Hòa, Yên Na, Yên Thành, Yên Trung, Yên Xuân, Đô Lương, Đông Hiếu, "
        "Đông Lộc, Đông Thành, Đại Huệ, Đại Đồng, Đức Châu"
    ),
    "Ninh Bình": (
        "phường: Châu Sơn, Duy Hà, Duy Tiên, Duy Tân, Hoa Lư, Hà Nam, Hồng Quang, Kim Bảng, "
        "Kim Thanh, Liêm Tuyền, Lê Hồ, Lý Thường Kiệt, Mỹ Lộc, Nam Hoa Lư, Nam Định, Nguyễn Úy, "
        "Phù Vân, Phủ Lý, Tam Chúc, Tam Điệp, Thiên Trường, Thành Nam, Tiên Sơn, Trung Sơn, "
        "Trường Thi, Tây Hoa Lư, Vị Khê, Yên Sơn, Yên Thắng, Đông A, Đông Hoa Lư, Đồng Văn; "
        "xã:  Xuân Giang, Bình An, Bình Giang, Bình Lục, Bình Minh, Bình Mỹ, Bình Sơn, Bắc Lý, "
        "Chất Bình, Cát Thành, Cúc Phương, Cổ Lễ, Gia Hưng, Gia Lâm, Gia Phong, Gia Trấn, "
        "Gia Tường, Gia Viễn, Gia Vân, Giao Bình, Giao Hòa, Giao Hưng, Giao Minh, Giao Ninh, "
        "Giao Phúc, Giao Thủy, Hiển Khánh, Hải An, Hải Anh, Hải Hưng, Hải Hậu, Hải Quang, "
        "Hải Thịnh, Hải Tiến, Hải Xuân, Hồng Phong, Khánh Hội, Khánh Nhạc, Khánh Thiện, "
        "Khánh Trung, Kim Sơn, Kim Đông, Lai Thành, Liêm Hà, Liên Minh, Lý Nhân, Minh Thái, "
        "Minh Tân, Nam Hồng, Nam Lý, Nam Minh, Nam Ninh, Nam Trực, Nam Xang, Nam Đồng, "
        "Nghĩa Hưng, Nghĩa Lâm, Nghĩa Sơn, Nho Quan, Nhân Hà, Ninh Cường, Ninh Giang, "
        "Phong Doanh, Phát Diệm, Phú Long, Phú Sơn, Quang Hưng, Quang Thiện, Quỳnh Lưu, "
        "Quỹ Nhất, Rạng Đông, Thanh Bình, Thanh Liêm, Thanh Lâm, Thanh Sơn, Trần Thương, "
        "Trực Ninh, Tân Minh, Tân Thanh, Vĩnh Trụ, Vũ Dương, Vạn Thắng, Vụ Bản, Xuân Hưng, "
        "Xuân Hồng, Xuân Trường, Yên Cường, Yên Khánh, Yên Mô, Yên Mạc, Yên Từ, Yên Đồng, Ý Yên, "
        "Đại Hoàng, Định Hóa, Đồng Thái, Đồng Thịnh"
    ),
    "Phú Thọ": (
        "phường: Hòa Bình, Kỳ Sơn, Nông Trang, Phong Châu, Phú Thọ, Phúc Yên, Thanh Miếu, "
        "Thống Nhất, Tân Hòa, Việt Trì, Vân Phú, Vĩnh Phúc, Vĩnh Yên, Xuân Hòa, Âu Cơ; "
        "xã: An Bình, An Nghĩa, Bao La, Bình Nguyên, Bình Phú, Bình Tuyền, Bình Xuyên, "
        "Bản Nguyên, Bằng Luân, Cao Dương, Cao Phong, Cao Sơn, Chân Mộng, Chí Tiên, Chí Đám, "
        "Cẩm Khê, Cự Đồng, Dân Chủ, Dũng Tiến, Hiền Lương, Hiền Quan, Hoàng An, Hoàng Cương, "
        "Hy Cương, Hùng Việt, Hương Cần, Hạ Hòa, Hải Lựu, Hội Thịnh, Hợp Kim, Hợp Lý, Khả Cửu, "
        "Kim Bôi, Lai Đồng, Liên Châu, Liên Hòa, Liên Minh, Liên Sơn, Long Cốc, Lâm Thao, "
        "Lương Sơn, Lạc Lương, Lạc Sơn, Lạc Thủy, Lập Thạch, Mai Châu, Mai Hạ, Minh Hòa, "
        "Minh Đài, Mường Bi, Mường Hoa, Mường Thàng, Mường Vang, Mường Động, Nguyệt Đức, "
        "Ngọc Sơn, Nhân Nghĩa, Nật Sơn, Phù Ninh, Phùng Nguyên, Phú Khê, Phú Mỹ, Pà Cò, Quy Đức, "
        "Quyết Thắng, Quảng Yên, Sông Lô, Sơn Lương, Sơn Đông, Tam Dương, Tam Dương Bắc, "
        "Tam Hồng, Tam Nông, Tam Sơn, Tam Đảo, Thanh Ba, Thanh Sơn, Thanh Thủy, Thu Cúc, "
        "Thung Nai, Thái Hòa, Thượng Cốc, Thượng Long, Thịnh Minh, Thọ Văn, Thổ Tang, "
        "Tiên Lương, Tiên Lữ, Tiền Phong, Toàn Thắng, Trung Sơn, Trạm Thản, Tu Vũ, Tân Lạc, "
        "Tân Mai, Tân Pheo, Tân Sơn, Tây Cốc, Tề Lỗ, Vân Bán, Vân Sơn, Võ Miếu, Văn Lang, "
        "Văn Miếu, Vĩnh An, Vĩnh Chân, Vĩnh Hưng, Vĩnh Phú, Vĩnh Thành, Vĩnh Tường, Vạn Xuân, "
        "Xuân Lãng, Xuân Lũng, Xuân Viên, Xuân Đài, Yên Kỳ, Yên Lãng, Yên Lạc, Yên Lập, Yên Phú, "
        "Yên Sơn, Yên Thủy, Yên Trị, Đan Thượng, Đoan Hùng, Đà Bắc, Đào Xá, Đông Thành, "
        "Đại Đình, Đại Đồng, Đạo Trù, Đồng Lương, Đức Nhàn"
    ),
    "Quảng Ngãi": (
        "phường: Cẩm Thành, Kon Tum, Nghĩa Lộ, Sa Huỳnh, Trà Câu, Trương Quang Trọng, Đăk BLa, "
        "Đăk Cấm, Đức Phổ; xã: An Phú, Ba Dinh, Ba Gia, Ba Tô, Ba Tơ, Ba Vinh, Ba Vì, Ba Xa, "
        "Ba Động, Bình Chương, Bình Minh, Bình Sơn, Bờ Y, Cà Đam, Dục Nông, Ia Chim, Ia Tơi, "
        "Ia Đal, Khánh Cường, Kon Braih, Kon Plông, Kon Đào, Long Phụng, Lân Phong, Minh Long, "
        "Mô Rai, Măng Bút, Măng Ri, Măng Đen, Mỏ Cày, Mộ Đức, Nghĩa Giang, Nghĩa Hành, "
        "Nguyễn Nghiêm, Ngọc Linh, Ngọk Bay, Ngọk Réo, Ngọk Tụ, Phước Giang, Rờ Kơi, Sa Bình, "
        "Sa Loong, Sa Thầy, Sơn Hà, Sơn Hạ, Sơn Kỳ, Sơn Linh, Sơn Mai, Sơn Thủy, Sơn Tây, "
        "Sơn Tây Hạ, Sơn Tây Thượng, Sơn Tịnh, Thanh Bồng, Thiện Tín, Thọ Phong, Trà Bồng, "
        "Trà Giang, Trường Giang, Tu Mơ Rông, Tây Trà, Tây Trà Bồng, Tư Nghĩa, Tịnh Khê, "
        "Vạn Tường, Vệ Giang, Xốp, Ya Ly, Đình Cương, Đông Sơn, Đông Trà Bồng, Đăk Hà, Đăk Kôi, "
        "Đăk Long, Đăk Mar, Đăk Môn, Đăk Plô, Đăk Pxi, Đăk Pék, Đăk Rve, Đăk Rơ Wa, Đăk Sao, "
        "Đăk Tô, Đăk Tờ Kan, Đăk Ui, Đặng Thùy Trâm; đặc khu: Lý Sơn"
    ),
    "Quảng Ninh": (
        "phường: An Sinh, Bãi Cháy, Bình Khê, Cao Xanh, Cẩm Phả, Cửa Ông, Hiệp Hòa, Hoàng Quế, "
        "Hoành Bồ, Hà An, Hà Lầm, Hà Tu, Hạ Long, Hồng Gai, Liên Hòa, Móng Cái 1, Móng Cái 2, "
        "Móng Cái 3, Mông Dương, Mạo Khê, Phong Cốc, Quang Hanh, Quảng Yên, Tuần Châu, Uông Bí, "
        "Việt Hưng, Vàng Danh, Yên Tử, Đông Mai, Đông Triều; xã: Ba Chẽ, Bình Liêu, Cái Chiên, "
        "Hoành Mô, Hải Hòa, Hải Lạng, Hải Ninh, Hải Sơn, Kỳ Thượng, Lương Minh, Lục Hồn, "
        "Quảng Hà, Quảng La, Quảng Tân, Quảng Đức, Thống Nhất, Tiên Yên, Vĩnh Thực, Điền Xá, "
        "Đông Ngũ, Đường Hoa, Đầm Hà; đặc khu: Cô Tô, Vân Đồn"
    ),
    "Quảng Trị": (
        "phường: Ba Đồn, Bắc Gianh, Nam Đông Hà, Quảng Trị, Đông Hà, Đồng Hới, Đồng Sơn, "
        "Đồng Thuận; xã: A Dơi, Ba Lòng, Bắc Trạch, Bến Hải, Bến Quan, Bố Trạch, Cam Hồng, "
        "Cam Lộ, Cồn Tiên, Cửa Tùng, Cửa Việt, Diên Sanh, Dân Hóa, Gio Linh, Hiếu Giang, "
        "Hoàn Lão, Hòa Trạch, Hướng Hiệp, Hướng Lập, Hướng Phùng, Hải Lăng, Khe Sanh, Kim Ngân, "
        "Kim Phú, Kim Điền, La Lay, Lao Bảo, Lìa, Lệ Ninh, Lệ Thủy, Minh Hóa, Mỹ Thủy, "
        "Nam Ba Đồn, Nam Cửa Việt, Nam Gianh, Nam Hải Lăng, Nam Trạch, Ninh Châu, Phong Nha, "
        "Phú Trạch, Quảng Ninh, Quảng Trạch, Sen Ngư, Thượng Trạch, Triệu Bình, Triệu Cơ, "
        "Triệu Phong, Trung Thuần, Trường Ninh, Trường Phú, Trường Sơn, Tuyên Bình, Tuyên Hóa, "
        "Tuyên Lâm, Tuyên Phú, Tuyên Sơn, Tà Rụt, Tân Gianh, Tân Lập, Tân Mỹ, Tân Thành, "
        "Vĩnh Hoàng, Vĩnh Linh, Vĩnh Thủy, Vĩnh Định, Ái Tử, Đakrông, Đông Trạch, Đồng Lê; "
        "đặc khu: Cồn Cỏ"
    ),
    "Sơn La": (
        "phường: Chiềng An, Chiềng Cơi, Chiềng Sinh, Mộc Châu, Mộc Sơn, Thảo Nguyên, Tô Hiệu, "
        "Vân Sơn; xã: Bình Thuận, Bó Sinh, Bắc Yên, Chiềng Hoa, Chiềng Hặc, Chiềng Khoong, "
        "Chiềng Khương, Chiềng La, Chiềng Lao, Chiềng Mai, Chiềng Mung, Chiềng Sung, Chiềng Sơ, "
        "Chiềng Sơn, Chiềng Sại, Co Mạ, Gia Phù, Huổi Một, Kim Bon, Long Hẹ, Lóng Phiêng, "
        "Lóng Sập, Mai Sơn, Muổi Nọi, Mường Bang, Mường Bám, Mường Bú, Mường Chanh, Mường Chiên, "
        "Mường Cơi, Mường Giôn, Mường Hung, Mường Khiêng, Mường La, Mường Lèo, Mường Lạn, "
        "Mường Lầm, Mường Sại, Mường É, Ngọc Chiến, Nậm Lầu, Nậm Ty, Phiêng Cằm, Phiêng Khoài, "
        "Phiêng Pằn, Phù Yên, Púng Bánh, Pắc Ngà, Quỳnh Nhai, Song Khủa, Suối Tọ, Sông Mã, "
        "Sốp Cộp, Thuận Châu, Tà Hộc, Tà Xùa, Tân Phong, Tân Yên, Tô Múa, Tường Hạ, Tạ Khoa, "
        "Vân Hồ, Xuân Nha, Xím Vàng, Yên Châu, Yên Sơn, Đoàn Kết"
    ),
    "Thanh Hóa": (
        "phường: Bỉm Sơn, Hàm Rồng, Hạc Thành, Hải Bình, Hải Lĩnh, Nam Sầm Sơn, Nghi Sơn, "
        "Nguyệt Viên, Ngọc Sơn, Quang Trung, Quảng Phú, Sầm Sơn, Trúc Lâm, Tân Dân, Tĩnh Gia, "
        "Đào Duy Từ, Đông Quang, Đông Sơn, Đông Tiến; xã: An Nông, Ba Đình, Biện Thượng, "
        "Bá Thước, Bát Mọt, Các Sơn, Công Chính, Cẩm Thạch, Cẩm Thủy, Cẩm Tân, Cẩm Tú, Cẩm Vân, "
        "Cổ Lũng, Giao An, Hiền Kiệt, Hoa Lộc, Hoạt Giang, Hoằng Châu, Hoằng Giang, Hoằng Hóa, "
        "Hoằng Lộc, Hoằng Phú, Hoằng Sơn, Hoằng Thanh, Hoằng Tiến, Hà Long, Hà Trung, Hóa Quỳ, "
        "Hậu Lộc, Hồ Vương, Hồi Xuân, Hợp Tiến, Kim Tân, Kiên Thọ, Lam Sơn, Linh Sơn, "
        "Luận Thành, Lĩnh Toại, Lưu Vệ, Lương Sơn, Minh Sơn, Mường Chanh, Mường Lát, Mường Lý, "
        "Mường Mìn, Mậu Lâm, Na Mèo, Nam Xuân, Nga An, Nga Sơn, Nga Thắng, Nguyệt Ấn, Ngọc Liên, "
        "Ngọc Lặc, Ngọc Trạo, Nhi Sơn, Như Thanh, Như Xuân, Nông Cống, Phú Lệ, Phú Xuân, "
        "Pù Luông, Pù Nhi, Quan Sơn, Quang Chiểu, Quý Lương, Quý Lộc, Quảng Bình, Quảng Chính, "
        "Quảng Ngọc, Quảng Ninh, Quảng Yên, Sao Vàng, Sơn Thủy, Sơn Điện, Tam Chung, Tam Lư, "
        "Tam Thanh, Thanh Kỳ, Thanh Phong, Thanh Quân, Thiên Phủ, Thiết Ống, Thiệu Hóa, "
        "Thiệu Quang, Thiệu Tiến, Thiệu Toán, Thiệu Trung, Thành Vinh, Thăng Bình, Thường Xuân, "
        "Thượng Ninh, Thạch Bình, Thạch Lập, Thạch Quảng, Thắng Lộc, Thắng Lợi, Thọ Bình, "
        "Thọ Long, Thọ Lập, Thọ Ngọc, Thọ Phú, Thọ Xuân, Tiên Trang, Triệu Lộc, Triệu Sơn, "
        "Trung Chính, Trung Hạ, Trung Lý, Trung Sơn, Trung Thành, Trường Lâm, Trường Văn, "
        "Tân Ninh, Tân Thành, Tân Tiến, Tây Đô, Tượng Lĩnh, Tống Sơn, Vân Du, Văn Nho, Văn Phú, "
        "Vĩnh Lộc, Vạn Lộc, Vạn Xuân, Xuân Bình, Xuân Chinh, Xuân Du, Xuân Hòa, Xuân Lập, "
        "Xuân Thái, Xuân Tín, Yên Khương, Yên Nhân, Yên Ninh, Yên Phú, Yên Thắng, Yên Thọ, "
        "Yên Trường, Yên Định, Điền Lư, Điền Quang, Đông Thành, Định Hòa, Định Tân, Đồng Lương, "
        "Đồng Tiến"
    ),
    "Thái Nguyên": (
        "phường: Bá Xuyên, Bách Quang, Bắc Kạn, Gia Sàng, Linh Sơn, Phan Đình Phùng, Phúc Thuận, "
        "Phổ Yên, Quan Triều, Quyết Thắng, Sông Công, Trung Thành, Tích Lương, Vạn Xuân, "
        "Đức Xuân; xã: An Khánh, Ba Bể, Bình Thành, Bình Yên, Bạch Thông, Bằng Thành, Bằng Vân, "
        "Cao Minh, Chợ Mới, Chợ Rã, Chợ Đồn, Côn Minh, Cường Lợi, Cẩm Giàng, Dân Tiến, Hiệp Lực, "
        "Hợp Thành, Kha Sơn, Kim Phượng, La Bằng, La Hiên, Lam Vỹ, Na Rì, Nam Cường, Nam Hòa, "
        "Nghinh Tường, Nghiên Loan, Nghĩa Tá, Ngân Sơn, Nà Phặc, Phong Quang, Phú Bình, "
        "Phú Lương, Phú Lạc, Phú Thịnh, Phú Xuyên, Phú Đình, Phúc Lộc, Phượng Tiến, Phủ Thông, "
        "Quang Sơn, Quân Chu, Quảng Bạch, Sảng Mộc, Thanh Mai, Thanh Thịnh, Thành Công, "
        "Thượng Minh, Thượng Quan, Thần Sa, Trung Hội, Tràng Xá, Trại Cau, Trần Phú, Tân Cương, "
        "Tân Khánh, Tân Kỳ, Tân Thành, Vô Tranh, Võ Nhai, Văn Hán, Văn Lang, Văn Lăng, "
        "Vĩnh Thông, Vạn Phú, Xuân Dương, Yên Bình, Yên Phong, Yên Thịnh, Yên Trạch, Điềm Thụy, "
        "Đại Phúc, Đại Từ, Định Hóa, Đồng Hỷ, Đồng Phúc, Đức Lương"
    ),
    "Tuyên Quang": (
        "phường: An Tường, Bình Thuận, Hà Giang 1, Hà Giang 2, Minh Xuân, Mỹ Lâm, Nông Tiến; "
        "xã: Bình An, Bình Ca, Bình Xa, Bạch Ngọc, Bạch Xa, Bạch Đích, Bản Máy, Bắc Mê, "
        "Bắc Quang, Bằng Hành, Bằng Lang, Cao Bồ, Chiêm Hóa, Cán Tỷ, Côn Lôn, Du Già, "
        "Giáp Trung, Hoàng Su Phì, Hàm Yên, Hòa An, Hùng An, Hùng Lợi, Hùng Đức, Hồ Thầu, "
        "Hồng Sơn, Hồng Thái, Khuôn Lùng, Khâu Vai, Kim Bình, Kiên Đài, Kiến Thiết, Lao Chải, "
        "Linh Hồ, Liên Hiệp, Lâm Bình, Lùng Tám, Lũng Cú, Lũng Phìn, Lực Hành, Minh Ngọc, "
        "Minh Quang, Minh Sơn, Minh Thanh, Minh Tân, Mèo Vạc, Mậu Duệ, Nghĩa Thuận, Ngọc Long, "
        "Ngọc Đường, Nhữ Khê, Niêm Sơn, Nà Hang, Nấm Dẩn, Nậm Dịch, Phù Lưu, Phú Linh, "
        "Phú Lương, Phố Bảng, Pà Vầy Sủ, Pờ Ly Ngài, Quang Bình, Quản Bạ, Quảng Nguyên, Sà Phìn, "
        "Sơn Dương, Sơn Thủy, Sơn Vĩ, Sủng Máng, Thanh Thủy, Thuận Hòa, Thàng Tín, Thái Bình, "
        "Thái Hòa, Thái Sơn, Thông Nguyên, Thượng Lâm, Thượng Nông, Thượng Sơn, Thắng Mố, "
        "Tiên Nguyên, Tiên Yên, Tri Phú, Trung Hà, Trung Sơn, Trung Thịnh, Trường Sinh, Tát Ngà, "
        "Tân An, Tân Long, Tân Mỹ, Tân Quang, Tân Thanh, Tân Tiến, Tân Trào, Tân Trịnh, Tùng Bá, "
        "Tùng Vài, Việt Lâm, Vĩnh Tuy, Vị Xuyên, Xuân Giang, Xuân Vân, Xín Mần, Yên Cường, "
        "Yên Hoa, Yên Lập, Yên Minh, Yên Nguyên, Yên Phú, Yên Sơn, Yên Thành, Đông Thọ, "
        "Đường Hồng, Đường Thượng, Đồng Tâm, Đồng Văn, Đồng Yên"
    ),
    "Tây Ninh": (
        "phường: An Tịnh, Bình Minh, Gia Lộc, Gò Dầu, Hòa Thành, Khánh Hậu, Kiến Tường, Long An, "
        "Long Hoa, Ninh Thạnh, Thanh Điền, Trảng Bàng, Tân An, Tân Ninh; xã: An Lục Long, "
        "An Ninh, Bình Hiệp, Bình Hòa, Bình Thành, Bình Đức, Bến Cầu, Bến Lức, Châu Thành, "
        "Cần Giuộc, Cần Đước, Cầu Khởi, Dương Minh Châu, Hiệp Hòa, Hòa Hội, Hòa Khánh, "
        "Hưng Thuận, Hưng Điền, Hảo Đước, Hậu Nghĩa, Hậu Thạnh, Khánh Hưng, Long Cang, Long Chữ, "
        "Long Hựu, Long Thuận, Lương Hòa, Lộc Ninh, Mộc Hóa, Mỹ An, Mỹ Hạnh, Mỹ Lệ, Mỹ Lộc, "
        "Mỹ Quý, Mỹ Thạnh, Mỹ Yên, Nhơn Hòa Lập, Nhơn Ninh, Nhựt Tảo, Ninh Điền, Phước Chỉ, "
        "Phước Lý, Phước Thạnh, Phước Vinh, Phước Vĩnh Tây, Rạch Kiến, Thuận Mỹ, Thạnh Bình, "
        "Thạnh Hóa, Thạnh Lợi, Thạnh Phước, Thạnh Đức, Thủ Thừa, Truông Mít, Trà Vong, "
        "Tuyên Bình, Tuyên Thạnh, Tân Biên, Tân Châu, Tân Hòa, Tân Hưng, Tân Hội, Tân Long, "
        "Tân Lân, Tân Lập, Tân Phú, Tân Thành, Tân Thạnh, Tân Trụ, Tân Tây, Tân Tập, Tân Đông, "
        "Tầm Vu, Vàm Cỏ, Vĩnh Châu, Vĩnh Công, Vĩnh Hưng, Vĩnh Thạnh, Đông Thành, Đức Huệ, "
        "Đức Hòa, Đức Lập"
    ),
    "Vĩnh Long": (
        "phường: An Hội, Bình Minh, Bến Tre, Cái Vồn, Duyên Hải, Hòa Thuận, Long Châu, Long Đức, "
        "Nguyệt Hóa, Phú Khương, Phú Tân, Phước Hậu, Sơn Đông, Thanh Đức, Trà Vinh, "
        "Trường Long Hòa, Tân Hạnh, Tân Ngãi, Đông Thành; xã: An Bình, An Hiệp, An Ngãi Trung, "
        "An Phú Tân, An Qui, An Trường, An Định, Ba Tri, Bình Phú, Bình Phước, Bình Đại, "
        "Bảo Thạnh, Châu Hòa, Châu Hưng, Châu Thành, Chợ Lách, Càng Long, Cái Ngang, Cái Nhum, "
        "Cầu Kè, Cầu Ngang, Giao Long, Giồng Trôm, Hiếu Phụng, Hiếu Thành, Hiệp Mỹ, Hàm Giang, "
        "Hòa Bình, Hòa Hiệp, Hòa Minh, Hùng Hòa, Hưng Khánh Trung, Hưng Mỹ, Hưng Nhượng, "
        "Hương Mỹ, Long Hiệp, Long Hòa, Long Hồ, Long Hữu, Long Thành, Long Vĩnh, "
        "Lưu Nghiệp Anh, Lương Hòa, Lương Phú, Lộc Thuận, Lục Sĩ Thành, Mỏ Cày, Mỹ Chánh Hòa, "
        "Mỹ Long, Mỹ Thuận, Ngãi Tứ, Ngũ Lạc, Nhuận Phú Tân, Nhơn Phú, Nhị Long, Nhị Trường, "
        "Phong Thạnh, Phú Phụng, Phú Quới, Phú Thuận, Phú Túc, Phước Long, Phước Mỹ Trung, "
        "Quới An, Quới Thiện, Quới Điền, Song Lộc, Song Phú, Tam Bình, Tam Ngãi, Thành Thới, "
        "Thạnh Hải, Thạnh Phong, Thạnh Phú, Thạnh Phước, Thạnh Trị, Thới Thuận, Tiên Thủy, "
        "Tiểu Cần, Trung Hiệp, Trung Ngãi, Trung Thành, Trà Côn, Trà Cú, Trà Ôn, Tân An, "
        "Tân Hào, Tân Hòa, Tân Long Hội, Tân Lược, Tân Phú, Tân Quới, Tân Thành Bình, Tân Thủy, "
        "Tân Xuân, Tập Ngãi, Tập Sơn, Vinh Kim, Vĩnh Thành, Vĩnh Xuân, Đôn Châu, Đông Hải, "
        "Đại An, Đại Điền, Đồng Khởi"
    ),
    "Điện Biên": (
        "phường: Mường Lay, Mường Thanh, Điện Biên Phủ; xã: Búng Lao, Chiềng Sinh, Chà Tở, "
        "Mường Chà, Mường Luân, Mường Lạn, Mường Mùn, Mường Nhà, Mường Nhé, Mường Phăng, "
        "Mường Pồn, Mường Toong, Mường Tùng, Mường Ảng, Na Sang, Na Son, Nà Bủng, Nà Hỳ, Nà Tấu, "
        "Núa Ngam, Nậm Kè, Nậm Nèn, Pa Ham, Phình Giàng, Pu Nhi, Pú Nhung, Quài Tở, Quảng Lâm, "
        "Sam Mứn, Si Pa Phìn, Sáng Nhè, Sín Chải, Sín Thầu, Sính Phình, Thanh An, Thanh Nưa, "
        "Thanh Yên, Tuần Giáo, Tìa Dình, Tủa Chùa, Tủa Thàng, Xa Dung"
    ),
    "Đà Nẵng": (
        "phường: An Hải, An Khê, An Thắng, Bàn Thạch, Cẩm Lệ, Hòa Cường, Hòa Khánh, Hòa Xuân, "
        "Hương Trà, Hải Châu, Hải Vân, Hội An, Hội An Tây, Hội An Đông, Liên Chiểu, "
        "Ngũ Hành Sơn, Quảng Phú, Sơn Trà, Tam Kỳ, Thanh Khê, Điện Bàn, Điện Bàn Bắc, "
        "Điện Bàn Đông; xã: Avương, Bà Nà, Bến Giằng, Bến Hiên, Chiên Đàn, Duy Nghĩa, Duy Xuyên, "
        "Gò Nổi, Hiệp Đức, Hà Nha, Hòa Tiến, Hòa Vang, Hùng Sơn, Khâm Đức, La Dêê, La Êê, "
        "Lãnh Ngọc, Nam Giang, Nam Phước, Nam Trà My, Nông Sơn, Núi Thành, Phú Ninh, Phú Thuận, "
        "Phước Chánh, Phước Hiệp, Phước Năng, Phước Thành, Phước Trà, Quế Phước, Quế Sơn, "
        "Quế Sơn Trung, Sông Kôn, Sông Vàng, Sơn Cẩm Hà, Tam Anh, Tam Hải, Tam Mỹ, Tam Xuân, "
        "Thu Bồn, Thăng An, Thăng Bình, Thăng Phú, Thăng Trường, Thăng Điền, Thượng Đức, "
        "Thạnh Bình, Thạnh Mỹ, Tiên Phước, Trà Giáp, Trà Leng, Trà Linh, Trà Liên, Trà My, "
        "Trà Tân, Trà Tập, Trà Vân, Trà Đốc, Tân Hiệp, Tây Giang, Tây Hồ, Việt An, Vu Gia, "
        "Xuân Phú, Điện Bàn Tây, Đông Giang, Đại Lộc, Đắc Pring, Đồng Dương, Đức Phú; "
        "đặc khu: Hoàng Sa"
    ),
    "Đắk Lắk": (
        "phường:  Buôn Ma Thuột,  Thành Nhất,  Tân An,  Tân Lập, Buôn Hồ, Bình Kiến, Cư Bao, "
        "Ea Kao, Hòa Hiệp, Phú Yên, Sông Cầu, Tuy Hòa, Xuân Đài, Đông Hòa; xã: Buôn Đôn, "
        "Cuôr Đăng, Cư M’gar, Cư M’ta, Cư Prao, Cư Pui, Cư Pơng, Cư Yang, Dang Kang, Dliê Ya, "
        "Dray Bhăng, Dur Kmăl, Ea Bung, Ea Bá, Ea Drông, Ea Drăng, Ea Hiao, Ea H’leo, Ea Kar, "
        "Ea Khăl, Ea Kiết, Ea Kly, Ea Knuếc, Ea Knốp, Ea Ktur, Ea Ly, Ea M’Droh, Ea Na, Ea Ning, "
        "Ea Nuôl, Ea Phê, Ea Păl, Ea Riêng, Ea Rốk, Ea Súp, Ea Trang, Ea Tul, Ea Wer, Ea Wy, "
        "Ea Ô, Hòa Mỹ, Hòa Phú, Hòa Sơn, Hòa Thịnh, Hòa Xuân, Ia Lốp, Ia Rvê, Krông Ana, "
        "Krông Bông, Krông Búk, Krông Nô, Krông Năng, Krông Pắc, Krông Á, Liên Sơn Lắk, M’Drắk, "
        "Nam Ka, Phú Hòa 1, Phú Hòa 2, Phú Mỡ, Phú Xuân, Pơng Drang, Quảng Phú, Suối Trai, "
        "Sông Hinh, Sơn Hòa, Sơn Thành, Tam Giang, Tuy An Bắc, Tuy An Nam, Tuy An Tây, "
        "Tuy An Đông, Tân Tiến, Tây Hòa, Tây Sơn, Vân Hòa, Vụ Bổn, Xuân Cảnh, Xuân Lãnh, "
        "Xuân Lộc, Xuân Phước, Xuân Thọ, Yang Mao, Ô Loan, Đắk Liêng, Đắk Phơi, Đồng Xuân, "
        "Đức Bình"
    ),
    "Đồng Nai": (
        "phường: An Lộc, Biên Hòa, Bình Long, Bình Lộc, Bình Phước, Bảo Vinh, Chơn Thành, "
        "Hàng Gòn, Hố Nai, Long Bình, Long Hưng, Long Khánh, Minh Hưng, Phước Bình, Phước Long, "
        "Phước Tân, Tam Hiệp, Tam Phước, Trảng Dài, Trấn Biên, Tân Triều, Xuân Lập, Đồng Xoài; "
        "xã: An Phước, An Viễn, Bom Bo, Bàu Hàm, Bình An, Bình Minh, Bình Tân, Bù Gia Mập, "
        "Bù Đăng, Cẩm Mỹ, Dầu Giây, Gia Kiệm, Hưng Phước, Hưng Thịnh, La Ngà, Long Hà, "
        "Long Phước, Long Thành, Lộc Hưng, Lộc Ninh, Lộc Quang, Lộc Thành, Lộc Thạnh, Lộc Tấn, "
        "Minh Đức, Nam Cát Tiên, Nghĩa Trung, Nha Bích, Nhơn Trạch, Phú Hòa, Phú Lâm, Phú Lý, "
        "Phú Nghĩa, Phú Riềng, Phú Trung, Phú Vinh, Phước An, Phước Sơn, Phước Thái, Sông Ray, "
        "Thanh Sơn, Thiện Hưng, Thuận Lợi, Thọ Sơn, Thống Nhất, Trảng Bom, Trị An, Tà Lài, "
        "Tân An, Tân Hưng, Tân Khai, Tân Lợi, Tân Phú, Tân Quan, Tân Tiến, Xuân Bắc, Xuân Hòa, "
        "Xuân Lộc, Xuân Phú, Xuân Quế, Xuân Thành, Xuân Đông, Xuân Đường, Xuân Định, Đa Kia, "
        "Đak Lua, Đak Nhau, Đăk Ơ, Đại Phước, Định Quán, Đồng Phú, Đồng Tâm"
    ),
    "Đồng Tháp": (
        "phường: An Bình, Bình Xuân, Cai Lậy, Cao Lãnh, Gò Công, Hồng Ngự, Long Thuận, Mỹ Ngãi, "
        "Mỹ Phong, Mỹ Phước Tây, Mỹ Tho, Mỹ Trà, Nhị Quý, Sa Đéc, Sơn Qui, Thanh Hòa, "
        "Thường Lạc, Thới Sơn, Trung An, Đạo Thạnh; xã: An Hòa, An Hữu, An Long, An Phước, "
        "An Thạnh Thủy, Ba Sao, Bình Hàng Trung, Bình Ninh, Bình Phú, Bình Thành, Bình Trưng, "
        "Châu Thành, Chợ Gạo, Cái Bè, Gia Thuận, Gò Công Đông, Hiệp Đức, Hòa Long, Hưng Thạnh, "
        "Hậu Mỹ, Hội Cư, Kim Sơn, Lai Vung, Long Bình, Long Hưng, Long Khánh, Long Phú Thuận, "
        "Long Tiên, Long Định, Lương Hòa Lạc, Lấp Vò, Mỹ An Hưng, Mỹ Hiệp, Mỹ Lợi, Mỹ Quí, "
        "Mỹ Thiện, Mỹ Thành, Mỹ Thọ, Mỹ Tịnh An, Mỹ Đức Tây, Ngũ Hiệp, Phong Hòa, Phong Mỹ, "
        "Phú Cường, Phú Hựu, Phú Thành, Phú Thọ, Phương Thịnh, Tam Nông, Thanh Bình, Thanh Hưng, "
        "Thanh Mỹ, Tháp Mười, Thường Phước, Thạnh Phú, Tràm Chim, Trường Xuân, Tân Dương, "
        "Tân Hòa, Tân Hương, Tân Hồng, Tân Hộ Cơ, Tân Khánh Trung, Tân Long, Tân Nhuận Đông, "
        "Tân Phú, Tân Phú Trung, Tân Phú Đông, Tân Phước 1, Tân Phước 2, Tân Phước 3, "
        "Tân Thuận Bình, Tân Thành, Tân Thạnh, Tân Thới, Tân Điền, Tân Đông, Vĩnh Bình, "
        "Vĩnh Hựu, Vĩnh Kim, Đốc Binh Kiều, Đồng Sơn"
    ),
}

def _units(by_province: dict[str, str]) -> dict[str, dict[str, tuple[str, ...]]]:
    """unit word ("huyện") -> province -> the names of its units of that kind."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for province, listing in by_province.items():
        for part in listing.split("; "):
            unit, names = part.split(": ")
            out.setdefault(unit, {})[province] = tuple(names.split(", "))
    return out


DISTRICT_UNITS = _units(_UNITS_BY_PROVINCE)
COMMUNES_2025 = _units(_COMMUNES_2025_BY_PROVINCE)
