// Setting aside what is not software: travel, lodging, meals, fuel, taxis, retail, transfers and fees.
// By merchant category code (ISO 18245) when the source gives one, by known merchants and keywords otherwise.

export type SpendCategory =
  | 'airline'
  | 'lodging'
  | 'car rental'
  | 'transit and taxis'
  | 'travel'
  | 'meals'
  | 'groceries'
  | 'fuel'
  | 'parking and tolls'
  | 'retail'
  | 'transfers and fees'
  | 'telecom and utilities'
  | 'shipping'
  | 'office space'
  | 'personal services'
  | 'entertainment'
  | 'government and taxes'
  | 'medical'
  | 'insurance';

export interface MccVerdict {
  kind: 'software' | 'not_software';
  label: string;
  category?: SpendCategory;
}

const MCC_RANGES: [number, number, SpendCategory, string][] = [
  [3000, 3299, 'airline', 'airlines'],
  [3300, 3499, 'car rental', 'car rental'],
  [3500, 3999, 'lodging', 'hotels and lodging'],
  [4011, 4011, 'transit and taxis', 'railroads'],
  [4111, 4112, 'transit and taxis', 'commuter transport and passenger rail'],
  [4121, 4121, 'transit and taxis', 'taxicabs and limousines'],
  [4131, 4131, 'transit and taxis', 'bus lines'],
  [4411, 4411, 'travel', 'cruise lines'],
  [4457, 4468, 'travel', 'boats and marinas'],
  [4511, 4511, 'airline', 'airlines and air carriers'],
  [4582, 4582, 'airline', 'airports'],
  [4722, 4722, 'travel', 'travel agencies'],
  [4784, 4784, 'parking and tolls', 'tolls and bridge fees'],
  [4789, 4789, 'transit and taxis', 'transportation services'],
  [4812, 4812, 'telecom and utilities', 'telecommunications equipment'],
  [4900, 4900, 'telecom and utilities', 'utilities'],
  [4829, 4829, 'transfers and fees', 'wire transfers and money orders'],
  [5200, 5399, 'retail', 'general merchandise and home supply stores'],
  [5411, 5411, 'groceries', 'grocery stores and supermarkets'],
  [5412, 5499, 'groceries', 'food stores'],
  [5511, 5599, 'retail', 'vehicle dealers and supplies'],
  [5541, 5542, 'fuel', 'service stations and fuel dispensers'],
  [5600, 5699, 'retail', 'clothing stores'],
  [5700, 5733, 'retail', 'furniture and home stores'],
  [5811, 5811, 'meals', 'caterers'],
  [5812, 5812, 'meals', 'eating places and restaurants'],
  [5813, 5813, 'meals', 'bars and drinking places'],
  [5814, 5814, 'meals', 'fast food restaurants'],
  [5912, 5912, 'retail', 'drug stores and pharmacies'],
  [5921, 5999, 'retail', 'retail stores'],
  [6010, 6011, 'transfers and fees', 'cash disbursements'],
  [6012, 6012, 'transfers and fees', 'financial institutions'],
  [6050, 6051, 'transfers and fees', 'quasi-cash and money orders'],
  [6211, 6211, 'transfers and fees', 'security brokers'],
  [6300, 6399, 'insurance', 'insurance'],
  [6513, 6513, 'office space', 'real estate rentals'],
  [6540, 6540, 'transfers and fees', 'stored-value card loads'],
  [7011, 7011, 'lodging', 'hotels, motels and resorts'],
  [7012, 7012, 'lodging', 'timeshares'],
  [7032, 7033, 'lodging', 'camps and campgrounds'],
  [7210, 7299, 'personal services', 'personal services'],
  [7512, 7519, 'car rental', 'car and truck rental'],
  [7523, 7523, 'parking and tolls', 'parking lots and garages'],
  [7531, 7549, 'retail', 'automotive services'],
  [7832, 7841, 'entertainment', 'cinemas and video rental'],
  [7900, 7999, 'entertainment', 'recreation and entertainment'],
  [8011, 8099, 'medical', 'medical services'],
  [9211, 9402, 'government and taxes', 'government services, fines and taxes'],
];

