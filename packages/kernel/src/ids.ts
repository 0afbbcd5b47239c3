import { v7 as uuidV7 } from 'uuid';

/**
 * A new identifier for records created by the system: a UUID v7, whose first 48 bits are
 * the time in milliseconds and the rest random. Rows created together sit together in
 * every index keyed by them, so an insert touches the newest page of the primary key (and
 * of indexes that lead with a parent's id) instead of a random one; with random v4 keys a
 * workflow command wrote several whole index pages to the WAL after each checkpoint
 * (docs/benchmarks.md). The time is no secret (records show when they were created), and
 * access never rests on an id being unguessable: every read is authorised.
 */
export function newId(): string {
  return uuidV7();
}

/**
 * The short number (单号) people read and print for a record: eight characters of its id
 * that tell records apart. A v7 id gives its last eight (random; its first eight are the
 * time, shared by everything made within the same minute); an older v4 id keeps its first
 * eight, so numbers already shown and printed stay the same.
 */
export function shortNumber(id: string): string {
  const hex = id.toUpperCase();
  return id[14] === '7' ? hex.slice(-8) : hex.slice(0, 8);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when the text is a UUID (so it can be sent to a uuid column safely). */
export function isUuid(text: string): boolean {
  return uuidPattern.test(text);
}
