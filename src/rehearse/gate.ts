/**
 * The approval gate, as a person meets it in the pipeline (the `pypi`
 * environment's required reviewers): the brief first, then a yes or no. On a
 * terminal it asks; `--yes` approves in advance; without either it refuses,
 * because nobody approved anything.
 */
export interface GateIo {
  /** stdin is a terminal a person can answer on. */
  isTerminal: boolean;
  /** Shows the question and resolves with the answer line. */
  ask(question: string): Promise<string>;
}

export type GateDecision =
  | { approved: true; how: string }
  | { approved: false; how: string };

export async function approvalGate(opts: { yes: boolean; io: GateIo; question: string }): Promise<GateDecision> {
  if (opts.yes) return { approved: true, how: 'approved in advance with --yes' };
  if (!opts.io.isTerminal) {
    return {
      approved: false,
      how: 'refused: no terminal to ask on and no --yes (pass --yes to approve without a prompt, or run on a terminal to be asked)',
    };
  }
  const answer = (await opts.io.ask(opts.question)).trim().toLowerCase();
  if (answer === 'y' || answer === 'yes') return { approved: true, how: 'approved at the prompt' };
  return { approved: false, how: `rejected at the prompt (answer ${JSON.stringify(answer)}; only y or yes approves)` };
}
