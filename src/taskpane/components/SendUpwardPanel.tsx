import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/context';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Props {
  busy: boolean;
  onReport(): void;
  onSeal(): void;
}

/** What follows a clean check: the report for the level above and the seal of the figures. */
export function SendUpwardPanel({ busy, onReport, onSeal }: Props) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="finalize-heading">
      <h2 id="finalize-heading" className={styles.heading}>
        {t.finalizeHeading}
      </h2>
      <div className={styles.buttons}>
        <Button appearance="secondary" disabled={busy} onClick={onReport}>
          {t.reportButton}
        </Button>
        <Button appearance="secondary" disabled={busy} onClick={onSeal}>
          {t.sealButton}
        </Button>
      </div>
    </section>
  );
}
