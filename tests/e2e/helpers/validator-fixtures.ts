// Synthetic batches for the validator page's end-to-end tests (Node). No real children's data.
import { upnCheckLetter } from 'csc-api-validator';

const validChild = (id: string, upn: string) => ({
  la_child_id: id,
  child_details: {
    unique_pupil_number: upn,
    first_name: 'Testfirst',
    surname: 'Testsurname',
    date_of_birth: '2015-06-15',
    sex: 'F',
    ethnicity: 'WBRI',
    disabilities: ['NONE'],
    postcode: 'AB12 3DE',
  },
});

// UPNs from LA 201 with the right check letter, so only the faults below are findings.
const upn = (serial: string) => `${upnCheckLetter(`A201000115${serial}`)}201000115${serial}`;

/** Four children: the first is sound, then a code, a field name and a UPN check letter go wrong. */
export function knownBadBatch(): string {
  const unknownSex = validChild('CHILD0002', upn('002'));
  unknownSex.child_details.sex = 'X';
  const misspelt: Record<string, unknown> = validChild('CHILD0003', upn('003'));
  const details = misspelt.child_details as Record<string, unknown>;
  details.first_nme = details.first_name;
  delete details.first_name;
  const wrongLetter = validChild('CHILD0004', badUpn);
  return `${JSON.stringify([validChild('CHILD0001', upn('001')), unknownSex, misspelt, wrongLetter], null, 2)}\n`;
}

/** Two children whose only problems are ones the DfE API accepts: an unknown code and a wrong check letter. */
export function dataQualityOnlyBatch(): string {
  const unknownSex = validChild('CHILD0002', upn('002'));
  unknownSex.child_details.sex = 'X';
  return `${JSON.stringify([unknownSex, validChild('CHILD0004', badUpn)], null, 2)}\n`;
}

/** Two sound children. */
export function cleanBatch(): string {
  return `${JSON.stringify([validChild('CHILD0001', upn('001')), validChild('CHILD0002', upn('002'))], null, 2)}\n`;
}

/** A UPN whose check letter is wrong (it should be N): an identifying value that exports must hide. */
export const badUpn = 'R201000115004';
