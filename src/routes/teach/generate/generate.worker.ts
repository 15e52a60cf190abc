/**
 * The generator in a Web Worker, so a long article never freezes the page. One message in (the article), progress
 * messages out, then the draft pack or the reason there is none. Cancelling terminates the worker.
 */
import { articleFromText } from '$lib/domain/corpus/article';
import { generateDrafts } from '$lib/domain/generate';
import { stableId } from '$lib/domain/hash';
import type { GenerateReply, GenerateRequest } from '$lib/state/teach-generate.svelte';

const post = (reply: GenerateReply) => postMessage(reply);

onmessage = (event: MessageEvent<GenerateRequest>) => {
  const request = event.data;
  try {
    const article = articleFromText(request.text, {
      id: stableId('article', request.title, request.text.slice(0, 2000)),
      title: request.title,
      outlet: request.outlet,
      published: request.published,
      url: request.url,
      kind: request.kind
    });
    const { pack, why } = generateDrafts([article], {
      id: request.packId,
      title: request.title,
      seed: request.seed,
      onProgress: (progress) => post({ type: 'progress', ...progress })
    });
    post({ type: 'done', pack, why });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
