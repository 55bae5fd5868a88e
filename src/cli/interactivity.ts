/**
 * Whether the generator may ask questions. An explicit --interactive / --no-interactive wins; otherwise
 * only a terminal on stdin outside CI can answer, and anything else must never see a prompt.
 */
export function isInteractive(flag: unknown, stdin: { isTTY?: boolean } = process.stdin, env = process.env): boolean {
  if (typeof flag === 'boolean') {
    return flag;
  }
  const ci = env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
  return stdin.isTTY === true && !inCi;
}
