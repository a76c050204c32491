import { targetText } from '../check/target-text';
import type { CheckReport, IndicatorResult } from '../check/types';
import { statusWord } from '../i18n/status-words';
import type { Lang } from '../i18n/localized';
import { formatNumber } from '../numbers/format';
import { foldLevel } from '../template/schema';
import type { Indicator, Template } from '../template/types';
import type { AppendixRow, Paragraph, ReportDetails, ResultsReport } from './types';
import { headlineLines, headlineOf } from '../report-plan/headline';
import { isReached, isShortfall } from '../verdict/status';
import { isLowerBetter } from '../verdict/target';
import type { YesNoKind } from '../i18n/vi/document';
import { documentHeader, issuingBody, parseReportDate, wordingFor } from './header';

/** The value with its unit as a sentence or a table cell shows it: `56,2 triệu đồng/người`, `96,1%`. */
export function shownValue(indicator: Indicator, value: number | string | null, lang: Lang): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  const n = formatNumber(value, lang, indicator.decimals ?? 2);
  if (indicator.type === 'percent' || indicator.unit === '%') return `${n}%`;
  return indicator.unit ? `${n} ${indicator.unit}` : n;
}

function shownTarget(indicator: Indicator, lang: Lang): string {
  const text = targetText(indicator, lang).replace(/^[≥=] /, '');
  if (indicator.type === 'yesno' || indicator.type === 'rating') return text;
  if (indicator.type === 'percent' || indicator.unit === '%') return `${text}%`;
  return indicator.unit ? `${text} ${indicator.unit}` : text;
}

/** How people word a yes/no result: a recognition is "công nhận", a congress is "tổ chức". */
function yesNoKind(name: string): YesNoKind {
  const folded = foldLevel(name);
  if (/cong nhan|chuan|danh hieu|tieu bieu/.test(folded)) return 'recognition';
  if (/dai hoi|hoi nghi|to chuc/.test(folded)) return 'event';
  return 'task';
}

function sentence(result: IndicatorResult, lang: Lang): string {
  const w = wordingFor(lang).sentence;
  const { indicator, value, status } = result;
  const verdict = statusWord(status, lang).toLocaleLowerCase(lang);
  if (value === null) return `${w.noData({ name: indicator.name })}.`;
  if (indicator.type === 'yesno') {
    return `${indicator.name}: ${value === 'Có' ? w.yes(yesNoKind(indicator.name)) : w.no(yesNoKind(indicator.name))}.`;
  }
  if (indicator.type === 'rating') {
    const reached = isReached(status);
    return `${w.rating({ name: indicator.name, level: String(value), target: shownTarget(indicator, lang), reached })}.`;
  }
  const parts = [
    w.reached({
      name: indicator.name,
      value: shownValue(indicator, value, lang),
      lower: isLowerBetter(indicator),
    }),
  ];
  if (result.percentOfTarget !== null && !isLowerBetter(indicator)) {
    parts.push(w.percent({ percent: formatNumber(result.percentOfTarget, lang, 1) }));
  } else {
    parts.push(w.target({ target: shownTarget(indicator, lang) }));
  }
  parts.push(verdict);
  return `${parts.join(', ')}.`;
}

/** The appendix's cells of a row in the order of its columns (the estimate only at 6 and 9 months). */
export function appendixTexts(row: AppendixRow): string[] {
  const estimate = row.estimate === undefined ? [] : [row.estimate];
  return [
    String(row.index),
    row.name,
    row.unit,
    row.target,
    row.value,
    ...estimate,
    row.percent,
    row.verdict,
  ];
}

