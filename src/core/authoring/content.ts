import type { CheckReport } from '../check/types';
import { authoringCatalogFor } from '../i18n/authoring-catalog';
import { LANGS } from '../i18n/localized';
import { assessOf, sectionOf } from '../template/defaults';
import type { Indicator, Template } from '../template/types';
import {
  ASSESS_WORDS,
  BETTER_WORDS,
  DOCUMENT_KEYS,
  OP_WORDS,
  SCALE_SEPARATOR,
  SECTION_WORDS,
  TYPE_WORDS,
  type ColumnKey,
  type DocumentKey,
} from './layout';
import { decimalsOf } from './read-optional';
import { RULE_OP_WORDS, SEVERITY_WORDS, type RuleColumnKey } from './rule-layout';
import type { Rule } from '../rules/schema';

/** What one cell of the authoring sheet holds: a text, a number, or nothing. */
export type AuthoringValue = string | number | null;

/**
 * The values of an authoring sheet before they are laid out: the document block and one row per
 * indicator. Not necessarily a valid template: next year's sheet leaves every target empty.
 */
export interface AuthoringContent {
  document: Record<DocumentKey, AuthoringValue>;
  rows: Record<ColumnKey, AuthoringValue>[];
  /** The `Ràng buộc` table: one row per cross-indicator rule. */
  rules: Record<RuleColumnKey, AuthoringValue>[];
}

/** `2022-12-26` as a clerk writes it: `26/12/2022`. */
export function dateText(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

const isNumeric = (indicator: Indicator) => ['number', 'integer', 'percent'].includes(indicator.type);

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/** An authoring sheet with only its headers and guidance, for a clerk starting from nothing. */
export function emptyContent(): AuthoringContent {
  const document = Object.fromEntries(DOCUMENT_KEYS.map((key) => [key, null]));
  return { document: document as Record<DocumentKey, AuthoringValue>, rows: [], rules: [] };
}

export function documentOf(template: Template): Record<DocumentKey, AuthoringValue> {
  return {
    superior: orNull(template.superior),
    issuer: template.issuer,
    resolutionNumber: orNull(template.resolutionNumber),
    issuedOn: template.issuedOn ? dateText(template.issuedOn) : null,
    title: template.title,
    year: template.year,
    place: orNull(template.place),
    signerTitle: orNull(template.signer?.title),
    signerName: orNull(template.signer?.name),
    recipients: template.recipients?.length ? template.recipients.join(`${SCALE_SEPARATOR} `) : null,
  };
}

export function rowOf(indicator: Indicator): Record<ColumnKey, AuthoringValue> {
  const { target } = indicator;
  return {
    id: indicator.id,
    group: indicator.group,
    name: indicator.name,
    unit: indicator.unit || null,
    type: TYPE_WORDS[indicator.type],
    op: OP_WORDS[target.op],
    target: target.op === 'between' ? target.min : target.value,
    targetTo: target.op === 'between' ? target.max : null,
    baseline: orNull(indicator.baseline),
    assess: ASSESS_WORDS[assessOf(indicator)],
    section: SECTION_WORDS[sectionOf(indicator)],
    scale: indicator.scale ? indicator.scale.join(`${SCALE_SEPARATOR} `) : null,
    source: orNull(indicator.source),
    note: orNull(indicator.note),
    code: orNull(indicator.code),
    // Rounding means nothing to a yes/no or a rating: its cell stays empty unless set otherwise.
    decimals:
      isNumeric(indicator) || indicator.decimals !== decimalsOf(indicator.type) ? indicator.decimals : null,
    min: orNull(indicator.min),
    max: orNull(indicator.max),
    better: target.op === 'between' ? BETTER_WORDS[target.better] : null,
  };
}

/** A rule's row: both messages written out, so reading it back gives the same rule. */
export function ruleRowOf(rule: Rule): Record<RuleColumnKey, AuthoringValue> {
  return {
    id: rule.id,
    left: rule.left,
    op: RULE_OP_WORDS[rule.op],
    right: rule.right,
    tolerance: rule.tolerance,
    severity: SEVERITY_WORDS[rule.severity],
    vi: rule.message.vi,
    en: rule.message.en,
  };
}

/** The authoring sheet of an existing template, to edit it. */
export function contentOf(template: Template): AuthoringContent {
  return {
    document: documentOf(template),
    rows: template.indicators.map(rowOf),
    rules: (template.rules ?? []).map(ruleRowOf),
  };
}

/** `Tự soạn từ nghị quyết, cần kiểm tra:` and its English: how drafting's notes begin. */
const DRAFT_NOTE_OPENINGS = LANGS.map((lang) => {
  const empty = authoringCatalogFor(lang).draft.guessed([]);
  return empty.slice(0, empty.indexOf(':') + 1);
});

/** A note drafting wrote about this year's text: stale once the targets are next year's. */
function isDraftNote(note: string): boolean {
  return DRAFT_NOTE_OPENINGS.some((opening) => note.startsWith(opening));
}

/**
 * Next year's authoring sheet (docs/design.md, "The authoring sheet"): the same indicators and
 * document details, the year after, this year's figures as last year's, and every target left
 * empty for the new resolution to fill. The old resolution's number and date do not carry over,
 * nor its sentences or what drafting guessed from them; a clerk's own note does.
 */
export function nextYearContent(
  template: Template,
  figures: ReadonlyMap<string, number | string | null>,
): AuthoringContent {
  const document = documentOf(template);
  return {
    document: {
      ...document,
      year: template.year + 1,
      resolutionNumber: null,
      issuedOn: null,
      title: template.title.replace(String(template.year), String(template.year + 1)),
    },
    rows: template.indicators.map((indicator) => ({
      ...rowOf(indicator),
      target: null,
      targetTo: null,
      baseline: figures.get(indicator.id) ?? null,
      source: null,
      note: indicator.note && !isDraftNote(indicator.note) ? indicator.note : null,
    })),
    // The rules name indicators by id, and the ids carry over.
    rules: (template.rules ?? []).map(ruleRowOf),
  };
}

/**
 * Next year's authoring sheet from this year's checked figures: each indicator's figure as the
 * check read it (percent indicators in percent units, ratings as the scale's words).
 */
export function nextYearFromReport(template: Template, report: CheckReport): AuthoringContent {
  const figures = new Map(report.results.map((result) => [result.indicator.id, result.value]));
  return nextYearContent(template, figures);
}
