import * as math from 'mathjs';

/** mathjs's solveODE (adaptive Runge-Kutta); its published type definitions omit it, so it is typed here once. */
export type SolveOde = (
  f: (t: number, y: number[]) => number[],
  tspan: [number, number],
  y0: number[],
  options?: { method?: 'RK23' | 'RK45'; tol?: number; maxStep?: number; firstStep?: number },
) => { t: number[]; y: number[][] };

const candidate: unknown = (math as Record<string, unknown>)['solveODE'];
if (typeof candidate !== 'function') throw new Error('mathjs.solveODE is missing: mathjs >= 12 is required');
export const solveODE = candidate as SolveOde;
