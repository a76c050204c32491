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
import type { NextYearChoice } from '../actions';
import { useStrings } from '../i18n/context';

const useStyles = makeStyles({
  // Stacked full-width buttons fit a 320 px pane.
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
});

interface Props {
  /** The sheet already bearing the authoring sheet's name, and the year being prepared; null when closed. */
  existing: { sheetName: string; year: number } | null;
  onChoose(choice: NextYearChoice): void;
  onCancel(): void;
}

/** Asked before next year's authoring sheet is added beside a sheet already named "Khai báo chỉ tiêu". */
export function NextYearDialog({ existing, onChoose, onCancel }: Props) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Dialog open={existing !== null} modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.nextYearExistingTitle}</DialogTitle>
          <DialogContent>
            {existing && t.nextYearExistingBody(existing.sheetName, existing.year)}
          </DialogContent>
          <DialogActions className={styles.actions} fluid>
            <Button appearance="primary" onClick={() => onChoose('copy')}>
              {existing && t.nextYearCopy(existing.year)}
            </Button>
            <Button onClick={() => onChoose('open')}>{t.nextYearOpen}</Button>
            <Button appearance="subtle" onClick={onCancel}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
