/** A clause of a line: the text a target is read from, and the structure it belongs to. */
export interface Clause {
  text: string;
  /** `Cơ cấu kinh tế` for the parts of `Cơ cấu kinh tế: nông nghiệp 41,8%; …`. */
  structure?: string;
  /** A group written at the head of the line (`Về văn hóa - xã hội: …`). */
  group?: string;
}

// A bullet or the number of a paragraph (`1.Tổ chức…`, `b) Xây dựng…`): not a figure.
const BULLET = /^(?:[-+•*–]\s*|\(\d{1,2}\)\s*|(?:\d{1,2}|[a-zđ])\s*[.)]\s*(?=\p{L}))/u;
const HEAD = /^([^:]{3,160}?):\s*(.+)$/u;
const GROUP_HEAD = /^(?:về|lĩnh vực)\s+/iu;

/**
 * Splits a line into clauses at `;` and at sentence ends, and recognises a structure
 * (`Cơ cấu kinh tế: A 41,8%; B 39,7%`) whose parts each name the whole.
 */
export function clausesOf(line: string): Clause[] {
  const body = line.replace(BULLET, '');
  const pieces = body
    .split(/;|\.\s+(?=\p{Lu})|\.$/u)
    .map((piece) => piece.trim())
    .filter(Boolean);
  if (pieces.length === 0) return [];
  const head = HEAD.exec(pieces[0]);
  if (!head) return pieces.map((text) => ({ text }));
  const [, prefix, rest] = head;
  if (GROUP_HEAD.test(prefix)) {
    const group = prefix.replace(GROUP_HEAD, '').trim();
    const named = group.charAt(0).toUpperCase() + group.slice(1);
    return [rest, ...pieces.slice(1)].map((text) => ({ text, group: named }));
  }
  // `Tổng giá trị sản xuất: 217,67 tỷ đồng` names one target; a structure names parts before numbers.
  // `Cơ cấu kinh tế: nông nghiệp 41,8%; …` is a structure however short its first part's name.
  const structure = /^cơ cấu/iu.test(prefix.trim());
  if ((!structure && /^\D{0,12}\d/u.test(rest)) || !/\d/.test(rest)) return pieces.map((text) => ({ text }));
  return [rest, ...pieces.slice(1)].map((text) => ({ text, structure: prefix.trim() }));
}
