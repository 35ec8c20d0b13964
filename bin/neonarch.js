#!/bin/sh
":" //; unset NODE_EXTRA_CA_CERTS; exec node "$0" "$@"
// Line 2 is both languages: to sh, `:` (do nothing) and then the real command; to JavaScript, a
// string and a comment. Run from a shell (npm's `.bin` link, a global install, `./bin/neonarch.js`),
// sh starts Node on this same file without NODE_EXTRA_CA_CERTS: Node parses the CA bundle that
// variable names before any script runs (~40 ms of every start on machines that set it), and
// neonarch opens no TLS connection. `node bin/neonarch.js` skips line 2 and works as ever.
// Decision 0009, twelfth session.
//
// Thin shell: the CLI lives in src/cli/main.ts; `npm run build` (run by `npm ci`) compiles it to dist/,
// bundles it into dist/neonarch.cjs (one file starts faster than the ~290 modules it is made of) and
// records V8's code cache of it (bin/load-cli.js). CommonJS (bin/package.json): see load-cli.js.
'use strict';
const { loadCli } = require('./load-cli.js');

const { run } = loadCli().cli;

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // The command is done and its files are written: end now, without first tearing down Node's
    // heaps and the PNG worker (~10 of the ~35 ms a render took to exit). Only once stdout and
    // stderr hold nothing unwritten (writes to a pipe are asynchronous on some systems).
    if (!process.stdout.writableLength && !process.stderr.writableLength) process.exit(code);
  },
  (err) => {
    process.stderr.write(`neonarch: internal error: ${err?.message ?? err}\n`);
    if (process.env.NEONARCH_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
    else process.stderr.write('This is a bug in neonarch, not in your model. Re-run with NEONARCH_DEBUG=1 for details and report it.\n');
    process.exitCode = 70;
  },
);
