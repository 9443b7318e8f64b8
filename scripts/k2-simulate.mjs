/**
 * `npm run -s simulate`: rebuilds the command line if a source is newer than the build, then runs it in this
 * same process (one node start-up, and the exit status is the CLI's own).
 */
import { pathToFileURL } from 'node:url';
import { ensureCliBuilt } from './build-cli.mjs';

await import(pathToFileURL(await ensureCliBuilt()).href);
