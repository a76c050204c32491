import type { FindingMessages, Where } from '../../check/finding-codes';
import type { Expected } from '../../numbers/types';
import { formatNumber } from '../../numbers/format';
import { cellInSheet } from '../cell-in-sheet';

const n = (x: number) => formatNumber(x, 'vi');
const plain = (x: number) => formatNumber(x, 'vi', 6, false);
const at = ({ name, cell }: Where) => (cell ? `Ô ${cellInSheet(cell)} – ${name}` : `Chỉ tiêu “${name}”`);
const unitOf = (unit: string) => (unit === '%' ? '%' : unit ? ` ${unit}` : '');

const EXPECTED: Record<Expected, { what: string; example: string }> = {
  number: { what: 'một số', example: '217,67' },
  integer: { what: 'một số nguyên', example: '8' },
  percent: { what: 'một tỷ lệ phần trăm', example: '8,67%' },
  'yes-no': { what: '“Có” hoặc “Không”', example: 'Có' },
  rating: { what: 'một mức xếp loại', example: 'một mức trong danh sách' },
};

export const findings: FindingMessages = {
  unreadable: (w, { text, expected, reason }) => {
    const { what, example } = EXPECTED[expected];
    switch (reason) {
      case 'date':
        return `${at(w)}: ô đang chứa ngày ${text}, có thể Excel đã tự đổi số bạn gõ thành ngày. Hãy định dạng ô là Số (Number) rồi nhập lại ${what}, ví dụ ${example}.`;
      case 'boolean':
        return `${at(w)}: ô đang chứa giá trị ${text}, không phải ${what}. Hãy nhập ${what}, ví dụ ${example}.`;
      case 'too-long':
        return `${at(w)}: nội dung quá dài để là một số liệu (“${text}”). Hãy chỉ nhập ${what}, ví dụ ${example}.`;
      case 'too-large':
        return `${at(w)}: số “${text}” quá lớn. Hãy kiểm tra lại và nhập ${what}, ví dụ ${example}.`;
      case 'hidden-characters':
        return `${at(w)}: “${text}” có ký tự ẩn (thường do dán từ nơi khác). Hãy xóa nội dung ô và gõ lại ${what}, ví dụ ${example}.`;
      case 'not-a-number':
        return `${at(w)}: không đọc được “${text}” thành ${what}. Hãy nhập lại, ví dụ ${example} (dấu phẩy ngăn phần thập phân).`;
    }
  },
  'cell-error': (w, { error }) =>
    `${at(w)}: ô đang báo lỗi ${error}, thường do công thức trong ô. Hãy xóa công thức và nhập trực tiếp số liệu.`,
  'not-yes-no': (w, { text }) =>
    `${at(w)}: “${text}” không phải “Có” hoặc “Không”. Hãy chọn Có hoặc Không trong danh sách của ô.`,
  'not-on-scale': (w, { text, scale }) =>
    `${at(w)}: “${text}” không có trong thang xếp loại (${scale.join('; ')}). Hãy chọn một mức trong danh sách của ô.`,
  'percent-not-formatted': (w, { number, typed }) =>
    `${at(w)}: ô chứa số ${n(number)} nhưng không có định dạng %, nên công thức của biểu sẽ đọc sai giá trị. Hãy gõ lại kèm dấu %, ví dụ ${n(typed)}%.`,
  'unit-mismatch': (w, { text, unit }) =>
    unit
      ? `${at(w)}: “${text}” không khớp đơn vị tính của chỉ tiêu (${unit}). Hãy chỉ nhập con số theo đơn vị ${unit}.`
      : `${at(w)}: “${text}” có chữ hoặc ký hiệu không hợp với chỉ tiêu này. Hãy chỉ nhập con số.`,
  'not-integer': (w, { value }) =>
    `${at(w)}: ${n(value)} không phải số nguyên, mà chỉ tiêu này được đếm theo số nguyên. Hãy nhập một số nguyên, ví dụ ${n(Math.round(value))}.`,
  'out-of-bounds': (w, { value, min, max, unit }) => {
    const range =
      min !== undefined && max !== undefined
        ? `từ ${n(min)} đến ${n(max)}`
        : min !== undefined
          ? `không nhỏ hơn ${n(min)}`
          : `không lớn hơn ${n(max ?? 0)}`;
    return `${at(w)}: ${n(value)}${unitOf(unit)} nằm ngoài khoảng hợp lý (${range}). Hãy kiểm tra lại số liệu và đơn vị tính.`;
  },
  'unit-slip': (w, { value, suggestion, unit }) =>
    `${at(w)}: ${n(value)} có thể đã nhập nhầm đơn vị, trong khi đơn vị tính là “${unit}”. Nếu đúng là ${n(suggestion)} ${unit}, hãy nhập ${n(suggestion)}.`,
  'far-from-baseline': (w, { value, baseline, unit }) =>
    `${at(w)}: ${n(value)}${unitOf(unit)} khác xa mức năm trước (${n(baseline)}${unitOf(unit)}): gấp hơn 3 lần hoặc chưa bằng một phần ba. Hãy kiểm tra lại số liệu và đơn vị tính; nếu số liệu đúng, hãy ghi rõ trong cột Giải trình.`,
  'ambiguous-number': (w, { text, chosen, other }) =>
    `${at(w)}: “${text}” có thể hiểu là ${n(chosen)} hoặc ${n(other)}; đã hiểu là ${n(chosen)}. Để khỏi nhầm, hãy gõ lại không có dấu ngăn cách hàng nghìn: ${plain(chosen)} (hoặc ${plain(other)} nếu ý bạn là số kia).`,
  'unit-converted': (w, { text, value, unit }) =>
    `${at(w)}: “${text}” đã được đổi thành ${n(value)} ${unit}. Hãy kiểm tra lại; tốt nhất là nhập con số theo đúng đơn vị tính ${unit}.`,
  'level-respelled': (w, { text, level }) =>
    `${at(w)}: “${text}” đã được hiểu là “${level}”. Hãy ghi đầy đủ mức xếp loại như trong danh sách, “${level}”, để cột Đánh giá của biểu cũng đọc được.`,
  'stored-as-text': (w, { text, value, percent }) =>
    `${at(w)}: số liệu “${text}” đang ở dạng văn bản, nên công thức của biểu không đọc được và hiện “Cần kiểm tra”. Hãy gõ lại thành số: ${n(value)}${percent ? '%' : ''}.`,
  'formula-in-input': (w, { formula }) =>
    `${at(w)}: ô số liệu đang chứa công thức (${formula}). Hãy nhập trực tiếp số liệu báo cáo để số liệu không tự thay đổi.`,
  'target-overwritten': (w, { found, expected }) =>
    `${at(w)}: chỉ tiêu trong biểu đã bị sửa thành “${found.vi}”, khác với nghị quyết (${expected.vi}). Hãy trả lại ${expected.vi} hoặc tạo lại biểu từ mẫu.`,
  'missing-row': (w) =>
    `${at(w)}: không tìm thấy dòng của chỉ tiêu này trong biểu (theo cột Mã). Hãy khôi phục dòng đã xóa hoặc tạo lại biểu từ mẫu.`,
  'missing-explanation': (w, { status }) =>
    `${at(w)}: chỉ tiêu ${{ missed: 'không đạt', behind: 'chậm tiến độ', 'forecast-missed': 'dự kiến không đạt' }[status]} nhưng chưa có giải trình. Hãy ghi lý do vào cột Giải trình.`,
  'duplicate-row': (w) =>
    `${at(w)}: chỉ tiêu có ở nhiều dòng trong biểu; chỉ dòng đầu tiên được kiểm tra. Hãy xóa dòng thừa.`,
  'unknown-row': (w, { id }) =>
    `${w.cell ? `Ô ${cellInSheet(w.cell)}` : 'Biểu'}: mã “${id}” không có trong mẫu chỉ tiêu nên không được kiểm tra. Hãy sửa lại mã hoặc xóa dòng này.`,
};
