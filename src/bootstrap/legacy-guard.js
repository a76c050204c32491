// The first script of every page (docs/design.md, "Older Excel"). Plain ES5, because it must run
// where the pages' bundles cannot: Internet Explorer 11 (Trident), which volume-licensed Excel
// 2016/2019 uses for add-ins. It decides whether the page's bundle may load at all, loads it, and
// turns a bundle that fails to parse or start into a message instead of a blank pane or a ribbon
// command that never completes.
//
// The page's <script> tag configures it:
//   data-kind     "pane" (the task pane, or a page shown in it), "page" (the web page app.html,
//                 opened in a browser without Excel), "command" (the ribbon's function file),
//                 "dialog" (the ribbon command's result dialog)
//   data-bundle   the bundle's script addresses, space-separated, loaded in order
//   data-command  (command) the function name the ribbon calls
// A bundle says it started by setting window.resolutionTargetsStarted (src/bootstrap/started.ts).
// Concatenated after legacy-messages.js inside one function by webpack.config.js.
var STARTED_FLAG = 'resolutionTargetsStarted';
/** A bundle neither loaded nor failed by then is treated as failed (a stalled network). */
var LOAD_TIMEOUT_MS = 20000;

// A blocking script runs while it is the last script element of the document.
var scripts = document.getElementsByTagName('script');
var guardTag = scripts[scripts.length - 1];
var kind = guardTag.getAttribute('data-kind') || 'pane';
var bundles = (guardTag.getAttribute('data-bundle') || '').split(' ');
var commandName = guardTag.getAttribute('data-command');
var webview = webviewOf(navigator.userAgent);
var settled = false;

/** Microsoft's guidance: the webview is read from the user agent ("Support older webviews"). */
function webviewOf(userAgent) {
  if (userAgent.indexOf('Trident/') !== -1 || userAgent.indexOf('MSIE ') !== -1) return 'trident';
  if (/Edge\/1\d\./.test(userAgent)) return 'edgehtml';
  return 'modern';
}

function webviewName() {
  return webview === 'edgehtml' ? 'Microsoft Edge (EdgeHTML): ' : '';
}

