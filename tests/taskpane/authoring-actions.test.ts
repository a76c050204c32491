import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createExcelAdapter } from '../../src/adapters/excel';
import { FakeWorkbook, fakeRun } from '../../src/testing/fake-excel';
import { actionsOver } from '../../src/taskpane/office';
import { COLUMN_OF, HEADER_ROW } from '../../src/core/authoring';
import { getBuiltInTemplate } from '../../src/templates';

/** The pane's authoring action over a workbook, as `draft` chains it on the command line. */

const resolution = readFileSync(
  path.join(__dirname, '../fixtures/resolutions/son-lang-2020-2025.txt'),
  'utf8',
);

describe('the authoring actions over a workbook', () => {
  function workbookWithActions() {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const deps = { run: fakeRun(workbook), isSetSupported: workbook.isSetSupported };
    return { workbook, actions: actionsOver(deps, 'vi'), adapter: createExcelAdapter(deps) };
  }

  it('drafts from the real text a sheet that reads back to the same indicators', async () => {
    const { actions, adapter } = workbookWithActions();
    const outcome = await actions.insertAuthoringSheet({ kind: 'text', text: resolution });
    if (!outcome.ok) throw new Error('expected a drafted sheet');
    expect(outcome.sheetName).toBe('Khai báo chỉ tiêu');
    expect(outcome.count).toBeGreaterThan(5);
    const { reading } = await adapter.readAuthoringSheet();
    expect(reading.ok).toBe(true);
    if (reading.ok) expect(reading.template.indicators).toHaveLength(outcome.count);
  });

  it('inserts nothing when the text holds no target', async () => {
    const { workbook, actions } = workbookWithActions();
    const outcome = await actions.insertAuthoringSheet({ kind: 'text', text: 'Hội nghị bế mạc.' });
    expect(outcome).toEqual({ ok: false, reason: 'no-targets' });
    expect(workbook.sheet('Khai báo chỉ tiêu')).toBeUndefined();
  });

  it('inserts an empty sheet with its headers, which reads as having no indicators yet', async () => {
    const { workbook, actions, adapter } = workbookWithActions();
    const outcome = await actions.insertAuthoringSheet({ kind: 'empty' });
    expect(outcome).toEqual({ ok: true, sheetName: 'Khai báo chỉ tiêu', count: 0, notes: [] });
    expect(workbook.sheet('Khai báo chỉ tiêu')?.cellAt('A1')?.value).toBe('KHAI BÁO CHỈ TIÊU NGHỊ QUYẾT');
    const { reading } = await adapter.readAuthoringSheet();
    expect(reading.ok).toBe(false);
  });

  it('reads the errors of the sheet with cells the pane can go to', async () => {
    const { workbook, actions } = workbookWithActions();
    await actions.insertAuthoringSheet({ kind: 'template', template: getBuiltInTemplate('hung-tan-2023')! });
    const cell = `${COLUMN_OF.target}${HEADER_ROW + 1}`;
    workbook.enter('Khai báo chỉ tiêu', cell, 'khoảng mười');
    workbook.addSheet('Ghi chép');
    workbook.activeSheet = workbook.sheet('Ghi chép');
    const { sheetName, reading } = await actions.readAuthoringSheet();
    expect(reading.ok).toBe(false);
    expect(reading.findings.map((f) => f.cell)).toContain(cell);
    await actions.goToCell(`'${sheetName}'!${cell}`);
    expect(workbook.activeSheet?.name).toBe('Khai báo chỉ tiêu');
  });
});
