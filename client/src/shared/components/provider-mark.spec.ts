import { describe, expect, it } from 'vitest';
import { PROVIDER_COLOURS, providerColour, providerInitials } from './provider-mark';

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('provider mark', () => {
  it.each(PROVIDER_COLOURS)('white text on %s has a contrast of at least 4.5:1', (colour) => {
    expect(contrastWithWhite(colour)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives a provider the same colour every time, and different providers different colours', () => {
    const ids = Array.from({ length: 40 }, () => crypto.randomUUID());
    expect(providerColour(ids[0] ?? '')).toBe(providerColour(ids[0] ?? ''));
    expect(new Set(ids.map(providerColour)).size).toBeGreaterThan(4);
  });

  it('makes initials from the words that matter', () => {
    expect(providerInitials('University of Fenmoor')).toBe('UF');
    expect(providerInitials('Fenmoor Teaching School Hub')).toBe('FTS');
    expect(providerInitials('Ashdown SCITT')).toBe('AS');
  });
});
