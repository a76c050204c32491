/** Vietnamese texts of the core reader (src/core/read): what is wrong with the sheet as read, and what to do. */
export const reader = {
  'period-empty': (p: { cell: string; label: string }) =>
    `Ô kỳ báo cáo ${p.cell} đang trống; tạm đánh giá theo kỳ “${p.label}”. Hãy chọn kỳ báo cáo trong danh sách.`,
  'period-unknown': (p: { cell: string; text: string; label: string; choices: readonly string[] }) =>
    `Ô kỳ báo cáo ${p.cell} ghi “${p.text}”, không phải một kỳ báo cáo (${p.choices.map((each) => `“${each}”`).join(', ')}); tạm đánh giá theo kỳ “${p.label}”. Hãy chọn kỳ báo cáo trong danh sách.`,
};

export type ReaderText = typeof reader;
