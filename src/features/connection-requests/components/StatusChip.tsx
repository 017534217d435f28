import Chip from '@mui/material/Chip';
import type { SvgIconComponent } from '@mui/icons-material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import CancelIcon from '@mui/icons-material/Cancel';
import UndoIcon from '@mui/icons-material/Undo';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../contract';

const LOOK: Record<RequestStatus, { icon: SvgIconComponent; color: string }> = {
  pending: { icon: HourglassTopIcon, color: 'warning.dark' },
  approved: { icon: CheckCircleIcon, color: 'success.dark' },
  expired: { icon: EventBusyIcon, color: 'text.secondary' },
  rejected: { icon: CancelIcon, color: 'error.dark' },
  withdrawn: { icon: UndoIcon, color: 'info.dark' },
};

export interface StatusChipProps {
  status: RequestStatus;
}

/** The status as words plus an icon and colour (never colour alone); the text keeps full contrast. */
export function StatusChip({ status }: StatusChipProps) {
  const { t } = useTranslation('requests');
  const { icon: Icon, color } = LOOK[status];
  return (
    <Chip
      size="small"
      variant="outlined"
      label={t(`status.${status}`)}
      icon={<Icon />}
      sx={{ borderColor: color, color: 'text.primary', '& .MuiChip-icon': { color } }}
    />
  );
}
