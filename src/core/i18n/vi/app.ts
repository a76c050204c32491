/** Vietnamese texts of the web page app.html (make and check the files in any browser). */
export const app = {
  title: 'Chỉ tiêu Nghị quyết — tạo và kiểm tra biểu',
  offline:
    'Mọi việc làm ngay trong trình duyệt trên máy này: không tệp nào được gửi đi, và trang vẫn chạy khi mất mạng.',
  otherLanguage: 'English',
  make: {
    heading: '1. Tạo biểu chỉ tiêu',
    source: 'Mẫu chỉ tiêu',
    builtIn: (name: string) => `Mẫu có sẵn: ${name}`,
    jsonFile: 'Tệp mẫu chỉ tiêu (.json)',
    authoringFile: 'Trang “Khai báo chỉ tiêu” (.xlsx)',
    pasted: 'Dán nguyên văn nghị quyết',
    pasteLabel: 'Nguyên văn nghị quyết (dán cả văn bản hoặc phần các chỉ tiêu chủ yếu)',
    noTargets:
      'Không đọc được chỉ tiêu nào trong văn bản đã dán. Hãy dán phần “Các chỉ tiêu chủ yếu” của nghị quyết, mỗi chỉ tiêu một dòng (ví dụ “Tốc độ tăng trưởng kinh tế đạt 10% trở lên”), hoặc dùng tệp mẫu .json.',
    drafted: (p: { count: number }) =>
      `Đã đọc được ${p.count} chỉ tiêu từ văn bản. Những chỗ phải đoán được ghi ở cột “Ghi chú” của biểu: hãy xem lại trước khi nhập số liệu.`,
    chooseJson: 'Chọn tệp mẫu (.json)',
    noJsonYet: 'Chưa chọn tệp mẫu.',
    jsonChosen: (p: { file: string; count: number }) => `Tệp “${p.file}”: ${p.count} chỉ tiêu.`,
    badJson: (p: { file: string; count: number }) =>
      `Tệp mẫu “${p.file}” có ${p.count} lỗi, chưa tạo được biểu. Sửa từng chỗ dưới đây rồi chọn lại tệp:`,
    unreadableJson: (p: { file: string }) =>
      `Không đọc được tệp “${p.file}”. Hãy chọn một tệp mẫu chỉ tiêu .json (chữ UTF-8).`,
    chooseAuthoring: 'Chọn tệp có trang “Khai báo chỉ tiêu” (.xlsx)',
    noAuthoringYet:
      'Chưa chọn tệp khai báo chỉ tiêu. Lệnh “draft” hoặc bổ trợ trong Excel tạo được trang này.',
    authoringChosen: (p: { file: string; sheet: string; count: number }) =>
      `Tệp “${p.file}”, trang “${p.sheet}”: ${p.count} chỉ tiêu.`,
    badAuthoring: (p: { file: string; sheet: string; count: number }) =>
      `Trang “${p.sheet}” của tệp “${p.file}” có ${p.count} lỗi, chưa tạo được biểu. Sửa từng ô dưới đây trong Excel rồi chọn lại tệp:`,
    unreadableAuthoring: (p: { file: string; reason: string }) =>
      `Không đọc được tệp “${p.file}”: ${p.reason}`,
    period: 'Kỳ báo cáo',
    download: 'Tải biểu chỉ tiêu (.xlsx)',
    made: (p: { file: string; count: number; period: string }) =>
      `Đã tạo “${p.file}”: ${p.count} chỉ tiêu, kỳ báo cáo ${p.period}. Mở tệp bằng Excel hoặc LibreOffice để nhập số liệu.`,
  },
  check: {
    heading: '2. Kiểm tra tệp đã nhập số liệu',
    choose: 'Chọn tệp đã nhập số liệu',
    hint: 'Chọn một hoặc nhiều tệp .xlsx (giữ Ctrl để chọn nhiều tệp). Tệp chỉ được đọc trên máy này.',
    working: (p: { count: number }) => `Đang kiểm tra ${p.count} tệp…`,
    resultsRegion: 'Kết quả kiểm tra',
    headline: 'Kết quả',
    verdicts: 'Đánh giá từng chỉ tiêu',
    findingsCount: (p: { errors: number; warnings: number }) => `${p.errors} lỗi, ${p.warnings} cảnh báo`,
  },
  report: {
    heading: 'Lập báo cáo',
    number: 'Số báo cáo (ví dụ 25-BC/ĐU, để trống thì in dấu chấm)',
    date: 'Ngày báo cáo',
    signer: 'Họ tên người ký',
    xlsx: 'Tải báo cáo (.xlsx)',
    docx: 'Tải báo cáo Word (.docx)',
    refused: (p: { count: number }) =>
      `Chưa lập được báo cáo: số liệu còn ${p.count} lỗi. Sửa các ô được nêu ở trên trong tệp rồi chọn lại tệp.`,
  },
  summary: {
    heading: 'Tổng hợp nhiều tệp',
    download: 'Tải bảng tổng hợp (.xlsx)',
    hint: 'Một bảng cho cấp trên: mỗi đơn vị một dòng, mỗi chỉ tiêu một trang, cộng tổng ở các chỉ tiêu cộng dồn.',
    made: (p: { file: string; count: number }) => `Đã tạo bảng tổng hợp “${p.file}” từ ${p.count} tệp.`,
  },
  failed: (p: { reason: string }) =>
    `Có lỗi không lường trước: ${p.reason}. Số liệu trong tệp của bạn không bị thay đổi; hãy tải lại trang và thử lại.`,
};

export type AppText = typeof app;
