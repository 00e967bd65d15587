/**
 * Runs `task` with stack traces off. Pulumi captures and formats one for every resource (its
 * source position) and every debuggable promise (for leak reports): about a third of a plan's
 * CPU under the tests' source maps, and nothing an offline plan shows. Errors thrown meanwhile
 * carry no frames, so a caller that reports bugs runs the task again with traces on.
 */
export async function withoutStackTraces<T>(task: () => Promise<T>): Promise<T> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return await task();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
