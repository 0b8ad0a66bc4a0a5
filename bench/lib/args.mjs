/** A bench script's `--name=value` options (a bare `--flag` is 'true'), as a Map. */
export function benchArgs(argv = process.argv.slice(2)) {
  // At the first '=' only: a value may hold '=' itself (--server-node-options=--max-old-space-size=160).
  return new Map(
    argv
      .map((a) => a.replace(/^--/, ''))
      .map((a) => (a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, 'true'])),
  );
}
