import type { DraftTexts } from '../vi/draft';

/** What drafting guessed, for a sheet made in English. */
export const draft: DraftTexts = {
  guessed: (parts) => `Drafted from the resolution, to check: ${parts.join('; ')}.`,
  opDefault: (op) => `the resolution gives no direction, taken as “${op}”`,
  opFalling: 'lower is better here, so taken as “<=”',
  opReached: (op) => `“đạt” (reach) taken as “${op}” (this level or more)`,
  unitMissing: 'unit not found',
  type: (type) => `type “${type}”`,
  assess: (assess) => `followed as “${assess}”`,
  group: (group) => `group “${group}” guessed from the words`,
  share: (of, unit) => `the target counts those reached out of ${of} ${unit}`.trim(),
  reduction: 'the target is the planned reduction, not the level left',
  structure: (whole) => `a part of “${whole}”`,
  partOf: (whole) => `the “trong đó” (of which) part of “${whole}”`,
  rating: 'rated on the four levels of Regulation 124-QĐ/TW; add or remove levels if needed',
  ratingGroup: 'if each body is rated on its own, split into one row each',
  yesNo: 'write “Có” (yes) once it is done within the year',
  nameCut: 'the name was cut from the sentence; shorten it if needed',
  issuerMissing: 'Issuing body unknown (to fill in)',
  titleMissing: 'Resolution (title to fill in)',
  ruleParts: (parts, total, equal) =>
    `${parts} add up to ${equal ? '' : 'at most '}${total} (drafted from the resolution's “trong đó”, to check)`,
  ruleStructure: (whole) => `The parts of “${whole}” add up to 100% (drafted from the resolution, to check)`,
  and: 'and',
};
