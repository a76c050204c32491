/** What drafting guessed, written into each row's `Ghi chú` (docs/design.md, "Drafting…"). */
export const draft = {
  guessed: (parts: string[]) => `Tự soạn từ nghị quyết, cần kiểm tra: ${parts.join('; ')}.`,
  opDefault: (op: string) => `nghị quyết không ghi chiều so sánh, tạm hiểu “${op}”`,
  opFalling: 'chỉ tiêu càng thấp càng tốt nên hiểu “<=”',
  opReached: (op: string) => `“đạt” được hiểu là “${op}” (từ mức này trở lên)`,
  unitMissing: 'chưa rõ đơn vị tính',
  type: (type: string) => `loại “${type}”`,
  assess: (assess: string) => `theo dõi “${assess}”`,
  group: (group: string) => `nhóm “${group}” đoán theo nội dung`,
  share: (of: number, unit: string) => `mức chỉ tiêu là số đạt trên tổng ${of} ${unit}`.trim(),
  reduction: 'mức chỉ tiêu là mức giảm (so với năm trước), không phải mức còn lại',
  structure: (whole: string) => `một phần của “${whole}”`,
  partOf: (whole: string) => `phần “trong đó” của “${whole}”`,
  rating: 'xếp loại theo bốn mức của Quy định 124-QĐ/TW; thêm hoặc bớt mức nếu cần',
  ratingGroup: 'nếu mỗi tổ chức xếp loại riêng, tách thành từng dòng',
  yesNo: 'ghi “Có” khi hoàn thành trong năm',
  nameCut: 'tên chỉ tiêu được rút từ câu, sửa lại cho gọn',
  issuerMissing: 'Chưa rõ cơ quan ban hành (cần điền)',
  titleMissing: 'Nghị quyết (cần điền tên)',
  ruleParts: (parts: string, total: string, equal: boolean) =>
    `${parts} cộng lại ${equal ? 'bằng' : 'không quá'} ${total} (tự soạn từ “trong đó” của nghị quyết, cần kiểm tra)`,
  ruleStructure: (whole: string) =>
    `Các phần của “${whole}” cộng lại bằng 100% (tự soạn từ nghị quyết, cần kiểm tra)`,
  and: 'và',
};

export type DraftTexts = typeof draft;
