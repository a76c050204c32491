import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, delimiter, extname, join } from 'path';
import { pathToFileURL } from 'url';

/**
 * Drives LibreOffice headless for the real-program proof (tests/libreoffice).
 * Every run gets a fresh profile: a shared one would keep a lock, and LibreOffice's default
 * keeps the formula results cached in an .xlsx instead of recalculating them.
 */

const INSTALL_HINT =
  'LibreOffice was not found (soffice/libreoffice on PATH). Install it: apt-get install -y libreoffice-calc';

/** The soffice executable ($SOFFICE, else on PATH); throws with the install command when there is none. */
export function findSoffice(): string {
  const chosen = process.env.SOFFICE;
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    throw new Error(`SOFFICE=${chosen} does not exist. ${INSTALL_HINT}`);
  }
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['soffice', 'libreoffice']) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new Error(INSTALL_HINT);
}

// OOXMLRecalcMode/ODFRecalcMode 0 = "always recalculate" on load; the default (1, "never")
// would hand back whatever result the writer cached, e.g. nothing at all from ExcelJS.
// The locale decides how numbers are shown (a decimal comma for vi-VN), as in the clerk's Excel.
const registry = (locale: string | undefined) => `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
${locale ? `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>` : ''}
</oor:items>
`;

export interface ConversionResult {
  /** Output files, in the order of the inputs. */
  outputs: string[];
  /** Wall time of the soffice call in milliseconds. */
  ms: number;
}

export interface ConvertOptions {
  /** e.g. `xlsx:Calc MS Excel 2007 XML` or `pdf:calc_pdf_Export`. */
  convertTo: string;
  outDir: string;
  /** BCP 47 locale for number display, e.g. `vi-VN`; LibreOffice's default (the system's) when absent. */
  locale?: string;
  /** Kill soffice after this long; default 180 s. */
  timeoutMs?: number;
}

/**
 * Converts several files in ONE soffice process (start-up costs seconds).
 * Outputs keep the input's base name with the target extension, so inputs must not
 * already live in `outDir` under the same name.
 */
export function convert(inputs: string[], options: ConvertOptions): ConversionResult {
  const soffice = findSoffice();
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), registry(options.locale));
    mkdirSync(options.outDir, { recursive: true });
    const extension = options.convertTo.split(':')[0];
    const started = Date.now();
    const run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--invisible',
        '--norestore',
        '--nolockcheck',
        '--nodefault',
        '--convert-to',
        options.convertTo,
        '--outdir',
        options.outDir,
        ...inputs,
      ],
      { encoding: 'utf8', timeout: options.timeoutMs ?? 180_000 },
    );
    const ms = Date.now() - started;
    const outputs = inputs.map((input) =>
      join(options.outDir, `${basename(input, extname(input))}.${extension}`),
    );
    const missing = outputs.filter((output) => !existsSync(output));
    if (run.error || run.status !== 0 || missing.length > 0) {
      throw new Error(
        [
          `soffice --convert-to ${options.convertTo} failed (exit ${run.status ?? run.signal}).`,
          missing.length > 0 ? `Missing outputs: ${missing.join(', ')}` : '',
          run.error ? String(run.error) : '',
          run.stdout,
          run.stderr,
        ]
          .filter(Boolean)
          .join('\n'),
      );
    }
    return { outputs, ms };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Opens each .xlsx, recalculates every formula and saves it again as .xlsx in `outDir`. */
export function recalculate(inputs: string[], outDir: string, locale?: string): ConversionResult {
  return convert(inputs, { convertTo: 'xlsx:Calc MS Excel 2007 XML', outDir, locale });
}

/** Prints each workbook to PDF with its own page setup (orientation, paper, fit to width). */
export function printToPdf(inputs: string[], outDir: string, locale?: string): ConversionResult {
  return convert(inputs, { convertTo: 'pdf:calc_pdf_Export', outDir, locale });
}

/** Word files through LibreOffice Writer (Debian's libreoffice-writer; Calc cannot open them). */
export function printDocumentToPdf(inputs: string[], outDir: string, locale?: string): ConversionResult {
  return convert(inputs, { convertTo: 'pdf:writer_pdf_Export', outDir, locale });
}
