/**
 * The eval library API: gold files → their sources → predictions (by running
 * the pipeline, or read from `--pred DIR`) → scores. The CLI and the CI test
 * (test/cli/eval-fixtures.test.ts) both call `evaluate`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { discoverInputs } from '../io/discover.js';
import { decodeBytes } from '../io/decode.js';
import { analyze, readInput, type AnalyzeOptions } from '../pipeline.js';
import { JieduError } from '../errors.js';
import { loadGold, parseGold, type Gold } from './gold.js';
import { combineScores, scoreDocument, type CombinedScore, type DocumentScore, type Scorable } from './score.js';

export const GOLD_SUFFIXES = ['.gold.yaml', '.gold.yml'];
const SOURCE_EXTENSIONS = ['.txt', '.html', '.htm'];
const PREDICTION_EXTENSIONS = ['.yaml', '.yml', '.json'];

export interface EvaluateOptions {
  /** Read predictions from this folder (`x.yaml` / `x.json`) instead of running the pipeline. */
  pred?: string;
  analyze?: AnalyzeOptions;
}

export interface FileEvaluation {
  gold: string;
  /** The source text file, when found (always found unless --pred was given). */
  source: string | null;
  /** Where the prediction came from: a file under --pred, or the source path (analysed). */
  prediction: string;
  score: DocumentScore;
  /** The decoded source text (for sentences in --verbose); null when not found. */
  text: string | null;
  warnings: string[];
}

export interface EvaluationReport {
  files: FileEvaluation[];
  total: CombinedScore;
}

/** Gold files named, or found under the folders named (recursively, `.jieduignore` honoured). */
export async function findGoldFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const found = await discoverInputs([input], { extensions: GOLD_SUFFIXES });
    if (found.length === 0) throw new JieduError('no gold files (*.gold.yaml) here', 2, input);
    for (const entry of found) {
      if (entry.error) throw new JieduError(entry.error, 2, entry.path);
      if (!files.includes(entry.path)) files.push(entry.path);
    }
  }
  return files;
}

/** `x.gold.yaml` → `x`. */
export function goldStem(goldPath: string): string {
  const name = basename(goldPath);
  const suffix = GOLD_SUFFIXES.find((s) => name.endsWith(s));
  return suffix ? name.slice(0, -suffix.length) : name.replace(/\.[^.]+$/, '');
}

/**
 * The gold's source: its `source.path` (relative to the gold's folder) when
 * that file exists, else `x.txt` / `x.html` / `x.htm` beside `x.gold.yaml`.
 */
export function locateSource(goldPath: string, gold: Gold): string | null {
  const dir = dirname(goldPath);
  const candidates: string[] = [];
  const declared = gold.source?.path;
  if (declared) candidates.push(isAbsolute(declared) ? declared : join(dir, declared));
  for (const ext of SOURCE_EXTENSIONS) candidates.push(join(dir, `${goldStem(goldPath)}${ext}`));
  return candidates.find((c) => existsSync(c)) ?? null;
}

function stripExtension(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

/** `x.yaml` / `x.json` under the prediction folder, by the gold's stem or the source's name. */
export function locatePrediction(predDir: string, goldPath: string, source: string | null, gold: Gold): string | null {
  const stems = new Set([goldStem(goldPath)]);
  if (source) stems.add(stripExtension(basename(source)));
  if (gold.source?.path) stems.add(stripExtension(basename(gold.source.path)));
  for (const stem of stems) {
    for (const ext of PREDICTION_EXTENSIONS) {
      const candidate = join(predDir, `${stem}${ext}`);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

async function loadPrediction(file: string): Promise<Scorable> {
  const text = await readFile(file, 'utf8');
  // a multi-document YAML stream: the first document is the one for this input
  const first = text.split(/^---\s*$/m).find((part) => part.trim().length > 0) ?? '';
  return parseGold(first, file, 'jiedu/v1 output');
}

/** Scores one gold file. Input problems throw a JieduError naming the file. */
export async function evaluateFile(goldPath: string, options: EvaluateOptions = {}): Promise<FileEvaluation> {
  const gold = await loadGold(goldPath);
  const source = locateSource(goldPath, gold);
  const warnings: string[] = [];
  let text: string | null = null;
  let sha: string | null = null;
  if (source) {
    const input = await readInput(source);
    const decoded = decodeBytes(input.bytes, source);
    text = decoded.text;
    sha = decoded.sha256;
  }
  if (sha && gold.source?.sha256 && gold.source.sha256 !== sha) {
    warnings.push(`${source}: sha256 differs from the gold's source.sha256 (was the text edited? spans may be off)`);
  }
  let predicted: Scorable;
  let prediction: string;
  if (options.pred) {
    const file = locatePrediction(options.pred, goldPath, source, gold);
    if (!file) throw new JieduError(`no prediction for it in ${options.pred} (looked for ${goldStem(goldPath)}.yaml / .json)`, 2, goldPath);
    predicted = await loadPrediction(file);
    prediction = file;
  } else {
    if (!source) {
      const tried = gold.source?.path ? `${gold.source.path}, ` : '';
      throw new JieduError(`source text not found (tried ${tried}${goldStem(goldPath)}.txt/.html/.htm beside it)`, 2, goldPath);
    }
    predicted = analyze(await readInput(source), options.analyze ?? {});
    prediction = source;
  }
  return { gold: goldPath, source, prediction, score: scoreDocument(gold, predicted), text, warnings };
}

/** Scores every gold file found under `inputs`, micro-averaged. */
export async function evaluate(inputs: string[], options: EvaluateOptions = {}): Promise<EvaluationReport> {
  const golds = await findGoldFiles(inputs);
  const files: FileEvaluation[] = [];
  for (const gold of golds) files.push(await evaluateFile(gold, options));
  return { files, total: combineScores(files.map((f) => f.score)) };
}
