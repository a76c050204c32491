import '../bootstrap/polyfills';
import '../core/i18n/english';
import '../bootstrap/resize-observer';
import { markStarted } from '../bootstrap/started';
import { createRoot } from 'react-dom/client';
import { getBuiltInTemplate } from '../templates';
import { languageFromTag } from '../core/i18n/localized';
import { PreviewPage } from './components/PreviewPage';
import { PreviewWorkbook } from './preview-workbook';

// The browser preview (development only: it bundles HyperFormula, GPLv3). `?lang=en` shows it in
// English; `?paneWidth=320` sets the task pane's width as a person would drag it in Excel.
const BUILT_IN_ID = 'hung-tan-2023';
const NARROWEST = 300;
const WIDEST = 800;

const params = new URLSearchParams(window.location.search);
const lang = languageFromTag(params.get('lang') ?? 'vi');
const requested = Number(params.get('paneWidth') ?? 350);
const paneWidth = Number.isFinite(requested) ? Math.min(WIDEST, Math.max(NARROWEST, requested)) : 350;

const container = document.getElementById('root');
const builtIn = getBuiltInTemplate(BUILT_IN_ID);
if (container && builtIn) {
  document.documentElement.lang = lang;
  createRoot(container).render(
    <PreviewPage workbook={new PreviewWorkbook()} builtIn={builtIn} lang={lang} paneWidth={paneWidth} />,
  );
}
markStarted();
