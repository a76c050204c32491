import { readToken } from '../numbers/decimal-token';
import { foldInPlace } from './fold';
import { COUNT_NOUNS, MEASURE_UNITS, REFERENCE_UNLESS_UNIT, REFERENCE_WORDS } from './vocabulary';

export type DraftOp = '>=' | '>' | '<=' | '<' | '=' | 'between';

/** One target figure found in a clause, with where it stands so the name can be cut around it. */
export interface FigureMatch {
  value: number;
  /** The upper end of a range (`95 - 97%`, `từ 5 đến 7`). */
  to?: number;
  /** The total of a share such as `04/09 thôn`. */
  of?: number;
  unit: string;
  /** A counted thing (`đảng viên`, `mô hình`): the value is a count. */
  counted: boolean;
  op: DraftOp | undefined;
  /** `giảm 2%`: a planned reduction, not a level. */
  reduction: boolean;
  /** From the cue word before the number to the end of the unit. */
  start: number;
  end: number;
  /** The direction is read from a word that does not say it outright (`đạt 96%`) or not written. */
  opGuessed: boolean;
}

const NUMBER = /(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)/g;
const HARD_REFERENCES = REFERENCE_WORDS.filter((word) => !REFERENCE_UNLESS_UNIT.includes(word));
const REFERENCE = new RegExp(`(?:^|[^a-z])(?:${HARD_REFERENCES.join('|')})\\s*[:.]?\\s*$`);
const REFERENCE_SOFT = new RegExp(`(?:^|[^a-z])(?:${REFERENCE_UNLESS_UNIT.join('|')})\\s*$`);
// `thứ 3`, `Số 15`: checked on the original text, since folded `thu` and `so` are common words.
const ORDINAL = /(?:^|[^\p{L}])(?:thứ|Thứ|Số|số hiệu)\s*:?\s*$/u;
const NUMBER_AFTER = /^\s*(?:-|–|—|đến|tới|den|toi)\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)/;

/** Cue words before a number, folded, and the comparison each one means. */
const CUES: [RegExp, DraftOp | 'reduction' | 'reached'][] = [
  [/(?:giam|xuong) (?:xuong )?duoi\s*$/, '<'],
  [/(?:giam con|giam xuong con|giam xuong|xuong con|con|khong qua|khong vuot qua|toi da|duoi muc)\s*$/, '<='],
  [/(?:^|\s)duoi\s*$/, '<'],
  [/(?:^|\s)(?:tren|hon|vuot)\s*$/, '>'],
  // `giảm từ 1% đến 1,5%`: the reduction is a range, not a level from 1%.
  [/(?:^|\s)giam(?: binh quan)?(?: hang nam| moi nam)? tu\s*$/, 'reduction'],
  [/(?:it nhat|toi thieu|(?:^|\s)tu|dat tu)\s*$/, '>='],
  [/(?:^|\s)(?:dat|dat muc|la)\s*$/, 'reached'],
  [/(?:^|\s)bang\s*$/, '='],
  [/(?:^|\s)giam(?: binh quan)?(?: hang nam| moi nam)?\s*$/, 'reduction'],
];

function value(token: string): number | undefined {
  const readings = readToken(token);
  return readings.find((r) => r.style === 'vi')?.value ?? readings[0]?.value;
}

const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const MEASURES = longestFirst(MEASURE_UNITS);
const NOUNS = longestFirst(COUNT_NOUNS);

function matchWords(folded: string, words: readonly string[]): string | undefined {
  return words.find((word) => folded.startsWith(word) && !/[a-z0-9]/.test(folded.charAt(word.length)));
}

/** The unit right after a number: `%`, `tỷ đồng`, `triệu đồng/người`, `đảng viên`… */
function unitAt(
  text: string,
  folded: string,
  at: number,
): { unit: string; counted: boolean; length: number } {
  const space = /^\s*/.exec(folded.slice(at))![0].length;
  const rest = folded.slice(at + space);
  if (rest.startsWith('%')) return { unit: '%', counted: false, length: space + 1 };
  const measure = matchWords(rest, MEASURES);
  if (measure) {
    const per = /^\s*\/\s*[a-z]+/.exec(rest.slice(measure.length));
    const length = measure.length + (per ? per[0].length : 0);
    return {
      unit: text.slice(at + space, at + space + length).replace(/\s*\/\s*/, '/'),
      counted: false,
      length: space + length,
    };
  }
  const noun = matchWords(rest, NOUNS);
  if (noun)
    return {
      unit: text.slice(at + space, at + space + noun.length).toLowerCase(),
      counted: true,
      length: space + noun.length,
    };
  return { unit: '', counted: false, length: 0 };
}

function isYear(token: string): boolean {
  return /^\d{4}$/.test(token) && Number(token) >= 1900 && Number(token) <= 2100;
}

