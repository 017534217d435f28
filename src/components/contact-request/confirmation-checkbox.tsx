import { useId } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';

export interface ConfirmationCheckboxProps {
  /** The sentence the user confirms. */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The server's not_confirmed, shown on the checkbox; null if none. */
  error: string | null;
}

/** The box a user ticks to confirm a request with a contact (R6), with the server's error on it. */
export function ConfirmationCheckbox({
  label,
  checked,
  onChange,
  error,
}: ConfirmationCheckboxProps) {
  const errorId = useId();
  return (
    <FormControl error={error !== null}>
      <FormControlLabel
        control={
          <Checkbox
            checked={checked}
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
