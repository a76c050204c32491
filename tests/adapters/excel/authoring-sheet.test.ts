import { ExcelActionError } from '../../../src/adapters/excel';
import { buildAuthoringPlan, COLUMN_OF, contentOf, HEADER_ROW } from '../../../src/core/authoring';
import type { Template } from '../../../src/core/template/types';
import { getBuiltInTemplate } from '../../../src/templates';
import { bigTemplate } from './support/big-template';
import { newWorkbook, syncsOf } from './support/workbook';

/** The authoring sheet written into the open workbook and read back (docs/design.md, "The authoring sheet"). */

const builtIn = getBuiltInTemplate('hung-tan-2023')!;
const planOf = (template: Template) => buildAuthoringPlan(contentOf(template));

describe('the authoring sheet in the open workbook', () => {
  it('is inserted and read back to the same indicators', async () => {
    const { workbook, adapter } = newWorkbook();
    const inserted = await adapter.insertAuthoringSheet(planOf(builtIn));
    expect(inserted).toEqual({ sheetName: 'Khai báo chỉ tiêu', notes: [] });
    expect(workbook.activeSheet?.name).toBe('Khai báo chỉ tiêu');

    const { sheetName, reading } = await adapter.readAuthoringSheet();
    expect(sheetName).toBe('Khai báo chỉ tiêu');
    expect(reading.findings.filter((f) => f.severity === 'error')).toEqual([]);
    if (!reading.ok) throw new Error('expected a template');
    expect(reading.template.year).toBe(builtIn.year);
    expect(reading.template.indicators.map((i) => [i.id, i.name, i.type, i.target])).toEqual(
      builtIn.indicators.map((i) => [i.id, i.name, i.type, i.target]),
    );
    // The Ràng buộc table's `=` is written as text, not as a formula.
    expect(builtIn.rules?.length).toBeGreaterThan(0);
    expect(reading.template.rules).toEqual(builtIn.rules);
  });

  it('never touches a sheet of the clerk already bearing the name: the new one takes (2)', async () => {
    const { workbook, adapter } = newWorkbook();
    workbook.addSheet('Khai báo chỉ tiêu');
    workbook.enter('Khai báo chỉ tiêu', 'A1', 'ghi chú của tôi');
    const inserted = await adapter.insertAuthoringSheet(planOf(builtIn));
    expect(inserted.sheetName).toBe('Khai báo chỉ tiêu (2)');
    expect(workbook.sheet('Khai báo chỉ tiêu')?.cellAt('A1')?.value).toBe('ghi chú của tôi');
    expect(workbook.sheet('Khai báo chỉ tiêu')?.cellAt('B2')).toBeUndefined();

    // The active copy is the one read: the clerk's note sheet has no table.
    const { sheetName, reading } = await adapter.readAuthoringSheet();
    expect(sheetName).toBe('Khai báo chỉ tiêu (2)');
    expect(reading.ok).toBe(true);
  });

  it('gives the findings with their cells when a row is wrong', async () => {
    const { workbook, adapter } = newWorkbook();
    const { sheetName } = await adapter.insertAuthoringSheet(planOf(builtIn));
    const cell = `${COLUMN_OF.target}${HEADER_ROW + 1}`;
    workbook.enter(sheetName, cell, 'khoảng mười');
    const { reading } = await adapter.readAuthoringSheet();
    expect(reading.ok).toBe(false);
    const errors = reading.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.cell)).toContain(cell);
    expect(errors.find((f) => f.cell === cell)?.message.vi).toMatch(/khoảng mười/);
  });

  it('says in both languages when the workbook has no authoring sheet', async () => {
    const { adapter } = newWorkbook();
    const failure = await adapter.readAuthoringSheet().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExcelActionError);
    const { userMessage } = failure as ExcelActionError;
    expect(userMessage.vi).toContain('“Khai báo chỉ tiêu”');
    expect(userMessage.vi).toContain('đổi tên trang');
    expect(userMessage.en).toContain('"Khai báo chỉ tiêu"');
  });

  it('takes the same round trips for 16 and 2,000 rows', async () => {
    const measure = async (count: number) => {
      const { workbook, adapter } = newWorkbook();
      const insert = await syncsOf(workbook, () => adapter.insertAuthoringSheet(planOf(bigTemplate(count))));
      let indicators = 0;
      const read = await syncsOf(workbook, async () => {
        const { reading } = await adapter.readAuthoringSheet();
        indicators = reading.ok ? reading.template.indicators.length : -1;
      });
      return { insert, read, indicators };
    };
    const small = await measure(16);
    const large = await measure(2000);
    expect(small).toEqual({ insert: 2, read: 2, indicators: 16 });
    expect(large).toEqual({ insert: 2, read: 2, indicators: 2000 });
  });
});
