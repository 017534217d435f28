import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TranslateIcon from '@mui/icons-material/Translate';
import { LANGUAGES, currentLanguage } from '../i18n';

/**
 * Header menu that switches the language; src/i18n remembers the choice. On a phone the button
 * shows its icon only (its name still says the language).
 */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const active = currentLanguage(i18n);

  return (
    <>
      <Button
        color="inherit"
        sx={{ minWidth: { xs: 40, sm: 64 } }}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : 'false'}
        aria-controls={anchor ? 'language-menu' : undefined}
        aria-label={`${t('language.label')}: ${t(`language.${active}`)}`}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <TranslateIcon />
        {/* The visible text must be part of the accessible name (WCAG 2.5.3 Label in Name). */}
        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' }, ml: 1 }}>
          {t(`language.${active}`)}
        </Box>
      </Button>
      <Menu
        id="language-menu"
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
      >
        {LANGUAGES.map((lng) => (
          <MenuItem
            key={lng}
            lang={lng}
            selected={lng === active}
            onClick={() => {
              setAnchor(null);
              void i18n.changeLanguage(lng);
            }}
          >
            {t(`language.${lng}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
