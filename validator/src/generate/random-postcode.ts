// A random postcode of every UK shape, for generated records: the letters each position may hold follow
// the UK's rules, so every one passes the postcode-format rule. Runs anywhere.
import type { Cycler } from './code-cycler.ts';
import type { Random } from './random.ts';

const postcodeFirst = 'ABCDEFGHIJKLMNOPRSTUWYZ';
const postcodeSecond = 'ABCDEFGHKLMNOPQRSTUVWXY';
const postcodeThird = 'ABCDEFGHJKPSTUW';
const postcodeFourth = 'ABEHMNPRVWXY';
const postcodeInward = 'ABDEFGHJLNPQRSTUWXYZ';

/** A postcode whose outward code takes each shape in turn. */
export function randomPostcode(r: Random, cycle: Cycler): string {
  const shape = cycle.take('postcode-shape', ['A9', 'A99', 'AA9', 'AA99', 'A9A', 'AA9A']);
  let outward = '';
  for (let k = 0; k < shape.length; k++) {
    const isLetter = shape[k] === 'A';
    if (!isLetter) outward += String(r.int(1, 9));
    else if (k === 0) outward += r.pick([...postcodeFirst]);
    else if (k === 1) outward += r.pick([...postcodeSecond]);
    else if (shape === 'A9A') outward += r.pick([...postcodeThird]);
    else outward += r.pick([...postcodeFourth]);
  }
  return `${outward} ${r.int(0, 9)}${r.pick([...postcodeInward])}${r.pick([...postcodeInward])}`;
}
