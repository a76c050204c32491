import { foldLevel, ID_PATTERN, templateSchema } from '../template/schema';
import { problemsFromIssues } from '../template/problems';
import { TEMPLATE_FORMAT, type Template, type TemplateInput } from '../template/types';
import { error, type AuthoringFinding } from './findings';
import { address, GridIndex, type Grid } from './grid';
import {
  COLUMN_OF,
  DOCUMENT_KEYS,
  DOCUMENT_LABELS,
  HEADERS,
  REQUIRED_COLUMN_KEYS,
  SCALE_SEPARATOR,
  type ColumnKey,
  type DocumentKey,
} from './layout';
import { findOptionalColumns, type OptionalColumns } from './read-optional';
import { readRow, type RowReading } from './read-row';
import { readRules, rulesTitleRow } from './read-rules';
import { RULE_COLUMN_OF, type RuleColumnKey } from './rule-layout';
import { slugOf, uniqueId } from './slug';
import { readDate, readYear } from './values';

export type AuthoringReading =
  | { ok: true; template: Template; findings: AuthoringFinding[] }
  | { ok: false; findings: AuthoringFinding[] };

const fold = (text: string) => foldLevel(text.normalize('NFKC'));

/**
 * Reads an authoring sheet (docs/design.md, "The authoring sheet") into a `resolution-targets/v1`
 * template, with the rules of its `Ràng buộc` table (./read-rules.ts). Every problem is a finding naming its cell; the template is given only when there is
 * no error. Never throws, whatever the grid holds.
 */
export function readAuthoringSheet(grid: Grid): AuthoringReading {
  const index = new GridIndex(grid);
  const headerRow = findHeaderRow(index);
  if (headerRow === undefined) return { ok: false, findings: [error('noTable', {})] };

  const findings: AuthoringFinding[] = [];
  for (const key of REQUIRED_COLUMN_KEYS) {
    const cell = address(COLUMN_OF[key], headerRow);
    const found = index.text(cell);
    if (found.normalize('NFC') !== HEADERS[key])
      findings.push(error('badHeader', { cell, expected: HEADERS[key], found }));
  }

  const document = readDocument(index, headerRow, findings);
  const titleRow = rulesTitleRow(index, headerRow);
  const optional = findOptionalColumns(index, headerRow);
  const { indicators, cells, unread } = readTable(index, headerRow, titleRow, optional, findings);
  if (indicators.length === 0 && !findings.some((f) => f.severity === 'error'))
    findings.push(error('noIndicators', {}));
  // A rule naming a row that has an error of its own is not told the id is unknown as well.
  const named = [...indicators, ...unread.map((id) => ({ id, name: id, type: 'number', baseline: 0 }))];
  const rules = titleRow === undefined ? undefined : readRules(index, titleRow, named, findings);
  if (findings.some((f) => f.severity === 'error') || !document) return { ok: false, findings };

  const { rows: documentRows, ...fields } = document;
  const input: TemplateInput = { format: TEMPLATE_FORMAT, ...fields, indicators };
  if (rules?.rules.length) input.rules = rules.rules;
  const parsed = templateSchema.safeParse(input);
  if (parsed.success) return { ok: true, template: parsed.data, findings };
  for (const issue of parsed.error.issues) {
    const [first] = problemsFromIssues([issue], input);
    const cell = cellOfPath(
      issue.path,
      { ...COLUMN_OF, ...optional },
      cells,
      documentRows,
      rules?.rows ?? [],
    );
    findings.push({
      severity: 'error',
      ...(cell ? { cell } : {}),
      message: {
        vi: cell ? `Ô ${cell}: ${first.message.vi}` : first.message.vi,
        en: cell ? `Cell ${cell}: ${first.message.en}` : first.message.en,
      },
    });
  }
  return { ok: false, findings };
}

