import { foldLevel } from '../template/schema';

const MAX_ID = 64;

/** An id made from a name: `Tỷ lệ hộ nghèo` → `ty-le-ho-ngheo`, at most 64 characters, whole words. */
export function slugOf(name: string, maxLength = MAX_ID): string {
  const words = foldLevel(name.normalize('NFKC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > maxLength) break;
    id = next;
  }
  return id || words.join('').slice(0, maxLength);
}

/** `base`, or `base-2`, `base-3`… the first one not yet taken; the result is added to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) {
    const suffix = `-${n}`;
    id = `${base.slice(0, MAX_ID - suffix.length).replace(/-$/, '')}${suffix}`;
  }
  taken.add(id);
  return id;
}