function appendixRows(report: CheckReport, lang: Lang): AppendixRow[] {
  let group: string | undefined;
  const asFigure = (indicator: Indicator, value: number | string) =>
    shownValue({ ...indicator, unit: indicator.type === 'percent' ? '%' : '' }, value, lang);
  return report.results.map((result, i) => {
    const { indicator } = result;
    const row: AppendixRow = {
      index: i + 1,
      name: indicator.name,
      unit: indicator.unit,
      target: targetText(indicator, lang),
      value: result.value === null ? '—' : asFigure(indicator, result.value),
      percent: result.percentOfTarget === null ? '' : `${formatNumber(result.percentOfTarget, lang, 2)}%`,
      verdict: statusWord(result.status, lang),
      status: result.status,
    };
    if (report.period !== 'nam') {
      const estimate = result.estimate?.value;
      row.estimate = estimate === null || estimate === undefined ? '' : asFigure(indicator, estimate);
    }
    if (indicator.group !== group) {
      group = indicator.group;
      row.group = group;
    }
    return row;
  });
}

/**
 * The report of results on the resolution's targets (docs/design.md, "Documents"): the basis, I.
 * results with the headline over the main targets and one sentence per indicator, II. limits and
 * causes from the explanations of misses, III. directions left for the clerk, the table as an
 * appendix, the party's signature block and recipients.
 */
export function buildResultsReport(
  template: Template,
  report: CheckReport,
  details: ReportDetails,
  lang: Lang,
): ResultsReport {
  const w = wordingFor(lang);
  const header = documentHeader(template, details, lang);
  const issuer = issuingBody(template.issuer);
  const summaryLine = w.summaryLine(report.period, template.year);
  const issued = parseReportDate(template.issuedOn);

  const body: Paragraph[] = [
    {
      kind: 'basis',
      text: w.basis({
        number: template.resolutionNumber,
        issuedOn: issued
          ? `${String(issued.day).padStart(2, '0')}/${String(issued.month).padStart(2, '0')}/${issued.year}`
          : undefined,
        title: template.title,
        issuer,
      }),
    },
    { kind: 'section', text: w.sections.results },
    // One headline rule (../report-plan/headline): the main targets, then the tasks; at 6 and 9
    // months what is expected ("Dự kiến đạt và vượt …").
    ...headlineLines(headlineOf(report.period, report.results), lang).map((text): Paragraph => ({
      kind: 'headline',
      text: `${text}.`,
    })),
  ];
  for (const result of report.results) body.push({ kind: 'item', text: `- ${sentence(result, lang)}` });

  body.push({ kind: 'section', text: w.sections.limits });
  const shortfalls = report.results.filter((r) => isShortfall(r.status));
  if (shortfalls.length === 0) body.push({ kind: 'body', text: w.limits.none });
  for (const result of shortfalls) {
    body.push({
      kind: 'item',
      text: w.limits.item({
        name: result.indicator.name,
        value: shownValue(result.indicator, result.value, lang),
        target: shownTarget(result.indicator, lang),
        explanation: result.explanation?.trim() || undefined,
      }),
    });
  }
  body.push(
    { kind: 'section', text: w.sections.directions },
    { kind: 'fill', text: w.fill },
    { kind: 'fill', text: w.fill },
  );

  const superior = template.superior;
  const dateText = w.date(parseReportDate(details.date));
  return {
    header,
    kind: w.kind,
    summaryLine,
    body,
    signature: {
      onBehalf: w.signature.onBehalf,
      title: (template.signer?.title ?? w.signature.defaultTitle).toLocaleUpperCase('vi'),
      name: details.signerName?.trim() || template.signer?.name || null,
      hint: w.signature.hint,
    },
    recipients: {
      title: w.recipients.title,
      lines: template.recipients?.length
        ? template.recipients.map((line, i, all) =>
            `- ${line.replace(/^[-–]\s*/, '')}${i === all.length - 1 ? '.' : ','}`.replace(
              /[.,;]([.,])$/,
              '$1',
            ),
          )
        : [w.recipients.superior(superior), w.recipients.members, w.recipients.archive],
    },
    appendix: {
      heading: w.appendix.heading,
      title: w.appendix.title(summaryLine),
      reference: w.appendix.reference({ number: header.number, date: dateText, issuer }),
      columns:
        report.period === 'nam'
          ? w.appendix.columns
          : [...w.appendix.columns.slice(0, 5), w.appendix.estimate, ...w.appendix.columns.slice(5)],
      rows: appendixRows(report, lang),
    },
  };
}
