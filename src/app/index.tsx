import '../bootstrap/polyfills';
import '../core/i18n/english';
import { markStarted } from '../bootstrap/started';
import '../taskpane/zod-without-eval';
import { createRoot } from 'react-dom/client';
import { builtInTemplateIds, getBuiltInTemplate } from '../templates';
import type { Template } from '../core/template/types';
import { languageFromTag } from '../core/i18n/localized';
import { AppPage } from './components/AppPage';
import { createFileActions } from './actions';

const container = document.getElementById('root');
if (container) {
  const builtIns = builtInTemplateIds()
    .map(getBuiltInTemplate)
    .filter((each): each is Template => each !== undefined);
  const lang = languageFromTag(new URLSearchParams(window.location.search).get('lang') ?? 'vi');
  createRoot(container).render(
    <AppPage actions={createFileActions()} builtIns={builtIns} initialLang={lang} />,
  );
}
markStarted();
