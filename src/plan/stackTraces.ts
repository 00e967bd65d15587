/**
 * Runs `task` with stack traces off. Pulumi captures and formats one for every debuggable
 * promise (for its leak reports, which an offline plan never shows): thousands per plan, and
 * under the tests' source maps the plan-heavy test files ran about 30% faster without them.
 * (The trace each resource takes for its source position sets its own limit.) Errors thrown
 * meanwhile carry no frames, so a caller that reports bugs runs the task again with traces on.
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
