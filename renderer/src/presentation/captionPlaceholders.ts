import { unitFactor } from '../../../sim';
import { terminalHalfLifeH } from '../../../sim/model/disposition';
import { featuredRegimen } from './annotations';
import { currentTranslator } from '../i18n/locale';
import { formatConc, formatDays, formatHours } from './format';
import type { SceneSimulation } from './sceneSimulation';

/**
 * Live numbers a teacher's caption may hold: "{compound} peaks at {peak} after {peakTime}" reads, for the
 * scene's featured regimen (the visible one with the longest half-life), "MK-7 peaks at 2.2 ng/mL after 5 h"
 * and follows the scene's scenario and units. `{{` and `}}` write a brace. A name not in this list stays
 * visible in the caption, marked, so a typo is seen before class rather than silently dropped.
 */
export const CAPTION_PLACEHOLDERS = [
  { name: 'compound' },
  { name: 'peak' },
  { name: 'peakTime' },
  { name: 'trough' },
  { name: 'halfLife' },
  { name: 'plateauDays' },
] as const;
export type CaptionPlaceholder = (typeof CAPTION_PLACEHOLDERS)[number]['name'];

/** What a placeholder stands for, in the UI's language (the lesson editor lists them). */
export function placeholderAbout(name: CaptionPlaceholder): string {
  return currentTranslator().t(`pres.placeholder.${name}`);
}

/** A caption cut into text and the placeholders it names (known ones with their value). */
export type CaptionPart =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: CaptionPlaceholder; text: string }
  | { kind: 'unknown'; name: string; text: string };

const KNOWN = new Set<string>(CAPTION_PLACEHOLDERS.map((p) => p.name));

/** The values of every placeholder for a scene, in its units; a sentence where the scene has no such number. */
export function placeholderValues(sim: SceneSimulation): Record<CaptionPlaceholder, string> {
  const r = featuredRegimen(sim);
  if (!r) {
    const none = currentTranslator().t('pres.placeholder.noCompound');
    return { compound: none, peak: none, peakTime: none, trough: none, halfLife: none, plateauDays: none };
  }
  const units = sim.scenario.display.units;
  const f = unitFactor(r.compound, units);
  const m = r.metrics;
  const ss = m.steadyState;
  const repeated = r.result.doses.filter((d) => !d.missed).length > 1;
  return {
    compound: r.label,
    peak: `${formatConc(m.cmaxNgPerMl * f)} ${units}`,
    peakTime: formatHours(m.tmaxH),
    trough:
      // One dose has no interval to be lowest in (sim reads the start, 0, as its "trough").
      m.troughNgPerMl === null || !repeated
        ? currentTranslator().t('pres.placeholder.noTrough')
        : `${formatConc(m.troughNgPerMl * f)} ${units}`,
    halfLife: formatHours(terminalHalfLifeH(r.result.input.pk)),
    plateauDays:
      ss && repeated ? formatDays(ss.timeTo90PctH / 24) : currentTranslator().t('pres.placeholder.noPlateau'),
  };
}

/** Cuts a caption template into parts: `{name}` placeholders, `{{`/`}}` as braces, everything else text. */
export function parseCaption(
  template: string,
  values: Readonly<Record<CaptionPlaceholder, string>>,
): CaptionPart[] {
  const parts: CaptionPart[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if ((c === '{' || c === '}') && template[i + 1] === c) {
      text += c;
      i++;
      continue;
    }
    if (c === '{') {
      const end = template.indexOf('}', i + 1);
      const name = end > i ? template.slice(i + 1, end) : '';
      if (end > i && /^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
        flush();
        parts.push(
          KNOWN.has(name)
            ? { kind: 'value', name: name as CaptionPlaceholder, text: values[name as CaptionPlaceholder] }
            : { kind: 'unknown', name, text: `{${name}?}` },
        );
        i = end;
        continue;
      }
    }
    text += c;
  }
  flush();
  return parts;
}

/** The caption as plain text (slides, the screen reader): unknown names stay as "{name?}". */
export function captionText(parts: readonly CaptionPart[]): string {
  return parts.map((p) => p.text).join('');
}

/** Writes a plain text as a caption template: braces doubled so none reads as a placeholder. */
export function escapeCaption(text: string): string {
  return text.replace(/\{/g, '{{').replace(/\}/g, '}}');
}
