import { FIGURE_CASES } from './cases/figures';
import { WORKBOOK_CASES } from './cases/workbooks';
import { checkInAddin, putCell } from './support/addin-path';
import { addressOf, expectClearMessage, expectOutcome } from './support/standard';

describe('bad-input corpus, add-in path: the Office.js adapter on the fake Excel', () => {
  it.each(FIGURE_CASES.map((c) => [c.id, c] as const))('figure: %s', async (_, c) => {
    const result = await checkInAddin({ edits: [] }, (workbook, sheet) =>
      putCell(workbook, sheet, addressOf('value', c.indicator), c.cell),
    );
    if (!result.ok) throw new Error(`refused: ${result.error.code}`);
    const { report, marks } = result.outcome;
    expectOutcome(report, c.indicator, c.addin ?? c.expect);
    // The clerk is taken to the cell: an input with an error gets the red box.
    const erroneous = report.findings.some((f) => f.indicatorId === c.indicator && f.severity === 'error');
    const input = addressOf('value', c.indicator);
    expect(marks.marked.some((mark) => mark === input || mark.endsWith(`!${input}`))).toBe(erroneous);
  });

  it.each(WORKBOOK_CASES.map((c) => [c.id, c] as const))('workbook: %s', async (_, c) => {
    const result = await checkInAddin(c);
    const expected = c.addin ?? c.expect;
    if ('refused' in expected) {
      expect(result.ok ? 'checked' : result.error.code).toBe(expected.refused);
      if (!result.ok) expectClearMessage(result.error.userMessage);
      return;
    }
    if (!result.ok) throw new Error(`refused: ${result.error.code}: ${result.error.userMessage.en}`);
    const { report, reading } = result.outcome;
    report.findings.forEach((finding) => expectClearMessage(finding.message));
    if ('reads' in expected) {
      if (expected.sheetName) expect(reading.sheetName).toBe(expected.sheetName);
      expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    } else {
      expect(report.findings.map((f) => [f.code, f.severity, f.indicatorId])).toContainEqual([
        expected.finding,
        expected.severity,
        expected.indicator,
      ]);
    }
  });
});
