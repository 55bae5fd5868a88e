/**
 * Regions of a file the generator keeps up to date while the author edits the rest: each starts on a line
 * holding `>>> generator-dokku-plugin` and ends on one holding `<<< generator-dokku-plugin`.
 */
const START = '>>> generator-dokku-plugin';
const END = '<<< generator-dokku-plugin';

function regionsOf(text: string): Array<{ start: number; end: number }> {
  const lines = text.split('\n');
  const regions: Array<{ start: number; end: number }> = [];
  let start = -1;
  lines.forEach((line, index) => {
    if (line.includes(START)) {
      start = index;
    } else if (line.includes(END) && start >= 0) {
      regions.push({ start, end: index });
      start = -1;
    }
  });
  return regions;
}

/**
 * The author's file with each region replaced by the same region of the fresh render; undefined when the
 * two do not have the same regions (the author removed a marker), so the caller can fall back.
 */
export function spliceRegions(onDisk: string, rendered: string): string | undefined {
  const ours = regionsOf(onDisk);
  const theirs = regionsOf(rendered);
  if (ours.length === 0 || ours.length !== theirs.length) {
    return undefined;
  }
  const diskLines = onDisk.split('\n');
  const renderedLines = rendered.split('\n');
  // From the last region back, so earlier line numbers stay valid.
  for (let index = ours.length - 1; index >= 0; index -= 1) {
    const own = ours[index] as { start: number; end: number };
    const fresh = theirs[index] as { start: number; end: number };
    diskLines.splice(own.start, own.end - own.start + 1, ...renderedLines.slice(fresh.start, fresh.end + 1));
  }
  return diskLines.join('\n');
}
