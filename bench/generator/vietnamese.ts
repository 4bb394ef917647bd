import type { Random } from './random.js';

// Vietnamese names and the phrases of a secretariat's records, for a realistic archive.
// Family names weighted roughly as in the population (Nguyễn about four in ten).

const FAMILY: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4], ['Huỳnh', 1.5], ['Phan', 4.5],
  ['Vũ', 3], ['Võ', 1.5], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1],
  ['Lý', 0.5], ['Trịnh', 1], ['Đinh', 1], ['Lương', 0.6], ['Mai', 0.6], ['Cao', 0.6], ['Lâm', 0.4], ['Tạ', 0.3],
];
const MIDDLE_MALE = ['Văn', 'Văn', 'Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Xuân', 'Ngọc', 'Thanh', 'Công', 'Đình', 'Bá', 'Mạnh', 'Trọng', 'Tuấn'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Phương', 'Hồng', 'Minh', 'Thúy', 'Lan'];
const GIVEN_MALE = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hùng', 'Huy', 'Khánh', 'Kiên', 'Long', 'Mạnh', 'Nam', 'Nghĩa',
  'Phong', 'Phúc', 'Quân', 'Quang', 'Sinh', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Tiến', 'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Xuân',
];
const GIVEN_FEMALE = [
  'Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hồng', 'Huệ', 'Hương', 'Lan', 'Liên', 'Linh', 'Loan',
  'Mai', 'Minh', 'Nga', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến',
];

export function personName(rng: Random): string {
  const male = rng.chance(0.62);
  const middle = rng.pick(male ? MIDDLE_MALE : MIDDLE_FEMALE);
  const given = rng.pick(male ? GIVEN_MALE : GIVEN_FEMALE);
  return `${rng.weighted(FAMILY)} ${middle} ${given}`;
}

export const PROVINCE = 'Thanh Hóa';
export const DISTRICTS = [
  'Nông Cống', 'Quảng Xương', 'Hoằng Hóa', 'Hậu Lộc', 'Nga Sơn', 'Hà Trung', 'Thọ Xuân', 'Yên Định', 'Thiệu Hóa',
  'Triệu Sơn', 'Tĩnh Gia', 'Như Thanh', 'Vĩnh Lộc', 'Cẩm Thủy', 'Ngọc Lặc',
];
export const COMMUNES = [
  'Hoằng Đạo', 'Quảng Lợi', 'Thăng Long', 'Tế Nông', 'Nga Thạch', 'Hà Lai', 'Xuân Lập', 'Định Tân', 'Thiệu Đô', 'Dân Lực',
  'Hải Nhân', 'Xuân Du', 'Vĩnh Hùng', 'Cẩm Tú', 'Minh Sơn', 'Hoằng Phụ', 'Quảng Nham', 'Tượng Văn', 'Nga Điền', 'Hà Bình',
  'Thọ Lập', 'Yên Trường', 'Thiệu Giao', 'Đồng Tiến', 'Hải Hà', 'Hải An', 'Vĩnh Thịnh', 'Cẩm Phong', 'Phùng Giáo', 'Công Liêm',
];

const PROVINCE_POSTS = [
  'Phó Bí thư Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Nội vụ', 'Chánh Thanh tra tỉnh',
  'Phó Trưởng Ban Tổ chức Tỉnh ủy', 'Chủ tịch Ủy ban MTTQ tỉnh', 'Giám đốc Sở Tư pháp', 'Phó Chánh Văn phòng Tỉnh ủy',
  'Chủ tịch Hội Nông dân tỉnh', 'Chủ tịch Liên đoàn Lao động tỉnh', 'Bí thư Tỉnh đoàn', 'Chuyên viên Ban Dân vận Tỉnh ủy',
  'Giám đốc Sở Tài nguyên và Môi trường', 'Phó Giám đốc Công an tỉnh', 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh',
];
const DISTRICT_POSTS = [
  'Phó Bí thư Huyện ủy', 'Trưởng Ban Dân vận Huyện ủy', 'Phó Chủ tịch UBND huyện', 'Trưởng phòng Nội vụ', 'Chánh Thanh tra huyện',
  'Chủ tịch Ủy ban MTTQ huyện', 'Trưởng phòng Tư pháp', 'Chánh Văn phòng Huyện ủy', 'Chuyên viên Ban Dân vận Huyện ủy',
];
const COMMUNE_POSTS = [
  'Phó Bí thư Đảng ủy xã', 'Chủ tịch UBND xã', 'Phó Chủ tịch UBND xã', 'Chủ tịch Ủy ban MTTQ xã', 'Công chức Văn phòng - Thống kê',
  'Công chức Tư pháp - Hộ tịch', 'Bí thư Đoàn xã', 'Chủ tịch Hội Nông dân xã', 'Trưởng Ban Thanh tra nhân dân',
];

export function position(rng: Random, level: 'tinh' | 'huyen' | 'xa'): string {
  return rng.pick(level === 'tinh' ? PROVINCE_POSTS : level === 'huyen' ? DISTRICT_POSTS : COMMUNE_POSTS);
}

