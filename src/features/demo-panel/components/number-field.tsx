import TextField from '@mui/material/TextField';
import type { NumberInputState } from '../use-number-input';

export interface NumberFieldProps {
  label: string;
  /** The field's text and bounds (useNumberInput). */
  field: NumberInputState;
  disabled: boolean;
  /** The reason the value is not accepted; undefined when it is. */
  error: string | undefined;
  width: number;
}

/** A small numeric input of the demo drawer with its bounds and an error line kept in place. */
export function NumberField({ label, field, disabled, error, width }: NumberFieldProps) {
  const { min, max, step } = field.input;
  return (
    <TextField
      label={label}
      type="number"
      size="small"
      value={field.text}
      onChange={(event) => field.setText(event.target.value)}
      disabled={disabled}
      error={error !== undefined}
      // A blank helper line keeps the layout still when an error appears.
      helperText={error ?? ' '}
      slotProps={{ htmlInput: { min, max, step } }}
      sx={{ width }}
    />
  );
}
