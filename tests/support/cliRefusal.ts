import { parseCliArgs, UsageError } from '../../main/cli/args';

/** The command line's refusal message for these arguments, or null when they are accepted; other errors rethrow. */
export function cliRefusal(args: string[]): string | null {
  try {
    parseCliArgs(args);
    return null;
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
}
