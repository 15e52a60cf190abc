/** Article and pack ids: lower-case letters, digits and dashes, starting with a letter or digit (safe as a file name). */
export const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export const isSlug = (text: string): boolean => SLUG.test(text);
