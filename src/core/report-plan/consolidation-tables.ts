import { toolCatalogFor } from '../i18n/tool-catalog';
import type { Lang } from '../i18n/localized';
import type { PlainTable } from './batch-table';
import type { Consolidation } from './consolidate';

/**
 * The consolidation as two tables for the summary workbook: one row per indicator (matched by
 * code, else id) with its total where a sum means something and min / median / max, then the
 * warnings with the files they name.
 */
export function consolidationTables(consolidation: Consolidation, lang: Lang): [PlainTable, PlainTable] {
  const words = toolCatalogFor(lang).consolidation;
  const m = words.table;
  const period = consolidation.period ? words.periods[consolidation.period] : '';
  const indicators: PlainTable = {
    title: m.title({ year: consolidation.year, period }),
    headers: m.headers,
    rows: consolidation.indicators.map((indicator, i) => [
      i + 1,
      indicator.key,
      indicator.name,
      indicator.unit,
      indicator.communes.filter((c) => c.value !== null).length,
      indicator.total,
      indicator.min,
      indicator.median,
      indicator.max,
    ]),
    statuses: consolidation.indicators.map(() => null),
  };
  const warnings: PlainTable = {
    title: m.warningsTitle,
    headers: m.warningsHeaders,
    rows:
      consolidation.warnings.length === 0
        ? [[null, null, m.noWarnings, null]]
        : consolidation.warnings.map((w, i) => [i + 1, w.code, w.message, w.files.join(', ')]),
    statuses:
      consolidation.warnings.length === 0 ? [null] : consolidation.warnings.map(() => 'invalid' as const),
  };
  return [indicators, warnings];
}

/** The names of the consolidation's two sheets in the summary workbook. */
export function consolidationSheetNames(lang: Lang): { indicators: string; warnings: string } {
  return toolCatalogFor(lang).consolidation.table.sheetNames;
}
