/** Helpers for mutation fuzzing of JSON documents (scenario and lesson parsers): every path, and a copy with one path set. */
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
