import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbook } from '../../src/adapters/xlsx';
import { checkFigures } from '../../src/core/check';
import type { Finding } from '../../src/core/check/types';
import type { SheetPlan } from '../../src/core/sheet-plan/types';
import { readFormulaResults } from '../../scripts/libreoffice/xlsx-results';
import { recalculate } from '../../scripts/libreoffice/soffice';
import type { Template } from '../../src/core/template/types';
import { getBuiltInTemplate } from '../../src/templates';
import { crossTemplate } from '../core/rules/support/cross-template';
import { writeFilledWorkbook, type Entry } from './support/workbooks';

/**
 * The "done when": the Tam Phước area rule (772 ha, in which 507 ha of rice and 265 ha of
 * other crops) and the Phú Thọ structure rule (41,8 + 39,7 + 18,5 = 100). LibreOffice, recalculating
 * the sheet without the add-in, shows "Không khớp" where the core finds `rule-failed` (500 + 265 ≠
 * 772 a warning, 41,8 + 39,7 + 20 ≠ 100 an error) and "Khớp" where the figures agree.
 */

const template = crossTemplate();
const consistent: Record<string, number> = {
  'dien-tich': 772,
  lua: 507,
  'cay-khac': 265,
  'nong-nghiep': 0.418,
  'cong-nghiep': 0.397,
  'dich-vu': 0.185,
  'gia-tri-san-xuat': 217.67,
  'tang-truong': 0.09,
};
const hungTan = getBuiltInTemplate('hung-tan-2023')!;
const cases: {
  name: string;
  values: Record<string, number | null>;
  template?: Template;
  lastYear?: Record<string, number | string | null>;
}[] = [
  { name: 'consistent', values: consistent },
  { name: 'wrong', values: { ...consistent, lua: 500, 'dich-vu': 0.2 } },
  {
    name: 'partial',
    values: { ...consistent, lua: null, 'tang-truong': 0.0912, 'gia-tri-san-xuat': 221.45 },
  },
  // The built-in template: 2022's production value entered by the clerk in `Thực hiện 2022`.
  ...[
    { name: 'hung-tan-wrong', growth: 0.0912, last: 199.7 },
    { name: 'hung-tan-right', growth: 0.1089, last: 199.7 },
    { name: 'hung-tan-no-2022', growth: 0.0912, last: null },
  ].map(({ name, growth, last }) => ({
    name,
    template: hungTan,
    values: { 'gia-tri-san-xuat': 221.45, 'tang-truong-kinh-te': growth },
    lastYear: { 'gia-tri-san-xuat': last },
  })),
];

interface Written {
  file: string;
  plan: SheetPlan;
}

let dir: string;
const written: Written[] = [];
let outputs: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lo-cross-'));
  mkdirSync(join(dir, 'in'));
  for (const { name, values, template: own, lastYear = {} } of cases) {
    const entries = new Map(
      Object.entries(values).map(([id, value]): [string, Entry] => [
        id,
        { value, explanation: 'x', ...(id in lastYear ? { baseline: lastYear[id] } : {}) },
      ]),
    );
    const file = join(dir, 'in', `${name}.xlsx`);
    written.push({ file, plan: await writeFilledWorkbook(own ?? template, 'nam', entries, file) });
  }
  outputs = recalculate(
    written.map((w) => w.file),
    join(dir, 'out'),
  ).outputs;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function both(index: number) {
  const reading = await readWorkbook(outputs[index]);
  if (!reading.ok) throw new Error(reading.problem.message.en);
  const [sheet] = reading.sheets;
  const findings = checkFigures(sheet.template, sheet.snapshot).findings.filter((f) => f.rule !== undefined);
  const { plan } = written[index];
  const results = await readFormulaResults(outputs[index], plan.sheetName);
  const { columns, ruleRows = [] } = plan.layout;
  const sheetSays = Object.fromEntries(
    ruleRows.map(({ ruleId, row }) => [
      ruleId,
      {
        left: results.get(`${columns.baseline}${row}`),
        right: results.get(`${columns.percent}${row}`),
        result: results.get(`${columns.verdict}${row}`),
      },
    ]),
  );
  return { findings, sheetSays };
}

const summary = (findings: Finding[]) =>
  findings.map(({ code, rule, severity }) => ({ code, rule, severity }));

test('consistent figures: no rule-failed, and the sheet shows Khớp on every rule', async () => {
  const { findings, sheetSays } = await both(0);
  expect(findings).toEqual([]);
  expect(sheetSays['dien-tich']).toEqual({ left: 772, right: 772, result: 'Khớp' });
  expect(sheetSays['co-cau'].result).toBe('Khớp');
  expect(sheetSays['tang-truong'].result).toBe('Khớp');
});

test('500 + 265 ≠ 772 and 41,8 + 39,7 + 20 ≠ 100: a warning and an error, "Không khớp" in the sheet', async () => {
  const { findings, sheetSays } = await both(1);
  expect(summary(findings)).toEqual([
    { code: 'rule-failed', rule: 'dien-tich', severity: 'warning' },
    { code: 'rule-failed', rule: 'co-cau', severity: 'error' },
  ]);
  expect(sheetSays['dien-tich']).toEqual({ left: 765, right: 772, result: 'Không khớp' });
  expect(sheetSays['co-cau']).toMatchObject({ right: 100, result: 'Không khớp' });
  expect(sheetSays['co-cau'].left).toBeCloseTo(101.5, 9);
  expect(sheetSays['tang-truong'].result).toBe('Khớp');
});

test('an empty figure leaves its rule blank in the sheet and out of the findings', async () => {
  const { findings, sheetSays } = await both(2);
  expect(summary(findings)).toEqual([{ code: 'rule-failed', rule: 'tang-truong', severity: 'warning' }]);
  expect(sheetSays['dien-tich']).toEqual({ left: '', right: '', result: '' });
  expect(sheetSays['co-cau'].result).toBe('Khớp');
  expect(sheetSays['tang-truong'].result).toBe('Không khớp');
});

describe('the built-in template: growth against the production value and the 2022 value entered', () => {
  const rule = 'tang-truong-va-gia-tri-san-xuat';
  test('E = 199,7, G = 221,45 and growth 9,12%: rule-failed, "Không khớp" with 10,89 in the sheet', async () => {
    const { findings, sheetSays } = await both(3);
    expect(summary(findings)).toEqual([{ code: 'rule-failed', rule, severity: 'warning' }]);
    expect(sheetSays[rule]).toMatchObject({ result: 'Không khớp' });
    expect(sheetSays[rule].left).toBeCloseTo(9.12, 9);
    expect(sheetSays[rule].right).toBeCloseTo(findings[0].right!, 6);
  });

  test('growth 10,89%: no finding, "Khớp"', async () => {
    const { findings, sheetSays } = await both(4);
    expect(findings).toEqual([]);
    expect(sheetSays[rule].result).toBe('Khớp');
  });

  test('2022 not entered: the rule is skipped, blank in the sheet', async () => {
    const { findings, sheetSays } = await both(5);
    expect(findings).toEqual([]);
    expect(sheetSays[rule]).toEqual({ left: '', right: '', result: '' });
  });
});
