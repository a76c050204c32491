#!/usr/bin/env node
'use strict';
/*
 * The performance requirement: `check` on 200 filled workbooks may take at most 1.3 times
 * as long as ExcelJS merely opening them. Run after `npm run build:cli` (or set RT_DIST):
 *   node bench/check-vs-open.js [count] [rounds]
 * Prints the times of each round and the ratio of the median CPU times; exits 1 when it is over 1.3.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ExcelJS = require('exceljs');
const { builtDist, writeFilledWorkbooks } = require('./support');

const dist = builtDist();
const { main } = require(path.join(dist, 'cli', 'cli.js'));

const COUNT = Number(process.argv[2] ?? 200);
const ROUNDS = Number(process.argv[3] ?? 7);
const LIMIT = 1.3;

async function openAll(files) {
  for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
}

async function checkAll(files) {
  const sink = { write: () => true, isTTY: false };
  const code = await main(['check', ...files, '--json'], {
    stdout: sink,
    stderr: sink,
    env: {},
    cwd: process.cwd(),
  });
  if (code === 2) throw new Error('a generated file could not be read');
}

/**
 * CPU time of this process (the work is single-threaded), with wall time beside it: on a shared
 * machine other processes stretch wall time far more than they change CPU time.
 */
async function timed(task) {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await task();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall: Number(process.hrtime.bigint() - wall) / 1e6 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-bench-'));
  try {
    const files = await writeFilledWorkbooks(
      dist,
      dir,
      COUNT,
      (i) => `xa-${String(i).padStart(3, '0')}.xlsx`,
    );
    const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
    await openAll(files.slice(0, 10)); // warm up both paths before measuring
    await checkAll(files.slice(0, 10));
    const open = [];
    const check = [];
    // Alternate the order so that neither side always runs on a warmer (or busier) machine.
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) open.push(await timed(() => openAll(files)));
      check.push(await timed(() => checkAll(files)));
      if (round % 2 === 1) open.push(await timed(() => openAll(files)));
    }
    const cpu = (list) => list.map((each) => each.cpu);
    const wall = (list) => list.map((each) => each.wall);
    const ratio = median(cpu(check)) / median(cpu(open));
    const result = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: `${os.cpus().length} × ${os.cpus()[0].model}`,
      files: COUNT,
      averageFileKB: Math.round(bytes / COUNT / 1024),
      openCpuMs: cpu(open).map(Math.round),
      checkCpuMs: cpu(check).map(Math.round),
      openWallMs: wall(open).map(Math.round),
      checkWallMs: wall(check).map(Math.round),
      ratio: Number(ratio.toFixed(3)),
      wallRatio: Number((median(wall(check)) / median(wall(open))).toFixed(3)),
      loadAverage: os.loadavg().map((each) => Number(each.toFixed(1))),
      limit: LIMIT,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    process.exitCode = ratio <= LIMIT ? 0 : 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

run().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
});
