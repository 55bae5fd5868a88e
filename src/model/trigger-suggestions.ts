/** The known trigger names closest to a mistyped one, best first. */
export function suggestTriggers(typed: string, known: string[], limit = 3): string[] {
  const scored = known.map((name) => ({ name, distance: editDistance(typed, name) }));
  const threshold = Math.max(2, Math.floor(typed.length / 3));
  const containing = known.filter((name) => typed.length >= 4 && (name.includes(typed) || typed.includes(name)));
  const close = scored
    .filter((entry) => entry.distance <= threshold)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .map((entry) => entry.name);
  return [...new Set([...close, ...containing])].slice(0, limit);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_value, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] as number;
}
