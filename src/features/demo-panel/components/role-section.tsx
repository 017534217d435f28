import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import type { Role } from '../../../contract';
import { DemoSection } from './demo-section';

export interface RoleSectionProps {
  /** The role shown as selected (the requested one while the switch is in flight). */
  role: Role;
  busy: boolean;
  onChange: (role: Role) => void;
}

const ROLES = ['admin', 'member'] as const satisfies readonly Role[];

/** Administrator / Member switch for the current user (R1). */
export function RoleSection({ role, busy, onChange }: RoleSectionProps) {
  const { t } = useTranslation('demo');
  const labelId = useId();
  return (
    <DemoSection heading={t('role.heading')}>
      <FormControl disabled={busy}>
        <FormLabel id={labelId}>{t('role.label')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby={labelId}
          value={role}
          onChange={(_event, value) => {
            const next = ROLES.find((candidate) => candidate === value);
            if (next !== undefined && next !== role) onChange(next);
          }}
        >
          {ROLES.map((value) => (
            <FormControlLabel
              key={value}
              value={value}
              control={<Radio />}
              label={t(`role.${value}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
    </DemoSection>
  );
}
