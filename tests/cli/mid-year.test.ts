import path from 'node:path';
import ExcelJS from 'exceljs';
import { editWorkbook, runCli, tempDir } from './support';

/**
 * A 6- and a 9-month review as a commune writes it (docs/design.md, "Through the year"): the sheet
 * made by `template --period`, figures and estimates typed as clerks type them, then `check --json`.
 */

const { dir, cleanup } = tempDir();
const file = (name: string) => path.join(dir, name);
afterAll(cleanup);

async function headerRow(name: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file(name));
  const sheet = workbook.worksheets.find((each) => each.state === 'visible')!;
  let found: string[] = [];
  sheet.eachRow((row) => {
    // A header that follows the period cell is a formula whose cached result the file shows.
    const shown = (v: unknown) =>
      typeof v === 'string' ? v : v && typeof v === 'object' && 'result' in v ? String(v.result) : '';
    const texts = (row.values as unknown[]).map(shown);
    if (texts.includes('Mã')) found = texts.filter(Boolean);
  });
  return found;
}

interface Checked {
  period: string;
  indicators: { id: string; status: string; estimate?: { raw: unknown; value: unknown } }[];
  issues: { code: string; cell: string | null; indicator: string | null }[];
  summary: Record<string, number>;
}

async function check(name: string): Promise<Checked> {
  const run = await runCli(['check', name, '--json'], dir);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout)[0] as Checked;
}

describe('check at 6 months', () => {
  beforeAll(async () => {
    const made = await runCli(['template', '--period', '6-thang', '--out', 'sau-thang.xlsx'], dir);
    expect(made.code).toBe(0);
    await editWorkbook(file('sau-thang.xlsx'), ({ input, cell }) => {
      input('thu-nhap-binh-quan').value = '27,5';
      cell('thu-nhap-binh-quan', 'estimate').value = '58';
      input('tang-truong-kinh-te').value = '7,5%';
      input('ho-ngheo').value = 0.0072;
      input('gia-tri-san-xuat').value = 100;
      input('thu-ngan-sach').value = 14;
      input('bhyt').value = 0.9;
      cell('bhyt', 'estimate').value = '96%';
      input('dang-vien-moi').value = 3;
      cell('dang-vien-moi', 'estimate').value = 6;
      input('dai-hoi-cong-doan').value = 'x';
      input('chinh-quyen').value = 'HTXSNV';
    });
  });

  it('has the columns "Thực hiện 6 tháng" and "Ước cả năm" beside "Mã"', async () => {
    const header = await headerRow('sau-thang.xlsx');
    expect(header).toEqual(
      expect.arrayContaining(['Mã', 'Thực hiện 6 tháng', '% so với KH năm', 'Ước cả năm']),
    );
  });

  it('judges estimates as forecasts, levels as not yet, year-end items as not assessed, never "missed"', async () => {
    const report = await check('sau-thang.xlsx');
    expect(report.period).toBe('6-thang');
    const status = Object.fromEntries(report.indicators.map((i) => [i.id, i.status]));
    expect(status).toMatchObject({
      'thu-nhap-binh-quan': 'forecast-exceeded',
      'tang-truong-kinh-te': 'not-yet',
      'ho-ngheo': 'not-assessed',
      'gia-tri-san-xuat': 'behind',
      'thu-ngan-sach': 'on-track',
      bhyt: 'forecast-met',
      'dang-vien-moi': 'forecast-missed',
      'dai-hoi-cong-doan': 'met',
      'dai-hoi-hoi-nong-dan': 'not-assessed',
      'chinh-quyen': 'not-assessed',
      'lang-van-hoa-tinh': 'no-data',
    });
    expect(Object.values(status)).not.toContain('missed');
    const income = report.indicators.find((i) => i.id === 'thu-nhap-binh-quan')!;
    expect(income.estimate).toEqual({ raw: '58', value: 58 });
    expect(report.indicators.find((i) => i.id === 'tang-truong-kinh-te')!.estimate).toBeUndefined();
    expect(report.summary).toMatchObject({
      forecastExceeded: 1,
      forecastMet: 1,
      forecastMissed: 1,
      notYet: 1,
      onTrack: 1,
      behind: 1,
      missed: 0,
    });
    expect(report.summary.notAssessed).toBeGreaterThanOrEqual(3);
    // A forecast miss, like a miss, asks for an explanation; the abbreviation asks for the written-out level.
    const codes = report.issues.map((issue) => `${issue.indicator}:${issue.code}`);
    expect(codes).toEqual(
      expect.arrayContaining(['dang-vien-moi:missing-explanation', 'chinh-quyen:level-respelled']),
    );
  });

  it('prints the headline of main targets as expected ("Dự kiến đạt và vượt"), tasks on their own line', async () => {
    const run = await runCli(['check', 'sau-thang.xlsx'], dir);
    expect(run.stdout).toMatch(/Dự kiến đạt và vượt 3\/12 chỉ tiêu chủ yếu/);
    expect(run.stdout).toMatch(/\nNhiệm vụ: hoàn thành 1\/12/);
    expect(run.stdout).toContain('Dự kiến không đạt');
  });
});

describe('check at 9 months', () => {
  it('heads the figure column "Thực hiện 9 tháng" and judges a cumulative figure against ¾ of the year', async () => {
    const made = await runCli(['template', '--period', '9-thang', '--out', 'chin-thang.xlsx'], dir);
    expect(made.code).toBe(0);
    expect(await headerRow('chin-thang.xlsx')).toEqual(
      expect.arrayContaining(['Mã', 'Thực hiện 9 tháng', 'Ước cả năm']),
    );
    await editWorkbook(file('chin-thang.xlsx'), ({ input, cell }) => {
      input('dang-vien-moi').value = 6;
      input('thu-nhap-binh-quan').value = 57;
      input('gia-tri-san-xuat').value = '150,5';
      cell('gia-tri-san-xuat', 'estimate').value = '210 tỷ';
    });
    const report = await check('chin-thang.xlsx');
    const status = Object.fromEntries(report.indicators.map((i) => [i.id, i.status]));
    expect(report.period).toBe('9-thang');
    expect(status).toMatchObject({
      'dang-vien-moi': 'on-track',
      'thu-nhap-binh-quan': 'met',
      'gia-tri-san-xuat': 'forecast-missed',
    });
  });
});
