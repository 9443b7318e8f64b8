/** Types for scripts/build-cli.mjs (plain ESM so `npm run simulate` needs no TypeScript). */
export declare const CLI_OUT: string;
export declare function buildCli(): Promise<string>;
export declare function ensureCliBuilt(): Promise<string>;
