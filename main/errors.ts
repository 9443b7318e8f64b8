/**
 * An error whose message is written for the user (a short sentence) and is sent to the renderer as is.
 * Any other error is logged in main and replaced by a generic sentence, so file paths, stack traces and
 * system details never reach the page.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}
