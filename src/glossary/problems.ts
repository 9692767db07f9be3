/** One thing wrong with the glossary, located as precisely as we can. */
export interface Problem {
  /** Path of the file as shown to the user, e.g. `terms/rlhf.yaml`. */
  file: string;
  line: number;
  col: number;
  /** Dotted field path, e.g. `related.2.slug`; empty for the file as a whole. */
  field: string;
  message: string;
}

/** `terms/rlhf.yaml:12:5 related.2.slug: "rlfh" is not a term (did you mean "rlhf"?)` */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.col}`;
  return p.field ? `${where} ${p.field}: ${p.message}` : `${where} ${p.message}`;
}

/** Problems sorted by file, then position, so reports are stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.field.localeCompare(b.field),
  );
}
