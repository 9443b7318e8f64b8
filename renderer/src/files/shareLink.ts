/**
 * Share links in the browser version: "Copy link" puts the scenario, compressed, into the address's fragment
 * (`#scenario=`, sim/share/link.ts), and a page opened with such a fragment opens that scenario. A fragment
 * is never sent to the server, so the scenario goes nowhere but the clipboard. The scenario text is the one
 * saved to files (savedScenarioText), and reading it back goes through the file parser (interpretScenarioText).
 */
import { asSentence, type Scenario } from '../../../sim';
import { scenarioFromFragment, scenarioLink } from '../../../sim/share/link';
import { interpretScenarioText, type OpenOutcome } from './documentState';
import { savedScenarioText } from '../../../sim';
import { lessonFromFragment } from '../../../sim/share/lessonLink';
import { parseLessonText, type Lesson } from '../presentation/lesson';
import { currentTranslator } from '../i18n/locale';

export type LinkCopy =
  /** On the clipboard. */
  | { kind: 'copied'; url: string }
  /** Built, but the clipboard refused it: the page shows the link in a box to copy by hand. */
  | { kind: 'shown'; url: string }
  /** Too large for a link (or otherwise impossible): one sentence saying to share the file instead. */
  | { kind: 'refused'; error: string };

/** The page's own address without query or fragment: where the link opens the app again. */
function pageAddress(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}

/** Builds the scenario's link and tries the async clipboard. */
export async function copyScenarioLink(
  scenario: Scenario,
  location: Pick<Location, 'origin' | 'pathname'> = window.location,
  /** null: no async clipboard (an http page other than localhost, or an old browser). */
  clipboard: Pick<Clipboard, 'writeText'> | null = navigator.clipboard ?? null,
): Promise<LinkCopy> {
  const link = scenarioLink(pageAddress(location), savedScenarioText(scenario), currentTranslator());
  if (!link.ok) return { kind: 'refused', error: link.error };
  try {
    if (!clipboard) return { kind: 'shown', url: link.url };
    await clipboard.writeText(link.url);
    return { kind: 'copied', url: link.url };
  } catch {
    // No permission, no focus, or an insecure (http) page: the link is still good, shown to copy by hand.
    return { kind: 'shown', url: link.url };
  }
}

let taken: { outcome: OpenOutcome | null } | null = null;

/**
 * The scenario in the address's `#scenario=` fragment, validated like a file (null when there is none),
 * read once per page: the fragment is then removed from the address (history.replaceState, no reload), so a
 * reload shows the session, with whatever was changed since, instead of opening the link over it again.
 */
export function takeLinkScenario(): OpenOutcome | null {
  if (taken) return taken.outcome;
  const tr = currentTranslator();
  const found = scenarioFromFragment(window.location.hash, tr);
  let outcome: OpenOutcome | null = null;
  if (found !== null) {
    outcome = found.ok
      ? interpretScenarioText(tr.t('shareLink.what'), found.text)
      : { ok: false, message: tr.t('shareLink.openFailed', { error: asSentence(found.error) }) };
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }
  taken = { outcome };
  return outcome;
}

/** After the link's scenario was opened or refused: later mounts of the app do not open it again. */
export function doneWithLinkScenario(): void {
  taken = { outcome: null };
}

/** A lesson opened from a `#lesson=` link (students' screens), or the sentence saying why it was refused. */
export type LinkLessonOutcome = { ok: true; lesson: Lesson } | { ok: false; message: string };

let takenLesson: { outcome: LinkLessonOutcome | null } | null = null;

/**
 * The lesson in the address's `#lesson=` fragment, validated like a lesson file (null when there is none), read
 * once per page; the fragment is then removed from the address, as a scenario link's is.
 */
export function takeLinkLesson(): LinkLessonOutcome | null {
  if (takenLesson) return takenLesson.outcome;
  const tr = currentTranslator();
  const found = lessonFromFragment(window.location.hash, tr);
  let outcome: LinkLessonOutcome | null = null;
  if (found !== null) {
    const parsed = found.ok ? parseLessonText(found.text) : found;
    outcome = parsed.ok
      ? { ok: true, lesson: parsed.lesson }
      : { ok: false, message: tr.t('shareLink.lessonFailed', { error: asSentence(parsed.error) }) };
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }
  takenLesson = { outcome };
  return outcome;
}
