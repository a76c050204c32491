import type { Rule, RuleOp } from '../rules/schema';

/**
 * The fixed words of the `Ràng buộc` table under the indicator table (docs/design.md, "The
 * authoring sheet"): one cross-indicator rule per row. Read by its title and headers, like the rest
 * of the sheet, so they stay Vietnamese whatever the interface language.
 */

/** The title row above the table; its first cell also ends the indicator table (layout.ts). */
export const RULES_TITLE = 'Ràng buộc giữa các chỉ tiêu (kiểm tra chéo)';

export type RuleColumnKey = 'id' | 'left' | 'op' | 'right' | 'tolerance' | 'severity' | 'vi' | 'en';

export const RULE_HEADERS: Record<RuleColumnKey, string> = {
  id: 'Mã',
  left: 'Vế trái',
  op: 'So sánh',
  right: 'Vế phải',
  tolerance: 'Sai số',
  severity: 'Mức',
  vi: 'Thông báo',
  en: 'Thông báo (tiếng Anh)',
};
export const RULE_COLUMN_KEYS = Object.keys(RULE_HEADERS) as RuleColumnKey[];
/**
 * The columns are the indicator table's, so the messages, longer than the narrow columns G and K,
 * span several of them (merged): `Thông báo` G:J, `Thông báo (tiếng Anh)` K:L.
 */
export const RULE_COLUMN_OF: Record<RuleColumnKey, string> = {
  id: 'A',
  left: 'B',
  op: 'C',
  right: 'D',
  tolerance: 'E',
  severity: 'F',
  vi: 'G',
  en: 'K',
};
export const RULE_SPAN_END: Partial<Record<RuleColumnKey, string>> = { vi: 'J', en: 'L' };

/** The operators as clerks write them; `=` is not first, since a list starting with `=` is a formula. */
export const RULE_OP_WORDS: Record<RuleOp, string> = {
  '>=': '≥',
  '<=': '≤',
  '==': '=',
  '<': '<',
  '>': '>',
};

export const SEVERITY_WORDS: Record<Rule['severity'], string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
};

/**
 * Empty rows between the indicator table and the rules' title, for indicators the clerk adds: an
 * empty sheet has room for a whole resolution's list (Hưng Tân's has 24), a filled one for a few more.
 */
export function roomBeforeRules(indicatorRows: number): number {
  return Math.max(10, 40 - indicatorRows);
}
/** Empty rows under the rules that still get the drop-down lists. */
export const ROOM_FOR_NEW_RULES = 30;
