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
import { useStrings } from '../i18n/context';

const useStyles = makeStyles({
  // Stacked full-width buttons fit a 320 px pane.
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
});

export interface Choice<T extends string> {
  value: T;
  label: string;
  primary?: boolean;
}

interface Props<T extends string> {
  open: boolean;
  title: string;
  body: string;
  choices: readonly Choice<T>[];
  onChoose(choice: T): void;
  onCancel(): void;
}

/** A question before an action that would touch a sheet already there: the choices, then Hủy. */
export function ChoiceDialog<T extends string>({ open, title, body, choices, onChoose, onCancel }: Props<T>) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions className={styles.actions} fluid>
            {choices.map((choice) => (
              <Button
                key={choice.value}
                appearance={choice.primary ? 'primary' : undefined}
                onClick={() => onChoose(choice.value)}
              >
                {choice.label}
              </Button>
            ))}
            <Button appearance="subtle" onClick={onCancel}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
