// The catalogue of every finding the validator can report: the syntax, schema and code-set entries
// from layer-findings.json, then each business rule's own declaration, in the registry's order. The
// messages, the reference pages and the generator's faults all read it. Runs anywhere.
import layerFindings from './layer-findings.json' with { type: 'json' };
import { type BusinessRule, rules } from './rules/index.ts';
import type { Wording } from './rules/rule.ts';
import type { Consequence, Severity } from './types.ts';

export interface RuleEntry {
  /** A business rule's id (`RuleId`), or a syntax, schema or code-set check's such as `schema.required`. */
  id: string;
  layer: 'syntax' | 'schema' | 'code-set' | 'rule';
  severity: Severity;
  /** Whether the DfE API refuses it or accepts it; required of every entry. */
  consequence: Consequence;
  title: string;
  /** Message template: `{name}` is replaced by the finding's params. */
  message: string;
  hint: string;
  /** Alternative wording chosen by `params.variant`. */
  variants?: Readonly<Record<string, Wording>>;
  /** Anchor on the validation rules reference page. */
  anchor: string;
  /** Modes the finding is looked for in; all modes when absent. */
  modes?: readonly ('full' | 'delta')[];
  /** Name of the fault that makes this finding appear, for examples and tests; null for the schema fallback. */
  fault: string | null;
}

function entryOf(rule: BusinessRule): RuleEntry {
  const { id, severity, consequence, title, message, hint, fault } = rule;
  return {
    id,
    layer: 'rule',
    severity,
    consequence,
    title,
    message,
    hint,
    ...(rule.variants && { variants: rule.variants }),
    anchor: id,
    ...(rule.modes && { modes: rule.modes }),
    fault: fault.name,
  };
}

// `satisfies` makes an entry without a consequence fail type-checking (`npm run check`), before the cast.
const layerEntries = layerFindings satisfies readonly { consequence: string }[] as RuleEntry[];

export const rulesCatalogue: readonly RuleEntry[] = [...layerEntries, ...rules.map(entryOf)];