const SOFTWARE_MCC: Record<number, string> = {
  4816: 'computer network and information services',
  5734: 'computer software stores',
  5817: 'digital goods: applications',
  5818: 'digital goods: large digital goods merchant',
  7372: 'computer programming and data processing',
  7379: 'computer services not elsewhere classified',
};

/** What an MCC says, or null when it says nothing either way (e.g. 7311 advertising, 4814 telecom). */
// Narrowest range first, so 5541 (fuel) wins over 5511–5599 (vehicle dealers and supplies).
MCC_RANGES.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));

export function classifyMcc(mcc: number | string | undefined): MccVerdict | null {
  if (mcc === undefined || mcc === null || mcc === '') return null;
  const n = typeof mcc === 'number' ? mcc : Number.parseInt(String(mcc).trim(), 10);
  if (!Number.isFinite(n)) return null;
  const sw = SOFTWARE_MCC[n];
  if (sw) return { kind: 'software', label: sw };
  for (const [lo, hi, category, label] of MCC_RANGES) {
    if (n >= lo && n <= hi) return { kind: 'not_software', label, category };
  }
  return null;
}

/** A provider's own category (Ramp, Brex, Expensify, Amex, Chase, Capital One). */
export function classifyVendorCategory(value: string | undefined): MccVerdict | null {
  if (!value) return null;
  const v = value.toLowerCase();
  if (/\b(software|saas|subscriptions? software|computer|internet services|web services)\b/.test(v)) return { kind: 'software', label: value };
  const rules: [RegExp, SpendCategory][] = [
    [/\b(airfare|airlines?|air travel|flights?)\b/, 'airline'],
    [/\b(lodging|hotels?|accommodation)\b/, 'lodging'],
    [/\b(restaurants?|dining|meals?|food|drinks?|coffee|entertainment meals)\b/, 'meals'],
    [/\b(groceries|grocery|supermarkets?)\b/, 'groceries'],
    [/\b(gas|fuel|automotive)\b/, 'fuel'],
    [/\b(taxis?|rideshare|ride share|car service|transit|transportation|rail)\b/, 'transit and taxis'],
    [/\b(car rental|rental cars?)\b/, 'car rental'],
    [/\b(parking|tolls?)\b/, 'parking and tolls'],
    [/\b(travel)\b/, 'travel'],
    [/\b(payment\/credit|payments?|transfers?|fees?|interest)\b/, 'transfers and fees'],
  ];
  for (const [re, category] of rules) if (re.test(v)) return { kind: 'not_software', label: value, category };
  return null;
}

/**
 * Known merchants (normalised words). `exact: true` only when the whole text is that word (UNITED,
 * SHELL, TARGET are too common to find inside a longer text). Longer phrases are checked first, so
 * `uber eats` (a meal) wins over `uber` (a taxi).
 */
