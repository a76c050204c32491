import { buildSheetPlan } from '../../../src/core/sheet-plan';
import { checkFigures, targetText } from '../../../src/core/check';
import type { RawValue } from '../../../src/core/check/types';
import type { SheetPlan } from '../../../src/core/sheet-plan/types';
import type { Template } from '../../../src/core/template/types';
import { cellAt, expand, textAt } from './support/plan-cells';
import { builtIn, everyKind, load } from './support/templates';

const template = builtIn();
const plan = buildSheetPlan(template);
const { layout } = plan;
const col = layout.columns;
const rowOf = (id: string) => layout.rows.find((r) => r.indicatorId === id)!.row;
const at = (key: keyof typeof col, id: string) => cellAt(plan, `${col[key]}${rowOf(id)}`)!;

describe('the standard sheet of hung-tan-2023', () => {
  test('has the table header texts readers look for, in one row', () => {
    const header = Object.values(col).map((letter) => textAt(plan, `${letter}${layout.headerRow}`));
    expect(header).toEqual([
      'STT',
      'Mã',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Thực hiện 2022',
      'Chỉ tiêu 2023',
      'Thực hiện 2023',
      '% so với chỉ tiêu',
      'Ước cả năm (không dùng khi báo cáo năm)',
      'Đánh giá',
      'Giải trình',
    ]);
    expect(layout.headers.code).toBe('Mã');
    expect(layout.headers.value).toBe('Thực hiện 2023');
  });

  test.each([
    ['6-thang', '6 tháng', '6 THÁNG ĐẦU NĂM 2023'],
    ['9-thang', '9 tháng', '9 THÁNG ĐẦU NĂM 2023'],
  ] as const)(
    'at %s heads the figure column by the period, beside Mã and Ước cả năm',
    (period, label, title) => {
      const midYear = buildSheetPlan(template, { period });
      const { columns, headerRow } = midYear.layout;
      const header = Object.values(columns).map((letter) => textAt(midYear, `${letter}${headerRow}`));
      expect(header).toEqual([
        'STT',
        'Mã',
        'Chỉ tiêu',
        'Đơn vị tính',
        'Thực hiện 2022',
        'Chỉ tiêu 2023',
        `Thực hiện ${label}`,
        '% so với KH năm',
        'Ước cả năm',
        'Đánh giá',
        'Giải trình',
      ]);
      expect(textAt(midYear, 'A5')).toBe(`BIỂU THEO DÕI THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU ${title}`);
      expect(textAt(midYear, midYear.layout.periodCell)).toBe(label);
      // The formulas are the same whatever the period planned: the period cell decides. Only the
      // cached results of the title, headers and note differ, each the planned period's words.
      const formulas = (p: typeof plan) =>
        p.cells.flatMap((c) =>
          c.content.kind === 'formula' ? [{ address: c.address, formula: c.content.formula }] : [],
        );
      expect(formulas(midYear)).toEqual(formulas(plan));
    },
  );

  test('lists one row per indicator, grouped under I, II, III, numbered 1, 2, ... through the sheet', () => {
    const groups = [...new Set(template.indicators.map((i) => i.group))];
    const expectedOrder = groups.flatMap((g) =>
      template.indicators.filter((i) => i.group === g).map((i) => i.id),
    );
    expect(layout.rows.map((r) => r.indicatorId)).toEqual(expectedOrder);
    expect(layout.rows.map((r) => textAt(plan, `${col.code}${r.row}`))).toEqual(expectedOrder);
    expect(layout.rows.map((r) => cellAt(plan, `${col.index}${r.row}`)!.content)).toEqual(
      expectedOrder.map((_, i) => ({ kind: 'number', value: i + 1 })),
    );

    const groupRows = groups.map((g) => rowOf(template.indicators.find((i) => i.group === g)!.id) - 1);
    expect(groupRows.map((r) => textAt(plan, `${col.index}${r}`))).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
    ]);
    expect(groupRows.map((r) => textAt(plan, `${col.name}${r}`))).toEqual(groups);
    expect(groupRows.every((r) => cellAt(plan, `${col.name}${r}`)!.style?.font?.bold)).toBe(true);
    expect(groupRows.map((r) => cellAt(plan, `${col.code}${r}`)!.content.kind)).toEqual(
      groups.map(() => 'empty'),
    );
  });

  test('opens like a party document: issuer and Party name, place-date, title, resolution, period', () => {
    // No superior named: a dotted line to fill in by hand; the committee issues the document.
    expect(textAt(plan, 'A1')).toBe('……………………………');
    expect(textAt(plan, 'A2')).toBe('ĐẢNG ỦY XÃ HƯNG TÂN');
    expect(cellAt(plan, 'A2')!.style?.font?.bold).toBe(true);
    expect(textAt(plan, 'A3')).toBe('*');
    const party = plan.cells.find(
      (c) => c.content.kind === 'text' && c.content.text === 'ĐẢNG CỘNG SẢN VIỆT NAM',
    )!;
    expect(party.style?.font).toMatchObject({ bold: true, underline: true });
    expect(party.address.startsWith('A')).toBe(false);

    const texts = plan.cells.filter((c) => c.content.kind === 'text');
    const placeDate = texts.find((c) => (c.content as { text: string }).text.startsWith('Hưng Tân, ngày'))!;
    expect((placeDate.content as { text: string }).text).toMatch(/^Hưng Tân, ngày \.+ tháng \.+ năm 2023$/);
    expect(placeDate.style?.font?.italic).toBe(true);

    const title = plan.cells.find(
      (c) => textAt(plan, c.address) === 'BIỂU THEO DÕI THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2023',
    )!;
    expect(title.style).toMatchObject({ font: { bold: true }, horizontal: 'center' });
    const resolution = texts.find((c) => (c.content as { text: string }).text === template.title)!;
    expect(resolution.style?.font?.italic).toBe(true);
    expect(Number(/\d+$/.exec(title.address)![0])).toBeLessThan(layout.headerRow);

    expect(textAt(plan, layout.periodCell)).toBe('Năm');
    const periodRow = /\d+$/.exec(layout.periodCell)![0];
    expect(
      texts.some(
        (c) => c.address.endsWith(periodRow) && (c.content as { text: string }).text === 'Kỳ báo cáo:',
      ),
    ).toBe(true);
    expect(plan.validations.find((v) => v.address === layout.periodCell)?.rule).toEqual({
      kind: 'list',
      items: ['6 tháng', '9 tháng', 'Năm'],
    });
    expect(textAt(buildSheetPlan(template, { period: '6-thang' }), layout.periodCell)).toBe('6 tháng');
  });

  test('puts the superior body above the issuer when the template names one', () => {
    const withSuperior = buildSheetPlan({ ...template, superior: 'Đảng bộ tỉnh Nghệ An' });
    expect(textAt(withSuperior, 'A1')).toBe('ĐẢNG BỘ TỈNH NGHỆ AN');
    expect(cellAt(withSuperior, 'A1')!.style?.font?.bold).toBe(false);
    expect(textAt(withSuperior, 'A2')).toBe('ĐẢNG ỦY XÃ HƯNG TÂN');
  });

  test('is set in Times New Roman throughout', () => {
    const fonts = plan.cells.filter((c) => c.style).map((c) => c.style!.font?.name);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
  });

  test('leaves exactly the input, estimate, explanation and period cells unlocked, and last year where the clerk enters it', () => {
    const unlocked = new Set(plan.unlockedRanges.flatMap(expand));
    const byId = new Map(template.indicators.map((i) => [i.id, i]));
    const entersBaseline = ({ indicatorId }: { indicatorId: string }) => {
      const indicator = byId.get(indicatorId)!;
      return ['number', 'integer', 'percent'].includes(indicator.type) && indicator.baseline === undefined;
    };
    const expected = new Set([
      layout.periodCell,
      ...layout.rows.flatMap(({ row }) => [
        `${col.value}${row}`,
        `${col.estimate}${row}`,
        `${col.explanation}${row}`,
      ]),
      ...layout.rows.filter(entersBaseline).map(({ row }) => `${col.baseline}${row}`),
    ]);
    expect(layout.rows.filter(entersBaseline).map((r) => r.indicatorId)).toContain('gia-tri-san-xuat');
    expect(unlocked).toEqual(expected);
    expect(plan.protection.password).toBeUndefined();
  });

  test('prints on A4 landscape, one page wide, repeating the header row; freezes the rows above the table', () => {
    expect(plan.print).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: layout.headerRow, last: layout.headerRow },
    });
    // Under the table, the line for the person who made the sheet; the clerk's note below it.
    const lastRow = Math.max(...layout.rows.map((r) => r.row));
    const prepared = plan.cells.find(
      (c) => c.content.kind === 'text' && c.content.text === 'Người lập biểu: ……………………………………',
    )!;
    const preparedRow = Number(/\d+$/.exec(prepared.address)![0]);
    expect(preparedRow).toBeGreaterThan(lastRow);
    const note = plan.cells.find((c) => textAt(plan, c.address)?.startsWith('Ghi chú:'))!;
    expect(Number(/\d+$/.exec(note.address)![0])).toBeGreaterThan(preparedRow);
    expect(plan.frozenRows).toBe(layout.headerRow);
    expect(plan.columnWidths).toHaveLength(11);
    for (const { row } of layout.rows)
      expect(plan.rowHeights.some((h) => h.row === row && h.height >= 15)).toBe(true);
  });

  test('borders every table cell and wraps the long texts', () => {
    for (const { row } of layout.rows) {
      for (const letter of Object.values(col))
        expect(cellAt(plan, `${letter}${row}`)?.style?.border).toBe('thin');
      expect(cellAt(plan, `${col.name}${row}`)?.style?.wrap).toBe(true);
    }
  });

  test('stores percent figures as fractions with a percent format and shows the comparison on targets', () => {
    expect(at('target', 'tang-truong-kinh-te')).toMatchObject({
      content: { kind: 'number', value: 0.09 },
      style: { numberFormat: '"≥ "0.00%' },
    });
    expect(at('baseline', 'tang-truong-kinh-te')).toMatchObject({
      content: { kind: 'number', value: 0.0867 },
      style: { numberFormat: '0.00%' },
    });
    expect(at('value', 'tang-truong-kinh-te').style?.numberFormat).toBe('0.00%');
    expect(at('target', 'ho-ngheo')).toMatchObject({
      content: { kind: 'number', value: 0.0057 },
      style: { numberFormat: '"≤ "0.00%' },
    });
    expect(at('target', 'gia-tri-san-xuat')).toMatchObject({
      content: { kind: 'number', value: 217.67 },
      style: { numberFormat: '"≥ "#,##0.00' },
    });
    expect(at('value', 'dang-vien-moi').style?.numberFormat).toBe('#,##0');
    const rating = template.indicators.find((i) => i.id === 'dang-bo-tsvm')!;
    expect(at('target', 'dang-bo-tsvm').content).toEqual({ kind: 'text', text: targetText(rating, 'vi') });
    expect(at('baseline', 'dang-bo-tsvm').content).toEqual({
      kind: 'text',
      text: 'Trong sạch, vững mạnh tiêu biểu',
    });
    expect(at('target', 'xa-chuan-y-te').content).toEqual({ kind: 'text', text: 'Có' });
    expect(at('percent', 'tang-truong-kinh-te').style?.numberFormat).toBe('0.00');
  });

  test('validates every input cell by the indicator type and hard bounds, in Vietnamese', () => {
    const byAddress = new Map(plan.validations.map((v) => [v.address, v]));
    for (const { row } of layout.rows) expect(byAddress.has(`${col.value}${row}`)).toBe(true);
    const of = (id: string) => byAddress.get(`${col.value}${rowOf(id)}`)!;
    // The estimate for the year takes what the figure takes.
    for (const { row } of layout.rows) {
      const estimate = byAddress.get(`${col.estimate}${row}`);
      expect(estimate && { ...estimate, address: '' }).toEqual({
        ...byAddress.get(`${col.value}${row}`)!,
        address: '',
      });
    }

    expect(of('tang-truong-kinh-te').rule).toEqual({ kind: 'decimal', min: -0.5, max: 1 });
    expect(of('tang-truong-kinh-te').prompt.message).toBe('Nhập tỷ lệ %, ví dụ 9%.');
    expect(of('gia-tri-san-xuat').rule).toEqual({ kind: 'decimal', min: 0, max: 10000 });
    expect(of('gia-tri-san-xuat').prompt.message).toContain('ví dụ 217,67');
    expect(of('gia-tri-san-xuat').error.message).toContain('từ 0 đến 10.000');
    expect(of('dang-vien-moi').rule).toEqual({ kind: 'whole', min: 0, max: 200 });
    expect(of('dang-bo-tsvm').rule).toMatchObject({
      kind: 'list',
      items: template.indicators.find((i) => i.id === 'dang-bo-tsvm')!.scale,
    });
    expect(of('xa-chuan-y-te').rule).toEqual({ kind: 'list', items: ['Có', 'Không'] });
    for (const v of plan.validations) {
      expect(v.error.title).toBe('Số liệu không hợp lệ');
      expect(v.prompt.message.length).toBeGreaterThan(0);
    }
  });

  test('last year is an input, validated and styled like the figure, only where the template gives no baseline', () => {
    const byAddress = new Map(plan.validations.map((v) => [v.address, v]));
    const entered = `${col.baseline}${rowOf('gia-tri-san-xuat')}`;
    expect({ ...byAddress.get(entered)!, address: '' }).toEqual({
      ...byAddress.get(`${col.value}${rowOf('gia-tri-san-xuat')}`)!,
      address: '',
    });
    const cell = cellAt(plan, entered)!;
    const figure = cellAt(plan, `${col.value}${rowOf('gia-tri-san-xuat')}`)!;
    expect(cell.content).toEqual({ kind: 'empty' });
    expect(cell.style?.fill).toBe(figure.style?.fill);
    expect(cell.style?.numberFormat).toBe(figure.style?.numberFormat);
    // A baseline the template gives stays the template's: written, locked, not validated, not an input's colour.
    const given = `${col.baseline}${rowOf('tang-truong-kinh-te')}`;
    expect(cellAt(plan, given)!.content).toEqual({ kind: 'number', value: 0.0867 });
    expect(cellAt(plan, given)!.style?.fill).toBeUndefined();
    expect(byAddress.has(given)).toBe(false);
    // Ratings and yes/no never: their last year is the template's words or nothing.
    expect(byAddress.has(`${col.baseline}${rowOf('xa-chuan-y-te')}`)).toBe(false);
  });

  test('colours whole rows by the Đánh giá word with expression rules', () => {
    const first = layout.rows[0].row - 1;
    const last = layout.rows[layout.rows.length - 1].row;
    const rule = (word: string) =>
      plan.conditionalFormats.find((f) => f.formula === `=$${col.verdict}${first}="${word}"`);
    // The Kiểm tra chéo block under the table has its own (see cross-checks-agree.test.ts).
    const ruleRows = layout.ruleRows ?? [];
    const block = `${col.verdict}${ruleRows[0]?.row}:${col.verdict}${ruleRows[ruleRows.length - 1]?.row}`;
    // The estimate column has its own (greyed at the year's end, below).
    const estimate = `${col.estimate}${layout.headerRow}:${col.estimate}${last}`;
    const table = plan.conditionalFormats.filter((f) => f.range !== block && f.range !== estimate);
    // One rule per word with a colour: every status but "no data", and "Cần kiểm tra".
    expect(table).toHaveLength(12);
    for (const f of table) expect(f.range).toBe(`A${first}:${col.explanation}${last}`);
    expect(rule('Dự kiến không đạt')).toMatchObject({ fill: '#FFC7CE', fontColor: '#9C0006' });
    expect(rule('Chưa đạt')).toMatchObject({ fill: '#DDEBF7' });
    expect(rule('Không đạt')).toMatchObject({ fill: '#FFC7CE', fontColor: '#9C0006' });
    expect(rule('Chậm tiến độ')).toMatchObject({ fill: '#FFC7CE', fontColor: '#9C0006' });
    expect(rule('Vượt')).toMatchObject({ fill: '#C6EFCE', fontColor: '#006100' });
    expect(rule('Đạt')).toBeDefined();
    expect(rule('Đúng tiến độ')).toBeDefined();
  });

  test('carries its template in a very hidden store sheet', () => {
    expect(plan.store.sheetName).toBe('_resolution_targets');
    expect(plan.store.cells.every((c) => c.content.kind === 'text')).toBe(true);
  });
});

