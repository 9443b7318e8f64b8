import { createTranslator, NEUTRAL_LOCALE } from '../../../sim/i18n';
import { CATALOGS, type MessageId } from './catalogs';
import type { AppTranslator } from './locale';

/**
 * The app's messages in English with plain digits (en-US): the language of data files (the CSV's header and its
 * "regimen_in_words"), whatever the UI's language, as ENGLISH is for sim/'s messages. Figures, previews and
 * status lines use the UI's translator instead.
 */
export const NEUTRAL_ENGLISH: AppTranslator = {
  ...createTranslator<MessageId>(NEUTRAL_LOCALE, CATALOGS.en, CATALOGS.en),
  language: 'en',
};
