import type { MemberRole } from '../model/index.js';

// The canonical example (shared/seed/thanh-hoa-2021-01-13.txt): the 13/01/2021 review
// conference of the Thanh Hóa steering committee. The chair, the date, the meeting and the
// directives come from the article; the other members, the decision and document numbers,
// the deadlines and progress are illustrative demo data.

export const committee = {
  name: 'Ban Chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ tỉnh Thanh Hóa',
  short_name: 'BCĐ XDCS và QCDC tỉnh',
  level: 'tinh' as const,
  parent_body: 'Tỉnh ủy Thanh Hóa',
  place_name: 'Thanh Hóa',
  document_format: 'party' as const,
  conclusion_symbol: 'TB/BCĐ',
};

export const decision = {
  kind: 'kien_toan' as const,
  number: '25-QĐ/TU',
  signed_on: '2020-10-26',
  /** The body that issued it (the "của …" of the attachment line), not the signer. */
  issuing_body: 'Tỉnh ủy Thanh Hóa',
  signer: 'Đỗ Trọng Hưng',
  signer_title: 'Bí thư',
  summary: 'Kiện toàn Ban Chỉ đạo sau Đại hội Đảng bộ tỉnh lần thứ XIX',
};

export interface DemoMember {
  key: string;
  full_name: string;
  /** The person's position today. */
  position: string;
  /** The position written in the decision that appointed them, when it differs from today's. */
  appointed_as?: string;
  organisation: string;
  role: MemberRole;
  duty?: string;
  from_date: string;
  to_date?: string;
}

export const members: DemoMember[] = [
  {
    key: 'sinh',
    full_name: 'Trịnh Tuấn Sinh',
    position: 'Phó Bí thư Tỉnh ủy',
    organisation: 'Tỉnh ủy Thanh Hóa',
    role: 'truong_ban',
    duty: 'Lãnh đạo, chỉ đạo chung hoạt động của Ban Chỉ đạo',
    from_date: '2020-10-26',
  },
  {
    key: 'an',
    full_name: 'Nguyễn Văn An',
    position: 'Trưởng Ban Dân vận Tỉnh ủy',
    organisation: 'Ban Dân vận Tỉnh ủy',
    role: 'pho_truong_ban_thuong_truc',
    duty: 'Thường trực Ban Chỉ đạo; chỉ đạo Tổ giúp việc',
    from_date: '2020-10-26',
  },
  {
    key: 'binh',
    full_name: 'Lê Thị Bình',
    position: 'Phó Chủ tịch UBND tỉnh',
    organisation: 'UBND tỉnh Thanh Hóa',
    role: 'pho_truong_ban',
    duty: 'Chỉ đạo thực hiện dân chủ trong cơ quan hành chính nhà nước',
    from_date: '2020-10-26',
  },
  {
    key: 'cuong',
    full_name: 'Phạm Văn Cường',
    position: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
    organisation: 'Ủy ban MTTQ Việt Nam tỉnh',
    role: 'uy_vien',
    duty: 'Giám sát thực hiện quy chế dân chủ ở cơ sở',
    from_date: '2020-10-26',
  },
  {
    key: 'dung',
    full_name: 'Hoàng Thị Dung',
    position: 'Giám đốc Sở Nội vụ',
    organisation: 'Sở Nội vụ',
    role: 'uy_vien',
    duty: 'Cải cách hành chính, văn hóa công vụ',
    from_date: '2020-10-26',
  },
  {
    key: 'hai',
    full_name: 'Đỗ Văn Hải',
    position: 'Chánh Thanh tra tỉnh',
    organisation: 'Thanh tra tỉnh',
    role: 'uy_vien',
    duty: 'Tiếp công dân, giải quyết khiếu nại, tố cáo',
    from_date: '2020-10-26',
  },
  {
    key: 'lan',
    full_name: 'Trần Thị Lan',
    position: 'Phó Trưởng Ban Dân vận Tỉnh ủy',
    organisation: 'Ban Dân vận Tỉnh ủy',
    role: 'thu_ky',
    duty: 'Tổ trưởng Tổ giúp việc',
    from_date: '2020-10-26',
  },
  {
    key: 'minh',
    full_name: 'Vũ Văn Minh',
    position: 'Nguyên Chánh Thanh tra tỉnh',
    appointed_as: 'Chánh Thanh tra tỉnh',
    organisation: 'Thanh tra tỉnh',
    role: 'uy_vien',
    from_date: '2016-05-10',
    to_date: '2020-10-26',
  },
];

