// The registry: every business rule, in the order they run and are listed. A rule is one file beside
// this one; a test checks that the files and this list agree. Runs anywhere.
import { adoptionDatesInOrder } from './adoption-dates-in-order.ts';
import { authorisationNotBeforeStart } from './authorisation-not-before-start.ts';
import { batchOver100 } from './batch-over-100.ts';
import { birthAndExpectedBirth } from './birth-and-expected-birth.ts';
import { birthDatePresent } from './birth-date-present.ts';
import { careLeaverAge } from './care-leaver-age.ts';
import { changeReasonNeedsEnd } from './change-reason-needs-end.ts';
import { childOver25 } from './child-over-25.ts';
import { closedEpisodeOpenItems } from './closed-episode-open-items.ts';
import { closureNotBeforeReferral } from './closure-not-before-referral.ts';
import { closureReasonWithDate } from './closure-reason-with-date.ts';
import { dateNotInFuture } from './date-not-in-future.ts';
import { disabilitiesNoneAlone } from './disabilities-none-alone.ts';
import { duplicateChildId } from './duplicate-child-id.ts';
import { duplicateItemId } from './duplicate-item-id.ts';
import { endDateNotBeforeStart } from './end-date-not-before-start.ts';
import { expectedBirthDatePassed } from './expected-birth-date-passed.ts';
import { expectedBirthDateTooFar } from './expected-birth-date-too-far.ts';
import { factor21Alone } from './factor-21-alone.ts';
import { formerUpnDiffers } from './former-upn-differs.ts';
import { formerUpnFormat } from './former-upn-format.ts';
import { icpcDateNeedsFlag } from './icpc-date-needs-flag.ts';
import { icpcNotBeforeEnquiry } from './icpc-not-before-enquiry.ts';
import { nfaReferralWithActivity } from './nfa-referral-with-activity.ts';
import { placementAfterBirth } from './placement-after-birth.ts';
import { placementEndReasonWithDate } from './placement-end-reason-with-date.ts';
import { placementTypeValidInYear } from './placement-type-valid-in-year.ts';
import { postcodeFormat } from './postcode-format.ts';
import { purgeInFullSnapshot } from './purge-in-full-snapshot.ts';
import { purgeWithData } from './purge-with-data.ts';
import { realCalendarDate } from './real-calendar-date.ts';
import type { ParamsOf } from './rule.ts';
import { sdqAfterBirth } from './sdq-after-birth.ts';
import { sdqScoreRange } from './sdq-score-range.ts';
import { textCharacters } from './text-characters.ts';
import { uascEndDateNeedsFlag } from './uasc-end-date-needs-flag.ts';
import { un1ChildNotUnder6 } from './un1-child-not-under-6.ts';
import { unbornDisabilities } from './unborn-disabilities.ts';
import { unbornSex } from './unborn-sex.ts';
import { upnAndUnknownReason } from './upn-and-unknown-reason.ts';
import { upnCheckLetter } from './upn-check-letter.ts';
import { upnFormat } from './upn-format.ts';
import { upnLaCode } from './upn-la-code.ts';
import { upnOrUnknownReason } from './upn-or-unknown-reason.ts';
import { upnTemporary } from './upn-temporary.ts';

export const rules = [
  realCalendarDate,
  dateNotInFuture,
  expectedBirthDateTooFar,
  expectedBirthDatePassed,
  birthDatePresent,
  birthAndExpectedBirth,
  placementAfterBirth,
  endDateNotBeforeStart,
  closureNotBeforeReferral,
  authorisationNotBeforeStart,
  icpcNotBeforeEnquiry,
  adoptionDatesInOrder,
  upnFormat,
  upnCheckLetter,
  upnLaCode,
  upnTemporary,
  upnAndUnknownReason,
  upnOrUnknownReason,
  un1ChildNotUnder6,
  formerUpnFormat,
  formerUpnDiffers,
  postcodeFormat,
  disabilitiesNoneAlone,
  factor21Alone,
  closureReasonWithDate,
  icpcDateNeedsFlag,
  uascEndDateNeedsFlag,
  placementEndReasonWithDate,
  sdqScoreRange,
  sdqAfterBirth,
  careLeaverAge,
  duplicateChildId,
  duplicateItemId,
  batchOver100,
  childOver25,
  placementTypeValidInYear,
  unbornSex,
  unbornDisabilities,
  changeReasonNeedsEnd,
  nfaReferralWithActivity,
  closedEpisodeOpenItems,
  purgeWithData,
  purgeInFullSnapshot,
  textCharacters,
] as const;

export type BusinessRule = (typeof rules)[number];

/** The id of every business rule: a union, so a misspelt id fails type-checking. */
export type RuleId = BusinessRule['id'];

/** The params each rule's findings carry, by rule id. */
export type RuleParams = { [R in BusinessRule as R['id']]: ParamsOf<R> };
