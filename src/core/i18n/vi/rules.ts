import type { RuleMessages } from '../../rules/rule-catalog';

/** Vietnamese words of the cross-indicator rules: their problems, findings and the Kiểm tra chéo block. */
export const rules: RuleMessages = {
  problems: {
    syntax: ({ side, column, found, text }) =>
      `${side} “${text}” sai cú pháp ở ký tự thứ ${column} (${found === null ? 'hết biểu thức' : `gặp “${found}”`}). Hãy viết số với dấu chấm thập phân, các phép + - * /, dấu ngoặc và #{mã-chỉ-tiêu}, ví dụ “#{lua} + #{mau}”.`,
    badReference: ({ side, column }) =>
      `${side} có tham chiếu sai ở ký tự thứ ${column}. Hãy viết #{mã-chỉ-tiêu} hoặc #{mã-chỉ-tiêu.baseline}, mã bằng chữ thường không dấu nối bằng gạch ngang.`,
    tooDeep: ({ side }) => `${side} lồng quá nhiều dấu ngoặc. Hãy viết gọn lại.`,
    unknownIndicator: ({ id, suggestion }) =>
      `Không có chỉ tiêu mã “${id}” trong mẫu.${suggestion ? ` Có phải “${suggestion}”?` : ''} Hãy dùng đúng mã của một chỉ tiêu trong danh sách.`,
    notNumeric: ({ id, name }) =>
      `Chỉ tiêu “${id}” (${name}) không phải số (Có/Không hoặc xếp loại), không dùng được trong phép tính. Hãy chỉ dùng chỉ tiêu loại số, số nguyên hoặc tỷ lệ (%).`,
    constantDivision: ({ side, column }) => `${side} chia cho 0 ở ký tự thứ ${column}. Hãy sửa số chia.`,
    duplicateId: ({ id, first }) =>
      `Mã ràng buộc “${id}” đã dùng cho ràng buộc thứ ${first + 1}. Hãy đặt cho mỗi ràng buộc một mã riêng.`,
  },
  side: { left: 'Vế trái', right: 'Vế phải' },
  failed: ({ message, left, relation, right, tolerance, cells }) =>
    `Không khớp: ${message}. Vế trái bằng ${left}, vế phải bằng ${right}, trong khi vế trái phải ${relation} vế phải${tolerance ? ` (sai số cho phép ${tolerance})` : ''}. Hãy kiểm tra lại các ô ${cells} và sửa số sai, hoặc ghi giải trình.`,
  relation: { '==': 'bằng', '<=': 'không lớn hơn', '>=': 'không nhỏ hơn', '<': 'nhỏ hơn', '>': 'lớn hơn' },
  divisionByZero: ({ message, side, cells }) =>
    `Không kiểm tra được “${message}”: ${side.toLowerCase()} chia cho 0 với số liệu đã nhập. Hãy kiểm tra các ô ${cells}.`,
  overflow: ({ message, side, cells }) =>
    `Không kiểm tra được “${message}”: ${side.toLowerCase()} ra số quá lớn. Hãy kiểm tra các ô ${cells}.`,
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
