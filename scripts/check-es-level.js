// Proves that what the build ships parses in the oldest webviews Excel uses for add-ins
// (docs/design.md, "Older Excel"): every dist/**/*.js at ES2017, the EdgeHTML 18 level, and the
// bootstrap, which must also run in Internet Explorer 11 (Trident) to say why the pane cannot,
// at ES5. A file that does not parse is named with the line, column and the parser's reason.
//
//   node scripts/check-es-level.js [dist folder]     exit 0 all parse, 1 some do not, 2 no build
//
// Skipped: dist/office-js, Microsoft's office.js folder that only a development build copies
// (production pages load office.js from Microsoft's CDN; Microsoft ships it for every webview
// and it is not ours to transpile), and dist/node, the command line compiled for Node, which no
// webview loads.
const fs = require('node:fs');
const path = require('node:path');
const acorn = require('acorn');

const ES_PANE = 2017;
const ES_BOOTSTRAP = 5;
/** The bootstrap keeps its name in dist (copied, not bundled) so it can be told apart here. */
const BOOTSTRAP = /^legacy-guard(\.[0-9a-f]+)?\.js$/;
const SKIPPED_FOLDERS = new Set(['office-js', 'node']);

function shippedScripts(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : shippedScripts(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

/** The ES level a shipped file must parse at. */
function levelOf(file) {
  return BOOTSTRAP.test(path.basename(file)) ? ES_BOOTSTRAP : ES_PANE;
}

/** Parses one file; returns null when it parses, else a one-line reason. */
function problemOf(file, ecmaVersion) {
  const text = fs.readFileSync(file, 'utf8');
  try {
    acorn.parse(text, { ecmaVersion, sourceType: 'script' });
    return null;
  } catch (error) {
    // Minified code is one long line: the characters at the failure say what construct it was.
    const at = typeof error.pos === 'number' ? error.pos : 0;
    return `${error.message} near ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 30))}`;
  }
}

/** Checks a dist folder; returns the lines to print and whether every file passed. */
function checkFolder(folder) {
  const files = shippedScripts(folder).sort();
  const results = files.map((file) => {
    const level = levelOf(file);
    return { file: path.relative(folder, file), level, problem: problemOf(file, level) };
  });
  const hasBootstrap = results.some((r) => r.level === ES_BOOTSTRAP);
  return { results, hasBootstrap, ok: hasBootstrap && results.every((r) => r.problem === null) };
}

function main() {
  const folder = path.resolve(process.argv[2] ?? 'dist');
  if (!fs.existsSync(folder)) {
    console.error(`No build at ${folder}: run "npm run build" first.`);
    process.exit(2);
  }
  const { results, hasBootstrap, ok } = checkFolder(folder);
  for (const r of results) {
    const level = r.level === ES_BOOTSTRAP ? 'ES5' : `ES${r.level}`;
    console.log(
      `${r.problem ? 'FAIL' : 'ok  '} ${level.padEnd(7)} ${r.file}${r.problem ? `: ${r.problem}` : ''}`,
    );
  }
  if (!hasBootstrap) console.log('FAIL the bootstrap legacy-guard.js is missing from the build');
  process.exit(ok ? 0 : 1);
}

if (require.main === module) main();

module.exports = { checkFolder, ES_BOOTSTRAP, ES_PANE };
