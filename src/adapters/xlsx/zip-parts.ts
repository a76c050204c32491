import JSZip from 'jszip';

/**
 * The steps both zip edits share (the seal sheet, the report's chart): ExcelJS cannot write those
 * parts, so they are added to the package directly and every other part stays byte for byte.
 */

/** Loads the package, lets `edit` change its parts, and packs it again. */
export async function editZip(bytes: Buffer, edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} missing`);
  return file.async('string');
}

// A part written by another program in another shape is refused rather than guessed at.
export function insertBefore(xml: string, closing: string, addition: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`${closing} not found`);
  return xml.slice(0, at) + addition + xml.slice(at);
}

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The first `i` from 1 whose part name is not taken yet. */
export function firstFree(zip: JSZip, name: (i: number) => string): number {
  let i = 1;
  while (zip.file(name(i))) i++;
  return i;
}

/** A relationship id not used in `relsXml` yet. */
export function nextRelationshipId(relsXml: string): string {
  const ids = [...relsXml.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  return `rId${Math.max(0, ...ids) + 1}`;
}

/** The package path of a relationship target written relative to `xl/` or from the root. */
export function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The relationship id a `<sheet>` element of the workbook names for the sheet `sheetName`. */
export function sheetRelationshipId(workbookXml: string, sheetName: string): string | undefined {
  const sheet = [...workbookXml.matchAll(/<sheet\b[^>]*\/>/g)].find(
    (m) => attribute(m[0], 'name') === escapeXml(sheetName),
  );
  return sheet && attribute(sheet[0], 'r:id');
}

/** The package path of the part the workbook's relationship `rid` points to. */
export function relationshipPart(relsXml: string, rid: string): string | undefined {
  const rel = [...relsXml.matchAll(/<Relationship\b[^>]*\/>/g)].find((m) => attribute(m[0], 'Id') === rid);
  const target = rel && attribute(rel[0], 'Target');
  return target ? partPath(target) : undefined;
}

/** Registers the content type of each new part. */
export async function addContentTypes(zip: JSZip, parts: { part: string; type: string }[]): Promise<void> {
  const overrides = parts.map(({ part, type }) => `<Override PartName="/${part}" ContentType="${type}"/>`);
  zip.file(
    '[Content_Types].xml',
    insertBefore(await text(zip, '[Content_Types].xml'), '</Types>', overrides.join('')),
  );
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}
