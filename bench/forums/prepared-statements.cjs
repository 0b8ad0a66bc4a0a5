// EXPERIMENT, not used by default: preloaded into the server (`BENCH_SERVER_NODE_OPTIONS=
// "--require ./bench/forums/prepared-statements.cjs"`) it names every parameterised query after
// a hash of its text, so node-postgres prepares it once per connection and PostgreSQL stops
// planning it on every call (planning costs more than running most of our hot queries). It
// measures what the server would gain from prepared statements; the real change belongs in
// server/src/infrastructure/database, not in a monkey patch.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload for `node --require` */
const { createHash } = require('node:crypto');
const pg = require('pg');

const query = pg.Client.prototype.query;
const names = new Map();

pg.Client.prototype.query = function namedQuery(config, values, callback) {
  if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
    let name = names.get(config);
    if (!name) names.set(config, (name = `q_${createHash('sha1').update(config).digest('hex').slice(0, 20)}`));
    return query.call(this, { name, text: config, values }, callback);
  }
  return query.call(this, config, values, callback);
};
