/** A failure the CLI explains in a sentence and exits with (2: the command was used wrongly). */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}
