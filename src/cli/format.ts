import type { Indicator } from '../core/template/types';
import type { Lang } from '../core/i18n/localized';
import { targetText } from '../core/check';
import { periodWord, statusWord } from '../core/i18n/status-words';
import { formatNumber } from '../core/numbers';
import { catalogFor } from '../core/i18n/catalog';
import { cellInSheet } from '../core/i18n/cell-in-sheet';
import { headlineLines, headlineOf } from '../core/report-plan';
import { STATUS_STYLE } from '../core/verdict/status';
import type { CliText } from '../core/i18n/vi/cli';
import type { FileFailure, SheetReport } from '../check-json/types';

/** ANSI colours, or none when the output is piped or NO_COLOR is set. */
export interface Paint {
  bad: (text: string) => string;
  warn: (text: string) => string;
  good: (text: string) => string;
  bold: (text: string) => string;
}

const ESC = '\u001b[';
const ansi = (code: string) => (text: string) => `${ESC}${code}m${text}${ESC}0m`;
const plain = (text: string) => text;

export function paint(enabled: boolean): Paint {
  return enabled
    ? { bad: ansi('31;1'), warn: ansi('33'), good: ansi('32'), bold: ansi('1') }
    : { bad: plain, warn: plain, good: plain, bold: plain };
}

export interface FormatContext {
  lang: Lang;
  text: CliText;
  paint: Paint;
  /** Indicators by id, for the target column. */
  indicators: Map<string, Indicator>;
}

const NAME_WIDTH = 44;

/** The human report of one standard sheet: heading, table, findings, summary. */
export function formatSheetReport(report: SheetReport, context: FormatContext): string {
  const { text, paint: p } = context;
  const lines: string[] = [
    p.bold(
      text.check.fileHeading({
        file: report.file,
        sheet: report.sheet,
        id: report.template.id,
        year: report.template.year,
        period: periodWord(report.period, context.lang),
      }),
    ),
    '',
  ];

  const columns = text.check.columns;
  const rows = report.indicators.map((indicator) => {
    const definition = context.indicators.get(indicator.id);
    return {
      status: indicator.status,
      cells: [
        truncate(indicator.name, NAME_WIDTH),
        showValue(indicator.value, indicator.unit, context),
        definition ? showTarget(definition, context) : '',
        indicator.percentOfTarget === null
          ? ''
          : `${formatNumber(indicator.percentOfTarget, context.lang, 2)}%`,
        statusWord(indicator.status, context.lang),
      ],
    };
  });
  const header = [columns.indicator, columns.value, columns.target, columns.percent, columns.verdict];
  const widths = header.map((title, i) => Math.max(width(title), ...rows.map((row) => width(row.cells[i]))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 1 || i === 3 ? padStart(cell, widths[i]) : padEnd(cell, widths[i])))
      .join('  ')
      .trimEnd();
  lines.push(p.bold(line(header)));
  for (const row of rows) {
    const shown = line(row.cells);
    // The sheet's colours (STATUS_STYLE) by their tone: red shortfalls, amber entries to look at.
    const tone = STATUS_STYLE[row.status]?.tone;
    const colour = tone === 'bad' ? p.bad : tone === 'warn' ? p.warn : null;
    lines.push(colour ? colour(shown) : shown);
  }

  lines.push('');
  const ruleIssues = report.issues.filter((issue) => issue.rule !== undefined);
  const otherIssues = report.issues.filter((issue) => issue.rule === undefined);
  const issueLine = (issue: SheetReport['issues'][number], where: string) => {
    const label = text.check.severity[issue.severity];
    const tag = issue.severity === 'error' ? p.bad(label) : p.warn(label);
    return `  ${tag}${where ? ` ${where}` : ''}: ${issue.message}`;
  };
  if (report.issues.length === 0) lines.push(p.good(text.check.noFindings));
  if (otherIssues.length > 0) {
    lines.push(text.check.findings);
    // Each message names its cell itself ('Ô G13 – name: …'), as on main.
    for (const issue of otherIssues) lines.push(issueLine(issue, ''));
  }
  // Cross-indicator rules involve several cells each: their own section, every cell named.
  if (ruleIssues.length > 0) {
    lines.push(catalogFor(context.lang).rules.heading);
    for (const issue of ruleIssues)
      lines.push(issueLine(issue, `[${issue.rule}] ${(issue.cells ?? []).map(cellInSheet).join(', ')}`));
  }
  const parts = Object.entries(report.summary)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => `${count} ${text.check.summaryParts[key as keyof SheetReport['summary']]}`);
  lines.push(text.check.summary({ parts: parts.join(' · ') || '0' }));
  const sections = report.indicators.map((indicator) => ({
    indicator: context.indicators.get(indicator.id) ?? {},
    status: indicator.status,
  }));
  lines.push(...headlineLines(headlineOf(report.period, sections), context.lang), '');
  return lines.join('\n');
}

export function formatFailure(failure: FileFailure, context: Pick<FormatContext, 'text' | 'paint'>): string {
  const { text, paint: p } = context;
  const lines = [p.bad(text.check.cannotRead({ file: failure.file })), `  ${failure.error.message}`];
  failure.error.details.forEach((detail) => lines.push(`    - ${detail}`));
  return `${lines.join('\n')}\n`;
}

function showValue(value: number | string | null, unit: string, context: FormatContext): string {
  if (value === null) return '—';
  if (typeof value === 'string') return truncate(value, 24);
  return `${formatNumber(value, context.lang, 2)}${unit === '%' ? '%' : ''}`;
}

function showTarget(indicator: Indicator, context: FormatContext): string {
  const numeric = indicator.type === 'number' || indicator.type === 'integer' || indicator.type === 'percent';
  const unit = !numeric || !indicator.unit ? '' : indicator.unit === '%' ? '%' : ` ${indicator.unit}`;
  return truncate(`${targetText(indicator, context.lang)}${unit}`, 30);
}

// Terminal width of a text: code points after composing Vietnamese diacritics.
function width(text: string): number {
  return Array.from(text.normalize('NFC')).length;
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text.normalize('NFC').replace(/\s+/g, ' '));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

function padEnd(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

function padStart(text: string, size: number): string {
  return ' '.repeat(Math.max(0, size - width(text))) + text;
}
