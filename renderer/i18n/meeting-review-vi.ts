// Helper P2 (issue 8, after the cold review): versions compare, invitation date, unlinking and
// orphan files, the meeting's history, the minutes' time fields, meeting print pages not found.
export const meetingReviewVi = {
  compare: {
    onlyChanges: 'Chỉ hiện các phần khác nhau',
    legend: 'Chú thích:',
    added: 'Phần thêm vào',
    removed: 'Phần bị bỏ đi',
    addedSr: 'thêm: ',
    removedSr: 'bỏ: ',
    endSr: ' (hết)',
    absent: 'Không có ở bản này',
    same: 'Hai bản giống hệt nhau.',
    noChanges: 'Không có phần nào khác nhau.',
    changes: '{{count}} chỗ khác nhau',
    sameVersion: 'Hãy chọn hai phiên bản khác nhau để so sánh.',
    fields: 'Các phần cố định',
    body: 'Nội dung',
  },
  print: {
    missingTitle: 'Không tìm thấy hội nghị',
    missingBody: 'Hội nghị số {{id}} không có trong kho lưu trữ (địa chỉ sai hoặc hội nghị đã bị xóa), nên không có gì để in.',
    toMeetings: 'Về danh sách hội nghị',
  },
  minutes: {
    invalidNotSaved: 'Chưa lưu: {{fields}} không hợp lệ. Sửa lại thì biên bản mới được lưu.',
  },
  invitation: {
    confirmTitle: 'Cấp số giấy mời?',
    confirmText: 'Giấy mời dự "{{meeting}}" (họp ngày {{day}}) sẽ được cấp số trong sổ giấy mời (GM) của Ban Chỉ đạo.',
    date: 'Ngày giấy mời',
    willTake: 'Số sẽ cấp',
    noTerm: 'Chưa đặt ngày bắt đầu nhiệm kỳ: chưa cấp số được',
    final: 'Số đã cấp không lấy lại được: nếu giấy mời bị hủy, số vẫn được giữ trong sổ, đánh dấu đã hủy.',
    confirm: 'Cấp số',
  },
  validation: {
    after_meeting: 'Ngày giấy mời không được sau ngày họp.',
    too_early: 'Ngày giấy mời quá sớm: tối đa một năm trước ngày họp.',
    before_committee: 'Ngày giấy mời trước khi Ban Chỉ đạo có quyết định thành lập hoặc thành viên đầu tiên.',
  },
};