const MERCHANTS: [string, SpendCategory, boolean?][] = [
  // rides and taxis
  ['uber eats', 'meals'], ['ubereats', 'meals'], ['uber', 'transit and taxis'], ['lyft', 'transit and taxis'],
  ['bolt ride', 'transit and taxis'], ['free now', 'transit and taxis'], ['curb', 'transit and taxis', true],
  ['yellow cab', 'transit and taxis'], ['addison lee', 'transit and taxis'], ['gett', 'transit and taxis', true],
  ['via transportation', 'transit and taxis'], ['blacklane', 'transit and taxis'],
  // food delivery and meals
  ['doordash', 'meals'], ['dd doordash', 'meals'], ['grubhub', 'meals'], ['postmates', 'meals'], ['deliveroo', 'meals'],
  ['just eat', 'meals'], ['caviar', 'meals'], ['ezcater', 'meals'], ['wolt', 'meals'], ['lieferando', 'meals'],
  ['starbucks', 'meals'], ['dunkin', 'meals'], ['blue bottle', 'meals'], ['peets', 'meals'], ['pret a manger', 'meals'],
  ['chipotle', 'meals'], ['mcdonalds', 'meals'], ['burger king', 'meals'], ['taco bell', 'meals'], ['wendys', 'meals'],
  ['chick fil a', 'meals'], ['panera', 'meals'], ['sweetgreen', 'meals'], ['shake shack', 'meals'], ['five guys', 'meals'],
  ['dominos', 'meals'], ['pizza hut', 'meals'], ['papa johns', 'meals'], ['kfc', 'meals'], ['popeyes', 'meals'],
  ['in n out', 'meals'], ['jersey mikes', 'meals'], ['jimmy johns', 'meals'], ['potbelly', 'meals'], ['cava', 'meals', true],
  ['nandos', 'meals'], ['wagamama', 'meals'], ['costa coffee', 'meals'], ['tim hortons', 'meals'], ['philz', 'meals'],
  ['subway', 'meals', true], ['chilis', 'meals'], ['olive garden', 'meals'], ['cheesecake factory', 'meals'],
  ['itsu', 'meals', true], ['leon', 'meals', true], ['eataly', 'meals'], ['seamless', 'meals', true],
  // airlines
  ['delta air', 'airline'], ['delta airlines', 'airline'], ['delta air lines', 'airline'], ['united airlines', 'airline'],
  ['united', 'airline', true], ['american airlines', 'airline'], ['american air', 'airline'], ['southwest air', 'airline'],
  ['southwest airlines', 'airline'], ['southwes', 'airline', true], ['jetblue', 'airline'], ['jetblue airways', 'airline'],
  ['alaska air', 'airline'], ['alaska airlines', 'airline'], ['spirit airl', 'airline'], ['spirit airlines', 'airline'],
  ['frontier airlines', 'airline'], ['air canada', 'airline'], ['british airways', 'airline'], ['lufthansa', 'airline'],
  ['klm', 'airline'], ['air france', 'airline'], ['ryanair', 'airline'], ['easyjet', 'airline'], ['emirates', 'airline'],
  ['qantas', 'airline'], ['virgin atlantic', 'airline'], ['aer lingus', 'airline'], ['turkish airlines', 'airline'],
  ['swiss intl air', 'airline'], ['iberia', 'airline'], ['sas airlines', 'airline'], ['norwegian air', 'airline'],
  ['hawaiian airlines', 'airline'], ['westjet', 'airline'], ['singapore airlines', 'airline'], ['wizz air', 'airline'],
  // lodging and travel booking
  ['marriott', 'lodging'], ['hilton', 'lodging'], ['hyatt', 'lodging'], ['holiday inn', 'lodging'], ['ihg', 'lodging'],
  ['best western', 'lodging'], ['sheraton', 'lodging'], ['westin', 'lodging'], ['four seasons', 'lodging'],
  ['hampton inn', 'lodging'], ['courtyard', 'lodging'], ['doubletree', 'lodging'], ['radisson', 'lodging'], ['accor', 'lodging'],
  ['novotel', 'lodging'], ['ibis', 'lodging'], ['premier inn', 'lodging'], ['airbnb', 'lodging'], ['vrbo', 'lodging'],
  ['booking.com', 'lodging'], ['booking com', 'lodging'], ['expedia', 'travel'], ['hotels.com', 'lodging'], ['kimpton', 'lodging'],
  ['ace hotel', 'lodging'], ['wyndham', 'lodging'], ['motel 6', 'lodging'], ['la quinta', 'lodging'], ['omni hotels', 'lodging'],
  ['fairmont', 'lodging'], ['ritz carlton', 'lodging'], ['citizenm', 'lodging'], ['sonder', 'lodging', true], ['hotel tonight', 'lodging'],
  ['hoteltonight', 'lodging'], ['priceline', 'travel'], ['kayak', 'travel'], ['travelocity', 'travel'], ['orbitz', 'travel'],
  ['trip.com', 'travel'], ['egencia', 'travel'], ['tripactions', 'travel'], ['navan', 'travel', true], ['travelperk', 'travel'],
  // rail, transit, car rental
  ['amtrak', 'transit and taxis'], ['mta', 'transit and taxis', true], ['bart', 'transit and taxis', true],
  ['clipper', 'transit and taxis', true], ['caltrain', 'transit and taxis'], ['tfl', 'transit and taxis'],
  ['transport for london', 'transit and taxis'], ['trainline', 'transit and taxis'], ['eurostar', 'transit and taxis'],
  ['deutsche bahn', 'transit and taxis'], ['db bahn', 'transit and taxis'], ['sncf', 'transit and taxis'],
  ['greyhound', 'transit and taxis'], ['megabus', 'transit and taxis'], ['wmata', 'transit and taxis'], ['mbta', 'transit and taxis'],
  ['septa', 'transit and taxis'], ['nj transit', 'transit and taxis'], ['lirr', 'transit and taxis'], ['citi bike', 'transit and taxis'],
  ['hertz', 'car rental'], ['avis', 'car rental'], ['enterprise rent', 'car rental'], ['enterprise rent a car', 'car rental'],
  ['budget rent', 'car rental'], ['budget rent a car', 'car rental'], ['national car', 'car rental'], ['sixt', 'car rental'],
  ['alamo', 'car rental'], ['zipcar', 'car rental'], ['turo', 'car rental'], ['europcar', 'car rental'],
  // fuel, parking, tolls
  ['shell oil', 'fuel'], ['shell', 'fuel', true], ['shell service', 'fuel'], ['chevron', 'fuel'], ['exxon', 'fuel'],
  ['exxonmobil', 'fuel'], ['mobil', 'fuel', true], ['bp', 'fuel', true], ['arco', 'fuel'], ['sunoco', 'fuel'], ['valero', 'fuel'],
  ['circle k', 'fuel'], ['speedway', 'fuel'], ['wawa', 'fuel'], ['7 eleven', 'retail'], ['marathon petro', 'fuel'],
  ['texaco', 'fuel'], ['citgo', 'fuel'], ['phillips 66', 'fuel'], ['esso', 'fuel'], ['aral', 'fuel', true],
  ['totalenergies', 'fuel'], ['parkwhiz', 'parking and tolls'], ['spothero', 'parking and tolls'],
  ['paybyphone', 'parking and tolls'], ['laz parking', 'parking and tolls'], ['impark', 'parking and tolls'],
  ['ez pass', 'parking and tolls'], ['e zpass', 'parking and tolls'], ['ezpass', 'parking and tolls'], ['fastrak', 'parking and tolls'],
  ['sunpass', 'parking and tolls'], ['ipass', 'parking and tolls'],
  // retail and groceries
  ['whole foods', 'groceries'], ['wholefds', 'groceries'], ['trader joe', 'groceries'], ['trader joes', 'groceries'],
  ['safeway', 'groceries'], ['kroger', 'groceries'], ['walmart', 'retail'], ['wal mart', 'retail'], ['target', 'retail', true],
  ['costco', 'retail'], ['walgreens', 'retail'], ['cvs', 'retail'], ['cvs pharmacy', 'retail'], ['best buy', 'retail'],
  ['home depot', 'retail'], ['lowes', 'retail'], ['ikea', 'retail'], ['staples', 'retail'], ['office depot', 'retail'],
  ['apple store', 'retail'], ['ebay', 'retail'], ['etsy', 'retail'], ['tesco', 'groceries'], ['sainsburys', 'groceries'],
  ['waitrose', 'groceries'], ['lidl', 'groceries'], ['aldi', 'groceries'], ['rewe', 'groceries'], ['edeka', 'groceries'],
  ['carrefour', 'groceries'], ['boots', 'retail', true], ['argos', 'retail'], ['john lewis', 'retail'], ['uniqlo', 'retail'],
  ['zara', 'retail'], ['nordstrom', 'retail'], ['macys', 'retail'], ['rei', 'retail', true], ['dollar tree', 'retail'],
  ['instacart', 'groceries'], ['gopuff', 'groceries'], ['b and h photo', 'retail'], ['bandh photo', 'retail'], ['newegg', 'retail'],
  // transfers, fees, telecom, shipping, office space
  ['venmo', 'transfers and fees'], ['zelle', 'transfers and fees'], ['transferwise', 'transfers and fees'],
  ['wise', 'transfers and fees', true], ['western union', 'transfers and fees'], ['moneygram', 'transfers and fees'],
  ['cash app', 'transfers and fees'], ['remitly', 'transfers and fees'], ['coinbase', 'transfers and fees'],
  ['verizon', 'telecom and utilities'], ['verizon wrls', 'telecom and utilities'], ['att', 'telecom and utilities'],
  ['at and t', 'telecom and utilities'], ['t mobile', 'telecom and utilities'], ['comcast', 'telecom and utilities'],
  ['xfinity', 'telecom and utilities'], ['vodafone', 'telecom and utilities'], ['spectrum', 'telecom and utilities', true],
  ['usps', 'shipping'], ['fedex', 'shipping'], ['ups', 'shipping', true], ['the ups store', 'shipping'], ['dhl', 'shipping'],
  ['royal mail', 'shipping'], ['wework', 'office space'], ['regus', 'office space'], ['industrious', 'office space', true],
];

