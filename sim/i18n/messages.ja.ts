import type { SimMessageId } from './messages.en';

/** sim/'s sentences and messages in Japanese (see messages.en.ts for the meaning of each id). */
export const SIM_MESSAGES_JA: Readonly<Record<SimMessageId, string>> = {
  'time.dayAt': '{day}日目',
  'time.dayOf': '{day}日目',
  'duration.min': '{n}分',
  'duration.h': '{n}時間',
  'duration.days': '{n, plural, other {{text}日}}',
  'duration.years': '{days}（{years}年）',

  'change.missed': '{day}の{count, plural, =1 {飲み忘れ} other {飲み忘れ#回}}',
  'change.removed': '{day}の{count, plural, =1 {削除した服用} other {削除した服用#回}}',
  'change.added': '{day}の{count, plural, =1 {追加した服用} other {追加した服用#回}}',
  'change.edited':
    '{day}の{details}{copies, select, 1 {} 2 {2倍量の} 3 {3倍量の} changed {変更した} other {{copies}倍量の}}服用{count, plural, =1 {} other {#回}}',
  'change.amount': '{amountUg} µgの',
  'change.movedLater': '{duration}遅らせた',
  'change.movedEarlier': '{duration}早めた',
  'change.movedTo': '（{clock}へ）',
  'change.with': '{what}と一緒の',
  'change.fat': '脂肪{fatG} g',
  'stretch.timesPlan': '計画した濃度の最大{times}倍',
  'stretch.byPct': '最大{pct}%',
  'stretch.at': '{time}',
  'stretch.fromTo': '{from}から{to}まで',
  'stretch.nearZero': '計画した濃度がまだほぼゼロの間',
  'stretch.how': '{size}（{time}）',
  'stretch.because': '、原因：{causes}',
  'stretch.moreChanges': '{n, plural, other {ほか#件の変更}}',
  'stretch.earlier': 'それ以前の変更の可能性',
  'stretch.whole': '{when}、{how}{why}',
  'comparison.direction':
    '{direction, select, below {計画より低い：} other {計画より高い：}}{stretches}{more, plural, =0 {} other {；ほか#区間}}。',
  'comparison.stretchJoin': '{first}；{next}',
  'comparison.within': 'あなたの変更では、濃度は期間全体を通じて計画の{pct}%以内に収まります。',
  'comparison.stillDiffer': '期間の終わりでも、2つの曲線の差は{pct}%を超えています。',
  'comparison.againAfter': '{time}から再び計画の{pct}%以内（最後の変更から{days}日後）。',
  'comparison.againLater': '{time}から再び計画の{pct}%以内。それ以降の変更は{pct}%以内に収まります。',
  'crossing.never': 'この期間中、{label}は{threshold} {unit}に達しません。',
  'crossing.first': '{label}は{time}（開始から{hours}時間後）に初めて{threshold} {unit}に達します。',
  'steady.day': '{day}日目：定常状態の{pct}%',

  'schedule.interval': '{dose} µgを{interval}時間ごと{meal}{count}{extras}',
  'schedule.withMeal': '、脂肪{fat} gの食事と一緒に',
  'schedule.fasted': '、空腹時',
  'schedule.doseCount': '（{n, plural, other {#回}}）',
  'schedule.missed': '{n, plural, other {飲み忘れ#回}}',
  'schedule.extra': '{n, plural, other {追加服用#回}}',
  'schedule.extras': '、{items}',
  'schedule.pattern': '{dose} µgを{when}、{times}に（{meals}）{edits}',
  'schedule.timesADay': '{n, plural, other {1日#回}}',
  'schedule.timesADayAfter': '{dose} µgを{when}（初回の{offsets}時間後にも）{meal}{count}',
  'schedule.everyOtherDay': '1日おき',
  'schedule.weekdays': '平日',
  'schedule.edits': '、{n, plural, other {#回分}}を変更または追加',
  'meal.name': '{meal, select, breakfast {朝食} lunch {昼食} dinner {夕食} snack {間食} other {食事なし}}',
  'scenario.clause': '{labels}：{words}',
  'scenario.defaultTitle': 'ビタミンK濃度の推移',
  'scenario.titleJoin': '{title}；{clause}',
  'scenario.titleMore': '{title}；{n, plural, other {ほか#件の投与計画}}',

  'rule.finite': '有限の数値にしてください',
  'rule.atMost': '{value}以下にしてください',
  'rule.whole': '整数にしてください',
  'rule.min': '{value}{exclusive, select, true {より大きく} other {以上に}}してください',
  'rule.range': '{min}{exclusive, select, true {より大きく} other {以上}}、{max}以下',
  'rule.withUnit': '{value} {unit, select, days {日} h {時間} other {{unit}}}',

  'factor.fitted': 'フィット値 ×{factor}',
  'factor.personal': '個人係数 ×{factor}',
  'factor.label': '{label}、{words}',

  'caution.mk7':
    'ビタミンK拮抗薬（ワルファリン、アセノクマロール）を服用している場合は、MK-7をとる前に医師に相談してください。アセノクマロールを服用中の健康な人では、MK-7 10〜20 µg/日ですでに少なくとも40〜60%の人でINRが臨床的に意味のある程度に変動し、45 µg/日ではINRが約40%低下しました（Theuwissen 2013）。',
  'caution.k1':
    'ビタミンK拮抗薬（ワルファリン、アセノクマロール）を服用している場合は、K1をとる前に医師に相談してください。抗凝固薬を服用中の健康なボランティアでは、K1 150 µg/日が有意なINR低下の閾値で、100 µg/日では有意な影響はありませんでした（Schurgers 2004）。',
  'caution.mk4':
    'ビタミンK拮抗薬（ワルファリン、アセノクマロール）を服用している場合は、MK-4をとる前に医師に相談してください。ビタミンKはどの形でもこれらの薬の作用を弱めます。引用した論文には、これらの薬を服用している人にとって安全なMK-4の量は示されていません。',
  'limit.name':
    '{name, select, Dose {用量} Dosing_interval {投与間隔} Duration {期間} Meal_fat {食事の脂肪} Output_step {出力間隔} First_dose_time {初回投与時刻} Number_of_doses {投与回数} Absorption_rate_ka {吸収速度定数ka} Elimination_half_life {消失半減期} Volume_of_distribution {分布容積} Bioavailability_F {バイオアベイラビリティF} Absorption_lag {吸収遅延} Time {時刻} Amount {量} Dose_number {投与番号} Subjects {人数} Seed {乱数シード} Threshold {閾値} Measured_value {測定値} Threshold_level {閾値} other {{name}}}',
  'unit.name': '{unit, select, days {日} fraction {割合} h {時間} min {分} other {{unit}}}',
  'fit.describe':
    '×{factor}{interval}、{n, plural, =1 {測定値#件（この値にちょうど合わせたもの）} other {測定値#件、典型的な誤差{off}%}}',
  'fit.interval': '（95%区間 {low}〜{high}）',
  'fit.noInterval': '（測定値1件：区間なし）',
  'fit.stale':
    'この係数をフィットした後に測定値または服用が変わりました。更新するにはもう一度フィットしてください。',
  'cap.doses':
    'この実行には{count}回の服用が必要ですが、上限は{limit}回です（全投与計画の規則的・追加・飲み忘れの服用）。投与間隔を長くするか期間を短くしてください',
  'cap.points':
    'この実行には{count}点の出力が必要ですが、上限は{limit}点です（全投与計画）。出力間隔を長くするか期間を短くしてください',
  'cap.measured':
    'このシナリオの測定値は{count}件になりますが、上限は{limit}件です。読み込む行を減らすか、先に測定値を削除してください',
  'cap.population':
    '{people}人の個人差には{values}個の値が必要です（人数 ×（出力点＋服用回数））。上限は{limit}です：{advice}',
  'cap.populationAdvice':
    '{adjustable, select, true {人数や服用回数を減らす、出力間隔を長くする、または期間を短くしてください} other {期間を短くするか服用回数を減らしてください（またはシナリオファイルで出力間隔stepMinを長くしてください）}}',
  'cap.moreThan': '{n}超',
  'axis.time': '時間（日）',
  'axis.timeCalendar': '日時（{zone}）',
  'axis.plasma': '血漿中濃度（{units}）',
  'axis.tissue': 'カルボキシル化タンパク質（%、説明用）',
  'view.regimenOfCompound': '{label}（投与計画{n}）',
  'view.noFat': '{label}（脂肪なし）',
  'view.bone': '{label} 骨（オステオカルシン）',
  'view.artery': '{label} 動脈（MGP）',

  'metricNote.steadyState':
    '期間内に定常状態に達しません（その90%に達するのは{unit, select, days {{n}日後} other {{n}時間後}}）。',
  'metricNote.aucWindow': 'AUCの区間が不完全です：これらの服用による曝露の{pct}%は期間の終了後に生じます。',
  'metricNote.noDoses':
    '{what, select, ratio {蓄積率なし：定期的な服用がありません。} zero {服用なし：用量が0 µgです。} none {服用なし：期間内に服用がありません。} other {服用なし：すべての服用を飲み忘れています。}}',
  'metricNote.steadyStateStops':
    '定常状態に達しません：投与計画は{doses}回で終わります。続けた場合、その90%に達するのは{unit, select, days {{n}日後} other {{n}時間後}}です。',
  'metricNote.singleDose':
    '1回の服用で繰り返しなし：投与間隔がないため、最低濃度・蓄積率・定常状態はありません。',
  'metricNote.noInterval':
    '最低濃度も蓄積率もありません：同じ量・同じ食事で等間隔の服用が必要ですが、このパターンにはありません。',
  'metricNote.absorption':
    '1回の服用の吸収に投与間隔より長くかかるため、最初の間隔には最初の服用の一部しか含まれません：観測された比{observed}は、消失だけから求めた値 1/(1 − e^(−ke·τ)) = {theoretical} を上回ります。',
  'marker.calibrated': '較正済み：{detail}',
  'marker.calibratedDetail': '{sources}（対象：{population}）に合わせて較正',
  'marker.population':
    '{p, select, haemodialysis_patients {血液透析患者} postmenopausal_women_with_osteoporosis {骨粗鬆症の閉経後女性} postmenopausal_women_with_osteopenia {骨減少症の閉経後女性} other {{p}}}',
  'marker.illustrative': '説明用：{detail}',
  'marker.missedDetail': '{source}では{pct}%の低下が見られ、モデルの値より大きい',
  'marker.noneDetail': 'この化合物とマーカーについて使える公表試験はありません',
  'fit.noStart': '先に「服用」で開始日時を設定してください。測定値は日付で配置されます。',
  'fit.noLevels': 'フィットするには測定値を1件以上追加してください。',

  'file.tooLarge': 'ファイルがシナリオとしては大きすぎます（{size}文字。上限は{limit}文字）。',
  'file.empty': 'ファイルが空です。K2 Kineticsのシナリオではありません。',
  'file.notObject': 'K2 Kineticsのシナリオではありません。JSONオブジェクトが必要です。',
  'file.noVersion': 'バージョンがないか、正の整数ではありません。K2 Kineticsのシナリオではありません。',
  'file.newer':
    'このファイルはシナリオのバージョン{version}で、新しいK2 Kineticsで書かれています。このバージョンが読めるのは{max}までです。アプリを更新してください。',
  'file.noMigration': 'シナリオのバージョン{version}からの変換がありません。',
  'file.cannotOpen': 'このファイルは開けません：{reason}。',
  'file.savedTooLarge':
    'このシナリオは保存すると{bytes}バイトになり、上限の{limit}バイトを超えます。服用、変更、または測定値を減らしてください',
  'file.notUtf8': 'ファイルがUTF-8テキストではありません。K2 Kineticsのシナリオではありません。',
  'json.kind': '{what, select, scenario {シナリオ} lesson {レッスン} session {セッション} other {{what}}}',
  'json.tooDeep':
    '{line}行{column}列で、リストやオブジェクトが{depth}階層より深く入れ子になっています。K2 Kineticsの{kind}はそこまで深くならないため、これは{kind}ではありません。',
  'json.syntax':
    '{where}：ファイルが途中で切れているか、手で編集して誤りが入ったか、{kind}ではない可能性があります。',
  'json.notValid': '有効なJSONではありません',
  'json.notValidAt': '{line}行{column}列が有効なJSONではありません',

  'issue.regimen': '投与計画{n}',
  'issue.regimenOf': '投与計画{n}（{compound}）',
  'issue.scene': 'シーン{n}',
  'issue.extraDose': '追加服用{n}',
  'issue.missedEntry': '飲み忘れの項目{n}',
  'issue.item': '項目{n}',
  'issue.field':
    '{field, select, format {形式} version {バージョン} name {名前} notes {メモ} label {ラベル} compound {化合物} regimens {投与計画} missedDoses {飲み忘れ} extraDoses {追加服用} overrides {パラメーターの変更} display {表示設定} units {単位} axis {軸} compareFat {脂肪の比較} visible {表示する化合物} showTissue {組織パネル} calendar {カレンダー} start {開始} date {日付} time {時刻} timeZone {タイムゾーン} mealFatG {食事の脂肪} schedule {服用スケジュール} pattern {パターン} slots {服用時刻} edits {服用の変更} added {追加した服用} meal {食事} measured {測定値} value {値} personal {個人係数} factor {係数} timeAxis {時間軸} title {タイトル} caption {キャプション} story {ストーリーのシーン} scenes {シーン一覧} scenario {シナリオ} other {{field}}}',
  'issue.theFile': 'ファイル',
  'issue.unknownFields': '{place}：{n, plural, other {不明な項目}} {keys}',
  'issue.fileRule': 'ファイルは{words}',
  'issue.subjectRule': '{subject}は{words}',
  'issue.placeRule': '{place}：{words}',
  'issue.placeSubjectRule': '{place}：{subject}は{words}',
  'issue.missing': '指定されていません',
  'issue.mustBe': '{wanted}にしてください',
  'issue.type':
    '{type, select, number {数値} int {整数} string {テキスト} boolean {true または false} array {リスト} object {オブジェクト} other {{type}}}',
  'issue.got': '{rule}（入力値：{value}）',
  'issue.oneOf': '{values}{many, select, true {のいずれか} other {}}にしてください',
  'issue.entries': '{n, plural, other {{bound}件}}{most, select, max {以下} other {以上}}にしてください',
  'issue.characters': '{n, plural, other {{bound}文字}}{most, select, max {以下} other {以上}}にしてください',
  'issue.bound': '{bound}{most, select, max {以下} other {以上}}にしてください',
  'issue.nothing': 'なし',
  'issue.needsStart': '開始日時（カレンダー）が必要です',
  'issue.needStart': '開始日時（カレンダー）が必要です',
  'issue.dateForm': 'YYYY-MM-DDの形で書いてください',
  'issue.clockForm': 'HH:MM（00:00〜23:59）の形で書いてください',
  'issue.zoneForm': 'Europe/BerlinやUTCのようなタイムゾーン名にしてください',

  'csv.empty': 'ファイルが空です。日時、値、単位の行が必要です。',
  'csv.columns':
    '列を区切れません。どの行も、セミコロン、コンマ、タブのいずれかで区切った同じ数の項目が必要です（例："2026-03-23 08:00;1,2;ng/mL"）。',
  'csv.noRows': 'ファイルに行がありません。',
  'csv.header': "{row}行目：見出し''{header}''には、日付（または日時）の列と値の列が必要です。",
  'csv.notDate':
    "{row}行目：''{text}''は日時ではありません。2026-03-23 08:00 または 23.03.2026 08:00 の形で書いてください。",
  'typed.notNumber': '「{text}」は数値ではありません',
  'typed.misread':
    '「{text}」は読み違えるおそれがあります：小数点を1つだけ使い、桁区切りなしで入力してください（例：1234.5）',
  'typed.ambiguous':
    '「{text}」は{asGroup}とも{asDecimal}とも読めます：{asGroup}、または小数点を使って{asDecimal}と入力してください',
  'typed.tooLarge': '「{text}」は大きすぎて扱えません',
  'typed.tooSmall': '「{text}」は0に近すぎて扱えません',
  'typed.readAsDecimal': '「{text}」を{value}と読みました（{locale}では「{mark}」は小数点）',
  'typed.readAsGroup': '「{text}」を{value}と読みました（{locale}では「{mark}」は桁区切り）',
  'csv.notNumber': "{row}行目：''{text}''は数値ではありません。",
  'csv.tooHigh':
    '{row}行目：{value}は{max}を超えており、どの血漿中濃度よりもはるかに高い値です。単位を確認してください。',
  'csv.unit': "{row}行目：単位''{text}''はng/mLでもnmol/Lでもありません。",
  'csv.headerOnly': 'ファイルに見出しはありますが、値がありません。',

  'link.tooLarge':
    'このシナリオはリンクにするには大きすぎます（{size}文字。リンクの上限は{max}文字）。シナリオファイルを保存して、ファイルを共有してください。',
  'link.tooLong':
    'リンクが長すぎます（{prefix}の後が{size}文字。{kind, select, lesson {レッスン} other {シナリオ}}のリンクの上限は{max}文字）。',
  'link.damaged':
    'リンクが壊れています。#scenario=の後の部分がシナリオのリンクではありません（変更されたか、途中で切れています）。',
  'link.unpackTooLarge':
    'このリンクの{kind, select, lesson {レッスン} other {シナリオ}}は大きすぎます。展開すると{size}を超え、{kind, select, lesson {レッスン} other {シナリオ}}の上限を超えます。',
  'link.notUnpacked':
    'リンクが壊れています。シナリオを展開できませんでした（リンクが変更されたか、途中で切れています）。',
  'link.lessonTooLarge':
    '{what, select, scene {このシーン} other {このレッスン}}はリンクにするには大きすぎます（{size}文字。リンクの上限は{max}文字）。今のシーンだけを共有するか、レッスンファイルを保存してファイルを共有してください。',
  'link.lessonDamaged':
    'リンクが壊れています。変更されたか途中で切れているため、このレッスンは信頼できません。',

  'steady.none':
    '{why, select, noDose {この実行では服用がないため、定常状態はありません} allMissed {{n, plural, other {この実行のすべての服用を飲み忘れているため、服用はなく、濃度は0のままです}}} other {{n, plural, other {#回の服用で、繰り返されないため、定常状態はありません}}}}',
  'steady.stopped':
    '{day}日目：このスケジュールを続けた場合に達する定常状態の{pct}%（最後の服用は{lastDay}）',
  // Which measured levels a personal-factor fit used, and why it left out each other one (fit/levels.ts,
  // fit/personalFactor.ts); a negative value and a row of another field count in a measured-levels CSV.
  'fit.leftOut':
    '{reason, select, beforeStart {{n, plural, other {シミュレーション開始より前の日時の#件}}} afterEnd {{n, plural, other {シミュレーション終了より後の日時の#件}}} notTaken {{n, plural, other {このシナリオに服用計画のない化合物の#件}}} zero {{n, plural, other {値が0（検出限界未満。フィットは対数で比べます）の#件}}} other {{n, plural, other {モデル上まだ服用分が血中に届いていない時刻の#件}}}}',
  'fit.usedAll':
    '{n, plural, =1 {フィットには1件の測定値を使いました。} other {フィットには#件すべての測定値を使いました。}}',
  'fit.usedSome': 'フィットには{total}件中{used}件の測定値を使いました。除外：{reasons}。',
  'fit.noneUsed':
    '{total, plural, =1 {この測定値はフィットに使えません} other {#件の測定値はどれもフィットに使えません}}：{reasons}。',
  'fit.row':
    '{use, select, beforeStart {フィットに使わない：シミュレーション開始前} afterEnd {フィットに使わない：シミュレーション終了後} notTaken {フィットに使わない：この化合物の服用計画なし} zero {フィットに使わない：0（検出限界未満）} other {フィットに使わない：服用分がまだ血中に届いていない}}',
  // The factor's sentence and the fit's use after it (Japanese puts no space between sentences).
  'fit.withUse': '{factor}{use}',
  'csv.negative':
    '{row}行目：{value}は負の値です。測定値は0未満にはなりません（検出限界未満は0と入力してください）。',
  'csv.rowFields':
    "列を区切れません：{row}行目の項目は{count}個ですが、{first}行目は{expected}個です（区切り：{sep, select, tab {タブ} semicolon {セミコロン} other {コンマ}}）：''{text}''。どの行にも同じ数の項目が必要です（例：\"2026-03-23 08:00;1,2;ng/mL\"）。",
};
