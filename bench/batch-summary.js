#!/usr/bin/env node
'use strict';
/*
 * The district's batch check: `check DIR --summary tong-hop.xlsx` over 50 and 500 filled
 * workbooks, each size in a fresh child process, measuring wall time and peak resident memory.
 * Run after `npm run build:cli` (or point RT_DIST at another compiled copy of src/):
 *   node bench/batch-summary.js [counts=50,500] [xlsx|csv|json]
 *   RT_COMMUNES=1 node bench/batch-summary.js 3500      # every file another commune's
 * Peak memory comes from `/usr/bin/time -v` where present, else from the child's own
 * `process.resourceUsage().maxRSS`.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { builtDist, writeFilledWorkbooks } = require('./support');

const dist = builtDist();

const COUNTS = (process.argv[2] ?? '50,500').split(',').map(Number);
const SUMMARY = process.argv[3] ?? 'xlsx';
// Extra node flags for the child, e.g. RT_NODE_FLAGS=--max-old-space-size=96 to show the live set is small.
const NODE_FLAGS = (process.env.RT_NODE_FLAGS ?? '').split(' ').filter(Boolean);
// Distinct filled workbooks; the folder holds copies of them, as a district holds similar files.
// RT_COMMUNES=1 writes one file per commune instead (each its own issuing body), so that the
// consolidation across communes holds every commune's figure, as for every commune of the country.
const COMMUNES = process.env.RT_COMMUNES === '1';
const VARIANTS = COMMUNES ? Math.max(...COUNTS) : 25;

const CHILD = `
const { main } = require(${JSON.stringify(path.join(dist, 'cli', 'cli.js'))});
const sink = { write: () => true, isTTY: false };
const started = process.hrtime.bigint();
main(['check', process.argv[1], '--summary', process.argv[2]], { stdout: sink, stderr: sink, env: {}, cwd: process.cwd() })
  .then((code) => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(JSON.stringify({ code, ms, maxRSSkB: process.resourceUsage().maxRSS }));
  });
`;

function measure(folder, out) {
  const timeV = fs.existsSync('/usr/bin/time');
  const args = [...NODE_FLAGS, '-e', CHILD, folder, out];
  const run = timeV
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const own = JSON.parse(run.stdout);
  const peak = timeV
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)[1])
    : own.maxRSSkB;
  return {
    code: own.code,
    seconds: own.ms / 1000,
    peakMB: peak / 1024,
    source: timeV ? '/usr/bin/time -v' : 'maxRSS',
  };
}

async function mainBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-batch-'));
  try {
    const generating = Date.now();
    const models = await writeFilledWorkbooks(
      dist,
      dir,
      VARIANTS,
      (i) => `mau-${i}.xlsx`,
      COMMUNES ? (i) => `Đảng ủy xã Số ${i + 1}` : undefined,
    );
    if (COMMUNES)
      console.log(
        `${VARIANTS} communes' files written in ${((Date.now() - generating) / 1000).toFixed(0)} s`,
      );
    const size = fs.statSync(models[0]).size;
    console.log(
      `node ${process.version}, ${os.cpus().length} cores, files of ${(size / 1024).toFixed(0)} kB`,
    );
    console.log('files | exit | wall time | per file | peak RSS');
    for (const count of COUNTS) {
      const folder = path.join(dir, `xa-${count}`);
      fs.mkdirSync(folder);
      for (let i = 0; i < count; i++) {
        fs.copyFileSync(models[i % VARIANTS], path.join(folder, `xa-${String(i).padStart(3, '0')}.xlsx`));
      }
      const result = measure(folder, path.join(dir, `tong-hop-${count}.${SUMMARY}`));
      console.log(
        `${count} | ${result.code} | ${result.seconds.toFixed(1)} s | ${((result.seconds * 1000) / count).toFixed(0)} ms | ${result.peakMB.toFixed(0)} MB (${result.source})`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

mainBench().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
});
