/**
 * Exits once stdout and stderr have flushed. `process.exit` right after a large write
 * to a pipe cuts the output (writes to pipes are asynchronous), so wait for both.
 */
export function exitAfterFlush(code: number): void {
  let pending = 2;
  const done = () => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}
