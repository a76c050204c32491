import { foldInPlace } from './fold';

/** Where a line stands in the resolution, which decides what its targets are. */
export type Part = 'main' | 'task' | 'skip';

export interface PlacedLine {
  text: string;
  part: Part;
  /** The group heading in force (`Kinh tế` from `1. Về kinh tế`), '' when there is none. */
  group: string;
}

const ROMAN = /^\s*([IVXL]+)\s*[.:/)-]\s*(.*)$/;
const NUMBERED = /^\s*(\d{1,2}|[a-zđ])\s*[.)/]\s*(.*)$/i;
/** `- Về kinh tế:` on a line of its own heads a group. */
const ABOUT = /^[-–•+*]?\s*((?:về|lĩnh vực)\s+[^\d:;]{2,60}?)\s*:?\s*$/iu;
/** Longer numbered lines are paragraphs of tasks, not headings. */
const HEADING_LENGTH = 90;

function partOfHeading(folded: string): Part | undefined {
  if (/chi tieu/.test(folded)) return 'main';
  if (/nhiem vu|giai phap/.test(folded)) return 'task';
  if (/danh gia|tinh hinh|ket qua|to chuc thuc hien|muc tieu tong quat|boi canh/.test(folded)) return 'skip';
  return undefined;
}

/** `1. Về kinh tế` → `Kinh tế`; `a) Văn hóa - xã hội:` → `Văn hóa - xã hội`. */
function groupName(heading: string): string {
  const name = heading
    .replace(/^\s*(về|lĩnh vực)\s+/i, '')
    .replace(/[:.;]+\s*$/, '')
    .trim();
  return name ? name[0].toUpperCase() + name.slice(1) : '';
}

/**
 * Follows the resolution's headings (docs/design.md, "Drafting a template from the resolution's
 * text"): targets are read under a heading about `chỉ tiêu` (main targets) and about `nhiệm vụ`
 * or `giải pháp` (tasks); the assessment of the past year and the organisation part are skipped.
 * A text without such headings (a few pasted lines) is read as main targets.
 */
export function placeLines(text: string): PlacedLine[] {
  const lines = text
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const hasParts = lines.some((line) => {
    const roman = ROMAN.exec(line);
    return roman !== null && partOfHeading(foldInPlace(roman[2])) !== undefined;
  });
  let part: Part = hasParts ? 'skip' : 'main';
  let topPart: Part = part;
  let group = '';
  const placed: PlacedLine[] = [];
  for (const line of lines) {
    const about = ABOUT.exec(line);
    if (about) {
      group = groupName(about[1]);
      continue;
    }
    const roman = ROMAN.exec(line);
    if (roman && line.length <= HEADING_LENGTH * 2) {
      topPart = partOfHeading(foldInPlace(roman[2])) ?? (hasParts ? 'skip' : 'main');
      part = topPart;
      group = '';
      continue;
    }
    const numbered = NUMBERED.exec(line);
    if (numbered && line.length <= HEADING_LENGTH && !/\d/.test(numbered[2]) && !/;/.test(line)) {
      const sub = partOfHeading(foldInPlace(numbered[2]));
      if (sub === 'skip') part = 'skip';
      else if (sub === 'main' || sub === 'task') {
        part = sub;
        group = '';
      } else {
        part = topPart;
        group = groupName(numbered[2]);
      }
      continue;
    }
    placed.push({ text: line, part, group });
  }
  return placed;
}
