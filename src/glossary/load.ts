import { createHash } from 'node:crypto';
import path from 'node:path';
import { CORE_SCHEMA, load as loadYaml, type YAMLException } from 'js-yaml';
import { type Document, isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import {
  createTermFileReader,
  fingerprintOf,
  formatBytes,
  listTermFiles,
  MAX_TERM_FILE_BYTES,
} from './list-term-files.js';
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
  /** `*.yaml` entries that were not read (folders, devices, links out of the folder), with the reason. */
  skipped: { file: string; reason: string }[];
  /** The folder's fingerprint (see `fingerprintOf`), taken before the files were read. */
  fingerprint: string;
}

/**
 * Reads and checks every `*.yaml` file in `dir`; never throws for bad content, only for an unreadable directory.
 * Reads regular files inside the folder only, and none larger than `MAX_TERM_FILE_BYTES`.
 */
export async function loadTermFiles(dir: string): Promise<LoadResult> {
  const listing = await listTermFiles(dir);
  const read = createTermFileReader();
  const hash = createHash('sha256');
  const terms: Term[] = [];
  const sources = new Map<string, SourceFile>();
  const problems: Problem[] = [];
  for (const entry of listing.files) {
    const file = displayPath(entry.full);
    const raw = entry.size > MAX_TERM_FILE_BYTES ? undefined : await read(entry.full).catch(() => null);
    if (raw === null) continue; // deleted between listing and reading: the next look sees the new listing
    if (raw === undefined) {
      hash.update(entry.name).update('\0').update(`too large: ${entry.size}`).update('\0');
      problems.push({ file, line: 1, col: 1, field: '', message: tooLarge(entry.size) });
      continue;
    }
    hash.update(entry.name).update('\0').update(raw).update('\0');
    const parsed = parseTermFile(file, entry.name, raw);
    problems.push(...parsed.problems);
    if (parsed.source) sources.set(parsed.source.slug, parsed.source);
    if (parsed.term) terms.push(parsed.term);
  }
  const skipped = listing.skipped.map((s) => ({ file: displayPath(s.full), reason: s.reason }));
  return { terms, sources, problems, contentHash: hash.digest('hex'), skipped, fingerprint: fingerprintOf(listing) };
}

function tooLarge(size: number): string {
  const limit = formatBytes(MAX_TERM_FILE_BYTES);
  return `is too large (${size > MAX_TERM_FILE_BYTES ? formatBytes(size) : `over ${limit}`}): a term file has at most ${limit}; is it the right file?`;
}

/**
 * Parses one term file's text; returns the term when it is valid, and every problem found.
 *
 * Two YAML libraries, on purpose: js-yaml (core schema) is several times faster and parses the good files,
 * which is every file on a normal start, and says where a syntax error is; `yaml` keeps source positions,
 * so it is only run, lazily, to point at a field that breaks the schema in a file that is valid YAML (it
 * takes seconds on a large malformed file, so it never sees one). Both follow YAML 1.2's core schema.
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
  } catch (error) {
    const { mark, reason } = error as Partial<YAMLException>;
    const where = mark ? { line: mark.line + 1, col: mark.column + 1 } : { line: 1, col: 1 };
    const why = reason ? `: ${firstLine(reason)}` : '';
    problems.push({ file, ...where, field: '', message: `is not valid YAML${why}` });
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
