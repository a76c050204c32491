import type { AuthoringFinding } from '../../core/authoring';
import { useStrings } from '../i18n/context';
import { CellFindings } from './CellFindings';

interface Props {
  sheetName: string;
  findings: AuthoringFinding[];
  busy: boolean;
  onGoTo(address: string): void;
}

/** Why the authoring sheet could not make the standard sheet: each error with a button to its cell. */
export function AuthoringFindings({ sheetName, findings, busy, onGoTo }: Props) {
  const t = useStrings();
  const errors = findings.filter((finding) => finding.severity === 'error');
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  return (
    <CellFindings
      heading={t.authoringErrors(sheetName, errors.length)}
      findings={errors.map((finding) => ({
        address: finding.cell && `${quoted}!${finding.cell}`,
        message: finding.message,
      }))}
      busy={busy}
      onGoTo={onGoTo}
    />
  );
}
