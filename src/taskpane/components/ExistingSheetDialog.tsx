import type { ExistingSheetChoice } from '../actions';
import { useStrings } from '../i18n/context';
import { ChoiceDialog } from './ChoiceDialog';

interface Props {
  sheetName: string | null;
  onChoose(choice: ExistingSheetChoice): void;
  onCancel(): void;
}

/** Asked when the workbook already holds a sheet made from the chosen template. */
export function ExistingSheetDialog({ sheetName, onChoose, onCancel }: Props) {
  const t = useStrings();
  return (
    <ChoiceDialog<ExistingSheetChoice>
      open={sheetName !== null}
      title={t.existingTitle}
      body={sheetName ? t.existingBody(sheetName) : ''}
      choices={[
        { value: 'open', label: t.existingOpen, primary: true },
        { value: 'update', label: t.existingUpdate },
        { value: 'copy', label: t.existingCopy },
      ]}
      onChoose={onChoose}
      onCancel={onCancel}
    />
  );
}
