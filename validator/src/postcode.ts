// UK postcode format (BS 7666 shape). Runs anywhere.

const ukPostcode =
  /^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?|[0-9][A-HJKPS-UW]) ?[0-9][ABD-HJLNP-UW-Z]{2})$/i;
// ONS pseudo-postcodes (for example ZZ99 3VZ, no fixed abode) fail the strict shape; we accept them
// because LAs record them for children with no settled address.
const pseudoPostcode = /^ZZ99 ?[0-9][A-Z]{2}$/i;

export function isUkPostcode(text: string): boolean {
  return ukPostcode.test(text) || pseudoPostcode.test(text);
}
