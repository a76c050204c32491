import { join } from 'path';
import { readWorkbook } from '../../src/adapters/xlsx';
import { checkFigures } from '../../src/core/check';
import { statusWord } from '../../src/core/i18n/status-words';
import { recalculate } from '../../scripts/libreoffice/soffice';
import { readFormulaResults } from '../../scripts/libreoffice/xlsx-results';
import { editWorkbook, hungTan, layoutOf, runCli, tempDir } from '../cli/support';

/**
 * Issue 11: changing the period cell of an existing sheet updates its title, headers and verdicts
 * without the add-in. A year's sheet made by the CLI, filled, its period cell set to "6 tháng" by
 * another program (ExcelJS, which calculates nothing), then opened by LibreOffice, which does.
 */

const { dir, cleanup } = tempDir();
const file = (name: string) => join(dir, name);
afterAll(cleanup);

const layout = layoutOf(hungTan);
const { columns, headerRow } = layout;
const shownWords = (results: Map<string, unknown>) => ({
  title: results.get('A5'),
  value: results.get(`${columns.value}${headerRow}`),
  percent: results.get(`${columns.percent}${headerRow}`),
  estimate: results.get(`${columns.estimate}${headerRow}`),
});

test('a year sheet whose period cell is changed to "6 tháng" shows 6 months in its title and headers, and judges by them', async () => {
  expect((await runCli(['template', '--out', 'nam.xlsx'], dir)).code).toBe(0);
  const periods = [
    ['nam-filled.xlsx', 'Năm'],
    ['sau-thang.xlsx', '6 tháng'],
  ] as const;
  for (const [name, label] of periods)
    await editWorkbook(
      file('nam.xlsx'),
      (editor) => {
        // Figures stored as numbers and the scale's own words: the sheet's formulas read them all.
        const figures: Record<string, number | string> = {
          'gia-tri-san-xuat': 230.5,
          'tang-truong-kinh-te': 0.0867,
          'thu-nhap-binh-quan': 57,
          'ho-ngheo': 0.0057,
          bhyt: 0.95,
          'truong-tieu-hoc-chuan-2': 'Có',
          'chinh-quyen': 'Hoàn thành xuất sắc nhiệm vụ',
          'dang-vien-moi': 10,
        };
        for (const [id, value] of Object.entries(figures)) editor.input(id).value = value;
        editor.cell('dang-vien-moi', 'estimate').value = 12;
        editor.sheet.getCell(layout.periodCell).value = label;
      },
      hungTan,
      file(name),
    );

  // Read without recalculation: the cached headers still say the year; the period is the cell's.
  const unrecalculated = await readWorkbook(file('sau-thang.xlsx'));
  if (!unrecalculated.ok) throw new Error(unrecalculated.problem.message.en);
  expect(unrecalculated.sheets[0].snapshot.period).toBe('6-thang');

  const { outputs } = recalculate(
    periods.map(([name]) => file(name)),
    file('out'),
  );
  const words = [];
  const verdicts: Record<string, unknown>[] = [];
  for (const output of outputs) {
    const reading = await readWorkbook(output);
    if (!reading.ok) throw new Error(reading.problem.message.en);
    const [sheet] = reading.sheets;
    const results = await readFormulaResults(output, sheet.sheetName);
    words.push(shownWords(results));
    // The verdicts LibreOffice computed are the core's words for the period the reader takes.
    const report = checkFigures(sheet.template, sheet.snapshot);
    const row = new Map(layout.rows.map((r) => [r.indicatorId, r.row]));
    const sheetSays = Object.fromEntries(
      report.results.map((r) => [
        r.indicator.id,
        results.get(`${columns.verdict}${row.get(r.indicator.id)}`),
      ]),
    );
    const coreSays = Object.fromEntries(
      report.results.map((r) => [r.indicator.id, statusWord(r.status, 'vi')]),
    );
    expect({ period: sheet.snapshot.period, verdicts: sheetSays }).toEqual({
      period: sheet.snapshot.period,
      verdicts: coreSays,
    });
    verdicts.push({ period: sheet.snapshot.period, ...sheetSays });
  }

  expect(words).toEqual([
    {
      title: 'BIỂU THEO DÕI THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2023',
      value: 'Thực hiện 2023',
      percent: '% so với chỉ tiêu',
      estimate: 'Ước cả năm (không dùng khi báo cáo năm)',
    },
    {
      title: 'BIỂU THEO DÕI THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2023',
      value: 'Thực hiện 6 tháng',
      percent: '% so với KH năm',
      estimate: 'Ước cả năm',
    },
  ]);
  // The same figures judged for the year and for 6 months: a miss is "not yet" mid-year, and the
  // estimate counts only mid-year.
  expect(verdicts[0]).toMatchObject({
    period: 'nam',
    'tang-truong-kinh-te': 'Không đạt',
    'dang-vien-moi': 'Vượt',
  });
  expect(verdicts[1]).toMatchObject({
    period: '6-thang',
    'tang-truong-kinh-te': 'Chưa đạt',
    'dang-vien-moi': 'Dự kiến vượt',
  });
});