function findHeaderRow(index: GridIndex): number | undefined {
  for (let row = 1; row <= index.lastRow; row++) {
    if (
      fold(index.text(`A${row}`)) === fold(HEADERS.id) &&
      fold(index.text(`C${row}`)) === fold(HEADERS.name)
    ) {
      return row;
    }
  }
  return undefined;
}

type DocumentFields = Omit<TemplateInput, 'format' | 'indicators'> & {
  rows: Partial<Record<DocumentKey, number>>;
};

function readDocument(
  index: GridIndex,
  headerRow: number,
  findings: AuthoringFinding[],
): DocumentFields | null {
  const rows: Partial<Record<DocumentKey, number>> = {};
  for (let row = 1; row < headerRow; row++) {
    const label = fold(index.text(`A${row}`));
    const key = DOCUMENT_KEYS.find((k) => fold(DOCUMENT_LABELS[k]) === label);
    if (key && rows[key] === undefined) rows[key] = row;
  }
  for (const key of DOCUMENT_KEYS) {
    if (rows[key] === undefined) findings.push(error('missingLabel', { label: DOCUMENT_LABELS[key] }));
  }
  const cellOf = (key: DocumentKey) => (rows[key] === undefined ? undefined : `B${rows[key]}`);
  const text = (key: DocumentKey) => {
    const cell = cellOf(key);
    return cell ? index.text(cell) : '';
  };
  const issuer = text('issuer');
  const title = text('title');
  if (rows.issuer !== undefined && !issuer)
    findings.push(error('required', { cell: `B${rows.issuer}`, what: 'issuer' }));
  if (rows.title !== undefined && !title)
    findings.push(error('required', { cell: `B${rows.title}`, what: 'title' }));

  let year: number | undefined;
  const yearCell = cellOf('year');
  if (yearCell) {
    const read = readYear(index.get(yearCell));
    if (read === null) findings.push(error('required', { cell: yearCell, what: 'year' }));
    else if (read === undefined)
      findings.push(error('badYear', { cell: yearCell, text: index.text(yearCell) }));
    else year = read;
  }
  let issuedOn: string | undefined;
  const dateCell = cellOf('issuedOn');
  if (dateCell) {
    const read = readDate(index.get(dateCell));
    if (read === undefined) findings.push(error('badDate', { cell: dateCell, text: index.text(dateCell) }));
    else if (read !== null) issuedOn = read;
  }
  if (year === undefined || findings.some((f) => f.severity === 'error')) return null;

  const place = text('place');
  const document: DocumentFields = {
    // The sheet has no id of its own: the place and the year name a commune's resolution.
    id: `${slugOf(place || issuer, 59) || 'nghi-quyet'}-${year}`,
    title,
    issuer,
    year,
    baselineYear: year - 1,
    rows,
  };
  const superior = text('superior');
  const number = text('resolutionNumber');
  const signerTitle = text('signerTitle');
  const signerName = text('signerName');
  const recipients = text('recipients')
    .split(SCALE_SEPARATOR)
    .map((each) => each.trim())
    .filter(Boolean);
  if (superior) document.superior = superior;
  if (place) document.place = place;
  if (issuedOn) document.issuedOn = issuedOn;
  if (number) document.resolutionNumber = number;
  if (signerTitle)
    document.signer = signerName ? { title: signerTitle, name: signerName } : { title: signerTitle };
  if (recipients.length) document.recipients = recipients;
  return document;
}