/** Single words and phrases that mark a non-software purchase wherever they appear. */
const KEYWORDS: [string, SpendCategory][] = [
  ['restaurant', 'meals'], ['restaurants', 'meals'], ['cafe', 'meals'], ['caffe', 'meals'], ['coffee', 'meals'],
  ['espresso', 'meals'], ['bakery', 'meals'], ['bagel', 'meals'], ['bagels', 'meals'], ['pizza', 'meals'], ['pizzeria', 'meals'],
  ['burger', 'meals'], ['burgers', 'meals'], ['grill', 'meals'], ['bistro', 'meals'], ['brasserie', 'meals'], ['diner', 'meals'],
  ['taqueria', 'meals'], ['sushi', 'meals'], ['ramen', 'meals'], ['pub', 'meals'], ['tavern', 'meals'], ['brewery', 'meals'],
  ['brewing', 'meals'], ['deli', 'meals'], ['catering', 'meals'], ['caterers', 'meals'], ['steakhouse', 'meals'],
  ['noodle', 'meals'], ['noodles', 'meals'], ['kitchen', 'meals'], ['cantina', 'meals'], ['trattoria', 'meals'], ['bbq', 'meals'],
  ['tacos', 'meals'], ['eatery', 'meals'], ['juice', 'meals'], ['donuts', 'meals'], ['doughnuts', 'meals'],
  ['grocery', 'groceries'], ['supermarket', 'groceries'], ['supermarkt', 'groceries'], ['market place', 'groceries'],
  ['hotel', 'lodging'], ['hotels', 'lodging'], ['inn', 'lodging'], ['motel', 'lodging'], ['resort', 'lodging'],
  ['suites', 'lodging'], ['hostel', 'lodging'], ['airlines', 'airline'], ['airline', 'airline'], ['airways', 'airline'],
  ['air lines', 'airline'], ['airport', 'airline'], ['taxi', 'transit and taxis'], ['cab', 'transit and taxis'],
  ['limo', 'transit and taxis'], ['limousine', 'transit and taxis'], ['parking', 'parking and tolls'], ['toll', 'parking and tolls'],
  ['tolls', 'parking and tolls'], ['fuel', 'fuel'], ['gas station', 'fuel'], ['petrol', 'fuel'], ['gasoline', 'fuel'],
  ['railway', 'transit and taxis'], ['rail', 'transit and taxis'], ['transit', 'transit and taxis'], ['car rental', 'car rental'],
  ['rent a car', 'car rental'], ['car wash', 'retail'], ['pharmacy', 'retail'], ['florist', 'retail'], ['flowers', 'retail'],
  ['salon', 'personal services'], ['barber', 'personal services'], ['gym', 'personal services'], ['fitness', 'personal services'],
  ['laundry', 'personal services'], ['dry cleaning', 'personal services'], ['hospital', 'medical'], ['clinic', 'medical'],
  ['dental', 'medical'], ['insurance', 'insurance'], ['atm', 'transfers and fees'], ['withdrawal', 'transfers and fees'],
  ['xfer', 'transfers and fees'], ['wire transfer', 'transfers and fees'], ['interest charge', 'transfers and fees'],
  ['finance charge', 'transfers and fees'], ['dividend', 'transfers and fees'], ['autopay', 'transfers and fees'], ['payout', 'transfers and fees'],
  ['payment thank you', 'transfers and fees'], ['payment received', 'transfers and fees'], ['mobile pymt', 'transfers and fees'],
  ['online payment', 'transfers and fees'], ['foreign transaction fee', 'transfers and fees'], ['annual fee', 'transfers and fees'],
  ['late fee', 'transfers and fees'], ['returned check', 'transfers and fees'], ['check', 'transfers and fees'],
  ['cash advance', 'transfers and fees'], ['balance transfer', 'transfers and fees'], ['overdraft', 'transfers and fees'],
  ['electric bill', 'telecom and utilities'], ['electric', 'telecom and utilities'], ['utility', 'telecom and utilities'],
  ['water bill', 'telecom and utilities'], ['postage', 'shipping'], ['post office', 'shipping'], ['tax payment', 'government and taxes'],
  ['irs', 'government and taxes'], ['dmv', 'government and taxes'], ['hair', 'personal services'], ['hairstyles', 'personal services'],
];

