import type { CheckReport, IndicatorResult, Status, Summary } from '../../src/core/check/types';
import { loadTemplate } from '../../src/core/template/load';
import type { Template } from '../../src/core/template/types';
import type { ExcelActions } from '../../src/taskpane/actions';

export function makeTemplate(count: number, title = 'Nghị quyết thử năm 2023'): Template {
  const loaded = loadTemplate({
    format: 'resolution-targets/v1',
    id: 'thu-2023',
    title,
    issuer: 'Đảng bộ xã Thử',
    year: 2023,
    indicators: Array.from({ length: count }, (_, i) => ({
      id: `chi-tieu-${i + 1}`,
      group: 'Kinh tế',
      name: `Chỉ tiêu số ${i + 1}`,
      unit: '%',
      type: 'percent',
      target: { op: '>=', value: 90 },
    })),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.template;
}

const COUNTERS: Record<Status, keyof Summary> = {
  exceeded: 'exceeded',
  met: 'met',
  missed: 'missed',
  'on-track': 'onTrack',
  behind: 'behind',
  'forecast-exceeded': 'forecastExceeded',
  'forecast-met': 'forecastMet',
  'forecast-missed': 'forecastMissed',
  'not-yet': 'notYet',
  'not-assessed': 'notAssessed',
  'no-data': 'noData',
  invalid: 'invalid',
};

/** A report whose summary is counted from its results and findings, as the core does. */
export function makeReport(
  statuses: Status[],
  findings: CheckReport['findings'] = [],
  overrides: (result: IndicatorResult, index: number) => Partial<IndicatorResult> = () => ({}),
): CheckReport {
  const template = makeTemplate(statuses.length);
  const results = statuses.map((status, i): IndicatorResult => {
    const base: IndicatorResult = {
      indicator: template.indicators[i],
      cell: `'Chỉ tiêu 2023'!H${12 + i}`,
      raw: status === 'no-data' ? null : 80,
      value: status === 'no-data' ? null : 80,
      status,
      percentOfTarget: status === 'no-data' ? null : 88.89,
      storedAsText: false,
    };
    return { ...base, ...overrides(base, i) };
  });
  const summary: Summary = {
    exceeded: 0,
    met: 0,
    missed: 0,
    onTrack: 0,
    behind: 0,
    forecastExceeded: 0,
    forecastMet: 0,
    forecastMissed: 0,
    notYet: 0,
    notAssessed: 0,
    noData: 0,
    invalid: 0,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    missingExplanations: 0,
  };
  for (const r of results) summary[COUNTERS[r.status]] += 1;
  return { templateId: template.id, year: 2023, period: 'nam', results, findings, summary };
}

export function repeat(status: Status, times: number): Status[] {
  return Array.from({ length: times }, () => status);
}

export function fakeActions(overrides: Partial<ExcelActions> = {}): jest.Mocked<ExcelActions> {
  return {
    insertSheet: jest.fn().mockResolvedValue({ sheetName: 'Chỉ tiêu 2023', kind: 'created', notes: [] }),
    check: jest.fn().mockResolvedValue(makeReport(['met'])),
    insertAuthoringSheet: jest
      .fn()
      .mockResolvedValue({ ok: true, sheetName: 'Khai báo chỉ tiêu', count: 16, notes: [] }),
    readAuthoringSheet: jest.fn().mockResolvedValue({
      sheetName: 'Khai báo chỉ tiêu',
      reading: { ok: true, template: makeTemplate(3), findings: [] },
    }),
    prepareNextYear: jest.fn().mockResolvedValue({
      kind: 'created',
      sheetName: 'Khai báo chỉ tiêu',
      year: 2024,
      count: 3,
      notes: [],
    }),
    goToCell: jest.fn().mockResolvedValue(undefined),
    convertTextFigures: jest.fn().mockResolvedValue({ converted: [], skipped: [] }),
    makeReport: jest.fn().mockResolvedValue({ ok: true, sheetName: 'Báo cáo', notes: [] }),
    wordReport: jest
      .fn()
      .mockResolvedValue({ ok: true, fileName: 'bao-cao-2023.docx', bytes: new Uint8Array([80, 75]) }),
    canSaveFiles: true,
    saveFile: jest.fn(),
    seal: jest.fn().mockResolvedValue({
      ok: true,
      sheetName: 'Chỉ tiêu 2023',
      sealedAt: '2026-11-29T22:50:00.000Z',
      code: 'a1b2c3d4e5f6',
    }),
    sealStatus: jest.fn().mockReturnValue(null),
    ...overrides,
  } as jest.Mocked<ExcelActions>;
}

/** A promise the test settles by hand, to look at the pane while Excel is still working. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
