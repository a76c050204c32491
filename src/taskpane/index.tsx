import '../bootstrap/polyfills';
import '../bootstrap/resize-observer';
import { markStarted } from '../bootstrap/started';
import './zod-without-eval';
import { createRoot } from 'react-dom/client';
import { getBuiltInTemplate } from '../templates';
import { App } from './components/App';
import { NotInExcel } from './components/NotInExcel';
import { createExcelActions, displayLang, isExcel } from './office';

const BUILT_IN_ID = 'hung-tan-2023';

Office.onReady((info) => {
  const container = document.getElementById('root');
  if (!container) return;
  const lang = displayLang();
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
