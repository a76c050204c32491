import type { CheckReport } from '../check/types';
import { targetText } from '../check/target-text';
import { toolCatalogFor } from '../i18n/tool-catalog';
import type { Lang } from '../i18n/localized';
import { assessOf } from '../template/defaults';
import type { Template } from '../template/types';
import { indicatorTables, summaryTable, type PlainTable } from './batch-table';
import type { BatchRow, BatchSheet } from './batch-types';
import { consolidate } from './consolidate';
import { consolidationSheetNames, consolidationTables } from './consolidation-tables';

/**
 * What the consolidation keeps of one checked sheet (docs/design.md, "Consolidation at the level
 * above"): `report` is the check with the reader's findings, the seal as the file says it. The
 * command line's `check --summary` and the web page build their rows here alike.
 */
export function batchSheetOf(
  file: string,
  sheet: string,
  template: Template,
  report: CheckReport,
  seal: BatchSheet['seal'],
  lang: Lang,
): BatchSheet {
  return {
    file,
    ok: true,
    sheet,
    issuer: template.issuer,
    templateId: template.id,
    year: template.year,
    period: report.period,
    seal: { status: seal.status, sealedAt: seal.sealedAt, changed: seal.changed },
    summary: report.summary,
    indicators: report.results.map((result) => ({
      id: result.indicator.id,
      name: result.indicator.name,
      unit: result.indicator.unit,
      value: result.value,
      target: targetText(result.indicator, lang),
      percentOfTarget: result.percentOfTarget,
      status: result.status,
      ...(result.indicator.code ? { code: result.indicator.code } : {}),
      assess: assessOf(result.indicator),
    })),
  };
}

/** The sheets of the consolidated workbook, in order: overview, consolidation, warnings, indicators. */
export interface SummaryWorkbookTables {
  summary: PlainTable;
  summaryName: string;
  named: { name: string; table: PlainTable }[];
  perIndicator: PlainTable[];
}

/**
 * The consolidated workbook's tables for `rows` (one per commune's sheet, or a file that could not
 * be read). `shownName` is how a person reads a file's name in the tables (the command line drops
 * the folders; the JSON output keeps the path as given).
 */
export function summaryWorkbookTables(
  rows: readonly BatchRow[],
  lang: Lang,
  shownName: (file: string) => string = (file) => file,
): SummaryWorkbookTables {
  const named = rows.map((row) => ({ ...row, file: shownName(row.file) }));
  const consolidation = consolidate(rows, lang);
  const [overview, warned] = consolidationTables(consolidation, lang);
  const names = consolidationSheetNames(lang);
  return {
    summary: summaryTable(named, lang),
    summaryName: toolCatalogFor(lang).reportCli.batch.summarySheet,
    named: [
      { name: names.indicators, table: overview },
      { name: names.warnings, table: warned },
    ],
    perIndicator: indicatorTables(named, lang, consolidation),
  };
}
