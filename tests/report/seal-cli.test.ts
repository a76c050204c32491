import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { formatLocalTime } from '../../src/core/time/local-time';
import { editWorkbook, fillTypical, runCli, tempDir, type Editor } from '../cli/support';

interface SealJson {
  status: string;
  sealedAt: string | null;
  changed: string[];
}

const { dir, cleanup } = tempDir();
const file = (name: string) => path.join(dir, name);
afterAll(cleanup);

/** The typical figures with the unit slip corrected: no error remains, so the file may be sealed. */
function fillClean(editor: Editor): void {
  fillTypical(editor);
  editor.input('thu-nhap-binh-quan').value = 57;
  // "8,67%" typed again as a number: a figure stored as text is never sealed.
  editor.input('tang-truong-kinh-te').value = 0.0867;
  editor.cell('bhyt', 'explanation').value = 'Một số hộ chưa gia hạn thẻ';
}

async function sealOf(
  name: string,
  lang = 'vi',
): Promise<{ code: number; seals: SealJson[]; stdout: string }> {
  const json = await runCli(['check', name, '--json', '--lang', lang], dir);
  const text = await runCli(['check', name, '--lang', lang], dir);
  const reports = JSON.parse(json.stdout) as { seal: SealJson }[];
  return { code: json.code, seals: reports.map((report) => report.seal), stdout: text.stdout };
}

/** Every cell of every sheet the clerk's file had: value, formula, format, style, plus sheet settings. */
async function contentOf(name: string, skip: string[] = []) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file(name));
  return workbook.worksheets
    .filter((sheet) => !skip.includes(sheet.name))
    .map((sheet) => {
      const cells: unknown[] = [];
      sheet.eachRow((row) =>
        row.eachCell({ includeEmpty: true }, (cell) =>
          cells.push([cell.address, cell.value, cell.numFmt, cell.style, cell.dataValidation]),
        ),
      );
      const model = sheet.model as unknown as Record<string, unknown>;
      return {
        name: sheet.name,
        state: sheet.state,
        protection: model.sheetProtection,
        conditionalFormats: model.conditionalFormattings,
        dataValidations: model.dataValidations,
        merges: model.merges,
        pageSetup: model.pageSetup,
        columns: sheet.columns?.map((column) => column.width),
        cells,
      };
    });
}

async function partsOf(name: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file(name)));
  const parts = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.set(entry.name, await entry.async('nodebuffer'));
  }
  return parts;
}

beforeAll(async () => {
  expect((await runCli(['template', '--out', 'blank.xlsx'], dir)).code).toBe(0);
  await editWorkbook(file('blank.xlsx'), fillTypical, undefined, file('with-errors.xlsx'));
  await editWorkbook(file('blank.xlsx'), fillClean, undefined, file('clean.xlsx'));
});

describe('seal', () => {
  it('is refused while a figure is stored as text, naming the cell and the way out', async () => {
    await editWorkbook(
      file('blank.xlsx'),
      (editor) => {
        fillClean(editor);
        editor.input('tang-truong-kinh-te').value = '8,67%';
      },
      undefined,
      file('with-text.xlsx'),
    );
    const before = readFileSync(file('with-text.xlsx'));
    const run = await runCli(['seal', 'with-text.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^Chưa chốt số liệu with-text\.xlsx: số liệu ở ô 'Chỉ tiêu 2023'!G\d+ đang lưu dạng chữ/,
    );
    expect(run.stderr).toContain('Chuyển thành số');
    expect(readFileSync(file('with-text.xlsx')).equals(before)).toBe(true);
    const report = await runCli(['report', 'with-text.xlsx', '--out', 'bao-cao-chu.xlsx'], dir);
    expect(report.code).toBe(1);
    expect(report.stderr).toMatch(
      /^Chưa lập báo cáo từ with-text\.xlsx: số liệu ở ô 'Chỉ tiêu 2023'!G\d+ đang lưu dạng chữ/,
    );
  });

  it('is refused while the figures have errors, naming them, and leaves the file untouched', async () => {
    const before = readFileSync(file('with-errors.xlsx'));
    const run = await runCli(['seal', 'with-errors.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Chưa chốt số liệu with-errors\.xlsx: còn \d+ lỗi/);
    expect(run.stderr).toMatch(/Thu nhập bình quân/);
    expect(readFileSync(file('with-errors.xlsx')).equals(before)).toBe(true);
    expect((await sealOf('with-errors.xlsx')).seals).toEqual([
      { status: 'unsealed', sealedAt: null, changed: [], periodChanged: false, templateChanged: false },
    ]);
  });

  it('reports a file that was never sealed as such', async () => {
    const { seals, stdout } = await sealOf('clean.xlsx');
    expect(seals[0]).toMatchObject({ status: 'unsealed', sealedAt: null, changed: [] });
    expect(stdout).toContain('Chưa chốt số liệu.');
  });

  it('seals a clean file in place, keeping every value, and check then reports it unchanged', async () => {
    const before = await contentOf('clean.xlsx');
    const beforeParts = await partsOf('clean.xlsx');
    const run = await runCli(['seal', 'clean.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Đã chốt số liệu clean\.xlsx, trang “Chỉ tiêu 2023” \(kỳ Năm, 24 chỉ tiêu\)/);
    expect(run.stdout).toContain('không phải chữ ký số');

    expect(await contentOf('clean.xlsx', ['_resolution_targets_seal'])).toEqual(before);
    // Every part of the zip but the three that list sheets is the same, byte for byte.
    const afterParts = await partsOf('clean.xlsx');
    const listings = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'];
    for (const [name, bytes] of beforeParts) {
      if (!listings.includes(name)) expect([name, afterParts.get(name)?.equals(bytes)]).toEqual([name, true]);
    }
    expect(afterParts.size).toBe(beforeParts.size + 1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('clean.xlsx'));
    expect(workbook.getWorksheet('_resolution_targets_seal')?.state).toBe('veryHidden');

    const { code, seals, stdout } = await sealOf('clean.xlsx');
    expect(code).toBe(0);
    expect(seals[0]).toEqual({
      status: 'unchanged',
      sealedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      changed: [],
      periodChanged: false,
      templateChanged: false,
    });
    expect(stdout).toContain(
      `Đã chốt số liệu lúc ${formatLocalTime(seals[0].sealedAt!)}; từ đó đến nay không sửa.`,
    );
  });

  it('reports one figure changed after sealing, naming the indicator', async () => {
    await editWorkbook(
      file('clean.xlsx'),
      ({ input }) => (input('dang-vien-moi').value = 12),
      undefined,
      file('edited.xlsx'),
    );
    const { seals, stdout } = await sealOf('edited.xlsx');
    expect(seals[0]).toMatchObject({ status: 'changed', changed: ['dang-vien-moi'] });
    expect(stdout).toMatch(/SAU ĐÓ ĐÃ SỬA: chỉ tiêu “[^”]+” \(dang-vien-moi\)/);
    const english = await sealOf('edited.xlsx', 'en');
    expect(english.stdout).toMatch(/CHANGED SINCE: indicator\(s\) “[^”]+” \(dang-vien-moi\)/);
  });

  it('can seal again after a change, and says the file is not a .xlsx when it is not', async () => {
    expect((await runCli(['seal', 'edited.xlsx'], dir)).code).toBe(0);
    expect((await sealOf('edited.xlsx')).seals[0].status).toBe('unchanged');
    const missing = await runCli(['seal', 'nowhere.xlsx'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.xlsx');
    expect((await runCli(['seal'], dir)).stderr).toContain('cần đúng một tệp');
  });
});
