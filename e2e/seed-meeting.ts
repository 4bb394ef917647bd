// The seed meeting (../shared/seed/thanh-hoa-2021-01-13.txt) as the clerk records it: its
// agenda, and the minutes' text taken from the article (the table's rows are illustrative).

export const TITLE = 'Hội nghị tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021';
export const PLACE = 'Trụ sở Tỉnh ủy Thanh Hóa';
export const REPORT = 'Báo cáo tổng kết công tác năm 2020, phương hướng, nhiệm vụ năm 2021';
export const DISCUSSION = 'Thảo luận, đóng góp ý kiến của các đại biểu';
export const CLOSING_SPEECH = 'Phát biểu kết luận của đồng chí Trưởng Ban Chỉ đạo';

// The minutes, from the seed article.
export const RESULTS =
  'Năm 2020, các cấp ủy đảng, chính quyền đã tập trung lãnh đạo, chỉ đạo triển khai thực hiện tốt các nghị quyết, chỉ thị, kết luận, quy định của Đảng, Nhà nước về nhiệm vụ xây dựng cơ sở và thực hiện quy chế dân chủ.';
export const TABLE = [
  ['Nội dung', 'Kết quả năm 2020', 'Ghi chú'],
  ['Pháp lệnh quy chế dân chủ ở xã, phường, thị trấn', 'Thực hiện nghiêm túc', 'Toàn tỉnh'],
  ['Kiện toàn Ban Chỉ đạo sau Đại hội', 'Đã kiện toàn, phân công', 'Các cấp'],
];
export const DISCUSSED =
  'Các đại biểu đã đóng góp nhiều ý kiến nhằm khắc phục những tồn tại, hạn chế trong công tác xây dựng cơ sở và thực hiện quy chế dân chủ năm 2020 và thực hiện tốt 6 nhóm nhiệm vụ, giải pháp trọng tâm năm 2021.';
export const CONCLUDED = 'Đồng chí Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo kết luận, đề nghị Ban Chỉ đạo các cấp:';
export const DIRECTIVES = [
  'Kiện toàn lại Ban Chỉ đạo, giao nhiệm vụ cụ thể, rõ ràng cho các thành viên',
  'Phối hợp chặt chẽ với cấp ủy, chính quyền được phân công phụ trách',
  'Đẩy mạnh cải cách hành chính, nâng cao đạo đức công vụ',
  'Nâng cao chất lượng tiếp nhận, giải quyết đơn thư của công dân',
  'Tăng cường kiểm tra giám sát, nắm chắc, bám sát địa bàn',
];
/** Typed when the tab is closed; the rest of the sentence after reopening. */
export const HALF = 'Giao Văn phòng Ban Chỉ đạo tổng hợp, ban hành thông báo';
export const REST = ' kết luận của hội nghị.';
export const REASON = 'Bổ sung ý kiến của huyện Thọ Xuân';
export const AMENDED = 'Huyện Thọ Xuân đề nghị tỉnh tập huấn cho Ban Chỉ đạo cấp xã.';

export const INVITATION_NUMBER = 'Số 02-GM/BCĐ';
export const INVITATION_DATE_LINE = 'Thanh Hóa, ngày 08 tháng 01 năm 2021';
export const CHAIR = 'Trịnh Tuấn Sinh';
export const SECRETARY = 'Trần Thị Lan';
/** The chair's name as corrected in the people screen after the minutes were signed. */
export const RENAMED = 'Trịnh Tuấn Sỹ';
export const CLOSING_LINE = 'Cuộc họp kết thúc vào 11 giờ 30, ngày 13 tháng 01 năm 2021/.';
