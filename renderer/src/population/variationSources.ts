import { BETWEEN_SUBJECT_VARIABILITY, SOURCES, type BetweenSubjectCv } from '../../../sim';
import { currentTranslator, type AppTranslator } from '../i18n/locale';

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

const PARAMETERS: readonly (keyof BetweenSubjectCv)[] = ['kaPerH', 'tHalfH', 'volumeL', 'f'];

/** The four varying parameters with their CVs and sources, read from the model's table (nothing restated). */
export function variationRows(tr: AppTranslator = currentTranslator()): VariationRow[] {
  return PARAMETERS.map((parameter) => {
    const v = BETWEEN_SUBJECT_VARIABILITY[parameter];
    return {
      parameter,
      label: tr.t('population.param', { p: parameter }),
      cvPercent: Math.round(v.value * 100),
      basis: v.basis,
      sources: v.sources.map((id) => SOURCES[id].short),
      note: v.note,
    };
  });
}

/** What the bands mean, in one sentence for the given number of simulated people. */
export function bandsMeaning(subjects: number, tr: AppTranslator = currentTranslator()): string {
  return tr.t('population.meaning', { n: tr.num(subjects) });
}
