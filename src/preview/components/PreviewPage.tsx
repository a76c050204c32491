import { useMemo, useState, useSyncExternalStore } from 'react';
import { cellAddress } from '../../adapters/excel/a1';
import type { Lang } from '../../core/i18n/localized';
import type { Template } from '../../core/template/types';
import { App } from '../../taskpane/components/App';
import { actionsOver } from '../../taskpane/office';
import { fakeRun } from '../../testing/fake-excel';
import { toolCatalogFor } from '../../core/i18n/tool-catalog';
import type { PreviewWorkbook } from '../preview-workbook';
import { SheetGrid } from './SheetGrid';

interface Props {
  workbook: PreviewWorkbook;
  builtIn: Template;
  lang: Lang;
  paneWidth: number;
}

/** The real task pane beside the in-memory workbook it drives, under a plain "not Excel" banner. */
export function PreviewPage({ workbook, builtIn, lang, paneWidth }: Props) {
  const t = toolCatalogFor(lang).preview;
  useSyncExternalStore(workbook.subscribe, workbook.version);
  const [refusal, setRefusal] = useState<string | null>(null);
  // The same actions as in Excel, over the fake's Excel.run; every requirement set is "supported".
  const actions = useMemo(
    () => actionsOver({ run: fakeRun(workbook.state), isSetSupported: workbook.state.isSetSupported }, lang),
    [workbook, lang],
  );
  const sheet = workbook.activeSheet;
  const { row, column } = workbook.selected();
  const visible = workbook.state.sheets.filter((s) => s.visibility === 'Visible');

  return (
    <div className="page">
      <header className="banner">
        <strong>{t.banner}</strong>
        <span>{t.bannerDetail}</span>
      </header>
      <div className="body">
        <section className="sheet" aria-label={t.sheetRegion}>
          <div className="bar">
            <label>
              <span className="sr-only">{t.nameBox}</span>
              <input className="name-box" readOnly value={cellAddress(row, column)} />
            </label>
            <label className="contents">
              <span className="sr-only">{t.cellContents}</span>
              <input readOnly value={workbook.content(row, column)} />
            </label>
          </div>
          <p className="hint">{t.hint}</p>
          {refusal && (
            <p className="refusal" role="alert">
              {refusal}
            </p>
          )}
          <div className="grid-scroll">
            {sheet && <SheetGrid workbook={workbook} sheet={sheet} lang={lang} onRefused={setRefusal} />}
          </div>
          <nav className="tabs" aria-label={t.sheetTabs}>
            {visible.map((s) => (
              <button
                key={s.name}
                type="button"
                aria-current={s === sheet ? 'page' : undefined}
                onClick={() => workbook.activate(s.name)}
              >
                {s.name}
              </button>
            ))}
          </nav>
        </section>
        <aside className="pane" aria-label={t.paneRegion} style={{ width: paneWidth }}>
          <App actions={actions} builtIn={builtIn} lang={lang} />
        </aside>
      </div>
    </div>
  );
}
