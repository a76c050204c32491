import { shiftReferences } from '../../src/preview/calc/shift-references';
import { PreviewWorkbook } from '../../src/preview/preview-workbook';

describe('conditional-format formulas moved to another cell', () => {
  test('relative parts move, anchored parts and texts stay', () => {
    expect(shiftReferences('=$K12="Không đạt"', 3, 5)).toBe('=$K15="Không đạt"');
    expect(shiftReferences('=A1+$B$2+C$3', 1, 1)).toBe('=B2+$B$2+D$3');
    expect(shiftReferences('=IF(G12="A1",LOG10(G12),0)', 1, 0)).toBe('=IF(G13="A1",LOG10(G13),0)');
  });
});

describe('the preview workbook calculates as Excel does', () => {
  test('formula results, Excel rounding, and conditional fills follow what a person types', () => {
    const workbook = new PreviewWorkbook();
    const sheet = workbook.state.sheets[0];
    sheet.conditionalFormats.push({ range: 'C1:C3', formula: '=$B1="Không đạt"', fill: '#FFC7CE' });
    workbook.type(1, 1, '1.005');
    workbook.type(1, 2, '=IF(ROUND(A1*100,0)>=101,"Đạt","Không đạt")');
    expect(sheet.cellAt('B1')?.value).toBe('Đạt');
    expect(workbook.look(1, 3)).toBeUndefined();
    workbook.type(1, 1, '1');
    expect(sheet.cellAt('B1')?.value).toBe('Không đạt');
    expect(workbook.look(1, 3)?.fill).toBe('#FFC7CE');
    expect(workbook.look(2, 3)).toBeUndefined();
  });

  test('a text figure stays text, a percent cell takes 9 as 9%, an error shows as Excel shows it', () => {
    const workbook = new PreviewWorkbook();
    const sheet = workbook.state.sheets[0];
    workbook.type(1, 1, '8,67%');
    expect(sheet.cellAt('A1')?.value).toBe('8,67%');
    sheet.ensureCell(2, 1).numberFormat = '0.00%';
    workbook.type(2, 1, '9');
    expect(sheet.cellAt('A2')?.value).toBeCloseTo(0.09, 12);
    workbook.type(3, 1, '=1/0');
    expect(sheet.cellAt('A3')).toMatchObject({ value: '#DIV/0!', isError: true });
  });

  test('a locked cell of a protected sheet refuses typing, as Excel does', () => {
    const workbook = new PreviewWorkbook();
    workbook.state.sheets[0].protection = { protected: true };
    expect(workbook.type(1, 1, '5')).toEqual({ ok: false, reason: 'locked' });
  });
});
