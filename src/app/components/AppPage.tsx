import { useState } from 'react';
import {
  Button,
  FluentProvider,
  makeStyles,
  Text,
  Title1,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { toolCatalogFor } from '../../core/i18n/tool-catalog';
import type { Lang } from '../../core/i18n/localized';
import type { Template } from '../../core/template/types';
import type { FileActions } from '../actions';
import { CheckPanel } from './CheckPanel';
import { MakePanel } from './MakePanel';

const useStyles = makeStyles({
  page: {
    maxWidth: '960px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
});

export interface AppPageProps {
  actions: FileActions;
  builtIns: Template[];
  initialLang: Lang;
}

/** The web page: make the standard sheet, check filled files, download the reports. */
export function AppPage({ actions, builtIns, initialLang }: AppPageProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const text = toolCatalogFor(lang).app;
  const switchLang = () => {
    const next: Lang = lang === 'vi' ? 'en' : 'vi';
    document.documentElement.lang = next;
    document.title = toolCatalogFor(next).app.title;
    setLang(next);
  };
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.page}>
        <header className={styles.header}>
          <div>
            <Title1 as="h1">{text.title}</Title1>
            <Text as="p" block>
              {text.offline}
            </Text>
          </div>
          <Button appearance="subtle" onClick={switchLang} lang={lang === 'vi' ? 'en' : 'vi'}>
            {text.otherLanguage}
          </Button>
        </header>
        <MakePanel actions={actions} builtIns={builtIns} lang={lang} />
        <CheckPanel actions={actions} lang={lang} />
      </main>
    </FluentProvider>
  );
}
