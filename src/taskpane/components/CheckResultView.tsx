import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckReport, Finding, Severity, Status } from '../../core/check/types';
import { statusWord } from '../../core/i18n/status-words';
import { isShortfall } from '../../core/verdict/status';
import { reportHeadline } from '../../core/report-plan/headline';
import type { SealView, TextFigure } from '../actions';
import { shortCell, textFigures } from '../cells';
import { formatNumber } from '../../core/numbers/format';
import { useLang, useStrings } from '../i18n/context';
import { SealStatusLine } from './SealStatusLine';
import { TextFiguresPanel } from './TextFiguresPanel';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  summary: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  text: { flexGrow: 1, minWidth: 0 },
  cell: { flexShrink: 0, fontFamily: tokens.fontFamilyMonospace },
  cells: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalXS,
    flexShrink: 0,
    maxWidth: '45%',
  },
});

interface Props {
  report: CheckReport;
  busy: boolean;
  onGoTo(cell: string): void;
  onConvert(figures: TextFigure[]): void;
  /** Whether the figures were sealed, when the check found out. */
  seal?: SealView | null;
}

/** The check's answer: one summary line, the findings by severity, the misses, the text figures. */
export function CheckResultView({ report, busy, onGoTo, onConvert, seal }: Props) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const headline = reportHeadline(report, lang);
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  const misses = report.results.filter((r) => isShortfall(r.status));
  const figures = textFigures(report);

  return (
    <section className={styles.section} aria-labelledby="result-heading">
      <h2 id="result-heading" className={styles.heading}>
        {t.resultHeading}
      </h2>
      <p className={styles.summary}>{t.summary(report.summary, headline)}</p>
      {seal && <SealStatusLine seal={seal} />}
      {report.findings.length === 0 && <p>{t.noFindings}</p>}
      <FindingGroup
        severity="error"
        heading={t.errorsHeading(errors.length)}
        findings={errors}
        busy={busy}
        onGoTo={onGoTo}
      />
      <FindingGroup
        severity="warning"
        heading={t.warningsHeading(warnings.length)}
        findings={warnings}
        busy={busy}
        onGoTo={onGoTo}
      />
      {misses.length > 0 && (
        <MissList
          heading={t.missesHeading(misses.length)}
          misses={misses.map((r) => ({
            id: r.indicator.id,
            name: r.indicator.name,
            status: r.status,
            percent: r.percentOfTarget,
            cell: r.cell,
          }))}
          busy={busy}
          onGoTo={onGoTo}
        />
      )}
      {figures.length > 0 && <TextFiguresPanel figures={figures} busy={busy} onConvert={onConvert} />}
    </section>
  );
}

function GoToButton({ cell, busy, onGoTo }: { cell: string; busy: boolean; onGoTo(cell: string): void }) {
  const t = useStrings();
  const styles = useStyles();
  const short = shortCell(cell);
  return (
    <Button
      className={styles.cell}
      size="small"
      appearance="secondary"
      aria-label={t.goToCell(short)}
      disabledFocusable={busy}
      onClick={() => onGoTo(cell)}
    >
      {short}
    </Button>
  );
}

function FindingGroup(props: {
  severity: Severity;
  heading: string;
  findings: Finding[];
  busy: boolean;
  onGoTo(cell: string): void;
}) {
  const lang = useLang();
  const styles = useStyles();
  if (props.findings.length === 0) return null;
  const id = `findings-${props.severity}`;
  return (
    <div>
      <h3 id={id} className={styles.subheading}>
        {props.heading}
      </h3>
      <ul className={styles.list} aria-labelledby={id}>
        {props.findings.map((finding, index) => (
          <li key={index} className={`${styles.item} ${styles[props.severity]}`}>
            <span className={styles.text}>{finding.message[lang]}</span>
            {finding.cells ? (
              // A cross-indicator rule reads several cells: one link to each.
              <span className={styles.cells}>
                {finding.cells.map((cell) => (
                  <GoToButton key={cell} cell={cell} busy={props.busy} onGoTo={props.onGoTo} />
                ))}
              </span>
            ) : (
              finding.cell && <GoToButton cell={finding.cell} busy={props.busy} onGoTo={props.onGoTo} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface Miss {
  id: string;
  name: string;
  status: Status;
  percent: number | null;
  cell?: string;
}

function MissList(props: { heading: string; misses: Miss[]; busy: boolean; onGoTo(cell: string): void }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  return (
    <div>
      <h3 id="misses" className={styles.subheading}>
        {props.heading}
      </h3>
      <ul className={styles.list} aria-labelledby="misses">
        {props.misses.map((miss) => (
          <li key={miss.id} className={styles.item}>
            <span className={styles.text}>
              {miss.name}: {statusWord(miss.status, lang)},{' '}
              {miss.percent === null ? t.noPercent : t.percentOfTarget(formatNumber(miss.percent, lang, 2))}
            </span>
            {miss.cell && <GoToButton cell={miss.cell} busy={props.busy} onGoTo={props.onGoTo} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
