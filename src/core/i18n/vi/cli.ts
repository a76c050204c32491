/** Vietnamese texts of the command-line tool. */
export const cli = {
  help: {
    main: `resolution-targets — kiểm tra số liệu thực hiện chỉ tiêu nghị quyết trong tệp Excel (.xlsx)

Cách dùng:
  resolution-targets template [tùy chọn]     tạo biểu chỉ tiêu chuẩn (.xlsx)
  resolution-targets draft NGHI-QUYET.docx|.txt   soạn trang “Khai báo chỉ tiêu” từ văn bản nghị quyết
  resolution-targets next CHI-TIEU.xlsx      chuẩn bị trang “Khai báo chỉ tiêu” cho năm sau
  resolution-targets check TỆP.xlsx... [tùy chọn]   kiểm tra và đánh giá các biểu đã nhập số liệu
  resolution-targets seal TỆP.xlsx         chốt số liệu đã kiểm tra không còn lỗi
  resolution-targets report TỆP.xlsx [--out BÁO-CÁO.xlsx]   lập báo cáo (trang “Báo cáo”, khổ A4)

Tùy chọn chung:
  --lang vi|en   ngôn ngữ thông báo (mặc định: vi)
  --help, -h     hướng dẫn; “resolution-targets check --help” cho từng lệnh

Mã thoát: 0 không có lỗi · 1 có số liệu lỗi · 2 có tệp không đọc được hoặc dùng sai lệnh.`,
    template: `resolution-targets template — tạo biểu chỉ tiêu chuẩn (.xlsx) từ một mẫu chỉ tiêu

Cách dùng:
  resolution-targets template [--template TỆP.json|MÃ] [--out TỆP.xlsx] [--period 6-thang|9-thang|nam] [--force] [--lang vi|en]
  resolution-targets template --template KHAI-BAO.xlsx [--out TỆP.xlsx] [--json]

Tùy chọn:
  --template TỆP.json|MÃ   tệp mẫu chỉ tiêu (JSON, định dạng resolution-targets/v1) hoặc mã mẫu có sẵn
                           (mặc định: mẫu có sẵn đầu tiên). Mẫu có sẵn: {builtIns}
                           Một tệp .xlsx có trang “Khai báo chỉ tiêu” cũng được; từ chối khi trang này còn lỗi
  --json                   in mẫu chỉ tiêu (JSON) thay vì ghi biểu
  --out TỆP.xlsx           tên tệp tạo ra (mặc định: chi-tieu-<năm>.xlsx)
  --period KỲ              kỳ báo cáo chọn sẵn: 6-thang, 9-thang hoặc nam (mặc định: nam)
  --force                  ghi đè tệp đã có (nếu không, lệnh từ chối và thoát với mã 2)
  --lang vi|en             ngôn ngữ của biểu và thông báo (mặc định: vi)

Mã thoát: 0 đã tạo · 2 mẫu sai (liệt kê mọi lỗi), tệp đã có hoặc dùng sai lệnh.`,
    check: `resolution-targets check — kiểm tra và đánh giá các biểu chỉ tiêu đã nhập số liệu

Cách dùng:
  resolution-targets check TỆP.xlsx... [--json] [--lang vi|en]

Mỗi tệp được đọc theo mẫu chỉ tiêu lưu kèm trong tệp (không theo tên trang hay vị trí hàng).
In ra cho từng tệp: chỉ tiêu, số thực hiện, chỉ tiêu giao, % so với chỉ tiêu, đánh giá, rồi các
phát hiện kèm ô tương ứng.

Tùy chọn:
  --json         in một mảng JSON, mỗi phần tử là báo cáo của một trang biểu; tệp không đọc được
                 có phần tử { "file", "error": { "code", "message", "details" } }; mỗi báo cáo có
                 "seal": { "status": "unsealed"|"unchanged"|"changed", "sealedAt", "changed" }
  --summary TỆP.xlsx|.csv|.json   (cấp trên) ghi bảng tổng hợp các tệp, mỗi tệp một hàng, mỗi chỉ tiêu
                 một trang; có thể nêu một thư mục thay cho danh sách tệp
  --force        (cùng --summary) ghi đè bảng tổng hợp đã có; không bao giờ ghi đè tệp đang kiểm tra
  --lang vi|en   ngôn ngữ thông báo (mặc định: vi)

Mã thoát: 0 không tệp nào có lỗi · 1 có phát hiện mức “lỗi” · 2 có tệp không đọc được: không phải
.xlsx, hỏng, đặt mật khẩu, không có mẫu lưu kèm, mẫu lưu kèm đã bị sửa (mẫu không đáng tin nên
không đánh giá), hoặc không có trang biểu. Các tệp khác vẫn được kiểm tra.`,
  },
  usage: {
    unknownCommand: (p: { command: string }) =>
      `Lệnh không có: “${p.command}”. Dùng “template” hoặc “check”; xem “resolution-targets --help”.`,
    noCommand: 'Chưa nêu lệnh. Dùng “template” hoặc “check”; xem “resolution-targets --help”.',
    unknownOption: (p: { option: string; command: string }) =>
      `Tùy chọn không có: ${p.option}. Xem “resolution-targets ${p.command} --help”.`,
    missingValue: (p: { option: string }) => `Tùy chọn ${p.option} cần một giá trị, ví dụ ${p.option} nam.`,
    badChoice: (p: { option: string; value: string; choices: string }) =>
      `Giá trị “${p.value}” không hợp lệ cho ${p.option}; chọn một trong: ${p.choices}.`,
    noValue: (p: { option: string }) => `Tùy chọn ${p.option} không nhận giá trị; chỉ cần viết ${p.option}.`,
    noFiles: 'Chưa nêu tệp cần kiểm tra. Ví dụ: resolution-targets check chi-tieu-2023.xlsx',
    extraArguments: (p: { args: string }) => `Lệnh “template” không nhận thêm tham số: ${p.args}.`,
  },
  template: {
    written: (p: { file: string; count: number; period: string }) =>
      `Đã tạo biểu chỉ tiêu ${p.file} (${p.count} chỉ tiêu, kỳ báo cáo: ${p.period}).`,
    exists: (p: { file: string }) =>
      `Tệp ${p.file} đã có; không ghi đè. Thêm --force để ghi đè, hoặc chọn tên khác bằng --out.`,
    unknownId: (p: { id: string; builtIns: string }) =>
      `Không có mẫu chỉ tiêu “${p.id}” và cũng không có tệp nào tên như vậy. Mẫu có sẵn: ${p.builtIns}.`,
    badFile: (p: { file: string; count: number }) =>
      `Mẫu chỉ tiêu ${p.file} có ${p.count} lỗi, chưa tạo biểu:`,
    unreadableFile: (p: { file: string; reason: string }) =>
      `Không đọc được tệp mẫu ${p.file} (${p.reason}).`,
    writeFailed: (p: { file: string; reason: string }) =>
      `Không ghi được tệp ${p.file} (${p.reason}). Hãy kiểm tra thư mục và quyền ghi, hoặc đóng tệp nếu đang mở trong Excel.`,
  },
  check: {
    fileHeading: (p: { file: string; sheet: string; id: string; year: number; period: string }) =>
      `${p.file} — trang “${p.sheet}”, mẫu ${p.id} (${p.year}), kỳ báo cáo: ${p.period}`,
    cannotRead: (p: { file: string }) => `${p.file}: không kiểm tra được.`,
    columns: {
      indicator: 'Chỉ tiêu',
      value: 'Thực hiện',
      target: 'Chỉ tiêu giao',
      percent: '% so với CT',
      verdict: 'Đánh giá',
    },
    findings: 'Phát hiện:',
    noFindings: 'Không có phát hiện nào.',
    severity: { error: 'LỖI', warning: 'CẢNH BÁO' },
    summary: (p: { parts: string }) => `Tổng hợp: ${p.parts}`,
    summaryParts: {
      exceeded: 'vượt',
      met: 'đạt',
      missed: 'không đạt',
      onTrack: 'đúng tiến độ',
      behind: 'chậm tiến độ',
      noData: 'chưa có số liệu',
      invalid: 'không hợp lệ',
      errors: 'lỗi',
      warnings: 'cảnh báo',
      missingExplanations: 'thiếu giải trình',
    },
    missingRow: (p: { id: string }) => `(không có hàng cho chỉ tiêu ${p.id})`,
  },
  yes: 'Có',
  no: 'Không',
  unexpected: (p: { reason: string }) =>
    `Lỗi ngoài dự kiến, lệnh dừng lại: ${p.reason}. Hãy báo lại cho người phụ trách kèm lệnh vừa chạy.`,
};

export type CliText = typeof cli;
