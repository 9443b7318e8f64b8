/**
 * sim/'s sentences and messages in English: the source every other catalog translates (messages.de.ts,
 * messages.ja.ts must hold every id; tests/sim/i18n-catalogs.test.ts checks). ICU MessageFormat: `{name}` is a
 * value, `{n, plural, one {…} other {…}}` a plural, `{x, select, …}` a choice. Numbers arrive already
 * formatted for the locale unless a plural needs them raw.
 */
export const SIM_MESSAGES_EN = {
  // Times, as the chart's time axis counts them (answerWords.ts).
  'time.dayAt': 'day {day}',
  'time.dayOf': 'day {day}',
  'duration.min': '{n} min',
  'duration.h': '{n} h',
  'duration.days': '{n, plural, one {{text} day} other {{text} days}}',
  'duration.years': '{days} ({years} years)',

  // The schedule as taken against the plan (answerWords.ts).
  'change.missed': '{count, plural, one {the missed dose} other {# missed doses}} on {day}',
  'change.removed': '{count, plural, one {the removed dose} other {# removed doses}} on {day}',
  'change.added': '{count, plural, one {the added dose} other {# added doses}} on {day}',
  'change.edited':
    '{count, plural, one {the {copies, select, 1 {} 2 {double } 3 {triple } changed {changed } other {{copies}-fold }}dose} other {# {copies, select, 1 {} 2 {double } 3 {triple } changed {changed } other {{copies}-fold }}doses}}{details} on {day}',
  'change.amount': ' of {amountUg} µg',
  'change.movedLater': ' moved {duration} later',
  'change.movedEarlier': ' moved {duration} earlier',
  'change.movedTo': ' to {clock}',
  'change.with': ' with {what}',
  'change.fat': '{fatG} g fat',
  'stretch.timesPlan': "up to {times} times the plan's level",
  'stretch.byPct': 'by up to {pct}%',
  'stretch.at': 'at {time}',
  'stretch.fromTo': 'from {from} to {to}',
  'stretch.nearZero': "while the plan's level is still near zero",
  'stretch.how': '{size} ({time})',
  'stretch.because': ', because of {causes}',
  'stretch.moreChanges': '{n, plural, one {# more change} other {# more changes}}',
  'stretch.earlier': 'possibly earlier changes',
  'stretch.whole': '{when}, {how}{why}',
  'comparison.direction':
    '{direction, select, below {Below the plan} other {Above the plan}} {stretches}{more, plural, =0 {} one {; and # more stretch} other {; and # more stretches}}.',
  'comparison.stretchJoin': '{first}; and {next}',
  'comparison.within': 'Your changes keep the level within {pct}% of the plan throughout the run.',
  'comparison.stillDiffer': 'The two curves still differ by more than {pct}% at the end of the run.',
  'comparison.againAfter': 'Within {pct}% of the plan again from {time}, {days} days after the last change.',
  'comparison.againLater':
    'Within {pct}% of the plan again from {time}; the later changes stay within {pct}%.',
  'crossing.never': '{label} does not reach {threshold} {unit} in this run.',
  'crossing.first': '{label} first reaches {threshold} {unit} at {time} ({hours} h after the start).',
  'steady.day': 'Day {day}: {pct}% of steady state',

  // A scenario in words (describe.ts).
  'schedule.interval': '{dose} µg every {interval} h{meal}{count}{extras}',
  'schedule.withMeal': ' with a {fat} g-fat meal',
  'schedule.fasted': ', fasted',
  'schedule.doseCount': ' ({n, plural, one {# dose} other {# doses}})',
  'schedule.missed': '{n, plural, one {# missed dose} other {# missed doses}}',
  'schedule.extra': '{n, plural, one {# extra dose} other {# extra doses}}',
  'schedule.extras': ', {items}',
  'schedule.pattern': '{dose} µg {when} at {times} ({meals}){edits}',
  'schedule.timesADay':
    '{n, plural, =1 {once a day} =2 {twice a day} =3 {three times a day} other {# times a day}}',
  'schedule.timesADayAfter': '{dose} µg {when} (then again {offsets} h after the first){meal}{count}',
  'schedule.everyOtherDay': 'every other day',
  'schedule.weekdays': 'on weekdays',
  'schedule.edits': ', {n, plural, one {# single dose} other {# single doses}} changed or added',
  'meal.name':
    '{meal, select, breakfast {breakfast} lunch {lunch} dinner {dinner} snack {snack} other {no meal}}',
  'scenario.clause': '{labels}: {words}',
  'scenario.defaultTitle': 'Vitamin K levels over time',
  'scenario.titleJoin': '{title}; {clause}',
  'scenario.titleMore': '{title}; and {n, plural, one {# more regimen} other {# more regimens}}',

  // Limits (limits.ts): the words shared by the command line, the file loader and the number boxes.
  'rule.finite': 'must be a finite number',
  'rule.atMost': 'must be at most {value}',
  'rule.whole': 'must be a whole number',
  'rule.min': 'must be {exclusive, select, true {more than} other {at least}} {value}',
  'rule.range': '{exclusive, select, true {more than} other {at least}} {min} and at most {max}',
  'rule.withUnit': '{value} {unit, select, days {days} h {h} other {{unit}}}',

  // The personal factor (factorWords.ts).
  'factor.fitted': 'fitted ×{factor}',
  'factor.personal': 'personal factor ×{factor}',
  'factor.label': '{label}, {words}',

  // The anticoagulant caution (presets/anticoagulant.ts), word for word from the cited papers.
  'caution.mk7':
    'If you take a vitamin K antagonist (warfarin, acenocoumarol), talk to your doctor before taking MK-7: in healthy people on acenocoumarol, 10-20 µg/day MK-7 already shifted INR in a clinically relevant way in at least 40-60% of them, and 45 µg/day lowered INR by about 40% (Theuwissen 2013).',
  'caution.k1':
    'If you take a vitamin K antagonist (warfarin, acenocoumarol), talk to your doctor before taking K1: in healthy volunteers on anticoagulants, 150 µg/day K1 was the threshold for a significant INR drop, while 100 µg/day did not significantly interfere (Schurgers 2004).',
  'caution.mk4':
    'If you take a vitamin K antagonist (warfarin, acenocoumarol), talk to your doctor before taking MK-4: every form of vitamin K counteracts these drugs. The cited papers give no safe MK-4 dose for people on them.',

  // A limit's name (limits.ts LIMITS; the select key is the English name with _ for spaces) and unit.
  'limit.name':
    '{name, select, Dose {Dose} Dosing_interval {Dosing interval} Duration {Duration} Meal_fat {Meal fat} Output_step {Output step} First_dose_time {First dose time} Number_of_doses {Number of doses} Absorption_rate_ka {Absorption rate ka} Elimination_half_life {Elimination half-life} Volume_of_distribution {Volume of distribution} Bioavailability_F {Bioavailability F} Absorption_lag {Absorption lag} Time {Time} Amount {Amount} Dose_number {Dose number} Subjects {Subjects} Seed {Seed} Threshold {Threshold} Measured_value {Measured value} Threshold_level {Threshold level} other {{name}}}',
  'unit.name': '{unit, select, days {days} fraction {fraction} h {h} min {min} other {{unit}}}',

  // The personal factor's fit (personalFactor.ts, fitBasis.ts).
  'fit.describe':
    '×{factor}{interval}, {n, plural, =1 {from # level, which it matches exactly} other {# levels, typically {off}% off}}',
  'fit.interval': ' (95% interval {low}-{high})',
  'fit.noInterval': ' (one level: no interval)',
  'fit.stale':
    'The measured levels or the doses have changed since this factor was fitted: fit again to update it.',

  // The work caps (work.ts): the same words in the command line, the file loader and the app.
  'cap.doses':
    'this run needs {count} doses; the limit is {limit} doses (regular, extra and missed doses of all regimens): use a longer interval or a shorter duration',
  'cap.points':
    'this run needs {count} output points; the limit is {limit} output points (all regimens): use a longer output step or a shorter duration',
  'cap.measured':
    'this scenario would hold {count} measured levels; the limit is {limit} measured levels: import fewer rows, or remove levels first',
  'cap.population':
    'variation between {people} people needs {values} values (people × (output points + doses)); the limit is {limit}: {advice}',
  'cap.populationAdvice':
    '{adjustable, select, true {use fewer people, fewer doses, a longer output step or a shorter duration} other {use a shorter duration or fewer doses (or a longer output step, stepMin, in the scenario file)}}',
  'cap.moreThan': 'more than {n}',

  // The charts' axis titles (view/scenarioView.ts).
  'axis.time': 'Time (days)',
  'axis.timeCalendar': 'Date and time ({zone})',
  'axis.plasma': 'Plasma concentration ({units})',
  'axis.tissue': 'Carboxylated protein (%), illustrative',

  // Curve labels (view/scenarioView.ts): a compound's regimens told apart, the without-fat twin, tissue curves.
  'view.regimenOfCompound': '{label} (regimen {n})',
  'view.noFat': '{label} (no fat)',
  'view.bone': '{label} bone (osteocalcin)',
  'view.artery': '{label} artery (MGP)',

  // The sentence of a note that qualifies a number (metrics/regimenMetrics.ts metricNoteText; the hover title).
  'metricNote.steadyState':
    'Steady state not reached within the horizon (90% of it after {unit, select, days {{n} days} other {{n} h}}).',
  'metricNote.aucWindow':
    'AUC window incomplete: {pct}% of the exposure from these doses falls after the horizon.',
  'metricNote.noDoses':
    '{what, select, ratio {No accumulation ratio: no regular dose is taken.} zero {No dose taken: the dose is 0 µg.} none {No dose taken: no dose falls inside the run.} other {No dose taken: every dose is missed.}}',
  'metricNote.steadyStateStops':
    'Steady state not reached: the schedule stops after {doses} doses; it would reach 90% of it after {unit, select, days {{n} days} other {{n} h}} if it continued.',
  'metricNote.singleDose':
    'One dose, not repeated: no dosing interval, so no trough, accumulation ratio or steady state.',
  'metricNote.noInterval':
    'No trough or accumulation ratio: they need doses of one amount and one meal at equal intervals, and this pattern has none.',
  'metricNote.absorption':
    'Each dose takes longer to absorb than the dosing interval, so the first interval holds little of the first dose: the observed ratio {observed} is above the elimination-only value 1/(1 − e^(−ke·τ)) = {theoretical}.',

  // Marker readouts' basis (markers.ts); the trial's population in the reader's language (populationName).
  'marker.calibrated': 'calibrated {detail}',
  'marker.calibratedDetail': 'to {sources}, in {population}',
  'marker.population':
    '{p, select, haemodialysis_patients {haemodialysis patients} postmenopausal_women_with_osteoporosis {postmenopausal women with osteoporosis} postmenopausal_women_with_osteopenia {postmenopausal women with osteopenia} other {{p}}}',
  'marker.illustrative': 'illustrative: {detail}',
  'marker.missedDetail': '{source} saw a {pct}% fall, more than the model gives',
  'marker.noneDetail': 'no published trial of this compound and marker is used',

  // Why a personal factor cannot be fitted (fit/scenarioFit.ts).
  'fit.noStart': 'Set a start date and time in Doses first: levels are placed by date.',
  'fit.noLevels': 'Add at least one measured level to fit.',
  // Opening a scenario file (scenario/parse.ts, text/boundedJson.ts, text/jsonSyntax.ts, scenario/decode.ts):
  // the app shows these in the UI's language, the command line in English.
  'file.tooLarge': 'File is too large for a scenario ({size} characters; the limit is {limit}).',
  'file.empty': 'File is empty: it is not a K2 Kinetics scenario.',
  'file.notObject': 'Not a K2 Kinetics scenario: expected a JSON object.',
  'file.noVersion': 'Version is missing or not a positive whole number: this is not a K2 Kinetics scenario.',
  'file.newer':
    'This file is scenario version {version}, written by a newer K2 Kinetics; this version reads up to {max}. Please update the app.',
  'file.noMigration': 'No migration from scenario version {version}.',
  'file.cannotOpen': 'This file cannot be opened: {reason}.',
  'file.savedTooLarge':
    'this scenario would be {bytes} bytes when saved; the limit is {limit} bytes: remove doses, edits or measured levels',
  'file.notUtf8': 'The file is not UTF-8 text: it is not a K2 Kinetics scenario.',
  'json.kind': '{what, select, scenario {scenario} lesson {lesson} session {session} other {{what}}}',
  'json.tooDeep':
    'Lists or objects are nested more than {depth} levels deep at line {line}, column {column}; no K2 Kinetics {kind} is nested that deep, so this is not one.',
  'json.syntax': '{where}: the file may be truncated, edited by hand with a typo, or not a {kind}.',
  'json.notValid': 'Not valid JSON',
  'json.notValidAt': 'Not valid JSON at line {line}, column {column}',

  // A file's schema problems as sentences (scenario/messages.ts): "Regimen 2 (MK-7): the dose must be at least
  // 0 µg, got -5".
  'issue.regimen': 'Regimen {n}',
  'issue.regimenOf': 'Regimen {n} ({compound})',
  'issue.scene': 'Scene {n}',
  'issue.extraDose': 'extra dose {n}',
  'issue.missedEntry': 'missed dose entry {n}',
  'issue.item': 'item {n}',
  'issue.field':
    '{field, select, format {Format} version {Version} name {Name} notes {Notes} label {Label} compound {Compound} regimens {Regimens} missedDoses {Missed doses} extraDoses {Extra doses} overrides {Parameter overrides} display {Display settings} units {Units} axis {Axis} compareFat {Fat comparison} visible {Visible compounds} showTissue {Tissue panel} calendar {Calendar} start {Start} date {Date} time {Clock time} timeZone {Time zone} mealFatG {Meal fat} schedule {Dose schedule} pattern {Pattern} slots {Dose times} edits {Dose edits} added {Added doses} meal {Meal} measured {Measured levels} value {Value} personal {Personal factor} factor {Factor} timeAxis {Time axis} title {Title} caption {Caption} story {Story scene} scenes {Scene list} scenario {Scenario} other {{field}}}',
  'issue.theFile': 'The file',
  'issue.unknownFields': '{place}: unknown {n, plural, one {field} other {fields}} {keys}',
  'issue.fileRule': 'The file {words}',
  'issue.subjectRule': '{subject} {words}',
  'issue.placeRule': '{place}: {words}',
  'issue.placeSubjectRule': '{place}: the {subject} {words}',
  'issue.missing': 'is missing',
  'issue.mustBe': 'must be {wanted}',
  'issue.type':
    '{type, select, number {a number} int {a whole number} string {text} boolean {true or false} array {a list} object {an object} other {{type}}}',
  'issue.got': '{rule}, got {value}',
  'issue.oneOf': 'must be {many, select, true {one of } other {}}{values}',
  'issue.entries':
    'must have {most, select, max {at most} other {at least}} {bound} {n, plural, one {entry} other {entries}}',
  'issue.characters':
    'must be {most, select, max {at most} other {at least}} {bound} {n, plural, one {character} other {characters}} long',
  'issue.bound': 'must be {most, select, max {at most} other {at least}} {bound}',
  'issue.nothing': 'nothing',
  'issue.needsStart': 'needs a start date and time (calendar)',
  'issue.needStart': 'need a start date and time (calendar)',
  'issue.dateForm': 'must be written as YYYY-MM-DD',
  'issue.clockForm': 'must be written as HH:MM (00:00-23:59)',
  'issue.zoneForm': 'must be a time zone name such as Europe/Berlin or UTC',

  // Importing measured levels from CSV (measured/csv.ts).
  'csv.empty': 'The file is empty: expected rows of date and time, value and unit.',
  'csv.columns':
    'Could not tell the columns apart: every row needs the same number of fields, separated by semicolons, commas or tabs (e.g. "2026-03-23 08:00;1,2;ng/mL").',
  'csv.noRows': 'The file has no rows.',
  'csv.header':
    "Row {row}: the header ''{header}'' needs a date (or date and time) column and a value column.",
  'csv.notDate':
    "Row {row}: ''{text}'' is not a date and time; write it as 2026-03-23 08:00 or 23.03.2026 08:00.",
  // A typed number's refusal or reading (sim/text/parseTypedNumber.ts); fragments without a full stop.
  'typed.notNumber': '"{text}" is not a number',
  'typed.misread':
    '"{text}" could be misread: type it with one decimal mark and no thousands separators, e.g. 1234.5',
  'typed.ambiguous':
    '"{text}" could mean {asGroup} or {asDecimal}: type {asGroup}, or {asDecimal} with a decimal point',
  'typed.tooLarge': '"{text}" is too large to hold',
  'typed.tooSmall': '"{text}" is too close to 0 to hold',
  'typed.readAsDecimal': '"{text}" read as {value} ("{mark}" is the decimal mark in {locale})',
  'typed.readAsGroup': '"{text}" read as {value} ("{mark}" groups thousands in {locale})',
  'csv.notNumber': "Row {row}: ''{text}'' is not a number.",
  'csv.tooHigh': 'Row {row}: {value} is above {max}, far above any plasma level; check the unit.',
  'csv.unit': "Row {row}: unit ''{text}'' is not ng/mL or nmol/L.",
  'csv.headerOnly': 'The file has a header but no values.',

  // Share links (share/link.ts, share/lessonLink.ts).
  'link.tooLarge':
    'This scenario is too large for a link ({size} characters; a link may have at most {max}): save the scenario file and share the file instead.',
  'link.tooLong':
    'The link is too long ({size} characters after {prefix}; a {kind, select, lesson {lesson} other {scenario}} link has at most {max}).',
  'link.damaged':
    'The link is damaged: the part after #scenario= is not a scenario link (it was changed or cut short).',
  'link.unpackTooLarge':
    'The {kind, select, lesson {lesson} other {scenario}} in this link is too large: it unpacks to more than {size}, the limit for a {kind, select, lesson {lesson} other {scenario}}.',
  'link.notUnpacked':
    'The link is damaged: its scenario could not be unpacked (the link was changed or cut short).',
  'link.lessonTooLarge':
    '{what, select, scene {This scene} other {This lesson}} is too large for a link ({size} characters; a link may have at most {max}): share the current scene instead, or save the lesson file and share the file.',
  'link.lessonDamaged': 'The link is damaged: it was changed or cut short, so its lesson cannot be trusted.',

  // The steady-state answer when there is no fraction to give, or only one of a schedule continued (answers.ts).
  'steady.none':
    '{why, select, noDose {No dose is taken in this run, so there is no steady state} allMissed {{n, plural, one {The only dose is missed} other {Every dose in this run is missed}}, so no dose is taken and the level stays at 0} other {{n, plural, one {One dose, not repeated, so there is no steady state} other {# doses, not repeated, so there is no steady state}}}}',
  'steady.stopped':
    'Day {day}: {pct}% of the steady state this schedule would reach if it continued (its last dose is on {lastDay})',
  // Which measured levels a personal-factor fit used, and why it left out each other one (fit/levels.ts,
  // fit/personalFactor.ts); a negative value and a row of another field count in a measured-levels CSV.
  'fit.leftOut':
    '{reason, select, beforeStart {{n, plural, =1 {# level dated before the run starts} other {# levels dated before the run starts}}} afterEnd {{n, plural, =1 {# level dated after the run ends} other {# levels dated after the run ends}}} notTaken {{n, plural, =1 {# level of a compound this scenario has no regimen of} other {# levels of compounds this scenario has no regimen of}}} zero {{n, plural, =1 {# level of 0, below detection (the fit compares logarithms)} other {# levels of 0, below detection (the fit compares logarithms)}}} other {{n, plural, =1 {# level from before any dose reaches the blood in the model} other {# levels from before any dose reaches the blood in the model}}}}',
  'fit.usedAll': '{n, plural, =1 {The fit used the one level.} other {The fit used all # levels.}}',
  'fit.usedSome': 'The fit used {used} of the {total} levels. Left out: {reasons}.',
  'fit.noneUsed':
    '{total, plural, =1 {The one level cannot be used for the fit} other {None of the # levels can be used for the fit}}: {reasons}.',
  'fit.row':
    '{use, select, beforeStart {Not used for the fit: before the run starts} afterEnd {Not used for the fit: after the run ends} notTaken {Not used for the fit: no regimen of this compound} zero {Not used for the fit: 0, below detection} other {Not used for the fit: before any dose reaches the blood}}',
  // The factor's sentence and the fit's use after it (Japanese puts no space between sentences).
  'fit.withUse': '{factor} {use}',
  'csv.negative':
    'Row {row}: {value} is negative, and a level cannot be below 0 (write 0 for a level below detection).',
  'csv.rowFields':
    "Could not tell the columns apart: row {row} has {count, plural, =1 {# field} other {# fields}} where row {first} has {expected}, separated by {sep, select, tab {tabs} semicolon {semicolons} other {commas}}: ''{text}''. Every row needs the same number of fields (e.g. \"2026-03-23 08:00;1,2;ng/mL\").",
} as const;

export type SimMessageId = keyof typeof SIM_MESSAGES_EN;
