import { PERIOD_LABELS } from '../sheet-plan/columns';

/** Vietnamese texts of sealing ("chốt số liệu") and the district's batch check. */
export const reportVi = {
  /** In Vietnamese a period is named as the sheet's period cell names it. */
  periods: PERIOD_LABELS,
  /** The headline counts the main targets only, the tasks on their own line (docs/design.md). */
  headline: {
    main: (midYear: boolean, reached: number, total: number) =>
      `${midYear ? 'Dự kiến đạt và vượt' : 'Đạt và vượt'} ${reached}/${total} chỉ tiêu chủ yếu`,
    tasks: (reached: number, total: number) => `Nhiệm vụ: hoàn thành ${reached}/${total}`,
  },
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
    refusedText: (p: { file: string; cells: string }) =>
      `Chưa chốt số liệu ${p.file}: số liệu ở ô ${p.cells} đang lưu dạng chữ, nên biểu in ra ghi “Cần kiểm tra”. Hãy gõ lại các ô đó thành số (hoặc dùng “Chuyển thành số” trong bổ trợ) rồi chốt lại:`,
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
    summaryIsInput: (p: { file: string }) =>
      `Không ghi bảng tổng hợp vào ${p.file}: đó là một trong các tệp cần kiểm tra, ghi vào sẽ mất số liệu của tệp (kể cả khi có --force). Hãy chọn tên khác cho --summary, ví dụ --summary tong-hop.xlsx.`,
    summaryExists: (p: { file: string }) =>
      `Tệp ${p.file} đã có; không ghi đè bảng tổng hợp. Thêm --force để ghi đè, hoặc chọn tên khác cho --summary.`,
    noFiles: (p: { dir: string }) => `Thư mục ${p.dir} không có tệp nào để kiểm tra.`,
  },
  report: {
    oneFile: 'Lệnh "report" cần đúng một tệp. Ví dụ: resolution-targets report chi-tieu-2023.xlsx',
    sheetName: 'Báo cáo',
    party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    placeDate: (place: string | undefined, date: Date) =>
      `${place ?? '..........'}, ngày ${String(date.getDate()).padStart(2, '0')} tháng ${String(date.getMonth() + 1).padStart(2, '0')} năm ${date.getFullYear()}`,
    heading: 'BÁO CÁO',
    title: (year: number) => `kết quả thực hiện các chỉ tiêu chủ yếu năm ${year}`,
    period: (period: '6-thang' | '9-thang' | 'nam', year: number) =>
      period === 'nam'
        ? `(Kỳ báo cáo: năm ${year})`
        : `(Kỳ báo cáo: ${period === '6-thang' ? '6' : '9'} tháng đầu năm ${year})`,
    basis: (title: string) => `Thực hiện ${title}`,
    sections: {
      overall: 'I. KẾT QUẢ CHUNG',
      table: 'II. KẾT QUẢ THỰC HIỆN TỪNG CHỈ TIÊU',
      misses: 'III. CÁC CHỈ TIÊU KHÔNG ĐẠT VÀ GIẢI TRÌNH',
      chart: 'IV. TỶ LỆ THỰC HIỆN SO VỚI CHỈ TIÊU',
    },
    summary: (p: { headline: string[]; missed: number; behind: number; noData: number }) =>
      [
        ...p.headline,
        p.missed > 0 ? `${p.missed} chỉ tiêu không đạt` : '',
        p.behind > 0 ? `${p.behind} chỉ tiêu chậm tiến độ` : '',
        p.noData > 0 ? `${p.noData} chỉ tiêu chưa có số liệu` : '',
      ]
        .filter(Boolean)
        .join('; ') + '.',
    columns: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu giao', 'Thực hiện', '% so với CT', 'Đánh giá'],
    noMisses: 'Không có chỉ tiêu nào không đạt.',
    miss: (p: { index: number; name: string; value: string; target: string; explanation?: string }) =>
      `${p.index}. ${p.name}: thực hiện ${p.value}, chỉ tiêu ${p.target}. ` +
      (p.explanation ? `Giải trình: ${p.explanation}` : 'Chưa có giải trình.'),
    chart: {
      title: '% thực hiện so với chỉ tiêu',
      labelsHeader: 'Chỉ tiêu (biểu đồ)',
      values: '% so với chỉ tiêu',
      line: 'Mức 100%',
    },
    recipients: {
      title: 'Nơi nhận:',
      lines: [
        '- Ban Thường vụ Huyện ủy (để báo cáo),',
        '- Các đồng chí Đảng ủy viên,',
        '- Lưu Văn phòng Đảng ủy.',
      ],
    },
    signature: { onBehalf: 'T/M BAN THƯỜNG VỤ', role: 'BÍ THƯ', hint: '(Ký, ghi rõ họ tên)' },
    refused: (p: { file: string; count: number }) =>
      `Chưa lập báo cáo từ ${p.file}: số liệu còn ${p.count} lỗi. Sửa các lỗi ("resolution-targets check ${p.file}" liệt kê từng lỗi) rồi lập lại.`,
    refusedText: (p: { file: string; cells: string }) =>
      `Chưa lập báo cáo từ ${p.file}: số liệu ở ô ${p.cells} đang lưu dạng chữ, nên biểu in ra ghi “Cần kiểm tra” trong khi báo cáo sẽ có đánh giá. Hãy gõ lại các ô đó thành số (hoặc dùng “Chuyển thành số” trong bổ trợ) rồi lập lại:`,
    written: (p: { file: string; sheet: string }) => `Đã lập báo cáo ${p.file} (trang "${p.sheet}", khổ A4).`,
    exists: (p: { file: string }) =>
      `Tệp ${p.file} đã có; không ghi đè. Thêm --force để ghi đè, hoặc chọn tên khác bằng --out.`,
    sameAsInput: (p: { file: string }) =>
      `Không lập báo cáo vào ${p.file}: đó chính là tệp số liệu, ghi vào sẽ mất số liệu (kể cả khi có --force). Hãy chọn tên khác bằng --out, ví dụ --out bao-cao.xlsx.`,
    writeFailed: (p: { file: string; reason: string }) =>
      `Không ghi được ${p.file} (${p.reason}). Hãy đóng tệp nếu đang mở trong Excel và kiểm tra quyền ghi.`,
    help: `resolution-targets report — lập báo cáo kết quả thực hiện chỉ tiêu (trang "Báo cáo", khổ A4)

Cách dùng:
  resolution-targets report TỆP.xlsx [--out BÁO-CÁO.xlsx] [--force] [--lang vi|en]

Báo cáo theo thể thức văn bản của Đảng: tiêu đề, tổng hợp kết quả, bảng chỉ tiêu, các chỉ tiêu
không đạt kèm giải trình, biểu đồ % so với chỉ tiêu và khối chữ ký. Lệnh từ chối nếu số liệu còn lỗi.

Tùy chọn:
  --out TỆP.xlsx   tệp báo cáo tạo ra (mặc định: bao-cao-<năm>.xlsx)
  --force          ghi đè tệp đã có

Mã thoát: 0 đã lập · 1 số liệu còn lỗi · 2 tệp không đọc hoặc không ghi được.`,
  },
};

export type ReportText = typeof reportVi;
