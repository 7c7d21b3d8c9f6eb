// Checks an LA code against the DfE's list of 3-digit local authority numbers. Runs anywhere.
import { laCodeNames } from './la-code-list.ts';

export type LaCodeCheck = { ok: true; code: string; name: string } | { ok: false; problem: string };

export function checkLaCode(value: string): LaCodeCheck {
  const trimmed = value.trim();
  if (!/^\d{1,3}$/.test(trimmed)) {
    return {
      ok: false,
      problem: `LA_CODE must be your 3-digit DfE local authority number, for example 201; it is "${trimmed}".`,
    };
  }
  const code = trimmed.padStart(3, '0');
  const name = laCodeNames.get(code);
  if (name === undefined) {
    return {
      ok: false,
      problem: `LA_CODE ${code} is not on the DfE list of local authority numbers. Use the 3-digit number the DfE knows your authority by (the same as characters 2 to 4 of your UPNs).`,
    };
  }
  return { ok: true, code, name };
}
