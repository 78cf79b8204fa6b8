/**
 * Merchant category codes → software / not_software / ambiguous, for the matcher to set aside travel,
 * lodging, meals, fuel, taxis, retail and transfers when a card export carries the MCC.
 */
import type { MccKind } from '../../src/shared/catalog-types.js';

/** Codes whose merchants sell software or online services. */
const SOFTWARE = new Set(['4816', '5734', '5817', '5818', '7372']);

/**
 * Codes where SaaS vendors are common but so is everything else: telecom (Twilio, Zoom phone), advertising
 * (Google Ads, Meta), subscription/direct marketing, business and professional services, electronics,
 * information retrieval, digital media, education (online courses), publications, employment (job boards).
 */
const AMBIGUOUS = new Set([
  '4814', '4899', '5045', '5192', '5732', '5815', '5816', '5964', '5965', '5966', '5967', '5968', '5969', '5999', '7311',
  '7333', '7361', '7375', '7379', '7392', '7399', '8299', '8999', '8911', '8931',
]);

type Group = [from: number, to: number, group: string];
/** Not-software groups (inclusive ranges). Every code not listed as software or ambiguous is not software. */
const GROUPS: readonly Group[] = [
  [3000, 3350, 'airline'], [4511, 4511, 'airline'], [4582, 4582, 'airline'],
  [3351, 3500, 'car_rental'], [7512, 7519, 'car_rental'],
  [3501, 3999, 'lodging'], [7011, 7012, 'lodging'], [7032, 7033, 'lodging'],
  [4011, 4131, 'transport'], [4411, 4468, 'transport'], [4722, 4789, 'transport'], [4121, 4121, 'taxi'], [7523, 7523, 'parking'],
  [5811, 5814, 'restaurant'],
  [5541, 5542, 'fuel'], [5172, 5172, 'fuel'], [5983, 5983, 'fuel'], [7511, 7511, 'fuel'],
  [5411, 5499, 'groceries'],
  [4829, 4829, 'transfer'], [6010, 6099, 'financial'], [6211, 6211, 'financial'], [6300, 6399, 'insurance'], [6513, 6513, 'real_estate'],
  [4900, 4900, 'utilities'],
  [8011, 8099, 'medical'], [5122, 5122, 'medical'], [5912, 5912, 'medical'], [5975, 5976, 'medical'],
  [9211, 9950, 'government'], [8651, 8651, 'government'],
  [8398, 8398, 'charity'], [8641, 8699, 'membership'], [8661, 8661, 'religious'],
  [7800, 7802, 'gambling'], [7995, 7995, 'gambling'],
  [7829, 7999, 'entertainment'],
  [5200, 5399, 'retail'], [5511, 5599, 'auto'], [5600, 5699, 'retail'], [5700, 5735, 'retail'], [5900, 5999, 'retail'],
  [5000, 5199, 'wholesale'],
  [7210, 7299, 'personal_services'], [7531, 7549, 'auto'], [7622, 7699, 'repair'],
  [1500, 1799, 'contractor'], [700, 799, 'agriculture'], [2000, 2999, 'contractor'],
  [8211, 8249, 'education'], [8351, 8351, 'childcare'], [8111, 8111, 'legal_services'],
];

export function classifyMcc(code: string): { kind: MccKind; group?: string } {
  if (SOFTWARE.has(code)) return { kind: 'software' };
  if (AMBIGUOUS.has(code)) return { kind: 'ambiguous' };
  const n = Number(code);
  const g = GROUPS.find(([from, to]) => n >= from && n <= to);
  return { kind: 'not_software', group: g ? g[2] : 'other' };
}
