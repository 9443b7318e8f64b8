import { scaleLinear } from 'd3-scale';
import { line as d3Line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { linePath } from '../../renderer/src/plot/marks/Curves';
import { axisScale } from '../../renderer/src/plot/scales';

// The curves' path text and the linear axes are written without d3's generic code (a slider step draws thousands
// of points): d3 is the reference they must equal, character for character and bit for bit.

let seed = 5;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

describe('linePath coordinates', () => {
  it('are written as d3-shape writes them at every tenth: half tenths, signs, -0 and very large values', () => {
    const same = (px: number) => px;
    const reference = d3Line<{ t: number; v: number }>()
      .x((p) => Math.round(p.t * 10) / 10)
      .y((p) => Math.round(p.v * 10) / 10);
    const edges = [0, -0, 0.05, -0.05, 0.25, -0.25, 2.45, -2.45, 99.95, -99.95, 123456.75, -0.04, 3e9, -3e9];
    const random = Array.from({ length: 5_000 }, () => (rand() - 0.5) * 10 ** Math.floor(rand() * 7));
    const points = [...edges, ...random].map((v, i) => ({ t: random[i]! / 3, v }));
    expect(linePath(points, same, same)).toBe(reference(points));
  });
});

describe('axisScale on a linear axis', () => {
  it("maps every value exactly as d3's scaleLinear does, to the last bit", () => {
    for (let k = 0; k < 300; k++) {
      const d0 = k % 3 === 0 ? 0 : (rand() - 0.5) * 10 ** Math.floor(rand() * 6);
      // Ascending, descending and empty domains.
      const d1 = k % 50 === 0 ? d0 : d0 + (rand() - 0.3) * 10 ** Math.floor(rand() * 6);
      const [r0, r1] = [rand() * 900, rand() * 900];
      const mine = axisScale({ domain: [d0, d1], ticks: [], log: false }, r0, r1);
      const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
      for (let i = 0; i < 50; i++) {
        const v = d0 + (rand() - 0.2) * (d1 - d0 || 1) * 1.5;
        expect(mine(v)).toBe(d3(v));
      }
    }
  });
});
