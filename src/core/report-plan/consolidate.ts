import type { Status } from '../check/types';
import { toolCatalogFor } from '../i18n/tool-catalog';
import type { Lang } from '../i18n/localized';
import { clean } from '../numbers/round';
import { PERIODS, type Period } from '../template/types';
import type { BatchRow, BatchSheet } from './batch-types';

/**
 * Consolidation at the level above (docs/design.md, "Consolidation at the level above"): communes'
 * files made from their own templates, indicators matched by `code`, else by `id`. One year and
 * period, the one most files have, is consolidated; files of another are named in a
 * `mixed-periods` warning and left out, a commune sent twice counts once (`duplicate-commune`).
 * Totals only for `cumulative` indicators, where a sum means something. Works on the batch's small
 * per-file results, never on workbooks, so memory stays flat.
 */

export interface ConsolidatedCommune {
  file: string;
  issuer: string;
  value: number | string | null;
  status: Status;
}

export interface ConsolidatedIndicator {
  key: string;
  name: string;
  unit: string;
  communes: ConsolidatedCommune[];
  total: number | null;
  min: number | null;
  median: number | null;
  max: number | null;
}

export type ConsolidationWarningCode =
  'mixed-periods' | 'duplicate-commune' | 'not-sealed' | 'changed-after-seal';

export interface ConsolidationWarning {
  code: ConsolidationWarningCode;
  message: string;
  files: string[];
}

export interface Consolidation {
  year: number | null;
  period: Period | null;
  indicators: ConsolidatedIndicator[];
  warnings: ConsolidationWarning[];
}

/** A file's name without its folders, as the summary shows it. */
export function fileName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

export function consolidate(rows: readonly BatchRow[], lang: Lang): Consolidation {
  const m = toolCatalogFor(lang).consolidation;
  const sheets = rows.filter((row): row is BatchSheet => row.ok);
  const warnings: ConsolidationWarning[] = [];
  const warn = (code: ConsolidationWarningCode, message: string, files: string[]) =>
    warnings.push({ code, message, files });
  const names = (list: readonly BatchSheet[]) => list.map((sheet) => fileName(sheet.file));

  const chosen = commonPeriod(sheets);
  if (!chosen) return { year: null, period: null, indicators: [], warnings };
  const inPeriod = sheets.filter((s) => s.year === chosen.year && s.period === chosen.period);
  const others = sheets.filter((s) => !inPeriod.includes(s));
  if (others.length > 0) {
    const files = names(others);
    const period = m.periods[chosen.period];
    warn('mixed-periods', m.mixedPeriods({ year: chosen.year, period, files: files.join(', ') }), files);
  }

  const byIssuer = new Map<string, BatchSheet[]>();
  for (const sheet of inPeriod) {
    const key = foldIssuer(sheet.issuer);
    byIssuer.set(key, [...(byIssuer.get(key) ?? []), sheet]);
  }
  const counted: BatchSheet[] = [];
  for (const copies of byIssuer.values()) {
    counted.push(copies[0]);
    if (copies.length === 1) continue;
    const left = names(copies.slice(1));
    const kept = fileName(copies[0].file);
    warn(
      'duplicate-commune',
      m.duplicateCommune({ issuer: copies[0].issuer, kept, files: left.join(', ') }),
      [kept, ...left],
    );
  }
  const unsealed = names(counted.filter((s) => s.seal.status === 'unsealed'));
  if (unsealed.length > 0) warn('not-sealed', m.notSealed({ files: unsealed.join(', ') }), unsealed);
  const changed = names(counted.filter((s) => s.seal.status === 'changed'));
  if (changed.length > 0)
    warn('changed-after-seal', m.changedAfterSeal({ files: changed.join(', ') }), changed);

  return { ...chosen, indicators: indicatorsOf(counted), warnings };
}

/** The year and period most files have; on a tie the later year, then the later period. */
function commonPeriod(sheets: readonly BatchSheet[]): { year: number; period: Period } | null {
  const counts = new Map<string, { year: number; period: Period; count: number }>();
  for (const { year, period } of sheets) {
    const key = `${year} ${period}`;
    const entry = counts.get(key) ?? { year, period, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const order = (p: Period) => PERIODS.indexOf(p);
  const best = [...counts.values()].sort(
    (a, b) => b.count - a.count || b.year - a.year || order(b.period) - order(a.period),
  )[0];
  return best ? { year: best.year, period: best.period } : null;
}

/** The same issuing body however its name is spaced or capitalised. */
function foldIssuer(issuer: string): string {
  return issuer.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

function indicatorsOf(sheets: readonly BatchSheet[]): ConsolidatedIndicator[] {
  const groups = new Map<string, { indicator: ConsolidatedIndicator; summable: boolean }>();
  for (const sheet of sheets) {
    for (const indicator of sheet.indicators) {
      const key = indicator.code ?? indicator.id;
      let group = groups.get(key);
      if (!group) {
        const fresh = { key, name: indicator.name, unit: indicator.unit, communes: [] };
        group = {
          indicator: { ...fresh, total: null, min: null, median: null, max: null },
          summable: true,
        };
        groups.set(key, group);
      }
      // A sum means something only if every commune follows it cumulatively, in the same unit.
      if (indicator.assess !== 'cumulative' || indicator.unit !== group.indicator.unit)
        group.summable = false;
      group.indicator.communes.push({
        file: fileName(sheet.file),
        issuer: sheet.issuer,
        value: indicator.value,
        status: indicator.status,
      });
    }
  }
  return [...groups.values()].map(({ indicator, summable }) => ({
    ...indicator,
    ...figures(indicator, summable),
  }));
}

function figures(indicator: ConsolidatedIndicator, summable: boolean) {
  // An invalid figure has its own finding in its commune's check; it is not added in.
  const numbers = indicator.communes
    .filter((c) => c.status !== 'invalid' && typeof c.value === 'number')
    .map((c) => c.value as number)
    .sort((a, b) => a - b);
  if (numbers.length === 0) return { total: null, min: null, median: null, max: null };
  const middle = Math.floor(numbers.length / 2);
  const median =
    numbers.length % 2 === 1 ? numbers[middle] : clean((numbers[middle - 1] + numbers[middle]) / 2);
  return {
    total: summable ? clean(numbers.reduce((sum, n) => sum + n, 0)) : null,
    min: numbers[0],
    median,
    max: numbers[numbers.length - 1],
  };
}
