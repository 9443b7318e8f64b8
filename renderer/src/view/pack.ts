/**
 * Columnar packing of long lists of small records, for the worker -> page message. Structured clone
 * rebuilds every object of a message on the receiving thread before any code runs, and a 10-year hourly
 * scenario has about a million small records (dose events, intakes, dose marks): 2.2 s of blocked page in
 * Chromium. Packed as one typed array per field, they are transferred, not cloned, and unpacked here in
 * one tight loop. Lists are packed only when every record has the same fields of the same kinds (numbers,
 * booleans, strings, each possibly null or undefined, or one nested record of those); anything else travels
 * as it is. Strings (a calendar dose's id) travel as one joined string and their lengths.
 */

const PACKED = '__k2packed';
/** Shorter lists are cheap to clone and not worth a column each. */
const MIN_PACKED_LENGTH = 256;

type Kind = 'number' | 'boolean' | 'string';
interface Column {
  path: string[];
  kind: Kind;
  /** Numbers, booleans as 0/1, or the end offset of each string in `text`. */
  values: Float64Array | Uint8Array | Uint32Array;
  /** The strings of a string column, joined. */
  text: string | null;
  /** 1 where the value was null, 2 where it was undefined (the field present); null when neither occurs. */
  nulls: Uint8Array | null;
}
export interface PackedList {
  [PACKED]: 1;
  length: number;
  columns: Column[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);

/** A field's kind from its value; null for null or undefined (the kind comes from a later record). */
function kindOf(v: unknown): Kind | null | 'other' {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return typeof v as Kind;
  return 'other';
}

/** The leaf fields of a record, one nested level deep: [["timeH"], ["dose", "timeH"], ...]; kind null if unknown. */
function schemaOf(
  record: Record<string, unknown>,
  depth = 0,
): { path: string[]; kind: Kind | null }[] | null {
  const out: { path: string[]; kind: Kind | null }[] = [];
  for (const [key, value] of Object.entries(record)) {
    const kind = kindOf(value);
    if (kind !== 'other') out.push({ path: [key], kind });
    else if (isRecord(value) && depth === 0) {
      const inner = schemaOf(value, 1);
      if (!inner) return null;
      out.push(...inner.map((c) => ({ path: [key, ...c.path], kind: c.kind })));
    } else return null;
  }
  return out;
}

function read(record: Record<string, unknown>, path: string[]): unknown {
  let v: unknown = record;
  for (const key of path) v = isRecord(v) ? v[key] : undefined;
  return v;
}

function packList(list: unknown[]): PackedList | null {
  const first = list[0];
  if (!isRecord(first)) return null;
  const schema = schemaOf(first);
  if (!schema || schema.length === 0) return null;
  const n = list.length;
  const kinds = schema.map((c) => c.kind);
  const raw: unknown[][] = schema.map(() => new Array<unknown>(n));
  const width = Object.keys(first).length;
  const flat = schema.every((c) => c.path.length === 1);
  const keys = schema.map((c) => c.path[0]!);
  for (let i = 0; i < n; i++) {
    const record = list[i];
    if (!isRecord(record)) return null;
    // Same number of fields as the first record (so none is dropped); cheap enough only every 64th.
    if (i % 64 === 0 && Object.keys(record).length !== width) return null;
    for (let c = 0; c < schema.length; c++) {
      const v = flat ? record[keys[c]!] : read(record, schema[c]!.path);
      const kind = kindOf(v);
      if (kind === 'other') return null;
      if (kind !== null) {
        if (kinds[c] === null) kinds[c] = kind;
        else if (kinds[c] !== kind) return null;
      } else if (v === undefined && !(flat ? keys[c]! in record : true)) return null;
      raw[c]![i] = v;
    }
  }
  const columns = schema.map((c, k) => column(c.path, kinds[k] ?? 'number', raw[k]!));
  return { [PACKED]: 1, length: n, columns };
}

function column(path: string[], kind: Kind, raw: unknown[]): Column {
  const n = raw.length;
  let nulls: Uint8Array | null = null;
  const mark = (i: number, v: unknown) => ((nulls ??= new Uint8Array(n))[i] = v === null ? 1 : 2);
  if (kind === 'string') {
    const ends = new Uint32Array(n);
    let text = '';
    for (let i = 0; i < n; i++) {
      const v = raw[i];
      if (typeof v === 'string') text += v;
      else mark(i, v);
      ends[i] = text.length;
    }
    return { path, kind, values: ends, text, nulls };
  }
  const values = kind === 'number' ? new Float64Array(n) : new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = raw[i];
    if (v === null || v === undefined) mark(i, v);
    else values[i] = kind === 'boolean' ? (v ? 1 : 0) : (v as number);
  }
  return { path, kind, values, text: null, nulls };
}