export const meeting = {
  kind: 'tong_ket' as const,
  title: 'Hội nghị tổng kết công tác xây dựng cơ sở và thực hiện quy chế dân chủ năm 2020, triển khai nhiệm vụ năm 2021',
  starts_at: '2021-01-13T08:00',
  ends_at: '2021-01-13T11:30',
  place: 'Trụ sở Tỉnh ủy Thanh Hóa',
  status: 'held' as const,
  chair: 'sinh',
  secretary: 'lan',
  notes: null,
  /** The current term (after the 19th provincial Party congress): Party-format numbers count from it. */
  term_started_on: '2020-10-26',
  /** The committee's symbol in document numbers, when the committee has none yet. */
  symbol: 'BCĐ',
  /** The invitation (giấy mời), number 01 of the GM series in the term. */
  invited_on: '2021-01-08',
  guests: [
    { full_name: 'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy', position: null, organisation: 'Tỉnh ủy Thanh Hóa' },
    { full_name: 'Lãnh đạo Ban Dân vận các huyện ủy, thị ủy, thành ủy', position: null, organisation: null },
  ],
  agenda: [
    { title: 'Báo cáo tổng kết công tác năm 2020, phương hướng, nhiệm vụ năm 2021', presenter: 'an', minutes: 30 },
    { title: 'Thảo luận, đóng góp ý kiến của các đại biểu', presenter: null, minutes: 120 },
    { title: 'Phát biểu kết luận của đồng chí Trưởng Ban Chỉ đạo', presenter: 'sinh', minutes: 30 },
  ],
  /** Members of the day's roster who did not come in person (the others were present). */
  attendance: [
    { member: 'hai', status: 'absent' as const, reason: 'Đi công tác tại Hà Nội' },
    {
      member: 'dung',
      status: 'represented' as const,
      representative_name: 'Nguyễn Thị Hà',
      representative_position: 'Phó Giám đốc Sở Nội vụ',
    },
  ],
};

export const minutesBody = [
  'Năm 2020, các cấp ủy đảng, chính quyền đã tập trung lãnh đạo, chỉ đạo triển khai thực hiện tốt các nghị quyết, chỉ thị, kết luận, quy định của Đảng, Nhà nước về nhiệm vụ xây dựng cơ sở và thực hiện quy chế dân chủ.',
  'Tại hội nghị, các đại biểu đã đóng góp nhiều ý kiến nhằm khắc phục những tồn tại, hạn chế trong công tác xây dựng cơ sở và thực hiện quy chế dân chủ năm 2020 và thực hiện tốt 6 nhóm nhiệm vụ, giải pháp trọng tâm năm 2021.',
];

/**
 * The chair's conclusion, as a draft notice dated the meeting day: the clerk issues it, and it
 * takes the first number of the committee's TB series ("Số 01-TB/BCĐ").
 */
