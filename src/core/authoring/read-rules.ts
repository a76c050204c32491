import { validateRule } from '../rules/validate-one';
import type { RuleIndicator } from '../rules/validate';
import type { RuleInput } from '../rules/schema';
import { foldLevel, ID_PATTERN } from '../template/schema';
import { atCell, error, warning, type AuthoringFinding } from './findings';
import { address, type GridIndex } from './grid';
import { TABLE_END_WORDS } from './layout';
import {
  RULE_COLUMN_KEYS,
  RULE_COLUMN_OF,
  RULE_HEADERS,
  RULE_OP_WORDS,
  SEVERITY_WORDS,
  type RuleColumnKey,
} from './rule-layout';
import { slugOf, uniqueId } from './slug';
import { readValue } from './values';
import { readRuleOp, readSeverity } from './words';

const fold = (text: string) => foldLevel(text.normalize('NFKC'));
const choices = (words: Record<string, string>) => Object.values(words).join(', ');

/** The rules read from the `Ràng buộc` table, each with its row, in the order of the sheet. */
export interface RulesReading {
  rules: RuleInput[];
  rows: number[];
}

/** The row of the `Ràng buộc` title under the indicator table, if the sheet has one. */
export function rulesTitleRow(index: GridIndex, headerRow: number): number | undefined {
  for (let row = headerRow + 1; row <= index.lastRow; row++) {
    const first = fold(index.text(`A${row}`));
    if (TABLE_END_WORDS.some((word) => first.startsWith(word))) return row;
  }
  return undefined;
}

/** `41,8` in an expression is 41.8: a comma between digits has no other meaning there. */
const expression = (text: string) => text.replace(/(\d),(?=\d)/g, '$1.');

