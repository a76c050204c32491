import type { Assess, IndicatorType, Section } from '../template/types';

/**
 * The fixed words of the authoring sheet (docs/design.md, "The authoring sheet"). Like XLSForm,
 * the sheet is read by its labels and headers, never by position, so they stay Vietnamese
 * whatever the interface language.
 */

export const AUTHORING_SHEET_NAME = 'Khai báo chỉ tiêu';

export type DocumentKey =
  | 'superior'
  | 'issuer'
  | 'resolutionNumber'
  | 'issuedOn'
  | 'title'
  | 'year'
  | 'place'
  | 'signerTitle'
  | 'signerName'
  | 'recipients';

/** The document block, top to bottom: label in column A, value in column B. */
export const DOCUMENT_LABELS: Record<DocumentKey, string> = {
  superior: 'Cấp trên',
  issuer: 'Cơ quan ban hành',
  resolutionNumber: 'Nghị quyết số',
  issuedOn: 'Ngày ban hành',
  title: 'Tên nghị quyết',
  year: 'Năm',
  place: 'Địa danh',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Người ký',
  recipients: 'Nơi nhận',
};
export const DOCUMENT_KEYS = Object.keys(DOCUMENT_LABELS) as DocumentKey[];

export type ColumnKey =
  | 'id'
  | 'group'
  | 'name'
  | 'unit'
  | 'type'
  | 'op'
  | 'target'
  | 'targetTo'
  | 'baseline'
  | 'assess'
  | 'section'
  | 'scale'
  | 'source'
  | 'note'
  | OptionalColumnKey;

/** Columns after `Ghi chú`: a sheet made before them reads the same without them (defaults). */
export type OptionalColumnKey = 'code' | 'decimals' | 'min' | 'max' | 'better';

/** The table's header row, left to right from column A. */
export const HEADERS: Record<ColumnKey, string> = {
  id: 'Mã',
  group: 'Nhóm',
  name: 'Tên chỉ tiêu',
  unit: 'Đơn vị tính',
  type: 'Loại',
  op: 'So sánh',
  target: 'Mức chỉ tiêu',
  targetTo: 'Đến',
  baseline: 'Thực hiện năm trước',
  assess: 'Theo dõi trong năm',
  section: 'Phần',
  scale: 'Thang xếp loại',
  source: 'Nguyên văn nghị quyết',
  note: 'Ghi chú',
  code: 'Mã thống kê',
  decimals: 'Số chữ số thập phân',
  min: 'Giá trị tối thiểu',
  max: 'Giá trị tối đa',
  better: 'Hướng tốt',
};
export const COLUMN_KEYS = Object.keys(HEADERS) as ColumnKey[];
export const OPTIONAL_COLUMN_KEYS: readonly OptionalColumnKey[] = [
  'code',
  'decimals',
  'min',
  'max',
  'better',
];
const OPTIONAL: ReadonlySet<ColumnKey> = new Set(OPTIONAL_COLUMN_KEYS);
/** The fourteen columns every sheet has, `Mã` to `Ghi chú`; their headers are checked. */
export const REQUIRED_COLUMN_KEYS = COLUMN_KEYS.filter((key) => !OPTIONAL.has(key));
export const COLUMN_OF = Object.fromEntries(
  COLUMN_KEYS.map((key, i) => [key, String.fromCharCode(65 + i)]),
) as Record<ColumnKey, string>;

export const COLUMN_WIDTHS: Record<ColumnKey, number> = {
  id: 24,
  group: 20,
  name: 42,
  unit: 16,
  type: 12,
  op: 10,
  target: 13,
  targetTo: 10,
  baseline: 13,
  assess: 14,
  section: 17,
  scale: 34,
  source: 50,
  note: 40,
  code: 14,
  decimals: 12,
  min: 12,
  max: 12,
  better: 20,
};

export const TYPE_WORDS: Record<IndicatorType, string> = {
  number: 'Số',
  integer: 'Số nguyên',
  percent: 'Tỷ lệ (%)',
  yesno: 'Có/Không',
  rating: 'Xếp loại',
};

export type OpKey = '>=' | '>' | '<=' | '<' | '=' | 'between';
export const OP_WORDS: Record<OpKey, string> = {
  '>=': '>=',
  '>': '>',
  '<=': '<=',
  '<': '<',
  '=': '=',
  between: 'khoảng',
};

export const ASSESS_WORDS: Record<Assess, string> = {
  cumulative: 'Cộng dồn',
  level: 'Thời điểm',
  'year-end': 'Cuối năm',
};

/** `Hướng tốt`: which end of a `khoảng` target is better (its `better`). */
export const BETTER_WORDS: Record<'higher' | 'lower', string> = {
  higher: 'Càng cao càng tốt',
  lower: 'Càng thấp càng tốt',
};

export const SECTION_WORDS: Record<Section, string> = {
  main: 'Chỉ tiêu chủ yếu',
  task: 'Nhiệm vụ',
};

/** Levels of a rating scale are written in one cell, best first, separated by this. */
export const SCALE_SEPARATOR = ';';

/**
 * A row whose first cell starts with one of these (folded) ends the indicator table, so tables
 * placed below it (the cross-indicator rules) are not read as indicators.
 */
export const TABLE_END_WORDS = ['rang buoc'];

/** Where the parts of the sheet stand: title, guidance, the document block, the table. */
export const TITLE_ROW = 1;
export const GUIDANCE_ROW = 2;
export const FIRST_DOCUMENT_ROW = 4;
export const HEADER_ROW = FIRST_DOCUMENT_ROW + DOCUMENT_KEYS.length + 1;
