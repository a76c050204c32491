import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createExcelAdapter } from '../../src/adapters/excel';
import { writePlan } from '../../src/adapters/xlsx';
import { buildSheetPlan } from '../../src/core/sheet-plan';
import { loadTemplateText } from '../../src/core/template/load';
import type { Template } from '../../src/core/template/types';
import { FakeWorkbook, fakeRun } from '../../src/testing/fake-excel';
import { HYPERLINK_NAME } from '../corpus/support/store';

const shipped = JSON.parse(
  readFileSync(path.join(__dirname, '../../src/templates/hung-tan-2023.json'), 'utf8'),
) as { indicators: Record<string, unknown>[] } & Record<string, unknown>;

/** Every text a template puts in the sheet, made to look like a formula to a spreadsheet. */
function hostileTemplate(): Template {
  const [first, second, third, ...rest] = shipped.indicators;
  const rating = shipped.indicators.find((each) => each.type === 'rating')!;
  const result = loadTemplateText(
    JSON.stringify({
      ...shipped,
      title: '@SUM(1+1)*cmd|" /C calc"!A0',
      issuer: '+1+1',
      indicators: [
        { ...first, name: HYPERLINK_NAME, group: '=1+1', unit: '-2+3', source: '@A1' },
        { ...second, name: '\t=2+2', note: '=WEBSERVICE("http://example.com")' },
        { ...third, name: '-5*5' },
        {
          ...rating,
          id: 'xep-loai-moi',
          scale: ['=1', '+"Khá"', '@x'],
          target: { op: '>=', value: '+"Khá"' },
          baseline: '@x',
        },
        ...rest.filter((each) => each.id !== rating.id),
      ],
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.template;
}

describe('templates are data, never code', () => {
  const template = hostileTemplate();
  const plan = buildSheetPlan(template);
  const nameCell = plan.cells.find(
    (cell) => cell.content.kind === 'text' && cell.content.text === HYPERLINK_NAME,
  )!;

  it('accepts formula-like names as text (a leading tab is trimmed as any space)', () => {
    expect(template.indicators[0].name).toBe(HYPERLINK_NAME);
    expect(template.indicators[1].name).toBe('=2+2');
    expect(nameCell).toBeDefined();
  });

  it('writes the HYPERLINK name into the .xlsx file as a string, with no formula element', async () => {
    const workbook = new ExcelJS.Workbook();
    await writePlan(workbook, plan);
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    const cell = new RegExp(`<c r="${nameCell.address}"[^>]*>(.*?)</c>`).exec(sheetXml);
    expect(cell).not.toBeNull();
    expect(cell![0]).toMatch(/t="(s|inlineStr)"/);
    expect(cell![1]).not.toContain('<f>');
    const index = Number(/<v>(\d+)<\/v>/.exec(cell![1])![1]);
    const shared = [...strings.matchAll(/<si>(.*?)<\/si>/g)].map((m) => m[1]);
    expect(shared[index]).toBe('<t>=HYPERLINK(&quot;http://example.com&quot;,&quot;x&quot;)</t>');
    // No formula anywhere in the file calls out or carries the template's texts.
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      const xml = await zip.file(name)!.async('string');
      for (const formula of xml.matchAll(/<f[^>]*>(.*?)<\/f>/g))
        expect(formula[1]).not.toMatch(/HYPERLINK|WEBSERVICE|example\.com|cmd\||SUM\(1\+1\)/);
    }
  });

  it('writes every template text of the plan as text in the .xlsx file, read back unchanged', async () => {
    const workbook = new ExcelJS.Workbook();
    await writePlan(workbook, plan);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await workbook.xlsx.writeBuffer());
    const sheet = again.getWorksheet(plan.sheetName)!;
    for (const cell of plan.cells) {
      if (cell.content.kind !== 'text') continue;
      expect([cell.address, sheet.getCell(cell.address).value]).toEqual([cell.address, cell.content.text]);
    }
  });

  it('writes every template text as text in Excel (fake): the adapter sends it with a leading apostrophe', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const adapter = createExcelAdapter({ run: fakeRun(workbook), isSetSupported: workbook.isSetSupported });
    await adapter.insertSheet(template);
    const sheet = workbook.sheet(plan.sheetName)!;
    for (const cell of plan.cells) {
      if (cell.content.kind !== 'text') continue;
      const written = sheet.cellAt(cell.address);
      expect([cell.address, written?.value, written?.formula]).toEqual([
        cell.address,
        cell.content.text,
        undefined,
      ]);
    }
    const store = workbook.sheets.find((each) => each.visibility === 'VeryHidden')!;
    for (const { cell } of store.entries()) expect(cell.formula).toBeUndefined();
    // The clerk's check still works on such a sheet, and reads the stored template back intact.
    const { reading } = await adapter.checkAndMark();
    expect(reading.template.indicators[0].name).toBe(HYPERLINK_NAME);
  });
});
