/** Vietnamese texts of the Excel adapter: what went wrong in the workbook, where, and what to do. */
export const addin = {
  'api-too-old': () =>
    'Phiên bản Excel này quá cũ cho phần bổ trợ (cần Excel 2019 trở lên hoặc Microsoft 365, ExcelApi 1.7). Hãy cập nhật Office, hoặc kiểm tra tệp bằng công cụ dòng lệnh.',
  'validation-unsupported': () =>
    'Chưa đặt danh sách chọn và giới hạn nhập cho các ô số liệu vì phiên bản Excel này không hỗ trợ (cần ExcelApi 1.8). Biểu vẫn dùng được; phần bổ trợ vẫn kiểm tra số liệu khi bấm “Kiểm tra số liệu”.',
  'page-layout-unsupported': () =>
    'Chưa đặt khổ in (A4 ngang, vừa một trang ngang) vì phiên bản Excel này không hỗ trợ (cần ExcelApi 1.9). Hãy đặt trong Bố trí Trang trước khi in.',
  'report-layout-unsupported': () =>
    'Chưa đặt khổ in cho trang báo cáo (A4 dọc, vùng in, ngắt trang) vì phiên bản Excel này không hỗ trợ (cần ExcelApi 1.9). Hãy đặt trong Bố trí Trang trước khi in.',
  'report-chart-data-printed': (p: { columns: string; printArea: string }) =>
    `Phiên bản Excel này (trước ExcelApi 1.8) không vẽ được biểu đồ từ các cột ẩn, nên các cột số liệu của biểu đồ (${p.columns}) vẫn hiện và sẽ được in cùng báo cáo. Để chỉ in báo cáo, hãy chọn vùng ${p.printArea} rồi bấm Bố trí Trang > Vùng In > Đặt Vùng In.`,
  'no-template': () =>
    'Sổ làm việc không có mẫu chỉ tiêu lưu kèm. Hãy tạo biểu bằng nút “Tạo biểu chỉ tiêu” rồi nhập số liệu vào đó.',
  'store-invalid': (p: { reason: string }) =>
    `Mẫu chỉ tiêu lưu kèm trong sổ làm việc bị hỏng, không đọc được. ${p.reason} Phần bổ trợ không kiểm tra theo mẫu có sẵn thay cho nó, vì quy tắc có thể khác mẫu đã dùng khi lập biểu. Hãy mở bản sao lưu của tệp (trước khi bị sửa), hoặc tạo biểu mới trong một sổ làm việc mới rồi chép số liệu sang.`,
  'store-template-invalid': (p: { id: string; vi: string; en: string }) =>
    `Mẫu “${p.id}” lưu kèm không đúng định dạng: ${p.vi}.`,
  'no-sheet': (p: { year: number }) =>
    `Không tìm thấy trang biểu chỉ tiêu: không trang nào có hàng tiêu đề với các ô “Mã” và “Thực hiện ${p.year}” (hoặc “Thực hiện 6 tháng”, “Thực hiện 9 tháng”) cùng mã chỉ tiêu bên dưới. Có thể hàng tiêu đề đã bị xóa hoặc sửa; hãy chèn lại biểu.`,
  'sheet-gone': (p: { sheet: string }) =>
    `Không tìm thấy trang “${p.sheet}” hoặc bảng chỉ tiêu trong đó (có thể trang đã bị đổi tên, xóa hoặc sửa hàng tiêu đề). Hãy bấm “Kiểm tra số liệu” lại.`,
  'sheet-password': (p: { sheet: string }) =>
    `Trang “${p.sheet}” được khóa bằng mật khẩu mà phần bổ trợ không biết, nên không thay đổi gì. Hãy bỏ khóa (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.`,
  'marks-skipped': (p: { sheet: string }) =>
    `Đã kiểm tra nhưng không khoanh đỏ được các ô lỗi vì trang “${p.sheet}” được khóa bằng mật khẩu mà phần bổ trợ không biết. Các lỗi vẫn được liệt kê dưới đây; muốn khoanh ô, hãy bỏ khóa (Xem lại > Bỏ bảo vệ trang tính) rồi kiểm tra lại.`,
  'update-would-lose': (p: { sheet: string; rows: string }) =>
    `Không cập nhật bố cục trang “${p.sheet}”: các dòng ${p.rows} có số liệu hoặc giải trình nhưng không có trong mẫu mới, cập nhật sẽ làm mất chúng. Hãy chọn “Thêm một bản mới” để giữ nguyên trang cũ.`,
  'update-column-unknown': (p: { sheet: string; vi: string; en: string }) =>
    `Không cập nhật bố cục trang “${p.sheet}”: không tìm thấy cột “${p.vi}” ở hàng tiêu đề (ô tiêu đề đã bị sửa hoặc xóa), nên không biết giải trình nằm ở cột nào và cập nhật có thể làm mất chúng. Trang được giữ nguyên. Hãy ghi lại tiêu đề “${p.vi}” (trang tiếng Anh: “${p.en}”) cho cột giải trình rồi thử lại, hoặc chọn “Thêm một bản mới”.`,
  'store-not-rewritten': (p: { reason: string }) =>
    `Không chèn biểu: ${p.reason} Phần bổ trợ không ghi đè kho mẫu bị hỏng, vì như vậy sẽ làm mất các mẫu khác lưu trong đó. Sổ làm việc được giữ nguyên. Hãy mở bản sao lưu của tệp, hoặc chèn biểu vào một sổ làm việc mới.`,
  'template-id-taken': (p: { id: string; year: number }) =>
    `Không chèn biểu: sổ làm việc đã lưu một mẫu khác cùng mã “${p.id}” (năm ${p.year}). Nếu thay mẫu đó, các biểu đã lập theo nó sẽ bị đánh giá theo quy tắc mới. Sổ làm việc được giữ nguyên. Hãy đặt cho mẫu mới một mã riêng (trường “id” trong tệp JSON, ví dụ thêm năm) rồi chèn lại.`,
  'report-failed-kept': (p: { sheet: string; temporary: string; reason: string }) =>
    `Lập báo cáo không thành công (${p.reason}). Biểu chỉ tiêu và số liệu trong đó không bị thay đổi; trang “${p.sheet}” (nếu đã có) vẫn như trước, phần báo cáo ghi dở đã được xóa. Hãy bấm “Lập báo cáo” lại.`,
  'report-failed-renamed': (p: { sheet: string; temporary: string; reason: string }) =>
    `Báo cáo mới đã được ghi đầy đủ ở trang “${p.temporary}” và trang báo cáo cũ đã được xóa, nhưng không đổi được tên trang thành “${p.sheet}” (${p.reason}). Biểu chỉ tiêu và số liệu không bị thay đổi. Hãy đổi tên trang “${p.temporary}” thành “${p.sheet}”, hoặc bấm “Lập báo cáo” lại.`,
  'report-failed-unknown': (p: { sheet: string; temporary: string; reason: string }) =>
    `Lập báo cáo không thành công (${p.reason}) và không xác định được phần nào đã ghi. Biểu chỉ tiêu và số liệu trong đó không bị thay đổi. Hãy xem các trang “${p.sheet}” và “${p.temporary}”: xóa trang báo cáo ghi dở (nếu có) rồi bấm “Lập báo cáo” lại.`,
  'seal-failed': (p: { sheet: string; reason: string }) =>
    `Chốt số liệu trang “${p.sheet}” không thành công (${p.reason}). Số liệu trong biểu không bị thay đổi, nhưng nơi lưu dấu chốt có thể đã bị ghi dở. Hãy bấm “Chốt số liệu” lại; lần kiểm tra sau sẽ cho biết số liệu đã được chốt hay chưa.`,
  'insert-failed': (p: { reason: string }) =>
    `Chèn biểu không thành công (${p.reason}). Sổ làm việc được giữ nguyên như trước.`,
  'update-failed-kept': (p: { sheet: string; reason: string }) =>
    `Cập nhật bố cục không thành công (${p.reason}). Trang “${p.sheet}” và số liệu trong đó vẫn giữ nguyên như trước.`,
  'update-failed-renamed': (p: { sheet: string; temporary: string; reason: string }) =>
    `Đã tạo bố cục mới cùng toàn bộ số liệu ở trang “${p.temporary}” và xóa trang cũ, nhưng không đổi được tên trang thành “${p.sheet}” (${p.reason}). Hãy đổi tên trang “${p.temporary}” thành “${p.sheet}”.`,
  'write-failed-partly': (p: { sheet: string; reason: string }) =>
    `Thay đổi trên trang “${p.sheet}” bị dừng giữa chừng (${p.reason}); một phần đã được ghi. Hãy bấm “Kiểm tra số liệu” lại để xem tình trạng hiện tại.`,
  'changed-since-check': (p: { cell: string }) =>
    `Ô ${p.cell} đã thay đổi kể từ lần kiểm tra nên không được chuyển. Hãy bấm “Kiểm tra số liệu” lại.`,
  'bad-address': (p: { address: string }) => `“${p.address}” không phải địa chỉ ô hợp lệ.`,
  'access-denied': () =>
    'Excel không cho phép thay đổi: trang hoặc sổ làm việc đang được bảo vệ, hoặc tệp chỉ được đọc. Hãy bỏ bảo vệ hoặc mở bản có thể sửa rồi thử lại.',
  'not-found': () =>
    'Không tìm thấy trang hoặc ô cần dùng (có thể đã bị đổi tên hoặc xóa). Hãy bấm “Kiểm tra số liệu” lại.',
  'cell-edit-mode': () =>
    'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để kết thúc nhập trong ô rồi thử lại.',
  'api-missing': () =>
    'Phiên bản Excel này thiếu một chức năng mà thao tác cần (ApiNotFound). Hãy cập nhật Office lên Microsoft 365, hoặc kiểm tra tệp bằng công cụ dòng lệnh.',
  'too-much': () => 'Thao tác quá lớn để Excel xử lý một lần. Hãy đóng các sổ làm việc khác rồi thử lại.',
  'sheet-name-taken': () => 'Đã có trang trùng tên. Hãy đổi tên trang đó hoặc chọn “Thêm một bản mới”.',
  'excel-error': (p: { code: string }) =>
    `Excel báo lỗi (${p.code}). Sổ làm việc có thể chưa thay đổi; hãy thử lại, nếu vẫn lỗi hãy lưu tệp, mở lại Excel.`,
  'no-authoring-sheet': (p: { name: string }) =>
    `Sổ làm việc không có trang “${p.name}”. Nếu đã khai báo chỉ tiêu ở một trang khác, hãy đổi tên trang đó thành “${p.name}” rồi thử lại.`,
};

export type AddinText = typeof addin;
