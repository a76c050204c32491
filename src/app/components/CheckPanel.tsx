import { useState, type ChangeEvent } from 'react';
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Text,
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

/**
 * Step 2: one or many filled files, each checked as `check --json` checks it; from two files on,
 * their consolidated summary as `check --summary` writes it.
 */
export function CheckPanel({ actions, lang }: CheckPanelProps) {
  const styles = useStyles();
  const text = toolCatalogFor(lang).app;
  const [checked, setChecked] = useState<CheckedFile[]>([]);
  const [working, setWorking] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [summary, setSummary] = useState<{ busy: boolean; made: string | null }>({ busy: false, made: null });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length === 0) return;
    setWorking(files.length);
    setFailure(null);
    setSummary({ busy: false, made: null });
    try {
      setChecked(await actions.checkFiles(files, lang));
    } catch (error) {
      setFailure(text.failed({ reason: String(error) }));
    } finally {
      setWorking(0);
    }
  };

  const downloadSummary = async () => {
    setSummary({ busy: true, made: null });
    setFailure(null);
    try {
      setSummary({ busy: false, made: await actions.downloadSummary(checked, lang) });
    } catch (error) {
      setSummary({ busy: false, made: null });
      setFailure(text.failed({ reason: String(error) }));
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
      {checked.length >= 2 && (
        <section className={styles.panel} aria-labelledby="summary-heading">
          <Subtitle1 as="h3" id="summary-heading">
            {text.summary.heading}
          </Subtitle1>
          <Text as="p" block>
            {text.summary.hint}
          </Text>
          <div>
            <Button appearance="primary" disabled={summary.busy} onClick={downloadSummary}>
              {text.summary.download}
            </Button>
          </div>
          {summary.made && (
            <MessageBar intent="success" role="status">
              <MessageBarBody>{summary.made}</MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
      <div role="region" aria-label={text.check.resultsRegion}>
        {checked.map((file) => (
          <FileResult key={file.file} checked={file} actions={actions} lang={lang} />
        ))}
      </div>
    </section>
  );
}
