// The ribbon command's result dialog: shows the words passed in its address, closes on request.
import { markStarted } from '../bootstrap/started';
import { languageFromTag } from '../core/i18n/localized';

function fill(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

const params = new URLSearchParams(window.location.search);
document.documentElement.lang = languageFromTag(params.get('lang') ?? undefined);
document.title = params.get('title') ?? '';
document.body.style.fontFamily = "'Segoe UI', system-ui, sans-serif";
document.body.style.margin = '16px';
fill('title', params.get('title') ?? '');
fill('summary', params.get('summary') ?? '');
fill('hint', params.get('hint') ?? '');
fill('close', params.get('close') ?? 'OK');

Office.onReady(() => {
  const close = document.getElementById('close');
  close?.addEventListener('click', () => Office.context.ui.messageParent('close'));
  close?.focus();
});
markStarted();
