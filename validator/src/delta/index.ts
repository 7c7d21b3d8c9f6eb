// csc-api-validator/delta: the browser-safe part of csc-api's delta planning (record hashes, the plan of
// full, partial and deletion sends, the pre-send gate and the vanished-share guard), shared by the csc-api
// command and the site's compare page so both plan the same sends. Runs anywhere.
export { buildPartialPayload, type PartialPayload, purgeableArrays } from './build-partial-payload.ts';
export {
  type CompareOptions,
  type CompareStage,
  compareExtracts,
  type DeltaSends,
  type ExtractChildren,
  type ExtractComparison,
  readExtractChildren,
} from './compare-extracts.ts';
export { canonicalJson, hashRecord, hashText, type IgnoredFields } from './hash-record.ts';
export {
  type ChildPlan,
  type ChildPlanRules,
  type ChildStatus,
  deletionOf,
  type KnownChild,
  mayBeHeld,
  type PayloadKind,
  type Plan,
  type PlanInput,
  type PlannedSend,
  planChild,
  planSends,
  type RunMode,
  type SnapshotChild,
} from './plan-sends.ts';
export { type ReadExtract, readExtract } from './read-extract.ts';
export { type HoldOn, type RecordCheck, type RecordProblem, validatorCheck } from './sending-gate.ts';
export {
  defaultMaxVanishedShare,
  percent,
  type VanishedShareVerdict,
  vanishedShareVerdict,
} from './vanished-share.ts';
