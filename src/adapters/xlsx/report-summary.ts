import ExcelJS from 'exceljs';
import type { Status } from '../../core/check/types';
import type { PlainTable } from '../../core/report-plan';
import { COLOURS } from '../../core/sheet-plan/highlights';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const STATUS_COLOURS = new Map(COLOURS.map(([status, colours]) => [status, colours]));

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

function addTable(workbook: ExcelJS.Workbook, name: string, table: PlainTable): void {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  sheet.getCell('A1').value = table.title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  const header = sheet.getRow(3);
  header.values = table.headers;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  table.rows.forEach((cells, i) => {
    const row = sheet.getRow(4 + i);
    row.values = cells.map((cell) => cell ?? '');
    colour(row, table.statuses[i], table.headers.length);
  });
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(
      ...[table.headers[i], ...table.rows.map((cells) => cells[i])].map((cell) => String(cell ?? '').length),
    );
    column.width = Math.min(48, Math.max(6, longest + 2));
  });
  sheet.autoFilter = {
    from: { row: 3, column: 1 },
    to: { row: 3 + table.rows.length, column: table.headers.length },
  };
}

function colour(row: ExcelJS.Row, status: Status | null, width: number): void {
  const colours = status ? STATUS_COLOURS.get(status) : undefined;
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
export async function summaryWorkbook(
  summary: PlainTable,
  perIndicator: PlainTable[],
  summaryName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'resolution-targets';
  const taken = new Set<string>();
  addTable(workbook, sheetName(summaryName, taken), summary);
  perIndicator.forEach((table, i) =>
    addTable(workbook, sheetName(`${i + 1}. ${table.title.split(' — ')[1] ?? table.title}`, taken), table),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
