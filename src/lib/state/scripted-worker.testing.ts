/**
 * Test-only (imported by *.test.ts, never by the app): a stand-in for a Web Worker whose answers the test scripts,
 * recording what the page posted and whether it ended the worker.
 */
export class ScriptedWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** The worker answers with `data`. */
  say(data: unknown) {
    this.onmessage?.({ data });
  }
}
