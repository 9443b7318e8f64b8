/**
 * The literature behind every preset number. Facts are taken from ../shared/science/vitamin-k-pk.md;
 * the app's sources panel lists these entries.
 */
export interface Citation {
  id: SourceId;
  /** Short label for captions and chart points, e.g. "Sato 2012". */
  short: string;
  /** Full reference. */
  full: string;
  /** What the simulator takes from it. */
  usedFor: string;
}

export const SOURCE_IDS = [
  'schurgers2007',
  'sato2012',
  'knapen2014',
  'uematsu1996',
  'knapen2013',
  'geleijnse2004',
  'theuwissen2013',
  'schurgers2004',
  'menatetrenoneLabel',
  'pubchem',
  'roodenburg2000',
  'dawsonHughes2015',
  'caluwe2014',
  'koitaya2014',
  'jiang2014',
  'aoun2017',
  'olson2002',
  'novotny2010',
  'jones2007',
  'knapen2015',
  'ronn2016',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export const SOURCES: Record<SourceId, Citation> = {
  schurgers2007: {
    id: 'schurgers2007',
    short: 'Schurgers 2007',
    full: 'Schurgers LJ, Teunissen KJF, Hamulyák K, et al. Vitamin K-containing dietary supplements: comparison of synthetic vitamin K1 and natto-derived menaquinone-7. Blood 2007;109:3279-3283.',
    usedFor:
      "Peak about 4 h after intake for K1 and MK-7, MK-7 reaching at least K1's peak after single doses; MK-7 half-life of about 3 days; 7- to 8-fold higher MK-7 than K1 during daily intake; MK-7 rising over the first two weeks of daily intake, then steady (its figure, as summarised by kinon.eu). (Its remark on anticoagulant interference is superseded by Theuwissen 2013, which found effects at lower doses.)",
  },
  sato2012: {
    id: 'sato2012',
    short: 'Sato 2012',
    full: 'Sato T, Schurgers LJ, Uenishi K. Comparison of menaquinone-4 and menaquinone-7 bioavailability in healthy women. Nutrition Journal 2012;11:93.',
    usedFor:
      'Single 420 µg MK-7 peaks at 6 h and is still detectable at 48 h; single 420 µg MK-4 not detectable; 60 µg/day for 7 days raises MK-7 but not MK-4.',
  },
  knapen2014: {
    id: 'knapen2014',
    short: 'Knapen 2014',
    full: 'Knapen MHJ, Vermeer C, Braam LAJLM, Theuwissen E. Pharmacokinetics of menaquinone-7 (vitamin K2) in healthy volunteers. J Clin Trials 2014;4:2.',
    usedFor:
      'MK-7 time to peak 2-4 h from oil capsules, about 6 h from tablets; high variability between subjects.',
  },
  uematsu1996: {
    id: 'uematsu1996',
    short: 'Uematsu 1996',
    full: 'Uematsu T, Nagashima S, Niwa M, et al. Effect of dietary fat content on oral bioavailability of menatetrenone in humans. J Pharm Sci 1996;85:1012-1016.',
    usedFor:
      'AUC(0-24 h) of 15 mg menatetrenone rose with meal fat: 371 (8.8 g), 485 (20.0 g), 1024 (34.9 g) ng·h/mL. Basis of the fat effect.',
  },
  knapen2013: {
    id: 'knapen2013',
    short: 'Knapen 2013',
    full: 'Knapen MHJ, Drummen NE, Smit E, Vermeer C, Theuwissen E. Three-year low-dose menaquinone-7 supplementation helps decrease bone loss in healthy postmenopausal women. Osteoporosis International 2013;24:2499-2507.',
    usedFor:
      '180 µg/day MK-7 for 3 years improved vitamin K status and slowed bone loss (context for the tissue story).',
  },
  geleijnse2004: {
    id: 'geleijnse2004',
    short: 'Geleijnse 2004',
    full: 'Geleijnse JM, Vermeer C, Grobbee DE, et al. Dietary intake of menaquinone is associated with a reduced risk of coronary heart disease: the Rotterdam Study. J Nutr 2004;134:3100-3105.',
    usedFor: 'Observational link between menaquinone intake and less aortic calcification (context only).',
  },
  theuwissen2013: {
    id: 'theuwissen2013',
    short: 'Theuwissen 2013',
    full: 'Theuwissen E, Teunissen KJ, Spronk HMH, et al. Effect of low-dose supplements of menaquinone-7 (vitamin K2) on the stability of oral anticoagulant treatment: dose-response relationship in healthy volunteers. J Thromb Haemost 2013;11:1085-1092.',
    usedFor:
      'Anticoagulant caution for MK-7: in 18 healthy subjects on acenocoumarol (target INR 2.0), 10 and 20 µg/day MK-7 already shifted INR in a clinically relevant way in at least 40% and 60% of subjects; 45 µg/day lowered INR by about 40%.',
  },
  schurgers2004: {
    id: 'schurgers2004',
    short: 'Schurgers 2004',
    full: 'Schurgers LJ, Shearer MJ, Hamulyák K, Stöcklin E, Vermeer C. Effect of vitamin K intake on the stability of oral anticoagulant treatment: dose-response relationships in healthy subjects. Blood 2004;104:2682-2689 (PMID 15231565).',
    usedFor:
      'Anticoagulant caution for K1: in healthy volunteers on stable anticoagulation, 150 µg/day K1 was the threshold for a significant INR drop (clinically relevant in 25% of them); supplements of 100 µg/day did not significantly interfere.',
  },
  menatetrenoneLabel: {
    id: 'menatetrenoneLabel',
    short: 'Menatetrenone label (Japan)',
    full: 'Menatetrenone (Glakay) prescribing information, Japan: 45 mg/day (15 mg three times daily after meals) for osteoporosis.',
    usedFor: 'Pharmacological MK-4 dose for context.',
  },
  pubchem: {
    id: 'pubchem',
    short: 'PubChem',
    full: 'Molar masses: MK-4 C31H40O2 444.7 g/mol; MK-7 C46H64O2 649.0 g/mol; K1 C31H46O2 450.7 g/mol (as in Sato 2012 for 420 µg = 945 and 647 nmol).',
    usedFor: 'Conversion between ng/mL and nmol/L.',
  },
  roodenburg2000: {
    id: 'roodenburg2000',
    short: 'Roodenburg 2000',
    full: 'Roodenburg AJC, Leenen R, van het Hof KH, Weststrate JA, Tijburg LBM. Amount of fat in the diet affects bioavailability of lutein esters but not of alpha-carotene, beta-carotene, and vitamin E in humans. Am J Clin Nutr 2000;71:1187-1193.',
    usedFor:
      'Where the fat effect levels off: 3 g and 36 g of meal fat gave the same plasma rise of vitamin E (20% and 23%) and of alpha- and beta-carotene (less with more fat). Sets the rule that absorption rises at most 23 / 20 = 1.15-fold from 36 g to 100 g.',
  },
  dawsonHughes2015: {
    id: 'dawsonHughes2015',
    short: 'Dawson-Hughes 2015',
    full: 'Dawson-Hughes B, Harris SS, Lichtenstein AH, Dolnikowski G, Palermo NJ, Rasmussen H. Dietary fat increases vitamin D-3 absorption. J Acad Nutr Diet 2015 (doi:10.1016/j.jand.2014.09.014).',
    usedFor:
      'Context for the fat effect: 50,000 IU vitamin D3 with a meal of 30% energy from fat peaked 32% higher than with a fat-free meal: another fat-soluble vitamin gains far less from fat than MK-4 in Uematsu 1996.',
  },
  caluwe2014: {
    id: 'caluwe2014',
    short: 'Caluwé 2014',
    full: 'Caluwé R, Vandecasteele S, Van Vlem B, Vermeer C, De Vriese AS. Vitamin K2 supplementation in haemodialysis patients: a randomized dose-finding study. Nephrol Dial Transplant 2014;29:1385-1390.',
    usedFor:
      'Calibrates the artery readout: 360, 720 and 1,080 µg MK-7 three times a week for 8 weeks lowered dp-ucMGP by 17, 33 and 46% in haemodialysis patients.',
  },
  koitaya2014: {
    id: 'koitaya2014',
    short: 'Koitaya 2014',
    full: 'Koitaya N, Sekiguchi M, Tousen Y, et al. Low-dose vitamin K2 (MK-4) supplementation for 12 months improves bone metabolism and prevents forearm bone loss in postmenopausal Japanese women. J Bone Miner Metab 2014;32:142-150.',
    usedFor:
      'Where the MK-4 curve is contested: 1.5 mg/day MK-4 lowered serum ucOC against placebo after 6 and 12 months, although Sato 2012 found 420 µg MK-4 undetectable in serum.',
  },
  jiang2014: {
    id: 'jiang2014',
    short: 'Jiang 2014',
    full: 'Jiang Y, Zhang ZL, Zhang ZL, et al. Menatetrenone versus alfacalcidol in the treatment of Chinese postmenopausal women with osteoporosis: a multicenter, randomized, double-blinded, double-dummy, positive drug-controlled clinical trial. Clin Interv Aging 2014;9:121-127.',
    usedFor:
      'Calibrates the bone readout: menatetrenone 45 mg/day for 1 year lowered ucOC by 82.3% from baseline.',
  },
  aoun2017: {
    id: 'aoun2017',
    short: 'Aoun 2017',
    full: 'Aoun M, et al. High dephosphorylated-uncarboxylated MGP in hemodialysis patients: risk factors and response to vitamin K2, a pre-post intervention clinical trial. 2017 (abstract).',
    usedFor:
      'A prediction the model misses: 360 µg/day MK-7 for 4 weeks lowered dp-ucMGP by 86% on average in 50 haemodialysis patients (the authors note European studies saw at most 61%).',
  },
  olson2002: {
    id: 'olson2002',
    short: 'Olson 2002',
    full: 'Olson RE, Chao J, Graham D, Bates MW, Lewis JH. Total body phylloquinone and its turnover in human subjects at two levels of vitamin K intake. Br J Nutr 2002;87:543-553.',
    usedFor:
      'K1 after an intravenous tracer dose, followed for 6 days: plasma decay in two exponentials, t½ 1.0 (SD 0.47) h and 27.6 (SD 12.4) h on a control diet; turnover time about 1.5 days. The hybrid half-lives of the two-compartment K1 model.',
  },
  novotny2010: {
    id: 'novotny2010',
    short: 'Novotny 2010',
    full: 'Novotny JA, Kurilich AC, Britz SJ, Baer DJ, Clevidence BA. Vitamin K absorption and kinetics in human subjects after consumption of 13C-labelled phylloquinone from kale. Br J Nutr 2010;104:858-862.',
    usedFor:
      '156 nmol 13C-K1 in kale with 30 g oil: peak between 6 and 10 h, mean peak 2.1 nmol/L, bioavailability 4.7%, plasma and tissue half-times 8.8 and 215 h. Compared with the model, not fitted.',
  },
  jones2007: {
    id: 'jones2007',
    short: 'Jones 2007',
    full: 'Jones KS. Stable isotope studies into the kinetics and bioavailability of vitamin K1 in humans. PhD thesis, The Open University, 2007 (the basis of Jones et al. 2008 and 2009, Br J Nutr).',
    usedFor:
      'Intravenous 13C and ring-D4 K1 fitted to a two-compartment model (input and output from plasma, exchange with a remote compartment): half-times 0.2 and 2.7 h over the sampled hours; absorption of 4 µg oral doses 13%. Supports the structure; not fitted.',
  },
  knapen2015: {
    id: 'knapen2015',
    short: 'Knapen 2015',
    full: 'Knapen MHJ, Braam LAJLM, Teunissen KJ, Zwijsen RML, Theuwissen E, Vermeer C. Yogurt drink fortified with menaquinone-7 improves vitamin K status in a healthy population. J Nutr Sci 2015;4:e35.',
    usedFor:
      'A steady-state MK-7 level the model predicts (not fitted): 28 µg MK-7 in a yogurt drink twice a day for 12 weeks raised circulating MK-7 from 0.28 to 1.94 ng/mL in 60 healthy adults.',
  },
  ronn2016: {
    id: 'ronn2016',
    short: 'Rønn 2016',
    full: 'Rønn SH, Harsløf T, Pedersen SB, Langdahl BL. Vitamin K2 (menaquinone-7) prevents age-related deterioration of trabecular bone microarchitecture at the tibia in postmenopausal women. Eur J Endocrinol 2016;175:541-549.',
    usedFor:
      'A bone-marker change the model predicts (not fitted): daily MK-7 for 12 months lowered ucOC by 72.3% at 6 and 70.3% at 12 months (placebo: 8.0% and 7.2%).',
  },
};
