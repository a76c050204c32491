import type { ConsolidationMessages } from '../../report-plan/consolidation-catalog';

/** Vietnamese words of the consolidation across communes: its warnings and tables. */
export const consolidation: ConsolidationMessages = {
  mixedPeriods: ({ year, period, files }) =>
    `Khác năm hoặc kỳ báo cáo với phần lớn các tệp (năm ${year}, ${period}), nên không được cộng vào tổng hợp: ${files}. Hãy đề nghị xã gửi đúng kỳ, hoặc tổng hợp riêng các tệp này.`,
  duplicateCommune: ({ issuer, kept, files }) =>
    `${issuer} gửi nhiều lần; chỉ tính một lần theo tệp ${kept}, bỏ qua: ${files}. Hãy giữ lại bản đúng và xóa bản thừa.`,
  notSealed: ({ files }) =>
    `Chưa chốt số liệu: ${files}. Số liệu có thể còn thay đổi; hãy đề nghị xã chốt rồi gửi lại.`,
  changedAfterSeal: ({ files }) =>
    `Đã sửa sau khi chốt số liệu: ${files}. Hãy hỏi lại xã số liệu nào là chính thức.`,
  periods: { '6-thang': '6 tháng', '9-thang': '9 tháng', nam: 'cả năm' },
  table: {
    title: ({ year, period }) =>
      `TỔNG HỢP CHỈ TIÊU CỦA CÁC XÃ GỬI CẤP TRÊN${year ? ` — NĂM ${year}, ${period.toUpperCase()}` : ''}`,
    headers: [
      'STT',
      'Mã',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Số xã có số liệu',
      'Tổng cộng',
      'Nhỏ nhất',
      'Trung vị',
      'Lớn nhất',
    ],
    sheetNames: { indicators: 'Tổng hợp chỉ tiêu', warnings: 'Cảnh báo tổng hợp' },
    counted: ({ count }) => `${count} xã được tổng hợp`,
    warningsTitle: 'CẢNH BÁO KHI TỔNG HỢP',
    warningsHeaders: ['STT', 'Mã cảnh báo', 'Nội dung', 'Tệp'],
    noWarnings: 'Không có cảnh báo nào.',
  },
};
