/**
 * Seeded random numbers, so every virtual population can be reproduced from its seed.
 * mulberry32: a 32-bit generator by Tommy Ettinger (2017, public domain; see
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c), period 2^32, passes gjrand and
 * PractRand to 8 GB. Ample for a few thousand virtual subjects.
 */
export type Random = () => number;

/**
 * A uniform generator on [0, 1) from a 32-bit seed.
 * @example mulberry32(42)() // => 0.6011037519201636
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal deviates by the Box-Muller transform (Box & Muller 1958, Ann Math Stat 29:610): from two
 * uniforms u1, u2, z = sqrt(-2 ln u1) cos(2π u2). The second deviate (sin) is kept for the next call.
 * @example normalGenerator(mulberry32(1))().toFixed(4) // => '1.4043'
 */
export function normalGenerator(uniform: Random): Random {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    // 1 - u lies in (0, 1], so the log is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}