describe('targets written by the plan', () => {
  test.each([
    ['hung-tan-2023', template],
    ['every kind', everyKind()],
  ])('read back by the checker as the template targets (%s)', (_name, t) => {
    const p = buildSheetPlan(t);
    const figures = p.layout.rows.map(({ indicatorId, row }) => {
      const target = cellAt(p, `${p.layout.columns.target}${row}`)!;
      const content = target.content;
      const raw: RawValue =
        content.kind === 'number' ? content.value : content.kind === 'text' ? content.text : null;
      return { indicatorId, raw: null, targetInSheet: raw, targetNumberFormat: target.style?.numberFormat };
    });
    const report = checkFigures(t, { period: 'nam', figures });
    expect(report.findings.filter((f) => f.code === 'target-overwritten')).toEqual([]);
  });
});

describe('formulas of the standard sheet', () => {
  const formulas = (p: SheetPlan) =>
    p.cells.flatMap((c) => (c.content.kind === 'formula' ? [c.content.formula] : []));
  const plans = [plan, buildSheetPlan(everyKind()), buildSheetPlan(template, { lang: 'en' })];

  test('fill the % and Đánh giá columns of every indicator row', () => {
    for (const { row } of layout.rows)
      expect(cellAt(plan, `${col.verdict}${row}`)?.content.kind).toBe('formula');
    expect(at('percent', 'gia-tri-san-xuat').content.kind).toBe('formula');
    expect(at('percent', 'dang-bo-tsvm').content.kind).toBe('empty');
  });

  test('use no volatile function and nothing newer than Excel 2010', () => {
    const banned =
      /\b(INDIRECT|OFFSET|TODAY|NOW|CELL|INFO|RAND|RANDBETWEEN|IFS|SWITCH|XLOOKUP|LET|MAXIFS|MINIFS|CONCAT|TEXTJOIN|FILTER)\(/;
    for (const formula of plans.flatMap(formulas)) {
      const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
      expect(outsideStrings).not.toMatch(banned);
      expect(outsideStrings).not.toContain(';');
      expect(formula.startsWith('=')).toBe(true);
      expect(formula.length).toBeLessThanOrEqual(8192);
    }
  });

  test('nest no deeper than Excel allows, even for a scale of 20 levels', () => {
    const scale = Array.from({ length: 20 }, (_, i) => `Mức ${i + 1}`);
    const deep = buildSheetPlan(
      load({
        format: 'resolution-targets/v1',
        id: 'thang-dai',
        title: 'Thử',
        issuer: 'Đảng bộ xã Thử',
        year: 2023,
        indicators: [
          {
            id: 'xep-loai',
            group: 'Khác',
            name: 'Xếp loại',
            type: 'rating',
            scale,
            target: { op: '>=', value: 'Mức 3' },
          },
        ],
      }),
    );
    for (const formula of [...formulas(deep), ...plans.flatMap(formulas)]) {
      let depth = 0;
      let deepest = 0;
      for (const ch of formula.replace(/"(?:[^"]|"")*"/g, '""')) {
        if (ch === '(') deepest = Math.max(deepest, ++depth);
        if (ch === ')') depth--;
      }
      expect(deepest).toBeLessThanOrEqual(64);
    }
  });

  test('embed the template targets rather than read the target cells, so an overwritten target changes no verdict', () => {
    const formula = (at('verdict', 'gia-tri-san-xuat').content as { formula: string }).formula;
    expect(formula).toContain('217.67');
    expect(formula).not.toContain(`${col.target}${rowOf('gia-tri-san-xuat')}`);
  });
});