function readTable(
  index: GridIndex,
  headerRow: number,
  endRow: number | undefined,
  optional: OptionalColumns,
  findings: AuthoringFinding[],
) {
  const letters = [...REQUIRED_COLUMN_KEYS.map((key) => COLUMN_OF[key]), ...Object.values(optional)];
  const indicators: TemplateInput['indicators'] = [];
  const cells: { row: number }[] = [];
  const pending: RowReading[] = [];
  let group = '';
  for (let row = headerRow + 1; row <= (endRow ?? index.lastRow + 1) - 1; row++) {
    if (letters.every((letter) => index.isEmpty(address(letter, row)))) continue;
    const reading = readRow(index, row, group, optional);
    findings.push(...reading.findings);
    if (reading.indicator) group = reading.indicator.group;
    else if (index.text(`B${row}`)) group = index.text(`B${row}`);
    pending.push(reading);
  }

  // Written ids are claimed first, so an id made from a name never takes one the clerk chose.
  const taken = new Set<string>();
  const firstCell = new Map<string, string>();
  for (const { row, givenId } of pending) {
    if (!givenId) continue;
    const cell = `A${row}`;
    if (!ID_PATTERN.test(givenId) || givenId.length > 64) {
      findings.push(error('badId', { cell, text: givenId, suggestion: slugOf(givenId) || 'chi-tieu-1' }));
    } else if (firstCell.has(givenId)) {
      findings.push(error('duplicateId', { cell, id: givenId, first: firstCell.get(givenId)! }));
    } else {
      firstCell.set(givenId, cell);
      taken.add(givenId);
    }
  }
  for (const { row, givenId, indicator } of pending) {
    if (!indicator) continue;
    let id = givenId;
    if (!id) {
      const base = slugOf(indicator.name);
      if (!base) {
        findings.push(error('noName', { cell: `A${row}` }));
        continue;
      }
      id = uniqueId(base, taken);
    }
    indicators.push({ id, ...indicator });
    cells.push({ row });
  }
  const unread = pending.filter((p) => !p.indicator && p.givenId).map((p) => p.givenId);
  return { indicators, cells, unread };
}

const FIELD_COLUMN: Record<string, ColumnKey> = {
  id: 'id',
  group: 'group',
  name: 'name',
  unit: 'unit',
  type: 'type',
  target: 'target',
  baseline: 'baseline',
  scale: 'scale',
  assess: 'assess',
  accumulates: 'assess',
  section: 'section',
  source: 'source',
  note: 'note',
  code: 'code',
  decimals: 'decimals',
  min: 'min',
  max: 'max',
};

const DOCUMENT_FIELD: Record<string, DocumentKey> = {
  title: 'title',
  issuer: 'issuer',
  superior: 'superior',
  place: 'place',
  issuedOn: 'issuedOn',
  resolutionNumber: 'resolutionNumber',
  signer: 'signerTitle',
  recipients: 'recipients',
  year: 'year',
  baselineYear: 'year',
  id: 'place',
};

/** The cell a schema issue is about: the row's column for an indicator's field, B for the document. */
function cellOfPath(
  path: readonly PropertyKey[],
  columns: Partial<Record<ColumnKey, string>>,
  cells: { row: number }[],
  rows: Partial<Record<DocumentKey, number>>,
  ruleRows: number[],
): string | undefined {
  if (path[0] === 'rules' && typeof path[1] === 'number') {
    const row = ruleRows[path[1]];
    const field = String(path[2] ?? 'left');
    const key = field === 'message' ? (path[3] === 'en' ? 'en' : 'vi') : field;
    const column = RULE_COLUMN_OF[key as RuleColumnKey] ?? RULE_COLUMN_OF.left;
    return row === undefined ? undefined : `${column}${row}`;
  }
  if (path[0] === 'indicators' && typeof path[1] === 'number') {
    const row = cells[path[1]]?.row;
    if (row === undefined) return undefined;
    const field = String(path[2] ?? 'name');
    const part = path[3];
    const column =
      field === 'target' && part === 'max'
        ? 'targetTo'
        : field === 'target' && part === 'op'
          ? 'op'
          : field === 'target' && part === 'better'
            ? 'better'
            : (FIELD_COLUMN[field] ?? 'name');
    // An optional column absent from the sheet gave no value, so no issue is about it.
    return `${columns[column] ?? COLUMN_OF.name}${row}`;
  }
  const key = DOCUMENT_FIELD[String(path[0])];
  const row = key ? rows[key] : undefined;
  return row === undefined ? undefined : `B${row}`;
}
