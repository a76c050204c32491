import '../bootstrap/polyfills';
import '../bootstrap/resize-observer';
import { markStarted } from '../bootstrap/started';
import './zod-without-eval';
import { createRoot } from 'react-dom/client';
import { provideEnglish } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/localized';
import { getBuiltInTemplate } from '../templates';
import { App } from './components/App';
import { NotInExcel } from './components/NotInExcel';
import { createExcelActions, displayLang, isExcel } from './office';

const BUILT_IN_ID = 'hung-tan-2023';

/**
 * The English catalog is not part of the pane's first load (docs/design.md, "Older Excel"): it is
 * fetched only when Office shows English, before anything is shown. Should it fail to arrive, the
 * pane opens in Vietnamese rather than not at all.
 */
async function loadedLang(wanted: Lang): Promise<Lang> {
  if (wanted === 'vi') return 'vi';
  try {
    const { en } = await import(/* webpackChunkName: "english" */ '../core/i18n/en');
    provideEnglish(en);
    return 'en';
  } catch {
    return 'vi';
  }
}

Office.onReady(async (info) => {
  const container = document.getElementById('root');
  if (!container) return;
  const lang = await loadedLang(displayLang());
  document.documentElement.lang = lang;
  const builtIn = getBuiltInTemplate(BUILT_IN_ID);
  if (!builtIn) throw new Error(`The built-in template ${BUILT_IN_ID} is missing`);
  createRoot(container).render(
    isExcel(info) ? (
      <App actions={createExcelActions(lang)} builtIn={builtIn} lang={lang} />
    ) : (
      <NotInExcel lang={lang} />
    ),
  );
});
markStarted();
