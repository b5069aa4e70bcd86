/**
 * Gold files (`*.gold.yaml`): the fields of the jiedu/v1 output, plus
 * `optional`, `note` and `aliases` (annotation.md). Validated with zod so that
 * a malformed gold fails with one clear line naming the file, the path inside
 * it and what is wrong. Extra fields are allowed everywhere.
 *
 * The same schema reads predicted outputs (`jiedu extract` YAML/JSON), which
 * are gold files without the annotation fields.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { JieduError } from '../errors.js';

const QUANTITIES = [
  'money', 'percent', 'count', 'area', 'length', 'mass', 'volume', 'duration', 'speed', 'rank', 'multiple', 'other',
] as const;
const CATEGORIES = [
  'road', 'rail', 'bridge', 'tunnel', 'port', 'airport', 'utility', 'platform', 'park', 'fund', 'policy', 'district',
  'facility', 'other',
] as const;
const STATUSES = ['completed', 'in_progress', 'planned', 'unknown'] as const;

const spanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => s <= e, { message: 'span start is after its end' });

const annotation = {
  optional: z.boolean().optional(),
  note: z.string().optional(),
};

const periodSchema = z
  .object({
    text: z.string(),
    span: spanSchema.optional(),
    from: z.number().int().nullable().optional(),
    to: z.number().int().nullable().optional(),
  })
  .passthrough();

export const goldNumberSchema = z
  .object({
    id: z.string().optional(),
    text: z.string(),
    span: spanSchema,
    value: z.number().finite(),
    unit: z.string(),
    quantity: z.enum(QUANTITIES),
    approx: z.enum(['over', 'under', 'about', 'nearly']).nullable(),
    subject: z.string().nullable().optional(),
    period: periodSchema.nullable().optional(),
    exchange: z.string().nullable().optional(),
    sentence: spanSchema.optional(),
    ...annotation,
  })
  .passthrough();

const deadlineSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'deadline must be YYYY, YYYY-MM or YYYY-MM-DD');

export const goldTargetSchema = z
  .object({
    id: z.string().optional(),
    text: z.string(),
    span: spanSchema,
    metric: z.string().nullable().optional(),
    value: z.number().finite().nullable(),
    unit: z.string().nullable().optional(),
    comparator: z.enum(['>=', '<=', '=']).nullable().optional(),
    deadline: deadlineSchema.nullable(),
    number: z.string().nullable().optional(),
    exchange: z.string().nullable().optional(),
    ...annotation,
  })
  .passthrough();

export const goldProjectSchema = z
  .object({
    id: z.string().optional(),
    name: z.string().min(1, 'project name is empty'),
    aliases: z.array(z.string()).optional(),
    category: z.enum(CATEGORIES),
    status: z.enum(STATUSES),
    mentions: z
      .array(z.object({ span: spanSchema, exchange: z.string().nullable().optional(), text: z.string().optional() }).passthrough())
      .optional(),
    attributes: z.array(z.object({ number: z.string(), role: z.string() }).passthrough()).optional(),
    ...annotation,
  })
  .passthrough();

const nullableString = z.string().nullable().optional();

const metaSchema = z
  .object({
    index_no: nullableString,
    topic: nullableString,
    publisher: nullableString,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD').nullable().optional(),
    validity: nullableString,
  })
  .passthrough();

const sectionSchema = z
  .object({
    label: z.string(),
    heading: z.string(),
    span: spanSchema.optional(),
    heading_span: spanSchema.optional(),
  })
  .passthrough();

const exchangeSchema = z
  .object({
    id: z.string(),
    label: z.string().nullable().optional(),
    question: z.object({ span: spanSchema, text: z.string() }).passthrough().nullable().optional(),
    speaker: z.object({ name: nullableString, role: nullableString }).passthrough().nullable().optional(),
    answer: z.object({ span: spanSchema }).passthrough().optional(),
    sections: z.array(sectionSchema).optional(),
  })
  .passthrough();

export const goldSchema = z
  .object({
    schema: z.literal('jiedu/v1').optional(),
    source: z
      .object({
        path: z.string().optional(),
        sha256: z.string().optional(),
        encoding: z.string().optional(),
        format: z.enum(['text', 'html']).optional(),
      })
      .passthrough()
      .optional(),
    document: z
      .object({
        title: nullableString,
        breadcrumb: z.array(z.string()).optional(),
        meta: metaSchema.optional(),
        exchanges: z.array(exchangeSchema).optional(),
      })
      .passthrough()
      .optional(),
    numbers: z.array(goldNumberSchema),
    targets: z.array(goldTargetSchema),
    projects: z.array(goldProjectSchema),
  })
  .passthrough();

export type Gold = z.infer<typeof goldSchema>;
export type GoldNumber = z.infer<typeof goldNumberSchema>;
export type GoldTarget = z.infer<typeof goldTargetSchema>;
export type GoldProject = z.infer<typeof goldProjectSchema>;
export type GoldMeta = z.infer<typeof metaSchema>;
export type GoldExchange = z.infer<typeof exchangeSchema>;

/** `numbers[3].span[1]`, with the item's id when it has one: `numbers[3] (n4).span[1]`. */
export function formatIssuePath(path: (string | number)[], data: unknown): string {
  let out = '';
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      if (typeof id === 'string' || typeof id === 'number') out += ` (${id})`;
    } else {
      out += out === '' ? key : `.${key}`;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return out === '' ? '(top level)' : out;
}

function describeIssue(issue: z.ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${issue.received}`;
    case 'invalid_enum_value':
      return `'${String(issue.received)}' is not one of ${issue.options.join(', ')}`;
    case 'invalid_literal':
      return `expected ${JSON.stringify(issue.expected)}, got ${JSON.stringify(issue.received)}`;
    case 'too_small':
    case 'too_big':
      return issue.type === 'array' && issue.code === 'too_small' ? `expected [start, end] (${issue.message})` : issue.message;
    default:
      return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  }
}

/**
 * Validates parsed YAML/JSON against the schema. Throws a JieduError (exit 2)
 * whose message is `path inside the file: what is wrong`.
 */
export function validateGold(data: unknown, file: string, what = 'gold'): Gold {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new JieduError(`not a ${what} file (expected a mapping with numbers, targets and projects)`, 2, file);
  }
  const parsed = goldSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const [first, ...rest] = parsed.error.issues;
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  throw new JieduError(`${formatIssuePath(first!.path, data)}: ${describeIssue(first!)}${more}`, 2, file);
}

/** Parses the text of a gold (or predicted) YAML or JSON file. */
export function parseGold(text: string, file: string, what = 'gold'): Gold {
  let data: unknown;
  try {
    data = parseYaml(text, { version: '1.2' }) as unknown;
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const at = err.linePos?.[0];
      const where = at ? `line ${at.line}, column ${at.col}: ` : '';
      throw new JieduError(`${where}invalid YAML (${err.message.split('\n')[0]})`, 2, file);
    }
    throw err;
  }
  return validateGold(data, file, what);
}

/** Reads and validates one gold file. */
export async function loadGold(file: string): Promise<Gold> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new JieduError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message, 2, file);
  }
  return parseGold(text, file);
}
