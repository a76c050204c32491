import { makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../../core/i18n/pane-strings';
import { formatLocalTime } from '../../core/time/local-time';
import type { SealView } from '../actions';
import { useStrings } from '../i18n/context';

const useStyles = makeStyles({
  line: { margin: 0 },
  changed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

function sealText(seal: SealView, t: Strings): string {
  if (seal.status === 'unsealed' || seal.sealedAt === null) return t.sealUnsealed;
  const at = formatLocalTime(seal.sealedAt);
  if (seal.status === 'unchanged') return t.sealUnchanged(at);
  const what = [
    ...seal.changed.map((each) => `“${each.name}”`),
    ...(seal.periodChanged ? [t.sealPeriodChanged] : []),
    ...(seal.templateChanged ? [t.sealTemplateChanged] : []),
  ];
  return t.sealChanged(at, what.join(', '));
}

/** One line under the summary: sealed or not, and what changed since. */
export function SealStatusLine({ seal }: { seal: SealView }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <p className={seal.status === 'changed' ? `${styles.line} ${styles.changed}` : styles.line}>
      {sealText(seal, t)}
    </p>
  );
}
