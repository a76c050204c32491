import HtmlWebpackPlugin from 'html-webpack-plugin';

// The webpack config is CommonJS; its shape is all this test needs.
const makeConfig = require('../../webpack.config') as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => { entry: Record<string, string>; plugins: unknown[] };

const pages = (config: { plugins: unknown[] }) =>
  config.plugins
    .filter((plugin): plugin is HtmlWebpackPlugin => plugin instanceof HtmlWebpackPlugin)
    .map((plugin) => plugin.userOptions.filename);

describe('HyperFormula (GPLv3) stays out of the shipped add-in', () => {
  test('npm run build has no preview entry and no preview page', () => {
    const config = makeConfig({}, { mode: 'production' });
    expect(Object.keys(config.entry)).not.toContain('preview');
    expect(pages(config)).not.toContain('preview.html');
  });

  test('the development server and --env preview build the preview page', () => {
    for (const config of [
      makeConfig({}, { mode: 'development' }),
      makeConfig({ preview: true }, { mode: 'production' }),
    ]) {
      expect(config.entry.preview).toBe('./src/preview/index.tsx');
      expect(pages(config)).toContain('preview.html');
    }
  });
});
