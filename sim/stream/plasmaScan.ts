/**
 * What the summary metrics need from the output grid, gathered in one pass over blocks of any size: the first
 * grid maximum of plasma with its neighbouring grid times (to bracket the exact peak), the lowest grid value
 * inside a time window (the last dosing interval), and the last tissue values. Whole arrays or streamed
 * blocks give the same result, so `regimenMetrics` and the streamed summary share it.
 */
export class PlasmaScan {
  /** Highest plasma grid value so far (ng/mL) and its time; the first one wins on ties. */
  maxNgPerMl = -Infinity;
  maxTimeH = 0;
  /** Grid times just before and just after the maximum (the maximum's own time at either end of the grid). */
  beforeMaxTimeH = 0;
  afterMaxTimeH = 0;
  /** Lowest plasma grid value with a time inside the window, or Infinity when none falls inside. */
  windowMinNgPerMl = Infinity;
  /** Values at the last grid point seen. */
  lastBoneNgPerMl = 0;
  lastArteryNgPerMl = 0;
  lastTimeH = 0;
  private seen = 0;
  private previousTimeH = 0;
  private wantAfter = false;

  constructor(private readonly window: { startH: number; endH: number } | null) {}

  /** Takes `length` consecutive grid points (times ascending, continuing the previous call). */
  push(
    timeH: Float64Array,
    plasmaNgPerMl: Float64Array,
    boneNgPerMl: Float64Array,
    arteryNgPerMl: Float64Array,
    length: number,
  ): void {
    if (length <= 0) return;
    if (this.wantAfter) {
      this.afterMaxTimeH = timeH[0]!;
      this.wantAfter = false;
    }
    let iMax = -1;
    let max = this.maxNgPerMl;
    for (let i = 0; i < length; i++) {
      if (plasmaNgPerMl[i]! > max) {
        max = plasmaNgPerMl[i]!;
        iMax = i;
      }
    }
    if (iMax >= 0) {
      this.maxNgPerMl = max;
      this.maxTimeH = timeH[iMax]!;
      const first = this.seen === 0 && iMax === 0;
      this.beforeMaxTimeH = iMax > 0 ? timeH[iMax - 1]! : first ? timeH[0]! : this.previousTimeH;
      if (iMax + 1 < length) this.afterMaxTimeH = timeH[iMax + 1]!;
      else {
        // The maximum is the last point of this block: its right neighbour comes with the next block.
        this.afterMaxTimeH = timeH[iMax]!;
        this.wantAfter = true;
      }
    }
    if (this.window) {
      const { startH, endH } = this.window;
      if (timeH[length - 1]! >= startH && timeH[0]! <= endH) {
        let min = this.windowMinNgPerMl;
        for (let i = 0; i < length; i++) {
          const t = timeH[i]!;
          if (t >= startH && t <= endH && plasmaNgPerMl[i]! < min) min = plasmaNgPerMl[i]!;
        }
        this.windowMinNgPerMl = min;
      }
    }
    this.seen += length;
    this.previousTimeH = timeH[length - 1]!;
    this.lastTimeH = timeH[length - 1]!;
    this.lastBoneNgPerMl = boneNgPerMl[length - 1]!;
    this.lastArteryNgPerMl = arteryNgPerMl[length - 1]!;
  }
}