export const UNITS = [
  'Sở Nội vụ', 'Sở Tư pháp', 'Thanh tra tỉnh', 'Ban Dân vận Tỉnh ủy', 'Ủy ban MTTQ tỉnh', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư',
  'Công an tỉnh', 'Văn phòng UBND tỉnh', 'Sở Thông tin và Truyền thông', 'Ban Tiếp công dân tỉnh', 'Sở Tài nguyên và Môi trường',
];

const VERBS = [
  'Tiếp tục đẩy mạnh', 'Tăng cường', 'Chỉ đạo thực hiện tốt', 'Rà soát, kiện toàn', 'Nâng cao chất lượng', 'Tổ chức thực hiện nghiêm',
  'Đôn đốc, hướng dẫn', 'Kiểm tra, giám sát', 'Quán triệt, triển khai', 'Đổi mới phương thức', 'Chấn chỉnh', 'Tập trung giải quyết dứt điểm',
];
const OBJECTS = [
  'công tác cải cách hành chính', 'việc thực hiện Quy chế dân chủ ở cơ sở', 'công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
  'đạo đức công vụ của cán bộ, công chức', 'hoạt động của Ban Thanh tra nhân dân', 'công tác dân vận chính quyền',
  'việc công khai thu, chi ngân sách xã', 'phong trào thi đua "Dân vận khéo"', 'việc lấy ý kiến nhân dân về quy hoạch sử dụng đất',
  'công tác xây dựng hệ thống chính trị ở cơ sở', 'việc thực hiện hương ước, quy ước thôn, bản', 'tổ chức hội nghị đối thoại với nhân dân',
  'việc giải quyết kiến nghị của cử tri', 'hoạt động của Ban Giám sát đầu tư của cộng đồng', 'công tác tuyên truyền, phổ biến pháp luật',
  'việc thực hiện thủ tục hành chính một cửa liên thông', 'công tác phòng, chống tham nhũng, lãng phí',
];
const PLACES = [
  'tại các xã, phường, thị trấn', 'ở cơ quan, đơn vị', 'trong toàn tỉnh', 'tại các địa phương còn hạn chế', 'trên địa bàn huyện',
  'ở các doanh nghiệp nhà nước', 'tại khu dân cư',
];
const ENDINGS = [
  'theo đúng quy định', 'bảo đảm tiến độ đề ra', 'gắn với trách nhiệm người đứng đầu', 'báo cáo kết quả về Ban Chỉ đạo',
  'không để phát sinh điểm nóng', 'có sự tham gia của nhân dân', 'trước ngày 30 tháng 6', 'định kỳ hằng quý',
];

export function directive(rng: Random): string {
  return `${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(PLACES)}, ${rng.pick(ENDINGS)}.`;
}

export function topic(rng: Random): string {
  return rng.pick(OBJECTS);
}

const PROGRESS = [
  (r: Random) => `Đã ban hành Văn bản số ${r.int(10, 999)}/UBND-NC chỉ đạo ${r.pick(OBJECTS)}.`,
  (r: Random) => `Đã tổ chức ${r.int(2, 40)} hội nghị quán triệt với ${r.int(80, 2400)} lượt người tham dự.`,
  (r: Random) => `Đang triển khai ${r.pick(OBJECTS)} ${r.pick(PLACES)}; đạt khoảng ${r.int(20, 95)}% kế hoạch.`,
  (r: Random) => `Hoàn thành rà soát ${r.int(3, 60)} hồ sơ, kiến nghị; chuyển ${r.int(1, 12)} vụ việc đến cơ quan có thẩm quyền.`,
  (_r: Random) => `Gặp khó khăn do thiếu kinh phí và nhân lực; đề nghị Ban Chỉ đạo xem xét, gia hạn.`,
  (r: Random) => `Đã kiểm tra ${r.int(2, 25)} đơn vị; ${r.int(0, 5)} đơn vị còn hạn chế, đã yêu cầu khắc phục.`,
];

export function progressText(rng: Random): string {
  const first = rng.pick(PROGRESS)(rng);
  return rng.chance(0.4) ? `${first} ${rng.pick(PROGRESS)(rng)}` : first;
}

const SAYINGS = [
  'Đồng chí Trưởng Ban Chỉ đạo đánh giá cao kết quả đạt được, đồng thời chỉ ra những hạn chế cần khắc phục.',
  'Các đại biểu thống nhất với nội dung báo cáo và đề xuất bổ sung một số giải pháp trọng tâm.',
  'Ý kiến thảo luận tập trung vào nguyên nhân của những tồn tại, hạn chế và trách nhiệm của người đứng đầu.',
  'Đại diện Ủy ban MTTQ đề nghị tăng cường vai trò giám sát của nhân dân đối với hoạt động của chính quyền.',
  'Thường trực Ban Chỉ đạo tiếp thu ý kiến, hoàn chỉnh báo cáo trình cấp ủy.',
];

export function minutesParagraph(rng: Random): string {
  return `${rng.pick(SAYINGS)} ${directive(rng)} ${rng.pick(SAYINGS)}`;
}

export const CLERKS = ['chuyenvien.lan', 'chuyenvien.hung', 'thuky.mai', 'vanphong.nam', 'chuyenvien.thao', 'thuky.son'];
export const REASONS = ['Đi công tác', 'Ốm', 'Dự hội nghị khác', 'Nghỉ phép', 'Bận việc gia đình'];
