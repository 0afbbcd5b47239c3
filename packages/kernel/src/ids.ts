/** A new random identifier (UUID v4) for records created by the system. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when the text is a UUID (so it can be sent to a uuid column safely). */
export function isUuid(text: string): boolean {
  return uuidPattern.test(text);
}
