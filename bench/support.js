'use strict';
/*
 * What the `check` benchmarks share: the compiled copy of src/ they run, and the folder of filled
 * standard sheets they run it on.
 */
const fs = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');

/** The compiled src/ (`npm run build:cli`, or RT_DIST for another copy); exits 2 when missing. */
function builtDist() {
  const dist = process.env.RT_DIST ?? path.join(__dirname, '..', 'dist', 'node');
  if (!fs.existsSync(path.join(dist, 'cli', 'cli.js'))) {
    process.stderr.write('Run "npm run build:cli" first (or set RT_DIST).\n');
    process.exit(2);
  }
  return dist;
}

/** One commune's figures, varied by `i` so that no two files are the same. */
function figures(i) {
  return {
    'gia-tri-san-xuat': 200 + (i % 40),
    'tang-truong-kinh-te': i % 3 === 0 ? `${8 + (i % 3)},${i % 10}%` : 0.085 + (i % 10) / 1000,
    'thu-nhap-binh-quan': i % 7 === 0 ? '57.000.000' : 50 + (i % 12),
    'thu-ngan-sach': 20 + (i % 15),
    'gia-dinh-van-hoa': 0.94 + (i % 5) / 100,
    'ho-ngheo': 0.005 + (i % 3) / 1000,
    bhyt: 0.93 + (i % 6) / 100,
    'truong-tieu-hoc-chuan-2': i % 2 ? 'Có' : 'Không',
    'dang-vien-moi': i % 12,
    'dang-bo-tsvm': i % 4 ? 'Trong sạch vững mạnh tiêu biểu' : 'Trong sạch vững mạnh',
  };
}

/**
 * Writes `count` standard sheets of the built-in template hung-tan-2023, file `i` filled with
 * `figures(i)` and named `name(i)` in `dir`; returns their paths.
 */
async function writeFilledWorkbooks(dist, dir, count, name) {
  const { writePlan } = require(path.join(dist, 'adapters', 'xlsx'));
  const { buildSheetPlan } = require(path.join(dist, 'core', 'sheet-plan'));
  const { getBuiltInTemplate } = require(path.join(dist, 'templates'));
  const plan = buildSheetPlan(getBuiltInTemplate('hung-tan-2023'));
  const rowOf = new Map(plan.layout.rows.map(({ indicatorId, row }) => [indicatorId, row]));
  const files = [];
  for (let i = 0; i < count; i++) {
    const workbook = new ExcelJS.Workbook();
    const sheet = await writePlan(workbook, plan);
    for (const [id, value] of Object.entries(figures(i))) {
      sheet.getCell(`${plan.layout.columns.value}${rowOf.get(id)}`).value = value;
    }
    const file = path.join(dir, name(i));
    await workbook.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

/**
 * A module of src/ (or of another copy of it, `root`) loaded straight from its TypeScript, each
 * file transpiled on require: the add-in's adapter is not part of the command line's build.
 */
function requireSource(root, module) {
  if (!requireSource.hooked) {
    const ts = require('typescript');
    const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true };
    require.extensions['.ts'] = (loaded, file) => {
      const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
        compilerOptions: options,
        fileName: file,
      });
      loaded._compile(outputText, file);
    };
    requireSource.hooked = true;
  }
  return require(path.join(root, module));
}

module.exports = { builtDist, requireSource, writeFilledWorkbooks };
