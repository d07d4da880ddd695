import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colourTokens, contrastRatio } from './contrast';

const tokens = colourTokens(readFileSync(new URL('./tokens.css', import.meta.url), 'utf8'));
const ratio = (a: string, b: string) => {
  const fg = tokens[a];
  const bg = tokens[b];
  if (!fg || !bg) throw new Error(`missing token ${fg ? b : a}`);
  return contrastRatio(fg, bg);
};

// Every pair the stylesheet puts text on: ≥ 4.5:1 (WCAG 1.4.3).
const TEXT_PAIRS: [string, string][] = [
  ['ink', 'paper'],
  ['ink', 'wash'],
  ['muted', 'paper'],
  ['muted', 'wash'],
  ['brand', 'paper'],
  ['brand-dark', 'danger-wash'],
  ['on-brand', 'brand'],
  ['on-brand', 'brand-dark'],
  ['on-brand', 'danger'],
  ['link', 'paper'],
  ['link', 'wash'],
  ['link', 'info-wash'],
  ['link-hover', 'info-wash'],
  ['ok', 'paper'],
  ['ok', 'ok-wash'],
  ['warn', 'paper'],
  ['warn', 'warn-wash'],
  ['danger', 'paper'],
  ['danger', 'danger-wash'],
  ['ink', 'info-wash'],
];

// Edges of controls and the focus rings against what they sit on: ≥ 3:1 (WCAG 1.4.11, 2.4.13).
const EDGE_PAIRS: [string, string][] = [
  ['control-edge', 'paper'],
  ['control-edge', 'wash'],
  ['brand', 'paper'],
  ['brand', 'wash'],
  ['on-brand', 'brand'],
  ['danger', 'paper'],
  ['focus-inner', 'paper'],
  ['focus-inner', 'wash'],
  ['focus', 'brand'],
  ['focus', 'focus-inner'],
];

describe('design tokens', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  it.each(TEXT_PAIRS)('text %s on %s reaches 4.5:1', (fg, bg) => {
    expect(ratio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(EDGE_PAIRS)('edge %s against %s reaches 3:1', (fg, bg) => {
    expect(ratio(fg, bg)).toBeGreaterThanOrEqual(3);
  });
});
