/** Output formats, apart from their writers so the CLI can list them without loading yaml. */
export type OutputFormat = 'yaml' | 'json' | 'jsonl';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['yaml', 'json', 'jsonl'];

/** File extension for an output format. */
export function extensionOf(format: OutputFormat): string {
  return format === 'yaml' ? '.yaml' : format === 'json' ? '.json' : '.jsonl';
}
