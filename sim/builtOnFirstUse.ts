/**
 * A value built the first time it is used, not while its module loads: `build` runs at the first property read
 * (or `in`, `Object.keys`, `instanceof`) and every later use reads the built value. For zod schemas and tables
 * of them, whose construction costs a cold start of the app tens of milliseconds although the first chart
 * parses nothing; the type stays the built value's, so callers and `z.infer` see no difference.
 * @example builtOnFirstUse(() => new Map([['dose', 90]])).get('dose') // => 90
 */
export function builtOnFirstUse<T extends object>(build: () => T): T {
  let built: T | undefined;
  const value = (): T => (built ??= build());
  // Methods are read off the built value and called on it, so `this` is the built value, never the proxy.
  return new Proxy({} as T, {
    get: (_target, key) => {
      const v = value();
      const member: unknown = Reflect.get(v, key, v);
      return typeof member === 'function' && key !== 'constructor'
        ? bindOnce(v, key, member as (this: object, ...args: never[]) => unknown)
        : member;
    },
    has: (_target, key) => Reflect.has(value(), key),
    ownKeys: () => Reflect.ownKeys(value()),
    // Reported configurable: the proxy's own (empty) target may not claim a fixed property it lacks.
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(value(), key);
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(value()),
    set: (_target, key, v) => Reflect.set(value(), key, v),
    defineProperty: (_target, key, d) => Reflect.defineProperty(value(), key, d),
    deleteProperty: (_target, key) => Reflect.deleteProperty(value(), key),
  });
}

const bound = new WeakMap<object, Map<PropertyKey, unknown>>();
/** `member` bound to `owner`, the same function at every read (so `a.f === a.f`, as without the proxy). */
function bindOnce(
  owner: object,
  key: PropertyKey,
  member: (this: object, ...args: never[]) => unknown,
): unknown {
  let byKey = bound.get(owner);
  if (!byKey) bound.set(owner, (byKey = new Map()));
  let f = byKey.get(key) as { source: unknown; fn: unknown } | undefined;
  if (!f || f.source !== member) byKey.set(key, (f = { source: member, fn: member.bind(owner) }));
  return f.fn;
}
