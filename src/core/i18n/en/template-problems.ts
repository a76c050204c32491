import type { ProblemCatalog } from '../../template/problem-catalog';

/** English messages for template problems: what is wrong, then how to fix it. */
export const templateProblems: ProblemCatalog = {
  kind: {
    text: 'a text in double quotes',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    list: 'a list in [ ]',
    object: 'an object in { }',
    null: 'null (an empty value)',
  },
  shownValue: {
    text: (v) => `the text ${v}`,
    number: (v) => `the number ${v}`,
    boolean: (v) => v,
  },
  notFinite: 'a number that is not finite',
  unknownValue: 'a value that cannot be read',
  alternatives: (kinds) => kinds.join(' or '),
  andMore: (count) => `${count} more problems. Fix the ones above and check again.`,

  missing: ({ expected, example }) =>
    `This required field is missing. Add it with ${expected}${example ? `, for example ${example}` : ''}.`,
  wrongType: ({ expected, received, example }) =>
    `This must be ${expected}, but it is ${received}. Correct it${example ? `, for example ${example}` : ''}.`,
  numberAsText: ({ received, suggestion }) =>
    `This must be a number, but it is ${received}. Write the number without quotes, with a decimal point: ${suggestion}.`,
  emptyText: () => 'This must not be empty. Enter the text.',
  textTooShort: ({ min }) => `Too short. Enter at least ${min} characters.`,
  textTooLong: ({ max, length }) =>
    `Too long (${length} characters). Shorten it to at most ${max} characters.`,
  numberTooSmall: ({ limit, inclusive, received }) =>
    `This is ${received}, below what is allowed. Enter a number ${inclusive ? 'of at least' : 'above'} ${limit}.`,
  numberTooBig: ({ limit, inclusive, received }) =>
    `This is ${received}, above what is allowed. Enter a number ${inclusive ? 'of at most' : 'below'} ${limit}.`,
  listTooShort: ({ min }) => `The list has too few items. Put at least ${min} in it.`,
  listTooLong: ({ max, length }) => `The list has ${length} items, too many. Reduce it to at most ${max}.`,
  badId: ({ received, suggestion }) =>
    `The id ${received} is not valid. An id has only lower-case letters without accents, digits, and hyphens between words${
      suggestion ? `, for example "${suggestion}"` : ', for example "tang-truong-kinh-te"'
    }.`,
  badPattern: ({ received, pattern }) =>
    `The value ${received} does not match ${pattern}. Correct it to match.`,
  badDate: ({ received }) =>
    `The date ${received} is not valid. Write a real date as YEAR-MONTH-DAY, for example "2022-12-26".`,
  badFormat: ({ received, format }) => `The value ${received} is not a valid ${format}. Correct it.`,
  wrongLiteral: ({ expected, received }) =>
    `This must be exactly ${expected}, but it is ${received}. Correct it.`,
  notAnOption: ({ received, options }) => `The value ${received} is not accepted. Choose one of: ${options}.`,
  missingOption: ({ options }) => `This required field is missing. Add it with one of: ${options}.`,
  unknownKey: ({ key, suggestion, allowed }) =>
    `The field ${key} is not part of the template format. ${
      suggestion ? `Did you mean ${suggestion}? ` : ''
    }Remove it or correct its name (fields used here: ${allowed}).`,
  noAlternative: ({ expected, received }) => `This must be ${expected}, but it is ${received}. Correct it.`,
  invalid: () => 'This value is not valid. Compare it with the template format and correct it.',

  rules: {
    'hidden-characters': () =>
      'This contains a hidden character (a control, text-direction or zero-width character), often picked up when copying from a web page or a PDF. Retype this text.',
    'rating-needs-scale': () =>
      'A rating indicator ("rating") needs a "scale": its levels, best first. Add one, for example "scale": ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"].',
    'scale-only-for-rating': () =>
      'Only a rating indicator ("type": "rating") has a "scale". Remove "scale" or change "type" to "rating".',
    'scale-duplicates': ({ level }) =>
      `The level ${level} appears twice in "scale" (ignoring case, accents and spaces). List each level once.`,
    'bounds-only-for-numbers': () =>
      'Only numeric indicators ("number", "integer", "percent") have "min"/"max" bounds. Remove "min" and "max".',
    'min-above-max': ({ min, max }) =>
      `The lower bound (${min}) is above the upper bound (${max}). Swap or correct them.`,
    'cumulative-only-for-numbers': () =>
      'Only numeric indicators add up over the year ("assess": "cumulative"). Choose "level" or "year-end".',
    'assess-contradicts-accumulates': () =>
      '"accumulates": true means cumulative, but "assess" says otherwise. Remove "accumulates" and keep only "assess".',
    'accumulates-only-for-numbers': () =>
      'Only numeric indicators add up over the year ("accumulates"). Remove "accumulates" or set it to false.',
    'between-only-for-numbers': () =>
      'The comparison "between" is only for numeric indicators. Use ">=", "<=" or "=".',
    'target-must-be-number': ({ received, suggestion }) =>
      `A numeric indicator needs a number as its target, but it is ${received}. Write the number without quotes, with a decimal point${
        suggestion ? `: ${suggestion}` : ', for example 217.67'
      }.`,
    'baseline-must-be-number': ({ received, suggestion }) =>
      `A numeric indicator needs a number as last year's figure ("baseline"), but it is ${received}. Write the number without quotes, with a decimal point${
        suggestion ? `: ${suggestion}` : ', for example 8.67'
      }.`,
    'target-must-be-integer': ({ received }) =>
      `A whole-number indicator ("integer") needs a whole number as its target, but it is ${received}. Make it a whole number or change "type" to "number".`,
    'target-outside-bounds': ({ received, range }) =>
      `The target ${received} lies outside the indicator's plausible range (${range}), so it could never be entered. Correct the target or the "min"/"max" bounds.`,
    'baseline-outside-bounds': ({ received, range }) =>
      `Last year's figure ${received} lies outside the indicator's plausible range (${range}). Correct "baseline" or the "min"/"max" bounds.`,
    'yesno-target': () =>
      'A yes/no indicator ("yesno") needs the target { "op": "=", "value": "Có" } (or "Không"). Change it to that.',
    'yesno-baseline': ({ received }) =>
      `A yes/no indicator needs "Có" or "Không" as last year's figure, but it is ${received}. Correct it.`,
    'rating-op': () =>
      'A rating indicator can only be compared with ">=" (this level or better), "<=" or "=". Change "op" to ">=".',
    'target-not-on-scale': ({ received, scale }) =>
      `The target ${received} is not one of the levels in "scale" (${scale}). Choose one of those levels exactly.`,
    'baseline-not-on-scale': ({ received, scale }) =>
      `Last year's rating ${received} is not one of the levels in "scale" (${scale}). Choose one of those levels exactly.`,
    'duplicate-id': ({ id, first }) =>
      `The id ${id} is already used by ${first}. Each indicator needs its own id: change one of them.`,
    'baseline-year': ({ baselineYear, year }) =>
      `The baseline year "baselineYear" (${baselineYear}) must come before the resolution's "year" (${year}), usually the year before. Correct it.`,
  },

  range: ({ min, max }) =>
    min !== undefined && max !== undefined
      ? `${min} to ${max}`
      : min !== undefined
        ? `at least ${min}`
        : `at most ${max}`,
  number: (n) => String(n),

  notAnObject: ({ received }) =>
    `A template must be a JSON object in { }, but this is ${received}. Use a template file in the "resolution-targets/v1" format.`,
  unreadable: () =>
    'This template cannot be read. Open the file in a text editor, save it as JSON and try again.',
  tooLarge: ({ size, limit }) =>
    `The file is too large (${size}); a template is at most ${limit}. Check that you chose the template file.`,
  tooDeep: ({ limit, line, column }) =>
    `Line ${line}, column ${column}: { } and [ ] are nested more than ${limit} levels deep, which no template needs. Check that you chose the template file.`,
  emptyFile: () => 'The file is empty. Choose a JSON template file that has content.',
  duplicateKey: ({ key, line, column, firstLine }) =>
    `Line ${line}, column ${column}: the field ${key} was already given on line ${firstLine}. Keep one and delete the other.`,
  jsonSyntax: ({ kind, line, column, found }) => {
    const at = `Line ${line}, column ${column}: `;
    switch (kind) {
      case 'unexpected-end':
        return `${at}the file ends too early. Check for a missing closing } or ].`;
      case 'unexpected-character':
        return `${at}the character ${found} is not understood. Check this place: a value is a number, a text in double quotes, true, false, null, { } or [ ].`;
      case 'trailing-comma':
        return `${at}there is an extra comma before ${found}. Remove the comma after the last item.`;
      case 'missing-comma-or-brace':
        return `${at}a comma between two fields or a closing } is missing. Add a comma or a } before ${found}.`;
      case 'missing-comma-or-bracket':
        return `${at}a comma between two items or a closing ] is missing. Add a comma or a ] before ${found}.`;
      case 'missing-colon':
        return `${at}a colon is missing after the field name. Add a : before ${found}.`;
      case 'key-not-quoted':
        return `${at}a field name must be in double quotes. Write "name" instead of name.`;
      case 'single-quotes':
        return `${at}JSON uses double quotes ", not single quotes '. Replace the single quotes with double quotes.`;
      case 'bad-escape':
        return `${at}a \\ in a text must be followed by a valid character (\\" \\\\ \\/ \\n \\t \\uXXXX). Write \\\\ for a single \\.`;
      case 'control-in-string':
        return `${at}a text contains a control character. Remove it or write it as \\uXXXX.`;
      case 'unterminated-string':
        return `${at}a text opens a double quote that is not closed on the same line. Add the closing ".`;
      case 'bad-number':
        return `${at}a number is written wrongly. Write numbers like 217.67 or 8 (decimal point, no leading zero, no + sign).`;
      case 'decimal-comma':
        return `${at}the comma here splits a number in two. JSON writes decimals with a point: write 217.67, not 217,67.`;
      case 'trailing-text':
        return `${at}there is more text after the template ends. Remove it, or check for an extra closing }.`;
    }
  },
  endOfText: 'the end of the file',
};
