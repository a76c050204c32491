import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

// The import rules of eslint.config.mjs, run through ESLint itself with the project's own config:
// a cycle or a core file reaching outside the core must fail the lint, and today's tree must pass.
// Every case below is one request to a single ESLint process (./lint-imports.mjs), run once.

const root = path.resolve(__dirname, '../..');

interface Reported {
  file: string;
  line: number;
  rule: string | null;
  message: string;
}

type Request = { files: string[]; ignore?: string[] } | { text: string; filePath: string };

// The probe folder is git-ignored (/src/lint-probe-*/) and removed once linted.
const probeFolder = `src/lint-probe-${process.pid}`;
const probe = (name: string) => path.join(probeFolder, name);

const PROBE_FILES: Record<string, string> = {
  'first.ts': "import { second } from './second';\n\nexport const first = (): number => second() + 1;\n",
  'second.ts': "import { first } from './first';\n\nexport const second = (): number => first.length;\n",
  'third.ts': "import type { Fourth } from './fourth';\n\nexport interface Third {\n  next?: Fourth;\n}\n",
  'fourth.ts': "import type { Third } from './third';\n\nexport interface Fourth {\n  back?: Third;\n}\n",
};

const IN_CORE = 'src/core/check/probe.ts';
const IN_CLI = 'src/cli/probe.ts';

const REQUESTS = {
  valueCycle: { files: [probe('first.ts'), probe('second.ts')] },
  typeCycle: { files: [probe('third.ts'), probe('fourth.ts')] },
  coreImportsAdapter: {
    text: "import { readWorkbook } from '../../adapters/xlsx';\n\nexport const probe = readWorkbook;\n",
    filePath: IN_CORE,
  },
  coreImportsExcelJs: {
    text: "import ExcelJS from 'exceljs';\n\nexport const probe = ExcelJS;\n",
    filePath: IN_CORE,
  },
  coreImportsNode: {
    text: "import { promises } from 'node:fs';\n\nexport const probe = promises;\n",
    filePath: IN_CORE,
  },
  coreImportsReactTypes: {
    text: "import type { ReactNode } from 'react';\n\nexport type Probe = ReactNode;\n",
    filePath: IN_CORE,
  },
  coreImportsZodAndCore: {
    text: [
      "import { z } from 'zod';",
      "import { effectiveBounds } from '../template/bounds';",
      "import { targetText } from '.';",
      '',
      'export const probe = [z, effectiveBounds, targetText];',
      '',
    ].join('\n'),
    filePath: IN_CORE,
  },
  cliImportsAdapterInside: {
    text: "import { readSeals } from '../adapters/xlsx/seal-store';\n\nexport const probe = readSeals;\n",
    filePath: IN_CLI,
  },
  cliImportsAdapterIndex: {
    text: "import { readSeals } from '../adapters/xlsx';\n\nexport const probe = readSeals;\n",
    filePath: IN_CLI,
  },
  project: { files: ['src', 'tests'], ignore: [`${probeFolder}/`] },
} satisfies Record<string, Request>;

let found: Record<keyof typeof REQUESTS, Reported[]>;

async function lint(requests: Request[]): Promise<Reported[][]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(__dirname, 'lint-imports.mjs'), JSON.stringify(requests)],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Reported[][];
}

// Linting the whole of src/ and tests/ follows every import, and the machine is shared.
beforeAll(async () => {
  await fs.mkdir(path.join(root, probeFolder), { recursive: true });
  try {
    for (const [name, text] of Object.entries(PROBE_FILES)) {
      await fs.writeFile(path.join(root, probe(name)), text);
    }
    const names = Object.keys(REQUESTS) as (keyof typeof REQUESTS)[];
    const answers = await lint(names.map((name) => REQUESTS[name]));
    found = Object.fromEntries(names.map((name, index) => [name, answers[index]])) as typeof found;
  } finally {
    await fs.rm(path.join(root, probeFolder), { recursive: true, force: true });
  }
}, 600_000);

describe('import cycles', () => {
  it('fail the lint when two files under src/ import each other', () => {
    expect(found.valueCycle).toEqual([
      expect.objectContaining({ file: probe('first.ts'), line: 1, rule: 'import-x/no-cycle' }),
      expect.objectContaining({ file: probe('second.ts'), line: 1, rule: 'import-x/no-cycle' }),
    ]);
  });

  it('do not count imports that bring only types, which TypeScript erases', () => {
    expect(found.typeCycle).toEqual([]);
  });
});

describe('the core imports nothing outside the core but zod', () => {
  it('reports a core file importing the file adapter', () => {
    expect(found.coreImportsAdapter).toEqual([
      expect.objectContaining({
        file: IN_CORE,
        line: 1,
        rule: 'import-x/no-restricted-paths',
        message: expect.stringContaining('src/core'),
      }),
    ]);
  });

  it.each([
    ['exceljs', 'coreImportsExcelJs'],
    ['a Node module', 'coreImportsNode'],
    ['React, even for types', 'coreImportsReactTypes'],
  ] as const)('reports a core file importing %s', (_what, request) => {
    expect(found[request]).toEqual([
      expect.objectContaining({
        file: IN_CORE,
        line: 1,
        rule: 'no-restricted-imports',
        message: expect.stringContaining('zod'),
      }),
    ]);
  });

  it('accepts zod and the core’s own modules', () => {
    expect(found.coreImportsZodAndCore).toEqual([]);
  });
});

describe('the CLI reaches the file adapter through its public index', () => {
  it('reports a CLI file importing a module inside the adapter', () => {
    expect(found.cliImportsAdapterInside).toEqual([
      expect.objectContaining({ file: IN_CLI, line: 1, rule: 'no-restricted-imports' }),
    ]);
  });

  it('accepts the index', () => {
    expect(found.cliImportsAdapterIndex).toEqual([]);
  });
});

describe('the project as it is', () => {
  it('has no import cycle, no core file importing outside the core, no CLI file inside an adapter', () => {
    expect(found.project).toEqual([]);
  });
});
