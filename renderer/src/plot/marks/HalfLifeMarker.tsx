import { ANNOTATION } from '../theme';
import { annotationFontPx, PlacedLabel, preferredLabelRequest, textLabel, wrappedShapes } from './labels';
import type { Mark, MarkContext } from './mark';

/** From the peak of the first dose alone to the time its level has halved (data coordinates). */
interface HalfLifeData {
  label: string;
  from: { tDays: number; value: number };
  to: { tDays: number; value: number };
}

/**
 * A bracket over the curve from the peak (solid leg) to half the peak (dashed leg), with rings on the curve and
 * the label centred over it, kept inside the plot.
 */
export function halfLifeMark(ctx: MarkContext, h: HalfLifeData): Mark {
  const { x, y, plot, theme } = ctx;
  const font = annotationFontPx(theme);
  const x0 = x(h.from.tDays);
  const x1 = x(h.to.tDays);
  const y0 = y(h.from.value);
  const y1 = y(h.to.value);
  const top = Math.max(plot.y + font * 1.6, y0 - 18);
  const half = textLabel(h.label, 0, 0, font).box.width / 2;
  const cx = Math.max(plot.x + half, Math.min((x0 + x1) / 2, plot.x + plot.width - half));
  const label = textLabel(h.label, cx, top - 14, font, 'middle');
  const ring = { r: 9, fill: '#fff', stroke: ANNOTATION.ink, strokeWidth: 4 };
  const request = preferredLabelRequest('half-life', label, { x: cx, y: top });
  const lineTop = top - font * 0.6;
  const shapes = [{ width: label.box.width, height: label.box.height }, ...wrappedShapes(label)];
  const beside = shapes.flatMap(({ width, height }) =>
    // The first line level with the bar, else the last (where the curve runs close under the bar's end).
    [lineTop, lineTop + label.box.height - height].flatMap((y) => [
      { x: Math.max(x0, x1) + 12, y, width, height },
      { x: Math.min(x0, x1) - 12 - width, y, width, height },
    ]),
  );
  // The bar and its legs (which rise 10 px over it), a few px wider than drawn: other labels keep off the bracket
  // as off a label; its own label may lie over it (the bar parts around it).
  const pad = 4;
  const bracket = [
    { x: Math.min(x0, x1) - pad, y: top - pad, width: Math.abs(x1 - x0) + 2 * pad, height: 2 * pad },
    ...[
      [x0, y0],
      [x1, y1],
    ].map(([lx, ly]) => ({
      x: lx! - pad,
      y: Math.min(top - 10 - pad, ly!),
      width: 2 * pad,
      height: Math.abs(ly! - (top - 10 - pad)),
    })),
  ];
  // On the bar itself, the bar parted around it (a dimension line), where no row above the bar is free.
  const onBar = { ...label.box, y: top - label.box.height / 2 };
  return {
    key: 'half-life',
    fixed: bracket,
    // Over the bracket; where that is taken (a study label over the curve) or a curve runs there (a later dose's
    // rise), beside it: right of the half-point leg, then left of the peak's, on one, two or three lines, level
    // with the bar. Failing those, the nearest free spot.
    requests: [
      { ...request, preferred: [...(request.preferred ?? []), onBar, ...beside], mayCover: bracket },
    ],
    render: (placed) => {
      const box = placed.get('half-life')!;
      const parted = box.y < top && top < box.y + box.height && box.x < x1 && x0 < box.x + box.width;
      const bar = parted
        ? [
            [x0, box.x - 8],
            [box.x + box.width + 8, x1],
          ].filter(([a, b]) => b! > a!)
        : [[x0, x1]];
      return (
        <g className="pres-annotation-halflife">
          {bar.map(([a, b]) => (
            <line
              key={a}
              x1={a}
              x2={b}
              y1={top}
              y2={top}
              stroke={ANNOTATION.ink}
              strokeWidth={ANNOTATION.widthPx}
            />
          ))}
          <line x1={x0} x2={x0} y1={top - 10} y2={y0} stroke={ANNOTATION.ink} strokeWidth={3} />
          <line
            x1={x1}
            x2={x1}
            y1={top - 10}
            y2={y1}
            stroke={ANNOTATION.ink}
            strokeWidth={3}
            strokeDasharray="6 5"
          />
          <circle cx={x0} cy={y0} {...ring} />
          <circle cx={x1} cy={y1} {...ring} />
          <PlacedLabel label={label} box={box} theme={theme} />
        </g>
      );
    },
  };
}
