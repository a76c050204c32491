import { FIGURE_CASES } from './cases/figures';
import { WORKBOOK_CASES } from './cases/workbooks';
import { expectClearMessage, expectOutcome, addressOf } from './support/standard';
import { caseBytes, checkBytes, putCell } from './support/xlsx-path';

describe('bad-input corpus, .xlsx path: written by the adapter, changed with ExcelJS, read and checked', () => {
  it.each(FIGURE_CASES.map((c) => [c.id, c] as const))('figure: %s', async (_, c) => {
    const bytes = await caseBytes({ edits: [] }, (sheet) =>
      putCell(sheet.getCell(addressOf('value', c.indicator)), c.cell),
    );
    const outcome = await checkBytes(bytes);
    if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
    expect(outcome.sheets).toHaveLength(1);
    expectOutcome(
      outcome.sheets[0].report,
      c.indicator,
      c.expect,
      outcome.sheets[0].findings.filter((f) => !outcome.sheets[0].report.findings.includes(f)),
    );
  });

  it.each(WORKBOOK_CASES.map((c) => [c.id, c] as const))('workbook: %s', async (_, c) => {
    const outcome = await checkBytes(await caseBytes(c));
    const expected = c.expect;
    if ('refused' in expected) {
      expect(outcome).toMatchObject({ ok: false, code: expected.refused });
      if (!outcome.ok) {
        expectClearMessage(outcome.message);
        outcome.details.forEach((detail) => expect(detail.vi.trim()).not.toBe(''));
      }
      return;
    }
    if (!outcome.ok) throw new Error(`refused: ${outcome.code}: ${outcome.message.en}`);
    const findings = outcome.sheets.flatMap((sheet) => sheet.findings);
    findings.forEach((finding) => expectClearMessage(finding.message));
    if ('reads' in expected) {
      expect(outcome.sheets).toHaveLength(expected.reads);
      if (expected.sheetName) expect(outcome.sheets[0].name).toBe(expected.sheetName);
      expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    } else {
      expect(findings.map((f) => [f.code, f.severity, f.indicatorId])).toContainEqual([
        expected.finding,
        expected.severity,
        expected.indicator,
      ]);
    }
  });
});
