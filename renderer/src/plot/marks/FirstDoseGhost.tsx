import { ANNOTATION } from '../theme';
import { linePath } from './Curves';
import { drawingMark, type Mark, type MarkContext } from './mark';

/** The first dose alone, faint and dotted behind the curves: what the half-life marker measures. */
export function firstDoseGhostMark(ctx: MarkContext, points: readonly { t: number; v: number }[]): Mark {
  return drawingMark(
    'first-dose-ghost',
    <path
      className="pres-first-dose-ghost"
      d={linePath(points, ctx.x, ctx.y)}
      fill="none"
      stroke={ANNOTATION.ghost}
      strokeWidth={3}
      strokeDasharray="3 7"
      strokeLinecap="round"
    />,
  );
}
