import type { NextYearChoice } from '../actions';
import { useStrings } from '../i18n/context';
import { ChoiceDialog } from './ChoiceDialog';

interface Props {
  /** The sheet already bearing the authoring sheet's name, and the year being prepared; null when closed. */
  existing: { sheetName: string; year: number } | null;
  onChoose(choice: NextYearChoice): void;
  onCancel(): void;
}

/** Asked before next year's authoring sheet is added beside a sheet already named "Khai báo chỉ tiêu". */
export function NextYearDialog({ existing, onChoose, onCancel }: Props) {
  const t = useStrings();
  return (
    <ChoiceDialog<NextYearChoice>
      open={existing !== null}
      title={t.nextYearExistingTitle}
      body={existing ? t.nextYearExistingBody(existing.sheetName, existing.year) : ''}
      choices={[
        { value: 'copy', label: existing ? t.nextYearCopy(existing.year) : '', primary: true },
        { value: 'open', label: t.nextYearOpen },
      ]}
      onChoose={onChoose}
      onCancel={onCancel}
    />
  );
}
