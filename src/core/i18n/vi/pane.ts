import { statusCountsIn } from '../status-counts';
import { sheet } from './sheet';
import type { Strings } from '../pane-strings';

export const pane: Strings = {
  appTitle: 'Chỉ tiêu Nghị quyết',
  notInExcel: 'Hãy mở bảng này trong Excel (thẻ Trang đầu, nút Mở bảng chỉ tiêu).',
  templateHeading: 'Mẫu chỉ tiêu',
  templateBuiltIn: (title) => `Mẫu có sẵn: ${title}`,
  templateFromFile: 'Tệp mẫu (.json) trên máy',
  templateFromWorkbook: 'Mẫu trong tệp này (Khai báo chỉ tiêu)',
  chooseFile: 'Chọn tệp mẫu',
  fileHint: 'Tệp .json theo định dạng resolution-targets/v1.',
  templateLoaded: (title, count) => `Đã đọc mẫu “${title}”: ${count} chỉ tiêu.`,
  templateProblemsTitle: (file, count) => `Tệp “${file}” có ${count} chỗ cần sửa`,
  templateNotChosen: 'Hãy chọn một tệp mẫu hợp lệ trước khi tạo biểu.',
  fileUnreadable: 'Không đọc được tệp. Hãy chọn lại tệp .json.',
  insertButton: 'Tạo biểu chỉ tiêu',
  checkButton: 'Kiểm tra số liệu',
  working: {
    insert: 'Đang tạo biểu chỉ tiêu…',
    check: 'Đang kiểm tra số liệu…',
    convert: 'Đang chuyển thành số…',
    report: 'Đang lập báo cáo…',
    seal: 'Đang chốt số liệu…',
    authoring: 'Đang soạn trang khai báo chỉ tiêu…',
    nextYear: 'Đang chuẩn bị trang khai báo cho năm sau…',
  },
  existingTitle: 'Biểu chỉ tiêu đã có',
  existingBody: (sheet) => `Tệp này đã có biểu “${sheet}” làm từ mẫu này. Bạn muốn làm gì?`,
  existingOpen: 'Mở biểu đã có',
  existingUpdate: 'Cập nhật bố cục, giữ nguyên mọi số liệu',
  existingCopy: 'Thêm một bản mới',
  cancel: 'Hủy',
  inserted: (sheet, kind) =>
    kind === 'created'
      ? `Đã tạo biểu “${sheet}”. Hãy nhập số liệu vào cột Thực hiện.`
      : kind === 'updated'
        ? `Đã cập nhật bố cục biểu “${sheet}”; số liệu đã nhập được giữ nguyên.`
        : `Đã mở biểu “${sheet}”.`,
  resultHeading: 'Kết quả kiểm tra',
  summary: (s, headline) => {
    const parts = [...headline, ...statusCountsIn(s, sheet.statusWords)];
    if (s.missingExplanations > 0) parts.push(`Thiếu giải trình ${s.missingExplanations}`);
    if (s.errors > 0) parts.push(`${s.errors} lỗi`);
    if (s.warnings > 0) parts.push(`${s.warnings} cảnh báo`);
    return parts.join(' · ');
  },
  errorsHeading: (count) => `Lỗi (${count})`,
  warningsHeading: (count) => `Cảnh báo (${count})`,
  noFindings: 'Không có lỗi hay cảnh báo nào.',
  goToCell: (cell) => `Đến ô ${cell}`,
  missesHeading: (count) => `Chỉ tiêu không đạt (${count})`,
  percentOfTarget: (percent) => `${percent}% so với chỉ tiêu`,
  noPercent: 'không tính được % so với chỉ tiêu',
  textFiguresHeading: (count) => `Số liệu đang ở dạng văn bản (${count})`,
  textFiguresIntro:
    'Các ô này chứa chữ chứ không phải số, nên công thức trên biểu không đọc được. Kiểm tra lại rồi chuyển thành số.',
  cellColumn: 'Ô',
  textColumn: 'Đang ghi',
  numberColumn: 'Sẽ thành số',
  convertButton: 'Chuyển thành số',
  convertConfirmTitle: (count) => `Chuyển ${count} ô thành số?`,
  convertConfirmBody:
    'Mỗi ô trong danh sách sẽ được ghi bằng số ở cột “Sẽ thành số”; ô nào đã sửa sau khi kiểm tra thì được giữ nguyên.',
  convertConfirm: 'Chuyển',
  converted: (count) => `Đã chuyển ${count} ô thành số.`,
  finalizeHeading: 'Chốt số liệu, lập báo cáo',
  reportButton: 'Lập báo cáo',
  wordButton: 'Tải báo cáo (Word)',
  sealButton: 'Chốt số liệu',
  reportNumber: 'Số báo cáo',
  reportDate: 'Ngày báo cáo',
  reportDateHint: 'Để trống thì báo cáo để dấu chấm cho điền tay.',
  reportSigner: 'Người ký (họ tên)',
  reportDetailsHint:
    'Ô nào để trống, báo cáo để dấu chấm cho điền tay; ngày báo cáo không lấy theo ngày của máy.',
  wordSaved: (file) =>
    `Đã tạo báo cáo Word “${file}”. Nếu Excel hỏi nơi lưu, hãy chọn thư mục; mở bằng Word để viết phần phương hướng và ký.`,
  wordUnavailable:
    'Excel trên máy này không cho ngăn tác vụ lưu tệp. Hãy lập báo cáo Word ở trang app.html (trên trình duyệt) hoặc nhờ cán bộ tin học chạy lệnh “resolution-targets report TỆP.xlsx --docx bao-cao.docx”.',
  reportWritten: (sheet) =>
    `Đã lập trang “${sheet}” cùng biểu đồ % so với chỉ tiêu. Hãy xem lại, ký rồi in (A4 dọc); lập lại sẽ thay trang này.`,
  reportRefused: (count) =>
    `Chưa lập được báo cáo: số liệu còn ${count} lỗi. Hãy sửa các lỗi dưới đây rồi bấm lại.`,
  sealed: (at, code) =>
    `Đã chốt số liệu lúc ${at} (mã ${code}). Nếu số liệu bị sửa sau đó, lần kiểm tra sau sẽ chỉ ra chỉ tiêu đã thay đổi. Chốt số liệu không phải là chữ ký.`,
  sealRefused: (count) => `Chưa chốt được số liệu: còn ${count} lỗi. Hãy sửa các lỗi dưới đây rồi bấm lại.`,
  sealUnsealed: 'Chưa chốt số liệu',
  sealUnchanged: (at) => `Số liệu đã chốt lúc ${at} — chưa thay đổi`,
  sealChanged: (at, what) => `Số liệu đã chốt lúc ${at} — đã thay đổi ở: ${what}`,
  sealPeriodChanged: 'kỳ báo cáo',
  sealTemplateChanged: 'mẫu chỉ tiêu',
  authoringHeading: 'Soạn mẫu mới',
  authoringIntro:
    'Chèn trang “Khai báo chỉ tiêu” để khai các chỉ tiêu của nghị quyết: soạn sẵn từ văn bản nghị quyết, để trống, hoặc chép từ mẫu có sẵn rồi sửa.',
  authoringPaste: 'Dán nguyên văn nghị quyết',
  authoringFromText: 'Soạn từ văn bản',
  authoringEmpty: 'Trang khai báo trống',
  authoringFromBuiltIn: 'Chép từ mẫu có sẵn',
  authoringInserted: (sheet, count) =>
    count > 0
      ? `Đã chèn trang “${sheet}” với ${count} chỉ tiêu. Hãy soát từng dòng với nghị quyết, sửa hoặc thêm dòng nếu cần.`
      : `Đã chèn trang “${sheet}”. Hãy điền thông tin văn bản và các chỉ tiêu, mỗi chỉ tiêu một dòng.`,
  authoringNoText: 'Ô văn bản đang trống. Hãy dán nguyên văn nghị quyết vào ô rồi bấm lại.',
  authoringNoTargets:
    'Không tìm thấy chỉ tiêu nào trong văn bản đã dán (các câu có con số và đơn vị, ví dụ “đạt 95%”). Hãy dán cả phần chỉ tiêu của nghị quyết, hoặc chọn “Trang khai báo trống” rồi điền tay.',
  authoringErrors: (sheet, count) =>
    `Chưa tạo biểu: trang “${sheet}” còn ${count} lỗi. Hãy sửa các ô dưới đây rồi bấm “Tạo biểu chỉ tiêu” lại.`,
  nextYearButton: 'Chuẩn bị năm sau',
  nextYearHint:
    'Từ biểu chỉ tiêu đang mở: chèn trang “Khai báo chỉ tiêu” của năm sau với cùng các chỉ tiêu, số thực hiện năm nay làm “Thực hiện năm trước”, mức chỉ tiêu để trống.',
  nextYearInserted: (sheet, year, count) =>
    `Đã chèn trang “${sheet}” cho năm ${year} (${count} chỉ tiêu); số thực hiện năm nay ở cột “Thực hiện năm trước”. Hãy điền “Mức chỉ tiêu” và số, ngày của nghị quyết mới.`,
  nextYearOpened: (sheet) => `Đã mở trang “${sheet}”.`,
  nextYearRefused: (sheet, count) =>
    `Chưa chuẩn bị được năm sau: biểu “${sheet}” còn ${count} chỗ cần sửa. Hãy sửa các ô dưới đây rồi bấm “Chuẩn bị năm sau” lại.`,
  nextYearExistingTitle: 'Trang khai báo đã có',
  nextYearExistingBody: (sheet, year) =>
    `Tệp này đã có trang “${sheet}”. Mở trang đó, hay thêm một trang khai báo mới cho năm ${year} (trang đã có được giữ nguyên)?`,
  nextYearOpen: 'Mở trang đã có',
  nextYearCopy: (year) => `Thêm trang mới cho năm ${year}`,
  errorTitle: 'Chưa làm được',
  genericError: 'Excel chưa làm được việc này. Hãy thử lại; nếu vẫn lỗi, đóng rồi mở lại bảng chỉ tiêu.',
  close: 'Đóng',
  commandResultTitle: 'Kết quả kiểm tra số liệu',
  commandMarked: 'Các ô cần sửa đã được tô màu trên biểu. Mở bảng chỉ tiêu để xem từng lỗi.',
};
