/**
 * A corpus article that cannot be read, with its file and line. Its own module so the CLI can tell it apart
 * (`instanceof`) without loading the article parser (YAML, zod) at start-up.
 */
export class ArticleError extends Error {
  constructor(
    readonly origin: string,
    readonly problem: string,
    readonly line?: number
  ) {
    super(`${origin}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'ArticleError';
  }
}
