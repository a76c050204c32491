/** Vietnamese texts of the commands `draft`, `next` and `template --template KHAI-BAO.xlsx`. */
export const authoringCli = {
  help: {
    draft: `resolution-targets draft — soạn trang “Khai báo chỉ tiêu” (.xlsx) từ văn bản nghị quyết hoặc từ một mẫu

Cách dùng:
  resolution-targets draft NGHI-QUYET.docx|NGHI-QUYET.txt [--out khai-bao-chi-tieu.xlsx] [--json] [--force]
  resolution-targets draft --template MÃ|TỆP.json [--out khai-bao.xlsx] [--force]

Tùy chọn:
  --out TỆP.xlsx           tên tệp tạo ra (mặc định: khai-bao-chi-tieu.xlsx)
  --json                   in mẫu chỉ tiêu soạn được (JSON) thay vì ghi tệp
  --template MÃ|TỆP.json   lấy các chỉ tiêu từ một mẫu có sẵn để sửa
  --force                  ghi đè tệp đã có
  --lang vi|en             ngôn ngữ của thông báo (mặc định: vi)

Mỗi dòng soạn được có “Ghi chú” nói rõ phần nào là đoán; hãy đọc lại trước khi tạo biểu.
Sau đó: resolution-targets template --template khai-bao-chi-tieu.xlsx

Mã thoát: 0 đã tạo · 2 không đọc được văn bản, không tìm thấy chỉ tiêu, tệp đã có hoặc dùng sai lệnh.`,
    next: `resolution-targets next — chuẩn bị trang “Khai báo chỉ tiêu” cho năm sau từ biểu năm nay

Cách dùng:
  resolution-targets next CHI-TIEU-2023.xlsx [--out khai-bao-2024.xlsx] [--force]

Giữ các chỉ tiêu và thông tin văn bản, tăng Năm thêm 1, đưa số thực hiện năm nay vào cột
“Thực hiện năm trước” và để trống “Mức chỉ tiêu” cho nghị quyết mới. Từ chối khi biểu còn lỗi.

Mã thoát: 0 đã tạo · 1 biểu còn lỗi · 2 không đọc được tệp, tệp đã có hoặc dùng sai lệnh.`,
  },
  drafted: (p: { file: string; count: number; main: number; tasks: number }) =>
    `Đã soạn ${p.file}: ${p.count} dòng (${p.main} chỉ tiêu chủ yếu, ${p.tasks} nhiệm vụ). Đọc cột “Ghi chú” rồi sửa những chỗ đoán chưa đúng.`,
  written: (p: { file: string; count: number }) => `Đã tạo ${p.file} (${p.count} chỉ tiêu).`,
  nextWritten: (p: { file: string; count: number; year: number }) =>
    `Đã tạo ${p.file} cho năm ${p.year} (${p.count} chỉ tiêu); hãy điền “Mức chỉ tiêu” theo nghị quyết mới.`,
  oneInput: 'Lệnh “draft” cần đúng một tệp văn bản nghị quyết (.docx hoặc .txt), hoặc --template.',
  oneSource: 'Lệnh “next” cần đúng một biểu chỉ tiêu (.xlsx).',
  textProblem: {
    missing: (p: { file: string }) => `Không tìm thấy tệp ${p.file}.`,
    unreadable: (p: { file: string; detail: string }) => `Không đọc được tệp ${p.file} (${p.detail}).`,
    'not-text': (p: { file: string }) =>
      `Tệp ${p.file} không phải văn bản .txt (UTF-8) hay .docx. Nếu là tệp Word cũ (.doc), hãy mở trong Word và lưu lại dạng .docx.`,
    'too-large': (p: { file: string }) => `Tệp ${p.file} quá lớn để là một nghị quyết.`,
    'bad-docx': (p: { file: string }) =>
      `Tệp ${p.file} không đọc được như tệp Word .docx (có thể bị hỏng). Hãy mở trong Word và lưu lại.`,
  },
  noTargets: (p: { file: string }) =>
    `Không tìm thấy chỉ tiêu nào trong ${p.file}. Hãy kiểm tra đây là nghị quyết có phần “chỉ tiêu”, hoặc soạn trang trống bằng --template rồi điền tay.`,
  authoringErrors: (p: { file: string; count: number }) =>
    `Trang “Khai báo chỉ tiêu” trong ${p.file} còn ${p.count} lỗi, chưa tạo biểu:`,
  sourceErrors: (p: { file: string; count: number }) =>
    `Biểu ${p.file} còn ${p.count} lỗi số liệu; hãy sửa rồi chạy lại “next”:`,
};

export type AuthoringCliText = typeof authoringCli;
