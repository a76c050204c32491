// The build's promises that a reviewer would check by reading dist/: office.js from Microsoft's
// CDN in production, a Content-Security-Policy without eval, the pages the manifest names.
import type { Configuration, WebpackPluginInstance } from 'webpack';

type Options = { filename: string; officeJs: string; csp: string; chunks: string[] };

const makeConfig = require('../../webpack.config.js') as (
  env: object,
  argv: { mode: string },
) => Configuration;

function pages(mode: 'production' | 'development'): Options[] {
  const plugins = (makeConfig({}, { mode }).plugins ?? []) as (WebpackPluginInstance & {
    userOptions?: Options;
  })[];
  return plugins.flatMap((plugin) =>
    plugin.constructor.name === 'HtmlWebpackPlugin' ? [plugin.userOptions!] : [],
  );
}

describe('the production build', () => {
  const production = pages('production');

  it('makes the pages the manifest points at', () => {
    expect(production.map((p) => p.filename)).toEqual(
      expect.arrayContaining(['taskpane.html', 'commands.html', 'result.html', 'support.html']),
    );
  });

  it('loads office.js from Microsoft’s CDN', () => {
    for (const page of production)
      expect(page.officeJs).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  it('allows scripts only from the add-in itself and the office.js host, never eval', () => {
    for (const { csp } of production) {
      const directives = Object.fromEntries(
        csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
      );
      expect(directives['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(csp).not.toContain('unsafe-eval');
    }
  });

  it('keeps source maps out of eval in both modes', () => {
    expect(makeConfig({}, { mode: 'production' }).devtool).toBe('source-map');
    expect(makeConfig({}, { mode: 'development' }).devtool).toBe('source-map');
  });
});

describe('the development build', () => {
  it('serves office.js from this server, for working offline', () => {
    const taskpane = pages('development').find((p) => p.filename === 'taskpane.html')!;
    expect(taskpane.officeJs).toBe('office-js/office.js');
    expect(taskpane.csp).not.toContain('unsafe-eval');
  });
});
