export * from './format';
export * from './translator';
export { formatSimpleMessage, simpleMessage, type SimpleMessage } from './simpleMessage';
export { SIM_MESSAGES_EN, type SimMessageId } from './messages.en';
export { SIM_MESSAGES_DE } from './messages.de';
export { SIM_MESSAGES_JA } from './messages.ja';
export { pseudoCatalog, pseudoMessage, PSEUDO_LETTERS, PSEUDO_LOCALE } from './pseudo';