/** A copy of `value` with long uniform record lists packed into columns; typed arrays are kept as they are. */
export function pack(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length >= MIN_PACKED_LENGTH) {
      const packed = packList(value);
      if (packed) return packed;
    }
    return value.map(pack);
  }
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = pack(v);
  return out;
}

function isPacked(value: unknown): value is PackedList {
  return isRecord(value) && value[PACKED] === 1;
}

function valueAt(column: Column, i: number): number | boolean | string | null | undefined {
  if (column.nulls !== null && column.nulls[i] !== 0) return column.nulls[i] === 1 ? null : undefined;
  if (column.kind === 'string')
    return column.text!.slice(i === 0 ? 0 : column.values[i - 1]!, column.values[i]!);
  return column.kind === 'boolean' ? column.values[i] === 1 : column.values[i]!;
}

/** One record of the list, built field by field. */
function buildRecord(columns: Column[], i: number): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const column of columns) {
    let target = record;
    for (let d = 0; d < column.path.length - 1; d++) {
      const key = column.path[d]!;
      target = (target[key] ??= {}) as Record<string, unknown>;
    }
    target[column.path[column.path.length - 1]!] = valueAt(column, i);
  }
  return record;
}

/** Builds records [from, to) of a packed list into `out`. */
function fillRecords(list: PackedList, out: Record<string, unknown>[], from: number, to: number): void {
  const { columns } = list;
  const flat = columns.every((c) => c.path.length === 1);
  if (!flat) {
    for (let i = from; i < to; i++) out[i] = buildRecord(columns, i);
    return;
  }
  // Flat records: copy one record's shape (one hidden class for all), then overwrite the fields; several
  // times faster than adding the fields one by one to an empty object.
  const template = buildRecord(columns, from);
  const keys = columns.map((c) => c.path[0]!);
  out[from] = template;
  for (let i = from + 1; i < to; i++) {
    const record = { ...template };
    for (let c = 0; c < keys.length; c++) record[keys[c]!] = valueAt(columns[c]!, i);
    out[i] = record;
  }
}

function unpackList(list: PackedList): Record<string, unknown>[] {
  const out = new Array<Record<string, unknown>>(list.length);
  fillRecords(list, out, 0, list.length);
  return out;
}

/** Lets the page handle input and paint between slices of work. */
const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

/** Records per slice: a few ms of work in Chromium on the reference machine. */
const SLICE_RECORDS = 1024;

/** Like unpackList, in slices with a pause between them, so a million records never block the page. */
async function unpackListInSlices(list: PackedList): Promise<Record<string, unknown>[]> {
  const out = new Array<Record<string, unknown>>(list.length);
  for (let from = 0; from < list.length; from += SLICE_RECORDS) {
    fillRecords(list, out, from, Math.min(list.length, from + SLICE_RECORDS));
    await nextTask();
  }
  return out;
}

/**
 * The inverse of `pack` without blocking the page: lists under a key for which `eager` says true are
 * rebuilt now, in slices; every other packed list becomes a lazy property, rebuilt the first time it is
 * read (for a view: a result's dose events and intakes, which only metrics read).
 */
export async function unpackGently(
  value: unknown,
  eager: (key: string, parent: object) => boolean,
): Promise<unknown> {
  // One synchronous walk (an await per record of a 10,000-record list that is not packed cost 0.1 s of
  // microtasks in one task), then the eager lists in slices.
  const slices: { parent: Record<string, unknown>; key: string; list: PackedList }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const item of v) walk(item);
      return;
    }
    if (!isRecord(v)) return;
    for (const key of Object.keys(v)) {
      const inner = v[key];
      if (!isPacked(inner)) walk(inner);
      else if (eager(key, v)) slices.push({ parent: v, key, list: inner });
      else lazyProperty(v, key, inner);
    }
  };
  walk(value);
  for (const { parent, key, list } of slices) parent[key] = await unpackListInSlices(list);
  return value;
}

function lazyProperty(target: Record<string, unknown>, key: string, packed: PackedList): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const list = unpackList(packed);
      Object.defineProperty(target, key, {
        value: list,
        writable: true,
        configurable: true,
        enumerable: true,
      });
      return list;
    },
  });
}

/** The inverse of `pack`, in place, all at once (tests; small values). */
export function unpack(value: unknown): unknown {
  if (isPacked(value)) return unpackList(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = unpack(value[i]);
    return value;
  }
  if (!isRecord(value)) return value;
  for (const key of Object.keys(value)) value[key] = unpack(value[key]);
  return value;
}
