#!/usr/bin/env node
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
