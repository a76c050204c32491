import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { AuthoringFinding } from '../../core/authoring';
import { useLang, useStrings } from '../i18n/context';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  cell: { minWidth: 'auto', marginRight: tokens.spacingHorizontalXS },
});

interface Props {
  sheetName: string;
  findings: AuthoringFinding[];
  busy: boolean;
  onGoTo(address: string): void;
}

/** Why the authoring sheet could not make the standard sheet: each error with a button to its cell. */
export function AuthoringFindings({ sheetName, findings, busy, onGoTo }: Props) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const errors = findings.filter((finding) => finding.severity === 'error');
  const heading = t.authoringErrors(sheetName, errors.length);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {heading}
        <ul className={styles.list} aria-label={heading}>
          {errors.map((finding, index) => (
            <li key={index}>
              {finding.cell && (
                <Button
                  className={styles.cell}
                  size="small"
                  appearance="secondary"
                  aria-label={t.goToCell(finding.cell)}
                  disabledFocusable={busy}
                  onClick={() => onGoTo(`'${sheetName.replace(/'/g, "''")}'!${finding.cell}`)}
                >
                  {finding.cell}
                </Button>
              )}
              {finding.message[lang]}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
