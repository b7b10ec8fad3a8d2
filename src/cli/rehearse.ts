/** The local rehearsal arrives with the pipeline issue; until then it says so and fails. */
export async function rehearseCommand(_argv: string[]): Promise<number> {
  process.stderr.write(
    'pyrelease rehearse is not implemented yet: the local rehearsal of the whole pipeline arrives with the\n' +
      'pipeline issue. The actions and `pyrelease check` / `pyrelease serve-index` work today.\n',
  );
  return 1;
}
