import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { type Document, isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Problem } from './problems.js';
import { MAX_SLUG_LENGTH, SLUG_PATTERN, type Term, TermFileSchema } from './schema.js';

/** A term file as read from disk, with what is needed to point at its lines. */
export interface SourceFile {
  /** File name shown in messages, relative to the working directory when possible. */
  file: string;
  slug: string;
  /** Line and column (1-based) of a field path, or of the file start when the path is unknown. */
  locate(fieldPath: readonly PropertyKey[]): { line: number; col: number };
}

export interface LoadResult {
  terms: Term[];
  sources: Map<string, SourceFile>;
  problems: Problem[];
  /** sha256 over every file's name and bytes, for health checks and cache keys. */
  contentHash: string;
}

/** Reads and checks every `*.yaml` file in `dir`; never throws for bad content, only for an unreadable directory. */
export async function loadTermFiles(dir: string): Promise<LoadResult> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  const hash = createHash('sha256');
  const terms: Term[] = [];
  const sources = new Map<string, SourceFile>();
  const problems: Problem[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    const raw = await readFile(full, 'utf8');
    hash.update(name).update('\0').update(raw).update('\0');
    const parsed = parseTermFile(displayPath(full), name, raw);
    problems.push(...parsed.problems);
    if (parsed.source) sources.set(parsed.source.slug, parsed.source);
    if (parsed.term) terms.push(parsed.term);
  }
  return { terms, sources, problems, contentHash: hash.digest('hex') };
}

/**
 * Parses one term file's text; returns the term when it is valid, and every problem found.
 *
 * Two YAML libraries, on purpose: js-yaml (core schema) is several times faster and parses the good files,
 * which is every file on a normal start; `yaml` keeps source positions, so it is only run, lazily, when a
 * problem needs a line and column. Both follow YAML 1.2's core schema and reject duplicate keys.
 */
export function parseTermFile(
  file: string,
  name: string,
  raw: string,
): { term?: Term; source?: SourceFile; problems: Problem[] } {
  const slug = name.replace(/\.ya?ml$/, '');
  let positioned: { doc: Document.Parsed; lines: LineCounter } | undefined;
  const document = () => {
    if (!positioned) {
      const lines = new LineCounter();
      positioned = { doc: parseDocument(raw, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }), lines };
    }
    return positioned;
  };
  const at = (offset: number | undefined) => {
    const pos = document().lines.linePos(offset ?? 0);
    return { line: pos.line, col: pos.col };
  };
  const source: SourceFile = {
    file,
    slug,
    locate: (fieldPath) => {
      const { doc } = document();
      return at(nodeFor(doc.contents, fieldPath)?.range?.[0] ?? doc.contents?.range?.[0]);
    },
  };
  const problems: Problem[] = [];
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      file,
      line: 1,
      col: 1,
      field: '',
      message: `file name "${name}" must be a slug like "post-training.yaml" (lowercase words joined by dashes)`,
    });
  } else if (slug.length > MAX_SLUG_LENGTH) {
    problems.push({
      file,
      line: 1,
      col: 1,
      field: '',
      message: `file name is too long: a slug has at most ${MAX_SLUG_LENGTH} characters, so button ids fit Discord's limit`,
    });
  }
  let data: unknown;
  try {
    data = loadYaml(raw, { schema: CORE_SCHEMA, filename: file });
  } catch {
    const errors = document().doc.errors;
    for (const err of errors) {
      problems.push({ file, ...at(err.pos[0]), field: '', message: `is not valid YAML: ${firstLine(err.message)}` });
    }
    if (errors.length === 0) problems.push({ file, line: 1, col: 1, field: '', message: 'is not valid YAML' });
    return { problems };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file,
      line: 1,
      col: 1,
      field: '',
      message: 'must be a YAML mapping of fields (title, summary, …)',
    });
    return { problems };
  }
  const result = TermFileSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const fieldPath = issue.path;
      const missing = valueAt(data, fieldPath) === undefined && issue.code !== 'unrecognized_keys';
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`
          : missing
            ? 'is missing'
            : issue.message;
      const where = issue.code === 'unrecognized_keys' ? [...fieldPath, keys[0] ?? ''] : fieldPath;
      problems.push({ file, ...source.locate(where), field: fieldPath.map(String).join('.'), message });
    }
    return { source, problems };
  }
  return { term: { slug, ...result.data }, source, problems };
}

/** The YAML node at a path, or the deepest existing ancestor (keys for maps, indexes for sequences). */
function nodeFor(root: Node | null, fieldPath: readonly PropertyKey[]): Node | null {
  let node: Node | null = root;
  for (const key of fieldPath) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) return node;
      const next = pair.value as Node | null;
      // A key with no value points at the key itself.
      node = next ?? (pair.key as Node);
    } else if (isSeq(node) && typeof key === 'number') {
      const next = node.items[key] as Node | undefined;
      if (!next) return node;
      node = next;
    } else {
      return node;
    }
  }
  return node;
}

function valueAt(data: unknown, fieldPath: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of fieldPath) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function displayPath(full: string): string {
  const rel = path.relative(process.cwd(), full);
  return rel.startsWith('..') || path.isAbsolute(rel) ? full : rel;
}
