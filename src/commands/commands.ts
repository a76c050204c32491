// The ribbon's "Kiểm tra số liệu": read → check → mark without opening the pane.
//
// Without a shared runtime this function file cannot show the task pane (Office.addin.showAsTaskpane
// needs SharedRuntime 1.1) and Excel has no notification bar for add-ins, so the result is said
// where every Excel from 2016 on can say it: the cells are marked on the sheet, the first error
// cell is selected, and a small Office dialog (DialogApi 1.1) gives the summary sentence.
// `event.completed()` is called on every path, after the dialog closes.
import '../bootstrap/polyfills';
import '../core/i18n/english';
import { markStarted } from '../bootstrap/started';
import type { Lang } from '../core/i18n/localized';
import { describeError } from '../taskpane/describe-error';
import { catalogFor } from '../core/i18n/catalog';
import { createExcelActions, displayLang } from '../taskpane/office';
import { CHECK_COMMAND } from './names';
import { reportHeadline } from '../core/report-plan/headline';

interface ResultMessage {
  title: string;
  summary: string;
  hint: string;
}

async function runCheck(lang: Lang): Promise<ResultMessage> {
  const t = catalogFor(lang).pane;
  try {
    const actions = createExcelActions(lang);
    const report = await actions.check();
    const firstError = report.findings.find((f) => f.severity === 'error' && f.cell);
    if (firstError?.cell) await actions.goToCell(firstError.cell);
    return {
      title: t.commandResultTitle,
      summary: t.summary(report.summary, reportHeadline(report, lang)),
      hint: report.findings.length > 0 ? t.commandMarked : t.noFindings,
    };
  } catch (error) {
    return { title: t.errorTitle, summary: describeError(error, lang), hint: '' };
  }
}

/** Opens result.html with the message and resolves when the clerk closes it. */
function showResult(message: ResultMessage, lang: Lang): Promise<void> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return Promise.resolve();
  const url = new URL('result.html', window.location.href);
  url.search = new URLSearchParams({ lang, ...message, close: catalogFor(lang).pane.close }).toString();
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      url.toString(),
      { height: 30, width: 35, displayInIframe: true },
      (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = opened.value;
        // Any message from the page means "close"; a DialogEventReceived means the clerk closed it with ×.
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}

async function checkFiguresCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const lang = displayLang();
    await showResult(await runCheck(lang), lang);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  // Office.actions.associate is the current way; older Excel (2016) looks the name up on window.
  Office.actions?.associate?.(CHECK_COMMAND, checkFiguresCommand);
});
(globalThis as unknown as Record<string, unknown>)[CHECK_COMMAND] = checkFiguresCommand;
markStarted();
