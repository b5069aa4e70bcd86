import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/report/color.js';

describe('colorLevel decides colour in one place', () => {
  const tty = { env: {}, isTTY: true };
  it('colours on a TTY, not when piped', () => {
    expect(colorLevel(tty)).toBe(1);
    expect(colorLevel({ env: { COLORTERM: 'truecolor' }, isTTY: true })).toBe(3);
    expect(colorLevel({ env: {}, isTTY: false })).toBe(0);
    expect(colorLevel({ env: { TERM: 'dumb' }, isTTY: true })).toBe(0);
  });
  it('honours NO_COLOR (non-empty), FORCE_COLOR and the flags', () => {
    expect(colorLevel({ env: { NO_COLOR: '1' }, isTTY: true })).toBe(0);
    expect(colorLevel({ env: { NO_COLOR: '' }, isTTY: true })).toBe(1);
    expect(colorLevel({ env: { FORCE_COLOR: '1' }, isTTY: false })).toBe(1);
    expect(colorLevel({ env: { FORCE_COLOR: '3' }, isTTY: false })).toBe(3);
    expect(colorLevel({ env: { FORCE_COLOR: '0' }, isTTY: true })).toBe(0);
    // FORCE_COLOR wins over NO_COLOR, as in Node
    expect(colorLevel({ env: { FORCE_COLOR: '1', NO_COLOR: '1' }, isTTY: false })).toBe(1);
    // the flags win over everything
    expect(colorLevel({ ...tty, env: { FORCE_COLOR: '2' }, flag: false })).toBe(0);
    expect(colorLevel({ env: { NO_COLOR: '1' }, isTTY: false, flag: true })).toBe(1);
  });
  it('uses the config setting below the environment', () => {
    expect(colorLevel({ ...tty, setting: 'never' })).toBe(0);
    expect(colorLevel({ env: {}, isTTY: false, setting: 'always' })).toBe(1);
    expect(colorLevel({ env: { NO_COLOR: '1' }, isTTY: false, setting: 'always' })).toBe(0);
  });
});
