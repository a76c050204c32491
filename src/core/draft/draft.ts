import { slugOf, uniqueId } from '../authoring/slug';
import { authoringCatalogFor } from '../i18n/authoring-catalog';
import type { Lang } from '../i18n/localized';
import type { DraftTexts } from '../i18n/vi/draft';
import { loadTemplate } from '../template/load';
import { HIDDEN_CHARACTERS, indicatorSchema } from '../template/schema';
import { TEMPLATE_FORMAT, type Template, type TemplateInput } from '../template/types';
import { assessOf, guessGroup, isFalling, typeOf } from './classify';
import { clausesOf, type Clause } from './clauses';
import { readDocument } from './document';
import { foldInPlace } from './fold';
import { findFigures, findWordCounts, type FigureMatch } from './numbers';
import { proposeRules, type Tie } from './rules';
import { placeLines, type Part } from './structure';
import { RATING_LEVELS, RECOGNITION } from './vocabulary';
import { ASSESS_WORDS, TYPE_WORDS } from '../authoring/layout';

type IndicatorInput = TemplateInput['indicators'][number];
type Row = Omit<IndicatorInput, 'id'>;

const MAX_NAME = 300;
const HIDDEN_GLOBAL = new RegExp(HIDDEN_CHARACTERS.source, 'g');

/** A drafted template, or why none could be made. */
export type DraftResult = { ok: true; template: Template } | { ok: false; reason: 'no-targets' | 'no-year' };

