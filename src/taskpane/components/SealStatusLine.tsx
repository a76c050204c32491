import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n/localized';
import type { SealView } from '../actions';
import type { Strings } from '../i18n';
import { useLang, useStrings } from '../i18n/context';

const useStyles = makeStyles({
  line: { margin: 0 },
  changed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The clerk's own clock: a seal made at 22:50 UTC reads as the next morning in Hà Nội. */
export function shownSealTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}

export function sealText(seal: SealView, t: Strings, lang: Lang): string {
  if (seal.status === 'unsealed' || seal.sealedAt === null) return t.sealUnsealed;
  const at = shownSealTime(seal.sealedAt, lang);
  if (seal.status === 'unchanged') return t.sealUnchanged(at);
  const what = [
    ...seal.changed.map((each) => `«${each.name}»`),
    ...(seal.periodChanged ? [t.sealPeriodChanged] : []),
    ...(seal.templateChanged ? [t.sealTemplateChanged] : []),
  ];
  return t.sealChanged(at, what.join(', '));
}

/** One line under the summary: sealed or not, and what changed since. */
export function SealStatusLine({ seal }: { seal: SealView }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  return (
    <p className={seal.status === 'changed' ? `${styles.line} ${styles.changed}` : styles.line}>
      {sealText(seal, t, lang)}
    </p>
  );
}
