import Chip from '@mui/material/Chip';
import { styled } from '@mui/material/styles';
import type { SvgIconComponent } from '@mui/icons-material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import CancelIcon from '@mui/icons-material/Cancel';
import UndoIcon from '@mui/icons-material/Undo';
import LightbulbIcon from '@mui/icons-material/LightbulbOutlined';
import { useTranslation } from 'react-i18next';
import type { RowStatus } from '../../../contract';

type PaletteColor = 'warning' | 'success' | 'text' | 'error' | 'info' | 'primary';

const LOOK: Record<RowStatus, { icon: SvgIconComponent; color: PaletteColor }> = {
  suggested: { icon: LightbulbIcon, color: 'primary' },
  pending: { icon: HourglassTopIcon, color: 'warning' },
  approved: { icon: CheckCircleIcon, color: 'success' },
  expired: { icon: EventBusyIcon, color: 'text' },
  rejected: { icon: CancelIcon, color: 'error' },
  withdrawn: { icon: UndoIcon, color: 'info' },
};

// One chip per row of every page change: a colour class per status on one static styled chip,
// not an `sx` object resolved for each row.
const Root = styled(Chip)(({ theme }) => {
  const colors: Record<PaletteColor, string> = {
    primary: theme.palette.primary.dark,
    warning: theme.palette.warning.dark,
    success: theme.palette.success.dark,
    text: theme.palette.text.secondary,
    error: theme.palette.error.dark,
    info: theme.palette.info.dark,
  };
  return {
    color: theme.palette.text.primary,
    ...Object.fromEntries(
      Object.entries(colors).map(([name, color]) => [
        `&.cr-status-${name}`,
        { borderColor: color, '& .MuiChip-icon': { color } },
      ]),
    ),
  };
});

export interface StatusChipProps {
  status: RowStatus;
}

/** The status as words plus an icon and colour (never colour alone); the text keeps full contrast. */
export function StatusChip({ status }: StatusChipProps) {
  const { t } = useTranslation('requests');
  return <StatusChipView status={status} label={t(`status.${status}`)} />;
}

/** The chip with its words given: the rows look them up once per table (row-texts). */
export function StatusChipView({ status, label }: StatusChipProps & { label: string }) {
  const { icon: Icon, color } = LOOK[status];
  return (
    <Root
      size="small"
      variant="outlined"
      className={`cr-status-${color}`}
      label={label}
      icon={<Icon />}
    />
  );
}
