#!/bin/sh
":" //; unset NODE_EXTRA_CA_CERTS; export GLIBC_TUNABLES="glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432:glibc.malloc.arena_max=2${GLIBC_TUNABLES:+:$GLIBC_TUNABLES}"; exec node "$0" "$@"
// Line 2 is both languages: to sh, `:` (do nothing) and then the real command; to JavaScript, a
// string and a comment. Run from a shell (npm's `.bin` link, a global install, `./bin/neonarch.js`),
// sh starts Node on this same file without NODE_EXTRA_CA_CERTS: Node parses the CA bundle that
// variable names before any script runs (~40 ms of every start on machines that set it), and
// neonarch opens no TLS connection. It also gives glibc's malloc three tunables (a user's own
// GLIBC_TUNABLES after them, so theirs win; other C libraries ignore the variable): its memory on
// transparent huge pages, where the kernel grants them on request, and blocks up to 32 MB kept in
// the heap for reuse, not mapped and unmapped one by one (glibc's own threshold ends there once it
// has adapted), and two arenas for all threads, so memory one thread frees is reused by another:
// fewer first touches of fresh 4 KB pages. `node bin/neonarch.js` skips line 2.
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
