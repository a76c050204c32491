#!/usr/bin/env node
'use strict';
/*
 * How long the task pane takes to become usable, and how much it weighs:
 *   node bench/load-time.js [runs=7]
 * 1. Builds the add-in in production mode (into a temporary folder; dist/ is left alone) and
 *    reports the gzip size of each page's JavaScript; the task pane's is what Excel downloads.
 * 2. Builds the browser preview in production mode, serves it on localhost, and measures in
 *    Debian's Chromium (playwright-core) the time from navigation start to the pane's first
 *    interactive screen: the "Tạo biểu chỉ tiêu" button present and enabled. Each cold run uses a
 *    fresh browser profile (nothing cached); each warm run reloads the page in the same profile.
 * Prints a Markdown section for bench/README.md.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const webpack = require('webpack');
const { chromium } = require('playwright-core');
const makeConfig = require('../webpack.config');
const { requireChromium } = require('../tests/e2e/support/chromium');
const { buildPreview } = require('../tests/e2e/support/preview-build');
const { serveStatic } = require('../tests/e2e/support/static-server');

const RUNS = Number(process.argv[2] ?? 7);
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Raw and gzip bytes of each entry's JavaScript in a production build of the add-in (fails as the build fails). */
function productionSizes(outputPath) {
  const config = makeConfig({}, { mode: 'production' });
  const compiler = webpack({ ...config, output: { ...config.output, path: outputPath } });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => {
        if (error) return reject(error);
        if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
        const sizes = {};
        for (const [name, entry] of stats.compilation.entrypoints) {
          const files = [...entry.getFiles()].filter((file) => file.endsWith('.js'));
          const buffers = files.map((file) => fs.readFileSync(path.join(outputPath, file)));
          sizes[name] = {
            raw: buffers.reduce((sum, b) => sum + b.length, 0),
            gzip: buffers.reduce((sum, b) => sum + zlib.gzipSync(b, { level: 9 }).length, 0),
          };
        }
        resolve(sizes);
      });
    });
  });
}

/** Milliseconds from navigation start to the enabled "Tạo biểu chỉ tiêu" button. */
async function timeToInteractive(page) {
  const handle = await page.waitForFunction(
    () => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === 'Tạo biểu chỉ tiêu',
      );
      return button && !button.disabled ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return handle.jsonValue();
}

async function launch(profile) {
  return chromium.launchPersistentContext(profile, {
    executablePath: requireChromium(),
    headless: true,
    viewport: { width: 1440, height: 1000 },
    args: ARGS,
  });
}

async function measure(url) {
  const cold = [];
  const warm = [];
  for (let run = 0; run < RUNS; run++) {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-bench-'));
    const context = await launch(profile);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url, { waitUntil: 'commit' });
      cold.push(await timeToInteractive(page));
      await page.reload({ waitUntil: 'commit' });
      warm.push(await timeToInteractive(page));
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }
  return { cold, warm };
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-load-time-'));
  try {
    const sizes = await productionSizes(path.join(work, 'addin'));
    await buildPreview(path.join(work, 'preview'), 'production');
    // The scripts preview.html loads: the bootstrap and the bundle it names (the build also holds
    // every other page's and the chunks loaded on demand, which the first screen does not wait for).
    const previewHtml = fs.readFileSync(path.join(work, 'preview', 'preview.html'), 'utf8');
    const previewJs = [...previewHtml.matchAll(/\s(?:src|data-bundle)="([^"]+\.js)"/g)].map(([, src]) =>
      fs.readFileSync(path.join(work, 'preview', path.basename(src))),
    );
    const server = await serveStatic(path.join(work, 'preview'));
    let times;
    try {
      times = await measure(`${server.url}preview.html`);
    } finally {
      await server.close();
    }
    const round = (values) => values.map((v) => Math.round(v));
    const lines = [
      `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (\`${os.cpus()[0].model}\`), Node ${process.version},`,
      `Chromium ${execChromiumVersion()}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} at the end.`,
      '',
      '| production JavaScript (`npm run build`) | raw | gzip |',
      '| --- | --- | --- |',
      ...Object.entries(sizes).map(([name, s]) => `| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} |`),
      `| preview.html's scripts (dev only, the pane with HyperFormula; \`--env preview\`) | ${kb(previewJs.reduce((n, b) => n + b.length, 0))} | ${kb(previewJs.reduce((n, b) => n + zlib.gzipSync(b, { level: 9 }).length, 0))} |`,
      '',
      `| navigation → "Tạo biểu chỉ tiêu" enabled (${RUNS} runs) | median | all runs (ms) |`,
      '| --- | --- | --- |',
      `| cold (fresh profile) | ${Math.round(median(times.cold))} ms | ${round(times.cold).join(', ')} |`,
      `| warm (reload, cached) | ${Math.round(median(times.warm))} ms | ${round(times.warm).join(', ')} |`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function execChromiumVersion() {
  return require('node:child_process')
    .execFileSync(requireChromium(), ['--version'], { encoding: 'utf8' })
    .trim()
    .replace(/^Chromium\s*/, '');
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
