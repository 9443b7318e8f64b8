/** Invalid input: the message is printed as one line on standard error and the exit code is 2. */
export class UsageError extends Error {}
