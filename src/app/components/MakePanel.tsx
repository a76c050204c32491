import { useState, type ChangeEvent } from 'react';
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle1,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { toolCatalogFor } from '../../core/i18n/tool-catalog';
import type { Lang } from '../../core/i18n/localized';
import { periodWord } from '../../core/i18n/status-words';
import { PERIODS, type Period, type Template } from '../../core/template/types';
import type { FileActions } from '../actions';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export interface MakePanelProps {
  actions: FileActions;
  builtIns: Template[];
  lang: Lang;
}

type Source = { kind: 'built-in'; id: string } | { kind: 'json' } | { kind: 'authoring' } | { kind: 'text' };
type FileKind = 'json' | 'authoring';
type Outcome = { intent: 'success' | 'error'; lines: string[] } | null;

/**
 * Step 1: a template (built-in, a .json file, an authoring sheet “Khai báo chỉ tiêu” in an .xlsx
 * file, or drafted from the resolution's pasted text) and a period give the standard sheet.
 */
export function MakePanel({ actions, builtIns, lang }: MakePanelProps) {
  const styles = useStyles();
  const text = toolCatalogFor(lang).app.make;
  const [source, setSource] = useState<Source>({ kind: 'built-in', id: builtIns[0]?.id ?? '' });
  // The template read from each kind of file: choosing the other kind keeps neither mixed up.
  const [fromFile, setFromFile] = useState<Record<FileKind, Template | null>>({
    json: null,
    authoring: null,
  });
  const [pasted, setPasted] = useState('');
  const [period, setPeriod] = useState<Period>('nam');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const chosen =
    source.kind === 'json' || source.kind === 'authoring'
      ? fromFile[source.kind]
      : source.kind === 'built-in'
        ? (builtIns.find((each) => each.id === source.id) ?? null)
        : null;
  const ready = source.kind === 'text' ? pasted.trim() !== '' : chosen !== null;

  const pickJson = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const read = await actions.readTemplate(file, lang);
    setFromFile((files) => ({ ...files, json: read.ok ? read.template : null }));
    setOutcome(
      read.ok
        ? {
            intent: 'success',
            lines: [text.jsonChosen({ file: file.name, count: read.template.indicators.length })],
          }
        : { intent: 'error', lines: read.lines },
    );
  };

  /** An authoring sheet with errors is refused: its findings, each naming its cell, are shown. */
  const pickAuthoring = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const read = await actions.readAuthoring(file, lang);
      setFromFile((files) => ({ ...files, authoring: read.ok ? read.template : null }));
      setOutcome(
        read.ok ? { intent: 'success', lines: [read.line] } : { intent: 'error', lines: read.lines },
      );
    } catch (error) {
      setFromFile((files) => ({ ...files, authoring: null }));
      setOutcome({ intent: 'error', lines: [toolCatalogFor(lang).app.failed({ reason: String(error) })] });
    } finally {
      setBusy(false);
    }
  };

  const make = async () => {
    const drafted = source.kind === 'text' ? actions.draftFromText(pasted, lang) : null;
    if (drafted && !drafted.ok) {
      setOutcome({ intent: 'error', lines: drafted.lines });
      return;
    }
    const template = drafted?.ok ? drafted.template : chosen;
    if (!template) return;
    setBusy(true);
    try {
      const made = await actions.makeSheet(template, period, lang);
      const note = drafted?.ok ? [text.drafted({ count: template.indicators.length })] : [];
      setOutcome({ intent: 'success', lines: [made, ...note] });
    } catch (error) {
      setOutcome({ intent: 'error', lines: [toolCatalogFor(lang).app.failed({ reason: String(error) })] });
    } finally {
      setBusy(false);
    }
  };

  const [first, ...rest] = outcome?.lines ?? [];
  return (
    <section className={styles.panel} aria-labelledby="make-heading">
      <Subtitle1 as="h2" id="make-heading">
        {text.heading}
      </Subtitle1>
      <Field label={text.source}>
        <RadioGroup
          value={source.kind === 'built-in' ? `built-in:${source.id}` : source.kind}
          onChange={(_, data) =>
            setSource(
              data.value === 'json' || data.value === 'authoring' || data.value === 'text'
                ? { kind: data.value }
                : { kind: 'built-in', id: data.value.slice('built-in:'.length) },
            )
          }
        >
          {builtIns.map((each) => (
            <Radio key={each.id} value={`built-in:${each.id}`} label={text.builtIn(each.title)} />
          ))}
          <Radio value="json" label={text.jsonFile} />
          <Radio value="authoring" label={text.authoringFile} />
          <Radio value="text" label={text.pasted} />
        </RadioGroup>
      </Field>
      {source.kind === 'json' && (
        <Field label={text.chooseJson} hint={fromFile.json ? undefined : text.noJsonYet}>
          {(props) => <input {...props} type="file" accept=".json,application/json" onChange={pickJson} />}
        </Field>
      )}
      {source.kind === 'authoring' && (
        <Field label={text.chooseAuthoring} hint={fromFile.authoring ? undefined : text.noAuthoringYet}>
          {(props) => (
            <input
              {...props}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy}
              onChange={pickAuthoring}
            />
          )}
        </Field>
      )}
      {source.kind === 'text' && (
        <Field label={text.pasteLabel}>
          <Textarea value={pasted} resize="vertical" rows={8} onChange={(_, data) => setPasted(data.value)} />
        </Field>
      )}
      <Field label={text.period}>
        <Select value={period} onChange={(_, data) => setPeriod(data.value as Period)}>
          {PERIODS.map((each) => (
            <option key={each} value={each}>
              {periodWord(each, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button appearance="primary" disabled={!ready || busy} onClick={make}>
          {text.download}
        </Button>
      </div>
      {outcome && (
        <MessageBar intent={outcome.intent} role={outcome.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>
            {first}
            {rest.length > 0 && (
              <ul className={styles.problems}>
                {rest.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
