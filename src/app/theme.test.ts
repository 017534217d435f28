import { describe, expect, it } from 'vitest';
import { makeTheme } from './theme';

describe('makeTheme', () => {
  it('animates by default', () => {
    expect(makeTheme('en').transitions.create('opacity')).toMatch(/^opacity \d+ms/);
  });

  it('does not animate for a user who asked the system for less motion', () => {
    const theme = makeTheme('de', { reduceMotion: true });
    expect(theme.transitions.create('opacity')).toBe('none');
    expect(theme.transitions.create(['transform', 'opacity'], { duration: 300 })).toBe('none');
  });
});
