import { useId } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import type { FieldBinding } from '../field-binding';

/** Whether the box is ticked; its error is the server's not_confirmed. */
export type ConfirmationBinding = FieldBinding<boolean>;

export interface ConfirmationCheckboxProps extends ConfirmationBinding {
  /** The sentence the user confirms. */
  label: string;
}

/** The box a user ticks to confirm a request with a contact (R6), with the server's error on it. */
export function ConfirmationCheckbox({ label, value, onChange, error }: ConfirmationCheckboxProps) {
  const errorId = useId();
  return (
    <FormControl error={error !== null}>
      <FormControlLabel
        control={
          <Checkbox
            checked={value}
            onChange={(event) => onChange(event.target.checked)}
            slotProps={{
              input: error === null ? {} : { 'aria-invalid': true, 'aria-describedby': errorId },
            }}
          />
        }
        label={label}
      />
      {error !== null && (
        <FormHelperText id={errorId} role="alert">
          {error}
        </FormHelperText>
      )}
    </FormControl>
  );
}