export const conclusion = {
  issued_on: '2021-01-13',
  signing_form: 'tm' as const,
  title:
    'Kết luận của đồng chí Trưởng Ban Chỉ đạo tại Hội nghị tổng kết công tác xây dựng cơ sở và thực hiện quy chế dân chủ năm 2020, triển khai nhiệm vụ năm 2021',
  signer: 'sinh',
  signer_title: 'TRƯỞNG BAN',
  preamble:
    'Sáng ngày 13/01/2021, Ban Chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ tỉnh tổ chức hội nghị tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị. Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Trưởng Ban Chỉ đạo kết luận như sau:',
  recipients: [
    'Thường trực Tỉnh ủy (để b/c)',
    'Các đồng chí thành viên Ban Chỉ đạo',
    'Ban Chỉ đạo các huyện, thị xã, thành phố',
    'Lưu: VT, Ban Dân vận Tỉnh ủy',
  ],
  items: [
    'Ban Chỉ đạo các cấp kiện toàn lại Ban Chỉ đạo, giao nhiệm vụ cụ thể, rõ ràng cho các thành viên.',
    'Phối hợp chặt chẽ với cấp ủy, chính quyền được phân công phụ trách để triển khai tốt các chỉ thị, nghị quyết, quyết định của Đảng, Nhà nước về xây dựng cơ sở và thực hiện quy chế dân chủ.',
    'Tiếp tục đẩy mạnh cải cách hành chính, nâng cao đạo đức công vụ, trách nhiệm của người đứng đầu gắn với xây dựng văn hóa công vụ.',
    'Nâng cao chất lượng tiếp nhận, giải quyết đơn thư của công dân.',
    'Tăng cường kiểm tra, giám sát, nắm chắc, bám sát địa bàn để tham mưu cho cấp ủy, chính quyền giải quyết kịp thời các vấn đề phát sinh từ cơ sở.',
    'Thực hiện tốt 6 nhóm nhiệm vụ, giải pháp trọng tâm năm 2021.',
  ],
};

export interface DemoAction {
  item: number;
  title: string;
  lead: string;
  unit?: string;
  coOwners?: string[];
  deadline: string | null;
  completed_on: string | null;
  on_hold?: string;
  progress?: Array<{ reported_on: string; text: string }>;
}

export const actions: DemoAction[] = [
  {
    item: 1,
    title: 'Tham mưu quyết định kiện toàn Ban Chỉ đạo và phân công nhiệm vụ cho từng thành viên',
    lead: 'an',
    unit: 'Ban Dân vận Tỉnh ủy',
    deadline: '2021-02-28',
    completed_on: '2021-02-25',
    progress: [{ reported_on: '2021-02-25', text: 'Đã trình Thường trực Tỉnh ủy ký quyết định phân công.' }],
  },
  {
    item: 2,
    title: 'Ban hành quy chế phối hợp với cấp ủy, chính quyền được phân công phụ trách',
    lead: 'binh',
    coOwners: ['an'],
    deadline: '2021-03-31',
    completed_on: '2021-04-12',
    progress: [
      { reported_on: '2021-03-30', text: 'Dự thảo quy chế đang lấy ý kiến các sở, ngành.' },
      { reported_on: '2021-04-12', text: 'Quy chế đã được ban hành.' },
    ],
  },
  {
    item: 3,
    title: 'Triển khai kế hoạch cải cách hành chính gắn với xây dựng văn hóa công vụ năm 2021',
    lead: 'dung',
    unit: 'Sở Nội vụ',
    deadline: '2021-12-31',
    completed_on: null,
    progress: [{ reported_on: '2021-06-30', text: 'Đã hoàn thành 6/10 nội dung của kế hoạch.' }],
  },
  {
    item: 4,
    title: 'Báo cáo chất lượng tiếp nhận, giải quyết đơn thư của công dân 6 tháng đầu năm',
    lead: 'hai',
    deadline: '2021-06-30',
    completed_on: '2021-06-28',
  },
  {
    item: 5,
    title: 'Kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở',
    lead: 'cuong',
    coOwners: ['hai'],
    deadline: null,
    completed_on: null,
  },
  {
    item: 6,
    title: 'Cụ thể hóa 6 nhóm nhiệm vụ, giải pháp trọng tâm năm 2021 trong chương trình công tác của Ban Chỉ đạo',
    lead: 'an',
    unit: 'Tổ giúp việc Ban Chỉ đạo',
    deadline: '2021-01-31',
    completed_on: null,
    on_hold: 'Chờ ý kiến của Thường trực Tỉnh ủy',
  },
];
