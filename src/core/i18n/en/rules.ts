import type { RuleMessages } from '../../rules/rule-catalog';

/** English words of the cross-indicator rules: their problems, findings and the cross-checks block. */
export const rules: RuleMessages = {
  problems: {
    syntax: ({ side, column, found, text }) =>
      `${side} "${text}" is not a valid expression at character ${column} (${found === null ? 'it ends too early' : `found "${found}"`}). Write numbers with a decimal point, + - * /, parentheses and #{indicator-id}, e.g. "#{lua} + #{mau}".`,
    badReference: ({ side, column }) =>
      `${side} has a malformed reference at character ${column}. Write #{indicator-id} or #{indicator-id.baseline}, the id in lower-case letters joined by hyphens.`,
    tooDeep: ({ side }) => `${side} nests too many parentheses. Write it more simply.`,
    unknownIndicator: ({ id, suggestion }) =>
      `There is no indicator with id "${id}" in the template.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use the id of an indicator in the list.`,
    notNumeric: ({ id, name }) =>
      `Indicator "${id}" (${name}) is not a number (yes/no or a rating) and cannot be calculated with. Use only number, integer or percent indicators.`,
    constantDivision: ({ side, column }) =>
      `${side} divides by zero at character ${column}. Correct the divisor.`,
    duplicateId: ({ id, first }) =>
      `Rule id "${id}" is already used by rule number ${first + 1}. Give each rule its own id.`,
  },
  side: { left: 'The left side', right: 'The right side' },
  failed: ({ message, left, relation, right, tolerance, cells }) =>
    `Does not agree: ${message}. The left side is ${left} and the right side ${right}, but the left side must be ${relation} the right side${tolerance ? ` (tolerance ${tolerance})` : ''}. Check cells ${cells} and correct the wrong figure, or write an explanation.`,
  relation: { '==': 'equal to', '<=': 'at most', '>=': 'at least', '<': 'less than', '>': 'greater than' },
  divisionByZero: ({ message, side, cells }) =>
    `Cannot check "${message}": ${side.toLowerCase()} divides by zero with the figures entered. Check cells ${cells}.`,
  overflow: ({ message, side, cells }) =>
    `Cannot check "${message}": ${side.toLowerCase()} gives a number too large. Check cells ${cells}.`,
  heading: 'Cross-checks between indicators:',
  noCells: '(no input cell)',
  sheet: {
    title: 'CROSS-CHECKS',
    headers: { rule: 'Check', left: 'Left side', op: 'Comparison', right: 'Right side', result: 'Result' },
    agrees: 'Agrees',
    disagrees: 'Does not agree',
  },
};
