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
};
