import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { DemoControls } from './components/demo-controls';

export interface DemoPanelProps {
  open: boolean;
  onClose: () => void;
}

/**
 * The right-hand drawer with every demo control (SPEC §5). Its content mounts only while open,
 * and once the lazy `demo` messages are loaded (the Demo button has loaded them already).
 */
export function DemoPanel({ open, onClose }: DemoPanelProps) {
  const { t, ready } = useTranslation('demo');
  const titleId = useId();
  if (!ready) return null;
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': titleId,
          sx: { width: { xs: '100%', sm: 460 } },
        },
      }}
    >
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          px: 2,
          py: 1,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Typography id={titleId} component="h2" variant="h6" sx={{ flexGrow: 1 }}>
          {t('title')}
        </Typography>
        <IconButton aria-label={t('close')} onClick={onClose} edge="end">
          <CloseIcon />
        </IconButton>
      </Box>
      <Box sx={{ px: 2, pb: 10, overflowY: 'auto' }}>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          {t('intro')}
        </Typography>
        <DemoControls />
      </Box>
    </Drawer>
  );
}