describe('text from a template', () => {
  const hostile = load({
    format: 'resolution-targets/v1',
    id: 'thu-cong-thuc',
    title: '=1+1',
    issuer: '@SUM(1)',
    superior: '+Đảng bộ huyện',
    place: '-Hưng Tân',
    year: 2023,
    indicators: [
      {
        id: 'chi-tieu',
        group: '=cmd|"/c calc"!A1',
        name: '=HYPERLINK("http://example.com","x")',
        unit: '+tỷ đồng',
        type: 'number',
        target: { op: '>=', value: 1 },
      },
      {
        id: 'xep-loai',
        group: 'Khác',
        name: '-Xếp loại',
        type: 'rating',
        scale: ['="Tốt"', 'Khá'],
        target: { op: '>=', value: '="Tốt"' },
      },
    ],
  });
  const hostilePlan = buildSheetPlan(hostile);

  test('is always written as text, never as a formula', () => {
    const strings = [
      hostile.title,
      '@SUM(1)',
      '+ĐẢNG BỘ HUYỆN',
      '=cmd|"/c calc"!A1',
      '=HYPERLINK("http://example.com","x")',
      '+tỷ đồng',
      '-Xếp loại',
      '="Tốt"',
    ];
    for (const s of strings) {
      const found = hostilePlan.cells.filter((c) => c.content.kind === 'text' && c.content.text.includes(s));
      expect({ s, found: found.length > 0 }).toEqual({ s, found: true });
    }
    const formulas = hostilePlan.cells.flatMap((c) =>
      c.content.kind === 'formula' ? [c.content.formula] : [],
    );
    expect(formulas.some((f) => f.includes('HYPERLINK'))).toBe(false);
    expect(formulas.some((f) => f.includes('cmd|'))).toBe(false);
    // A scale level is a string inside the verdict formula, its quotes written as CHAR(34).
    expect(formulas.some((f) => f.includes('=("="&CHAR(34)&"Tốt"&CHAR(34)&"")'))).toBe(true);
  });
});

