/** Unit conversions. ng/mL equals µg/L, so nmol/L = ng/mL * 1000 / (g/mol). */

/** @example ngPerMlToNmolPerL(1, 649.0).toFixed(3) // => '1.541' */
export function ngPerMlToNmolPerL(concNgPerMl: number, molarMassGPerMol: number): number {
  return (concNgPerMl * 1000) / molarMassGPerMol;
}

/** @example nmolPerLToNgPerMl(1.541, 649.0).toFixed(3) // => '1.000' */
export function nmolPerLToNgPerMl(concNmolPerL: number, molarMassGPerMol: number): number {
  return (concNmolPerL * molarMassGPerMol) / 1000;
}

/** Elimination rate constant (1/h) from a half-life (h): ke = ln 2 / t½. */
export function eliminationRatePerH(tHalfH: number): number {
  return Math.LN2 / tHalfH;
}
