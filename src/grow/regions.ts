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
      const startLine = lines[start] as string;
      const label = startLine.slice(startLine.indexOf(START) + START.length)
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
 * is neither what the generator last wrote (`previous`, when known), nor what it first wrote (`first`, the
 * plugin's first commit, when known), nor what it would write now was edited by the author: it is reported
 * instead, unless `force`. Regions the render gained since the generator first wrote the file are added.
 */
export function refreshRegions(onDisk: string, fresh: string, previous: string | undefined, force: boolean, first?: string): RegionRefresh {
  const diskLines = onDisk.split('\n');
  const freshLines = fresh.split('\n');
  const previousLines = previous?.split('\n');
  const firstLines = first?.split('\n');
  const ours = regionsOf(diskLines);
  const rendered = regionsOf(freshLines);
  const before = previousLines ? regionsOf(previousLines) : undefined;
  const original = firstLines ? regionsOf(firstLines) : undefined;
  // What the generator first wrote decides which regions are new; today's render of the old input has them all.
  const added = newRegions(ours, rendered, original ?? before);
  const theirs = rendered.filter((region) => !added.includes(region));
  if ((ours.length === 0 && added.length === 0) || ours.length !== theirs.length) {
    return { kind: 'unmatched' };
  }
  const body = (lines: string[], region: Region) => lines.slice(region.start + 1, region.end).join('\n');
  const edited: string[] = [];
  ours.forEach((own, index) => {
    const now = body(freshLines, theirs[index] as Region);
    const onDiskBody = body(diskLines, own);
    const last = before && previousLines && before.length === ours.length ? body(previousLines, before[index] as Region) : undefined;
    const firstBody = original && firstLines ? original.find((region) => region.name === own.name) : undefined;
    const unchangedSinceFirst = firstBody !== undefined && firstLines !== undefined && body(firstLines, firstBody) === onDiskBody;
    if (!force && onDiskBody !== now && last !== undefined && onDiskBody !== last && !unchangedSinceFirst) {
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
  return { kind: 'spliced', text: withNewRegions(diskLines.join('\n'), freshLines, rendered, added) };
}

/**
 * Regions the fresh render has that the generator never wrote into this file before (neither the file nor
 * the previous render has one of that name): a kit added later, such as the report kit's property table or
 * property helpers. A region the author removed is not among them, since the previous render had it.
 */
function newRegions(ours: Region[], theirs: Region[], before: Region[] | undefined): Region[] {
  if (before === undefined) {
    return [];
  }
  const names = (regions: Region[]) => regions.map((region) => region.name);
  const known = new Set([...names(ours), ...names(before)]);
  if (new Set(names(theirs)).size !== theirs.length || !names(ours).every((name) => names(theirs).includes(name))) {
    return [];
  }
  return theirs.filter((region) => !known.has(region.name));
}

/**
 * Puts each new region where the render has it: after the region that precedes it there, together with
 * the lines between the two (a heading, a blank line), or at the end of the file when none precedes it.
 * The preceding region is always in the file by then: it was either there already (the names of the file's
 * regions are the render's less the new ones) or added just before, since new regions go in render order.
 */
function withNewRegions(text: string, freshLines: string[], rendered: Region[], added: Region[]): string {
  let lines = text.split('\n');
  for (const region of added) {
    const preceding = rendered[rendered.indexOf(region) - 1];
    const precedingInFile = preceding && regionsOf(lines).find((candidate) => candidate.name === preceding.name);
    if (preceding && precedingInFile) {
      lines.splice(precedingInFile.end + 1, 0, ...freshLines.slice(preceding.end + 1, region.end + 1));
    } else {
      // One blank line between the file's last line and the region, and the file still ends with a newline.
      const kept = lines.at(-1) === '' ? lines.slice(0, -1) : lines;
      const gap = kept.length > 0 && kept.at(-1) !== '' ? [''] : [];
      lines = [...kept, ...gap, ...freshLines.slice(region.start, region.end + 1), ''];
    }
  }
  return lines.join('\n');
}
