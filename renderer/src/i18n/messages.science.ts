/**
 * The Sources panel's own words (sources/presetRows.ts): parameter names, table groups and the compartment
 * sentences, [en, de, ja] as in messages.ts. The notes beside them quote their sources and stay in English.
 */
type Entry = readonly [en: string, de: string, ja: string];

export const SCIENCE_MESSAGES = {
  'param.name': [
    '{p, select, molarMassGPerMol {Molar mass} kaPerH {Absorption rate constant ka} tHalfH {Elimination half-life t½} volumeL {Apparent volume V} lagH {Absorption lag} fFasted {Bioavailability F (fasted)} centralTHalfH {Central elimination t½ (ln 2 / k10; not the curve’s half-life)} centralVolumeL {Central volume V1} k12 {Central → peripheral rate k12} k21 {Peripheral → central rate k21} dose50 {First pass: dose at which half escapes} doseHill {First pass: steepness with dose} fatFastedFraction {Fasted F as a fraction of maximum F} fat50 {Fat for half the rise} fatHill {Hill coefficient (fixed)} fatMaxStudied {Highest fat studied (beyond: extrapolation)} lod {Detection limit} fastShare {Share of a central amount in the fast phase} clearance {Clearance CL = k10 × V1} other {{p}}}',
    '{p, select, molarMassGPerMol {Molare Masse} kaPerH {Absorptionsgeschwindigkeitskonstante ka} tHalfH {Eliminationshalbwertszeit t½} volumeL {Scheinbares Verteilungsvolumen V} lagH {Absorptionsverzögerung (Lag-Zeit)} fFasted {Bioverfügbarkeit F (nüchtern)} centralTHalfH {Zentrale Eliminationshalbwertszeit t½ (ln 2 / k10; nicht die Halbwertszeit der Kurve)} centralVolumeL {Zentrales Verteilungsvolumen V1} k12 {Transferkonstante zentral → peripher k12} k21 {Transferkonstante peripher → zentral k21} dose50 {First Pass: Dosis, bei der die Hälfte entkommt} doseHill {First Pass: Steilheit mit der Dosis} fatFastedFraction {F nüchtern als Anteil des maximalen F} fat50 {Fett für den halben Anstieg} fatHill {Hill-Koeffizient (fest)} fatMaxStudied {Höchste untersuchte Fettmenge (darüber: Extrapolation)} lod {Nachweisgrenze} fastShare {Anteil einer zentralen Menge in der schnellen Phase} clearance {Clearance CL = k10 × V1} other {{p}}}',
    '{p, select, molarMassGPerMol {モル質量} kaPerH {吸収速度定数 ka} tHalfH {消失半減期 t½} volumeL {見かけの分布容積 V} lagH {吸収ラグ時間} fFasted {バイオアベイラビリティ F（空腹時）} centralTHalfH {中央コンパートメントの消失半減期 t½（ln 2 / k10。濃度曲線の半減期ではない）} centralVolumeL {中央コンパートメントの分布容積 V1} k12 {中央→末梢の移行速度定数 k12} k21 {末梢→中央の移行速度定数 k21} dose50 {初回通過：半分が通過する用量} doseHill {初回通過：用量に対する急峻さ} fatFastedFraction {空腹時Fの最大Fに対する比} fat50 {上昇の半分に必要な脂肪量} fatHill {ヒル係数（固定）} fatMaxStudied {検討された最大脂肪量（それ以上は外挿）} lod {検出限界} fastShare {中央コンパートメントの量のうち速い相の割合} clearance {クリアランス CL = k10 × V1} other {{p}}}',
  ],
  'param.phaseHalfLife': [
    'Plasma half-life, {phase, select, fast {fast phase (hybrid: ln 2 / α)} other {slow phase (hybrid: ln 2 / β)}}',
    'Plasmahalbwertszeit, {phase, select, fast {schnelle Phase (hybrid: ln 2 / α)} other {langsame Phase (hybrid: ln 2 / β)}}',
    '血漿中半減期、{phase, select, fast {速い相（ハイブリッド：ln 2 / α）} other {遅い相（ハイブリッド：ln 2 / β）}}',
  ],
  'param.group': [
    '{g, select, fat {Meal fat effect} assay {Assay} other {{g}}}',
    '{g, select, fat {Effekt des Mahlzeitenfetts} assay {Messverfahren} other {{g}}}',
    '{g, select, fat {食事脂肪の影響} assay {測定法} other {{g}}}',
  ],
  // A marker readout's change ("−20 %" in German).
  'markers.changePct': ['{sign}{pct}%', '{sign}{pct} %', '{sign}{pct}%'],
  'structure.one': [
    'gut → plasma (one compartment, V {v} L) → eliminated with t½ {tHalf} h; absorbed at ka {ka} /h after a {lag} h lag.',
    'Darm → Plasma (ein Kompartiment, V {v} L) → eliminiert mit t½ {tHalf} h; resorbiert mit ka {ka} /h nach einer Verzögerung von {lag} h.',
    '消化管 → 血漿（1コンパートメント、V {v} L）→ t½ {tHalf} 時間で消失。{lag} 時間の遅れの後、ka {ka} /h で吸収。',
  ],
  'structure.two': [
    'gut → central compartment (V1 {v1} L) ⇄ peripheral compartment (k12 {k12} /h out, k21 {k21} /h back), eliminated from the central at k10 {k10} /h; absorbed at ka {ka} /h after a {lag} h lag. The plasma curve falls in two phases, half-lives {fast} h and {slow} h (published: {published}), {pct}% of a central amount in the fast one (estimate). All else is an estimate derived from those and from {derived} (rows below).',
    'Darm → zentrales Kompartiment (V1 {v1} L) ⇄ peripheres Kompartiment (k12 {k12} /h hinaus, k21 {k21} /h zurück), eliminiert aus dem zentralen mit k10 {k10} /h; resorbiert mit ka {ka} /h nach einer Verzögerung von {lag} h. Die Plasmakurve fällt in zwei Phasen, Halbwertszeiten {fast} h und {slow} h (veröffentlicht: {published}), {pct} % einer zentralen Menge in der schnellen (Schätzung). Alles Übrige ist eine Schätzung, abgeleitet daraus und aus {derived} (Zeilen unten).',
    '消化管 → 中央コンパートメント（V1 {v1} L）⇄ 末梢コンパートメント（移行 k12 {k12} /h、戻り k21 {k21} /h）、中央から k10 {k10} /h で消失。{lag} 時間の遅れの後、ka {ka} /h で吸収。血漿中濃度曲線は2相で下がり、半減期は {fast} 時間と {slow} 時間（公表値：{published}）、中央の量の{pct}%が速い相（推定値）。それ以外はすべて、これらと{derived}から導いた推定値（下の表の行）。',
  ],
} as const satisfies Record<string, Entry>;
