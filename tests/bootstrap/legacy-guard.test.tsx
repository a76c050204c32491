// The bootstrap as the pages load it (one ES5 file), run in jsdom with the user agents of the
// webviews Excel uses: what the clerk sees instead of a blank pane, and a ribbon command that
// always completes its event.
import * as acorn from 'acorn';

const { legacyGuardAsset } = require('../../scripts/legacy-guard-asset') as {
  legacyGuardAsset: () => { fileName: string; source: string };
};

const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko';
const EDGE_HTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';
const WEBVIEW2 =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0';
const COMMAND = 'checkFiguresCommand';

type Scope = Record<string, unknown>;
const scope = window as unknown as Scope;

function run(userAgent: string, attributes: Record<string, string>): void {
  jest.spyOn(window.navigator, 'userAgent', 'get').mockReturnValue(userAgent);
  const tag = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) tag.setAttribute(name, value);
  document.head.appendChild(tag);
  new Function(legacyGuardAsset().source)();
}

function bundleTags(): HTMLScriptElement[] {
  return Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'));
}

const message = () => document.getElementById('legacy-message');

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '<div id="root"></div>';
  window.onerror = null;
  window.history.replaceState({}, '', '/taskpane.html');
  for (const name of ['resolutionTargetsStarted', 'Office', COMMAND]) delete scope[name];
});

afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});

it('is ES5, so that Internet Explorer 11 can run it', () => {
  expect(() => acorn.parse(legacyGuardAsset().source, { ecmaVersion: 5 })).not.toThrow();
  expect(legacyGuardAsset().fileName).toMatch(/^legacy-guard\.[0-9a-f]{8}\.js$/);
});

