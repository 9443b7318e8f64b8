/**
 * The file a save really replaces: the path with every symbolic link followed, also a dangling one (whose
 * target does not exist yet). Saving through a link writes the file it points at and keeps the link, as
 * editors do (vim, VS Code); and the write queue keys on this path, so saves through a link and through its
 * target wait for each other.
 */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Links followed before giving up, as the kernel does (ELOOP after 40). */
const MAX_LINKS = 40;

/**
 * The real path `path` writes to. Synchronous on purpose: the write queue must key a save in the order saves
 * are asked for, and a few lstat calls cost microseconds. Throws ELOOP for a link cycle.
 * @example realWriteTarget('/home/me/plan.json') // => '/home/me/plan.json' (no links)
 */
export function realWriteTarget(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let folder: string;
    try {
      folder = realpathSync.native(dirname(current));
    } catch {
      return current; // The folder is missing: the write itself will say so.
    }
    current = join(folder, basename(current));
    let isLink: boolean;
    try {
      isLink = lstatSync(current).isSymbolicLink();
    } catch {
      return current; // Nothing there yet: a new file, or the missing end of a dangling link.
    }
    if (!isLink) return current;
    current = resolve(folder, readlinkSync(current));
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: 'ELOOP' });
}
