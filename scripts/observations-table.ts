/**
 * Prints every published observation beside the model (presets, one parameter set per compound): published
 * value, model value, ratio model / published, tolerance, fitted or predicted, and whether it passes. The README's
 * two observation tables are this output (tests/sim/docsNumbers.test.ts checks them).
 * Run: npx tsx scripts/observations-table.ts            (plain text)
 *      npx tsx scripts/observations-table.ts --markdown > docs/science-tables.md (the README tables; tested)
 */
import { OBSERVATIONS } from '../sim/presets/observations';
import { missedDoseExample } from './readmeExamples';
import { k1StructureMarkdown, observationsMarkdown, observationRow } from '../sim/observationChecks';

if (process.argv.includes('--markdown')) {
  console.log(observationsMarkdown(OBSERVATIONS.map(observationRow)));
  console.log('');
  console.log(k1StructureMarkdown());
  console.log('');
  console.log(missedDoseExample());
} else {
  for (const r of OBSERVATIONS.map(observationRow)) {
    const ratio = r.ratio === null ? '   -  ' : r.ratio.toFixed(2).padStart(6);
    const verdict = r.passes ? 'pass' : r.knownMiss ? 'MISS (recorded)' : 'FAIL';
    console.log(
      `${r.role.padEnd(9)} ${r.source.padEnd(16)} ${r.what.padEnd(86)} published ${r.published.padEnd(24)} model ${r.model.padEnd(14)} ratio ${ratio}  ${r.tolerance.padEnd(34)} ${verdict}`,
    );
  }
}
