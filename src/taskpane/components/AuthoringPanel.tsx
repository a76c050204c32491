import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Template } from '../../core/template/types';
import type { AuthoringSource } from '../actions';
import { useStrings } from '../i18n/context';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Props {
  busy: boolean;
  builtIn: Template;
  onInsert(source: AuthoringSource): void;
  /** "Chuẩn bị năm sau": next year's authoring sheet from the open standard sheet. */
  onNextYear(): void;
}

/**
 * "Soạn mẫu mới": the authoring sheet drafted from the pasted resolution, empty, from the built-in
 * template, or next year's from the open standard sheet.
 */
export function AuthoringPanel({ busy, builtIn, onInsert, onNextYear }: Props) {
  const t = useStrings();
  const styles = useStyles();
  const [text, setText] = useState('');
  return (
    <section className={styles.section} aria-labelledby="authoring-heading">
      <h2 id="authoring-heading" className={styles.heading}>
        {t.authoringHeading}
      </h2>
      <p className={styles.intro}>{t.authoringIntro}</p>
      <Field label={t.authoringPaste}>
        <Textarea value={text} resize="vertical" rows={5} onChange={(_, data) => setText(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="secondary" disabled={busy} onClick={() => onInsert({ kind: 'text', text })}>
          {t.authoringFromText}
        </Button>
        <Button appearance="secondary" disabled={busy} onClick={() => onInsert({ kind: 'empty' })}>
          {t.authoringEmpty}
        </Button>
        <Button
          appearance="secondary"
          disabled={busy}
          onClick={() => onInsert({ kind: 'template', template: builtIn })}
        >
          {t.authoringFromBuiltIn}
        </Button>
      </div>
      <p className={styles.intro}>{t.nextYearHint}</p>
      <div className={styles.buttons}>
        <Button appearance="secondary" disabled={busy} onClick={onNextYear}>
          {t.nextYearButton}
        </Button>
      </div>
    </section>
  );
}