export interface PhraseHit {
  phrase: string;
  category: SpendCategory;
}

interface PhraseTable {
  /** phrase → category, looked up on every 1..4-word span. */
  any: Map<string, SpendCategory>;
  /** phrase → category, only when the phrase is the whole text. */
  whole: Map<string, SpendCategory>;
  /** First words of the multi-word phrases (spans starting elsewhere are not built). */
  firsts: Set<string>;
}

function table(rows: [string, SpendCategory, boolean?][]): PhraseTable {
  const any = new Map<string, SpendCategory>();
  const whole = new Map<string, SpendCategory>();
  const firsts = new Set<string>();
  for (const [phrase, cat, exactOnly] of rows) {
    (exactOnly ? whole : any).set(phrase, cat);
    if (!exactOnly && phrase.includes(' ')) firsts.add(phrase.slice(0, phrase.indexOf(' ')));
  }
  return { any, whole, firsts };
}
const MERCHANT_TABLE = table(MERCHANTS);
const KEYWORD_TABLE = table(KEYWORDS);

function find(t: PhraseTable, tokens: readonly string[], text: string): PhraseHit | null {
  const w = t.whole.get(text) ?? t.any.get(text);
  if (w) return { phrase: text, category: w };
  // Longest span first (so "uber eats" beats "uber"), then leftmost.
  for (let len = Math.min(4, tokens.length); len >= 1; len--) {
    for (let i = 0; i + len <= tokens.length; i++) {
      if (len > 1 && !t.firsts.has(tokens[i])) continue;
      const phrase = len === 1 ? tokens[i] : tokens.slice(i, i + len).join(' ');
      const c = t.any.get(phrase);
      if (c) return { phrase, category: c };
    }
  }
  return null;
}

/** A known non-software merchant in the text (tokens of the normalised text, plus domain labels). */
export function findMerchant(tokens: readonly string[], text: string): PhraseHit | null {
  return find(MERCHANT_TABLE, tokens, text);
}

/** A non-software keyword in the text. */
export function findKeyword(tokens: readonly string[], text: string): PhraseHit | null {
  return find(KEYWORD_TABLE, tokens, text);
}

export const CATEGORY_WORDS: Record<SpendCategory, string> = {
  airline: 'air travel',
  lodging: 'lodging',
  'car rental': 'car rental',
  'transit and taxis': 'transit and taxis',
  travel: 'travel',
  meals: 'meals',
  groceries: 'groceries',
  fuel: 'fuel',
  'parking and tolls': 'parking and tolls',
  retail: 'retail',
  'transfers and fees': 'a transfer, payment or fee',
  'telecom and utilities': 'telecom and utilities',
  shipping: 'shipping',
  'office space': 'office space',
  'personal services': 'personal services',
  entertainment: 'entertainment',
  'government and taxes': 'government and taxes',
  medical: 'medical',
  insurance: 'insurance',
};
