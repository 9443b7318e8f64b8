import type { ScheduledDose } from './expand';
import type { CompoundSchedule, DoseEdit, MealKind } from './schema';

/**
 * Pure edits of one dose of a compound's schedule. Planned doses are edited through their key, so an edit
 * stays with its date and slot when the regimen's amount or pattern times change; added doses are edited in
 * place. Every function returns a new schedule and leaves its input untouched.
 */

type Patch = Omit<Partial<DoseEdit>, 'key'>;

function patchPlanned(cs: CompoundSchedule, key: string, patch: (old: DoseEdit) => Patch): CompoundSchedule {
  const old = cs.edits.find((e) => e.key === key) ?? { key };
  const next: DoseEdit = { ...old, ...patch(old), key };
  // Drop fields set back to their neutral value, so an undone edit leaves no trace in the file.
  for (const k of Object.keys(next) as (keyof DoseEdit)[]) if (next[k] === undefined) delete next[k];
  if (next.copies === 1) delete next.copies;
  if (next.moveMin === 0) delete next.moveMin;
  if (next.missed === false) delete next.missed;
  const others = cs.edits.filter((e) => e.key !== key);
  return { ...cs, edits: Object.keys(next).length > 1 ? [...others, next] : others };
}

function patchAdded(cs: CompoundSchedule, index: number, patch: Partial<CompoundSchedule['added'][number]>) {
  return { ...cs, added: cs.added.map((a, i) => (i === index ? { ...a, ...patch } : a)) };
}

/** Removes one unit: a double dose becomes single; a single planned dose is deleted; an added dose is removed. */
export function deleteDose(cs: CompoundSchedule, dose: ScheduledDose): CompoundSchedule {
  if (dose.key === null) return { ...cs, added: cs.added.filter((_, i) => i !== dose.addedIndex) };
  return patchPlanned(cs, dose.key, (old) =>
    (old.copies ?? 1) > 1 ? { copies: (old.copies ?? 1) - 1 } : { deleted: true },
  );
}

/** Takes one more unit at the same time: a planned dose gets another copy (double dose); an added one is copied. */
export function duplicateDose(cs: CompoundSchedule, dose: ScheduledDose): CompoundSchedule {
  if (dose.key === null) {
    const a = cs.added[dose.addedIndex ?? -1];
    return a ? { ...cs, added: [...cs.added, { ...a }] } : cs;
  }
  return patchPlanned(cs, dose.key, (old) => ({ copies: Math.min(10, (old.copies ?? 1) + 1) }));
}

/** Marks a dose missed (drawn, not taken), or taken again. */
export function setMissed(cs: CompoundSchedule, dose: ScheduledDose, missed: boolean): CompoundSchedule {
  if (dose.key === null) return patchAdded(cs, dose.addedIndex ?? -1, { missed: missed || undefined });
  return patchPlanned(cs, dose.key, () => ({ missed }));
}

/**
 * Moves a dose to a new time (h after the start): a planned dose records the shift from its planned time in
 * whole minutes (a late dose); an added dose gets the new wall-clock date and time.
 */
export function moveDose(
  cs: CompoundSchedule,
  dose: ScheduledDose,
  timeH: number,
  wall: { date: string; time: string },
): CompoundSchedule {
  if (dose.key === null) return patchAdded(cs, dose.addedIndex ?? -1, wall);
  const moveMin = Math.max(-7 * 1440, Math.min(7 * 1440, Math.round((timeH - dose.plannedTimeH) * 60)));
  return patchPlanned(cs, dose.key, () => ({ moveMin }));
}

/** Sets this dose's amount per unit (µg), leaving the regimen's amount for every other dose. */
export function setDoseAmount(cs: CompoundSchedule, dose: ScheduledDose, amountUg: number): CompoundSchedule {
  if (dose.key === null) return patchAdded(cs, dose.addedIndex ?? -1, { amountUg });
  return patchPlanned(cs, dose.key, () => ({ amountUg }));
}

/** Sets this dose's meal and, optionally, its fat (g); without fat the meal's default applies. */
export function setDoseMeal(
  cs: CompoundSchedule,
  dose: ScheduledDose,
  meal: MealKind,
  fatG?: number,
): CompoundSchedule {
  if (dose.key === null) return patchAdded(cs, dose.addedIndex ?? -1, { meal, fatG });
  return patchPlanned(cs, dose.key, () => ({ meal, fatG }));
}

/** Sets this dose's meal fat (g), keeping its meal. */
export function setDoseFat(cs: CompoundSchedule, dose: ScheduledDose, fatG: number): CompoundSchedule {
  if (dose.key === null) return patchAdded(cs, dose.addedIndex ?? -1, { fatG });
  return patchPlanned(cs, dose.key, () => ({ fatG }));
}

/** Adds a dose by hand at a wall-clock date and time, with the regimen's amount unless given. */
export function addDose(
  cs: CompoundSchedule,
  dose: { date: string; time: string; meal: MealKind; amountUg?: number },
): CompoundSchedule {
  return { ...cs, added: [...cs.added, { ...dose }] };
}
