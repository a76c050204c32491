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
import type { ExistingSheetChoice } from '../actions';
import { useStrings } from '../i18n/context';

const useStyles = makeStyles({
  // Stacked full-width buttons fit a 320 px pane.
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
});

interface Props {
  sheetName: string | null;
  onChoose(choice: ExistingSheetChoice): void;
  onCancel(): void;
}

/** Asked when the workbook already holds a sheet made from the chosen template. */
export function ExistingSheetDialog({ sheetName, onChoose, onCancel }: Props) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Dialog open={sheetName !== null} modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.existingTitle}</DialogTitle>
          <DialogContent>{sheetName && t.existingBody(sheetName)}</DialogContent>
          <DialogActions className={styles.actions} fluid>
            <Button appearance="primary" onClick={() => onChoose('open')}>
              {t.existingOpen}
            </Button>
            <Button onClick={() => onChoose('update')}>{t.existingUpdate}</Button>
            <Button onClick={() => onChoose('copy')}>{t.existingCopy}</Button>
            <Button appearance="subtle" onClick={onCancel}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
