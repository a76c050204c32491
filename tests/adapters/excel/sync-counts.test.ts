import { bigTemplate } from './support/big-template';
import { newWorkbook, syncsOf, table } from './support/workbook';

/**
 * Each user action is one batch with a fixed number of round trips to Excel: the same for a
 * resolution of 16 indicators as for one of 2,000 (the "Performance" line).
 */
async function measure(count: number) {
  const template = bigTemplate(count);
  const { workbook, adapter } = newWorkbook();
  const sheetName = 'Chỉ tiêu 2023';
  const insert = await syncsOf(workbook, () => adapter.insertSheet(template));
  const sheet = table(workbook, sheetName, template);
  // Every 7th figure: percent ones as text (to convert), the others unreadable (to mark).
  for (let i = 1; i <= count; i += 7) {
    workbook.enter(sheetName, sheet.input(`chi-tieu-${i}`), (i - 1) % 4 === 0 ? '8,5%' : 'không rõ');
  }

  let report = (await adapter.checkAndMark()).report;
  const checkAndMark = await syncsOf(workbook, async () => {
    report = (await adapter.checkAndMark()).report;
  });
  const read = await syncsOf(workbook, () => adapter.readSnapshot());
  const mark = await syncsOf(workbook, () => adapter.markFindings(report));
  const goTo = await syncsOf(workbook, () => adapter.goToCell(`'${sheetName}'!${sheet.input('chi-tieu-1')}`));
  const needsChoice = await syncsOf(workbook, () => adapter.insertSheet(template));
  const update = await syncsOf(workbook, () => adapter.insertSheet(template, {}, 'update'));
  const convert = await syncsOf(workbook, () =>
    adapter.convertTextFigures(
      report.results.flatMap((r) =>
        r.storedAsText && typeof r.value === 'number' && typeof r.raw === 'string' && r.cell
          ? [
              {
                indicatorId: r.indicator.id,
                cell: r.cell,
                text: r.raw,
                value: r.value,
                percent: true,
                numberFormat: '0.0%',
              },
            ]
          : [],
      ),
    ),
  );
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const converted = workbook.sheet(sheetName)?.cellAt(sheet.input('chi-tieu-1'))?.value;
  return {
    counts: { insert, checkAndMark, read, mark, goTo, needsChoice, update, convert },
    errors,
    converted,
  };
}

describe('round trips to Excel per action', () => {
  it('stay the same from 16 to 2,000 indicators', async () => {
    const small = await measure(16);
    const large = await measure(2000);

    expect(large.errors).toBeGreaterThan(small.errors);
    expect([small.converted, large.converted]).toEqual([0.085, 0.085]);
    // Reading for a check takes three syncs (names; used extents and header windows; the table's
    // columns), one more than reading every sheet whole, so that a data sheet beside the table is
    // never loaded (bench/addin-read.js).
    expect(small.counts).toEqual({
      insert: 3,
      checkAndMark: 4,
      read: 3,
      mark: 2,
      goTo: 1,
      needsChoice: 2,
      update: 3,
      convert: 2,
    });
    expect(large.counts).toEqual(small.counts);
  }, 60_000);
});
