import type { ProblemCatalog } from '../../template/problem-catalog';

/** Vietnamese messages for template problems: what is wrong, then how to fix it. */
export const templateProblems: ProblemCatalog = {
  kind: {
    text: 'một đoạn chữ trong dấu ngoặc kép',
    number: 'một số',
    integer: 'một số nguyên',
    boolean: 'true hoặc false',
    list: 'một danh sách trong dấu [ ]',
    object: 'một đối tượng trong dấu { }',
    null: 'null (giá trị rỗng)',
  },
  shownValue: {
    text: (v) => `chữ ${v}`,
    number: (v) => `số ${v}`,
    boolean: (v) => v,
  },
  notFinite: 'một số không hữu hạn',
  unknownValue: 'một giá trị không đọc được',
  alternatives: (kinds) => kinds.join(' hoặc '),
  andMore: (count) => `Còn ${count} lỗi khác. Hãy sửa các lỗi trên rồi kiểm tra lại.`,

  missing: ({ expected, example }) =>
    `Thiếu trường bắt buộc. Hãy thêm trường này với giá trị là ${expected}${example ? `, ví dụ ${example}` : ''}.`,
  wrongType: ({ expected, received, example }) =>
    `Giá trị phải là ${expected}, nhưng đang là ${received}. Hãy sửa lại${example ? `, ví dụ ${example}` : ''}.`,
  numberAsText: ({ received, suggestion }) =>
    `Giá trị phải là một số, nhưng đang là ${received}. Hãy viết số không có dấu ngoặc kép, dùng dấu chấm thập phân: ${suggestion}.`,
  emptyText: () => 'Không được để trống. Hãy nhập nội dung.',
  textTooShort: ({ min }) => `Quá ngắn. Hãy nhập ít nhất ${min} ký tự.`,
  textTooLong: ({ max, length }) => `Quá dài (${length} ký tự). Hãy rút gọn còn tối đa ${max} ký tự.`,
  numberTooSmall: ({ limit, inclusive, received }) =>
    `Giá trị đang là ${received}, nhỏ hơn mức cho phép. Hãy nhập số ${inclusive ? 'từ' : 'lớn hơn'} ${limit} trở lên.`,
  numberTooBig: ({ limit, inclusive, received }) =>
    `Giá trị đang là ${received}, lớn hơn mức cho phép. Hãy nhập số ${inclusive ? 'không quá' : 'nhỏ hơn'} ${limit}.`,
  listTooShort: ({ min }) => `Danh sách quá ít phần tử. Hãy đưa vào ít nhất ${min} phần tử.`,
  listTooLong: ({ max, length }) =>
    `Danh sách có ${length} phần tử, quá nhiều. Hãy giảm còn tối đa ${max} phần tử.`,
  badId: ({ received, suggestion }) =>
    `Mã ${received} không hợp lệ. Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối giữa các từ${
      suggestion ? `, ví dụ "${suggestion}"` : ', ví dụ "tang-truong-kinh-te"'
    }.`,
  badPattern: ({ received, pattern }) =>
    `Giá trị ${received} không đúng mẫu ${pattern}. Hãy sửa lại cho đúng mẫu.`,
  badDate: ({ received }) =>
    `Ngày ${received} không hợp lệ. Hãy viết ngày có thật theo dạng NĂM-THÁNG-NGÀY, ví dụ "2022-12-26".`,
  badFormat: ({ received, format }) => `Giá trị ${received} không đúng định dạng ${format}. Hãy sửa lại.`,
  wrongLiteral: ({ expected, received }) =>
    `Giá trị phải đúng là ${expected}, nhưng đang là ${received}. Hãy sửa lại.`,
  notAnOption: ({ received, options }) =>
    `Giá trị ${received} không được chấp nhận. Hãy chọn một trong: ${options}.`,
  missingOption: ({ options }) => `Thiếu trường bắt buộc. Hãy thêm trường này và chọn một trong: ${options}.`,
  unknownKey: ({ key, suggestion, allowed }) =>
    `Trường ${key} không có trong định dạng mẫu. ${
      suggestion ? `Có phải ý bạn là ${suggestion}? ` : ''
    }Hãy xóa hoặc sửa tên trường (các trường được dùng ở đây: ${allowed}).`,
  noAlternative: ({ expected, received }) =>
    `Giá trị phải là ${expected}, nhưng đang là ${received}. Hãy sửa lại.`,
  invalid: () => 'Giá trị không hợp lệ. Hãy đối chiếu với định dạng mẫu và sửa lại.',

  rules: {
    'hidden-characters': () =>
      'Có ký tự ẩn (ký tự điều khiển, ký tự đảo chiều hoặc ký tự không độ rộng), thường lẫn vào khi sao chép từ trang web hoặc PDF. Hãy gõ lại đoạn chữ này.',
    'rating-needs-scale': () =>
      'Chỉ tiêu xếp loại ("rating") cần danh sách mức "scale", xếp từ tốt nhất đến kém nhất. Hãy thêm, ví dụ "scale": ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"].',
    'scale-only-for-rating': () =>
      'Chỉ chỉ tiêu xếp loại ("type": "rating") mới có "scale". Hãy xóa "scale" hoặc đổi "type" thành "rating".',
    'scale-duplicates': ({ level }) =>
      `Mức ${level} có hai lần trong "scale" (không tính chữ hoa, dấu và khoảng trắng). Hãy để mỗi mức một lần.`,
    'bounds-only-for-numbers': () =>
      'Chỉ chỉ tiêu kiểu số ("number", "integer", "percent") mới có giới hạn "min"/"max". Hãy xóa "min" và "max".',
    'min-above-max': ({ min, max }) =>
      `Giới hạn dưới (${min}) lớn hơn giới hạn trên (${max}). Hãy đổi chỗ hoặc sửa lại hai số.`,
    'cumulative-only-for-numbers': () =>
      'Chỉ chỉ tiêu kiểu số mới theo dõi cộng dồn trong năm ("assess": "cumulative"). Hãy chọn "level" hoặc "year-end".',
    'assess-contradicts-accumulates': () =>
      '"accumulates": true nghĩa là cộng dồn, nhưng "assess" lại nói khác. Hãy xóa "accumulates" và chỉ giữ "assess".',
    'accumulates-only-for-numbers': () =>
      'Chỉ chỉ tiêu kiểu số mới cộng dồn trong năm ("accumulates"). Hãy xóa "accumulates" hoặc đặt là false.',
    'between-only-for-numbers': () =>
      'Phép so sánh "between" (trong khoảng) chỉ dùng cho chỉ tiêu kiểu số. Hãy dùng ">=", "<=" hoặc "=".',
    'target-must-be-number': ({ received, suggestion }) =>
      `Chỉ tiêu kiểu số cần mức chỉ tiêu là một số, nhưng đang là ${received}. Hãy viết số không có dấu ngoặc kép, dùng dấu chấm thập phân${
        suggestion ? `: ${suggestion}` : ', ví dụ 217.67'
      }.`,
    'baseline-must-be-number': ({ received, suggestion }) =>
      `Chỉ tiêu kiểu số cần số năm trước ("baseline") là một số, nhưng đang là ${received}. Hãy viết số không có dấu ngoặc kép, dùng dấu chấm thập phân${
        suggestion ? `: ${suggestion}` : ', ví dụ 8.67'
      }.`,
    'target-must-be-integer': ({ received }) =>
      `Chỉ tiêu kiểu số nguyên ("integer") cần mức chỉ tiêu là số nguyên, nhưng đang là ${received}. Hãy sửa thành số nguyên hoặc đổi "type" thành "number".`,
    'target-outside-bounds': ({ received, range }) =>
      `Mức chỉ tiêu ${received} nằm ngoài giới hạn hợp lý của chỉ tiêu (${range}), nên không bao giờ nhập được. Hãy sửa mức chỉ tiêu hoặc giới hạn "min"/"max".`,
    'baseline-outside-bounds': ({ received, range }) =>
      `Số năm trước ${received} nằm ngoài giới hạn hợp lý của chỉ tiêu (${range}). Hãy sửa "baseline" hoặc giới hạn "min"/"max".`,
    'yesno-target': () =>
      'Chỉ tiêu có/không ("yesno") cần mức chỉ tiêu { "op": "=", "value": "Có" } (hoặc "Không"). Hãy sửa lại như vậy.',
    'yesno-baseline': ({ received }) =>
      `Chỉ tiêu có/không cần số năm trước là "Có" hoặc "Không", nhưng đang là ${received}. Hãy sửa lại.`,
    'rating-op': () =>
      'Chỉ tiêu xếp loại chỉ so sánh được bằng ">=" (đạt mức trở lên), "<=" hoặc "=". Hãy đổi "op" thành ">=".',
    'target-not-on-scale': ({ received, scale }) =>
      `Mức chỉ tiêu ${received} không có trong danh sách mức "scale" (${scale}). Hãy chọn đúng một mức trong danh sách.`,
    'baseline-not-on-scale': ({ received, scale }) =>
      `Xếp loại năm trước ${received} không có trong danh sách mức "scale" (${scale}). Hãy chọn đúng một mức trong danh sách.`,
    'duplicate-id': ({ id, first }) =>
      `Mã ${id} đã dùng cho ${first}. Mỗi chỉ tiêu cần một mã riêng: hãy đổi một trong hai mã.`,
    'baseline-year': ({ baselineYear, year }) =>
      `Năm gốc "baselineYear" (${baselineYear}) phải trước năm nghị quyết "year" (${year}), thường là năm liền trước. Hãy sửa lại.`,
  },

  range: ({ min, max }) =>
    min !== undefined && max !== undefined
      ? `từ ${min} đến ${max}`
      : min !== undefined
        ? `từ ${min} trở lên`
        : `đến ${max}`,
  number: (n) => String(n).replace('.', ','),

  notAnObject: ({ received }) =>
    `Tệp mẫu phải là một đối tượng JSON trong dấu { }, nhưng đang là ${received}. Hãy dùng một tệp mẫu đúng định dạng "resolution-targets/v1".`,
  unreadable: () =>
    'Không đọc được mẫu này. Hãy mở tệp bằng trình soạn thảo văn bản, lưu lại dạng JSON rồi thử lại.',
  tooLarge: ({ size, limit }) =>
    `Tệp quá lớn (${size}); một tệp mẫu không vượt quá ${limit}. Hãy kiểm tra xem đã chọn đúng tệp mẫu chưa.`,
  tooDeep: ({ limit, line, column }) =>
    `Dòng ${line}, cột ${column}: các dấu { } và [ ] lồng nhau quá ${limit} tầng, tệp mẫu không sâu như vậy. Hãy kiểm tra xem đã chọn đúng tệp mẫu chưa.`,
  emptyFile: () => 'Tệp trống. Hãy chọn một tệp mẫu JSON có nội dung.',
  duplicateKey: ({ key, line, column, firstLine }) =>
    `Dòng ${line}, cột ${column}: trường ${key} đã có ở dòng ${firstLine}. Hãy giữ lại một trường và xóa trường kia.`,
  jsonSyntax: ({ kind, line, column, found }) => {
    const at = `Dòng ${line}, cột ${column}: `;
    switch (kind) {
      case 'unexpected-end':
        return `${at}tệp kết thúc giữa chừng. Hãy kiểm tra các dấu } và ] đóng còn thiếu.`;
      case 'unexpected-character':
        return `${at}không hiểu ký tự ${found}. Hãy kiểm tra lại chỗ này: giá trị phải là số, chữ trong dấu ngoặc kép, true, false, null, { } hoặc [ ].`;
      case 'trailing-comma':
        return `${at}có dấu phẩy thừa trước ${found}. Hãy xóa dấu phẩy sau phần tử cuối cùng.`;
      case 'missing-comma-or-brace':
        return `${at}thiếu dấu phẩy giữa hai trường hoặc thiếu dấu } đóng. Hãy thêm dấu phẩy hoặc dấu } vào trước ${found}.`;
      case 'missing-comma-or-bracket':
        return `${at}thiếu dấu phẩy giữa hai phần tử hoặc thiếu dấu ] đóng. Hãy thêm dấu phẩy hoặc dấu ] vào trước ${found}.`;
      case 'missing-colon':
        return `${at}thiếu dấu hai chấm sau tên trường. Hãy thêm dấu : vào trước ${found}.`;
      case 'key-not-quoted':
        return `${at}tên trường phải nằm trong dấu ngoặc kép. Hãy viết "tên" thay vì tên.`;
      case 'single-quotes':
        return `${at}JSON dùng dấu ngoặc kép " chứ không dùng dấu nháy đơn '. Hãy thay dấu nháy đơn bằng dấu ngoặc kép.`;
      case 'bad-escape':
        return `${at}dấu \\ trong chữ phải đi kèm ký tự hợp lệ (\\" \\\\ \\/ \\n \\t \\uXXXX). Hãy viết \\\\ nếu muốn một dấu \\.`;
      case 'control-in-string':
        return `${at}có ký tự điều khiển trong đoạn chữ. Hãy xóa ký tự này hoặc viết dạng \\uXXXX.`;
      case 'unterminated-string':
        return `${at}đoạn chữ mở dấu ngoặc kép nhưng không đóng trên cùng dòng. Hãy thêm dấu " đóng.`;
      case 'bad-number':
        return `${at}số viết không đúng. Hãy viết số dạng 217.67 hoặc 8 (dùng dấu chấm thập phân, không có số 0 ở đầu, không có dấu +).`;
      case 'decimal-comma':
        return `${at}dấu phẩy ở đây làm số bị tách đôi. Trong JSON, số thập phân dùng dấu chấm: hãy viết 217.67 thay vì 217,67.`;
      case 'trailing-text':
        return `${at}còn nội dung sau khi mẫu đã kết thúc. Hãy xóa phần thừa hoặc kiểm tra dấu } đóng thừa.`;
    }
  },
  endOfText: 'cuối tệp',
};
