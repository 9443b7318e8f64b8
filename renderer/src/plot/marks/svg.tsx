import type { CSSProperties, ReactNode, SVGProps } from 'react';

/**
 * The three SVG elements the marks took from recharts (Layer, Surface, Text), with the markup recharts writes
 * (its class names, which styles and tests select, and its text's attributes and tspan offsets), as plain
 * elements: recharts' versions read its theme store on every render and brought recharts, immer and reselect
 * into the chunk the first chart waits for.
 */

/** A group, class "recharts-layer" plus the caller's. */
export function Layer({ className, children, ...rest }: SVGProps<SVGGElement>) {
  return (
    <g className={className ? `recharts-layer ${className}` : 'recharts-layer'} {...rest}>
      {children}
    </g>
  );
}

/** An svg element of `width` × `height` px with the matching viewBox, class "recharts-surface" plus the caller's. */
export function Surface({
  width,
  height,
  className,
  style,
  children,
}: {
  width: number;
  height: number;
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
}) {
  return (
    <svg
      className={className ? `recharts-surface ${className}` : 'recharts-surface'}
      width={width}
      height={height}
      style={style}
      viewBox={`0 0 ${width} ${height}`}
    >
      {children}
    </svg>
  );
}

/** The first line's offset from `y` for each vertical anchor (one line; recharts' cap height 0.71 em). */
const START_DY = { start: '0.71em', middle: '0.355em', end: '0em' } as const;

/** recharts' word separators: a label's runs of spaces and line breaks are drawn as one space. */
const BREAKING_SPACES = /[ \f\n\r\t\v\u2028\u2029]+/;

/** One line of text at (x, y), anchored as recharts' Text anchors it, in one tspan. */
export function SvgText({
  x,
  y,
  textAnchor,
  verticalAnchor = 'end',
  fontSize,
  fill,
  fontFamily,
  className,
  children,
}: {
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  verticalAnchor?: keyof typeof START_DY;
  fontSize: number;
  fill: string;
  fontFamily: string;
  className?: string;
  children: string;
}) {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  return (
    <text
      fontSize={fontSize}
      fill={fill}
      fontFamily={fontFamily}
      style={{ fill }}
      x={x}
      y={y}
      className={className ? `recharts-text ${className}` : 'recharts-text'}
      textAnchor={textAnchor}
    >
      <tspan x={x} dy={START_DY[verticalAnchor]}>
        {children.split(BREAKING_SPACES).join(' ')}
      </tspan>
    </text>
  );
}
