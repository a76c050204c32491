import { formatNumber } from '../../numbers/format';
import type { AuthoringTexts, MissingWhat } from '../vi/authoring';

const WHAT: Record<MissingWhat, string> = {
  issuer: 'the issuing body',
  title: "the resolution's title",
  year: 'the year',
  name: "the indicator's name",
  group: 'the group (or a group in a row above)',
  type: "the indicator's type",
  target: 'the target',
  targetTo: 'the upper end of the range (column Đến)',
  scale: 'the rating scale (levels separated by “;”)',
  left: "the rule's left side",
  right: "the rule's right side",
  message: "the rule's message (in Vietnamese)",
};

/** `-50 to 100`, `at least 0`, `at most 100`. */
function enRange(min: number | undefined, max: number | undefined): string {
  const n = (x: number) => formatNumber(x, 'en');
  if (min !== undefined && max !== undefined) return `${n(min)} to ${n(max)}`;
  return min !== undefined ? `at least ${n(min)}` : `at most ${n(max!)}`;
}

/** The authoring sheet's words and findings in English; the sheet's labels stay Vietnamese. */
export const authoring: AuthoringTexts = {
  title: 'KHAI BÁO CHỈ TIÊU NGHỊ QUYẾT (resolution targets)',
  guidance:
    'Guidance: fill in the document details in column B; one indicator per row of the table. Pick Loại (type), So sánh (comparison), Theo dõi trong năm (follow-up) and Phần (section) from the lists. Write numbers as usual (39,2; 6.109). “khoảng” (range) needs Mức chỉ tiêu and Đến. Ratings: list the levels in Thang xếp loại, best first, separated by “;”. Mã (id) may stay empty. Rows may be added or deleted. The columns after Ghi chú may stay empty: Mã thống kê (the province’s statistical code, used to consolidate communes’ figures; keep it), Số chữ số thập phân (decimals, 0 to 6), Giá trị tối thiểu and Giá trị tối đa (plausible bounds: a figure outside them is reported, e.g. -50), Hướng tốt (which end is better, only for a range). The Ràng buộc table (under the indicators): one cross-check between indicators per row; Vế trái and Vế phải (left and right sides) are expressions of numbers, + - * / and parentheses, #{indicator id} is the entered figure (e.g. #{gia-tri-san-xuat}), #{id.baseline} is Thực hiện năm trước (last year’s figure, e.g. #{x.baseline}); Sai số is the difference allowed (e.g. 0,5).',
  prompt: {
    type: 'Số (number), Số nguyên (integer), Tỷ lệ (%) (percent), Có/Không (yes/no) or Xếp loại (rating).',
    op: '>= (at least), >, <= (at most), <, = or khoảng (range from Mức chỉ tiêu to Đến).',
    assess: 'Cộng dồn (summed over the year), Thời điểm (a rate or level), Cuối năm (decided at year end).',
    section: 'Chỉ tiêu chủ yếu (main target) or Nhiệm vụ (task).',
    ruleOp: '≥, ≤, =, < or >: the left side against the right side.',
    severity: 'Lỗi (error: the figures are surely wrong) or Cảnh báo (warning: to look at).',
    code: "The indicator's statistical code set by the superior level, used to consolidate the communes' figures; keep it, may be empty.",
    decimals: 'Digits after the decimal point when rounding, 0 to 6 (empty: 0 for integers, 2 otherwise).',
    min: 'The lowest plausible figure (e.g. -50 or 0); a smaller figure is reported. May be empty.',
    max: 'The highest plausible figure (e.g. 100); a larger figure is reported. May be empty.',
    better:
      'Only when So sánh is khoảng (a range): Càng cao càng tốt (higher is better) or Càng thấp càng tốt (lower is better); empty: higher.',
  },
  listTitle: 'Pick from the list',
  listError: 'This value is not in the list; check it before making the targets sheet.',
  cell: (cell: string) => `Cell ${cell}`,
  findings: {
    noTable: () =>
      'No indicator table found: it needs a header row starting with “Mã” in column A and “Tên chỉ tiêu” in column C.',
    badHeader: (p) =>
      `Cell ${p.cell}: the header must be “${p.expected}”, not “${p.found}”. Restore that exact word.`,
    missingLabel: (p) =>
      `The document details lack the line “${p.label}” (label in column A, value in column B, above the table).`,
    required: (p) => `Cell ${p.cell}: ${WHAT[p.what]} is missing.`,
    badYear: (p) => `Cell ${p.cell}: “${p.text}” is not a year; write the resolution's year, e.g. 2024.`,
    badDate: (p) => `Cell ${p.cell}: “${p.text}” is not a date; write day/month/year, e.g. 26/12/2023.`,
    badWord: (p) =>
      `Cell ${p.cell}: “${p.text}” cannot be used in column ${p.header}; pick one of: ${p.choices}.`,
    badNumber: (p) =>
      `Cell ${p.cell}: “${p.text}” in column ${p.header} is not a number; write it like 39,2 or 6.109.`,
    badYesNo: (p) => `Cell ${p.cell}: “${p.text}” must be Có (yes) or Không (no).`,
    notOnScale: (p) =>
      `Cell ${p.cell}: “${p.text}” is not on the rating scale (${p.scale}); write one of its levels.`,
    toOnlyForRange: (p) =>
      `Cell ${p.cell}: the column Đến is only for a “khoảng” (range) comparison; clear it or pick “khoảng”.`,
    opAssumed: (p) => `Cell ${p.cell}: no comparison chosen, taken as “${p.op}”; pick another if wrong.`,
    badId: (p) =>
      `Cell ${p.cell}: the id “${p.text}” may hold only lower-case letters without diacritics, digits and hyphens, e.g. “${p.suggestion}”, or stay empty.`,
    duplicateId: (p) =>
      `Cell ${p.cell}: the id “${p.id}” is already used in cell ${p.first}; each indicator needs its own.`,
    noName: (p) => `Cell ${p.cell}: no id can be made from the indicator's name; fill in Mã.`,
    ambiguous: (p) =>
      `Cell ${p.cell}: “${p.text}” was read as ${p.chosen}; if wrong, write it the Vietnamese way (decimal comma).`,
    scaleOnlyForRating: (p) =>
      `Cell ${p.cell}: Thang xếp loại is only for the type “Xếp loại” (rating); clear it or change the type.`,
    noRulesHeader: (p) =>
      `Cell ${p.cell}: under the “Ràng buộc…” line the header row ${p.headers} is needed.`,
    duplicateRuleId: (p) =>
      `Cell ${p.cell}: the id “${p.id}” is already used in cell ${p.first}; each rule needs its own.`,
    severityAssumed: (p) =>
      `Cell ${p.cell}: no Mức (severity) chosen, taken as “${p.severity}”; pick another if wrong.`,
    badDecimals: (p: { cell: string; text: string }) =>
      `Cell ${p.cell}: “${p.text}” in column Số chữ số thập phân (decimals) must be a whole number from 0 to 6.`,
    boundsOnlyForNumbers: (p: { cell: string; header: string }) =>
      `Cell ${p.cell}: column ${p.header} is only for numeric indicators (Số, Số nguyên, Tỷ lệ (%)); clear this cell or change Loại.`,
    boundsReversed: (p: { cell: string; min: number; max: number }) =>
      `Cell ${p.cell}: Giá trị tối thiểu (the lower bound, ${formatNumber(p.min, 'en')}) is above Giá trị tối đa (the upper bound, ${formatNumber(p.max, 'en')}); swap or correct them.`,
    outsideBounds: (p: { cell: string; header: string; value: number; min?: number; max?: number }) =>
      `Cell ${p.cell}: ${formatNumber(p.value, 'en')} in column ${p.header} lies outside the indicator's bounds (${enRange(p.min, p.max)}), so it could never be entered; correct it or the columns Giá trị tối thiểu, Giá trị tối đa.`,
    betterOnlyForRange: (p: { cell: string }) =>
      `Cell ${p.cell}: column Hướng tốt (which end is better) is only used when So sánh is “khoảng” (a range); clear this cell or pick “khoảng”.`,
    noIndicators: () => 'The table has no indicator yet: add at least one row under the header row.',
    schema: (p) => `Cell ${p.cell}: ${p.message}`,
    document: (p) => p.message,
  },
};
