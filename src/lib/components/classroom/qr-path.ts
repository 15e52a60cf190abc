/** Turns a QR module matrix into one SVG path (runs of dark modules per row), so no markup is injected. */
export function qrPath(size: number, isDark: (row: number, col: number) => boolean, margin = 4): string {
  let d = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && isDark(row, col)) col++;
      d += `M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`;
    }
  }
  return d;
}
