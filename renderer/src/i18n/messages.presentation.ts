/**
 * Presentation mode's words (the built-in story, its chart labels, the controls, the lesson editor, sharing and
 * the slides and handout) in English, German and Japanese, in the shape of messages.ts: each entry is
 * [en, de, ja] in ICU MessageFormat. Numbers arrive formatted in the UI's locale (presentation/format.ts).
 */
type Entry = readonly [en: string, de: string, ja: string];

export const PRESENTATION_MESSAGES = {
  // Number words of the captions (presentation/format.ts).
  'pres.fmt.percent': ['{n}%', '{n} %', '{n}%'],
  'pres.fmt.ratio': ['{n}×', '{n}×', '{n}倍'],
  'pres.fmt.overRatio': ['over {n}×', 'über {n}×', '{n}倍超'],

  // The built-in story: titles.
  'pres.story.single-dose.title': [
    'One dose: MK-4 is gone in hours, MK-7 stays for days',
    'Eine Dosis: MK-4 ist nach Stunden weg, MK-7 bleibt tagelang',
    '1回の服用：MK-4は数時間で消え、MK-7は数日残る',
  ],
  'pres.story.daily-plateau.title': [
    'Daily MK-7 builds up to a plateau',
    'Tägliches MK-7 baut sich bis zu einem Plateau auf',
    '毎日のMK-7はプラトーまで蓄積する',
  ],
  'pres.story.fat.title': [
    'With and without fat in the meal',
    'Mit und ohne Fett in der Mahlzeit',
    '食事に脂肪がある場合とない場合',
  ],
  'pres.story.tissue.title': [
    'Tissue reach: what stays in the blood reaches bone and arteries',
    'Gewebe: Was im Blut bleibt, erreicht Knochen und Arterien',
    '組織への到達：血中に残るものが骨と動脈に届く',
  ],
  'pres.story.missed-dose.title': ['A missed dose', 'Eine vergessene Dosis', '飲み忘れ'],
  'pres.story.k1-vs-mk7.title': [
    'K1 vs MK-7: similar peaks, then 7 times the level',
    'K1 und MK-7: ähnliche Spitzen, dann der 7-fache Spiegel',
    'K1とMK-7：ピークは同程度、その後は7倍の濃度',
  ],
  'pres.story.variation.title': [
    "Why one person's level differs from another's",
    'Warum sich der Spiegel von Mensch zu Mensch unterscheidet',
    '血中濃度が人によって異なる理由',
  ],
  'pres.story.mk4-milligrams.title': [
    'Why MK-4 needs milligrams where MK-7 needs micrograms',
    'Warum MK-4 Milligramm braucht, wo MK-7 Mikrogramm genügen',
    'MK-7はマイクログラムで足りるのに、MK-4がミリグラム必要な理由',
  ],
  // The clinical MK-4 regimen's label in the last scene (its legend and caption).
  'pres.story.mk4ClinicalLabel': [
    'MK-4, 15 mg three times a day',
    'MK-4, 15 mg dreimal täglich',
    'MK-4、15 mgを1日3回',
  ],

  // The built-in story: captions. Every number is computed from the scene's simulation.
  'pres.story.single-dose.mk4Never': [
    'never reaches the assumed {limit} ng/mL detection limit',
    'erreicht die angenommene Nachweisgrenze von {limit} ng/mL nie',
    '想定した検出限界{limit} ng/mLに一度も届きません',
  ],
  'pres.story.single-dose.mk4Above': [
    'is above the assumed {limit} ng/mL detection limit for only {time}',
    'liegt nur {time} über der angenommenen Nachweisgrenze von {limit} ng/mL',
    '想定した検出限界{limit} ng/mLを上回るのはわずか{time}です',
  ],
  'pres.story.single-dose.mk4Gone': [
    ', is below 1% of that by {time}',
    ', ist nach {time} unter 1 % davon',
    '、{time}後にはその1%未満になり',
  ],
  'pres.story.single-dose.caption': [
    'One {dose} µg dose with breakfast. MK-4 peaks at {mk4Peak} ng/mL{gone} and {mk4Text}. MK-7 peaks at {mk7Peak} ng/mL after {mk7Time} and is still at {mk7Later} ng/mL after {laterTime}: {share} of its peak.',
    'Eine Dosis von {dose} µg zum Frühstück. MK-4 hat seine Spitze bei {mk4Peak} ng/mL{gone} und {mk4Text}. MK-7 hat seine Spitze bei {mk7Peak} ng/mL nach {mk7Time} und liegt nach {laterTime} noch bei {mk7Later} ng/mL: {share} der Spitze.',
    '朝食とともに{dose} µgを1回服用。MK-4は{mk4Peak} ng/mLでピークに達し{gone}、{mk4Text}。MK-7は{mk7Time}後に{mk7Peak} ng/mLでピークに達し、{laterTime}後もまだ{mk7Later} ng/mL（ピークの{share}）です。',
  ],
  'pres.story.daily-plateau.caption': [
    "Every day another {dose} µg lands on what is left from the days before. MK-7's half-life is {tHalf} ({tHalfDays}): in that time half of what is in the blood is cleared. Intake and clearance balance at a plateau of {low}–{high} ng/mL, 90% reached after {days90}; each plateau day gives {ratio} the exposure of day 1.",
    'Täglich kommen {dose} µg zum Rest der Vortage hinzu. MK-7 hat eine Halbwertszeit von {tHalf} ({tHalfDays}): In dieser Zeit wird die Hälfte dessen abgebaut, was im Blut ist. Aufnahme und Abbau gleichen sich auf einem Plateau von {low}–{high} ng/mL aus, zu 90 % nach {days90} erreicht; ein Plateautag bringt das {ratio} der Exposition von Tag 1.',
    '毎日、前日までの残りにさらに{dose} µgが加わります。MK-7の半減期は{tHalf}（{tHalfDays}）で、その間に血中にある量の半分が消失します。摂取と消失は{low}〜{high} ng/mLのプラトーで釣り合い、{days90}でその90%に達します。プラトーの1日の曝露量は1日目の{ratio}です。',
  ],

  'pres.story.fat.caption': [
    'The same {dose} µg of MK-7 every day; only breakfast differs. With {fatG} g of fat the model absorbs {ratio} as much as fasted: a plateau average of {withFat} ng/mL against {fasted} ng/mL (dashed). Uematsu 1996 saw MK-4 exposure rise {obsRatio} from {fromG} g to {toG} g of fat; that the same holds for MK-7 is an assumption.',
    'Jeden Tag dieselben {dose} µg MK-7; nur das Frühstück ist anders. Mit {fatG} g Fett nimmt das Modell {ratio} so viel auf wie nüchtern: ein mittleres Plateau von {withFat} ng/mL gegenüber {fasted} ng/mL (gestrichelt). Uematsu 1996 sah die MK-4-Exposition von {fromG} g auf {toG} g Fett um das {obsRatio} steigen; dass dasselbe für MK-7 gilt, ist eine Annahme.',
    '毎日同じ{dose} µgのMK-7で、違うのは朝食だけです。脂肪{fatG} gでは、モデルの吸収量は空腹時の{ratio}です：プラトーの平均は{withFat} ng/mL、空腹時（破線）は{fasted} ng/mL。Uematsu 1996では脂肪{fromG} gから{toG} gでMK-4の曝露量が{obsRatio}に増えました。MK-7でも同じになるというのは仮定です。',
  ],
  'pres.story.tissue.exposure': [
    '{dose} µg a day for {days}: bone gets {ratio} more exposure from MK-7 than MK-4',
    '{dose} µg/Tag über {days}: Knochenexposition durch MK-7 {ratio} höher als durch MK-4',
    '1日{dose} µgを{days}：骨が受ける曝露量はMK-7がMK-4の{ratio}',
  ],

  'pres.story.tissue.illustrative': [
    'The carboxylation curves are illustrative.',
    'Die Carboxylierungskurven sind illustrativ.',
    'カルボキシル化の曲線は説明用の例示です。',
  ],

  'pres.story.tissue.tooShort': [
    '{exposure}. Trials measure the markers (ucOC, dp-ucMGP) after {weeks} weeks or more; this scene is too short for that. {illustrative}',
    '{exposure}. Studien messen die Marker (ucOC, dp-ucMGP) nach {weeks} Wochen oder später; diese Szene ist dafür zu kurz. {illustrative}',
    '{exposure}。臨床試験ではマーカー（ucOC、dp-ucMGP）を{weeks}週以降に測定しますが、このシーンはそれには短すぎます。{illustrative}',
  ],
  'pres.story.tissue.caption': [
    '{exposure}. After {weeks} weeks MK-7 changes dp-ucMGP by about {mgp7} ({mgpBasis}) and ucOC by about {oc7} ({ocBasis}); MK-4 {mgp4} and {oc4}. {illustrative}',
    '{exposure}. Nach {weeks} Wochen ändert MK-7 dp-ucMGP um etwa {mgp7} ({mgpBasis}), ucOC um etwa {oc7} ({ocBasis}); MK-4 um {mgp4} und {oc4}. {illustrative}',
    '{exposure}。{weeks}週後、MK-7はdp-ucMGPを約{mgp7}（{mgpBasis}）、ucOCを約{oc7}（{ocBasis}）変化させます。MK-4では{mgp4}と{oc4}です。{illustrative}',
  ],

  'pres.story.missed-dose.caption': [
    'The dose due at day {day} is forgotten. MK-7 dips to {dip} ng/mL, only {below} below its usual low point, and is above the {threshold} ng/mL line for {share} of the {days}. {other} is cleared between doses anyway: above the line for {otherTime} in all.',
    'Die an Tag {day} fällige Dosis wird vergessen. MK-7 sinkt auf {dip} ng/mL, nur {below} unter seinen üblichen Tiefstwert, und liegt {share} der {days} über der Linie bei {threshold} ng/mL. {other} wird zwischen den Dosen ohnehin ausgeschieden: insgesamt nur {otherTime} über der Linie.',
    '{day}日目に予定の服用を忘れます。MK-7は{dip} ng/mLまで下がりますが、いつもの最低値より{below}低いだけで、{days}のうち{share}は{threshold} ng/mLの線を上回ります。{other}はいずれにせよ服用の合間に消失し、線を上回るのは合計{otherTime}です。',
  ],
  'pres.story.k1-vs-mk7.peaksAt': ['after {time}', 'nach {time}', '{time}後'],
  'pres.story.k1-vs-mk7.peaksAtBoth': [
    'after {k1Time} (K1) and {mk7Time} (MK-7)',
    'nach {k1Time} (K1) und {mk7Time} (MK-7)',
    '{k1Time}後（K1）と{mk7Time}後（MK-7）',
  ],
  'pres.story.k1-vs-mk7.caption': [
    "{dose} µg a day each. First peaks {peaksAt}, MK-7's {peakRatio} K1's (fitted to {peaksSource}). K1 falls to {k1Low} of its peak by the next dose (half-lives {alpha} h and {beta} h, fitted to {halfSource}); MK-7 piles up to a plateau average {averageRatio} K1's, fitted to {ratioSource}'s {low}-{high}× (band), {share} of it after {plateauDays} days (predicted; {plateauSource} saw about {weeks} weeks).",
    'Je {dose} µg täglich. Erste Spitzen {peaksAt}, MK-7 {peakRatio} K1 (gefittet an {peaksSource}). K1 fällt bis zur nächsten Dosis auf {k1Low} der Spitze (t½ {alpha} h und {beta} h, gefittet an {halfSource}); MK-7 reichert sich an: Plateaumittel {averageRatio} K1, gefittet an {low}–{high}× bei {ratioSource} (Band), {share} davon nach {plateauDays} Tagen (Prognose; {plateauSource}: etwa {weeks} Wochen).',
    'それぞれ1日{dose} µg。最初のピークは{peaksAt}で、MK-7はK1の{peakRatio}（{peaksSource}に適合）。K1は次の服用までにピークの{k1Low}まで下がります（半減期{alpha}時間と{beta}時間、{halfSource}に適合）。MK-7は蓄積してプラトー平均がK1の{averageRatio}になり、{ratioSource}の{low}〜{high}倍（帯）に適合、その{share}に{plateauDays}日で達します（予測。{plateauSource}では約{weeks}週）。',
  ],

  'pres.story.variation.caption': [
    '{people} simulated people take {dose} µg of MK-7 with breakfast every day. On day {day} the median is {median} ng/mL; the middle half lie between {p25} and {p75} ng/mL, 9 in 10 between {p05} and {p95} ng/mL. They differ in bioavailability (CV {cvF}), half-life ({cvHalfLife}), volume ({cvVolume}) and absorption rate ({cvKa}). Exposure varies {cvAuc} (CV); Uematsu 1996 measured {measuredLow}-{measuredHigh} for MK-4.',
    '{people} simulierte Menschen nehmen täglich {dose} µg MK-7 zum Frühstück. An Tag {day} ist der Median {median} ng/mL; die mittlere Hälfte liegt bei {p25}–{p75} ng/mL, 9 von 10 bei {p05}–{p95} ng/mL. Sie unterscheiden sich in Bioverfügbarkeit (VK {cvF}), Halbwertszeit ({cvHalfLife}), Volumen ({cvVolume}) und Absorptionsrate ({cvKa}). Die Exposition variiert um {cvAuc} (VK); Uematsu 1996 maß {measuredLow}–{measuredHigh} für MK-4.',
    'シミュレーション上の{people}人が毎日朝食とともにMK-7を{dose} µg服用します。{day}日目の中央値は{median} ng/mL、中央の半数は{p25}〜{p75} ng/mL、10人中9人は{p05}〜{p95} ng/mLの間です。違いはバイオアベイラビリティ（CV {cvF}）、半減期（{cvHalfLife}）、分布容積（{cvVolume}）、吸収速度（{cvKa}）にあります。曝露量のばらつきは{cvAuc}（CV）で、Uematsu 1996ではMK-4で{measuredLow}〜{measuredHigh}でした。',
  ],

  'pres.story.mk4-milligrams.caption': [
    "Japan's clinical MK-4 dose, 15 mg three times a day, is {ratio} the {dose} µg of MK-7. MK-4 peaks at {peak} ng/mL but falls within hours, down to {nightLow} ng/mL each morning; MK-7 barely moves, heading for {low}-{high} ng/mL (log axis). Nutritional MK-4 is barely absorbed (Sato 2012: 420 µg not detectable); 15 mg: model AUC(0-24 h) {auc} ng·h/mL, Uematsu 1996 measured {measured}.",
    'Japans klinische MK-4-Dosis (3 × 15 mg täglich) ist das {ratio} der {dose} µg MK-7. MK-4 erreicht {peak} ng/mL, fällt aber binnen Stunden, morgens bis {nightLow} ng/mL; MK-7 bewegt sich kaum, Richtung {low}–{high} ng/mL (log. Achse). Nahrungs-MK-4 wird kaum aufgenommen (Sato 2012: 420 µg nicht messbar); 15 mg: Modell-AUC(0–24 h) {auc} ng·h/mL, Uematsu 1996: {measured}.',
    '日本の臨床用量のMK-4（15 mgを1日3回）は、MK-7の{dose} µgの{ratio}です。MK-4は{peak} ng/mLでピークに達しますが数時間で下がり、毎朝{nightLow} ng/mLまで落ちます。MK-7はほとんど動かず、{low}〜{high} ng/mLに向かいます（対数軸）。栄養量のMK-4はほとんど吸収されません（Sato 2012：420 µgで検出されず）。15 mgではモデルのAUC(0–24 h)は{auc} ng·h/mL、Uematsu 1996の測定値は{measured}です。',
  ],

  // A scene the teacher added: its numbers in a sentence per regimen.
  'pres.summary.regimen': [
    '{label}: peak {peak} {units} after {time}{plateau}.',
    '{label}: Spitze {peak} {units} nach {time}{plateau}.',
    '{label}：{time}後にピーク{peak} {units}{plateau}。',
  ],
  'pres.summary.plateau': [
    ', plateau {low}–{high} {units} (90% after {days})',
    ', Plateau {low}–{high} {units} (Zeit bis 90 %: {days})',
    '、プラトー{low}〜{high} {units}（{days}で90%）',
  ],
  'pres.summary.none': [
    'No compound is shown in this scene.',
    'In dieser Szene wird keine Substanz gezeigt.',
    'このシーンには化合物が表示されていません。',
  ],

  // Chart annotations (annotations.ts, observationMarks.ts, FatInset.tsx).
  'pres.ann.halfLives': [
    '{label} half-lives {alpha} and {beta}: half gone in {span}',
    '{label} t½ {alpha} und {beta}: Hälfte weg nach {span}',
    '{label} 半減期{alpha}と{beta}：{span}で半分に',
  ],

  'pres.ann.halfLife': [
    '{label} half-life {time}: half gone',
    '{label} t½ {time}: Hälfte weg',
    '{label} 半減期{time}：半分に',
  ],

  'pres.ann.plateau': [
    '{label} plateau {low}–{high} {units}',
    '{label} Plateau {low}–{high} {units}',
    '{label} プラトー{low}〜{high} {units}',
  ],
  'pres.ann.threshold': [
    '{label} above {level} {units}: {above} of {total}',
    '{label} über {level} {units}: {above} von {total}',
    '{label} {level} {units}超：{total}中{above}',
  ],
  'pres.obs.fitted': ['(fitted)', '(gefittet)', '（適合）'],
  'pres.obs.predicted': ['(predicted)', '(Prognose)', '（予測）'],
  'pres.obs.peak': [
    '{source}: {label} peak {when} {role}',
    '{source}: {label} Peak {when} {role}',
    '{source}：{label} ピーク{when} {role}',
  ],

  'pres.obs.stillDetectable': [
    '{source}: {label} still detectable at {time} {role}',
    '{source}: {label} nach {time} noch messbar {role}',
    '{source}：{label} {time}後も検出 {role}',
  ],

  'pres.obs.notDetectable': [
    '{source}: {label} not detectable {role}',
    '{source}: {label} nicht messbar {role}',
    '{source}：{label} 検出されず {role}',
  ],

  'pres.obs.detectionLimit': [
    'Detection limit {level} {units} (assumed)',
    'Nachweisgrenze {level} {units} (Annahme)',
    '検出限界{level} {units}（仮定）',
  ],

  'pres.obs.fatTitle': [
    '{source}: exposure vs meal fat (relative to {fatG} g) {role}',
    '{source}: Exposition nach Fett der Mahlzeit (relativ zu {fatG} g) {role}',
    '{source}：食事の脂肪量と曝露量（{fatG} g比） {role}',
  ],
  'pres.obs.versus': [
    "{source}: MK-7 {low}-{high}× K1's level {role}",
    '{source}: MK-7 {low}–{high}× der K1-Spiegel {role}',
    '{source}：MK-7はK1の{low}〜{high}倍 {role}',
  ],
  'pres.fat.title': [
    'Uematsu 1996, MK-4 15\u00a0mg: exposure vs meal fat',
    'Uematsu 1996, MK-4 15\u00a0mg: Exposition nach Nahrungsfett',
    'Uematsu 1996、MK-4 15\u00a0mg：食事の脂肪量と曝露量',
  ],
  'pres.fat.xTitle': ['Meal fat (g)', 'Nahrungsfett (g)', '食事の脂肪（g）'],
  'pres.fat.yTitle': ['AUC vs {fatG}\u00a0g meal', 'AUC relativ zu {fatG}\u00a0g', 'AUC（{fatG}\u00a0g比）'],
  'pres.fat.model': ['model fat effect', 'Fetteffekt (Modell)', 'モデルの脂肪効果'],
  'pres.fat.observed': ['Uematsu 1996 (mean ± SD)', 'Uematsu 1996 (MW ± SD)', 'Uematsu 1996（平均±SD）'],
  // The population bands' legend where the median keeps to the solid line (population/panelBands.ts), every chart.
  'population.legendAgrees': [
    'Dotted: median of {n} people, on the solid line (±{pct} of its peak); shading: middle 50% and 90%',
    'Gepunktet: Median von {n} Personen, auf der Linie (± {pct} der Spitze); schattiert: mittlere 50 % und 90 %',
    '点線：{n}人の中央値（実線上、ピークの±{pct}以内） 網掛け：中央の50%と90%',
  ],
  'pres.fat.extrapolation': ['extrapolation', 'Extrapolation', '外挿'],
  'pres.fat.aria': [
    "{title}: published points (MK-4 15 mg, AUC relative to the {fatG} g meal) beside the model's fat curve; grey beyond {maxG} g: extrapolation",
    '{title}: veröffentlichte Punkte (MK-4 15 mg, AUC relativ zur Mahlzeit mit {fatG} g) neben der Fettkurve des Modells; grau jenseits von {maxG} g: Extrapolation',
    '{title}：公表値（MK-4 15 mg、脂肪{fatG} gの食事に対するAUC）とモデルの脂肪曲線。{maxG} gを超える灰色部分は外挿',
  ],

  // Prediction (predict.ts, PredictPanel.tsx).
  'pres.predict.reveals': [
    'Next reveals the real curve.',
    'Weiter zeigt die echte Kurve.',
    '「次へ」で実際の曲線を表示します。',
  ],
  'pres.predict.staysHidden': [
    'The real curve stays hidden in this scene.',
    'Die echte Kurve bleibt in dieser Szene verborgen.',
    'このシーンでは実際の曲線は隠れたままです。',
  ],
  'pres.predict.numbers': [
    'Predict: how high does {label} go, and when? Sketch it or type your guesses. {reveal}',
    'Vorhersage: Wie hoch steigt {label}, und wann? Skizzieren Sie es oder tippen Sie Ihre Schätzungen ein. {reveal}',
    '予想：{label}はいつ、どこまで上がるでしょう？スケッチするか、予想を入力してください。{reveal}',
  ],
  'pres.predict.curve': [
    'Predict: sketch how the {label} level changes{when}. {reveal}',
    'Vorhersage: Skizzieren Sie, wie sich der {label}-Spiegel{when} verändert. {reveal}',
    '予想：{label}の濃度が{when}どう変わるかスケッチしてください。{reveal}',
  ],
  'pres.predict.after': [' after day {day}', ' nach Tag {day}', '{day}日目以降'],
  'pres.guess.peakTime': ['Peak time (h)', 'Zeit der Spitze (h)', 'ピーク時間（時間）'],
  'pres.guess.peakLevel': ['Peak level', 'Spitzenwert', 'ピーク濃度'],
  'pres.guess.daysToPlateau': [
    'Days to plateau (90%)',
    'Tage bis zum Plateau (90 %)',
    'プラトーまでの日数（90%）',
  ],
  'pres.guess.peakTimeShort': ['Peak time', 'Zeit der Spitze', 'ピーク時間'],
  'pres.guess.daysToPlateauShort': ['Days to plateau', 'Tage bis zum Plateau', 'プラトーまでの日数'],
  'pres.guess.group': ['Typed guesses', 'Getippte Schätzungen', '入力した予想'],
  'pres.guess.noSketch': [
    'No sketch was drawn.',
    'Es wurde nichts skizziert.',
    'スケッチは描かれませんでした。',
  ],
  'pres.guess.nothing': [
    'No prediction was drawn or typed.',
    'Es wurde keine Vorhersage skizziert oder eingetippt.',
    '予想は描かれず、入力もされませんでした。',
  ],
  'pres.guess.score': [' Score {score}/100.', ' Punkte: {score}/100.', ' スコア {score}/100。'],

  // Playback (playback.ts).
  'pres.playback.day': ['Day {day}', 'Tag {day}', '{day}日目'],
  'pres.playback.dayHours': ['Day {day} ({hours} h)', 'Tag {day} ({hours} h)', '{day}日目（{hours}時間）'],

  // Presentation mode (PresentationMode.tsx).
  'pres.mode.label': ['Presentation mode', 'Präsentationsmodus', 'プレゼンテーションモード'],
  'pres.mode.blanked': [
    'Screen blanked: press B, a scene key or click to show it again.',
    'Bildschirm ausgeblendet: B, eine Szenentaste oder ein Klick zeigt ihn wieder.',
    '画面を消しています：B、シーン切り替えキー、またはクリックで再表示します。',
  ],
  'pres.mode.editor': ['Lesson editor', 'Lektionseditor', 'レッスンエディター'],
  'pres.mode.sceneCount': [
    '{n, plural, one {# scene} other {# scenes}}',
    '{n, plural, one {# Szene} other {# Szenen}}',
    '{n}シーン',
  ],
  'pres.mode.sceneOf': ['Scene {n} of {count}', 'Szene {n} von {count}', 'シーン {n}／{count}'],
  'pres.mode.chart': [
    'Presentation chart, {kind, select, tissue {tissue exposure} other {plasma concentration}}: {labels}',
    'Präsentationsdiagramm, {kind, select, tissue {Gewebeexposition} other {Plasmakonzentration}}: {labels}',
    'プレゼンテーションのグラフ、{kind, select, tissue {組織曝露} other {血漿中濃度}}：{labels}',
  ],
  'pres.mode.unknownPlaceholder': [
    'No number is called {name}',
    'Keine Zahl heißt {name}',
    '{name}という数値はありません',
  ],
  'pres.mode.controls': ['Presentation controls', 'Präsentationssteuerung', 'プレゼンテーションの操作'],
  'pres.mode.previous': ['◀ Previous', '◀ Zurück', '◀ 前へ'],
  'pres.mode.next': ['Next ▶', 'Weiter ▶', '次へ ▶'],
  'pres.mode.reveal': ['Reveal ▶', 'Aufdecken ▶', '答え合わせ ▶'],
  'pres.mode.clearSketch': ['Clear sketch', 'Skizze löschen', 'スケッチを消去'],
  'pres.mode.pause': ['❚❚ Pause', '❚❚ Anhalten', '❚❚ 一時停止'],
  'pres.mode.play': ['▶ Play', '▶ Abspielen', '▶ 再生'],
  'pres.mode.playStep': ['▶ Play (step)', '▶ Abspielen (Schritt)', '▶ 再生（ステップ）'],
  'pres.mode.time': ['Time', 'Zeit', '時間'],
  'pres.mode.halfLife': ['Half-life marker', 'Halbwertszeit-Markierung', '半減期の表示'],
  'pres.mode.steadyState': ['Steady-state band', 'Steady-State-Band', '定常状態の帯'],
  'pres.mode.threshold': ['Threshold', 'Schwelle', 'しきい値'],
  'pres.mode.doses': ['Dose markers', 'Dosismarken', '服用マーク'],
  'pres.mode.thresholdLevel': ['Threshold level', 'Schwellenwert', 'しきい値の濃度'],
  'pres.mode.editLesson': ['Edit lesson…', 'Lektion bearbeiten…', 'レッスンを編集…'],
  'pres.mode.addView': [
    'Add current view as a scene',
    'Aktuelle Ansicht als Szene hinzufügen',
    '現在の表示をシーンとして追加',
  ],
  'pres.mode.removeScene': ['Remove scene', 'Szene entfernen', 'シーンを削除'],
  'pres.mode.saveLesson': ['Save lesson…', 'Lektion speichern…', 'レッスンを保存…'],
  'pres.mode.openLesson': ['Open lesson…', 'Lektion öffnen…', 'レッスンを開く…'],
  'pres.mode.builtInStory': ['Built-in story', 'Eingebaute Geschichte', '組み込みのストーリー'],
  'pres.mode.exit': ['Exit (Esc)', 'Beenden (Esc)', '終了（Esc）'],
  'pres.mode.more': ['More…', 'Mehr…', 'その他…'],
  'pres.mode.keysPredict': [
    'Draw on the chart · Page Down, → or Space: reveal · Esc: leave',
    'Auf das Diagramm zeichnen · Bild ab, → oder Leertaste: aufdecken · Esc: verlassen',
    'グラフに描く · Page Down、→、スペース：答え合わせ · Esc：終了',
  ],
  'pres.mode.keys': [
    '← → or Page Up/Down: scenes · Space: play/pause · Esc: leave',
    '← → oder Bild auf/ab: Szenen · Leertaste: Abspielen/Pause · Esc: verlassen',
    '← → または Page Up/Down：シーン · スペース：再生／一時停止 · Esc：終了',
  ],

  // Lesson editor (LessonEditor.tsx).
  'pres.edit.hide.curve': ['the whole curve', 'die ganze Kurve', '曲線全体'],
  'pres.edit.hide.future': ['the curve after a day', 'die Kurve ab einem Tag', 'ある日以降の曲線'],
  'pres.edit.hide.numbers': ['only the numbers', 'nur die Zahlen', '数値のみ'],
  'pres.edit.lessonTitle': ['Lesson title', 'Titel der Lektion', 'レッスンの題名'],
  'pres.edit.done': ['Done: show scene {n}', 'Fertig: Szene {n} zeigen', '完了：シーン{n}を表示'],
  'pres.edit.help': [
    'Drag a scene by its handle, or press Alt+↑ / Alt+↓ in it, to reorder. Click a scene to edit its caption, annotations and prediction.',
    'Ziehen Sie eine Szene an ihrem Griff oder drücken Sie darin Alt+↑ / Alt+↓, um die Reihenfolge zu ändern. Klicken Sie auf eine Szene, um Bildtext, Markierungen und Vorhersage zu bearbeiten.',
    'シーンのハンドルをドラッグするか、シーン内でAlt+↑／Alt+↓を押すと順序を変えられます。シーンをクリックすると説明文、注釈、予想を編集できます。',
  ],
  'pres.edit.handle': [
    'Scene {n}: drag, or Alt+Up/Down, to move',
    'Szene {n}: ziehen oder Alt+Auf/Ab zum Verschieben',
    'シーン{n}：ドラッグまたはAlt+↑／↓で移動',
  ],
  'pres.edit.handleTitle': [
    'Drag to reorder (or Alt+↑/↓)',
    'Ziehen zum Umordnen (oder Alt+↑/↓)',
    'ドラッグで並べ替え（またはAlt+↑/↓）',
  ],
  'pres.edit.sceneTitle': ['Scene {n} title', 'Titel von Szene {n}', 'シーン{n}の題名'],
  'pres.edit.defaultSceneTitle': ['Scene {n}', 'Szene {n}', 'シーン{n}'],
  'pres.edit.predicts': ['predicts', 'Vorhersage', '予想'],
  'pres.edit.moveUp': ['Move up', 'Nach oben', '上へ'],
  'pres.edit.moveDown': ['Move down', 'Nach unten', '下へ'],
  'pres.edit.duplicate': ['Duplicate', 'Duplizieren', '複製'],
  'pres.edit.delete': ['Delete', 'Löschen', '削除'],
  'pres.edit.settings': ['Scene {n} settings', 'Einstellungen von Szene {n}', 'シーン{n}の設定'],
  'pres.edit.caption': ['Scene {n} caption', 'Bildtext von Szene {n}', 'シーン{n}の説明文'],
  'pres.edit.captionEmpty': [
    'Empty: the computed caption is shown',
    'Leer: Der berechnete Bildtext wird gezeigt',
    '空欄：計算された説明文が表示されます',
  ],
  'pres.edit.onScreen': ['On screen: ', 'Auf dem Bildschirm: ', '画面表示：'],
  'pres.edit.placeholders': [
    'Numbers that follow the scene:',
    'Zahlen, die der Szene folgen:',
    'シーンに合わせて変わる数値：',
  ],
  'pres.edit.placeholdersAfter': [
    '. They describe the compound with the longest half-life shown. Write {open} and {close} for braces.',
    '. Sie beschreiben die gezeigte Substanz mit der längsten Halbwertszeit. Schreiben Sie {open} und {close} für geschweifte Klammern.',
    '。表示中で半減期が最も長い化合物についての値です。波括弧は{open}と{close}と書きます。',
  ],
  'pres.edit.prediction': ['Prediction', 'Vorhersage', '予想'],
  'pres.edit.predictFirst': [
    'The class predicts this scene first',
    'Die Klasse sagt diese Szene zuerst vorher',
    'このシーンはまずクラスで予想する',
  ],
  'pres.edit.tissueNote': [
    'The tissue chart has no curve to sketch; predictions use plasma scenes.',
    'Das Gewebediagramm hat keine Kurve zum Skizzieren; Vorhersagen nutzen Plasmaszenen.',
    '組織のグラフにはスケッチする曲線がありません。予想には血漿のシーンを使います。',
  ],
  'pres.edit.hidden': ['Hidden while predicting', 'Verborgen während der Vorhersage', '予想中に隠すもの'],
  'pres.edit.hiddenFromDay': ['Hidden from day', 'Verborgen ab Tag', '隠し始める日'],
  'pres.edit.allowReveal': [
    'Next reveals the real curve',
    'Weiter zeigt die echte Kurve',
    '「次へ」で実際の曲線を表示',
  ],
  'pres.edit.typedGuesses': ['Typed guesses:', 'Getippte Schätzungen:', '入力する予想：'],
  'pres.edit.annotations': [
    'Annotations the scene opens with',
    'Markierungen beim Öffnen der Szene',
    'シーンを開いたときの注釈',
  ],
  'pres.edit.thresholdAt': ['Threshold at', 'Schwelle bei', 'しきい値'],
  'pres.edit.sceneThreshold': ['Scene threshold', 'Schwelle der Szene', 'シーンのしきい値'],

  // Caption placeholders (captionPlaceholders.ts).
  'pres.placeholder.compound': [
    'the featured compound ("MK-7")',
    'die beschriebene Substanz („MK-7“)',
    '対象の化合物（「MK-7」）',
  ],
  'pres.placeholder.peak': [
    'highest level, with its unit',
    'höchster Spiegel, mit Einheit',
    '最高濃度（単位付き）',
  ],
  'pres.placeholder.peakTime': [
    'hours from the start to the peak',
    'Stunden vom Start bis zur Spitze',
    '開始からピークまでの時間',
  ],
  'pres.placeholder.trough': [
    'lowest level in the last dosing interval',
    'niedrigster Spiegel im letzten Dosierintervall',
    '最後の投与間隔での最低濃度',
  ],
  'pres.placeholder.halfLife': ['terminal half-life', 'terminale Halbwertszeit', '終末相半減期'],
  'pres.placeholder.plateauDays': [
    'days to 90% of the plateau',
    'Tage bis 90 % des Plateaus',
    'プラトーの90%までの日数',
  ],
  'pres.placeholder.noCompound': ['(no compound shown)', '(keine Substanz gezeigt)', '（化合物の表示なし）'],
  'pres.placeholder.noTrough': [
    '(no trough: no repeated doses)',
    '(kein Talspiegel: keine wiederholten Dosen)',
    '（トラフ値なし：反復投与なし）',
  ],
  'pres.placeholder.noPlateau': [
    '(no plateau: no regular repeated doses)',
    '(kein Plateau: keine regelmäßig wiederholten Dosen)',
    '（プラトーなし：定期的な反復投与なし）',
  ],

  // Launcher and the lesson in progress (PresentationLauncher.tsx, useLesson.ts).
  // Why a lesson file or link is refused (presentation/lesson.ts parseLessonText, storySceneProblem).
  'pres.lessonFile.tooLarge': [
    'File is too large for a lesson ({count} characters).',
    'Die Datei ist zu groß für eine Lektion ({count} Zeichen).',
    'レッスンとしてはファイルが大きすぎます（{count}文字）。',
  ],
  'pres.lessonFile.empty': [
    'File is empty: it is not a K2 Kinetics lesson.',
    'Die Datei ist leer: Sie ist keine K2-Kinetics-Lektion.',
    'ファイルが空です：K2 Kineticsのレッスンではありません。',
  ],
  'pres.lessonFile.notObject': [
    'Not a K2 Kinetics lesson: expected a JSON object.',
    'Keine K2-Kinetics-Lektion: Erwartet wurde ein JSON-Objekt.',
    'K2 Kineticsのレッスンではありません：JSONオブジェクトが必要です。',
  ],
  'pres.lessonFile.format': [
    'Not a K2 Kinetics lesson: format should be "{format}"{scenario, select, true { (this is a scenario: open it from the main window)} other {}}.',
    'Keine K2-Kinetics-Lektion: format sollte „{format}“ sein{scenario, select, true { (dies ist ein Szenario: Öffnen Sie es im Hauptfenster)} other {}}.',
    'K2 Kineticsのレッスンではありません：formatは「{format}」である必要があります{scenario, select, true {（これはシナリオです：メインウィンドウで開いてください）} other {}}。',
  ],
  'pres.lessonFile.version': [
    'version: missing or not a positive whole number.',
    'version: fehlt oder ist keine positive ganze Zahl.',
    'version：ないか、正の整数ではありません。',
  ],
  'pres.lessonFile.newer': [
    'version: this lesson is version {version}, written by a newer K2 Kinetics; this version reads up to {max}. Please update the app.',
    'version: Diese Lektion hat Version {version} und wurde von einer neueren K2-Kinetics-Version geschrieben; diese Version liest bis Version {max}. Bitte aktualisieren Sie die App.',
    'version：このレッスンはバージョン{version}で、新しいK2 Kineticsで書かれています。このバージョンが読めるのは{max}までです。アプリを更新してください。',
  ],
  'pres.lessonFile.sceneScenario': [
    'Scene {n}, its scenario: {error}',
    'Szene {n}, ihr Szenario: {error}',
    'シーン{n}のシナリオ：{error}',
  ],
  'pres.lessonFile.tissuePredict': [
    '{scene} draws tissue, not a plasma curve to predict: remove its prediction.',
    '{scene} zeigt Gewebe, keine Plasmakurve zum Vorhersagen: Entfernen Sie ihre Vorhersage.',
    '{scene}は組織を描くもので、予想する血漿中濃度の曲線がありません：予想を外してください。',
  ],
  'pres.lessonFile.futureFrom': [
    "Scene {n}: a prediction of the future part needs the day it starts from (fromDays), before the run's end at day {horizon}.",
    'Szene {n}: Eine Vorhersage des späteren Teils braucht den Tag, an dem er beginnt (fromDays), vor dem Ende des Laufs an Tag {horizon}.',
    'シーン{n}：後半の予想には、開始する日（fromDays）が必要です。計算の終わり（{horizon}日目）より前にしてください。',
  ],
  'pres.lessonFile.about': [
    '{story, select, single_dose {one dose of MK-4 vs MK-7} daily_plateau {daily MK-7 plateau} fat {with and without fat} tissue {tissue reach of MK-4 and MK-7} missed_dose {a missed dose} k1_vs_mk7 {K1 vs MK-7} variation {variation between people} other {why MK-4 needs milligrams}}',
    '{story, select, single_dose {eine Dosis MK-4 gegenüber MK-7} daily_plateau {tägliches MK-7-Plateau} fat {mit und ohne Fett} tissue {Gewebeerreichung von MK-4 und MK-7} missed_dose {eine vergessene Dosis} k1_vs_mk7 {K1 gegenüber MK-7} variation {Unterschiede zwischen Menschen} other {warum MK-4 Milligramm braucht}}',
    '{story, select, single_dose {MK-4とMK-7の1回服用} daily_plateau {毎日のMK-7のプラトー} fat {脂肪ありとなし} tissue {MK-4とMK-7の組織への到達} missed_dose {飲み忘れ} k1_vs_mk7 {K1とMK-7} variation {人による違い} other {MK-4にミリグラムが必要な理由}}',
  ],
  'pres.lessonFile.needsRegimen': [
    "{scene} needs {compound, select, k1 {a} other {an}} {label} regimen; this lesson's scene has only {present}.",
    '{scene} braucht {compound, select, other {ein}} {label}-Schema; die Szene dieser Lektion hat nur {present}.',
    '{scene}には{compound, select, other {{label}}}の投与計画が必要です。このレッスンのシーンには{present}しかありません。',
  ],
  'pres.lessonFile.needsRegular': [
    "{scene} needs regular {label} doses above 0 µg; this lesson's scene has {has, select, one {one dose, not repeated} other {none}}.",
    '{scene} braucht regelmäßige {label}-Dosen über 0 µg; die Szene dieser Lektion hat {has, select, one {eine Dosis, nicht wiederholt} other {keine}}.',
    '{scene}には0 µgを超える{label}の定期的な服用が必要です。このレッスンのシーンには{has, select, one {1回の服用しかなく、繰り返しがありません} other {ありません}}。',
  ],
  'pres.lessonFile.needsFat': [
    '{scene} needs the fat comparison switched on and {label} taken with a meal that has fat.',
    '{scene} braucht den eingeschalteten Fettvergleich und {label} zu einer Mahlzeit mit Fett.',
    '{scene}には、脂肪の比較をオンにし、{label}を脂肪を含む食事と一緒にとることが必要です。',
  ],
  'pres.lessonFile.scene': ['Scene {n} ({about})', 'Szene {n} ({about})', 'シーン{n}（{about}）'],
  'pres.lessonFile.needsMissed': [
    "{scene} needs a missed {label} dose; this lesson's scene misses none.",
    '{scene} braucht eine vergessene {label}-Dosis; in der Szene dieser Lektion wird keine vergessen.',
    '{scene}には{label}の飲み忘れが必要です。このレッスンのシーンには飲み忘れがありません。',
  ],
  'pres.lesson.defaultTitle': ['Vitamin K kinetics', 'Vitamin-K-Kinetik', 'ビタミンKの動態'],
  'pres.lesson.added': [
    'Added "{title}" as a scene.',
    '„{title}“ als Szene hinzugefügt.',
    '「{title}」をシーンとして追加しました。',
  ],
  'pres.lesson.opened': [
    'Opened "{title}" ({n, plural, one {# scene} other {# scenes}}).',
    '„{title}“ geöffnet ({n, plural, one {# Szene} other {# Szenen}}).',
    '「{title}」を開きました（{n}シーン）。',
  ],
  'pres.edit.copyTitle': ['{title} (copy)', '{title} (Kopie)', '{title}（コピー）'],
  // A student's page opened from a #lesson= link (files/LinkedLesson.tsx).
  'pres.link.opening': ['Opening the lesson…', 'Die Lektion wird geöffnet …', 'レッスンを開いています…'],
  'pres.link.close': ['Close', 'Schließen', '閉じる'],
  'pres.lesson.notOpened': ['Not opened: {error}', 'Nicht geöffnet: {error}', '開けませんでした：{error}'],
  'pres.lesson.couldNotOpenFile': [
    'Could not open “{name}”: {error}',
    '„{name}“ konnte nicht geöffnet werden: {error}',
    '「{name}」を開けませんでした：{error}',
  ],
  'pres.lesson.backToStory': [
    'Back to the built-in story.',
    'Zurück zur eingebauten Geschichte.',
    '組み込みのストーリーに戻しました。',
  ],
  'pres.lesson.couldNotSave': [
    'Could not save the lesson: {error}',
    'Die Lektion konnte nicht gespeichert werden: {error}',
    'レッスンを保存できませんでした：{error}',
  ],
  'pres.lesson.saved': [
    'Lesson saved ({n, plural, one {# scene} other {# scenes}}).',
    'Lektion gespeichert ({n, plural, one {# Szene} other {# Szenen}}).',
    'レッスンを保存しました（{n}シーン）。',
  ],
  'pres.lesson.couldNotOpen': [
    'Could not open the file: {error}',
    'Die Datei konnte nicht geöffnet werden: {error}',
    'ファイルを開けませんでした：{error}',
  ],
  'pres.lesson.notRestored': [
    'The lesson in progress could not be restored ({error}); the built-in story is shown.',
    'Die begonnene Lektion konnte nicht wiederhergestellt werden ({error}); die eingebaute Geschichte wird gezeigt.',
    '作成中のレッスンを復元できませんでした（{error}）。組み込みのストーリーを表示しています。',
  ],
  'pres.lesson.notKept': [
    'The lesson in progress could not be kept for next time ({error}). Save it to a file to be safe.',
    'Die begonnene Lektion konnte nicht für das nächste Mal behalten werden ({error}). Speichern Sie sie sicherheitshalber in einer Datei.',
    '作成中のレッスンを次回のために保持できませんでした（{error}）。念のためファイルに保存してください。',
  ],
  'pres.lesson.loading': [
    'Loading presentation…',
    'Präsentation wird geladen…',
    'プレゼンテーションを読み込み中…',
  ],
  'pres.materials.unavailable': [
    'Slides and handouts are not available in this window.',
    'Folien und Handzettel sind in diesem Fenster nicht verfügbar.',
    'このウィンドウではスライドと配布資料を使えません。',
  ],

  // Class materials and sharing (ClassMaterials.tsx, ShareLesson.tsx).
  'pres.materials.group': [
    'Share and export the lesson',
    'Lektion teilen und exportieren',
    'レッスンの共有と書き出し',
  ],
  'pres.materials.share': ['Share with the class…', 'Mit der Klasse teilen…', 'クラスと共有…'],
  'pres.materials.slides': ['Slides (.pptx)', 'Folien (.pptx)', 'スライド（.pptx）'],
  'pres.materials.handout': ['Handout (PDF)…', 'Handzettel (PDF)…', '配布資料（PDF）…'],
  'pres.materials.making': [
    'Making {n, plural, one {# slide} other {# slides}}…',
    '{n, plural, one {# Folie wird} other {# Folien werden}} erstellt…',
    '{n}枚のスライドを作成中…',
  ],
  'pres.materials.preparing': [
    'Preparing the handout…',
    'Der Handzettel wird vorbereitet…',
    '配布資料を準備中…',
  ],
  'pres.share.title': ['Share with the class', 'Mit der Klasse teilen', 'クラスと共有'],
  'pres.share.legend': ['Share', 'Teilen', '共有する範囲'],
  'pres.share.thisScene': [
    'This scene ({n}: {title})',
    'Diese Szene ({n}: {title})',
    'このシーン（{n}：{title}）',
  ],
  'pres.share.wholeLesson': [
    'The whole lesson ({n, plural, one {# scene} other {# scenes}})',
    'Die ganze Lektion ({n, plural, one {# Szene} other {# Szenen}})',
    'レッスン全体（{n}シーン）',
  ],
  'pres.share.qr': [
    'QR code of the link ({n} characters)',
    'QR-Code des Links ({n} Zeichen)',
    'リンクのQRコード（{n}文字）',
  ],
  'pres.share.tooLong': [
    'This link is too long for a QR code ({n} characters; a QR code holds at most {max}): send the link itself, or share one scene.',
    'Dieser Link ist zu lang für einen QR-Code ({n} Zeichen; ein QR-Code fasst höchstens {max}): Senden Sie den Link selbst oder teilen Sie eine einzelne Szene.',
    'このリンクはQRコードには長すぎます（{n}文字。QRコードは最大{max}文字）：リンクそのものを送るか、1つのシーンだけを共有してください。',
  ],
  'pres.share.drawing': ['Drawing the QR code…', 'QR-Code wird gezeichnet…', 'QRコードを作成中…'],
  'pres.share.link': ['Link ({n} characters)', 'Link ({n} Zeichen)', 'リンク（{n}文字）'],
  'pres.share.copy': ['Copy link', 'Link kopieren', 'リンクをコピー'],
  'pres.share.copied': ['Link copied.', 'Link kopiert.', 'リンクをコピーしました。'],
  'pres.share.copyRefused': [
    'The browser did not allow copying: select the link and copy it by hand.',
    'Der Browser hat das Kopieren nicht erlaubt: Markieren Sie den Link und kopieren Sie ihn von Hand.',
    'ブラウザーがコピーを許可しませんでした：リンクを選択して手動でコピーしてください。',
  ],
  'pres.share.localHost': [
    'This address ({host}) opens only on this computer: students’ phones cannot reach it. Open the app from an address they can reach (the school’s web server or a published copy of the browser version), then share again.',
    'Diese Adresse ({host}) öffnet sich nur auf diesem Computer: Die Handys der Schülerinnen und Schüler erreichen sie nicht. Öffnen Sie die App über eine Adresse, die sie erreichen (den Webserver der Schule oder eine veröffentlichte Kopie der Browserversion), und teilen Sie dann erneut.',
    'このアドレス（{host}）はこのコンピューターでしか開けません：生徒のスマートフォンからは届きません。生徒が届くアドレス（学校のウェブサーバーやブラウザー版の公開コピー）からアプリを開いて、もう一度共有してください。',
  ],
  'pres.share.about': [
    'Students open it in the browser version, on a phone too, in student mode: predictions first where the lesson asks for them, and no editing. The lesson is inside the link itself: nothing is sent anywhere.',
    'Die Schülerinnen und Schüler öffnen ihn in der Browserversion, auch auf dem Handy, im Schülermodus: zuerst Vorhersagen, wo die Lektion sie verlangt, und keine Bearbeitung. Die Lektion steckt im Link selbst: Nichts wird irgendwohin gesendet.',
    '生徒はブラウザー版（スマートフォンでも可）の生徒モードで開きます：レッスンが求める場面ではまず予想し、編集はできません。レッスンはリンクそのものに含まれ、どこにも送信されません。',
  ],
  'pres.share.close': ['Close (Esc)', 'Schließen (Esc)', '閉じる（Esc）'],

  // Slides and handout (export/lessonSlides.ts, lessonPages.ts, Handout.tsx).
  'pres.export.predictNote': [
    'Prediction scene: ask the class to sketch the curve they expect before showing this slide.',
    'Vorhersageszene: Bitten Sie die Klasse, die erwartete Kurve zu skizzieren, bevor Sie diese Folie zeigen.',
    '予想のシーン：このスライドを見せる前に、予想する曲線をクラスにスケッチしてもらいましょう。',
  ],
  'pres.export.teachingPoint': ['Teaching point: {text}', 'Lernziel: {text}', '学習のポイント：{text}'],
  'pres.export.numbersHead': [
    "Numbers (computed by K2 Kinetics {version} from this scene's scenario):",
    'Zahlen (von K2 Kinetics {version} aus dem Szenario dieser Szene berechnet):',
    '数値（K2 Kinetics {version}がこのシーンのシナリオから計算）：',
  ],
  'pres.export.schedule': ['Schedule: {schedule}.', 'Dosierschema: {schedule}.', '投与計画：{schedule}。'],
  'pres.export.sources': ['Sources: {sources}', 'Quellen: {sources}', '出典：{sources}'],
  'pres.export.notAdvice': [
    'Educational model, not dosing advice.',
    'Lernmodell, keine Dosierungsempfehlung.',
    '学習用モデルであり、服用の助言ではありません。',
  ],
  'pres.export.subject': [
    'Vitamin K pharmacokinetics (educational model)',
    'Pharmakokinetik von Vitamin K (Lernmodell)',
    'ビタミンKの薬物動態（学習用モデル）',
  ],
  'pres.export.cautionHead': [
    'On warfarin or another vitamin K antagonist?',
    'Nehmen Sie Warfarin oder einen anderen Vitamin-K-Antagonisten?',
    'ワルファリンなどのビタミンK拮抗薬を服用していますか？',
  ],
  'pres.export.footer': [
    'K2 Kinetics {version} · educational model, not dosing advice · {n}/{count}',
    'K2 Kinetics {version} · Lernmodell, keine Dosierungsempfehlung · {n}/{count}',
    'K2 Kinetics {version} · 学習用モデル、服用の助言ではありません · {n}/{count}',
  ],
  'pres.export.colophon': [
    'K2 Kinetics {version} · educational model, not dosing advice',
    'K2 Kinetics {version} · Lernmodell, keine Dosierungsempfehlung',
    'K2 Kinetics {version} · 学習用モデル、服用の助言ではありません',
  ],
  'pres.export.slidesFailed': [
    'The slides could not be written (unexpected output).',
    'Die Folien konnten nicht geschrieben werden (unerwartete Ausgabe).',
    'スライドを書き出せませんでした（予期しない出力）。',
  ],
  'pres.export.slidesNotSaved': [
    'Could not save the slides: {error}',
    'Die Folien konnten nicht gespeichert werden: {error}',
    'スライドを保存できませんでした：{error}',
  ],
  'pres.export.canceled': ['Export canceled.', 'Export abgebrochen.', '書き出しを取り消しました。'],
  'pres.export.slidesSaved': [
    'Saved {name} ({n, plural, one {# slide} other {# slides}}, one per scene).',
    '{name} gespeichert ({n, plural, one {# Folie} other {# Folien}}, eine pro Szene).',
    '{name}を保存しました（{n}枚、1シーンに1枚）。',
  ],
  'pres.export.numbers.line': ['{label}: {parts}.', '{label}: {parts}.', '{label}：{parts}。'],
  'pres.export.numbers.peak': [
    'peak {level} {units} at {time}',
    'Spitze {level} {units} nach {time}',
    '{time}後にピーク{level} {units}',
  ],
  'pres.export.numbers.trough': [
    'lowest level in the last dosing interval {level} {units}',
    'niedrigster Spiegel im letzten Dosierintervall {level} {units}',
    '最後の投与間隔での最低濃度{level} {units}',
  ],
  'pres.export.numbers.auc': [
    'AUC {auc} {units}·h over {days}',
    'AUC {auc} {units}·h über {days}',
    '{days}のAUC {auc} {units}·h',
  ],
  'pres.export.numbers.plateau': [
    'plateau {low}–{high} {units}, 90% of it after {days}',
    'Plateau {low}–{high} {units}, Zeit bis 90 % davon: {days}',
    'プラトー{low}〜{high} {units}、{days}でその90%',
  ],
  'pres.export.alt': [
    '{kind, select, tissue {Tissue exposure} other {Plasma level}} over time: {schedule}',
    '{kind, select, tissue {Gewebeexposition} other {Plasmaspiegel}} im Zeitverlauf: {schedule}',
    '{kind, select, tissue {組織曝露} other {血漿中濃度}}の時間推移：{schedule}',
  ],
  'pres.handout.notSaved': [
    'Could not save the handout: {error}',
    'Der Handzettel konnte nicht gespeichert werden: {error}',
    '配布資料を保存できませんでした：{error}',
  ],
  'pres.handout.canceled': ['Not saved.', 'Nicht gespeichert.', '保存しませんでした。'],
  'pres.handout.saved': [
    'Saved {name} ({n, plural, one {# page} other {# pages}}, one per scene).',
    '{name} gespeichert ({n, plural, one {# Seite} other {# Seiten}}, eine pro Szene).',
    '{name}を保存しました（{n}ページ、1シーンに1ページ）。',
  ],
  'pres.handout.about': [
    '{n, plural, one {# page} other {# pages}}, one per scene (A4).',
    '{n, plural, one {# Seite} other {# Seiten}}, eine pro Szene (A4).',
    '{n}ページ、1シーンに1ページ（A4）。',
  ],
  'pres.handout.saveWrites': [
    'Save as PDF writes them to a file.',
    'Als PDF speichern schreibt sie in eine Datei.',
    '「PDFとして保存」でファイルに書き出します。',
  ],
  'pres.handout.savePrints': [
    'Save as PDF opens the print dialog: choose “Save as PDF” as the printer.',
    'Als PDF speichern öffnet den Druckdialog: Wählen Sie „Als PDF speichern“ als Drucker.',
    '「PDFとして保存」で印刷ダイアログが開きます：プリンターに「PDFとして保存」を選んでください。',
  ],
  'pres.handout.saving': ['Saving…', 'Wird gespeichert…', '保存中…'],
  'pres.handout.save': ['Save as PDF…', 'Als PDF speichern…', 'PDFとして保存…'],
  'pres.handout.close': ['Close (Esc)', 'Schließen (Esc)', '閉じる（Esc）'],
  'pres.handout.predict': [
    'Your prediction: before the reveal, sketch the curve you expect here (when does it peak, how high, how fast does it fall?).',
    'Ihre Vorhersage: Skizzieren Sie vor dem Aufdecken hier die erwartete Kurve (wann ist die Spitze, wie hoch, wie schnell fällt sie?).',
    'あなたの予想：答え合わせの前に、予想する曲線をここにスケッチしましょう（ピークはいつ、どのくらいの高さで、どのくらい速く下がるか）。',
  ],
  'pres.handout.simulated': [
    'Simulated: {schedule}.',
    'Simuliert: {schedule}.',
    'シミュレーション：{schedule}。',
  ],
  'pres.handout.sources': ['Sources:', 'Quellen:', '出典：'],
  'pres.handout.label': ['Handout: {title}', 'Handzettel: {title}', '配布資料：{title}'],
  'pres.handout.page': ['Page {n}: {title}', 'Seite {n}: {title}', '{n}ページ：{title}'],
} as const satisfies Record<string, Entry>;
