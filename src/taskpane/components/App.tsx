import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckReport } from '../../core/check/types';
import type { Lang } from '../../core/i18n/localized';
import type { ReportDetails } from '../../core/document';
import type { AuthoringFinding } from '../../core/authoring';
import type { Template } from '../../core/template/types';
import type { Finding } from '../../core/check/types';
import type {
  AuthoringSource,
  ExcelActions,
  ExistingSheetChoice,
  NextYearChoice,
  SealView,
  TextFigure,
} from '../actions';
import { describeError } from '../describe-error';
import { catalogFor } from '../../core/i18n/catalog';
import type { Strings } from '../../core/i18n/pane-strings';
import { formatLocalTime } from '../../core/time/local-time';
import { LangContext } from '../i18n/context';
import { AuthoringPanel } from './AuthoringPanel';
import { CheckResultView } from './CheckResultView';
import { ExistingSheetDialog } from './ExistingSheetDialog';
import { SendUpwardPanel } from './SendUpwardPanel';
import { TemplateChooser, type ChosenTemplate } from './TemplateChooser';
import { AuthoringFindings } from './AuthoringFindings';
import { CellFindings } from './CellFindings';
import { NextYearDialog } from './NextYearDialog';
import { reportHeadline } from '../../core/report-plan/headline';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: 'border-box',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

type Job = keyof Strings['working'];
type Notice = { intent: 'success' | 'warning' | 'error'; text: string };

interface Props {
  actions: ExcelActions;
  builtIn: Template;
  lang: Lang;
}