describe('a template whose texts are long', () => {
  const long = everyKind();
  const longPlan = buildSheetPlan({
    ...long,
    indicators: long.indicators.map((i) => ({ ...i, name: `${i.name} ${'rất dài '.repeat(40)}`.trim() })),
  } as Template);

  test('keeps every validation text within Excel limits', () => {
    for (const v of longPlan.validations) {
      expect(v.prompt.title.length).toBeLessThanOrEqual(32);
      expect(v.error.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt.message.length).toBeLessThanOrEqual(255);
      expect(v.error.message.length).toBeLessThanOrEqual(225);
    }
  });

  test('lists a scale too long for an inline list in cells below the table, and points the rule at them', () => {
    const indicator = long.indicators.find((i) => i.id === 'xep-loai-dai')!;
    const row = longPlan.layout.rows.find((r) => r.indicatorId === 'xep-loai-dai')!.row;
    const rule = longPlan.validations.find(
      (v) => v.address === `${longPlan.layout.columns.value}${row}`,
    )!.rule;
    expect(rule.kind).toBe('list');
    if (rule.kind !== 'list') return;
    expect(rule.items).toEqual(indicator.scale);
    expect(rule.source).toMatch(/^\$C\$\d+:\$C\$\d+$/);
    const cells = expand(rule.source!.replace(/\$/g, ''));
    expect(cells.map((a) => textAt(longPlan, a))).toEqual(indicator.scale);
    const lastRow = Math.max(...longPlan.layout.rows.map((r) => r.row));
    expect(Number(cells[0].slice(1))).toBeGreaterThan(lastRow);
    const short = longPlan.validations.find(
      (v) =>
        v.address ===
        `${longPlan.layout.columns.value}${longPlan.layout.rows.find((r) => r.indicatorId === 'xep-loai-bang')!.row}`,
    )!.rule;
    expect(short).toEqual({ kind: 'list', items: ['Tốt', 'Khá', 'Trung bình'] });
  });
});

describe('the English sheet', () => {
  const en = buildSheetPlan(template, { lang: 'en' });

  test('keeps the Vietnamese headers and period labels readers find the table by, and says what it wrote', () => {
    expect(en.layout.headers.code).toBe('Mã');
    expect(en.layout.headers.value).toBe('Thực hiện 2023');
    expect(en.layout.periodLabels).toEqual({ '6-thang': '6 tháng', '9-thang': '9 tháng', nam: 'Năm' });
    for (const [key, letter] of Object.entries(en.layout.columns)) {
      expect(textAt(en, `${letter}${en.layout.headerRow}`)).toBe(
        en.layout.headers[key as keyof typeof en.layout.headers],
      );
    }
    expect(en.layout.headers.verdict).toBe('Verdict');
    expect(
      en.cells.some((c) => c.content.kind === 'formula' && c.content.formula.includes('"Exceeded"')),
    ).toBe(true);
  });
});
