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
import { chipColorClass, chipStyles, controlClass, type ChipColor } from './row-controls-look';

const LOOK: Record<RowStatus, { icon: SvgIconComponent; color: ChipColor }> = {
  suggested: { icon: LightbulbIcon, color: 'primary' },
  pending: { icon: HourglassTopIcon, color: 'warning' },
  approved: { icon: CheckCircleIcon, color: 'success' },
  expired: { icon: EventBusyIcon, color: 'text' },
  rejected: { icon: CancelIcon, color: 'error' },
  withdrawn: { icon: UndoIcon, color: 'info' },
};

// Outside the rows (the history panel, a story) the chip brings its own styles; the rows style
// theirs once on the table or card list (rowControls).
const Standalone = styled('span')(({ theme }) => ({ display: 'contents', ...chipStyles(theme) }));

export interface StatusChipProps {
  status: RowStatus;
}

/** The status as words plus an icon and colour (never colour alone); the text keeps full contrast. */
export function StatusChip({ status }: StatusChipProps) {
  const { t } = useTranslation('requests');
  return (
    <Standalone>
      <StatusChipView status={status} label={t(`status.${status}`)} />
    </Standalone>
  );
}

/**
 * The chip with its words given: the rows look them up once per table (row-texts). Plain elements
 * styled by the container (rowControls): the chip renders in every row of every page change.
 */
export function StatusChipView({ status, label }: StatusChipProps & { label: string }) {
  const { icon: Icon, color } = LOOK[status];
  return (
    <span className={`${controlClass.chip} ${chipColorClass(color)}`}>
      <Icon className={controlClass.chipIcon} />
      <span className={controlClass.chipLabel}>{label}</span>
    </span>
  );
}