/**
 * Finds the target figures of a clause (docs/design.md, "Drafting a template from the
 * resolution's text"), leaving out document numbers, dates, years, terms of office, road names and
 * ordinals: `128/NQ-CP`, `13/2/2018`, `năm 2022`, `2023 – 2028`, `542C`, `Covid19`, `con thứ 3`.
 */
export function findFigures(text: string): FigureMatch[] {
  const folded = foldInPlace(text);
  const found: FigureMatch[] = [];
  let skipUntil = -1;
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    if (start < skipUntil) continue;
    const token = match[1];
    let end = start + token.length;
    const before = folded.slice(0, start);
    const after = text.slice(end);
    // Glued to letters or digits (`Covid19`, `542C`, `12-CT/TU`, `128/NQ-CP`), or part of a date.
    if (/[\p{L}\d_]$/u.test(text.slice(0, start)) || /^[\p{L}]/u.test(after)) continue;
    if (
      /^-[\p{L}]/u.test(after) ||
      /^\/\s*[\p{L}]/u.test(after) ||
      /^\/\d+\/\d/.test(after) ||
      /[-/]$/.test(before)
    )
      continue;
    if (REFERENCE.test(before) || ORDINAL.test(text.slice(0, start))) continue;
    const range = NUMBER_AFTER.exec(after);
    if (isYear(token) && (range || !unitAt(text, folded, end).unit)) {
      if (range) skipUntil = end + range[0].length;
      continue;
    }
    const figure: FigureMatch = {
      value: value(token)!,
      unit: '',
      counted: false,
      op: undefined,
      reduction: false,
      start,
      end,
      opGuessed: false,
    };
    const share = /^\/(\d+)(?!\s*\/)/.exec(after);
    if (share) {
      figure.of = Number(share[1]);
      end += share[0].length;
    } else if (range && !isYear(range[1])) {
      figure.to = value(range[1]);
      end += range[0].length;
      figure.op = 'between';
    }
    const unit = unitAt(text, folded, end);
    if (!unit.unit && REFERENCE_SOFT.test(before)) continue;
    figure.unit = unit.unit;
    figure.counted = unit.counted;
    end += unit.length;
    // `1% đến 1,5%`, `5 tỷ đồng - 6 tỷ đồng`: a range whose ends both carry the unit.
    const unitRange =
      figure.to === undefined && figure.of === undefined && unit.unit
        ? NUMBER_AFTER.exec(text.slice(end))
        : null;
    if (unitRange && !isYear(unitRange[1])) {
      const second = unitAt(text, folded, end + unitRange[0].length);
      if (second.unit.toLocaleLowerCase('vi') === unit.unit.toLocaleLowerCase('vi')) {
        figure.to = value(unitRange[1]);
        figure.op = 'between';
        end += unitRange[0].length + second.length;
      }
    }
    // `giảm từ 3% xuống còn 2%`, `tăng từ 50% lên 60%`: the first figure is where it starts from.
    if (/^\s*(?:xuong|len|con)(?:\s+(?:con|duoi|tren|muc))?\s+\d/.test(folded.slice(end))) continue;
    // `trở lên` after the figure: at least.
    const orMore = /^\s*tro len/.exec(folded.slice(end));
    if (orMore) {
      end += orMore[0].length;
      figure.op = '>=';
    }
    const cue = CUES.map(([pattern, op]) => ({ found: pattern.exec(before), op })).find((c) => c.found);
    if (cue?.found) {
      figure.start = start - cue.found[0].trimStart().length;
      if (cue.op === 'reduction') figure.reduction = true;
      else if (cue.op === 'reached') figure.opGuessed = figure.op === undefined;
      else if (figure.op === undefined) figure.op = cue.op;
    }
    if (figure.op === undefined) figure.opGuessed = true;
    figure.end = end;
    skipUntil = end;
    found.push(figure);
  }
  return found;
}

const WORD_NUMBERS: Record<string, number> = { mot: 1, hai: 2, ba: 3 };
const AT_LEAST_WORD = /(?:ít nhất|tối thiểu|Ít nhất)\s+(một|hai|ba)(?=\s)/gu;

/** `ít nhất một mô hình`: a count written as a word, only after `ít nhất`, where it cannot be an article. */
export function findWordCounts(text: string): FigureMatch[] {
  const folded = foldInPlace(text);
  return [...text.matchAll(AT_LEAST_WORD)].map((match) => {
    const wordEnd = match.index + match[0].length;
    const unit = unitAt(text, folded, wordEnd);
    return {
      value: WORD_NUMBERS[foldInPlace(match[1])],
      unit: unit.unit,
      counted: true,
      op: '>=' as const,
      reduction: false,
      start: match.index,
      end: wordEnd + unit.length,
      opGuessed: false,
    };
  });
}
