/** Vietnamese texts of the command line's `seal`, `report` and `check --summary`, and of the consolidated summary (CLI and web page). */
export const reportCli = {
  seal: {
    help: `resolution-targets seal — chốt số liệu của một biểu đã kiểm tra không còn lỗi

Cách dùng:
  resolution-targets seal TỆP.xlsx [--lang vi|en]

Lệnh kiểm tra tệp; nếu còn lỗi thì từ chối và liệt kê các lỗi. Nếu không còn lỗi, lệnh lưu vào
tệp (trong một trang ẩn) thời điểm chốt, kỳ báo cáo, mã mẫu và dấu vân tay SHA-256 của mẫu và mọi
số liệu, định dạng, giải trình. Mọi số liệu trong tệp được giữ nguyên. Sau đó “check” cho biết tệp
có bị sửa sau khi chốt không, và sửa ở chỉ tiêu nào. Chốt số liệu không phải chữ ký số.

Mã thoát: 0 đã chốt · 1 còn lỗi, chưa chốt · 2 tệp không đọc hoặc không ghi được.`,
    oneFile: 'Lệnh “seal” cần đúng một tệp. Ví dụ: resolution-targets seal chi-tieu-2023.xlsx',
    refused: (p: { file: string; count: number }) =>
      `Chưa chốt số liệu ${p.file}: còn ${p.count} lỗi. Sửa các lỗi dưới đây, chạy lại “check” cho sạch lỗi rồi chốt lại:`,
    refusedText: (p: { file: string; cells: string }) =>
      `Chưa chốt số liệu ${p.file}: số liệu ở ô ${p.cells} đang lưu dạng chữ, nên biểu in ra ghi “Cần kiểm tra”. Hãy gõ lại các ô đó thành số (hoặc dùng “Chuyển thành số” trong bổ trợ) rồi chốt lại:`,
    sealed: (p: { file: string; sheet: string; period: string; count: number; at: string; code: string }) =>
      `Đã chốt số liệu ${p.file}, trang “${p.sheet}” (kỳ ${p.period}, ${p.count} chỉ tiêu) lúc ${p.at}. Mã kiểm tra: ${p.code}.`,
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
      `Không biết ghi bảng tổng hợp dạng “${p.file}”: hãy đặt tên tệp kết thúc bằng .xlsx, .csv hoặc .json.`,
    writeFailed: (p: { file: string; reason: string }) =>
      `Không ghi được bảng tổng hợp ${p.file} (${p.reason}). Hãy đóng tệp nếu đang mở trong Excel và kiểm tra quyền ghi.`,
    summaryIsInput: (p: { file: string }) =>
      `Không ghi bảng tổng hợp vào ${p.file}: đó là một trong các tệp cần kiểm tra, ghi vào sẽ mất số liệu của tệp (kể cả khi có --force). Hãy chọn tên khác cho --summary, ví dụ --summary tong-hop.xlsx.`,
    summaryExists: (p: { file: string }) =>
      `Tệp ${p.file} đã có; không ghi đè bảng tổng hợp. Thêm --force để ghi đè, hoặc chọn tên khác cho --summary.`,
    noFiles: (p: { dir: string }) => `Thư mục ${p.dir} không có tệp nào để kiểm tra.`,
  },
  report: {
    oneFile: 'Lệnh “report” cần đúng một tệp. Ví dụ: resolution-targets report chi-tieu-2023.xlsx',
    refused: (p: { file: string; count: number }) =>
      `Chưa lập báo cáo từ ${p.file}: số liệu còn ${p.count} lỗi. Sửa các lỗi (“resolution-targets check ${p.file}” liệt kê từng lỗi) rồi lập lại.`,
    refusedText: (p: { file: string; cells: string }) =>
      `Chưa lập báo cáo từ ${p.file}: số liệu ở ô ${p.cells} đang lưu dạng chữ, nên biểu in ra ghi “Cần kiểm tra” trong khi báo cáo sẽ có đánh giá. Hãy gõ lại các ô đó thành số (hoặc dùng “Chuyển thành số” trong bổ trợ) rồi lập lại:`,
    written: (p: { file: string; sheet: string }) => `Đã lập báo cáo ${p.file} (trang “${p.sheet}”, khổ A4).`,
    writtenDocx: (p: { file: string }) =>
      `Đã lập báo cáo ${p.file} (Word, khổ A4 dọc, phụ lục khổ ngang): hãy mở bằng Word để điền phần phương hướng và ký.`,
    badDate: (p: { value: string }) =>
      `Ngày báo cáo “${p.value}” không đúng. Ghi dạng NĂM-THÁNG-NGÀY hoặc NGÀY/THÁNG/NĂM, ví dụ --date 2023-12-20 hoặc --date 20/12/2023.`,
    exists: (p: { file: string }) =>
      `Tệp ${p.file} đã có; không ghi đè. Thêm --force để ghi đè, hoặc chọn tên khác bằng --out.`,
    sameAsInput: (p: { file: string }) =>
      `Không lập báo cáo vào ${p.file}: đó chính là tệp số liệu, ghi vào sẽ mất số liệu (kể cả khi có --force). Hãy chọn tên khác bằng --out, ví dụ --out bao-cao.xlsx.`,
    writeFailed: (p: { file: string; reason: string }) =>
      `Không ghi được ${p.file} (${p.reason}). Hãy đóng tệp nếu đang mở trong Excel và kiểm tra quyền ghi.`,
    help: `resolution-targets report — lập báo cáo kết quả thực hiện chỉ tiêu (trang “Báo cáo” trong sổ và/hoặc tệp Word)

Cách dùng:
  resolution-targets report TỆP.xlsx [--out BÁO-CÁO.xlsx] [--docx BÁO-CÁO.docx]
      [--number 12] [--date 2023-12-20] [--signer "Nguyễn Văn An"] [--force] [--lang vi|en]

Báo cáo kết quả theo thể thức văn bản của Đảng (Hướng dẫn 36-HD/VPTW): tiêu đề (cấp ủy cấp trên,
“ĐẢNG ỦY XÃ …”, “Số …-BC/ĐU”, dòng địa danh, ngày tháng), căn cứ nêu số và ngày của nghị quyết,
I. kết quả với câu tổng hợp các chỉ tiêu chủ yếu và mỗi chỉ tiêu một câu, II. hạn chế, nguyên nhân
từ giải trình các chỉ tiêu không đạt, III. phương hướng (để trống cho cán bộ viết), khối chữ ký và
“Nơi nhận”; bảng chỉ tiêu thành phụ lục. Thông tin không nêu được để dấu chấm để điền tay; ngày
báo cáo không bao giờ lấy theo ngày của máy. Lệnh từ chối nếu số liệu còn lỗi.

Tùy chọn:
  --out TỆP.xlsx     sổ có trang “Báo cáo” và biểu đồ (mặc định khi không có --docx:
                     bao-cao-<năm>.xlsx)
  --docx TỆP.docx    báo cáo dạng Word (A4 dọc, Times New Roman; phụ lục khổ ngang)
  --number SỐ        số báo cáo: 12 thành “Số 12-BC/ĐU”
  --date NGÀY        ngày báo cáo, 2023-12-20 hoặc 20/12/2023
  --signer HỌ TÊN    họ tên người ký (chức vụ lấy từ mẫu, mặc định Bí thư)
  --force            ghi đè tệp đã có

Mã thoát: 0 đã lập · 1 số liệu còn lỗi · 2 tệp không đọc hoặc không ghi được, hoặc tùy chọn sai.`,
  },
};

export type ReportCliText = typeof reportCli;
