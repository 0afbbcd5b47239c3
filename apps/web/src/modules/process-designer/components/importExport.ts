import { designerApi } from '../api/designer.api.ts';

/** Downloads one version of a process as `<key>-v<version>.json`. */
export async function exportDefinition(key: string, version?: number): Promise<void> {
  const definition = await designerApi.definition(key, version);
  const blob = new Blob([JSON.stringify(definition, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${key}${version ? `-v${version}` : ''}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a chosen JSON file; the server checks it on import. */
export async function readDefinitionFile(file: File): Promise<Record<string, unknown> | null> {
  try {
    const parsed: unknown = JSON.parse(await file.text());
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
