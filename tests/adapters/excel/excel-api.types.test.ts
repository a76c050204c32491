import type {
  ExcelRun,
  IsSetSupported,
  NarrowContext,
  NarrowRange,
  NarrowWorksheet,
} from '../../../src/adapters/excel/excel-api';

// A type-level test: ts-jest type-checks this file, so it fails to run when the real Office.js
// objects stop satisfying the narrow interface the adapter and the fake are written against.
type Assert<T extends true> = T;
export type RealContextFits = Assert<Excel.RequestContext extends NarrowContext ? true : false>;
export type RealWorksheetFits = Assert<Excel.Worksheet extends NarrowWorksheet ? true : false>;
export type RealRangeFits = Assert<Excel.Range extends NarrowRange ? true : false>;

/** What the task pane passes to the adapter; never called here (there is no Excel under jest). */
function officeBindings(): { run: ExcelRun; isSetSupported: IsSetSupported } {
  return {
    run: Excel.run,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

describe('the narrow Excel interface', () => {
  it('takes Excel.run and Office requirement checks as they are', () => {
    expect(officeBindings).toBeInstanceOf(Function);
  });
});
