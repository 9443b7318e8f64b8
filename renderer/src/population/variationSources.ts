import { BETWEEN_SUBJECT_VARIABILITY, SOURCES, type BetweenSubjectCv } from '../../../sim';

/** One row of "why people differ": a parameter, its between-subject CV and where that number comes from. */
export interface VariationRow {
  parameter: keyof BetweenSubjectCv;
  label: string;
  /** Coefficient of variation in percent, rounded. */
  cvPercent: number;
  basis: string;
  sources: string[];
  note: string;
}

const LABELS: Record<keyof BetweenSubjectCv, string> = {
  kaPerH: 'Absorption rate (ka)',
  tHalfH: 'Half-life (t½)',
  volumeL: 'Volume of distribution (V)',
  f: 'Bioavailability (F)',
};

/** The four varying parameters with their CVs and sources, read from the model's table (nothing restated). */
export function variationRows(): VariationRow[] {
  return (Object.keys(LABELS) as (keyof BetweenSubjectCv)[]).map((parameter) => {
    const v = BETWEEN_SUBJECT_VARIABILITY[parameter];
    return {
      parameter,
      label: LABELS[parameter],
      cvPercent: Math.round(v.value * 100),
      basis: v.basis,
      sources: v.sources.map((id) => SOURCES[id].short),
      note: v.note,
    };
  });
}

/** What the bands mean, in one sentence for the given number of simulated people. */
export function bandsMeaning(subjects: number): string {
  return `The dotted line is the median of ${subjects.toLocaleString('en')} simulated people; the darker band holds the middle half of them (25th-75th percentile), the lighter band 9 in 10 (5th-95th). Each person's absorption, half-life, volume and bioavailability are drawn from log-normal distributions around the typical values; the solid curve is the typical person.`;
}
