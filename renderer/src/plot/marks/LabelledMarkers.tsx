import type { Box } from '../layout';
import { ANNOTATION } from '../theme';
import { annotationFontPx, PlacedLabel, textLabel, wrappedShapes } from './labels';
import type { Mark, MarkContext } from './mark';
import { leaderLine } from './placeLabels';

/** A published observation on a model curve at the reported time, named ("Sato 2012: MK-7 peak 6 h"). */
interface LabelledPointData {
  key: string;
  source: string;
  label: string;
  tDays: number;
  value: number;
  /** Reported range of times (days), drawn as a bar through the point. */
  rangeDays?: readonly [number, number];
}

/**
 * Diamonds on the curves with their study names: each label asks the placement pass for a spot near its
 * diamond (keeping off every other label) and is joined to it by a leader line.
 */
export function labelledMarkersMark(ctx: MarkContext, points: readonly LabelledPointData[]): Mark {
  const { x, y, theme } = ctx;
  const font = annotationFontPx(theme);
  return {
    key: 'observations',
    requests: points.map((p) => {
      const label = textLabel(p.label, 0, 0, font);
      return {
        key: p.key,
        x: x(p.tDays),
        y: y(p.value),
        width: label.box.width + 8,
        height: font * 1.25,
        wrapped: wrappedShapes(label, 8),
        leader: true,
      };
    }),
    render: (placed) => (
      <g className="pres-observations">
        {points.map((p) => (
          <LabelledMarker key={p.key} ctx={ctx} point={p} box={placed.get(p.key)!} fontPx={font} />
        ))}
      </g>
    ),
  };
}

function LabelledMarker({
  ctx,
  point: p,
  box,
  fontPx,
}: {
  ctx: MarkContext;
  point: LabelledPointData;
  box: Box;
  fontPx: number;
}) {
  const { x, y, theme } = ctx;
  const px = x(p.tDays);
  const py = y(p.value);
  const leader = leaderLine({ x: px, y: py }, box);
  const ink = { stroke: ANNOTATION.observation, strokeWidth: 3 };
  return (
    <g className="pres-observation" data-source={p.source}>
      {p.rangeDays && (
        <g>
          <line x1={x(p.rangeDays[0])} x2={x(p.rangeDays[1])} y1={py} y2={py} {...ink} />
          {/* A cap at each end: with the left one alone, the bar and the rising curve read as a letter "K". */}
          <line x1={x(p.rangeDays[0])} x2={x(p.rangeDays[0])} y1={py - 9} y2={py + 9} {...ink} />
          <line x1={x(p.rangeDays[1])} x2={x(p.rangeDays[1])} y1={py - 9} y2={py + 9} {...ink} />
        </g>
      )}
      <line
        x1={px}
        y1={py}
        x2={leader.to.x}
        y2={leader.to.y}
        stroke={ANNOTATION.observation}
        strokeWidth={2}
      />
      <path
        d={`M${px},${py - 12} L${px + 12},${py} L${px},${py + 12} L${px - 12},${py} Z`}
        fill="#fff"
        stroke={ANNOTATION.observation}
        strokeWidth={4}
      />
      {/* A glyph halo cannot hide a thick line crossing mid-word: a translucent card behind the label does. */}
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={4}
        fill="#ffffff"
        fillOpacity={0.85}
        className="pres-observation-label-card"
      />
      <PlacedLabel
        label={textLabel(p.label, box.x, box.y + fontPx, fontPx)}
        box={box}
        theme={theme}
        padPx={8}
        className="pres-observation-label"
      />
    </g>
  );
}
