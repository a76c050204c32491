import { useState, type ChangeEvent } from 'react';
import {
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { toolCatalogFor } from '../../core/i18n/tool-catalog';
import type { Lang } from '../../core/i18n/localized';
import type { FileActions } from '../actions';
import type { CheckedFile } from '../files';
import { FileResult } from './FileResult';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export interface CheckPanelProps {
  actions: FileActions;
  lang: Lang;
}

/** Step 2: one or many filled files, each checked as `check --json` checks it. */
export function CheckPanel({ actions, lang }: CheckPanelProps) {
  const styles = useStyles();
  const text = toolCatalogFor(lang).app;
  const [checked, setChecked] = useState<CheckedFile[]>([]);
  const [working, setWorking] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length === 0) return;
    setWorking(files.length);
    setFailure(null);
    try {
      setChecked(await actions.checkFiles(files, lang));
    } catch (error) {
      setFailure(text.failed({ reason: String(error) }));
    } finally {
      setWorking(0);
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="check-heading">
      <Subtitle1 as="h2" id="check-heading">
        {text.check.heading}
      </Subtitle1>
      <Field label={text.check.choose} hint={text.check.hint}>
        {(props) => <input {...props} type="file" multiple accept=".xlsx" onChange={choose} />}
      </Field>
      {working > 0 && <Spinner size="tiny" label={text.check.working({ count: working })} />}
      {failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div role="region" aria-label={text.check.resultsRegion}>
        {checked.map((file) => (
          <FileResult key={file.file} checked={file} actions={actions} lang={lang} />
        ))}
      </div>
    </section>
  );
}
