/**
 * encoding: the byte-level transport every link and code shares (base64url, inflation with a cap, JSON that cannot
 * reach an object's prototype). Imports only fflate; every room that carries data in a URL or a code uses it.
 */
// side doors: fuzz-testing.ts — test-only helpers for the decoders' property tests (fast-check, vitest), never in the app.
export { fromBase64Url, toBase64Url, Base64Error } from './base64url';
export { inflateCapped, joinChunks, InflateLimitError, InflateError } from './inflate';
export { parseJsonInert, UNSAFE_KEYS } from './json';
