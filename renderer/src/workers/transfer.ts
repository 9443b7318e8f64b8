/**
 * The ArrayBuffers under every typed array of a value, each once: the transfer list for postMessage, so a
 * worker hands its Float64Arrays over instead of copying them (a buffer listed twice would throw, and
 * series often share their time grid).
 */
export function transferables(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    if (ArrayBuffer.isView(item)) {
      if (item.buffer instanceof ArrayBuffer) buffers.add(item.buffer);
      continue;
    }
    // Arrays of plain objects (dose lists) hold no typed arrays: skip them element by element only when small.
    if (Array.isArray(item)) {
      const first: unknown = item[0];
      if (typeof first !== 'object' || first === null || (item.length > 64 && !hasTypedArray(first)))
        continue;
      stack.push(...(item as unknown[]));
      continue;
    }
    stack.push(...Object.values(item));
  }
  return [...buffers];
}

/** True when a typed array sits directly on the object (one level): used to skip long lists of plain records. */
function hasTypedArray(item: object): boolean {
  return Object.values(item).some((v) => ArrayBuffer.isView(v));
}
