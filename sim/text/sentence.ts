/**
 * A message as a sentence: trimmed, with a full stop added unless it already ends in one (or ! ? …), so two
 * messages joined with a space still read as two sentences.
 * @example asSentence('the dose must be at least 0 µg, got -5') // => 'the dose must be at least 0 µg, got -5.'
 */
export function asSentence(message: string): string {
  const text = message.trim();
  if (/[.!?…。！？]$/.test(text)) return text;
  // Japanese (and Chinese) text ends with an ideographic full stop.
  return /[\u3000-\u9fff\uff00-\uffef]$/.test(text) ? `${text}。` : `${text}.`;
}
