// The build's promises that a reviewer would check by reading dist/: office.js from Microsoft's
// CDN in production, a Content-Security-Policy without eval, the pages the manifest names.
import fs from 'node:fs';
import path from 'node:path';
import type { Configuration, WebpackPluginInstance } from 'webpack';
import { CHECK_COMMAND } from '../../src/commands/names';

type Options = {
  filename: string;
  template: string;
  officeJs: string;
  csp: string;
  chunks: string[];
  guard: string;
  kind?: string;
};

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

  // The web page app.html runs in any browser without Excel: no office.js, scripts from itself only.
  const addinPages = production.filter((p) => p.filename !== 'app.html');
  const directivesOf = (csp: string) =>
    Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('loads office.js from Microsoft’s CDN', () => {
    expect(addinPages.length).toBe(production.length - 1);
    for (const page of addinPages)
      expect(page.officeJs).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  it('allows scripts only from the add-in itself and the office.js host, never eval', () => {
    for (const { csp } of addinPages) {
      const directives = directivesOf(csp);
      expect(directives['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(csp).not.toContain('unsafe-eval');
    }
  });

  it('makes the web page app.html with scripts from itself only, no office.js, no eval', () => {
    const app = production.find((p) => p.filename === 'app.html')!;
    expect(app.chunks).toEqual(['app']);
    expect(app.officeJs).toBeUndefined();
    const directives = directivesOf(app.csp);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(app.csp).not.toContain('unsafe-eval');
    const html = fs.readFileSync(path.resolve(__dirname, '..', '..', app.template), 'utf8');
    expect(html).not.toContain('officeJs');
  });

  it('loads every script page through the ES5 bootstrap, the ribbon’s page naming its function', () => {
    const kinds = Object.fromEntries(production.map((p) => [p.filename, p.kind]));
    expect(kinds).toMatchObject({
      'taskpane.html': 'pane',
      'commands.html': 'command',
      'result.html': 'dialog',
      // The web page, opened in a browser without Excel: its message speaks of the page, not the pane.
      'app.html': 'page',
    });
    for (const page of production.filter((p) => p.chunks.length > 0)) {
      expect(page.guard).toMatch(/^legacy-guard\.[0-9a-f]{8}\.js$/);
      const html = fs.readFileSync(path.resolve(__dirname, '..', '..', page.template), 'utf8');
      // The bootstrap is the page's first script, and it alone loads the bundle.
      const firstScript = html.slice(html.indexOf('<script'));
      expect(firstScript.indexOf('htmlWebpackPlugin.options.guard')).toBeGreaterThan(0);
      expect(firstScript.indexOf('htmlWebpackPlugin.options.guard')).toBeLessThan(
        firstScript.indexOf('</script>'),
      );
    }
    const commands = production.find((p) => p.filename === 'commands.html')!;
    expect(fs.readFileSync(path.resolve(__dirname, '..', '..', commands.template), 'utf8')).toContain(
      `data-command="${CHECK_COMMAND}"`,
    );
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
