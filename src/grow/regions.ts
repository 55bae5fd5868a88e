/**
 * Regions of a file the generator keeps up to date while the author edits the rest: each starts on a line
 * holding `>>> generator-dokku-plugin` and ends on one holding `<<< generator-dokku-plugin`. Whatever follows
 * the start marker (`: help lines`) names the region in messages. The markers are plain comments in each
 * language, so a file with regions is still valid bash, Go, bats or Markdown.
 */
const START = '>>> generator-dokku-plugin';
const END = '<<< generator-dokku-plugin';

interface Region {
  start: number;
  end: number;
  name: string;
}

/**
 * A marker is a whole comment line (`#`, `//` or `<!--`), so a user's text that quotes a marker, inside a
 * help line or a table row, is never taken for one.
 */
function isMarker(line: string, marker: string): boolean {
  return /^\s*(#|\/\/|<!--)\s*/.exec(line)?.[0].length === line.indexOf(marker);
}

function regionsOf(lines: string[]): Region[] {
  const regions: Region[] = [];
  let start = -1;
  lines.forEach((line, index) => {
    if (isMarker(line, START)) {
      start = index;
    } else if (isMarker(line, END) && start >= 0) {
      const label = (lines[start] ?? '').slice((lines[start] ?? '').indexOf(START) + START.length)
        .replace(/-->\s*$/, '').replace(/^[\s:]+/, '').trim();
      regions.push({ start, end: index, name: label === '' ? `at line ${start + 1}` : label });
      start = -1;
    }
  });
  return regions;
}

export function hasRegions(text: string): boolean {
  return regionsOf(text.split('\n')).length > 0;
}

export type RegionRefresh =
  | { kind: 'spliced'; text: string }
  /** Regions the author edited that the refresh would change, by name. */
  | { kind: 'edited'; regions: string[] }
  /** The file no longer has the regions of the render (a marker was removed). */
  | { kind: 'unmatched' };

/**
 * The author's file with each region replaced by the same region of the fresh render. A region whose text
 * is neither what the generator last wrote (`previous`, when known) nor what it would write now was edited
 * by the author: it is reported instead, unless `force`.
 */
export function refreshRegions(onDisk: string, fresh: string, previous: string | undefined, force: boolean): RegionRefresh {
  const diskLines = onDisk.split('\n');
  const freshLines = fresh.split('\n');
  const previousLines = previous?.split('\n');
  const ours = regionsOf(diskLines);
  const theirs = regionsOf(freshLines);
  const before = previousLines ? regionsOf(previousLines) : undefined;
  if (ours.length === 0 || ours.length !== theirs.length) {
    return { kind: 'unmatched' };
  }
  const body = (lines: string[], region: Region) => lines.slice(region.start + 1, region.end).join('\n');
  const edited: string[] = [];
  ours.forEach((own, index) => {
    const now = body(freshLines, theirs[index] as Region);
    const onDiskBody = body(diskLines, own);
    const last = before && previousLines && before.length === ours.length ? body(previousLines, before[index] as Region) : undefined;
    if (!force && onDiskBody !== now && last !== undefined && onDiskBody !== last) {
      edited.push(own.name);
    }
  });
  if (edited.length > 0) {
    return { kind: 'edited', regions: edited };
  }
  // From the last region back, so earlier line numbers stay valid.
  for (let index = ours.length - 1; index >= 0; index -= 1) {
    const own = ours[index] as Region;
    const region = theirs[index] as Region;
    diskLines.splice(own.start, own.end - own.start + 1, ...freshLines.slice(region.start, region.end + 1));
  }
  return { kind: 'spliced', text: diskLines.join('\n') };
}
