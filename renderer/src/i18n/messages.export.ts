/**
 * The words of exports and of the messages around them (the exported figure's title, caption and footer, the
 * tornado figure, the export's progress and confirmations, the preview, a large calculation's progress, share
 * links and the session's notices) in English, German and Japanese, in the shape of messages.ts: each entry is
 * [en, de, ja] in ICU MessageFormat. Numbers arrive formatted in the UI's locale; data files (CSV) use the
 * English column with the neutral locale (neutral.ts).
 */
type Entry = readonly [en: string, de: string, ja: string];

export const EXPORT_MESSAGES = {
  // The exported figure (export/caption.ts, export/figureSpec.ts).
  'figure.title': [
    '{labels} in plasma{tissue, select, yes { and tissue} other {}}',
    '{labels} im Plasma{tissue, select, yes { und im Gewebe} other {}}',
    '{labels}の血漿中濃度{tissue, select, yes {と組織} other {}}',
  ],
  'figure.noneShown': [
    'No compound shown, {duration}',
    'Keine Substanz angezeigt, {duration}',
    '表示中の化合物なし、{duration}',
  ],
  'figure.caption': [
    '{clauses}, {duration}{compare}{personal}',
    '{clauses}, {duration}{compare}{personal}',
    '{clauses}、{duration}{compare}{personal}',
  ],
  'figure.compareFat': [
    '; dashed: the same doses without fat',
    '; gestrichelt: dieselben Dosen ohne Fett',
    '；破線：脂肪なしで同じ服用',
  ],
  'figure.personal': [
    '; every level ×{factor}, the personal factor {from}{stale}',
    '; jeder Spiegel ×{factor}, der persönliche Faktor {from}{stale}',
    '；すべての濃度×{factor}（個人係数：{from}{stale}）',
  ],
  'figure.fittedTo': [
    'fitted to {n, plural, one {# measured level} other {# measured levels}}',
    'angepasst an {n, plural, one {# Messwert} other {# Messwerte}}',
    '{n, plural, other {#件の測定値に合わせたもの}}',
  ],
  'figure.byHand': ['set by hand', 'von Hand gesetzt', '手で設定'],
  'figure.stale': [
    ' (the levels or doses have changed since)',
    ' (Messwerte oder Dosen haben sich seitdem geändert)',
    '、その後に測定値か服用が変更されています',
  ],
  'figure.footer': [
    'K2 Kinetics {version} · {model, select, two {compartment model (K1: two compartments)} other {one-compartment model}} with meal-fat absorption{tissue, select, yes {; tissue curves are illustrative} other {}} · Sources: {sources} · Educational simulation, not medical advice',
    'K2 Kinetics {version} · {model, select, two {Kompartimentmodell (K1: zwei Kompartimente)} other {Ein-Kompartiment-Modell}} mit Resorption abhängig vom Fett der Mahlzeit{tissue, select, yes {; Gewebekurven sind illustrativ} other {}} · Quellen: {sources} · Lernsimulation, keine medizinische Beratung',
    'K2 Kinetics {version} · 食事の脂肪による吸収を含む{model, select, two {コンパートメントモデル（K1：2コンパートメント）} other {1コンパートメントモデル}}{tissue, select, yes {；組織の曲線は説明用} other {}} · 出典：{sources} · 学習用シミュレーションであり、医学的助言ではありません',
  ],

  // The tornado figure and chart (sensitivity/TornadoFigure.tsx, TornadoChart.tsx, sensitivityFigure.ts).
  'tornado.figTitle': [
    'Sensitivity of {label}: each parameter across its range',
    'Empfindlichkeit von {label}: jeder Parameter über seinen Bereich',
    '{label}の感度：各パラメーターをその範囲で変化',
  ],
  'tornado.keyLow': ['parameter at the low end', 'Parameter am unteren Ende', 'パラメーターが下限'],
  'tornado.keyHigh': [
    'at the high end (black line: typical)',
    'am oberen Ende (schwarze Linie: typisch)',
    '上限（黒線：標準値）',
  ],
  'tornado.rangesFrom': ['Ranges from: {sources}.', 'Bereiche nach: {sources}.', '範囲の出典：{sources}。'],
  'tornado.disclaimer': [
    'K2 Kinetics: educational model, not dosing advice.',
    'K2 Kinetics: Lernmodell, keine Dosierungsempfehlung.',
    'K2 Kinetics：学習用モデルであり、服用量の助言ではありません。',
  ],
  'tornado.regimenText': ['{regimen}, {duration}', '{regimen}, {duration}', '{regimen}、{duration}'],
  'tornado.bar': [
    '{label}, {range}: {metric} {low} to {high} {unit}',
    '{label}, {range}: {metric} {low} bis {high} {unit}',
    '{label}、{range}：{metric} {low}〜{high} {unit}',
  ],
  'tornado.summary': [
    '{title}, typical {baseline} {unit}. Largest effects: {top}.',
    '{title}, typisch {baseline} {unit}. Größte Wirkungen: {top}.',
    '{title}、標準値 {baseline} {unit}。影響の大きいもの：{top}。',
  ],
  'tornado.emptySummary': ['{title}: {empty}', '{title}: {empty}', '{title}：{empty}'],
  'tornado.barTitle': [
    '{bar}. Sources: {sources}. {note}',
    '{bar}. Quellen: {sources}. {note}',
    '{bar}。出典：{sources}。{note}',
  ],
  'tornado.noSources': ['none', 'keine', 'なし'],
  'tornado.timesTypical': ['× typical', '× typisch', '×標準値'],

  // An export's progress and its confirmation (export/runExport.ts, csvStreamRunner.ts, rasterize.ts).
  'run.simulating': [
    'Simulating at full resolution',
    'Simulation in voller Auflösung',
    '最大解像度でシミュレーション中',
  ],
  'run.writingRows': ['Writing CSV rows', 'CSV-Zeilen werden geschrieben', 'CSVの行を書き込み中'],
  'run.saving': ['Saving', 'Wird gespeichert', '保存中'],
  'run.drawing': ['Drawing the figure', 'Abbildung wird gezeichnet', '図を描画中'],
  'run.rendering': ['Rendering pixels', 'Pixel werden berechnet', 'ピクセルを生成中'],
  'run.canceled': ['Export canceled.', 'Export abgebrochen.', '書き出しを中止しました。'],
  'run.csvFailed': [
    'Could not save the CSV: {error}',
    'Die CSV-Datei konnte nicht gespeichert werden: {error}',
    'CSVを保存できませんでした：{error}',
  ],
  'run.csvNotMade': [
    'The CSV could not be made: {error}',
    'Die CSV-Datei konnte nicht erstellt werden: {error}',
    'CSVを作成できませんでした：{error}',
  ],
  'run.copyFailed': [
    'Could not copy the image: {error}',
    'Das Bild konnte nicht kopiert werden: {error}',
    '画像をコピーできませんでした：{error}',
  ],
  'run.saveFailed': [
    'Could not save the {format}: {error}',
    'Die {format}-Datei konnte nicht gespeichert werden: {error}',
    '{format}を保存できませんでした：{error}',
  ],
  'run.savedRows': [
    'Saved {name} ({rows, plural, one {# row} other {# rows}}).',
    '{name} gespeichert ({rows, plural, one {# Zeile} other {# Zeilen}}).',
    '{name}を保存しました（{rows, plural, other {#行}}）。',
  ],
  'run.savedParameters': [
    'Saved {name} (parameters).',
    '{name} gespeichert (Parameter).',
    '{name}を保存しました（パラメーター）。',
  ],
  'run.copied': [
    'Copied the chart as an image ({size}); paste it into your slides.',
    'Diagramm als Bild kopiert ({size}); fügen Sie es in Ihre Folien ein.',
    'グラフを画像としてコピーしました（{size}）。スライドに貼り付けてください。',
  ],
  'run.saved': ['Saved {name} ({size}).', '{name} gespeichert ({size}).', '{name}を保存しました（{size}）。'],
  'run.bandsLeftOut': [
    'Saved without the variation between people: the bands need more than the {limit} values allowed (see the note under the switch).',
    'Ohne die Streuung zwischen Personen gespeichert: Die Bänder bräuchten mehr als die erlaubten {limit} Werte (siehe den Hinweis unter dem Schalter).',
    '個人差の帯なしで保存しました。帯には上限の{limit}個を超える値が必要です（スイッチの下の注記を参照）。',
  ],
  'run.sizePx': ['{w} × {h} px', '{w} × {h} px', '{w} × {h} px'],
  'run.sizeVector': ['{w} × {h}, vector', '{w} × {h}, Vektor', '{w} × {h}、ベクター'],
  'run.noCanvas': [
    'This browser cannot draw images (no 2D canvas).',
    'Dieser Browser kann keine Bilder zeichnen (kein 2D-Canvas).',
    'このブラウザーは画像を描画できません（2D canvasがありません）。',
  ],
  'run.imageTooLarge': [
    'The image is too large for this browser to encode; choose a lower pixel density.',
    'Das Bild ist zu groß, als dass dieser Browser es kodieren könnte; wählen Sie eine geringere Pixeldichte.',
    'この画像はブラウザーで書き出すには大きすぎます。ピクセル密度を下げてください。',
  ],

  // The export preview (export/ExportPreview.tsx).
  'preview.label': ['Export preview', 'Exportvorschau', '書き出しのプレビュー'],
  'preview.legend': ['Preview', 'Vorschau', 'プレビュー'],
  'preview.building': ['Building the {format}…', '{format} wird erstellt …', '{format}を作成中…'],
  'preview.facts': [
    '{name}: {size}, {bytes}. This is the file Save writes, with the scenario inside: Open… takes it back.',
    '{name}: {size}, {bytes}. Genau diese Datei schreibt Speichern, mit dem Szenario darin: Öffnen … liest es wieder ein.',
    '{name}：{size}、{bytes}。「保存」で書き出すのはこのファイルで、シナリオが含まれています。「開く…」で読み込めます。',
  ],
  'preview.kB': ['{n} kB', '{n} kB', '{n} kB'],
  'preview.MB': ['{n} MB', '{n} MB', '{n} MB'],
  'preview.alt': [
    'The {format} file as it will be saved: {name}',
    'Die {format}-Datei, wie sie gespeichert wird: {name}',
    '保存される{format}ファイル：{name}',
  ],
  'preview.save': ['Save this {format}', 'Dieses {format} speichern', 'この{format}を保存'],
  'preview.close': ['Close', 'Schließen', '閉じる'],

  // A large calculation's progress (view/WorkProgress.tsx).
  'work.describe': [
    '{curves, plural, one {# curve} other {# curves}}, {doses, plural, one {# dose} other {# doses}}, {points, plural, one {# point} other {# points}} each',
    '{curves, plural, one {# Kurve} other {# Kurven}}, {doses, plural, one {# Dosis} other {# Dosen}}, je {points, plural, one {# Punkt} other {# Punkte}}',
    '{curves, plural, other {曲線#本}}、{doses, plural, other {服用#回}}、各{points, plural, other {#点}}',
  ],
  'work.failed': [
    'The chart could not be calculated: {error}',
    'Das Diagramm konnte nicht berechnet werden: {error}',
    'グラフを計算できませんでした：{error}',
  ],
  'work.canceled': [
    'Calculation cancelled ({work}). The chart shows the last result.',
    'Berechnung abgebrochen ({work}). Das Diagramm zeigt das letzte Ergebnis.',
    '計算を中止しました（{work}）。グラフには前回の結果が表示されています。',
  ],
  'work.again': ['Calculate again', 'Erneut berechnen', 'もう一度計算'],
  'work.label': ['Calculating the chart', 'Diagramm wird berechnet', 'グラフを計算中'],
  'work.running': [
    'Calculating a large scenario ({work}): {over, select, true {{elapsed} s, longer than the {expected} s estimated for a typical computer} other {{elapsed} s of about {expected} s}}. The page stays usable meanwhile.',
    'Ein großes Szenario wird berechnet ({work}): {over, select, true {{elapsed} s, länger als die für einen typischen Computer geschätzten {expected} s} other {{elapsed} s von etwa {expected} s}}. Die Seite bleibt währenddessen bedienbar.',
    '大きなシナリオを計算中（{work}）：{over, select, true {{elapsed}秒（標準的なコンピューターでの見積もり{expected}秒より長くかかっています）} other {約{expected}秒中{elapsed}秒}}。その間もページは使えます。',
  ],
  'work.progress': ['Calculation progress', 'Fortschritt der Berechnung', '計算の進行状況'],
  'work.cancel': ['Cancel', 'Abbrechen', '中止'],

  // Share links (files/shareLink.ts) and the session's notices (session/).
  'shareLink.what': ['the scenario in this link', 'das Szenario in diesem Link', 'このリンクのシナリオ'],
  'shareLink.openFailed': [
    'Could not open the scenario in this link: {error} Your current scenario is unchanged.',
    'Das Szenario in diesem Link konnte nicht geöffnet werden: {error} Ihr aktuelles Szenario bleibt unverändert.',
    'このリンクのシナリオを開けませんでした：{error} 今のシナリオはそのままです。',
  ],
  'shareLink.lessonFailed': [
    'Could not open the lesson in this link: {error}',
    'Die Lektion in diesem Link konnte nicht geöffnet werden: {error}',
    'このリンクのレッスンを開けませんでした：{error}',
  ],
  'session.undoReturns': [
    '{message} Undo returns to what you had before.',
    '{message} Rückgängig stellt den vorherigen Stand wieder her.',
    '{message}「元に戻す」で前の状態に戻ります。',
  ],
  'session.saveFailed': [
    'Your work could not be saved for recovery: {error} Save it to a file to be safe.',
    'Ihre Arbeit konnte nicht für die Wiederherstellung gesichert werden: {error} Speichern Sie sie zur Sicherheit in einer Datei.',
    '復元用に作業を保存できませんでした：{error} 念のためファイルに保存してください。',
  ],
  'session.saveFailedWhy': [
    'Your work could not be saved for recovery ({error}). Save it to a file to be safe.',
    'Ihre Arbeit konnte nicht für die Wiederherstellung gesichert werden ({error}). Speichern Sie sie zur Sicherheit in einer Datei.',
    '復元用に作業を保存できませんでした（{error}）。念のためファイルに保存してください。',
  ],
  // The part of the app an error screen names (errors/ErrorBoundary.tsx; `what` as App.tsx writes it, spaces as _).
  'error.view': [
    '{what, select, the_plasma_chart {the plasma chart} the_tissue_chart {the tissue chart} the_dose_schedule_and_measured_levels {the dose schedule and measured levels} the_numbers_table {the numbers table} the_sensitivity_chart {the sensitivity chart} the_app {the app} other {{text}}}',
    '{what, select, the_plasma_chart {des Plasmadiagramms} the_tissue_chart {des Gewebediagramms} the_dose_schedule_and_measured_levels {des Dosierplans und der Messwerte} the_numbers_table {der Zahlentabelle} the_sensitivity_chart {des Sensitivitätsdiagramms} the_app {der App} other {{text}}}',
    '{what, select, the_plasma_chart {血漿中濃度のグラフ} the_tissue_chart {組織のグラフ} the_dose_schedule_and_measured_levels {服用スケジュールと測定値} the_numbers_table {数値の表} the_sensitivity_chart {感度グラフ} the_app {アプリ} other {{text}}}',
  ],
  // The chart's words outside its drawn text, on screen and in exported SVGs: each dose marker's name and
  // tooltip (plot/DoseControl.tsx, plot/marks/DoseRows.tsx), a group of measured levels' title
  // (plot/marks/MeasuredPoints.tsx) and the chart's text alternative (plot/summary.ts).
  'chart.dose': [
    '{many, select, true {Dose {n} of {label} at day {day} ({state})} other {Dose {n} at day {day} ({state})}}',
    '{many, select, true {Dosis {n} von {label} an Tag {day} ({state})} other {Dosis {n} an Tag {day} ({state})}}',
    '{many, select, true {{label}の{n}回目の服用、開始から{day}日（{state}）} other {{n}回目の服用、開始から{day}日（{state}）}}',
  ],
  'chart.doseState': [
    '{state, select, missed {missed} extra {extra dose} double {taken, double dose} multiple {taken, {units}× dose} other {taken}}',
    '{state, select, missed {ausgelassen} extra {Extradosis} double {eingenommen, doppelte Dosis} multiple {eingenommen, {units}-fache Dosis} other {eingenommen}}',
    '{state, select, missed {飲み忘れ} extra {追加の服用} double {服用済み、2回分を同時に} multiple {服用済み、{units}回分を同時に} other {服用済み}}',
  ],
  'chart.doseToggle': [
    '{label}: Enter to mark it {missed, select, true {taken} other {missed}}',
    '{label}: Eingabetaste markiert sie als {missed, select, true {eingenommen} other {ausgelassen}}',
    '{label}：Enterキーで{missed, select, true {服用済み} other {飲み忘れ}}にします',
  ],
  'chart.doseUnits': [
    'Dose {n} at day {day}: {state, select, double {double dose} other {{units}× dose}}',
    'Dosis {n} an Tag {day}: {state, select, double {doppelte Dosis} other {{units}-fache Dosis}}',
    '{n}回目の服用、開始から{day}日：{state, select, double {2回分を同時に} other {{units}回分を同時に}}',
  ],
  'chart.measuredGroup': [
    '{count} measured levels of {series}',
    '{count} Messwerte von {series}',
    '{series}の測定値{count}件',
  ],
  'chart.summary.tissueHead': [
    'Tissue exposure (illustrative model): carboxylated osteocalcin (bone) and MGP (artery) in % over {n, plural, one {{days} day} other {{days} days}}',
    'Gewebeexposition (illustratives Modell): carboxyliertes Osteocalcin (Knochen) und MGP (Arterie) in % über {n, plural, one {{days} Tag} other {{days} Tage}}',
    '組織曝露（説明用モデル）：{n, plural, other {{days}日間}}のカルボキシル化オステオカルシン（骨）とMGP（動脈）の割合（%）',
  ],
  'chart.summary.plasmaHead': [
    'Plasma concentration ({units}) over {n, plural, one {{days} day} other {{days} days}}, {log, select, true {log} other {linear}} axis',
    'Plasmakonzentration ({units}) über {n, plural, one {{days} Tag} other {{days} Tage}}, {log, select, true {logarithmische} other {lineare}} Achse',
    '{n, plural, other {{days}日間}}の血漿中濃度（{units}）、{log, select, true {対数} other {線形}}軸',
  ],
  'chart.summary.none': [
    '{head}: no compound shown.',
    '{head}: keine Substanz angezeigt.',
    '{head}：表示中の成分はありません。',
  ],
  'chart.summary.tissueEnd': ['{label} about {pct}%', '{label} etwa {pct} %', '{label} 約{pct}%'],
  'chart.summary.tissue': [
    '{head}. At the end (illustrative): {ends} (baseline {bone}% bone, {artery}% artery).',
    '{head}. Am Ende (illustrativ): {ends} (Ausgangswert {bone} % Knochen, {artery} % Arterie).',
    '{head}。終了時（説明用）：{ends}（基準値：骨{bone}%、動脈{artery}%）。',
  ],
  'chart.summary.line': [
    '{label}: peak {peak} at day {day}, {last} at the end',
    '{label}: Spitze {peak} an Tag {day}, {last} am Ende',
    '{label}：開始から{day}日にピーク{peak}、終了時{last}',
  ],
  'chart.summary.plasma': ['{head}. {lines}.{floor}', '{head}. {lines}.{floor}', '{head}。{lines}。{floor}'],
  'chart.summary.floor': [
    ' Values below {floor} are drawn at that floor.',
    ' Werte unter {floor} werden an dieser Untergrenze gezeichnet.',
    '{floor}未満の値はその下限に描かれます。',
  ],
} as const satisfies Record<string, Entry>;
