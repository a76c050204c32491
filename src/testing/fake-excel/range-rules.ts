import { parseRange, rangeAddress } from '../../adapters/excel/a1';
import type {
  NarrowBasicValidation,
  NarrowConditionalFormat,
  NarrowConditionalFormatCollection,
  NarrowDataValidation,
  NarrowValidationRule,
} from '../../adapters/excel/excel-api';
import { FakeExcelError } from './errors';
import { contains } from './geometry';
import { writeOnly } from './request';
import type { FakeConditionalFormat, FakeValidation, RangeChange } from './sheet';

/** A range's rules: conditional formats (ExcelApi 1.6) and data validation (ExcelApi 1.8). */

export function conditionalFormats(change: RangeChange): NarrowConditionalFormatCollection {
  return {
    add: () => {
      const record: FakeConditionalFormat = { range: '', formula: '' };
      change('structure', (sheet, range) => {
        record.range = rangeAddress(range);
        sheet.conditionalFormats.push(record);
      });
      const edit = (apply: () => void) => change('structure', apply);
      const format: NarrowConditionalFormat = {
        custom: {
          rule: writeOnly({ formula: (formula: string) => edit(() => (record.formula = formula)) }),
          format: {
            fill: writeOnly({ color: (color: string) => edit(() => (record.fill = color)) }),
            font: writeOnly({ color: (color: string) => edit(() => (record.fontColor = color)) }),
          },
        },
      };
      return format;
    },
    clearAll: () =>
      change('structure', (sheet, range) => {
        const inside = (record: FakeConditionalFormat) => contains(range, parseRange(record.range));
        sheet.conditionalFormats.splice(
          0,
          sheet.conditionalFormats.length,
          ...sheet.conditionalFormats.filter((r) => !inside(r)),
        );
      }),
  };
}

export function dataValidation(change: RangeChange): NarrowDataValidation {
  const edit = (apply: (record: FakeValidation) => void) =>
    change('structure', (sheet, range) => {
      const address = rangeAddress(range);
      let record = sheet.validations.find((v) => v.range === address);
      if (!record) {
        record = { range: address };
        sheet.validations.push(record);
      }
      apply(record);
    });
  return writeOnly(
    {
      rule: (rule: NarrowValidationRule) => edit((record) => (record.rule = checkedRule(rule))),
      prompt: (prompt: NonNullable<FakeValidation['prompt']>) =>
        edit((record) => (record.prompt = { ...prompt })),
      errorAlert: (alert: NonNullable<FakeValidation['errorAlert']>) =>
        edit((record) => (record.errorAlert = { ...alert })),
    },
    {
      clear: () =>
        change('structure', (sheet, range) => {
          const kept = sheet.validations.filter((v) => !contains(range, parseRange(v.range)));
          sheet.validations.splice(0, sheet.validations.length, ...kept);
        }),
    },
  ) as NarrowDataValidation;
}

function checkedRule(rule: NarrowValidationRule): NarrowValidationRule {
  const basic = (b?: NarrowBasicValidation) =>
    !b || (b.formula1 !== undefined && typeof b.operator === 'string');
  const kinds = [rule.list, rule.decimal, rule.wholeNumber, rule.textLength].filter(Boolean).length;
  if (kinds !== 1 || !basic(rule.decimal) || !basic(rule.wholeNumber) || !basic(rule.textLength)) {
    throw new FakeExcelError('InvalidArgument', 'A validation rule needs exactly one complete kind.');
  }
  return structuredClone(rule);
}
