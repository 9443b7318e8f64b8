/** Helpers for mutation fuzzing of JSON documents (scenario and lesson parsers): every path, and a copy with one path set. */
import { defaultScenario, serializeScenario } from '../../sim/index';

export type Path = (string | number)[];

/** Every path into a JSON value, containers included, depth first. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsOf(v, [...prefix, i])));
  if (value !== null && typeof value === 'object')
    return here.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k])));
  return here;
}

/** A copy of `doc` with `path` set to `value` (deleted when `value` is undefined); the original is untouched. */
export function setAt(doc: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const node = (doc !== null && typeof doc === 'object' ? doc : {}) as Record<string | number, unknown>;
  const copy = (Array.isArray(node) ? [...(node as unknown[])] : { ...node }) as Record<
    string | number,
    unknown
  >;
  if (rest.length === 0 && value === undefined) delete copy[head!];
  else copy[head!] = setAt(node[head!], rest, value);
  return copy;
}

/** A valid scenario with every optional part present, so mutations reach every field (fuzz test and hostile probe). */
export function richScenario(): Record<string, unknown> {
  const s = defaultScenario();
  s.regimens[0] = {
    ...s.regimens[0]!,
    label: 'morning',
    missedDoses: [1, 2],
    extraDoses: [{ timeH: 30, amountUg: 45, fatG: 5 }],
    overrides: { kaPerH: 0.5, tHalfH: 40, volumeL: 12, lagH: 1, f: 0.4 },
  };
  return JSON.parse(serializeScenario({ ...s, notes: 'notes' })) as Record<string, unknown>;
}
