import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { Lang } from '../../core/i18n/localized';
import { catalogFor } from '../../core/i18n/catalog';

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalM } });

/** Shown when the page is opened in a browser rather than in Excel. */
export function NotInExcel({ lang }: { lang: Lang }) {
  const styles = useStyles();
  const t = catalogFor(lang).pane;
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <h1>{t.appTitle}</h1>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.notInExcel}</MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
