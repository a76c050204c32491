// Before any LibreOffice test: the sheets and reports name "Times New Roman", which LibreOffice on
// Debian replaces by whatever fontconfig matches. Liberation Serif 1.x (fonts-liberation) lacks
// letters such as Ả and Ộ, so they would fall back to DejaVu Serif and the print tests fail far
// from the cause; fonts-liberation2 has them. Checked here, with the command that fixes it.
'use strict';
const { execFileSync } = require('node:child_process');

/** Vietnamese letters missing from Liberation Serif 1.x: Ả (U+1EA2) and Ộ (U+1ED8). */
const VIETNAMESE_PROBE = '1ea2 1ed8';
const FIX = 'apt-get install -y fonts-liberation2';

function fc(args, env) {
  try {
    return execFileSync(args[0], args.slice(1), { encoding: 'utf8', env });
  } catch (error) {
    throw new Error(
      `fontconfig (${args[0]}) is not available: ${error.message.split('\n')[0]}. ` +
        `Install LibreOffice's fonts: apt-get install -y fontconfig fonts-liberation2`,
    );
  }
}

/** The font file "Times New Roman" resolves to; throws, naming the fix, when it lacks Vietnamese letters. */
function checkTimesNewRoman(env = process.env) {
  const file = fc(['fc-match', '-f', '%{file}', 'Times New Roman'], env).trim();
  const withVietnamese = fc(['fc-list', '--format', '%{file}\n', `:charset=${VIETNAMESE_PROBE}`], env)
    .split('\n')
    .filter(Boolean);
  if (!withVietnamese.includes(file)) {
    throw new Error(
      `"Times New Roman" resolves to ${file || 'no font'}, which has no Vietnamese letters such as Ả and Ộ; ` +
        `LibreOffice would print them in another font. Install a metric-compatible font that has them: ${FIX}`,
    );
  }
  return file;
}

module.exports = async function globalSetup() {
  checkTimesNewRoman();
};
module.exports.checkTimesNewRoman = checkTimesNewRoman;
