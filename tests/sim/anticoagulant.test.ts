import { describe, expect, it } from 'vitest';
import { anticoagulantCaution, COMPOUND_IDS, SOURCES } from '../../sim/index';

describe('anticoagulant caution', () => {
  it('MK-7 quotes Theuwissen 2013: 10-20 µg/day in 40-60% of subjects, 45 µg/day about 40% INR drop', () => {
    const c = anticoagulantCaution('mk7');
    expect(c.sources).toEqual(['theuwissen2013']);
    expect(c.text).toContain('10-20 µg/day');
    expect(c.text).toContain('40-60%');
    expect(c.text).toContain('45 µg/day');
    expect(SOURCES.theuwissen2013.full).toContain('J Thromb Haemost 2013;11:1085-1092');
  });

  it('K1 quotes Schurgers 2004: 150 µg/day threshold, 100 µg/day no interference', () => {
    const c = anticoagulantCaution('k1');
    expect(c.sources).toEqual(['schurgers2004']);
    expect(c.text).toContain('150 µg/day');
    expect(c.text).toContain('100 µg/day');
  });

  it('no caution or source repeats the superseded "50 µg/day" threshold', () => {
    for (const id of COMPOUND_IDS) expect(anticoagulantCaution(id).text).not.toMatch(/\b50 µg/);
    for (const s of Object.values(SOURCES)) expect(s.usedFor).not.toMatch(/\b50 µg/);
  });
});
