import type { SchemaDocs } from '../../template/schema-docs';

export const schemaDocs: SchemaDocs = {
  description:
    'A resolution targets template. Rules relating fields to each other (indicator type and target, bounds, repeated ids…) are checked when the template is loaded.',
  template: {
    $schema: 'Path to this JSON Schema, so that editors complete and check the file as it is typed.',
    format: 'The file format, always "resolution-targets/v1".',
    id: 'Template id: lower-case letters without accents, digits and hyphens, e.g. "hung-tan-2023".',
    title: "The resolution's title, as at the head of the document.",
    issuer: 'The issuing body, e.g. "Đảng bộ xã Hưng Tân".',
    superior: 'The superior party committee, on the top line of the document header.',
    place: 'The place name in the place-date line, e.g. "Hưng Tân".',
    issuedOn: 'Date of issue as YEAR-MONTH-DAY, e.g. "2022-12-26".',
    resolutionNumber: 'Number and symbol of the resolution, e.g. "15-NQ/ĐU".',
    signer: 'Who signs the report: title ("title", e.g. "Bí thư") and name ("name").',
    recipients: 'Recipients of the report, one per line, e.g. "Ban Thường vụ Đảng ủy".',
    year: 'The year the targets are for.',
    baselineYear: 'The year of the baseline figures, usually the year before.',
    indicators: 'The indicators, in the order of the sheet.',
  },
  indicator: {
    id: 'Indicator id, unique in the template, e.g. "tang-truong-kinh-te"; the sheet shows it in the Mã column.',
    group: 'The group of the indicator in the sheet, e.g. "Kinh tế".',
    name: 'The name of the indicator.',
    unit: 'The unit, e.g. "tỷ đồng", "%", "đảng viên".',
    type: 'Kind of figure: "number", "integer", "percent" (0 to 100 unless "min"/"max" say otherwise), "yesno" (Có/Không), "rating" (a level of a "scale").',
    target:
      'The target, e.g. { "op": ">=", "value": 9 }, or { "op": "between", "min": 5, "max": 7, "better": "higher" }.',
    baseline: "Last year's actual figure, where the resolution gives it.",
    decimals: 'Decimal places used when comparing with the target (default 2).',
    source: 'The words of the resolution that set the target, for traceability.',
    min: 'Plausible lower bound: a figure below it is an entry error, not a miss.',
    max: 'Plausible upper bound: a figure above it is an entry error, not an exceedance.',
    scale: 'The rating levels, best first.',
    accumulates:
      'true for a figure summed over the year (production value, budget revenue, new party members…); at 6 and 9 months it is compared with the target pro-rated to the period.',
    assess:
      'How it is followed through the year: "cumulative" (summed: production value, budget revenue, new party members…), "level" (a rate, average or level at a point in time), "year-end" (decided once a year: ratings, recognitions, congresses…).',
    section: '"main" for a main target (the default), "task" for a countable task.',
    code: "The level above's code for this indicator, to consolidate communes whose templates differ.",
    note: 'A note for whoever enters the figures.',
  },
  target: {
    op: '">=" at least; ">" above; "<=" at most; "<" below; "=" equal; "between" within a range.',
    value:
      'The target: a number for a numeric indicator, "Có"/"Không" for yes/no, a level of "scale" for a rating.',
    min: 'The lower end of the range.',
    max: 'The upper end of the range.',
    better: '"higher" if more is better, "lower" if less is better.',
  },
};