function pageAddress(name) {
  return window.location.href.replace(/[^/?#]*([?#].*)?$/, name);
}

function queryValue(name) {
  var match = new RegExp('[?&]' + name + '=([^&#]*)').exec(window.location.search);
  return match ? decodeURIComponent(match[1].replace(/\+/g, ' ')) : null;
}

function element(tag, text, style) {
  var node = document.createElement(tag);
  if (text) node.appendChild(document.createTextNode(text));
  if (style) node.setAttribute('style', style);
  return node;
}

function list(items) {
  var node = element('ul', '', 'margin:4px 0 8px;padding-left:20px');
  for (var i = 0; i < items.length; i += 1) node.appendChild(element('li', items[i], 'margin:2px 0'));
  return node;
}

/**
 * One language's message: what happened, what still works and, in Excel, which versions run the
 * pane; on the web page, which browsers run it instead.
 */
function section(words, lang, reason, detail) {
  var onPage = kind === 'page';
  var node = element('section', '', 'margin:0 0 16px');
  node.setAttribute('lang', lang);
  var title = onPage ? words.page.title : words.title;
  node.appendChild(element(lang === 'vi' ? 'h1' : 'h2', title, 'font-size:16px;margin:0 0 8px'));
  node.appendChild(element('p', onPage ? words.page[reason] : words[reason], 'margin:0 0 8px'));
  if (detail) node.appendChild(element('p', words.detail + detail, 'margin:0 0 8px;color:#616161'));
  if (onPage) node.appendChild(element('p', words.page.browsers, 'margin:0 0 8px'));
  node.appendChild(element('p', words.stillWorks, 'margin:0;font-weight:600'));
  if (onPage) {
    node.appendChild(list([words.sheet, words.cli]));
    return node;
  }
  node.appendChild(list([words.sheet, words.web.replace('{url}', pageAddress('app.html')), words.cli]));
  node.appendChild(element('p', words.versions, 'margin:0;font-weight:600'));
  node.appendChild(list([words.modern, words.retail2019]));
  node.appendChild(element('p', words.volume2019, 'margin:0'));
  return node;
}

/** Replaces the page's content with the message in both languages. */
function showMessage(reason, detail) {
  var body = document.body;
  while (body.firstChild) body.removeChild(body.firstChild);
  var main = element('main', '', 'font-family:"Segoe UI",Arial,sans-serif;font-size:14px;margin:12px');
  main.setAttribute('role', 'alert');
  main.setAttribute('id', 'legacy-message');
  main.appendChild(section(LEGACY_MESSAGES.vi, 'vi', reason, detail));
  main.appendChild(section(LEGACY_MESSAGES.en, 'en', reason, detail));
  if (kind === 'dialog') main.appendChild(closeButton());
  body.appendChild(main);
}

function closeButton() {
  var button = element('button', LEGACY_MESSAGES.vi.close + ' / ' + LEGACY_MESSAGES.en.close);
  button.setAttribute('type', 'button');
  button.onclick = function () {
    if (window.Office && Office.context && Office.context.ui) Office.context.ui.messageParent('close');
  };
  return button;
}

/** The ribbon command when its bundle cannot run: the dialog says why, the event completes. */
function commandFallback(reason) {
  return function (event) {
    var done = function () {
      if (event && event.completed) event.completed();
    };
    var ui = window.Office && Office.context && Office.context.ui;
    if (!ui || !Office.context.requirements.isSetSupported('DialogApi', '1.1')) return done();
    var url = pageAddress('result.html') + '?legacy=' + reason;
    ui.displayDialogAsync(url, { height: 60, width: 40, displayInIframe: true }, function (opened) {
      if (opened.status !== 'succeeded') return done();
      var dialog = opened.value;
      dialog.addEventHandler('dialogMessageReceived', function () {
        dialog.close();
        done();
      });
      dialog.addEventHandler('dialogEventReceived', done);
    });
  };
}

function installCommandFallback(reason) {
  var fallback = commandFallback(reason);
  window[commandName] = fallback;
  var associate = function () {
    if (Office.actions && Office.actions.associate) Office.actions.associate(commandName, fallback);
  };
  if (window.Office && Office.onReady) Office.onReady(associate);
}

/** What a page does when its bundle cannot run: said once, however many signals arrive. */
function fail(reason, detail) {
  if (settled) return;
  settled = true;
  var say = function () {
    if (kind === 'command') installCommandFallback(reason);
    else showMessage(reason, detail);
  };
  if (document.body) say();
  else document.addEventListener('DOMContentLoaded', say);
}

function started() {
  return window[STARTED_FLAG] === true;
}

window.onerror = function (message) {
  // Before the bundle started, any error means it did not; after, only a pane left empty does.
  if (!started()) fail('failed', webviewName() + String(message));
  else if (kind === 'pane' || kind === 'page') setTimeout(emptyPaneCheck(String(message)), 0);
};

function emptyPaneCheck(message) {
  return function () {
    var root = document.getElementById('root');
    if (root && !root.firstChild) fail('failed', webviewName() + message);
  };
}

function loadBundles(index) {
  if (index >= bundles.length || bundles[index] === '') return;
  var tag = document.createElement('script');
  tag.src = bundles[index];
  tag.async = false;
  tag.onload = function () {
    // A script that does not parse still fires load, after window.onerror.
    if (index === bundles.length - 1 && !started()) fail('failed', '');
  };
  tag.onerror = function () {
    fail('unreachable', bundles[index]);
  };
  document.getElementsByTagName('head')[0].appendChild(tag);
  loadBundles(index + 1);
}

var legacyReason = queryValue('legacy');
if (webview === 'trident') {
  fail('trident', '');
} else if (kind === 'dialog' && /^(trident|failed|unreachable)$/.test(legacyReason || '')) {
  fail(legacyReason, '');
} else {
  // After the page's own blocking scripts (office.js), which the bundle needs.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      loadBundles(0);
    });
  } else {
    loadBundles(0);
  }
  setTimeout(function () {
    if (!started()) fail('unreachable', '');
  }, LOAD_TIMEOUT_MS);
}
