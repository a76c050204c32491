import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbook } from '../../src/adapters/xlsx';
import { readAuthoringFile } from '../../src/adapters/xlsx/authoring';
import { readAuthoringSheet } from '../../src/core/authoring';
import { readFormulaResults } from '../../scripts/libreoffice/xlsx-results';
import { recalculate } from '../../scripts/libreoffice/soffice';
import { runCli } from '../cli/support';

// A drafted authoring sheet and the standard sheet made from it, opened and saved again by
// LibreOffice: both still read as they were written.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lo-authoring-'));
  mkdirSync(join(dir, 'in'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('LibreOffice opens a drafted authoring sheet and the standard sheet made from it', async () => {
  const seed = readFileSync(join(__dirname, '../fixtures/seed/nghi-quyet-2023-hung-tan.txt'), 'utf8');
  writeFileSync(join(dir, 'nq.txt'), seed);
  expect((await runCli(['draft', 'nq.txt', '--out', 'in/khai-bao.xlsx'], dir)).code).toBe(0);
  const before = await readAuthoringFile(join(dir, 'in', 'khai-bao.xlsx'));
  if (!before.ok) throw new Error('unreadable draft');
  const drafted = readAuthoringSheet(before.grid);
  if (!drafted.ok) throw new Error(drafted.findings[0].message.en);

  const [resaved] = recalculate([join(dir, 'in', 'khai-bao.xlsx')], join(dir, 'out')).outputs;
  const after = await readAuthoringFile(resaved);
  if (!after.ok) throw new Error('LibreOffice output unreadable');
  const reread = readAuthoringSheet(after.grid);
  expect(reread.ok && reread.template).toEqual(drafted.template);

  const made = await runCli(['template', '--template', resaved, '--out', 'in/chi-tieu.xlsx'], dir);
  expect(made.code).toBe(0);
  const [standard] = recalculate([join(dir, 'in', 'chi-tieu.xlsx')], join(dir, 'out2')).outputs;
  const reading = await readWorkbook(standard);
  if (!reading.ok) throw new Error(reading.problem.message.en);
  expect(reading.sheets[0].template).toEqual(drafted.template);
  const results = await readFormulaResults(standard, reading.sheets[0].sheetName);
  // Every verdict formula was computed by LibreOffice: no figures yet, so "Chưa có số liệu".
  const verdicts = [...results.values()].filter((v) => v === 'Chưa có số liệu');
  expect(verdicts.length).toBe(drafted.template.indicators.length);
});

test('LibreOffice keeps the Ràng buộc table of a drafted sheet: the rules read back the same', async () => {
  const text = [
    'Đảng ủy xã Tam Phước',
    'Nghị quyết năm 2023',
    '- Tổng diện tích gieo trồng 772 ha, trong đó: lúa 507 ha, cây màu 265 ha.',
    '- Cơ cấu kinh tế: nông nghiệp 41,8%; công nghiệp – xây dựng 39,7%; thương mại – dịch vụ 18,5%.',
  ].join('\n');
  writeFileSync(join(dir, 'rang-buoc.txt'), text);
  expect((await runCli(['draft', 'rang-buoc.txt', '--out', 'in/rang-buoc.xlsx'], dir)).code).toBe(0);
  const before = await readAuthoringFile(join(dir, 'in', 'rang-buoc.xlsx'));
  if (!before.ok) throw new Error('unreadable draft');
  const drafted = readAuthoringSheet(before.grid);
  if (!drafted.ok) throw new Error(drafted.findings[0].message.en);
  expect(drafted.template.rules?.map((rule) => rule.op)).toEqual(['==', '==']);

  const [resaved] = recalculate([join(dir, 'in', 'rang-buoc.xlsx')], join(dir, 'out3')).outputs;
  const after = await readAuthoringFile(resaved);
  if (!after.ok) throw new Error('LibreOffice output unreadable');
  const reread = readAuthoringSheet(after.grid);
  if (!reread.ok) throw new Error(reread.findings[0].message.en);
  expect(reread.template).toEqual(drafted.template);
});
