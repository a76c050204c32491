import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const { checkTimesNewRoman } = require('./setup/fonts') as {
  checkTimesNewRoman: (env?: NodeJS.ProcessEnv) => string;
};

/** Runs the check under a fontconfig that sees only the given folders. */
function withFontFolders<T>(folders: string[], run: (env: NodeJS.ProcessEnv) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-fonts-'));
  const config = path.join(dir, 'fonts.conf');
  fs.writeFileSync(
    config,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      folders.map((f) => `<dir>${f}</dir>`).join('') +
      `<cachedir>${path.join(dir, 'cache')}</cachedir></fontconfig>`,
  );
  try {
    return run({ ...process.env, FONTCONFIG_FILE: config });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the fonts the printed sheets need', () => {
  it('"Times New Roman" resolves here to a font with Vietnamese letters', () => {
    expect(checkTimesNewRoman()).toMatch(/\.(ttf|otf)$/);
  });

  it('refuses, naming the package to install, where no font has the Vietnamese letters', () => {
    // Liberation Serif 1.x alone is the real case; an empty font folder fails the same way.
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-no-fonts-'));
    try {
      expect(() => withFontFolders([empty], (env) => checkTimesNewRoman(env))).toThrow(
        /Times New Roman.*Ả.*apt-get install -y fonts-liberation2/s,
      );
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
