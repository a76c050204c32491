import type { Status } from '../check/types';
import type { Lang } from '../i18n/localized';
import { toolCatalogFor } from '../i18n/tool-catalog';
import { periodWord, statusWord } from '../i18n/status-words';
import type { BatchRow, BatchSheet } from './batch-types';
import type { Consolidation, ConsolidatedIndicator } from './consolidate';

export type TableCell = string | number | null;

/** A table ready for a sheet or a CSV file; `statuses[i]` colours row i like the standard sheet. */
export interface PlainTable {
  title: string;
  headers: string[];
  rows: TableCell[][];
  statuses: (Status | null)[];
}

const texts = (lang: Lang) => toolCatalogFor(lang).reportCli.batch;

/** One row per file (per sheet when a file holds several years): the district's overview. */
export function summaryTable(rows: readonly BatchRow[], lang: Lang): PlainTable {
  const t = texts(lang);
  const table: PlainTable = { title: t.summaryTitle, headers: t.summaryHeaders, rows: [], statuses: [] };
  rows.forEach((row, i) => {
    if (!row.ok) {
      table.rows.push([
        i + 1,
        row.file,
        null,
        null,
        null,
        null,
        ...nulls(9),
        `${t.unreadable}: ${row.reason}`,
      ]);
      table.statuses.push('invalid');
      return;
    }
    const s = row.summary;
    table.rows.push([
      i + 1,
      row.file,
      row.issuer,
      row.sheet,
      periodWord(row.period, lang),
      sealWords(row, lang),
      // At 6 and 9 months the forecasts count with what they foresee (the period column says which).
      s.exceeded + s.forecastExceeded,
      s.met + s.onTrack + s.forecastMet,
      s.missed + s.behind + s.forecastMissed,
      s.noData,
      s.invalid,
      s.errors,
      s.warnings,
      s.missingExplanations,
      row.indicators.length,
      null,
    ]);
    table.statuses.push(s.errors > 0 ? 'invalid' : null);
  });
  return table;
}

const nulls = (count: number): null[] => Array.from({ length: count }, () => null);

export function sealWords(row: BatchSheet, lang: Lang): string {
  const t = texts(lang).seal;
  if (row.seal.status === 'unsealed') return t.unsealed;
  if (row.seal.status === 'unchanged') return t.unchanged;
  return row.seal.changed.length > 0 ? t.changedIn({ ids: row.seal.changed.join(', ') }) : t.changed;
}

/**
 * One table per indicator across the communes, in the order the indicators first appear, matched
 * as the consolidation matches them (by `code`, else by `id`): a row per file, then the
 * consolidation's figures for the communes it counts (a total where a sum means something, else
 * the smallest, median and largest), so the officer reads them under the communes' own.
 */
export function indicatorTables(
  rows: readonly BatchRow[],
  lang: Lang,
  consolidation?: Consolidation,
): PlainTable[] {
  const t = texts(lang);
  const tables = new Map<string, PlainTable>();
  for (const row of rows) {
    if (!row.ok) continue;
    for (const indicator of row.indicators) {
      const key = indicator.code ?? indicator.id;
      let table = tables.get(key);
      if (!table) {
        const unit = indicator.unit ? ` (${indicator.unit})` : '';
        table = { title: `${indicator.name}${unit}`, headers: t.indicatorHeaders, rows: [], statuses: [] };
        tables.set(key, table);
      }
      table.rows.push([
        table.rows.length + 1,
        row.issuer,
        row.file,
        periodWord(row.period, lang),
        indicator.value,
        indicator.target,
        indicator.percentOfTarget,
        statusWord(indicator.status, lang),
      ]);
      table.statuses.push(indicator.status);
    }
  }
  const consolidated = new Map((consolidation?.indicators ?? []).map((each) => [each.key, each]));
  return [...tables.entries()].map(([key, table]) => {
    const figures = consolidated.get(key);
    const footer = figures ? consolidatedRows(figures, lang) : [];
    return {
      title: `${key} — ${table.title}`,
      headers: table.headers,
      rows: [...table.rows, ...footer],
      statuses: [...table.statuses, ...footer.map(() => null)],
    };
  });
}

/** The consolidation's rows under an indicator's table: label in the commune's column, figure in Thực hiện. */
function consolidatedRows(indicator: ConsolidatedIndicator, lang: Lang): TableCell[][] {
  const words = toolCatalogFor(lang).consolidation.table;
  const [, , , , , total, min, median, max] = words.headers;
  const counted = indicator.communes.filter((commune) => commune.value !== null).length;
  const row = (label: string, value: number | null): TableCell[] => [
    null,
    `${label} (${words.counted({ count: counted })})`,
    null,
    null,
    value,
    null,
    null,
    null,
  ];
  if (indicator.total !== null) return [row(total, indicator.total)];
  const spread: [string, number | null][] = [
    [min, indicator.min],
    [median, indicator.median],
    [max, indicator.max],
  ];
  return spread.filter(([, value]) => value !== null).map(([label, value]) => row(label, value));
}
