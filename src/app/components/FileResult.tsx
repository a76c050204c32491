import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { toolCatalogFor } from '../../core/i18n/tool-catalog';
import type { Lang } from '../../core/i18n/localized';
import { periodWord, statusWord } from '../../core/i18n/status-words';
import { formatNumber } from '../../core/numbers';
import { ReportDetailsFields, useReportDetails } from '../../ui/ReportDetailsFields';
import type { FileActions } from '../actions';
import { headlines, type CheckedFile, type CheckedSheet } from '../files';

const useStyles = makeStyles({
  file: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  scroll: { overflowX: 'auto' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  fields: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface FileResultProps {
  checked: CheckedFile;
  actions: FileActions;
  lang: Lang;
}

/** One chosen file: why it cannot be read, or each standard sheet's verdicts, findings and report. */
export function FileResult({ checked, actions, lang }: FileResultProps) {
  const styles = useStyles();
  const text = toolCatalogFor(lang).cli.check;
  if (checked.failure) {
    return (
      <article className={styles.file} aria-label={checked.file}>
        <MessageBar intent="error">
          <MessageBarBody>
            {text.cannotRead({ file: checked.file })} {checked.failure.error.message}
            {checked.failure.error.details.length > 0 && (
              <ul className={styles.list}>
                {checked.failure.error.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      </article>
    );
  }
  return (
    <>
      {checked.sheets.map((sheet) => (
        <SheetResult key={sheet.json.sheet} sheet={sheet} actions={actions} lang={lang} />
      ))}
    </>
  );
}

function SheetResult({ sheet, actions, lang }: { sheet: CheckedSheet; actions: FileActions; lang: Lang }) {
  const styles = useStyles();
  const catalog = toolCatalogFor(lang);
  const text = catalog.cli.check;
  const { json } = sheet;
  const heading = text.fileHeading({
    file: json.file,
    sheet: json.sheet,
    id: json.template.id,
    year: json.template.year,
    period: periodWord(json.period, lang),
  });
  return (
    <article className={styles.file} aria-label={json.file}>
      <Subtitle2 as="h3">{heading}</Subtitle2>
      {headlines(sheet, lang).map((line) => (
        <Text key={line} weight="semibold" block>
          {line}
        </Text>
      ))}
      <div className={styles.scroll}>
        <Table size="small" aria-label={catalog.app.check.verdicts}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{text.columns.indicator}</TableHeaderCell>
              <TableHeaderCell>{text.columns.value}</TableHeaderCell>
              <TableHeaderCell>{text.columns.percent}</TableHeaderCell>
              <TableHeaderCell>{text.columns.verdict}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {json.indicators.map((row) => (
              <TableRow key={`${row.id}-${row.cell ?? ''}`} data-indicator={row.id}>
                <TableCell>{row.name}</TableCell>
                <TableCell>
                  {row.value === null
                    ? '—'
                    : typeof row.value === 'number'
                      ? `${formatNumber(row.value, lang, 2)}${row.unit === '%' ? '%' : ''}`
                      : row.value}
                </TableCell>
                <TableCell>
                  {row.percentOfTarget === null ? '' : `${formatNumber(row.percentOfTarget, lang, 2)}%`}
                </TableCell>
                <TableCell data-status={row.status}>{statusWord(row.status, lang)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Text block>
        {catalog.app.check.findingsCount({ errors: json.summary.errors, warnings: json.summary.warnings })}
      </Text>
      {json.issues.length === 0 ? (
        <Text block>{text.noFindings}</Text>
      ) : (
        <ul className={styles.list} aria-label={text.findings}>
          {json.issues.map((issue, index) => (
            <li key={index} data-code={issue.code}>
              <strong>{text.severity[issue.severity]}</strong>: {issue.message}
            </li>
          ))}
        </ul>
      )}
      <ReportDownloads sheet={sheet} actions={actions} lang={lang} />
    </article>
  );
}

function ReportDownloads({
  sheet,
  actions,
  lang,
}: {
  sheet: CheckedSheet;
  actions: FileActions;
  lang: Lang;
}) {
  const styles = useStyles();
  const text = toolCatalogFor(lang).app.report;
  const { input, setInput, details } = useReportDetails();
  if (sheet.errors.length > 0) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{text.refused({ count: sheet.errors.length })}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div>
      <Subtitle2 as="h4">{text.heading}</Subtitle2>
      <div className={styles.fields}>
        <ReportDetailsFields labels={text} input={input} onChange={setInput} />
      </div>
      <div className={styles.buttons}>
        <Button onClick={() => actions.downloadReport(sheet, details(), 'xlsx', lang)}>{text.xlsx}</Button>
        <Button onClick={() => actions.downloadReport(sheet, details(), 'docx', lang)}>{text.docx}</Button>
      </div>
    </div>
  );
}
