// Runs the project's import rules through ESLint's Node API and prints what they report as JSON.
// It runs as its own Node process because ESLint loads eslint.config.mjs with a dynamic import,
// which jest's module sandbox refuses; one process answers a whole list of requests, since loading
// the config and its plugins is most of the cost. The list is one JSON argument, each request one of
//   {"files": ["src"], "ignore": ["src/x/"]}  lint files on disk, skipping the ignored globs;
//   {"text": "...", "filePath": "src/x.ts"}   lint a text as if it were that file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const IMPORT_RULES = new Set(['import-x/no-cycle', 'import-x/no-restricted-paths', 'no-restricted-imports']);

function eslint(ignorePatterns = []) {
  return new ESLint({ cwd: root, ignorePatterns, ruleFilter: ({ ruleId }) => IMPORT_RULES.has(ruleId) });
}

function reported(results) {
  return results.flatMap((result) =>
    result.messages.map((message) => ({
      file: path.relative(root, result.filePath),
      line: message.line,
      rule: message.ruleId,
      message: message.message,
    })),
  );
}

const answers = [];
for (const request of JSON.parse(process.argv[2])) {
  const results = request.files
    ? await eslint(request.ignore).lintFiles(request.files)
    : await eslint().lintText(request.text, { filePath: path.resolve(root, request.filePath) });
  answers.push(reported(results));
}
process.stdout.write(JSON.stringify(answers));
