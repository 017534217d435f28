import { renderToStaticMarkup } from 'react-dom/server';
import { render } from '@testing-library/react';
import { ThemeProvider } from '@mui/material/styles';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HistoryIcon from '@mui/icons-material/History';
import type { SvgIconComponent } from '@mui/icons-material';
import { describe, expect, it } from 'vitest';
import { makeTheme } from '../../../app/theme';
import { iconColor, iconProperty, type RowIconName } from './row-controls-look';
import { RowIcons } from './row-icons';

/** The drawing CSS holds for an icon, as markup. */
function drawing(name: RowIconName) {
  const value = document.documentElement.style.getPropertyValue(iconProperty(name));
  const match = /^url\("data:image\/svg\+xml,(.*)"\)$/.exec(value);
  expect(match, `${iconProperty(name)} is an SVG data URI`).not.toBeNull();
  return decodeURIComponent(match?.[1] ?? '');
}

/** MUI's own path for an icon, as its component renders it. */
function pathOf(Icon: SvgIconComponent) {
  const path = /<path d="[^"]+"/.exec(renderToStaticMarkup(<Icon />))?.[0];
  expect(path).toBeDefined();
  return path ?? '';
}

// The drawings are kept per page: the tests below run in order, as a page would mount tables.
// jsdom has no canvas, so each drawing here is MUI's SVG itself; in a browser it is a bitmap of the
// same path, which the status chip's and row actions' stories read back, pixel by pixel.
describe('RowIcons', () => {
  const english = makeTheme('en');

  it("puts MUI's drawings, in each icon's colour, where the rows' CSS reads them", () => {
    render(
      <ThemeProvider theme={english}>
        <RowIcons />
      </ThemeProvider>,
    );
    const approved = drawing('approved');
    expect(approved).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(approved).toContain('viewBox="0 0 24 24"');
    expect(approved).toContain(`fill="${english.palette.success.dark}"`);
    expect(approved).toContain(pathOf(CheckCircleIcon));
    const history = drawing('history');
    expect(history).toContain(`fill="${english.palette.primary.main}"`);
    expect(history).toContain(pathOf(HistoryIcon));
    for (const name of ['suggested', 'pending', 'expired', 'rejected', 'withdrawn'] as const) {
      expect(drawing(name)).toContain(`fill="${iconColor(english, name)}"`);
    }
  });

  it('draws once per theme: a later table with the same theme adds nothing to the page', () => {
    const { container } = render(
      <ThemeProvider theme={english}>
        <RowIcons />
      </ThemeProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it("draws again in another theme's colours", () => {
    const other = makeTheme('de');
    other.palette.success.dark = '#004d00';
    const { container } = render(
      <ThemeProvider theme={other}>
        <RowIcons />
      </ThemeProvider>,
    );
    expect(container).not.toBeEmptyDOMElement();
    expect(drawing('approved')).toContain('fill="#004d00"');
  });
});
