// The compound words of Vietnamese administrative names (committees, programmes, agencies,
// offices, posts, places): a Vietnamese word is syllables separated by spaces, and a header
// line that ends between "chương" and "trình" reads as a broken word. document-layout.ts
// joins their syllables with non-breaking spaces. Lower case, NFC, comma-separated below;
// matched by fold (case, diacritics, đ), so "THANH HOÁ" and "Thanh Hóa" are one entry.
// Kept to two to four syllables: a longer run cannot wrap in the header's narrow column.
// Single syllables written among them are left out (nothing to join).
// Pure: imports nothing.

const VOCABULARY = `
ban chỉ đạo, phó trưởng ban, trưởng ban, tổ giúp việc, tổ công tác, tổ trưởng, tổ phó, chỉ đạo, cơ sở, công tác, ủy viên, uỷ viên,
thường trực, thường vụ, ban thường vụ, ban chấp hành, chấp hành, thư ký, bí thư, phó bí thư, chủ tịch, phó chủ tịch, giám đốc, phó giám đốc,
chánh văn phòng, phó chánh văn phòng, văn phòng, chuyên viên, cán bộ, công chức, viên chức, thủ trưởng, trưởng phòng, phó trưởng phòng, chỉ huy trưởng,
chính ủy, chính uỷ, tư lệnh, thủ tướng, bộ trưởng, thứ trưởng, tổng cục, cục trưởng, vụ trưởng, chủ nhiệm, phó chủ nhiệm, hiệu trưởng, viện trưởng,
ủy ban, uỷ ban, nhân dân, hội đồng, mặt trận, tổ quốc, đảng ủy, đảng uỷ, đảng bộ, đảng đoàn, ban cán sự, chi bộ, chi ủy, chi uỷ, tỉnh ủy, tỉnh uỷ,
huyện ủy, huyện uỷ, thành ủy, thành uỷ, thị ủy, thị uỷ, quận ủy, quận uỷ, xã hội, chính trị, đoàn thể, đoàn thanh niên, thanh niên, cộng sản,
hồ chí minh, phụ nữ, nông dân, cựu chiến binh, chiến binh, công đoàn, liên đoàn, lao động, người cao tuổi, cao tuổi, chữ thập đỏ, khuyến học,
kiểm tra, giám sát, tuyên giáo, tuyên truyền, dân vận, tổ chức, nội chính, nội vụ, ngoại vụ, đối ngoại, tư pháp, thanh tra, kiểm sát, tòa án, toà án,
công an, quân sự, biên phòng, quốc phòng, an ninh, trật tự, an toàn, giao thông, vận tải, xây dựng, kế hoạch, đầu tư, tài chính, ngân sách, kho bạc,
thuế, hải quan, ngân hàng, chính sách, công thương, thương mại, dịch vụ, du lịch, văn hóa, văn hoá, thể thao, thông tin, truyền thông, báo chí,
phát thanh, truyền hình, giáo dục, đào tạo, y tế, dân số, kế hoạch hóa, gia đình, trẻ em, bình đẳng, giới, khoa học, công nghệ, kỹ thuật, kĩ thuật,
tài nguyên, môi trường, nông nghiệp, phát triển, nông thôn, nông thôn mới, lâm nghiệp, thủy sản, thuỷ sản, thủy lợi, thuỷ lợi, khuyến nông, ngư nghiệp,
dân tộc, tôn giáo, tín ngưỡng, miền núi, biên giới, hải đảo, lao động thương binh, thương binh, người có công, bảo trợ, bảo hiểm, an sinh,
chương trình, mục tiêu, quốc gia, giảm nghèo, bền vững, phát triển bền vững, việc làm, dạy nghề, giáo dục nghề nghiệp, nghề nghiệp, hộ nghèo, cận nghèo,
phòng chống, phòng ngừa, phòng cháy, chữa cháy, cứu hộ, cứu nạn, cứu hộ cứu nạn, tìm kiếm, tìm kiếm cứu nạn, thiên tai, thảm họa, thảm hoạ, lụt bão,
ứng phó, biến đổi, khí hậu, biến đổi khí hậu, dịch bệnh, phòng dịch, chống dịch, ma túy, ma tuý, mại dâm, tội phạm, tệ nạn, buôn lậu, gian lận,
hàng giả, tham nhũng, lãng phí, tiêu cực, thực hành, tiết kiệm, chuyển đổi số, chuyển đổi, kinh tế số, chính phủ điện tử, chính quyền số, điện tử,
cải cách, hành chính, cải cách hành chính, thủ tục, một cửa, liên thông, hiện đại hóa, hiện đại hoá, công nghiệp hóa, công nghiệp hoá, công nghiệp,
tiểu thủ công nghiệp, thủ công, làng nghề, hợp tác xã, hợp tác, doanh nghiệp, kinh tế, tập thể, tư nhân, nhà nước, quản lý, quản lí, điều hành,
thi đua, khen thưởng, kỷ luật, kỉ luật, kỷ cương, kỉ cương, đạo đức, lối sống, tư tưởng, học tập, làm theo, tấm gương, gương mẫu, tổng kết, sơ kết,
nghị quyết, chỉ thị, kết luận, quyết định, quy định, quy chế, hướng dẫn, kế hoạch, đề án, dự án, nhiệm vụ, giải pháp, thực hiện, triển khai,
dân chủ, đoàn kết, đại đoàn kết, toàn dân, khu dân cư, dân cư, văn minh, đô thị, đô thị hóa, đô thị hoá, quy hoạch, đất đai, bồi thường, hỗ trợ,
tái định cư, giải phóng, mặt bằng, giải phóng mặt bằng, thu hồi, đất, nhà ở, xã hội hóa, xã hội hoá, người nghèo, vùng khó khăn, khó khăn, đặc biệt,
đồng bào, vùng sâu, vùng xa, phổ cập, xóa mù chữ, xoá mù chữ, mù chữ, bầu cử, đại biểu, quốc hội, ứng cử, hiệp thương, tiếp công dân, công dân,
khiếu nại, tố cáo, khiếu nại tố cáo, hòa giải, hoà giải, pháp luật, phổ biến, pháp chế, bảo vệ, chăm sóc, sức khỏe, sức khoẻ, vệ sinh, thực phẩm,
an toàn thực phẩm, nước sạch, môi trường nông thôn, tiêm chủng, kế toán, kiểm toán, thống kê, điều tra, tổng điều tra, lưu trữ, văn thư, hồ sơ,
di tích, lịch sử, di sản, lễ hội, kỷ niệm, kỉ niệm, ngày lễ, đại hội, hội nghị, hội thảo, đối thoại, giao ban, thi hành án, dân sự, hình sự,
đảm bảo, bảo đảm, ổn định, phát huy, nâng cao, chất lượng, hiệu quả, hiệu lực, năng lực, cạnh tranh, thu hút, xúc tiến, hội nhập, quốc tế,
năng lượng, điện lực, bưu chính, viễn thông, hạ tầng, cơ sở hạ tầng, đường bộ, đường sắt, hàng không, cảng biển, khu kinh tế, khu công nghiệp,
cụm công nghiệp, thị trường, giá cả, nông sản, lương thực, cây trồng, vật nuôi, chăn nuôi, trồng trọt, rừng, bảo vệ rừng, phát triển rừng,
phòng cháy chữa cháy, kiểm lâm, đê điều, biển đảo, chủ quyền, lãnh thổ, tuyển quân, nghĩa vụ, dân quân, tự vệ, dự bị động viên, động viên,
giáo dục quốc phòng, an ninh quốc phòng, quốc phòng an ninh, trật tự an toàn, an toàn giao thông, an toàn xã hội, an ninh trật tự, chính quyền,
hệ thống chính trị, hệ thống, sắp xếp, tinh gọn, bộ máy, đơn vị hành chính, sáp nhập, hợp nhất, tinh giản, biên chế, vị trí việc làm, cán bộ chủ chốt,
nhân sự, quy trình, bổ nhiệm, miễn nhiệm, luân chuyển, điều động, đánh giá, xếp loại, thành viên, danh sách, chức vụ, chức danh, đơn vị, phân công,
họ và tên, ngày sinh, dân tộc thiểu số, thiểu số, giúp việc, thường trực ban, cơ quan, cơ quan thường trực, trung ương, địa phương, cấp tỉnh,
cấp huyện, cấp xã, tỉnh, thành phố, thị xã, thị trấn, huyện, quận, phường, xã, thôn, bản, tổ dân phố, khu phố, làng, xóm, ấp,
việt nam, hà nội, hải phòng, đà nẵng, cần thơ, thừa thiên huế, thanh hóa, thanh hoá, nghệ an, hà tĩnh, quảng bình, quảng trị, quảng nam, quảng ngãi,
bình định, phú yên, khánh hòa, khánh hoà, ninh thuận, bình thuận, kon tum, gia lai, đắk lắk, đắk nông, lâm đồng, bình phước, tây ninh, bình dương,
đồng nai, bà rịa, vũng tàu, bà rịa vũng tàu, long an, tiền giang, bến tre, trà vinh, vĩnh long, đồng tháp, an giang, kiên giang, hậu giang, sóc trăng,
bạc liêu, cà mau, hà giang, cao bằng, bắc kạn, lạng sơn, tuyên quang, thái nguyên, phú thọ, bắc giang, quảng ninh, lào cai, yên bái, điện biên,
lai châu, sơn la, hòa bình, hoà bình, vĩnh phúc, bắc ninh, hải dương, hưng yên, thái bình, hà nam, nam định, ninh bình,
nông cống, quảng xương, tĩnh gia, nghi sơn, đông sơn, thiệu hóa, thiệu hoá, triệu sơn, thọ xuân, yên định, vĩnh lộc, hà trung, nga sơn, hậu lộc,
hoằng hóa, hoằng hoá, sầm sơn, bỉm sơn, ngọc lặc, cẩm thủy, cẩm thuỷ, thạch thành, như thanh, như xuân, thường xuân, lang chánh, bá thước,
quan hóa, quan hoá, quan sơn, mường lát
`;

/** Every entry once, in the order written. */
export const COMPOUND_WORDS: readonly string[] = [
  ...new Set(
    VOCABULARY.split(/[,\n]/)
      .map((w) => w.trim())
      .filter((w) => w.includes(' ')),
  ),
];
