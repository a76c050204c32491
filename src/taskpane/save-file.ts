/** Offers bytes to the clerk as a file to save, the way a browser downloads one. */
export function downloadFile(name: string, bytes: Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has taken the bytes once click() returns; a later revoke only frees memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
