import { readFileSync } from 'fs';
import { posix } from 'path';
import { inflateRawSync } from 'zlib';

/**
 * Reads the formula results that LibreOffice saved in an .xlsx, straight from the sheet's XML.
 * ExcelJS cannot be trusted with this: it reads a cached result of 0 as "no result", which is
 * exactly what `% so với chỉ tiêu` shows for a figure of 0.
 */

export type FormulaResult = number | string | boolean | { error: string } | null;

/** The files of a zip archive by name (stored or deflated entries, as office files use). */
function unzip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file} is not a zip archive`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: damaged zip directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(name, method === 0 ? data : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** The part holding the named sheet, found through workbook.xml and its relationships. */
function sheetPart(files: Map<string, Buffer>, sheetName: string): string {
  const workbook = files.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const rels = files.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  for (const sheet of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(sheet[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(sheet[0])?.[1];
    if (name === undefined || unescapeXml(name) !== sheetName) continue;
    for (const rel of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/\bId="([^"]*)"/.exec(rel[0])?.[1] !== id) continue;
      const target = /\bTarget="([^"]*)"/.exec(rel[0])?.[1] ?? '';
      return target.startsWith('/') ? target.slice(1) : posix.join('xl', target);
    }
  }
  throw new Error(`No sheet named "${sheetName}" in the workbook`);
}

/** Every formula cell of the named sheet with its saved result, by address (`I12`). */
export function readFormulaResults(file: string, sheetName: string): Map<string, FormulaResult> {
  const files = unzip(file);
  const xml = files.get(sheetPart(files, sheetName))?.toString('utf8') ?? '';
  const results = new Map<string, FormulaResult>();
  for (const cell of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const body = cell[2] ?? '';
    if (!/<f\b/.test(body)) continue;
    const address = /\br="([A-Z]+\d+)"/.exec(cell[1])?.[1];
    if (!address) continue;
    const type = /\bt="([^"]*)"/.exec(cell[1])?.[1] ?? 'n';
    const raw = /<v>([\s\S]*?)<\/v>|<v\/>/.exec(body);
    const value = raw ? unescapeXml(raw[1] ?? '') : null;
    results.set(address, resultOf(type, value));
  }
  return results;
}

function resultOf(type: string, value: string | null): FormulaResult {
  if (value === null) return null;
  switch (type) {
    case 'str':
      return value;
    case 'b':
      return value === '1';
    case 'e':
      return { error: value };
    default:
      return value === '' ? '' : Number(value);
  }
}
