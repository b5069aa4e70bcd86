#!/usr/bin/env node
// A reader that stops early (`jiedu … | head`) closes the pipe: that ends the output, it is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv);
