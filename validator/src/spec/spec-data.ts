// The DfE spec as data: versions, field metadata, code sets and the changelog.
// Plain data loaded from JSON beside this file; runs in Node, in the browser and in a Web Worker.

import changelogData from './changelog.json' with { type: 'json' };
import codeSetsData from './code-sets.json' with { type: 'json' };
import fieldsData from './fields.json' with { type: 'json' };
import v070 from './versions/0.7.0.json' with { type: 'json' };
import v080 from './versions/0.8.0.json' with { type: 'json' };
import v081 from './versions/0.8.1.json' with { type: 'json' };
import v100 from './versions/1.0.0.json' with { type: 'json' };
import v101 from './versions/1.0.1.json' with { type: 'json' };

/** A JSON Schema fragment as stored in a version file. */
export interface SchemaNode {
  type?: 'object' | 'array' | 'string' | 'integer' | 'boolean';
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  items?: SchemaNode;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: 'date';
  $schema?: string;
}

export interface SpecVersion {
  version: string;
  released: string;
  /** True when `validate()` can check data against this version. */
  supported: boolean;
  summary: string;
  source: string;
  batch: { maxItems: number };
  /** JSON Schema for one child record. */
  record: SchemaNode;
}

export interface Code {
  code: string;
  description: string;
  /** First collection year the code is valid in, for example `2025-26`. */
  validFrom?: string;
  /** Last collection year the code is valid in. */
  validTo?: string;
  superseded?: boolean;
  /** For LA codes: false when the authority no longer exists. */
  current?: boolean;
  collections?: string;
}

export interface CodeSet {
  title: string;
  description: string;
  /** Field paths that use the code set, in the `a.b[].c` notation of `fields.json`. */
  fields: string[];
  confidence: string;
  /** A judgement call we made where the DfE's public material is unclear. */
  decision?: string;
  range?: { min: number; max: number };
  codes: Code[];
}

export interface FieldNotes {
  description: string;
  format?: 'date' | 'upn' | 'postcode';
  codeSet?: string;
  /** The SSD table.column the value comes from, or null. */
  ssd: string | null;
  notes?: string;
  example?: unknown;
}

export interface ChangelogEntry {
  version: string;
  released: string;
  changes: { field: string | null; change: string; action: string | null }[];
}

/** Every version the DfE has published, newest first. */
export const specVersionData: readonly SpecVersion[] = [v101, v100, v081, v080, v070] as SpecVersion[];

/** Version numbers, newest first. */
export const specVersions: readonly string[] = specVersionData.map((v) => v.version);

/** Versions `validate()` can check against, newest first. */
export const supportedSpecVersions: readonly string[] = specVersionData
  .filter((v) => v.supported)
  .map((v) => v.version);

export { currentSpecVersion } from './current-spec-version.ts';

export const codeSets = codeSetsData as Record<string, CodeSet>;
export const fieldNotes = fieldsData as Record<string, FieldNotes>;
export const changelog = changelogData as ChangelogEntry[];

export function getSpecVersion(version: string): SpecVersion | undefined {
  return specVersionData.find((v) => v.version === version);
}
