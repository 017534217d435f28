import TextField from '@mui/material/TextField';

export interface NumberFieldProps {
  label: string;
  /** The text as typed: validation happens outside, on the text. */
  value: string;
  onChange: (text: string) => void;
  disabled: boolean;
  /** The reason the value is not accepted; undefined when it is. */
  error: string | undefined;
  min: number;
  max: number;
  step: number;
  width: number;
}

/** A small numeric input of the demo drawer with its bounds and an error line kept in place. */
export function NumberField({
  label,
  value,
  onChange,
  disabled,
  error,
  min,
  max,
  step,
  width,
}: NumberFieldProps) {
  return (
    <TextField
      label={label}
      type="number"
      size="small"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      disabled={disabled}
      error={error !== undefined}
      // A blank helper line keeps the layout still when an error appears.
      helperText={error ?? ' '}
      slotProps={{ htmlInput: { min, max, step } }}
      sx={{ width }}
    />
  );
}
