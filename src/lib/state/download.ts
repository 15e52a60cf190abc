/**
 * Saves a file: the browser's download, through a temporary object URL. The link is put in the document while it is
 * clicked (older Firefox ignores a detached one), and the URL is revoked once the download has surely started.
 */
export function download(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
