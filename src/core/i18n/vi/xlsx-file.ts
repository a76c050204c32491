/** Vietnamese texts of the xlsx adapter: what is wrong with a file, and what to do. */
export const xlsxFile = {
  'file-missing': () => 'Không tìm thấy tệp. Hãy kiểm tra lại tên và thư mục.',
  'file-unreadable': (p: { reason: string }) =>
    `Không đọc được tệp (${p.reason}). Hãy kiểm tra quyền truy cập hoặc đóng chương trình đang giữ tệp.`,
  'too-large': (p: { megabytes: string; limit: number }) =>
    `Tệp quá lớn (${p.megabytes} MB, tối đa ${p.limit} MB). Hãy gửi riêng biểu chỉ tiêu, không kèm dữ liệu khác.`,
  'not-xlsx': () =>
    'Đây không phải tệp Excel .xlsx. Hãy mở tệp trong Excel và lưu lại dưới dạng “Sổ làm việc Excel (*.xlsx)”.',
  'legacy-xls': () =>
    'Đây là tệp Excel định dạng cũ (.xls). Hãy mở trong Excel và lưu lại dưới dạng “Sổ làm việc Excel (*.xlsx)”.',
  encrypted: () =>
    'Tệp được đặt mật khẩu mở nên không đọc được. Hãy mở tệp trong Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.',
  corrupt: () => 'Tệp bị hỏng hoặc chưa tải về đầy đủ, không đọc được. Hãy xin lại tệp gốc.',
  'zip-bomb': () =>
    'Tệp khai báo dung lượng giải nén quá lớn nên bị từ chối để bảo vệ máy. Hãy xin lại tệp gốc từ người gửi.',
  'too-many-sheets': (p: { limit: number }) =>
    `Tệp có hơn ${p.limit} trang tính nên bị từ chối để bảo vệ máy. Hãy lưu trang biểu chỉ tiêu sang một tệp riêng rồi gửi lại.`,
  'no-template': () =>
    'Tệp không chứa mẫu chỉ tiêu lưu kèm, nên không phải biểu chỉ tiêu chuẩn. Hãy tạo biểu bằng lệnh “template” hoặc bằng phần bổ trợ rồi nhập số liệu vào đó.',
  'invalid-template': (p: { sheet: string }) =>
    `Mẫu chỉ tiêu lưu kèm trong tệp (trang ẩn “${p.sheet}”) đã bị sửa hoặc hỏng, không thể tin các quy tắc của nó. Hãy tạo lại biểu từ mẫu gốc.`,
  'no-sheet': (p: { year: number }) =>
    `Không tìm thấy trang biểu chỉ tiêu: không trang nào có hàng tiêu đề với các ô “Mã” và “Thực hiện ${p.year}” (hoặc “Thực hiện 6 tháng”, “Thực hiện 9 tháng”) cùng mã chỉ tiêu bên dưới. Có thể hàng tiêu đề đã bị xóa hoặc sửa.`,
  'no-authoring-sheet': (p: { name: string }) =>
    `Tệp không có trang “${p.name}” (bảng khai báo chỉ tiêu với dòng tiêu đề bắt đầu bằng “Mã”). Hãy tạo trang này bằng lệnh “draft” rồi điền vào.`,
};

export type XlsxFileText = typeof xlsxFile;
