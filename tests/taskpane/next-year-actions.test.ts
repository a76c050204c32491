import { COLUMN_OF, DOCUMENT_LABELS, HEADER_ROW } from '../../src/core/authoring';
import { DOCUMENT_KEYS, FIRST_DOCUMENT_ROW } from '../../src/core/authoring/layout';
import type { Template } from '../../src/core/template/types';
import { FakeWorkbook, fakeRun } from '../../src/testing/fake-excel';
import { actionsOver } from '../../src/taskpane/office';
import { getBuiltInTemplate } from '../../src/templates';
import { bigTemplate } from '../adapters/excel/support/big-template';
import { table } from '../adapters/excel/support/workbook';

/** "Chuẩn bị năm sau" over a workbook: the pane's counterpart of the command line's `next`. */

const hungTan = getBuiltInTemplate('hung-tan-2023')!;
const NEXT = 'Khai báo chỉ tiêu';

async function workbookWithSheet(template: Template = hungTan) {
  const workbook = new FakeWorkbook();
  workbook.addSheet('Sheet1');
  const run = fakeRun(workbook);
  let runs = 0;
  const deps = {
    run: ((batch) => {
      runs += 1;
      return run(batch);
    }) as typeof run,
    isSetSupported: workbook.isSetSupported,
  };
  const actions = actionsOver(deps, 'vi');
  await actions.insertSheet(template);
  const sheetName = `Chỉ tiêu ${template.year}`;
  const sheet = table(workbook, sheetName, template);
  const enter = (id: string, value: string | number) => workbook.enter(sheetName, sheet.input(id), value);
  /** Syncs and Excel.run calls of one action. */
  const measure = async <T>(action: () => Promise<T>) => {
    const [syncsBefore, runsBefore] = [workbook.syncCount, runs];
    const result = await action();
    return { result, syncs: workbook.syncCount - syncsBefore, runs: runs - runsBefore };
  };
  return { workbook, actions, sheetName, sheet, enter, measure };
}

const rowOf = (template: Template, id: string) =>
  HEADER_ROW + 1 + template.indicators.findIndex((indicator) => indicator.id === id);
const documentRow = (label: string) =>
  FIRST_DOCUMENT_ROW + DOCUMENT_KEYS.findIndex((key) => DOCUMENT_LABELS[key] === label);

describe('preparing next year from the standard sheet in the pane', () => {
  it("inserts 2024's authoring sheet: the same indicators, this year's figures as last year's, no targets", async () => {
    const { workbook, actions, enter, measure } = await workbookWithSheet();
    enter('gia-tri-san-xuat', 230.5);
    enter('ho-ngheo', 0.0049);
    enter('dang-vien-moi', 10);
    enter('dang-bo-tsvm', 'Trong sạch vững mạnh');

    const { result, syncs, runs } = await measure(() => actions.prepareNextYear());
    expect(result).toEqual({
      kind: 'created',
      sheetName: NEXT,
      year: 2024,
      count: hungTan.indicators.length,
      notes: [],
    });
    expect(runs).toBe(1);
    expect(syncs).toBe(5);
    expect(workbook.activeSheet?.name).toBe(NEXT);

    const sheet = workbook.sheet(NEXT)!;
    const value = (address: string) => sheet.cellAt(address)?.value ?? '';
    expect(value(`B${documentRow('Năm')}`)).toBe(2024);
    expect(value(`B${documentRow('Cơ quan ban hành')}`)).toBe(hungTan.issuer);
    expect(value(`B${documentRow('Nghị quyết số')}`)).toBe('');
    const cell = (column: keyof typeof COLUMN_OF, id: string) =>
      value(`${COLUMN_OF[column]}${rowOf(hungTan, id)}`);
    expect(cell('baseline', 'gia-tri-san-xuat')).toBe(230.5);
    expect(cell('baseline', 'ho-ngheo')).toBe(0.49);
    expect(cell('baseline', 'dang-vien-moi')).toBe(10);
    expect(cell('baseline', 'dang-bo-tsvm')).toBe('Trong sạch, vững mạnh');
    for (const indicator of hungTan.indicators) {
      expect(cell('id', indicator.id)).toBe(indicator.id);
      expect(cell('name', indicator.id)).toBe(indicator.name);
      expect(cell('target', indicator.id)).toBe('');
    }
    // The source sheet is left as it was.
    expect(workbook.sheet('Chỉ tiêu 2023')).toBeDefined();
  });

  it('is refused while the figures have errors, naming cells the pane can go to; nothing is inserted', async () => {
    const { workbook, actions, sheetName, sheet, enter, measure } = await workbookWithSheet();
    enter('dang-vien-moi', 'mười');
    const { result, syncs, runs } = await measure(() => actions.prepareNextYear());
    expect(result.kind).toBe('refused');
    if (result.kind !== 'refused') return;
    expect(result.sheetName).toBe(sheetName);
    expect(result.findings.map((finding) => finding.cell)).toContain(
      `'${sheetName}'!${sheet.input('dang-vien-moi')}`,
    );
    expect(result.findings.every((f) => f.severity === 'error' || f.code === 'stored-as-text')).toBe(true);
    expect([runs, syncs]).toEqual([1, 3]);
    expect(workbook.sheet(NEXT)).toBeUndefined();

    workbook.addSheet('Ghi chép');
    workbook.activeSheet = workbook.sheet('Ghi chép');
    await actions.goToCell(result.findings[0].cell!);
    expect(workbook.activeSheet?.name).toBe(sheetName);
  });

  it('asks before adding beside a sheet already named "Khai báo chỉ tiêu", then opens it or adds a copy', async () => {
    const { workbook, actions, enter, measure } = await workbookWithSheet();
    await actions.insertAuthoringSheet({ kind: 'template', template: hungTan });
    const before = workbook.sheet(NEXT)!.cellAt(`${COLUMN_OF.target}${HEADER_ROW + 1}`)?.value;
    expect(before).not.toBe('');
    workbook.activeSheet = workbook.sheet('Chỉ tiêu 2023');
    enter('dang-vien-moi', 12);

    const asked = await measure(() => actions.prepareNextYear());
    expect(asked.result).toEqual({ kind: 'needs-choice', sheetName: NEXT, year: 2024 });
    expect(asked.syncs).toBe(4);
    expect(workbook.sheet(`${NEXT} (2)`)).toBeUndefined();

    expect(await actions.prepareNextYear('open')).toEqual({ kind: 'opened', sheetName: NEXT, year: 2024 });
    expect(workbook.activeSheet?.name).toBe(NEXT);

    // From the authoring sheet, the standard sheet is still found (the first one).
    const copy = await measure(() => actions.prepareNextYear('copy'));
    expect(copy.result).toMatchObject({ kind: 'created', sheetName: `${NEXT} (2)`, year: 2024 });
    expect(copy.syncs).toBe(5);
    const added = workbook.sheet(`${NEXT} (2)`)!;
    expect(added.cellAt(`${COLUMN_OF.baseline}${rowOf(hungTan, 'dang-vien-moi')}`)?.value).toBe(12);
    // The clerk's sheet keeps its targets.
    expect(workbook.sheet(NEXT)!.cellAt(`${COLUMN_OF.target}${HEADER_ROW + 1}`)?.value).toBe(before);
  });

  it('takes the same syncs for 16 indicators as for 600', async () => {
    const counts = [];
    for (const count of [16, 600]) {
      const template = bigTemplate(count);
      const { actions, measure } = await workbookWithSheet(template);
      counts.push((await measure(() => actions.prepareNextYear())).syncs);
    }
    expect(counts).toEqual([5, 5]);
  }, 60_000);
});
