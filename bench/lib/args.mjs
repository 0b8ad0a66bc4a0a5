/** A bench script's `--name=value` options (a bare `--flag` is 'true'), as a Map. */
export function benchArgs(argv = process.argv.slice(2)) {
  return new Map(argv.map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));
}
