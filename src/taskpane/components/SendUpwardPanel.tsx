import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { ReportDetails } from '../../core/document';
import { ReportDetailsFields, useReportDetails } from '../../ui/ReportDetailsFields';
import { useStrings } from '../i18n/context';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Props {
  busy: boolean;
  /** False where the host does not let a task pane save a file: the Word button gives way to a note. */
  canSaveFiles: boolean;
  onReport(details: ReportDetails): void;
  onWord(details: ReportDetails): void;
  onSeal(): void;
}

/**
 * What follows a clean check: the report for the level above (in the workbook, or as a Word file)
 * with its own number, date and signer, and the seal of the figures.
 */
export function SendUpwardPanel({ busy, canSaveFiles, onReport, onWord, onSeal }: Props) {
  const t = useStrings();
  const styles = useStyles();
  const { input, setInput, details } = useReportDetails();
  return (
    <section className={styles.section} aria-labelledby="finalize-heading">
      <h2 id="finalize-heading" className={styles.heading}>
        {t.finalizeHeading}
      </h2>
      <div className={styles.fields}>
        <ReportDetailsFields
          labels={{ number: t.reportNumber, date: t.reportDate, signer: t.reportSigner }}
          input={input}
          onChange={setInput}
          numberPlaceholder="12"
        />
        <p className={styles.hint}>{t.reportDetailsHint}</p>
      </div>
      <div className={styles.buttons}>
        <Button appearance="secondary" disabled={busy} onClick={() => onReport(details())}>
          {t.reportButton}
        </Button>
        {canSaveFiles && (
          <Button appearance="secondary" disabled={busy} onClick={() => onWord(details())}>
            {t.wordButton}
          </Button>
        )}
        <Button appearance="secondary" disabled={busy} onClick={onSeal}>
          {t.sealButton}
        </Button>
      </div>
      {!canSaveFiles && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.wordUnavailable}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
