/** Vietnamese texts of sealing ("chốt số liệu") and the district's batch check. */
export const reportVi = {
  seal: {
    help: `resolution-targets seal — chốt số liệu của một biểu đã kiểm tra không còn lỗi

Cách dùng:
  resolution-targets seal TỆP.xlsx [--lang vi|en]

Lệnh kiểm tra tệp; nếu còn lỗi thì từ chối và liệt kê các lỗi. Nếu không còn lỗi, lệnh lưu vào
tệp (trong một trang ẩn) thời điểm chốt, kỳ báo cáo, mã mẫu và dấu vân tay SHA-256 của mẫu và mọi
số liệu, định dạng, giải trình. Mọi số liệu trong tệp được giữ nguyên. Sau đó "check" cho biết tệp
có bị sửa sau khi chốt không, và sửa ở chỉ tiêu nào. Chốt số liệu không phải chữ ký số.

Mã thoát: 0 đã chốt · 1 còn lỗi, chưa chốt · 2 tệp không đọc hoặc không ghi được.`,
    oneFile: 'Lệnh "seal" cần đúng một tệp. Ví dụ: resolution-targets seal chi-tieu-2023.xlsx',
    refused: (p: { file: string; count: number }) =>
      `Chưa chốt số liệu ${p.file}: còn ${p.count} lỗi. Sửa các lỗi dưới đây, chạy lại "check" cho sạch lỗi rồi chốt lại:`,
    sealed: (p: { file: string; sheet: string; period: string; count: number; at: string; code: string }) =>
      `Đã chốt số liệu ${p.file}, trang "${p.sheet}" (kỳ ${p.period}, ${p.count} chỉ tiêu) lúc ${p.at}. Mã kiểm tra: ${p.code}.`,
    notSignature:
      'Lưu ý: chốt số liệu không phải chữ ký số; nó chỉ giúp thấy ngay nếu số liệu bị sửa sau khi chốt.',
    writeFailed: (p: { file: string; reason: string }) =>
      `Không ghi được tệp ${p.file} (${p.reason}). Hãy đóng tệp nếu đang mở trong Excel và kiểm tra quyền ghi; tệp cũ vẫn nguyên.`,
    notKept: (p: { file: string }) =>
      `Không chốt được ${p.file}: sau khi ghi, số liệu đọc lại không khớp với số liệu đã chốt, nên tệp cũ được giữ nguyên. Hãy báo lại cho người phụ trách.`,
    status: {
      unsealed: 'Chưa chốt số liệu.',
      unchanged: (p: { at: string }) => `Đã chốt số liệu lúc ${p.at}; từ đó đến nay không sửa.`,
      changed: (p: { at: string; what: string }) =>
        `Đã chốt số liệu lúc ${p.at} nhưng SAU ĐÓ ĐÃ SỬA: ${p.what}.`,
      indicators: (p: { names: string }) => `chỉ tiêu ${p.names}`,
      period: 'kỳ báo cáo',
      template: 'mẫu chỉ tiêu',
    },
  },
  batch: {
    summaryTitle: 'Tổng hợp kết quả kiểm tra số liệu các đơn vị',
    summaryHeaders: [
      'STT',
      'Tệp',
      'Đơn vị',
      'Trang',
      'Kỳ báo cáo',
      'Chốt số liệu',
      'Vượt',
      'Đạt (đúng tiến độ)',
      'Không đạt (chậm tiến độ)',
      'Chưa có số liệu',
      'Không hợp lệ',
      'Lỗi',
      'Cảnh báo',
      'Thiếu giải trình',
      'Số chỉ tiêu',
      'Ghi chú',
    ],
    indicatorHeaders: [
      'STT',
      'Đơn vị',
      'Tệp',
      'Kỳ báo cáo',
      'Thực hiện',
      'Chỉ tiêu giao',
      '% so với CT',
      'Đánh giá',
    ],
    summarySheet: 'Tổng hợp',
    unreadable: 'Không đọc được',
    period: { '6-thang': '6 tháng', '9-thang': '9 tháng', nam: 'Năm' },
    seal: {
      unsealed: 'Chưa chốt',
      unchanged: 'Đã chốt, không sửa',
      changed: 'Đã chốt, SAU ĐÓ ĐÃ SỬA',
      changedIn: (p: { ids: string }) => `Đã chốt, SAU ĐÓ ĐÃ SỬA: ${p.ids}`,
    },
    progress: (p: { done: number; total: number; file: string }) =>
      `${p.done}/${p.total} tệp · đang đọc ${p.file}`,
    done: (p: { checked: number; total: number; out: string }) =>
      `Đã kiểm tra ${p.checked}/${p.total} tệp; bảng tổng hợp đã ghi vào ${p.out}.`,
    failures: (p: { count: number }) =>
      `${p.count} tệp không đọc được (có trong bảng tổng hợp, cột Ghi chú):`,
    withErrors: (p: { count: number }) => `${p.count} tệp còn số liệu lỗi:`,
    errorsIn: (p: { file: string; count: number }) => `${p.file}: ${p.count} lỗi`,
    changedAfterSeal: (p: { count: number }) => `${p.count} tệp đã sửa sau khi chốt số liệu:`,
    badSummary: (p: { file: string }) =>
      `Không biết ghi bảng tổng hợp dạng "${p.file}": hãy đặt tên tệp kết thúc bằng .xlsx, .csv hoặc .json.`,
    writeFailed: (p: { file: string; reason: string }) =>
      `Không ghi được bảng tổng hợp ${p.file} (${p.reason}). Hãy đóng tệp nếu đang mở trong Excel và kiểm tra quyền ghi.`,
    noFiles: (p: { dir: string }) => `Thư mục ${p.dir} không có tệp nào để kiểm tra.`,
  },
};

export type ReportText = typeof reportVi;
