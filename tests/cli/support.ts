import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/cli';
import { buildSheetPlan } from '../../src/core/sheet-plan';
import type { SheetLayout } from '../../src/core/sheet-plan/types';
import type { Template } from '../../src/core/template/types';
import { getBuiltInTemplate } from '../../src/templates';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as a user's shell would, with the output captured. */
export async function runCli(
  args: string[],
  cwd: string,
  options: { tty?: boolean; env?: Record<string, string> } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd,
  });
  return { code, stdout, stderr };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rt-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const hungTan = getBuiltInTemplate('hung-tan-2023')!;

/** Where the plan put things: the test fills cells the way a clerk would, by row and column. */
export function layoutOf(template: Template = hungTan): SheetLayout {
  return buildSheetPlan(template).layout;
}

export interface Editor {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  layout: SheetLayout;
  /** The input cell ("Thực hiện") of an indicator, as the sheet was written. */
  input: (id: string) => ExcelJS.Cell;
  cell: (id: string, column: keyof SheetLayout['columns']) => ExcelJS.Cell;
}

/** Opens a workbook the CLI wrote, lets the test edit it, and saves it again. */
export async function editWorkbook(
  file: string,
  edit: (editor: Editor) => void,
  template: Template = hungTan,
  out: string = file,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const layout = layoutOf(template);
  const sheet = workbook.worksheets.find((each) => each.state === 'visible')!;
  const rowOf = (id: string) => layout.rows.find((row) => row.indicatorId === id)!.row;
  const cell = (id: string, column: keyof SheetLayout['columns']) =>
    sheet.getCell(`${layout.columns[column]}${rowOf(id)}`);
  edit({ workbook, sheet, layout, input: (id) => cell(id, 'value'), cell });
  await workbook.xlsx.writeFile(out);
}

/** The figures a commune might report for 2023, typed as clerks type them. */
export function fillTypical(editor: Editor): void {
  const { input } = editor;
  input('gia-tri-san-xuat').value = 230.5;
  input('tang-truong-kinh-te').value = '8,67%';
  input('thu-nhap-binh-quan').value = '57.000.000';
  input('gia-dinh-van-hoa').value = 0.961;
  input('ho-ngheo').value = 0.0057;
  input('bhyt').value = 0.95;
  input('truong-tieu-hoc-chuan-2').value = 'Có';
  input('dang-bo-tsvm').value = 'Trong sạch vững mạnh';
  input('chinh-quyen').value = 'Hoàn thành xuất sắc nhiệm vụ';
  input('dang-vien-moi').value = 10;
}

/** Statuses the core gives those figures for the year (design.md, "Verdicts"). */
export const TYPICAL_STATUSES: Record<string, string> = {
  'gia-tri-san-xuat': 'exceeded',
  'tang-truong-kinh-te': 'missed',
  'thu-nhap-binh-quan': 'invalid',
  'gia-dinh-van-hoa': 'exceeded',
  'ho-ngheo': 'met',
  bhyt: 'missed',
  'truong-tieu-hoc-chuan-2': 'met',
  'dang-bo-tsvm': 'missed',
  'chinh-quyen': 'met',
  'dang-vien-moi': 'exceeded',
  'thu-ngan-sach': 'no-data',
};

/** Swaps two rows as a sort would: contents and styles move, formulas follow their row. */
export function swapRows(sheet: ExcelJS.Worksheet, a: number, b: number): void {
  const follow = (value: ExcelJS.CellValue, from: number, to: number): ExcelJS.CellValue => {
    if (value && typeof value === 'object' && 'formula' in value && value.formula) {
      return {
        formula: value.formula.replace(new RegExp(`(\\$?[A-Z]{1,3}\\$?)${from}(?!\\d)`, 'g'), `$1${to}`),
      };
    }
    return value;
  };
  const width = Math.max(sheet.getRow(a).cellCount, sheet.getRow(b).cellCount);
  for (let c = 1; c <= width; c++) {
    const x = sheet.getRow(a).getCell(c);
    const y = sheet.getRow(b).getCell(c);
    const [xv, xs, yv, ys] = [x.value, { ...x.style }, y.value, { ...y.style }];
    x.value = follow(yv, b, a);
    y.value = follow(xv, a, b);
    x.style = ys;
    y.style = xs;
  }
}
