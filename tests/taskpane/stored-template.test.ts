import { STORE_SHEET_NAME } from '../../src/core/sheet-plan';
import { FakeWorkbook, fakeRun } from '../../src/testing/fake-excel';
import { actionsOver } from '../../src/taskpane/office';
import { getBuiltInTemplate } from '../../src/templates';

const template = getBuiltInTemplate('hung-tan-2023')!;

describe('a template stored in the workbook that was damaged', () => {
  it('is not stood in for by the shipped one: every action says the stored template is damaged', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const actions = actionsOver({ run: fakeRun(workbook), isSetSupported: workbook.isSetSupported }, 'vi');
    await actions.insertSheet(template);
    const store = workbook.sheet(STORE_SHEET_NAME)!;
    store.ensureCell(2, 3).value = String(store.cell(2, 3)!.value).replace('"percent"', '"phan-tram"');

    for (const action of [actions.check, actions.makeReport, actions.seal]) {
      await expect(action()).rejects.toMatchObject({
        code: 'store-invalid',
        userMessage: {
          vi: expect.stringContaining('Mẫu chỉ tiêu lưu kèm trong sổ làm việc bị hỏng'),
          en: expect.stringContaining('The template stored in the workbook is damaged'),
        },
      });
    }
    expect(workbook.sheet('Báo cáo')).toBeUndefined();
  });
});

describe('the store problem, in each language', () => {
  async function refusalAfter(damage: (cell: { value: unknown }, a1: { value: unknown }) => void) {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const actions = actionsOver({ run: fakeRun(workbook), isSetSupported: workbook.isSetSupported }, 'vi');
    await actions.insertSheet(template);
    const store = workbook.sheet(STORE_SHEET_NAME)!;
    damage(store.ensureCell(2, 3), store.ensureCell(1, 1));
    return actions.check().then(
      () => {
        throw new Error('checked');
      },
      (error: { userMessage: { vi: string; en: string } }) => error.userMessage,
    );
  }

  it('says in Vietnamese what is wrong with a store whose marker was changed, with no English in it', async () => {
    const said = await refusalAfter((_, a1) => (a1.value = 'sửa'));
    expect(said.vi).toContain('không phải nơi lưu mẫu chỉ tiêu');
    expect(said.vi).not.toMatch(/\b(the|is|not|stored)\b/);
    expect(said.en).toContain('is damaged');
  });

  it('names the stored template and its problem in each language, each sentence ended once', async () => {
    const said = await refusalAfter((cell) => {
      cell.value = String(cell.value).replace('"percent"', '"phan-tram"');
    });
    expect(said.vi).toContain('Mẫu “hung-tan-2023” lưu kèm không đúng định dạng');
    expect(said.en).toContain('The stored template "hung-tan-2023" is not in the expected form');
    expect(`${said.vi} ${said.en}`).not.toContain('..');
  });
});
