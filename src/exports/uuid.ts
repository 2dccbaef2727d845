/**
 * Name-based UUIDs, version 5 (RFC 9562 §5.5: SHA-1 of namespace + name), so that the ids of the
 * HSDS export stay the same from build to build as long as the slug stays the same.
 */
import { createHash } from 'node:crypto';

/**
 * The project's namespace: uuidV5(NAMESPACE_URL, 'https://www.gewaltschutz-netz-niedersachsen.de/daten/hsds/').
 * Fixed for good: changing it would change every published id.
 */
export const GSN_NAMESPACE = '82c26b14-cd4a-59f4-b781-911ba0909c3f';

/** The RFC's predefined namespace for URLs (6ba7b811-…). */
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Namespaces as bytes (the HSDS export makes some 30 ids per contact, all in one namespace). */
const namespaces = new Map<string, Buffer>();

function namespaceBytes(namespace: string): Buffer {
  let bytes = namespaces.get(namespace);
  if (!bytes) {
    if (!UUID.test(namespace)) throw new Error(`kein UUID-Namensraum: ${namespace}`);
    bytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    namespaces.set(namespace, bytes);
  }
  return bytes;
}

export function uuidV5(name: string, namespace: string = GSN_NAMESPACE): string {
  const hash = createHash('sha1').update(namespaceBytes(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122/9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
