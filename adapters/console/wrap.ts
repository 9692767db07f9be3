/** Wraps each line of `text` at word boundaries to `width` columns, keeping list bullets' hanging indent. */
export function wrapText(text: string, width: number): string {
  if (width < 20) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if ([...line].length <= width) return line;
  const indent = ' '.repeat(/^\s*(?:[•*-]\s+)?/.exec(line)?.[0].length ?? 0);
  const words = line.split(' ');
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if ([...candidate].length > width && current.trim() !== '') {
      out.push(current);
      current = indent + word;
    } else {
      current = candidate;
    }
  }
  out.push(current);
  return out.join('\n');
}
