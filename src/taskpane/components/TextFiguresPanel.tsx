import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { TextFigure } from '../actions';
import { shortCell } from '../cells';
import { formatNumber } from '../../core/numbers/format';
import { useLang, useStrings } from '../i18n/context';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: `${tokens.spacingVerticalXS} 0` },
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  address: { width: '4em', fontFamily: tokens.fontFamilyMonospace },
  button: { marginTop: tokens.spacingVerticalS },
});

interface Props {
  figures: TextFigure[];
  busy: boolean;
  onConvert(figures: TextFigure[]): void;
}

/** Figures typed as text: each cell's text and the number it becomes, converted on confirmation. */
export function TextFiguresPanel({ figures, busy, onConvert }: Props) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const shown = (figure: TextFigure) => `${formatNumber(figure.value, lang)}${figure.percent ? '%' : ''}`;

  return (
    <div>
      <h3 id="text-figures" className={styles.heading}>
        {t.textFiguresHeading(figures.length)}
      </h3>
      <p className={styles.intro}>{t.textFiguresIntro}</p>
      <table className={styles.table} aria-labelledby="text-figures">
        <thead>
          <tr>
            <th scope="col" className={`${styles.cell} ${styles.address}`}>
              {t.cellColumn}
            </th>
            <th scope="col" className={styles.cell}>
              {t.textColumn}
            </th>
            <th scope="col" className={styles.cell}>
              {t.numberColumn}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.cell}>
              <th scope="row" className={`${styles.cell} ${styles.address}`}>
                {shortCell(figure.cell)}
              </th>
              <td className={styles.cell}>{figure.text}</td>
              <td className={styles.cell}>{shown(figure)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button className={styles.button} disabled={busy} onClick={() => setConfirming(true)}>
        {t.convertButton}
      </Button>
      <Dialog open={confirming} modalType="modal" onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.convertConfirmTitle(figures.length)}</DialogTitle>
            <DialogContent>{t.convertConfirmBody}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  onConvert(figures);
                }}
              >
                {t.convertConfirm}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
