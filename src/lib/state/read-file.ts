/** A picked file's bytes, read in chunks so a Web Worker can tell the page how far it got (import, backup restore). */

/** Progress is told about every this many bytes. */
const STEP = 256 * 1024;

export async function readWithProgress(
  file: File,
  onProgress: (read: number, total: number) => void
): Promise<ArrayBuffer> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let read = 0;
  let told = 0;
  onProgress(0, file.size);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (read + value.length > bytes.length) throw new Error('the file changed while it was read');
    bytes.set(value, read);
    read += value.length;
    if (read - told >= STEP) {
      told = read;
      onProgress(read, file.size);
    }
  }
  return read === bytes.length ? bytes.buffer : bytes.slice(0, read).buffer;
}