export function App({ actions, builtIn, lang }: Props) {
  const t = catalogFor(lang).pane;
  const styles = useStyles();
  const [template, setTemplate] = useState<ChosenTemplate>(builtIn);
  const [authoringFindings, setAuthoringFindings] = useState<{
    sheetName: string;
    findings: AuthoringFinding[];
  } | null>(null);
  const [busy, setBusy] = useState<Job | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [seal, setSeal] = useState<SealView | null>(null);
  const [existingSheet, setExistingSheet] = useState<string | null>(null);
  const [nextYearFindings, setNextYearFindings] = useState<{ sheetName: string; findings: Finding[] } | null>(
    null,
  );
  const [nextYearExisting, setNextYearExisting] = useState<{ sheetName: string; year: number } | null>(null);

  const perform = async (job: Job, work: () => Promise<Notice | null>) => {
    setBusy(job);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (error) {
      setNotice({ intent: 'error', text: describeError(error, lang) });
    } finally {
      setBusy(null);
    }
  };

  /** The workbook's authoring sheet is read at each insert, so the clerk's latest edits count. */
  const templateOf = async (chosen: ChosenTemplate): Promise<Template | null> => {
    setAuthoringFindings(null);
    if (chosen !== 'workbook') return chosen;
    const { sheetName, reading } = await actions.readAuthoringSheet();
    if (reading.ok) return reading.template;
    setAuthoringFindings({ sheetName, findings: reading.findings });
    return null;
  };

  const insert = (chosen: ChosenTemplate, choice?: ExistingSheetChoice) =>
    perform('insert', async () => {
      if (!chosen) return { intent: 'error', text: t.templateNotChosen };
      const resolved = await templateOf(chosen);
      if (!resolved) return null;
      const result = await actions.insertSheet(resolved, choice);
      if (result.kind === 'needs-choice') {
        setExistingSheet(result.sheetName);
        return null;
      }
      const notes = result.notes.map((note) => note[lang]);
      return {
        intent: notes.length > 0 ? 'warning' : 'success',
        text: [t.inserted(result.sheetName, result.kind), ...notes].join(' '),
      };
    });

  // The seal status is the one the check itself found, so the two always agree.
  const recheck = async () => {
    setReport(await actions.check());
    setSeal(actions.sealStatus());
  };

  const check = () =>
    perform('check', async () => {
      await recheck();
      return null;
    });

  const refusal = (heading: string, reasons: Finding[]): Notice => ({
    intent: 'warning',
    text: [heading, ...reasons.map((reason) => reason.message[lang])].join(' '),
  });

  const makeReport = (details: ReportDetails) =>
    perform('report', async () => {
      const result = await actions.makeReport(details);
      if (!result.ok) {
        await recheck();
        return refusal(t.reportRefused(result.reasons.length), result.reasons);
      }
      const notes = result.notes.map((note) => note[lang]);
      return {
        intent: notes.length > 0 ? 'warning' : 'success',
        text: [t.reportWritten(result.sheetName), ...notes].join(' '),
      };
    });

  const wordReport = (details: ReportDetails) =>
    perform('report', async () => {
      const result = await actions.wordReport(details);
      if (!result.ok) {
        await recheck();
        return refusal(t.reportRefused(result.reasons.length), result.reasons);
      }
      actions.saveFile(
        result.fileName,
        result.bytes,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      return { intent: 'success', text: t.wordSaved(result.fileName) };
    });

  const sealFigures = () =>
    perform('seal', async () => {
      const result = await actions.seal();
      await recheck();
      if (!result.ok) return refusal(t.sealRefused(result.reasons.length), result.reasons);
      return { intent: 'success', text: t.sealed(formatLocalTime(result.sealedAt), result.code) };
    });

  const convert = (figures: TextFigure[]) =>
    perform('convert', async () => {
      const { converted, skipped } = await actions.convertTextFigures(figures);
      await recheck();
      const text = [t.converted(converted.length), ...skipped.map((s) => s.message[lang])].join(' ');
      return { intent: skipped.length > 0 ? 'warning' : 'success', text };
    });

  const insertAuthoring = (source: AuthoringSource) => {
    if (source.kind === 'text' && source.text.trim() === '') {
      setNotice({ intent: 'warning', text: t.authoringNoText });
      return;
    }
    void perform('authoring', async () => {
      const outcome = await actions.insertAuthoringSheet(source);
      if (!outcome.ok) return { intent: 'warning', text: t.authoringNoTargets };
      const text = [
        t.authoringInserted(outcome.sheetName, outcome.count),
        ...outcome.notes.map((n) => n[lang]),
      ];
      return { intent: outcome.notes.length > 0 ? 'warning' : 'success', text: text.join(' ') };
    });
  };

  const prepareNextYear = (choice?: NextYearChoice) =>
    perform('nextYear', async () => {
      setNextYearFindings(null);
      const result = await actions.prepareNextYear(choice);
      switch (result.kind) {
        case 'refused':
          setNextYearFindings({ sheetName: result.sheetName, findings: result.findings });
          return null;
        case 'needs-choice':
          setNextYearExisting({ sheetName: result.sheetName, year: result.year });
          return null;
        case 'opened':
          return { intent: 'success', text: t.nextYearOpened(result.sheetName) };
        case 'created': {
          const notes = result.notes.map((note) => note[lang]);
          return {
            intent: notes.length > 0 ? 'warning' : 'success',
            text: [t.nextYearInserted(result.sheetName, result.year, result.count), ...notes].join(' '),
          };
        }
      }
    });

  const goTo = (cell: string) => {
    actions
      .goToCell(cell)
      .catch((error: unknown) => setNotice({ intent: 'error', text: describeError(error, lang) }));
  };

  // Notices announce themselves (MessageBar politeness); this region says what is going on and the result.
  const announcement = busy
    ? t.working[busy]
    : report
      ? t.summary(report.summary, reportHeadline(report, lang))
      : '';

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <main className={styles.root} aria-busy={busy !== null}>
          <h1 className={styles.title}>{t.appTitle}</h1>
          <TemplateChooser builtIn={builtIn} onChange={setTemplate} disabled={busy !== null} />
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={busy !== null} onClick={() => void insert(template)}>
              {t.insertButton}
            </Button>
            <Button appearance="primary" disabled={busy !== null} onClick={() => void check()}>
              {t.checkButton}
            </Button>
          </div>
          {authoringFindings && (
            <AuthoringFindings {...authoringFindings} busy={busy !== null} onGoTo={goTo} />
          )}
          {nextYearFindings && (
            <CellFindings
              heading={t.nextYearRefused(nextYearFindings.sheetName, nextYearFindings.findings.length)}
              findings={nextYearFindings.findings.map((finding) => ({
                address: finding.cell ?? finding.cells?.[0],
                message: finding.message,
              }))}
              busy={busy !== null}
              onGoTo={goTo}
            />
          )}
          {busy && <Spinner size="tiny" labelPosition="after" label={t.working[busy]} />}
          {notice && (
            <MessageBar
              intent={notice.intent}
              layout="multiline"
              politeness={notice.intent === 'error' ? 'assertive' : 'polite'}
            >
              <MessageBarBody>
                {notice.intent === 'error' && <MessageBarTitle>{t.errorTitle}</MessageBarTitle>}
                {notice.text}
              </MessageBarBody>
            </MessageBar>
          )}
          {report && (
            <CheckResultView
              report={report}
              busy={busy !== null}
              onGoTo={goTo}
              onConvert={(f) => void convert(f)}
              seal={seal}
            />
          )}
          {report && (
            <SendUpwardPanel
              busy={busy !== null}
              canSaveFiles={actions.canSaveFiles}
              onReport={(details) => void makeReport(details)}
              onWord={(details) => void wordReport(details)}
              onSeal={() => void sealFigures()}
            />
          )}
          <AuthoringPanel
            busy={busy !== null}
            builtIn={builtIn}
            onInsert={insertAuthoring}
            onNextYear={() => void prepareNextYear()}
          />
          <div role="status" aria-live="polite" className={styles.visuallyHidden}>
            {announcement}
          </div>
          <NextYearDialog
            existing={nextYearExisting}
            onCancel={() => setNextYearExisting(null)}
            onChoose={(choice) => {
              setNextYearExisting(null);
              void prepareNextYear(choice);
            }}
          />
          <ExistingSheetDialog
            sheetName={existingSheet}
            onCancel={() => setExistingSheet(null)}
            onChoose={(choice) => {
              setExistingSheet(null);
              void insert(template, choice);
            }}
          />
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}
