// Both languages: --lang en and every message built for both (docs/design.md, "Architecture").
import '../core/i18n/english';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseReportDate } from '../core/document';
import type { Lang } from '../core/i18n/localized';
import { PERIODS, type Period } from '../core/template/types';
import { BUILT_IN_TEMPLATES } from '../templates';
import { toolCatalogFor } from '../core/i18n/tool-catalog';
import { languageFromTag } from '../core/i18n/localized';
import type { CliText } from '../core/i18n/vi/cli';
import { checkCommand, templateCommand } from './commands';
import { EXIT } from './exit-codes';
import { authoringTemplateCommand, draftCommand, nextCommand } from './authoring-command';
import { batchCommand } from './batch-command';
import { reportCommand } from './report-command';
import { sealCommand } from './seal-command';
import type { CliIO } from './io';

/** A mistake in the command line itself, said in the user's language; exit code 2. */
class UsageError extends Error {}

const LANG_VALUES: readonly Lang[] = ['vi', 'en'];

/**
 * Runs one command line (without `node` and the script) and returns the exit code. Never throws:
 * whatever goes wrong is said in words, never as a stack trace.
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const lang = requestedLang(argv);
  const text = toolCatalogFor(lang).cli;
  try {
    return await dispatch(argv, io, text);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT.failure;
    }
    io.stderr.write(`${text.unexpected({ reason: reason(error) })}\n`);
    return EXIT.failure;
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

// Read before full parsing, so that even a usage error is said in the language asked for.
function requestedLang(argv: string[]): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return 'vi';
  const value = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  return languageFromTag(value);
}

async function dispatch(argv: string[], io: CliIO, text: CliText): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr.write(`${text.usage.noCommand}\n\n${text.help.main}\n`);
    return EXIT.failure;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(`${text.help.main}\n`);
    return EXIT.ok;
  }
  if (command === 'template') {
    const { values, positionals } = parse(rest, TEMPLATE_OPTIONS, text, command);
    if (values.help) {
      io.stdout.write(
        `${text.help.template.replace('{builtIns}', Object.keys(BUILT_IN_TEMPLATES).join(', '))}\n`,
      );
      return EXIT.ok;
    }
    if (positionals.length > 0)
      throw new UsageError(text.usage.extraArguments({ args: positionals.join(' ') }));
    if (typeof values.template === 'string' && /\.xlsx$/i.test(values.template)) {
      return authoringTemplateCommand(
        {
          file: values.template,
          out: asString(values.out),
          period: choice(values.period, PERIODS, 'nam', '--period', text) as Period,
          json: values.json === true,
          force: values.force === true,
          lang: choice(values.lang, LANG_VALUES, 'vi', '--lang', text) as Lang,
        },
        io,
      );
    }
    return templateCommand(
      {
        template: asString(values.template),
        out: asString(values.out),
        period: choice(values.period, PERIODS, 'nam', '--period', text) as Period,
        force: values.force === true,
        lang: choice(values.lang, LANG_VALUES, 'vi', '--lang', text) as Lang,
      },
      io,
    );
  }
  if (command === 'check') {
    const { values, positionals } = parse(rest, CHECK_OPTIONS, text, command);
    if (values.help) {
      io.stdout.write(`${text.help.check}\n`);
      return EXIT.ok;
    }
    if (positionals.length === 0) throw new UsageError(text.usage.noFiles);
    if (typeof values.summary === 'string') {
      const lang = choice(values.lang, LANG_VALUES, 'vi', '--lang', text) as Lang;
      return batchCommand(
        { files: positionals, summary: values.summary, force: values.force === true, lang },
        io,
      );
    }
    return checkCommand(
      {
        files: positionals,
        json: values.json === true,
        lang: choice(values.lang, LANG_VALUES, 'vi', '--lang', text) as Lang,
      },
      io,
    );
  }
  if (command === 'seal') {
    const { values, positionals } = parse(rest, COMMON_OPTIONS, text, command);
    const lang = choice(values.lang, LANG_VALUES, 'vi', '--lang', text) as Lang;
    if (values.help) {
      io.stdout.write(`${toolCatalogFor(lang).reportCli.seal.help}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new UsageError(toolCatalogFor(lang).reportCli.seal.oneFile);
    return sealCommand({ file: positionals[0], lang }, io);
  }
  if (command === 'report') {
    const { values, positionals } = parse(rest, REPORT_OPTIONS, text, command);
    const lang = choice(values.lang, LANG_VALUES, 'vi', '--lang', text) as Lang;
    if (values.help) {
      io.stdout.write(`${toolCatalogFor(lang).reportCli.report.help}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new UsageError(toolCatalogFor(lang).reportCli.report.oneFile);
    return reportCommand(
      {
        file: positionals[0],
        out: asString(values.out),
        docx: asString(values.docx),
        details: {
          number: asString(values.number),
          date: reportDate(asString(values.date), lang),
          signerName: asString(values.signer),
        },
        force: values.force === true,
        lang,
      },
      io,
    );
  }
  if (command === 'draft' || command === 'next') return authoringDispatch(command, rest, io, text);
  throw new UsageError(text.usage.unknownCommand({ command }));
}

async function authoringDispatch(command: 'draft' | 'next', rest: string[], io: CliIO, text: CliText) {
  const { values, positionals } = parse(rest, DRAFT_OPTIONS, text, command);
  const lang = choice(values.lang, LANG_VALUES, 'vi', '--lang', text) as Lang;
  const t = toolCatalogFor(lang).authoringCli;
  if (values.help) {
    io.stdout.write(`${command === 'draft' ? t.help.draft : t.help.next}\n`);
    return EXIT.ok;
  }
  const out = asString(values.out);
  const force = values.force === true;
  if (command === 'next') {
    if (positionals.length !== 1) throw new UsageError(t.oneSource);
    return nextCommand({ file: positionals[0], out, force, lang }, io);
  }
  const template = asString(values.template);
  if (positionals.length !== (template === undefined ? 1 : 0)) throw new UsageError(t.oneInput);
  return draftCommand({ input: positionals[0], template, out, json: values.json === true, force, lang }, io);
}

const COMMON_OPTIONS = { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
const TEMPLATE_OPTIONS = {
  ...COMMON_OPTIONS,
  template: { type: 'string' },
  out: { type: 'string' },
  period: { type: 'string' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;
const DRAFT_OPTIONS = {
  ...COMMON_OPTIONS,
  template: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  force: { type: 'boolean' },
} as const;
const CHECK_OPTIONS = {
  ...COMMON_OPTIONS,
  json: { type: 'boolean' },
  summary: { type: 'string' },
  force: { type: 'boolean' },
} as const;
const REPORT_OPTIONS = {
  ...COMMON_OPTIONS,
  out: { type: 'string' },
  docx: { type: 'string' },
  number: { type: 'string' },
  date: { type: 'string' },
  signer: { type: 'string' },
  force: { type: 'boolean' },
} as const;

/** `--date 2023-12-20` or `--date 20/12/2023` as `YYYY-MM-DD`; anything else is refused, never guessed. */
function reportDate(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  const written = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  const iso = written
    ? `${written[3]}-${written[2].padStart(2, '0')}-${written[1].padStart(2, '0')}`
    : value.trim();
  if (!parseReportDate(iso)) throw new UsageError(toolCatalogFor(lang).reportCli.report.badDate({ value }));
  return iso;
}

function parse<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
  text: CliText,
  command: string,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec(reason(error))?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(text.usage.unknownOption({ option, command }));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(
        /does not take/.test(reason(error))
          ? text.usage.noValue({ option })
          : text.usage.missingValue({ option }),
      );
    }
    throw error;
  }
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function choice(
  value: unknown,
  allowed: readonly string[],
  fallback: string,
  option: string,
  text: CliText,
): string {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && allowed.includes(value)) return value;
  throw new UsageError(text.usage.badChoice({ option, value: String(value), choices: allowed.join(', ') }));
}

/** Entry point of `bin/resolution-targets.js`. */
export function run(): void {
  const io: CliIO = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT.failure;
    },
  );
}
