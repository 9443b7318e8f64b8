/** Types for scripts/electron-binary.mjs (plain ESM so `npm start` needs no TypeScript). */
export declare const repoRoot: string;
export declare function electronBinaryPath(root?: string): string | null;
export declare function electronSandboxArgs(): string[];
