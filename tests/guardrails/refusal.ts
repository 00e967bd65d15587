import { expect } from "vitest";
import type { ConfigProblem } from "../../src/config/problems";
import { type BadCase, brokenPath, STACK_LINE } from "./support";

/** Whether a problem is about the broken key: the key itself, or an item or key below it. */
export function isAbout(problem: ConfigProblem, at: string): boolean {
  return problem.path === at || problem.path.startsWith(`${at}[`) || problem.path.startsWith(`${at}.`);
}

/**
 * The shape every refusal must have, whatever the key: it names the key broken, says what is
 * allowed, and shows the value received (or says it is required, or lists the keys allowed),
 * on one line, without a stack trace.
 */
export function expectRefusal(c: BadCase, problems: readonly ConfigProblem[], message: string): void {
  expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(c.problems);
  const about = problems.filter((p) => isAbout(p, brokenPath(c)));
  expect(about.length).toBeGreaterThan(0);
  for (const p of about) {
    expect(p.message).toMatch(
      /^(must .+; received .+|is required( .+|: .+; received nothing)|(needs|is only used) .+; received .+|unknown key; (did you mean "[^"]+"\? )?allowed keys: \w.*|is only read when cloud is "\w+"; .+)$/,
    );
    expect(p.message).not.toContain("\n");
  }
  expect(message).not.toMatch(STACK_LINE);
  expect(message).not.toMatch(/^\w*Error:/m);
  expect(message.split("\n")).toHaveLength(problems.length + 1);
}
