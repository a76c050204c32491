import { spawnSync } from 'child_process';

/**
 * Reads a PDF printed by LibreOffice with poppler-utils: page sizes and the words on each page
 * with their positions, enough to prove how a sheet was laid out on paper.
 */

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  /** In PostScript points (1/72 inch); A4 landscape is about 841.89 × 595.3. */
  width: number;
  height: number;
  words: PdfWord[];
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed: ${result.error ?? result.stderr}. ` +
        'Install poppler-utils: apt-get install -y poppler-utils',
    );
  }
  return result.stdout;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every page of the PDF with its size and words (`pdftotext -bbox`). */
export function readPdf(file: string): PdfPage[] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  const pages: PdfPage[] = [];
  const pagePattern = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordPattern =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/word>/g;
  for (const page of html.matchAll(pagePattern)) {
    const words = [...page[3].matchAll(wordPattern)].map((word) => ({
      xMin: Number(word[1]),
      yMin: Number(word[2]),
      xMax: Number(word[3]),
      yMax: Number(word[4]),
      text: decodeEntities(word[5]),
    }));
    pages.push({ width: Number(page[1]), height: Number(page[2]), words });
  }
  return pages;
}

/** Renders the PDF's pages as PNG files `<prefix>-1.png`, ... (`pdftoppm`); returns their paths. */
export function renderPng(file: string, prefix: string, dpi: number): string[] {
  run('pdftoppm', ['-png', '-r', String(dpi), file, prefix]);
  const count = readPdf(file).length;
  // pdftoppm pads the page number to the width of the page count.
  const width = String(count).length;
  return Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(width, '0')}.png`);
}

/** The names of the fonts the PDF uses (`pdffonts`), without the subset prefix. */
export function pdfFonts(file: string): string[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2);
  return lines
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ''));
}

/** The colour of one point of a page (1-based), in points from the top left, as [r, g, b]. */
export function colourAt(file: string, page: number, x: number, y: number): [number, number, number] {
  // At 72 dpi a pixel is a point; a 1 × 1 crop renders only that pixel, as PPM on stdout.
  const result = spawnSync(
    'pdftoppm',
    [
      '-r',
      '72',
      '-f',
      String(page),
      '-l',
      String(page),
      '-x',
      String(Math.round(x)),
      '-y',
      String(Math.round(y)),
      '-W',
      '1',
      '-H',
      '1',
      file,
    ],
    { maxBuffer: 1024 * 1024 },
  );
  if (result.error || result.status !== 0)
    throw new Error(`pdftoppm failed on ${file}: ${result.error ?? result.stderr}`);
  const pixel = result.stdout.subarray(result.stdout.length - 3);
  return [pixel[0], pixel[1], pixel[2]];
}

/**
 * The heights (in points from the top) of the horizontal rules drawn across most of a page's
 * width between `left` and `right`: a table's row borders. Text never makes such a long dark run.
 */
export function horizontalRules(file: string, page: number, left: number, right: number): number[] {
  const dpi = 144;
  const scale = dpi / 72;
  const result = spawnSync(
    'pdftoppm',
    ['-r', String(dpi), '-f', String(page), '-l', String(page), '-gray', file],
    {
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (result.error || result.status !== 0)
    throw new Error(`pdftoppm failed on ${file}: ${result.error ?? result.stderr}`);
  const image = parsePgm(result.stdout);
  const from = Math.max(0, Math.round(left * scale));
  const to = Math.min(image.width, Math.round(right * scale));
  const rules: number[] = [];
  for (let y = 0; y < image.height; y++) {
    let dark = 0;
    for (let x = from; x < to; x++) if (image.pixels[y * image.width + x] < 128) dark++;
    if (dark > (to - from) * 0.9) {
      const at = y / scale;
      // One rule may cover two pixel rows.
      if (rules.length === 0 || at - rules[rules.length - 1] > 1.5) rules.push(at);
    }
  }
  return rules;
}

function parsePgm(data: Buffer): { width: number; height: number; pixels: Buffer } {
  // Header: "P5", width, height, maxval, each followed by whitespace.
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[at]))) at++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(data[at]))) field += String.fromCharCode(data[at++]);
    fields.push(field);
  }
  if (fields[0] !== 'P5') throw new Error(`pdftoppm -gray gave ${fields[0]}, not a PGM image`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, pixels: data.subarray(at + 1, at + 1 + width * height) };
}