/** Where a problem of `validateRule` (`left`, `message › vi`) stands in the row. */
function columnOfPath(path: string): RuleColumnKey {
  if (path.startsWith('message')) return path.includes('en') ? 'en' : 'vi';
  const key = path.split(/[ ›[]/)[0] as RuleColumnKey;
  return RULE_COLUMN_KEYS.includes(key) ? key : 'left';
}

/**
 * Reads the `Ràng buộc` table (docs/design.md, "The authoring sheet") against the indicators read
 * above it. Every problem is a finding naming its cell; a row with an error gives no rule. A sheet
 * without the table has no rules.
 */
export function readRules(
  index: GridIndex,
  titleRow: number,
  indicators: readonly RuleIndicator[],
  findings: AuthoringFinding[],
): RulesReading {
  const headerRow = titleRow + 1;
  const missing = RULE_COLUMN_KEYS.filter(
    (key) =>
      key !== 'en' && fold(index.text(address(RULE_COLUMN_OF[key], headerRow))) !== fold(RULE_HEADERS[key]),
  );
  if (missing.length === RULE_COLUMN_KEYS.length - 1) {
    const headers = RULE_COLUMN_KEYS.map((key) => RULE_HEADERS[key]).join(' | ');
    findings.push(error('noRulesHeader', { cell: `A${headerRow}`, headers }));
    return { rules: [], rows: [] };
  }
  for (const key of missing) {
    const cell = address(RULE_COLUMN_OF[key], headerRow);
    findings.push(error('badHeader', { cell, expected: RULE_HEADERS[key], found: index.text(cell) }));
  }
  // The English message is optional: without its column, every one is made from the rule.
  const withEnglish = fold(index.text(address(RULE_COLUMN_OF.en, headerRow))) === fold(RULE_HEADERS.en);

  const read: { row: number; givenId: string; rule: Omit<RuleInput, 'id'> | null }[] = [];
  for (let row = headerRow + 1; row <= index.lastRow; row++) {
    if (RULE_COLUMN_KEYS.every((key) => index.isEmpty(address(RULE_COLUMN_OF[key], row)))) continue;
    read.push({ row, givenId: index.text(`A${row}`), rule: readRuleRow(index, row, withEnglish, findings) });
  }

  const taken = new Set<string>();
  const firstCell = new Map<string, string>();
  for (const { row, givenId } of read) {
    if (!givenId) continue;
    const cell = `A${row}`;
    if (!ID_PATTERN.test(givenId) || givenId.length > 64) {
      findings.push(error('badId', { cell, text: givenId, suggestion: slugOf(givenId) || 'rang-buoc' }));
    } else if (firstCell.has(givenId)) {
      findings.push(error('duplicateRuleId', { cell, id: givenId, first: firstCell.get(givenId)! }));
    } else {
      firstCell.set(givenId, cell);
      taken.add(givenId);
    }
  }
  const rules: RuleInput[] = [];
  const rows: number[] = [];
  for (const { row, givenId, rule } of read) {
    if (!rule) continue;
    const id = givenId || uniqueId(slugOf(rule.message.vi) || 'rang-buoc', taken);
    const checked = validateRule({ id, ...rule }, indicators);
    if (!checked.ok) {
      for (const problem of checked.problems) {
        const cell = address(RULE_COLUMN_OF[columnOfPath(problem.path)], row);
        findings.push(atCell(cell, problem.message));
      }
      continue;
    }
    rules.push({ id, ...rule });
    rows.push(row);
  }
  return { rules, rows };
}

/** One row of the table, or null (with its findings) when a cell cannot be read. */
function readRuleRow(
  index: GridIndex,
  row: number,
  withEnglish: boolean,
  findings: AuthoringFinding[],
): Omit<RuleInput, 'id'> | null {
  const at = (key: RuleColumnKey) => address(RULE_COLUMN_OF[key], row);
  const text = (key: RuleColumnKey) => index.text(at(key));
  const before = findings.filter((f) => f.severity === 'error').length;

  const left = expression(text('left'));
  const right = expression(text('right'));
  if (!left) findings.push(error('required', { cell: at('left'), what: 'left' }));
  if (!right) findings.push(error('required', { cell: at('right'), what: 'right' }));
  const word = <T>(key: RuleColumnKey, read: (s: string) => T | undefined, words: Record<string, string>) => {
    const value = read(text(key));
    if (value === undefined)
      findings.push(
        error('badWord', {
          cell: at(key),
          text: text(key),
          header: RULE_HEADERS[key],
          choices: choices(words),
        }),
      );
    return value;
  };
  let op = text('op') ? word('op', readRuleOp, RULE_OP_WORDS) : undefined;
  if (!text('op')) {
    op = '==';
    findings.push(warning('opAssumed', { cell: at('op'), op: RULE_OP_WORDS[op] }));
  }
  let severity = text('severity') ? word('severity', readSeverity, SEVERITY_WORDS) : undefined;
  if (!text('severity')) {
    severity = 'error';
    findings.push(warning('severityAssumed', { cell: at('severity'), severity: SEVERITY_WORDS.error }));
  }
  let tolerance = 0;
  const reading = readValue(index.get(at('tolerance')), 'number', '', []);
  if (!reading.ok) {
    findings.push(
      error('badNumber', {
        cell: at('tolerance'),
        text: reading.problem.text,
        header: RULE_HEADERS.tolerance,
      }),
    );
  } else if (typeof reading.value === 'number') {
    tolerance = reading.value;
    if ('ambiguous' in reading && reading.ambiguous) {
      const { text: written, chosen } = reading.ambiguous;
      findings.push(warning('ambiguous', { cell: at('tolerance'), text: written, chosen: String(chosen) }));
    }
  }
  const vi = text('vi');
  if (!vi) findings.push(error('required', { cell: at('vi'), what: 'message' }));
  if (findings.filter((f) => f.severity === 'error').length > before || !op || !severity) return null;

  const en =
    (withEnglish && text('en')) || `Cross-check: ${left} ${RULE_OP_WORDS[op]} ${right}`.slice(0, 500);
  return { left, op, right, tolerance, severity, message: { vi, en } };
}
