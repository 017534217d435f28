import { styled } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { RowStatus } from '../../../contract';
import {
  chipColorClass,
  chipStyles,
  controlClass,
  iconClass,
  STATUS_COLOR,
} from './row-controls-look';
import { RowIcons } from './row-icons';

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
      <RowIcons />
      <StatusChipView status={status} label={t(`status.${status}`)} />
    </Standalone>
  );
}

/**
 * The chip with its words given: the rows look them up once per table (row-texts). Plain elements
 * styled by the container (rowControls): the chip renders in every row of every page change.
 */
export function StatusChipView({ status, label }: StatusChipProps & { label: string }) {
  const look = `${controlClass.chip} ${chipColorClass(STATUS_COLOR[status])}`;
  return <span className={`${look} ${controlClass.icon} ${iconClass(status)}`}>{label}</span>;
}
