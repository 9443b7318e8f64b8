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
  'fit.describe': '×{factor}{interval}, {n, plural, one {# level} other {# levels}}, typically {off}% off',
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

  // Marker readouts' basis (markers.ts); the trial's population is quoted as the paper gives it.
  'marker.calibrated': 'calibrated {detail}',
  'marker.calibratedDetail': 'to {sources}, in {population}',
  'marker.illustrative': 'illustrative: {detail}',
  'marker.missedDetail': '{source} saw a {pct}% fall, more than the model gives',
  'marker.noneDetail': 'no published trial of this compound and marker is used',

  // Why a personal factor cannot be fitted (fit/scenarioFit.ts).
  'fit.noStart': 'Set a start date and time in Doses first: levels are placed by date.',
  'fit.noLevels': 'Add at least one measured level to fit.',
  'fit.noneInside':
    'No measured level falls inside the simulated days of a compound you take; check the dates and the duration.',
  'fit.allZero': 'Every level is zero or before the first dose: the factor needs levels above zero.',
} as const;

export type SimMessageId = keyof typeof SIM_MESSAGES_EN;
