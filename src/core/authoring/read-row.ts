import type { TemplateInput } from '../template/types';
import { error, warning, type AuthoringFinding } from './findings';
import { address, type GridIndex } from './grid';
import {
  ASSESS_WORDS,
  COLUMN_OF,
  HEADERS,
  OP_WORDS,
  SCALE_SEPARATOR,
  SECTION_WORDS,
  TYPE_WORDS,
  type ColumnKey,
} from './layout';
import { checkBounds, readOptional, type OptionalColumns } from './read-optional';
import { readValue } from './values';
import { readAssess, readOp, readSection, readType } from './words';

type IndicatorInput = TemplateInput['indicators'][number];

/** An indicator read from one row, without its id yet (ids are settled over the whole table). */
export interface RowReading {
  row: number;
  /** The id written in `Mã`, '' when empty. */
  givenId: string;
  indicator: Omit<IndicatorInput, 'id'> | null;
  findings: AuthoringFinding[];
}

const choices = (words: Record<string, string>) => Object.values(words).join(', ');

/**
 * Reads one row of the table. Every problem is a finding on the cell that holds it; the row gives
 * no indicator while it has an error. `previousGroup` fills an empty `Nhóm`, as clerks leave it
 * empty under the first row of a group.
 */
export function readRow(
  grid: GridIndex,
  row: number,
  previousGroup: string,
  optional: OptionalColumns = {},
): RowReading {
  const at = (key: ColumnKey) => address(COLUMN_OF[key], row);
  const text = (key: ColumnKey) => grid.text(at(key));
  const findings: AuthoringFinding[] = [];
  const word = <T>(key: ColumnKey, read: (s: string) => T | undefined, words: Record<string, string>) => {
    const written = text(key);
    if (!written) return undefined;
    const value = read(written);
    if (value === undefined) {
      findings.push(
        error('badWord', { cell: at(key), text: written, header: HEADERS[key], choices: choices(words) }),
      );
    }
    return value;
  };

  const name = text('name');
  if (!name) findings.push(error('required', { cell: at('name'), what: 'name' }));
  const group = text('group') || previousGroup;
  if (!group) findings.push(error('required', { cell: at('group'), what: 'group' }));
  const type = word('type', readType, TYPE_WORDS);
  if (!text('type')) findings.push(error('required', { cell: at('type'), what: 'type' }));
  const writtenOp = word('op', readOp, OP_WORDS);
  const assess = word('assess', readAssess, ASSESS_WORDS);
  const section = word('section', readSection, SECTION_WORDS);
  const unit = text('unit');
  const scaleText = text('scale');
  const scale = scaleText
    .split(SCALE_SEPARATOR)
    .map((level) => level.trim())
    .filter(Boolean);
  if (type === 'rating' && scale.length === 0)
    findings.push(error('required', { cell: at('scale'), what: 'scale' }));
  if (type !== undefined && type !== 'rating' && scaleText)
    findings.push(error('scaleOnlyForRating', { cell: at('scale') }));
  if (type === undefined) return { row, givenId: text('id'), indicator: null, findings };

  let op = writtenOp;
  if (op === undefined && !text('op')) {
    op = type === 'yesno' ? '=' : '>=';
    if (type !== 'yesno') findings.push(warning('opAssumed', { cell: at('op'), op }));
  }

  const value = (key: ColumnKey, required: boolean) => {
    const reading = readValue(grid.get(at(key)), type, unit, scale);
    if (!reading.ok) {
      const { problem } = reading;
      const cell = at(key);
      if (problem.kind === 'number')
        findings.push(error('badNumber', { cell, text: problem.text, header: HEADERS[key] }));
      else if (problem.kind === 'yesno') findings.push(error('badYesNo', { cell, text: problem.text }));
      else findings.push(error('notOnScale', { cell, text: problem.text, scale: scale.join('; ') }));
      return undefined;
    }
    if (reading.value === null) {
      if (required)
        findings.push(error('required', { cell: at(key), what: key === 'targetTo' ? 'targetTo' : 'target' }));
      return undefined;
    }
    if ('ambiguous' in reading && reading.ambiguous) {
      findings.push(
        warning('ambiguous', {
          cell: at(key),
          text: reading.ambiguous.text,
          chosen: String(reading.ambiguous.chosen),
        }),
      );
    }
    return reading.value;
  };

  const target = value('target', true);
  const targetTo = value('targetTo', op === 'between');
  if (op !== 'between' && !grid.isEmpty(at('targetTo')))
    findings.push(error('toOnlyForRange', { cell: at('targetTo') }));
  const baseline = value('baseline', false);
  const extra = readOptional(grid, row, optional, { type, unit, range: op === 'between' }, findings);
  const figure = (key: 'target' | 'targetTo' | 'baseline', value: unknown) => ({
    cell: at(key),
    header: HEADERS[key],
    value,
  });
  const minCell = optional.min ? address(optional.min, row) : undefined;
  const figures = [figure('target', target), figure('targetTo', targetTo), figure('baseline', baseline)];
  checkBounds(extra, minCell, figures, findings);
  if (findings.some((f) => f.severity === 'error') || op === undefined || target === undefined) {
    return { row, givenId: text('id'), indicator: null, findings };
  }

  const indicator: Omit<IndicatorInput, 'id'> = {
    group,
    name,
    unit,
    type,
    target:
      op === 'between'
        ? { op, min: target as number, max: targetTo as number, better: extra.better }
        : { op, value: target },
    decimals: extra.decimals,
  };
  if (extra.code !== undefined) indicator.code = extra.code;
  if (extra.min !== undefined) indicator.min = extra.min;
  if (extra.max !== undefined) indicator.max = extra.max;
  if (baseline !== undefined) indicator.baseline = baseline;
  if (type === 'rating') indicator.scale = scale;
  if (assess === 'cumulative') indicator.accumulates = true;
  if (assess !== undefined) indicator.assess = assess;
  if (section !== undefined) indicator.section = section;
  const source = text('source');
  const note = text('note');
  if (source) indicator.source = source;
  if (note) indicator.note = note;
  return { row, givenId: text('id'), indicator, findings };
}
