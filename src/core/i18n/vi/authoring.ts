import { formatNumber } from '../../numbers/format';

const WHAT = {
  issuer: 'cơ quan ban hành',
  title: 'tên nghị quyết',
  year: 'năm',
  name: 'tên chỉ tiêu',
  group: 'nhóm (hoặc nhóm ở dòng trên)',
  type: 'loại chỉ tiêu',
  target: 'mức chỉ tiêu',
  targetTo: 'mức trên của khoảng (cột Đến)',
  scale: 'thang xếp loại (các mức cách nhau bởi “;”)',
  left: 'vế trái của ràng buộc',
  right: 'vế phải của ràng buộc',
  message: 'thông báo của ràng buộc (tiếng Việt)',
};
export type MissingWhat = keyof typeof WHAT;

/** `từ -50 đến 100`, `từ 0 trở lên`, `đến 100 trở xuống`. */
function viRange(min: number | undefined, max: number | undefined): string {
  const n = (x: number) => formatNumber(x, 'vi');
  if (min !== undefined && max !== undefined) return `từ ${n(min)} đến ${n(max)}`;
  return min !== undefined ? `từ ${n(min)} trở lên` : `từ ${n(max!)} trở xuống`;
}

/** The authoring sheet's words and findings in Vietnamese (docs/design.md, "The authoring sheet"). */
export const authoring = {
  title: 'KHAI BÁO CHỈ TIÊU NGHỊ QUYẾT',
  guidance:
    'Hướng dẫn: điền thông tin văn bản ở cột B; mỗi chỉ tiêu một dòng trong bảng. Chọn Loại, So sánh, Theo dõi trong năm, Phần từ danh sách. Số viết như thường lệ (39,2; 6.109). “khoảng” cần Mức chỉ tiêu và Đến. Xếp loại: ghi các mức trong Thang xếp loại, cách nhau bởi dấu “;”, mức cao nhất trước. Mã có thể để trống. Có thể thêm hoặc xóa dòng. Các cột sau Ghi chú có thể để trống: Mã thống kê (mã tỉnh dùng để tổng hợp, giữ nguyên), Số chữ số thập phân (0 đến 6), Giá trị tối thiểu và Giá trị tối đa (số ngoài khoảng này bị báo, ví dụ -50), Hướng tốt (chỉ khi So sánh là khoảng). Bảng Ràng buộc (dưới bảng chỉ tiêu): mỗi dòng một phép kiểm tra chéo giữa các chỉ tiêu; Vế trái, Vế phải là biểu thức gồm số, + - * / và ngoặc, #{mã chỉ tiêu} là số thực hiện (ví dụ #{gia-tri-san-xuat}), #{mã.baseline} là Thực hiện năm trước (ví dụ #{x.baseline}); Sai số là chênh lệch cho phép (ví dụ 0,5).',
  prompt: {
    type: 'Số, Số nguyên, Tỷ lệ (%), Có/Không hoặc Xếp loại.',
    op: '>= (từ … trở lên), >, <= (không quá), <, = hoặc khoảng (Mức chỉ tiêu đến Đến).',
    assess: 'Cộng dồn (cộng cả năm), Thời điểm (tỷ lệ, bình quân), Cuối năm (xếp loại, công nhận).',
    section: 'Chỉ tiêu chủ yếu hoặc Nhiệm vụ.',
    ruleOp: '≥, ≤, = (bằng), < hoặc >: Vế trái so với Vế phải.',
    severity: 'Lỗi (số liệu chắc chắn sai) hoặc Cảnh báo (cần xem lại).',
    code: 'Mã thống kê của chỉ tiêu do cấp trên quy định, dùng để tổng hợp số liệu các xã; giữ nguyên, có thể để trống.',
    decimals: 'Số chữ số sau dấu phẩy khi làm tròn, từ 0 đến 6 (để trống: 0 cho số nguyên, 2 cho loại khác).',
    min: 'Số nhỏ nhất có thể có (ví dụ -50 hoặc 0); số thực hiện nhỏ hơn sẽ bị báo. Có thể để trống.',
    max: 'Số lớn nhất có thể có (ví dụ 100); số thực hiện lớn hơn sẽ bị báo. Có thể để trống.',
    better:
      'Chỉ khi So sánh là khoảng: Càng cao càng tốt hoặc Càng thấp càng tốt (để trống: càng cao càng tốt).',
  },
  listTitle: 'Chọn trong danh sách',
  listError: 'Giá trị này không có trong danh sách; kiểm tra lại trước khi tạo biểu.',
  cell: (cell: string) => `Ô ${cell}`,
  findings: {
    noTable: () =>
      'Không tìm thấy bảng chỉ tiêu: cần một dòng tiêu đề bắt đầu bằng “Mã” ở cột A và “Tên chỉ tiêu” ở cột C.',
    badHeader: (p: { cell: string; expected: string; found: string }) =>
      `Ô ${p.cell}: tiêu đề phải là “${p.expected}”, đang là “${p.found}”. Sửa lại đúng chữ đó.`,
    missingLabel: (p: { label: string }) =>
      `Thiếu dòng “${p.label}” trong phần thông tin văn bản (nhãn ở cột A, giá trị ở cột B, phía trên bảng).`,
    required: (p: { cell: string; what: MissingWhat }) => `Ô ${p.cell}: chưa điền ${WHAT[p.what]}.`,
    badYear: (p: { cell: string; text: string }) =>
      `Ô ${p.cell}: “${p.text}” không phải một năm; ghi năm thực hiện nghị quyết, ví dụ 2024.`,
    badDate: (p: { cell: string; text: string }) =>
      `Ô ${p.cell}: “${p.text}” không phải ngày; ghi theo dạng ngày/tháng/năm, ví dụ 26/12/2023.`,
    badWord: (p: { cell: string; text: string; header: string; choices: string }) =>
      `Ô ${p.cell}: “${p.text}” không dùng được ở cột ${p.header}; chọn một trong: ${p.choices}.`,
    badNumber: (p: { cell: string; text: string; header: string }) =>
      `Ô ${p.cell}: “${p.text}” ở cột ${p.header} không đọc được thành số; ghi số như 39,2 hoặc 6.109.`,
    badYesNo: (p: { cell: string; text: string }) => `Ô ${p.cell}: “${p.text}” phải là Có hoặc Không.`,
    notOnScale: (p: { cell: string; text: string; scale: string }) =>
      `Ô ${p.cell}: “${p.text}” không có trong thang xếp loại (${p.scale}); ghi đúng một mức của thang.`,
    toOnlyForRange: (p: { cell: string }) =>
      `Ô ${p.cell}: cột Đến chỉ dùng khi So sánh là “khoảng”; xóa ô này hoặc chọn “khoảng”.`,
    opAssumed: (p: { cell: string; op: string }) =>
      `Ô ${p.cell}: chưa chọn So sánh, tạm hiểu là “${p.op}”; chọn lại nếu không đúng.`,
    badId: (p: { cell: string; text: string; suggestion: string }) =>
      `Ô ${p.cell}: mã “${p.text}” chỉ được gồm chữ thường không dấu, số và dấu gạch nối; ví dụ “${p.suggestion}”, hoặc để trống.`,
    duplicateId: (p: { cell: string; id: string; first: string }) =>
      `Ô ${p.cell}: mã “${p.id}” đã dùng ở ô ${p.first}; mỗi chỉ tiêu cần một mã riêng.`,
    noName: (p: { cell: string }) => `Ô ${p.cell}: không tạo được mã từ tên chỉ tiêu; hãy điền Mã.`,
    ambiguous: (p: { cell: string; text: string; chosen: string }) =>
      `Ô ${p.cell}: “${p.text}” được hiểu là ${p.chosen}; nếu không đúng, ghi lại theo kiểu Việt Nam (dấu phẩy thập phân).`,
    scaleOnlyForRating: (p: { cell: string }) =>
      `Ô ${p.cell}: Thang xếp loại chỉ dùng cho Loại “Xếp loại”; xóa ô này hoặc đổi Loại.`,
    noRulesHeader: (p: { cell: string; headers: string }) =>
      `Ô ${p.cell}: dưới dòng “Ràng buộc…” cần dòng tiêu đề ${p.headers}.`,
    duplicateRuleId: (p: { cell: string; id: string; first: string }) =>
      `Ô ${p.cell}: mã “${p.id}” đã dùng ở ô ${p.first}; mỗi ràng buộc cần một mã riêng.`,
    severityAssumed: (p: { cell: string; severity: string }) =>
      `Ô ${p.cell}: chưa chọn Mức, tạm hiểu là “${p.severity}”; chọn lại nếu không đúng.`,
    badDecimals: (p: { cell: string; text: string }) =>
      `Ô ${p.cell}: “${p.text}” ở cột Số chữ số thập phân phải là số nguyên từ 0 đến 6.`,
    boundsOnlyForNumbers: (p: { cell: string; header: string }) =>
      `Ô ${p.cell}: cột ${p.header} chỉ dùng cho chỉ tiêu là số (Số, Số nguyên, Tỷ lệ (%)); xóa ô này hoặc đổi Loại.`,
    boundsReversed: (p: { cell: string; min: number; max: number }) =>
      `Ô ${p.cell}: Giá trị tối thiểu (${formatNumber(p.min, 'vi')}) lớn hơn Giá trị tối đa (${formatNumber(p.max, 'vi')}); đổi chỗ hoặc sửa lại hai số.`,
    outsideBounds: (p: { cell: string; header: string; value: number; min?: number; max?: number }) =>
      `Ô ${p.cell}: ${formatNumber(p.value, 'vi')} ở cột ${p.header} nằm ngoài giới hạn của chỉ tiêu (${viRange(p.min, p.max)}), nên không bao giờ nhập được; sửa số này hoặc cột Giá trị tối thiểu, Giá trị tối đa.`,
    betterOnlyForRange: (p: { cell: string }) =>
      `Ô ${p.cell}: cột Hướng tốt chỉ dùng khi So sánh là “khoảng”; xóa ô này hoặc chọn “khoảng”.`,
    noIndicators: () => 'Bảng chưa có chỉ tiêu nào: thêm ít nhất một dòng dưới dòng tiêu đề.',
    schema: (p: { cell: string; message: string }) => `Ô ${p.cell}: ${p.message}`,
    document: (p: { message: string }) => p.message,
  },
};

export type AuthoringTexts = typeof authoring;
