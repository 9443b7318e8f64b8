import type { SimMessageId } from './messages.en';

/** sim/'s sentences and messages in German (see messages.en.ts for the meaning of each id). */
export const SIM_MESSAGES_DE: Readonly<Record<SimMessageId, string>> = {
  'time.dayAt': 'Tag {day}',
  'time.dayOf': 'Tag {day}',
  'duration.min': '{n} min',
  'duration.h': '{n} h',
  'duration.days': '{n, plural, one {{text} Tag} other {{text} Tage}}',
  'duration.years': '{days} ({years} Jahre)',

  'change.missed': '{count, plural, one {die vergessene Dosis} other {# vergessene Dosen}} an {day}',
  'change.removed': '{count, plural, one {die entfernte Dosis} other {# entfernte Dosen}} an {day}',
  'change.added': '{count, plural, one {die zusätzliche Dosis} other {# zusätzliche Dosen}} an {day}',
  'change.edited':
    '{count, plural, one {die {copies, select, 1 {} 2 {doppelte } 3 {dreifache } changed {geänderte } other {{copies}-fache }}Dosis} other {# {copies, select, 1 {} 2 {doppelte } 3 {dreifache } changed {geänderte } other {{copies}-fache }}Dosen}}{details} an {day}',
  'change.amount': ' von {amountUg} µg',
  'change.movedLater': ', um {duration} nach hinten verschoben',
  'change.movedEarlier': ', um {duration} nach vorn verschoben',
  'change.movedTo': ' auf {clock}',
  'change.with': ' mit {what}',
  'change.fat': '{fatG} g Fett',
  'stretch.timesPlan': 'bis zum {times}-Fachen des geplanten Spiegels',
  'stretch.byPct': 'um bis zu {pct} %',
  'stretch.at': 'bei {time}',
  'stretch.fromTo': 'von {from} bis {to}',
  'stretch.nearZero': 'solange der geplante Spiegel noch nahe null ist',
  'stretch.how': '{size} ({time})',
  'stretch.because': ', wegen {causes}',
  'stretch.moreChanges': '{n, plural, one {# weiterer Änderung} other {# weiterer Änderungen}}',
  'stretch.earlier': 'möglicherweise früherer Änderungen',
  'stretch.whole': '{when}, {how}{why}',
  'comparison.direction':
    '{direction, select, below {Unter dem Plan} other {Über dem Plan}} {stretches}{more, plural, =0 {} one {; und # weiterer Abschnitt} other {; und # weitere Abschnitte}}.',
  'comparison.stretchJoin': '{first}; und {next}',
  'comparison.within':
    'Mit Ihren Änderungen bleibt der Spiegel während des ganzen Laufs innerhalb von {pct} % des Plans.',
  'comparison.stillDiffer':
    'Die beiden Kurven unterscheiden sich am Ende des Laufs noch um mehr als {pct} %.',
  'comparison.againAfter':
    'Ab {time} wieder innerhalb von {pct} % des Plans, {days} Tage nach der letzten Änderung.',
  'comparison.againLater':
    'Ab {time} wieder innerhalb von {pct} % des Plans; die späteren Änderungen bleiben innerhalb von {pct} %.',
  'crossing.never': '{label} erreicht in diesem Lauf nicht {threshold} {unit}.',
  'crossing.first': '{label} erreicht {threshold} {unit} erstmals bei {time} ({hours} h nach dem Start).',
  'steady.day': 'Tag {day}: {pct} % des Steady State',

  'schedule.interval': '{dose} µg alle {interval} h{meal}{count}{extras}',
  'schedule.withMeal': ' zu einer Mahlzeit mit {fat} g Fett',
  'schedule.fasted': ', nüchtern',
  'schedule.doseCount': ' ({n, plural, one {# Dosis} other {# Dosen}})',
  'schedule.missed': '{n, plural, one {# vergessene Dosis} other {# vergessene Dosen}}',
  'schedule.extra': '{n, plural, one {# Extradosis} other {# Extradosen}}',
  'schedule.extras': ', {items}',
  'schedule.pattern': '{dose} µg {when} um {times} ({meals}){edits}',
  'schedule.timesADay':
    '{n, plural, =1 {einmal täglich} =2 {zweimal täglich} =3 {dreimal täglich} other {#-mal täglich}}',
  'schedule.timesADayAfter': '{dose} µg {when} (erneut {offsets} h nach der ersten){meal}{count}',
  'schedule.everyOtherDay': 'jeden zweiten Tag',
  'schedule.weekdays': 'an Werktagen',
  'schedule.edits':
    ', {n, plural, one {# einzelne Dosis} other {# einzelne Dosen}} geändert oder hinzugefügt',
  'meal.name':
    '{meal, select, breakfast {Frühstück} lunch {Mittagessen} dinner {Abendessen} snack {Snack} other {ohne Mahlzeit}}',
  'scenario.clause': '{labels}: {words}',
  'scenario.defaultTitle': 'Vitamin-K-Spiegel im Zeitverlauf',
  'scenario.titleJoin': '{title}; {clause}',
  'scenario.titleMore': '{title}; und {n, plural, one {# weiteres Schema} other {# weitere Schemata}}',

  'rule.finite': 'muss eine endliche Zahl sein',
  'rule.atMost': 'darf höchstens {value} sein',
  'rule.whole': 'muss eine ganze Zahl sein',
  'rule.min': 'muss {exclusive, select, true {mehr als} other {mindestens}} {value} sein',
  'rule.range': '{exclusive, select, true {mehr als} other {mindestens}} {min} und höchstens {max}',
  'rule.withUnit': '{value} {unit, select, days {Tage} h {h} other {{unit}}}',

  'factor.fitted': 'angepasst ×{factor}',
  'factor.personal': 'persönlicher Faktor ×{factor}',
  'factor.label': '{label}, {words}',

  'caution.mk7':
    'Wenn Sie einen Vitamin-K-Antagonisten (Warfarin, Acenocoumarol) einnehmen, sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie MK-7 nehmen: Bei Gesunden unter Acenocoumarol verschoben schon 10–20 µg/Tag MK-7 den INR bei mindestens 40–60 % von ihnen klinisch relevant, und 45 µg/Tag senkten den INR um etwa 40 % (Theuwissen 2013).',
  'caution.k1':
    'Wenn Sie einen Vitamin-K-Antagonisten (Warfarin, Acenocoumarol) einnehmen, sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie K1 nehmen: Bei gesunden Probanden unter Antikoagulanzien waren 150 µg/Tag K1 die Schwelle für einen signifikanten INR-Abfall, während 100 µg/Tag nicht signifikant störten (Schurgers 2004).',
  'caution.mk4':
    'Wenn Sie einen Vitamin-K-Antagonisten (Warfarin, Acenocoumarol) einnehmen, sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie MK-4 nehmen: Jede Form von Vitamin K wirkt diesen Arzneimitteln entgegen. Die zitierten Arbeiten nennen keine sichere MK-4-Dosis für Menschen, die sie einnehmen.',
  'limit.name':
    '{name, select, Dose {Dosis} Dosing_interval {Dosierintervall} Duration {Dauer} Meal_fat {Fett der Mahlzeit} Output_step {Ausgabeschritt} First_dose_time {Zeit der ersten Dosis} Number_of_doses {Anzahl der Dosen} Absorption_rate_ka {Absorptionsrate ka} Elimination_half_life {Eliminationshalbwertszeit} Volume_of_distribution {Verteilungsvolumen} Bioavailability_F {Bioverfügbarkeit F} Absorption_lag {Absorptionsverzögerung} Time {Zeit} Amount {Menge} Dose_number {Dosisnummer} Subjects {Personen} Seed {Startwert} Threshold {Schwelle} Measured_value {Messwert} Threshold_level {Schwellenwert} other {{name}}}',
  'unit.name': '{unit, select, days {Tage} fraction {Anteil} h {h} min {min} other {{unit}}}',
  'fit.describe':
    '×{factor}{interval}, {n, plural, =1 {aus # Messwert, den er genau trifft} other {# Messwerte, typischerweise {off} % daneben}}',
  'fit.interval': ' (95-%-Intervall {low}–{high})',
  'fit.noInterval': ' (ein Messwert: kein Intervall)',
  'fit.stale':
    'Die Messwerte oder die Dosen haben sich seit der Anpassung dieses Faktors geändert: Passen Sie ihn erneut an.',
  'cap.doses':
    'dieser Lauf braucht {count} Dosen; die Grenze liegt bei {limit} Dosen (regelmäßige, zusätzliche und vergessene Dosen aller Schemata): Wählen Sie ein längeres Intervall oder eine kürzere Dauer',
  'cap.points':
    'dieser Lauf braucht {count} Ausgabepunkte; die Grenze liegt bei {limit} Ausgabepunkten (alle Schemata): Wählen Sie einen längeren Ausgabeschritt oder eine kürzere Dauer',
  'cap.measured':
    'dieses Szenario hätte {count} Messwerte; die Grenze liegt bei {limit} Messwerten: Importieren Sie weniger Zeilen oder entfernen Sie zuerst Messwerte',
  'cap.population':
    'die Streuung zwischen {people} Personen braucht {values} Werte (Personen × (Ausgabepunkte + Dosen)); die Grenze liegt bei {limit}: {advice}',
  'cap.populationAdvice':
    '{adjustable, select, true {Wählen Sie weniger Personen, weniger Dosen, einen längeren Ausgabeschritt oder eine kürzere Dauer} other {Wählen Sie eine kürzere Dauer oder weniger Dosen (oder in der Szenariodatei einen längeren Ausgabeschritt, stepMin)}}',
  'cap.moreThan': 'mehr als {n}',
  'axis.time': 'Zeit (Tage)',
  'axis.timeCalendar': 'Datum und Uhrzeit ({zone})',
  'axis.plasma': 'Plasmakonzentration ({units})',
  'axis.tissue': 'Carboxyliertes Protein (%), illustrativ',
  'view.regimenOfCompound': '{label} (Schema {n})',
  'view.noFat': '{label} (ohne Fett)',
  'view.bone': '{label} Knochen (Osteocalcin)',
  'view.artery': '{label} Arterie (MGP)',

  'metricNote.steadyState':
    'Steady State im Zeitraum nicht erreicht (90 % davon nach {unit, select, days {{n} Tagen} other {{n} h}}).',
  'metricNote.aucWindow':
    'AUC-Fenster unvollständig: {pct} % der Exposition aus diesen Dosen fällt nach dem Ende des Zeitraums an.',
  'metricNote.noDoses':
    '{what, select, ratio {Kein Akkumulationsfaktor: Keine regelmäßige Dosis wird eingenommen.} zero {Keine Dosis eingenommen: Die Dosis ist 0 µg.} none {Keine Dosis eingenommen: Keine Dosis fällt in den Zeitraum.} other {Keine Dosis eingenommen: Jede Dosis ist ausgelassen.}}',
  'metricNote.steadyStateStops':
    'Steady State nicht erreicht: Das Schema endet nach {doses} Dosen; 90 % davon wären nach {unit, select, days {{n} Tagen} other {{n} h}} erreicht, wenn es weiterliefe.',
  'metricNote.singleDose':
    'Eine Dosis, nicht wiederholt: kein Dosierintervall, also kein Talspiegel, kein Akkumulationsfaktor und kein Steady State.',
  'metricNote.noInterval':
    'Kein Talspiegel und kein Akkumulationsfaktor: Dafür braucht es Dosen gleicher Menge zur gleichen Mahlzeit in gleichen Abständen, und dieses Muster hat keine.',
  'metricNote.absorption':
    'Jede Dosis wird langsamer aufgenommen, als das Dosierintervall dauert, daher enthält das erste Intervall wenig von der ersten Dosis: Der beobachtete Faktor {observed} liegt über dem Wert allein aus der Elimination, 1/(1 − e^(−ke·τ)) = {theoretical}.',
  'marker.calibrated': 'kalibriert {detail}',
  'marker.calibratedDetail': 'an {sources}, bei {population}',
  'marker.population':
    '{p, select, haemodialysis_patients {Hämodialysepatienten} postmenopausal_women_with_osteoporosis {postmenopausalen Frauen mit Osteoporose} postmenopausal_women_with_osteopenia {postmenopausalen Frauen mit Osteopenie} other {{p}}}',
  'marker.illustrative': 'illustrativ: {detail}',
  'marker.missedDetail': '{source} sah einen Abfall um {pct} %, mehr als das Modell ergibt',
  'marker.noneDetail': 'keine veröffentlichte Studie zu dieser Substanz und diesem Marker wird verwendet',
  'fit.noStart':
    'Legen Sie zuerst unter Dosen ein Startdatum und eine Startzeit fest: Messwerte werden nach Datum eingeordnet.',
  'fit.noLevels': 'Fügen Sie mindestens einen Messwert hinzu, um anzupassen.',

  'file.tooLarge': 'Die Datei ist zu groß für ein Szenario ({size} Zeichen; die Grenze liegt bei {limit}).',
  'file.empty': 'Die Datei ist leer: Sie ist kein K2-Kinetics-Szenario.',
  'file.notObject': 'Kein K2-Kinetics-Szenario: erwartet wird ein JSON-Objekt.',
  'file.noVersion':
    'Die Version fehlt oder ist keine positive ganze Zahl: Dies ist kein K2-Kinetics-Szenario.',
  'file.newer':
    'Diese Datei hat die Szenario-Version {version} und stammt von einem neueren K2 Kinetics; diese Version liest bis Version {max}. Bitte aktualisieren Sie die App.',
  'file.noMigration': 'Keine Umwandlung von Szenario-Version {version} vorhanden.',
  'file.cannotOpen': 'Diese Datei kann nicht geöffnet werden: {reason}.',
  'file.savedTooLarge':
    'dieses Szenario wäre gespeichert {bytes} Bytes groß; die Grenze liegt bei {limit} Bytes: Entfernen Sie Dosen, Änderungen oder Messwerte',
  'file.notUtf8': 'Die Datei ist kein UTF-8-Text: Sie ist kein K2-Kinetics-Szenario.',
  'json.kind': '{what, select, scenario {Szenario} lesson {Lektion} session {Sitzung} other {{what}}}',
  'json.tooDeep':
    'Listen oder Objekte sind in Zeile {line}, Spalte {column} mehr als {depth} Ebenen tief verschachtelt; kein K2-Kinetics-Dokument ({kind}) ist so tief verschachtelt, also ist dies keines.',
  'json.syntax':
    '{where}: Die Datei ist vielleicht abgeschnitten, von Hand mit einem Tippfehler bearbeitet oder gar kein Dokument dieser Art ({kind}).',
  'json.notValid': 'Kein gültiges JSON',
  'json.notValidAt': 'Kein gültiges JSON in Zeile {line}, Spalte {column}',

  'issue.regimen': 'Schema {n}',
  'issue.regimenOf': 'Schema {n} ({compound})',
  'issue.scene': 'Szene {n}',
  'issue.extraDose': 'Extradosis {n}',
  'issue.missedEntry': 'Eintrag {n} der vergessenen Dosen',
  'issue.item': 'Eintrag {n}',
  'issue.field':
    '{field, select, format {Format} version {Version} name {Name} notes {Notizen} label {Beschriftung} compound {Substanz} regimens {Schemata} missedDoses {Vergessene Dosen} extraDoses {Extradosen} overrides {Parameteränderungen} display {Anzeigeeinstellungen} units {Einheiten} axis {Achse} compareFat {Fettvergleich} visible {Sichtbare Substanzen} showTissue {Gewebe-Diagramm} calendar {Kalender} start {Start} date {Datum} time {Uhrzeit} timeZone {Zeitzone} mealFatG {Fett der Mahlzeit} schedule {Dosierplan} pattern {Muster} slots {Einnahmezeiten} edits {Dosisänderungen} added {Hinzugefügte Dosen} meal {Mahlzeit} measured {Messwerte} value {Wert} personal {Persönlicher Faktor} factor {Faktor} timeAxis {Zeitachse} title {Titel} caption {Bildunterschrift} story {Szene der Geschichte} scenes {Szenenliste} scenario {Szenario} other {{field}}}',
  'issue.theFile': 'Die Datei',
  'issue.unknownFields': '{place}: {n, plural, one {unbekanntes Feld} other {unbekannte Felder}} {keys}',
  'issue.fileRule': 'Die Datei {words}',
  'issue.subjectRule': 'Das Feld „{subject}“ {words}',
  'issue.placeRule': '{place}: {words}',
  'issue.placeSubjectRule': '{place}: Das Feld „{subject}“ {words}',
  'issue.missing': 'fehlt',
  'issue.mustBe': 'muss {wanted} sein',
  'issue.type':
    '{type, select, number {eine Zahl} int {eine ganze Zahl} string {Text} boolean {true oder false} array {eine Liste} object {ein Objekt} other {{type}}}',
  'issue.got': '{rule}, eingegeben: {value}',
  'issue.oneOf': 'muss {many, select, true {eines von } other {}}{values} sein',
  'issue.entries':
    'muss {most, select, max {höchstens} other {mindestens}} {bound} {n, plural, one {Eintrag} other {Einträge}} haben',
  'issue.characters':
    'muss {most, select, max {höchstens} other {mindestens}} {bound} {n, plural, one {Zeichen} other {Zeichen}} lang sein',
  'issue.bound': 'muss {most, select, max {höchstens} other {mindestens}} {bound} sein',
  'issue.nothing': 'nichts',
  'issue.needsStart': 'braucht ein Startdatum und eine Startzeit (Kalender)',
  'issue.needStart': 'brauchen ein Startdatum und eine Startzeit (Kalender)',
  'issue.dateForm': 'muss als JJJJ-MM-TT geschrieben sein',
  'issue.clockForm': 'muss als HH:MM geschrieben sein (00:00-23:59)',
  'issue.zoneForm': 'muss der Name einer Zeitzone sein, etwa Europe/Berlin oder UTC',

  'csv.empty': 'Die Datei ist leer: erwartet werden Zeilen mit Datum und Uhrzeit, Wert und Einheit.',
  'csv.columns':
    'Die Spalten sind nicht zu trennen: Jede Zeile braucht gleich viele Felder, getrennt durch Semikolons, Kommas oder Tabulatoren (z. B. "2026-03-23 08:00;1,2;ng/mL").',
  'csv.noRows': 'Die Datei hat keine Zeilen.',
  'csv.header':
    "Zeile {row}: Die Kopfzeile ''{header}'' braucht eine Spalte für das Datum (oder Datum und Uhrzeit) und eine für den Wert.",
  'csv.notDate':
    "Zeile {row}: ''{text}'' ist kein Datum mit Uhrzeit; schreiben Sie es als 2026-03-23 08:00 oder 23.03.2026 08:00.",
  'typed.notNumber': '„{text}“ ist keine Zahl',
  'typed.misread':
    '„{text}“ könnte falsch gelesen werden: bitte mit einem Dezimalzeichen und ohne Tausendertrennzeichen eingeben, z. B. 1234,5',
  'typed.ambiguous':
    '„{text}“ kann {asGroup} oder {asDecimal} bedeuten: geben Sie {asGroup} ein oder {asDecimal} mit Dezimalpunkt',
  'typed.tooLarge': '„{text}“ ist zu groß',
  'typed.tooSmall': '„{text}“ liegt zu nah an 0',
  'typed.readAsDecimal': '„{text}“ gelesen als {value} („{mark}“ ist das Dezimalzeichen in {locale})',
  'typed.readAsGroup': '„{text}“ gelesen als {value} („{mark}“ trennt Tausender in {locale})',
  'csv.notNumber': "Zeile {row}: ''{text}'' ist keine Zahl.",
  'csv.tooHigh':
    'Zeile {row}: {value} liegt über {max}, weit über jedem Plasmaspiegel; prüfen Sie die Einheit.',
  'csv.unit': "Zeile {row}: Die Einheit ''{text}'' ist weder ng/mL noch nmol/L.",
  'csv.headerOnly': 'Die Datei hat eine Kopfzeile, aber keine Werte.',

  'link.tooLarge':
    'Dieses Szenario ist zu groß für einen Link ({size} Zeichen; ein Link darf höchstens {max} haben): Speichern Sie die Szenariodatei und teilen Sie die Datei.',
  'link.tooLong':
    'Der Link ist zu lang ({size} Zeichen nach {prefix}; ein {kind, select, lesson {Lektionslink} other {Szenario-Link}} hat höchstens {max}).',
  'link.damaged':
    'Der Link ist beschädigt: Der Teil nach #scenario= ist kein Szenario-Link (er wurde geändert oder abgeschnitten).',
  'link.unpackTooLarge':
    '{kind, select, lesson {Die Lektion} other {Das Szenario}} in diesem Link ist zu groß: Entpackt ist {kind, select, lesson {sie} other {es}} größer als {size}, die Grenze für {kind, select, lesson {eine Lektion} other {ein Szenario}}.',
  'link.notUnpacked':
    'Der Link ist beschädigt: Sein Szenario ließ sich nicht entpacken (der Link wurde geändert oder abgeschnitten).',
  'link.lessonTooLarge':
    '{what, select, scene {Diese Szene} other {Diese Lektion}} ist zu groß für einen Link ({size} Zeichen; ein Link darf höchstens {max} haben): Teilen Sie stattdessen die aktuelle Szene, oder speichern Sie die Lektionsdatei und teilen Sie die Datei.',
  'link.lessonDamaged':
    'Der Link ist beschädigt: Er wurde geändert oder abgeschnitten, daher ist seiner Lektion nicht zu trauen.',

  'steady.none':
    '{why, select, noDose {In diesem Lauf wird keine Dosis eingenommen, daher gibt es keinen Steady State} allMissed {{n, plural, one {Die einzige Dosis ist vergessen} other {Jede Dosis in diesem Lauf ist vergessen}}, daher wird keine Dosis eingenommen und der Spiegel bleibt bei 0} other {{n, plural, one {Eine Dosis, nicht wiederholt, daher gibt es keinen Steady State} other {# Dosen, nicht wiederholt, daher gibt es keinen Steady State}}}}',
  'steady.stopped':
    'Tag {day}: {pct} % des Steady State, den dieser Plan erreichen würde, wenn er weiterliefe (seine letzte Dosis ist an {lastDay})',
  // Which measured levels a personal-factor fit used, and why it left out each other one (fit/levels.ts,
  // fit/personalFactor.ts); a negative value and a row of another field count in a measured-levels CSV.
  'fit.leftOut':
    '{reason, select, beforeStart {{n, plural, =1 {# Messwert vor dem Beginn der Simulation} other {# Messwerte vor dem Beginn der Simulation}}} afterEnd {{n, plural, =1 {# Messwert nach dem Ende der Simulation} other {# Messwerte nach dem Ende der Simulation}}} notTaken {{n, plural, =1 {# Messwert einer Substanz ohne Einnahmeplan in diesem Szenario} other {# Messwerte von Substanzen ohne Einnahmeplan in diesem Szenario}}} zero {{n, plural, =1 {# Messwert von 0, unter der Nachweisgrenze (die Anpassung vergleicht Logarithmen)} other {# Messwerte von 0, unter der Nachweisgrenze (die Anpassung vergleicht Logarithmen)}}} other {{n, plural, =1 {# Messwert aus der Zeit, bevor im Modell eine Dosis im Blut ankommt} other {# Messwerte aus der Zeit, bevor im Modell eine Dosis im Blut ankommt}}}}',
  'fit.usedAll':
    '{n, plural, =1 {Die Anpassung verwendete den einen Messwert.} other {Die Anpassung verwendete alle # Messwerte.}}',
  'fit.usedSome': 'Die Anpassung verwendete {used} der {total} Messwerte. Weggelassen: {reasons}.',
  'fit.noneUsed':
    '{total, plural, =1 {Der eine Messwert lässt sich für die Anpassung nicht verwenden} other {Keiner der # Messwerte lässt sich für die Anpassung verwenden}}: {reasons}.',
  'fit.row':
    '{use, select, beforeStart {Nicht für die Anpassung verwendet: vor dem Beginn der Simulation} afterEnd {Nicht für die Anpassung verwendet: nach dem Ende der Simulation} notTaken {Nicht für die Anpassung verwendet: kein Einnahmeplan für diese Substanz} zero {Nicht für die Anpassung verwendet: 0, unter der Nachweisgrenze} other {Nicht für die Anpassung verwendet: bevor eine Dosis im Blut ankommt}}',
  // The factor's sentence and the fit's use after it (Japanese puts no space between sentences).
  'fit.withUse': '{factor} {use}',
  'csv.negative':
    'Zeile {row}: {value} ist negativ, und ein Messwert kann nicht unter 0 liegen (für einen Wert unter der Nachweisgrenze 0 eintragen).',
  'csv.rowFields':
    "Die Spalten sind nicht zu trennen: Zeile {row} hat {count, plural, =1 {# Feld} other {# Felder}}, Zeile {first} aber {expected}, getrennt durch {sep, select, tab {Tabulatoren} semicolon {Semikolons} other {Kommas}}: ''{text}''. Jede Zeile braucht gleich viele Felder (z. B. \"2026-03-23 08:00;1,2;ng/mL\").",
};