export interface DraftOptions {
  lang?: Lang;
  /** The year when the text names none (`… năm 2024`); the caller decides, the core has no clock. */
  fallbackYear?: number;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Tidies a name cut from a sentence: no cue words or punctuation left at its ends. */
function tidy(name: string): string {
  const tidied = name
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/[“"]\s+/g, '“')
    .replace(/\s+/g, ' ')
    .replace(/^\/\s*\p{L}+/u, '')
    .replace(/^(?:[-–:,.]|\s|(?:phấn đấu|Phấn đấu|trong đó|Trong đó|và|đạt|là)(?!\p{L}))+/u, '');
  return trimTrailingCues(tidied).trim();
}

const TRAILING_CUE = /(^|[^\p{L}])(?:đạt|là|và|ở mức|bằng|trên|dưới|từ|còn|giảm|tăng)$/u;

/**
 * Drops cue words and punctuation from the end, one at a time; a cue word counts only as a whole
 * word. A loop rather than a lookbehind: the web page's bundle must parse as ES2017.
 */
function trimTrailingCues(text: string): string {
  for (;;) {
    const next = text.replace(/[-–:,.\s]+$/u, '').replace(TRAILING_CUE, '$1');
    if (next === text) return text;
    text = next;
  }
}

/** `giảm từ 3% (xuống còn)`: the level it starts from is no part of the name (the cue may be the figure's). */
const FROM_LEVEL =
  /(?:\s+(?:giảm|tăng|nâng))?\s+từ\s+\d[\d.,]*\s*(?:%|\p{L}+(?:\s\p{L}+)?)?(?:\s*(?:xuống|lên)(?:\s+(?:còn|mức))?)?\s*$/u;

function nameOf(clause: string, figure: FigureMatch, lead: string): string {
  const before = clause.slice(0, figure.start).replace(FROM_LEVEL, ' ');
  let after = clause.slice(figure.end);
  // `Tỷ lệ hộ nghèo: 1,1%` or `Số trường đạt chuẩn: 04 trường` name the target before the figure;
  // `Phát triển 08 đảng viên mới`, `xóa 100% nhà tạm` name it with the words after it.
  const labelled = /:\s*$/.test(before);
  const verbOnly = tidy(before).split(' ').filter(Boolean).length <= 2;
  const wordsAfter = !labelled && (figure.counted || verbOnly);
  if (!wordsAfter) after = /^\s*\(/.test(after) ? after : '';
  else after = after.split(/[,;]/)[0];
  const unit = wordsAfter && figure.counted ? figure.unit : '';
  const own = [tidy(before), unit, tidy(after)].filter(Boolean).join(' ');
  const named = tidy(before) === '' && lead ? `${lead} ${own}` : own;
  return capitalise(named || tidy(clause) || figure.unit || '?').slice(0, MAX_NAME);
}

interface Piece {
  text: string;
  figure: FigureMatch;
}

/** Cuts a clause with several figures into one piece per figure, at the comma or `và` between them. */
function pieces(clause: string, figures: FigureMatch[]): Piece[] {
  const result: Piece[] = [];
  let from = 0;
  figures.forEach((figure, i) => {
    const next = figures[i + 1];
    let to = clause.length;
    if (next) {
      const between = clause.slice(figure.end, next.start);
      const cut = Math.max(between.lastIndexOf(','), between.lastIndexOf(' và '));
      to = cut >= 0 ? figure.end + cut : next.start;
    }
    const lead = /^(?:[,\s]|và\s)*/u.exec(clause.slice(from, to))![0].length;
    const at = from + lead;
    const shift = (n: number) => n - at;
    result.push({
      text: clause.slice(at, to),
      figure: {
        ...figure,
        start: shift(figure.start),
        end: shift(figure.end),
      },
    });
    from = to;
  });
  return result;
}

interface Drafted {
  row: Row;
  guesses: string[];
}

/** `…, trong đó lúa 507 ha`: the piece opens the parts of the figure before it. */
const PARTS_CUE = /^\s*(?:,\s*)?trong đó/iu;

function numericRow(
  clause: Clause,
  text: string,
  figure: FigureMatch,
  lead: string,
  partOf: string | undefined,
  t: DraftTexts,
): Drafted {
  const guesses: string[] = [];
  // A part keeps its own words (`lúa`); its note and the proposed rule name the whole.
  let name = nameOf(text, figure, partOf ? '' : lead);
  if (clause.structure) {
    name = `${clause.structure}: ${name.charAt(0).toLocaleLowerCase('vi')}${name.slice(1)}`;
    guesses.push(t.structure(clause.structure));
  }
  if (partOf) guesses.push(t.partOf(partOf));
  const type = typeOf(figure);
  const falling = isFalling(name);
  let target: Row['target'];
  if (figure.op === 'between' && figure.to !== undefined) {
    const [min, max] = figure.value <= figure.to ? [figure.value, figure.to] : [figure.to, figure.value];
    target = { op: 'between', min, max, better: falling && !figure.reduction ? 'lower' : 'higher' };
  } else {
    let op =
      figure.op === 'between' || figure.op === undefined
        ? falling && !figure.reduction
          ? '<='
          : '>='
        : figure.op;
    if (figure.opGuessed && falling && !figure.reduction) op = '<=';
    if (figure.opGuessed)
      guesses.push(
        falling && op === '<=' ? t.opFalling : figure.op === undefined ? t.opDefault(op) : t.opReached(op),
      );
    target = { op, value: figure.value };
  }
  if (figure.of !== undefined) guesses.push(t.share(figure.of, figure.unit));
  if (figure.reduction) guesses.push(t.reduction);
  if (!figure.unit) guesses.push(t.unitMissing);
  const unit = type === 'percent' ? '%' : figure.unit;
  const assess = assessOf(name, type, unit);
  guesses.push(t.type(TYPE_WORDS[type]), t.assess(ASSESS_WORDS[assess]));
  const row: Row = { group: '', name, unit, type, target, decimals: type === 'integer' ? 0 : 2, assess };
  if (assess === 'cumulative') row.accumulates = true;
  return { row, guesses };
}

const RATING =
  /(hoàn thành xuất sắc nhiệm vụ|hoàn thành tốt nhiệm vụ|htxsnv|httnv|tsvm tiêu biểu|trong sạch,? vững mạnh tiêu biểu|trong sạch,? vững mạnh|tsvm)/iu;
const YES_NO = /(đạt chuẩn|danh hiệu|công nhận)/iu;
// A congress to hold is a task; a main-target part names congresses only as its own occasion.
const CONGRESS = /đại hội/iu;
// `thực hiện Nghị quyết Đại hội Đảng bộ…` refers to a past congress, not one to hold.
const CITED = /nghị quyết\s+(?:đại hội|[^;,.]*?đại hội)[^;,.]*/giu;

function wordRow(text: string, part: Part, t: DraftTexts): Drafted | undefined {
  const rating = RATING.exec(text);
  // The level ends the clause (`… hoàn thành xuất sắc nhiệm vụ`), unlike `hoàn thành tốt nhiệm vụ huấn luyện`.
  if (rating && /^[\s.,;!]*(?:trở lên)?[\s.,;!]*$/u.test(text.slice(rating.index + rating[0].length))) {
    const subject = tidy(
      text
        .slice(0, rating.index)
        .replace(/(?:phấn đấu|giữ vững|được xếp loại|xếp loại|được suy tôn|đạt|là)/giu, ' '),
    );
    const word = foldInPlace(rating[1]);
    const recognition = word.includes('tieu bieu') || word === 'tsvm' || word.includes('trong sach');
    const scale = recognition ? [RECOGNITION, ...RATING_LEVELS] : RATING_LEVELS;
    const level = recognition
      ? RECOGNITION
      : word.includes('tot') || word === 'httnv'
        ? RATING_LEVELS[1]
        : RATING_LEVELS[0];
    const guesses = [t.rating];
    if (/,| và /u.test(subject)) guesses.push(t.ratingGroup);
    const name = capitalise(`Xếp loại ${subject || text}`).slice(0, MAX_NAME);
    return {
      row: {
        group: '',
        name,
        unit: '',
        type: 'rating',
        scale,
        target: { op: '>=', value: level },
        assess: 'year-end',
      },
      guesses,
    };
  }
  const uncited = text.replace(CITED, '');
  if (YES_NO.test(uncited) || (part === 'task' && CONGRESS.test(uncited))) {
    const congress = /đại hội/iu.exec(uncited);
    const name = capitalise(tidy(congress ? uncited.slice(congress.index) : text)).slice(0, MAX_NAME);
    return {
      row: { group: '', name, unit: '', type: 'yesno', target: { op: '=', value: 'Có' }, assess: 'year-end' },
      guesses: [t.yesNo],
    };
  }
  return undefined;
}

/** Figures that are part of a name (`trẻ em dưới 5 tuổi`) rather than a target, when another has a unit. */
function targetsOf(text: string): FigureMatch[] {
  const figures = [...findFigures(text), ...findWordCounts(text)].sort((a, b) => a.start - b.start);
  if (!figures.some((f) => f.unit)) return figures;
  return figures.filter((f) => f.unit || f.of !== undefined || !/^\s*\p{L}/u.test(text.slice(f.end)));
}

/**
 * Drafts a template from a resolution's text (docs/design.md, "Drafting a template from the
 * resolution's text"): rule-based and offline. Each row keeps its exact sentence as `source` and
 * says in `note` what was guessed. The result is a valid template, to be checked by the clerk in
 * the authoring sheet.
 */
export function draftTemplate(raw: string, options: DraftOptions = {}): DraftResult {
  const t = authoringCatalogFor(options.lang ?? 'vi').draft;
  // Hidden characters (zero-width spaces pasted from the web, tabs) would make the template invalid.
  const text = raw
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(HIDDEN_GLOBAL, ' ').replace(/\s+/g, ' ').trim())
    .join('\n');
  const placed = placeLines(text);
  const document = readDocument(text.split('\n').filter(Boolean));
  const rows: { row: Row; guesses: string[]; source: string; groupGiven: string; part: Part }[] = [];
  const ties: Tie[] = [];
  for (const line of placed) {
    if (line.part === 'skip') continue;
    const structures = new Map<string, number[]>();
    for (const clause of clausesOf(line.text)) {
      const figures = targetsOf(clause.text);
      const group = clause.group ?? line.group;
      const add = (drafted: Drafted) =>
        rows.push({
          ...drafted,
          source: clause.structure ? line.text.replace(/^[-+•*–]\s*/, '') : clause.text,
          groupGiven: group,
          part: line.part,
        });
      if (figures.length === 0) {
        const drafted = wordRow(clause.text, line.part, t);
        if (drafted) add(drafted);
        continue;
      }
      let lead = '';
      // `772 ha, trong đó: lúa 507 ha, cây màu 265 ha`: the pieces from `trong đó` on are parts
      // of the whole before them (the row's name: `Phát triển đảng viên mới`, not `Phát triển`).
      let inParts = false;
      let wholeName = '';
      let total: number | undefined;
      const parts: number[] = [];
      for (const piece of pieces(clause.text, figures)) {
        // `ít nhất 01 làng …, 01 làng …`: a figure with no words of its own shares the first one's.
        const bare = piece.figure.start === 0 && figures[0].op !== undefined && piece.figure.op === undefined;
        const figure = bare
          ? { ...piece.figure, op: figures[0].op, opGuessed: figures[0].opGuessed }
          : piece.figure;
        inParts = inParts || (wholeName !== '' && PARTS_CUE.test(piece.text));
        const drafted = numericRow(clause, piece.text, figure, lead, inParts ? wholeName : undefined, t);
        if (!lead) lead = tidy(piece.text.slice(0, piece.figure.start)) || drafted.row.name;
        if (!inParts) wholeName = drafted.row.name;
        add(drafted);
        if (inParts) parts.push(rows.length - 1);
        else total = rows.length - 1;
        if (clause.structure)
          structures.set(clause.structure, [...(structures.get(clause.structure) ?? []), rows.length - 1]);
      }
      if (total !== undefined && parts.length > 0) ties.push({ kind: 'parts', total, parts });
    }
    for (const [whole, parts] of structures) ties.push({ kind: 'structure', whole, parts });
  }

  const taken = new Set<string>();
  const indicators: IndicatorInput[] = rows.map(({ row, guesses, source, groupGiven, part }) => {
    const group = groupGiven || guessGroup(`${row.name} ${source}`);
    const notes = groupGiven ? guesses : [...guesses, t.group(group)];
    const indicator: IndicatorInput = {
      id: uniqueId(slugOf(row.name) || 'chi-tieu', taken),
      ...row,
      group,
      section: part === 'task' ? 'task' : 'main',
      source: source.slice(0, 2000),
      note: t.guessed(notes).slice(0, 2000),
    };
    return indicator;
  });

  const year = document.year ?? options.fallbackYear;
  if (year === undefined) return { ok: false, reason: 'no-year' };
  // A row the schema would refuse (a figure outside every bound) is left for the clerk to add.
  const valid = indicators.filter((indicator) => indicatorSchema.safeParse(indicator).success);
  if (valid.length === 0) return { ok: false, reason: 'no-targets' };
  const input: TemplateInput = {
    format: TEMPLATE_FORMAT,
    id: `${slugOf(document.place ?? document.issuer ?? '', 59) || 'nghi-quyet'}-${year}`,
    title: (document.title ?? t.titleMissing).slice(0, 500),
    issuer: (document.issuer ?? t.issuerMissing).slice(0, 200),
    year,
    baselineYear: year - 1,
    indicators: valid,
  };
  if (document.superior) input.superior = document.superior.slice(0, 200);
  if (document.place) input.place = document.place.slice(0, 100);
  if (document.issuedOn) input.issuedOn = document.issuedOn;
  if (document.resolutionNumber) input.resolutionNumber = document.resolutionNumber.slice(0, 60);
  const kept = new Set(valid);
  const rules = proposeRules(
    ties,
    indicators.map((indicator) => (kept.has(indicator) ? indicator : undefined)),
  );
  if (rules.length > 0) input.rules = rules;
  let loaded = loadTemplate(input);
  // A proposed rule never costs the draft: without the rules, the targets alone.
  if (!loaded.ok && input.rules) loaded = loadTemplate({ ...input, rules: undefined });
  return loaded.ok ? { ok: true, template: loaded.template } : { ok: false, reason: 'no-targets' };
}
