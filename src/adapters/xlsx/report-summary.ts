import ExcelJS from 'exceljs';
import type { Status } from '../../core/check/types';
import type { PlainTable, SummaryWorkbookTables } from '../../core/report-plan';
import { STATUS_STYLE } from '../../core/verdict/status';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** Excel's sheet names: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').trim();
  let name = Array.from(clean).slice(0, 31).join('');
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name =
      Array.from(clean)
        .slice(0, 31 - suffix.length)
        .join('') + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

// Each row is committed as it is written: a streamed sheet then keeps none of them in memory (in
// a workbook held in memory, committing a row does nothing).
function addTable(workbook: ExcelJS.Workbook, name: string, table: PlainTable, streamed: boolean): void {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  sheet.columns = table.headers.map((title, i) => {
    const texts = [title, ...table.rows.map((cells) => cells[i])].map((cell) => String(cell ?? ''));
    return { width: Math.min(48, Math.max(6, ...texts.map((text) => text.length + 2))) };
  });
  sheet.autoFilter = {
    from: { row: 3, column: 1 },
    to: { row: 3 + table.rows.length, column: table.headers.length },
  };
  const title = sheet.getRow(1);
  title.getCell(1).value = table.title;
  title.getCell(1).font = { bold: true, size: 13 };
  title.commit();
  const header = sheet.getRow(3);
  header.values = table.headers;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  table.rows.forEach((cells, i) => {
    const row = sheet.getRow(4 + i);
    // An empty cell is left out, as the streaming writer leaves it, so both writers' files agree.
    row.values = cells.map((cell) => (cell === '' ? null : cell));
    colour(row, table.statuses[i], table.headers.length);
    row.commit();
  });
  if (streamed) sheet.commit();
}

function colour(row: ExcelJS.Row, status: Status | null, width: number): void {
  const colours = status ? STATUS_STYLE[status] : undefined;
  if (!colours) return;
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colours.fill) } };
    cell.font = { color: { argb: argb(colours.fontColor) } };
  }
}

/**
 * The district's consolidated workbook: the overview sheet, then one sheet per indicator across
 * the communes, coloured like the standard sheet (red missed, green exceeded, amber to check).
 */
function addSummarySheets(
  workbook: ExcelJS.Workbook,
  tables: SummaryWorkbookTables,
  streamed: boolean,
): void {
  workbook.creator = 'resolution-targets';
  const taken = new Set<string>();
  addTable(workbook, sheetName(tables.summaryName, taken), tables.summary, streamed);
  for (const { name, table } of tables.named) addTable(workbook, sheetName(name, taken), table, streamed);
  tables.perIndicator.forEach((table, i) =>
    addTable(
      workbook,
      sheetName(`${i + 1}. ${table.title.split(' — ')[1] ?? table.title}`, taken),
      table,
      streamed,
    ),
  );
}

/** The consolidated workbook as bytes, for the web page (ExcelJS's browser build cannot stream). */
export async function summaryWorkbookBytes(tables: SummaryWorkbookTables): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  addSummarySheets(workbook, tables, false);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Writes the consolidated workbook to `file` for `check --summary`, streamed row by row so that
 * the file costs little memory however many communes it holds; the same sheets as the page's.
 */
export async function writeSummaryWorkbook(file: string, tables: SummaryWorkbookTables): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  addSummarySheets(workbook, tables, true);
  await workbook.commit();
}