describe('in Trident (volume-licensed Excel 2016/2019)', () => {
  it('never loads the pane’s bundle and says in both languages what happened and what still works', () => {
    run(TRIDENT, { 'data-kind': 'pane', 'data-bundle': 'taskpane.1234.js' });

    expect(bundleTags()).toHaveLength(0);
    const text = message()?.textContent ?? '';
    expect(message()).toHaveAttribute('role', 'alert');
    expect(text).toContain('Internet Explorer 11, trong đó ngăn tác vụ không chạy được');
    expect(text).toContain('old Internet Explorer 11 webview');
    expect(text).toContain('cột “% so với chỉ tiêu” và “Đánh giá” là công thức của Excel');
    expect(text).toContain(`${window.location.origin}/app.html`);
    expect(text).toContain('resolution-targets');
    expect(text).toContain('Excel 2021, Excel 2024, Microsoft 365 và Excel trên web');
    expect(text).toContain('Excel 2021, Excel 2024, Microsoft 365 and Excel on the web');
    expect(text).toContain('Volume-licensed Excel 2019 and 2016 always open add-ins in Internet Explorer 11');
    expect(document.querySelector('section[lang="vi"] h1')).toHaveTextContent(
      'Ngăn tác vụ “Chỉ tiêu Nghị quyết” không chạy được ở đây',
    );
    expect(document.querySelector('section[lang="en"] h2')).toHaveTextContent(
      'The “Resolution Targets” task pane cannot run here',
    );
  });

  it('completes the ribbon command’s event after a dialog that says why', () => {
    const handlers: Record<string, () => void> = {};
    const dialog = {
      addEventHandler: (type: string, fn: () => void) => (handlers[type] = fn),
      close: jest.fn(),
    };
    const displayDialogAsync = jest.fn(
      (_url: string, _options: object, callback: (r: { status: string; value: unknown }) => void) =>
        callback({ status: 'succeeded', value: dialog }),
    );
    const associate = jest.fn();
    scope.Office = {
      onReady: (callback: () => void) => callback(),
      actions: { associate },
      context: { requirements: { isSetSupported: () => true }, ui: { displayDialogAsync } },
    };
    window.history.replaceState({}, '', '/commands.html');
    run(TRIDENT, { 'data-kind': 'command', 'data-bundle': 'commands.1234.js', 'data-command': COMMAND });

    expect(bundleTags()).toHaveLength(0);
    expect(associate).toHaveBeenCalledWith(COMMAND, scope[COMMAND]);
    const event = { completed: jest.fn() };
    (scope[COMMAND] as (e: unknown) => void)(event);
    expect(displayDialogAsync.mock.calls[0][0]).toBe(`${window.location.origin}/result.html?legacy=trident`);
    expect(event.completed).not.toHaveBeenCalled();
    handlers.dialogMessageReceived();
    expect(dialog.close).toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('completes the ribbon command’s event at once where no dialog can open', () => {
    scope.Office = { onReady: () => undefined, context: { requirements: { isSetSupported: () => false } } };
    run(TRIDENT, { 'data-kind': 'command', 'data-bundle': 'commands.1234.js', 'data-command': COMMAND });
    const event = { completed: jest.fn() };
    (scope[COMMAND] as (e: unknown) => void)(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe('where the bundle may run (EdgeHTML, WebView2, a browser)', () => {
  it('loads the bundle in order and stays out of the way when it starts', () => {
    run(WEBVIEW2, { 'data-kind': 'pane', 'data-bundle': 'vendor.js taskpane.1234.js' });
    const tags = bundleTags();
    expect(tags.map((tag) => tag.getAttribute('src'))).toEqual(['vendor.js', 'taskpane.1234.js']);
    expect(tags.every((tag) => tag.async === false)).toBe(true);

    scope.resolutionTargetsStarted = true;
    document.getElementById('root')!.textContent = 'the pane';
    tags.forEach((tag) => tag.dispatchEvent(new Event('load')));
    expect(message()).toBeNull();
    expect(document.getElementById('root')).toHaveTextContent('the pane');
  });

  it('shows the message, with the parser’s words for the IT helper, when the bundle does not parse', () => {
    run(EDGE_HTML, { 'data-kind': 'pane', 'data-bundle': 'taskpane.1234.js' });
    window.onerror!('SyntaxError: Expected identifier');
    bundleTags()[0].dispatchEvent(new Event('load'));

    const text = message()?.textContent ?? '';
    expect(text).toContain('Ngăn tác vụ không khởi động được trong Excel này.');
    expect(text).toContain('Microsoft Edge (EdgeHTML): SyntaxError: Expected identifier');
    expect(document.querySelectorAll('#legacy-message')).toHaveLength(1);
  });

  it('shows the message when the bundle ran but never said it started', () => {
    run(EDGE_HTML, { 'data-kind': 'pane', 'data-bundle': 'taskpane.1234.js' });
    bundleTags()[0].dispatchEvent(new Event('load'));
    expect(message()).toHaveTextContent('The task pane could not start in this Excel.');
  });

  it('shows the message when the pane started and an error left it empty', () => {
    jest.useFakeTimers();
    run(EDGE_HTML, { 'data-kind': 'pane', 'data-bundle': 'taskpane.1234.js' });
    scope.resolutionTargetsStarted = true;
    bundleTags()[0].dispatchEvent(new Event('load'));
    window.onerror!('TypeError: Object doesn’t support property or method');
    jest.runOnlyPendingTimers();
    expect(message()).toHaveTextContent('Object doesn’t support property or method');
  });

  it('says the pane could not be loaded when its file is missing or never arrives', () => {
    run(WEBVIEW2, { 'data-kind': 'pane', 'data-bundle': 'taskpane.1234.js' });
    bundleTags()[0].dispatchEvent(new Event('error'));
    expect(message()).toHaveTextContent('Không tải được ngăn tác vụ từ máy chủ.');

    document.body.innerHTML = '<div id="root"></div>';
    jest.useFakeTimers();
    run(WEBVIEW2, { 'data-kind': 'pane', 'data-bundle': 'taskpane.5678.js' });
    jest.advanceTimersByTime(19_000);
    expect(message()).toBeNull();
    jest.advanceTimersByTime(1_000);
    expect(message()).toHaveTextContent('The task pane could not be loaded from its server.');
  });

  it('gives the ribbon command a fallback when its bundle fails', () => {
    scope.Office = { onReady: () => undefined, context: { requirements: { isSetSupported: () => false } } };
    run(EDGE_HTML, { 'data-kind': 'command', 'data-bundle': 'commands.1234.js', 'data-command': COMMAND });
    window.onerror!('SyntaxError: Expected identifier');
    const event = { completed: jest.fn() };
    (scope[COMMAND] as (e: unknown) => void)(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe('the result dialog opened by the fallback', () => {
  it('shows the message and closes through Office', () => {
    const messageParent = jest.fn();
    scope.Office = { context: { ui: { messageParent } } };
    window.history.replaceState({}, '', '/result.html?legacy=trident');
    run(WEBVIEW2, { 'data-kind': 'dialog', 'data-bundle': 'result.1234.js' });

    expect(bundleTags()).toHaveLength(0);
    expect(message()).toHaveTextContent('Internet Explorer 11');
    document.querySelector<HTMLButtonElement>('#legacy-message button')!.click();
    expect(messageParent).toHaveBeenCalledWith('close');
  });

  it('ignores a reason it does not know and loads its bundle', () => {
    window.history.replaceState({}, '', '/result.html?legacy=title');
    run(WEBVIEW2, { 'data-kind': 'dialog', 'data-bundle': 'result.1234.js' });
    expect(bundleTags()).toHaveLength(1);
    expect(message()).toBeNull();
  });
});

describe('the web page app.html in an old browser (no Excel)', () => {
  const OLD_FIREFOX = 'Mozilla/5.0 (Windows NT 6.1; rv:45.0) Gecko/20100101 Firefox/45.0';

  beforeEach(() => window.history.replaceState({}, '', '/app.html'));

  it('in Internet Explorer, says the page needs a modern browser, not that a task pane failed', () => {
    run(TRIDENT, { 'data-kind': 'page', 'data-bundle': 'app.1234.js' });

    expect(bundleTags()).toHaveLength(0);
    expect(document.querySelector('section[lang="vi"] h1')).toHaveTextContent(
      'Trang web “Chỉ tiêu Nghị quyết” cần trình duyệt mới',
    );
    expect(document.querySelector('section[lang="en"] h2')).toHaveTextContent(
      'The “Resolution Targets” web page needs a modern browser',
    );
    const text = message()?.textContent ?? '';
    expect(text).toContain(
      'Hãy mở trang bằng một trình duyệt mới: Google Chrome, Microsoft Edge hoặc Firefox.',
    );
    expect(text).toContain('Open the page in a modern browser: Google Chrome, Microsoft Edge or Firefox.');
    // Nothing about the task pane or which Excel runs it, and no link to the page itself.
    expect(text).not.toMatch(/ngăn tác vụ|task pane|Excel 2021|volume/i);
    expect(text).not.toContain('/app.html');
    expect(text).toContain('cột “% so với chỉ tiêu” và “Đánh giá” là công thức của Excel');
  });

  it('when the page’s bundle does not parse in an old browser, says so with the parser’s words', () => {
    run(OLD_FIREFOX, { 'data-kind': 'page', 'data-bundle': 'app.1234.js' });
    window.onerror!('SyntaxError: missing ; before statement');
    bundleTags()[0].dispatchEvent(new Event('load'));

    const text = message()?.textContent ?? '';
    expect(text).toContain('Trang web không khởi động được trong trình duyệt này');
    expect(text).toContain('The web page could not start in this browser');
    expect(text).toContain('SyntaxError: missing ; before statement');
    expect(text).not.toMatch(/ngăn tác vụ|task pane/i);
  });

  it('says the page could not be loaded when its file is missing', () => {
    run(OLD_FIREFOX, { 'data-kind': 'page', 'data-bundle': 'app.1234.js' });
    bundleTags()[0].dispatchEvent(new Event('error'));
    expect(message()).toHaveTextContent('Không tải được trang web từ máy chủ.');
    expect(message()).toHaveTextContent('The web page could not be loaded from its server.');
  });
});
