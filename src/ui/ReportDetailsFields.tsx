import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReportDetails } from '../core/document';

/** The report's own number, date and signer, as the clerk types them (the pane and the web page). */
export interface ReportDetailsInput {
  number: string;
  date: string;
  signer: string;
}

export function useReportDetails() {
  const [input, setInput] = useState<ReportDetailsInput>({ number: '', date: '', signer: '' });
  /** What the report is given: an empty field leaves its dotted line for the pen. */
  const details = (): ReportDetails => ({
    number: input.number.trim() || undefined,
    date: input.date || undefined,
    signerName: input.signer.trim() || undefined,
  });
  return { input, setInput, details };
}

interface Props {
  labels: { number: string; date: string; signer: string };
  input: ReportDetailsInput;
  onChange(input: ReportDetailsInput): void;
  numberPlaceholder?: string;
}

export function ReportDetailsFields({ labels, input, onChange, numberPlaceholder }: Props) {
  return (
    <>
      <Field label={labels.number}>
        <Input
          value={input.number}
          placeholder={numberPlaceholder}
          onChange={(_, data) => onChange({ ...input, number: data.value })}
        />
      </Field>
      <Field label={labels.date}>
        <Input
          type="date"
          value={input.date}
          onChange={(_, data) => onChange({ ...input, date: data.value })}
        />
      </Field>
      <Field label={labels.signer}>
        <Input value={input.signer} onChange={(_, data) => onChange({ ...input, signer: data.value })} />
      </Field>
    </>
  );
}
