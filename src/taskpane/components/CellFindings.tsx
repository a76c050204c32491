import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { Localized } from '../../core/i18n/localized';
import { shortCell } from '../cells';
import { useLang, useStrings } from '../i18n/context';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  cell: { minWidth: 'auto', marginRight: tokens.spacingHorizontalXS },
});

/** A finding to show: its cell as a full address (`'Chỉ tiêu 2023'!H12`) to go to, and what is wrong. */
export interface CellFinding {
  address?: string;
  message: Localized;
}

interface Props {
  heading: string;
  findings: readonly CellFinding[];
  busy: boolean;
  onGoTo(address: string): void;
}

/** Why an action was refused: each finding with a button to its cell. */
export function CellFindings({ heading, findings, busy, onGoTo }: Props) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {heading}
        <ul className={styles.list} aria-label={heading}>
          {findings.map((finding, index) => (
            <li key={index}>
              {finding.address && (
                <Button
                  className={styles.cell}
                  size="small"
                  appearance="secondary"
                  aria-label={t.goToCell(shortCell(finding.address))}
                  disabledFocusable={busy}
                  onClick={() => onGoTo(finding.address!)}
                >
                  {shortCell(finding.address)}
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
