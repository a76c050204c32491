import type { RuleOp } from './schema';

/** What a rule's problems and findings are built from (./messages.en.ts has the same shape). */
export interface RuleMessages {
  problems: {
    syntax: (p: { side: string; column: number; found: string | null; text: string }) => string;
    badReference: (p: { side: string; column: number }) => string;
    tooDeep: (p: { side: string }) => string;
    unknownIndicator: (p: { id: string; suggestion?: string }) => string;
    notNumeric: (p: { id: string; name: string }) => string;
    noBaseline: (p: { id: string; name: string }) => string;
    constantDivision: (p: { side: string; column: number }) => string;
    duplicateId: (p: { id: string; first: number }) => string;
  };
  side: { left: string; right: string };
  failed: (p: {
    message: string;
    left: string;
    relation: string;
    right: string;
    tolerance?: string;
    cells: string;
  }) => string;
  /** How the left side must stand to the right, per operator: `bằng`, `không lớn hơn`… */
  relation: Record<RuleOp, string>;
  divisionByZero: (p: { message: string; side: string; cells: string }) => string;
  overflow: (p: { message: string; side: string; cells: string }) => string;
  /** The section of the command line's report that lists failed rules. */
  heading: string;
  /** Where a rule reads no input cell (only baselines and numbers). */
  noCells: string;
  sheet: {
    title: string;
    headers: { rule: string; left: string; op: string; right: string; result: string };
    agrees: string;
    disagrees: string;
  };
}

export const RULE_MESSAGES_VI: RuleMessages = {
  problems: {
    syntax: ({ side, column, found, text }) =>
      `${side} "${text}" sai cú pháp ở ký tự thứ ${column} (${found === null ? 'hết biểu thức' : `gặp "${found}"`}). Hãy viết số với dấu chấm thập phân, các phép + - * /, dấu ngoặc và #{mã-chỉ-tiêu}, ví dụ "#{lua} + #{mau}".`,
    badReference: ({ side, column }) =>
      `${side} có tham chiếu sai ở ký tự thứ ${column}. Hãy viết #{mã-chỉ-tiêu} hoặc #{mã-chỉ-tiêu.baseline}, mã bằng chữ thường không dấu nối bằng gạch ngang.`,
    tooDeep: ({ side }) => `${side} lồng quá nhiều dấu ngoặc. Hãy viết gọn lại.`,
    unknownIndicator: ({ id, suggestion }) =>
      `Không có chỉ tiêu mã "${id}" trong mẫu.${suggestion ? ` Có phải "${suggestion}"?` : ''} Hãy dùng đúng mã của một chỉ tiêu trong danh sách.`,
    notNumeric: ({ id, name }) =>
      `Chỉ tiêu "${id}" (${name}) không phải số (Có/Không hoặc xếp loại), không dùng được trong phép tính. Hãy chỉ dùng chỉ tiêu loại số, số nguyên hoặc tỷ lệ (%).`,
    noBaseline: ({ id, name }) =>
      `#{${id}.baseline} cần số thực hiện năm trước của chỉ tiêu "${name}", nhưng mẫu chưa ghi. Hãy thêm "baseline" cho chỉ tiêu này hoặc bỏ tham chiếu.`,
    constantDivision: ({ side, column }) => `${side} chia cho 0 ở ký tự thứ ${column}. Hãy sửa số chia.`,
    duplicateId: ({ id, first }) =>
      `Mã ràng buộc "${id}" đã dùng cho ràng buộc thứ ${first + 1}. Hãy đặt cho mỗi ràng buộc một mã riêng.`,
  },
  side: { left: 'Vế trái', right: 'Vế phải' },
  failed: ({ message, left, relation, right, tolerance, cells }) =>
    `Không khớp: ${message}. Vế trái bằng ${left}, vế phải bằng ${right}, trong khi vế trái phải ${relation} vế phải${tolerance ? ` (sai số cho phép ${tolerance})` : ''}. Hãy kiểm tra lại các ô ${cells} và sửa số sai, hoặc ghi giải trình.`,
  relation: { '==': 'bằng', '<=': 'không lớn hơn', '>=': 'không nhỏ hơn', '<': 'nhỏ hơn', '>': 'lớn hơn' },
  divisionByZero: ({ message, side, cells }) =>
    `Không kiểm tra được "${message}": ${side.toLowerCase()} chia cho 0 với số liệu đã nhập. Hãy kiểm tra các ô ${cells}.`,
  overflow: ({ message, side, cells }) =>
    `Không kiểm tra được "${message}": ${side.toLowerCase()} ra số quá lớn. Hãy kiểm tra các ô ${cells}.`,
  heading: 'Kiểm tra chéo giữa các chỉ tiêu:',
  noCells: '(không có ô nhập nào)',
  sheet: {
    title: 'KIỂM TRA CHÉO',
    headers: {
      rule: 'Nội dung kiểm tra',
      left: 'Vế trái',
      op: 'So sánh',
      right: 'Vế phải',
      result: 'Kết quả',
    },
    agrees: 'Khớp',
    disagrees: 'Không khớp',
  },
};
