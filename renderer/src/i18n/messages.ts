/**
 * The renderer's words in English, German and Japanese, side by side so no translation can fall behind: each
 * entry is [en, de, ja] in ICU MessageFormat (see sim/i18n/messages.en.ts). The catalogs (catalogs.ts) are built
 * from these; the type makes a missing language a compile error, tests/renderer/i18n-catalogs.test.ts checks
 * that every message parses and uses the same values in every language.
 */
type Entry = readonly [en: string, de: string, ja: string];

export const RENDERER_MESSAGES = {
  // Header.
  'app.subtitle': [
    'How vitamin K2 (MK-4, MK-7) and K1 rise and fall in the blood: an educational model',
    'Wie Vitamin K2 (MK-4, MK-7) und K1 im Blut steigen und fallen: ein Lernmodell',
    'ビタミンK2（MK-4、MK-7）とK1の血中濃度の上がり方と下がり方：学習用モデル',
  ],
  'app.language': ['Language', 'Sprache', '言語'],
  'app.scenario': ['Scenario', 'Szenario', 'シナリオ'],
  'app.scenarioNameLabel': [
    'Scenario name (used by Save, exports and added scenes)',
    'Name des Szenarios (für Speichern, Exporte und hinzugefügte Szenen)',
    'シナリオ名（保存、書き出し、追加したシーンで使用）',
  ],
  'app.titledBy': [
    'Titled by what it holds until you name it: {title}',
    'Nach seinem Inhalt benannt, bis Sie ihm einen Namen geben: {title}',
    '名前を付けるまでは内容から付けた題名になります：{title}',
  ],
  'pager.first': ['First', 'Erste', '最初'],
  'pager.previous': ['Previous {n}', 'Vorherige {n}', '前の{n}件'],
  'pager.next': ['Next {n}', 'Nächste {n}', '次の{n}件'],
  'pager.last': ['Last', 'Letzte', '最後'],
  'pager.range': [
    '{noun} {first}–{last} of {total}',
    '{noun} {first}–{last} von {total}',
    '{noun} {first}–{last}（全{total}件）',
  ],
} as const satisfies Record<string, Entry>;

export type RendererMessageId = keyof typeof RENDERER_MESSAGES;
