import { createExcelAdapter } from '../../../../src/adapters/excel';
import { FakeWorkbook, fakeRun } from '../../../../src/preview/fake-excel';

/** A workbook as Excel opens a new one (one empty sheet), and the adapter bound to it. */
export function newWorkbook(supported: (name: string, version: string) => boolean = () => true) {
  const workbook = new FakeWorkbook();
  workbook.addSheet('Sheet1');
  const adapter = createExcelAdapter({ run: fakeRun(workbook), isSetSupported: supported });
  return { workbook, adapter };
}

/** The syncs one action takes. */
export async function syncsOf(workbook: FakeWorkbook, action: () => Promise<unknown>): Promise<number> {
  const before = workbook.syncCount;
  await action();
  return workbook.syncCount - before;
}
