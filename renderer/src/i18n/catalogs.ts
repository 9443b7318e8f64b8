import {
  SIM_MESSAGES_DE,
  SIM_MESSAGES_EN,
  SIM_MESSAGES_JA,
  type Catalog,
  type SimMessageId,
} from '../../../sim/i18n';
import { RENDERER_MESSAGES, type RendererMessageId } from './messages';

/** Every message the app shows: sim/'s sentences and the renderer's words. */
export type MessageId = SimMessageId | RendererMessageId;

/** The languages the app speaks, in the switch's order. */
export const LANGUAGES = ['en', 'de', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

const column = (i: 0 | 1 | 2): Catalog<RendererMessageId> =>
  Object.fromEntries(
    Object.entries(RENDERER_MESSAGES).map(([id, texts]) => [id, texts[i]]),
  ) as Catalog<RendererMessageId>;

/** The full catalog of each language. */
export const CATALOGS: Readonly<Record<Language, Catalog<MessageId>>> = {
  en: { ...SIM_MESSAGES_EN, ...column(0) },
  de: { ...SIM_MESSAGES_DE, ...column(1) },
  ja: { ...SIM_MESSAGES_JA, ...column(2) },
};
