/**
 * One job in a Web Worker (an import, a backup check, a pack saved): the worker answers with updates (progress), then
 * `done` with the result or `error` with a plain message. A worker that fails before it said anything could not load
 * its code (offline before it was cached): the job then runs on the page (`here`). `stop()` ends the worker; the job
 * then resolves with null.
 */
export type WorkerEnd<R> =
  | { type: 'done'; result: R }
  /** `kind`: a storage error's kind (`StorageError`), so the page tells the learner what it would have said itself. */
  | { type: 'error'; message: string; kind?: string };

/** How a worker reports an error it caught: its message and, for a storage error, its kind. */
export function workerError(error: unknown): Extract<WorkerEnd<never>, { type: 'error' }> {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return {
    type: 'error',
    message: error instanceof Error ? error.message : String(error),
    ...(typeof kind === 'string' ? { kind } : {})
  };
}

export interface WorkerJob<R> {
  result: Promise<R | null>;
  stop(): void;
}

export function workerJob<R, U extends { type: string }>(
  worker: Worker,
  message: unknown,
  onUpdate: (update: U) => void,
  here: () => Promise<R>
): WorkerJob<R> {
  let stop = () => {};
  const result = new Promise<R | null>((resolve, reject) => {
    let heard = false;
    stop = () => {
      worker.terminate();
      resolve(null);
    };
    worker.onmessage = (event: MessageEvent<U | WorkerEnd<R>>) => {
      heard = true;
      const reply = event.data;
      if (reply.type === 'done' || reply.type === 'error') {
        worker.terminate();
        const end = reply as WorkerEnd<R>;
        if (end.type === 'done') resolve(end.result);
        // With a storage error's kind, which the storage notice reads (`StorageState.report`).
        else reject(Object.assign(new Error(end.message), { kind: end.kind }));
      } else onUpdate(reply as U);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (!heard) here().then(resolve, reject);
      else reject(new Error(`the reader stopped: ${event.message || 'unknown error'}`));
    };
    worker.postMessage(message);
  });
  return { result, stop: () => stop() };
}
