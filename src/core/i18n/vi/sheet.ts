import type { Status } from '../../check/types';

/**
 * Every word the standard sheet shows, in one language. The column headers `Mã` and
 * `Thực hiện <year>` and the period labels are not here: readers find the table and the period
 * by them, so they are the same in every language (see sheet-plan/columns.ts).
 */
export interface SheetTexts {
  party: string;
  /** The place-date line, with dots where the clerk writes the day and month. */
  placeDate: (place: string | undefined, year: number) => string;
  title: (year: number) => string;
  /** The title of a 6- or 9-month review (sơ kết). */
  midYearTitle: (months: number, year: number) => string;
  periodLabel: string;
  headers: {
    index: string;
    name: string;
    unit: string;
    baseline: (year: number) => string;
    target: (year: number) => string;
    percent: string;
    /** `% so với KH năm`: at 6 and 9 months the figure is a share of the year's plan. */
    percentOfYearPlan: string;
    verdict: string;
    explanation: string;
  };
  /** The verdict words of the `Đánh giá` column. */
  statusWords: Record<Status, string>;
  /** A figure the formulas cannot read safely (text, an error): the add-in reads it. */
  needsCheck: string;
  note: (valueHeader: string) => string;
  /** The line under the printed table for the person who made it. */
  preparedBy: string;
  scaleLegend: (name: string) => string;
  prompt: {
    numberTitle: string;
    integerTitle: string;
    percentTitle: string;
    ratingTitle: string;
    yesNoTitle: string;
    periodTitle: string;
    number: (example: string, unit: string) => string;
    integer: (example: string, unit: string) => string;
    percent: (example: string) => string;
    rating: string;
    yesNo: string;
    period: string;
  };
  /** The hard bounds in words, e.g. `từ 0 đến 100`; empty when there are none. */
  bounds: (min: string | undefined, max: string | undefined) => string;
  error: {
    title: string;
    number: (name: string, range: string) => string;
    integer: (name: string, range: string) => string;
    percent: (name: string, range: string) => string;
    choice: (name: string) => string;
    period: string;
  };
  store: {
    /** The hidden sheet is not a template store of this program (or its first row was changed). */
    notAStore: (sheet: string) => string;
    /** Some parts of a stored template are missing or out of order. */
    damaged: (id: string, sheet: string) => string;
  };
}

const withRange = (sentence: string, bounds: string) => (bounds ? `${sentence} ${bounds}.` : `${sentence}.`);

export const sheet: SheetTexts = {
  party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  placeDate: (place, year) => `${place ?? '..........'}, ngày ..... tháng ..... năm ${year}`,
  title: (year) => `BIỂU THEO DÕI THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM ${year}`,
  midYearTitle: (months, year) =>
    `BIỂU THEO DÕI THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU ${months} THÁNG ĐẦU NĂM ${year}`,
  periodLabel: 'Kỳ báo cáo:',
  headers: {
    index: 'STT',
    name: 'Chỉ tiêu',
    unit: 'Đơn vị tính',
    baseline: (year) => `Thực hiện ${year}`,
    target: (year) => `Chỉ tiêu ${year}`,
    percent: '% so với chỉ tiêu',
    percentOfYearPlan: '% so với KH năm',
    verdict: 'Đánh giá',
    explanation: 'Giải trình',
  },
  statusWords: {
    exceeded: 'Vượt',
    met: 'Đạt',
    missed: 'Không đạt',
    'on-track': 'Đúng tiến độ',
    behind: 'Chậm tiến độ',
    'forecast-exceeded': 'Dự kiến vượt',
    'forecast-met': 'Dự kiến đạt',
    'forecast-missed': 'Dự kiến không đạt',
    'not-yet': 'Chưa đạt',
    'not-assessed': 'Chưa đánh giá',
    'no-data': 'Chưa có số liệu',
    invalid: 'Không hợp lệ',
  },
  needsCheck: 'Cần kiểm tra',
  preparedBy: 'Người lập biểu: ……………………………………',
  note: (valueHeader) =>
    `Ghi chú: nhập số liệu vào các ô màu vàng ở cột “${valueHeader}” và ghi giải trình cho chỉ tiêu không đạt; ` +
    'các cột “% so với chỉ tiêu” và “Đánh giá” tự tính. Chọn kỳ báo cáo ở ô “Kỳ báo cáo”.',
  scaleLegend: (name) => `Các mức xếp loại của chỉ tiêu “${name}”:`,
  prompt: {
    numberTitle: 'Nhập số',
    integerTitle: 'Nhập số nguyên',
    percentTitle: 'Nhập tỷ lệ %',
    ratingTitle: 'Chọn mức xếp loại',
    yesNoTitle: 'Chọn Có hoặc Không',
    periodTitle: 'Chọn kỳ báo cáo',
    number: (example, unit) => `Nhập số, ví dụ ${example}${unit ? ` (đơn vị: ${unit})` : ''}.`,
    integer: (example, unit) => `Nhập số nguyên, ví dụ ${example}${unit ? ` (đơn vị: ${unit})` : ''}.`,
    percent: (example) => `Nhập tỷ lệ %, ví dụ ${example}%.`,
    rating: 'Chọn một mức trong danh sách.',
    yesNo: 'Chọn “Có” hoặc “Không” trong danh sách.',
    period: 'Chọn 6 tháng, 9 tháng hoặc Năm; cột “Đánh giá” tính theo kỳ này.',
  },
  bounds: (min, max) => {
    if (min !== undefined && max !== undefined) return `từ ${min} đến ${max}`;
    if (min !== undefined) return `không nhỏ hơn ${min}`;
    if (max !== undefined) return `không lớn hơn ${max}`;
    return '';
  },
  error: {
    title: 'Số liệu không hợp lệ',
    number: (name, bounds) => withRange(`“${name}” cần một số`, bounds),
    integer: (name, bounds) => withRange(`“${name}” cần một số nguyên`, bounds),
    percent: (name, bounds) => withRange(`“${name}” cần một tỷ lệ %`, bounds),
    choice: (name) => `“${name}”: hãy chọn một giá trị trong danh sách.`,
    period: 'Hãy chọn kỳ báo cáo trong danh sách: 6 tháng, 9 tháng hoặc Năm.',
  },
  store: {
    notAStore: (sheet) =>
      `Trang ẩn “${sheet}” không phải nơi lưu mẫu chỉ tiêu của chương trình (ô A1 đã bị thay đổi). ` +
      'Hãy tạo lại biểu từ tệp mẫu.',
    damaged: (id, sheet) =>
      `Mẫu chỉ tiêu “${id}” lưu trong trang ẩn “${sheet}” bị thiếu hoặc lộn phần: tệp đã bị sửa hoặc hỏng. ` +
      'Hãy tạo lại biểu từ tệp mẫu.',
  },
};
