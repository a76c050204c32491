import type { PreviewStrings } from '../preview-strings';

export const preview: PreviewStrings = {
  banner: 'Bản xem thử — không phải Excel',
  bannerDetail:
    'Sổ tính này chỉ nằm trong trang, mất khi tải lại; công thức do HyperFormula tính. Bảng bên phải là bảng chỉ tiêu thật, chạy đúng mã như trong Excel. Không có dữ liệu nào rời máy này.',
  sheetRegion: 'Trang tính',
  paneRegion: 'Ngăn tác vụ Chỉ tiêu Nghị quyết',
  sheetTabs: 'Các trang tính',
  nameBox: 'Ô đang chọn',
  cellContents: 'Nội dung ô',
  editCell: (address) => `Sửa ô ${address}`,
  locked: (address) =>
    `Ô ${address} đang bị khoá vì biểu được bảo vệ. Chỉ nhập được vào cột Thực hiện, cột Giải trình và ô kỳ báo cáo.`,
  hint: 'Bấm vào một ô rồi gõ; Enter để ghi, Esc để bỏ.',
};
