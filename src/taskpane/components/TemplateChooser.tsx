import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useState, type ChangeEvent } from 'react';
import { loadTemplateText } from '../../core/template/load';
import type { Template } from '../../core/template/types';
import { useLang, useStrings } from '../i18n/context';
import { readFileText } from '../read-file';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  file: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  fileInput: { maxWidth: '100%', fontSize: tokens.fontSizeBase300 },
  label: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  path: { fontFamily: tokens.fontFamilyMonospace },
});

type Source = 'builtin' | 'file' | 'workbook';

/** A template, the workbook's own authoring sheet (read when the sheet is made), or null. */
export type ChosenTemplate = Template | 'workbook' | null;
type LoadedFile =
  | { name: string; ok: true; template: Template }
  | { name: string; ok: false; problems: { path: string; text: string }[] };

interface Props {
  builtIn: Template;
  /** The template to use, or null while the chosen file is missing or invalid. */
  onChange(template: ChosenTemplate): void;
  disabled?: boolean;
}

/** The built-in template or a `.json` file from disk, with every problem of a bad file listed. */
export function TemplateChooser({ builtIn, onChange, disabled }: Props) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const headingId = useId();
  const fileInputId = useId();
  const hintId = useId();
  const [source, setSource] = useState<Source>('builtin');
  const [file, setFile] = useState<LoadedFile | null>(null);

  const choose = (next: Source) => {
    setSource(next);
    onChange(
      next === 'builtin' ? builtIn : next === 'workbook' ? 'workbook' : file?.ok ? file.template : null,
    );
  };

  const readChosenFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    let loaded: LoadedFile;
    try {
      const result = loadTemplateText(await readFileText(chosen));
      loaded = result.ok
        ? { name: chosen.name, ok: true, template: result.template }
        : {
            name: chosen.name,
            ok: false,
            problems: result.problems.map((p) => ({ path: p.path, text: p.message[lang] })),
          };
    } catch {
      loaded = { name: chosen.name, ok: false, problems: [{ path: '', text: t.fileUnreadable }] };
    }
    setFile(loaded);
    onChange(loaded.ok ? loaded.template : null);
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.templateHeading}
      </h2>
      <RadioGroup
        value={source}
        aria-labelledby={headingId}
        disabled={disabled}
        onChange={(_, data) => choose(data.value as Source)}
      >
        <Radio value="builtin" label={t.templateBuiltIn(builtIn.title)} />
        <Radio value="file" label={t.templateFromFile} />
        <Radio value="workbook" label={t.templateFromWorkbook} />
      </RadioGroup>
      {source === 'file' && (
        <div className={styles.file}>
          <label htmlFor={fileInputId} className={styles.label}>
            {t.chooseFile}
          </label>
          <input
            id={fileInputId}
            className={styles.fileInput}
            type="file"
            accept=".json,application/json"
            aria-describedby={hintId}
            disabled={disabled}
            onChange={(event) => void readChosenFile(event)}
          />
          <Text id={hintId} size={200} className={styles.hint}>
            {t.fileHint}
          </Text>
          {file?.ok && <Text>{t.templateLoaded(file.template.title, file.template.indicators.length)}</Text>}
          {file && !file.ok && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.templateProblemsTitle(file.name, file.problems.length)}</MessageBarTitle>
                <ul
                  className={styles.problems}
                  aria-label={t.templateProblemsTitle(file.name, file.problems.length)}
                >
                  {file.problems.map((problem, index) => (
                    <li key={index}>
                      {problem.path && <span className={styles.path}>{problem.path}: </span>}
                      {problem.text}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {!file && <Text size={200}>{t.templateNotChosen}</Text>}
        </div>
      )}
    </section>
  );
}
