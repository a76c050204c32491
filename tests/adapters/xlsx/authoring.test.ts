import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readAuthoringFile, writeAuthoringPlan } from '../../../src/adapters/xlsx/authoring';
import { buildAuthoringPlan, contentOf, readAuthoringSheet } from '../../../src/core/authoring';
import type { Template } from '../../../src/core/template/types';
import { getBuiltInTemplate } from '../../../src/templates';
import { crossTemplate } from '../../core/rules/support/cross-template';

/** The authoring sheet through an .xlsx file: template → file → template, rules included. */

const dir = mkdtempSync(path.join(tmpdir(), 'authoring-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function throughFile(template: Template, name: string) {
  const workbook = new ExcelJS.Workbook();
  const plan = buildAuthoringPlan(contentOf(template));
  writeAuthoringPlan(workbook, plan);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  const opened = await readAuthoringFile(file);
  if (!opened.ok) throw new Error(opened.problem.message.en);
  const reading = readAuthoringSheet(opened.grid);
  if (!reading.ok) throw new Error(reading.findings.map((f) => f.message.en).join('\n'));
  return { reading, plan, file };
}

describe('the authoring sheet in an .xlsx file', () => {
  test('the built-in template comes back whole (but the file hint $schema), rules, bounds and decimals', async () => {
    const hungTan: Template = { ...getBuiltInTemplate('hung-tan-2023')! };
    delete hungTan.$schema;
    const { reading } = await throughFile(hungTan, 'hung-tan.xlsx');
    expect(reading.findings).toEqual([]);
    expect(hungTan.rules?.length).toBeGreaterThan(0);
    expect(reading.template).toEqual(hungTan);
  });

  test('the optional columns keep their checks in the file: code length, decimals 0–6, numbers, a list', async () => {
    const { plan, file } = await throughFile(getBuiltInTemplate('hung-tan-2023')!, 'optional.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Khai báo chỉ tiêu')!;
    const row = plan.headerRow + 1;
    expect(sheet.getCell(`O${row}`).dataValidation).toMatchObject({ type: 'textLength', formulae: [40] });
    expect(sheet.getCell(`P${row}`).dataValidation).toMatchObject({ type: 'whole', formulae: [0, 6] });
    expect(sheet.getCell(`Q${row}`).dataValidation).toMatchObject({
      type: 'decimal',
      showInputMessage: true,
    });
    expect(sheet.getCell(`S${row}`).dataValidation.formulae).toEqual([
      '"Càng cao càng tốt,Càng thấp càng tốt"',
    ]);
  });

  test('the cross-check rules come back exact; So sánh and Mức keep their drop-down lists', async () => {
    const cross = crossTemplate();
    const { reading, plan, file } = await throughFile(cross, 'cross.xlsx');
    expect(reading.template.rules).toEqual(cross.rules);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Khai báo chỉ tiêu')!;
    const first = plan.rulesHeaderRow + 1;
    expect(sheet.getCell(`C${first}`).value).toBe('=');
    expect(sheet.getCell(`C${first}`).dataValidation.formulae).toEqual(['"≥,≤,=,<,>"']);
    expect(sheet.getCell(`F${first}`).dataValidation.formulae).toEqual(['"Lỗi,Cảnh báo"']);
  });
});
