/**
 * Registrable domains (eTLD+1) without the full Public Suffix List: the common multi-part country
 * suffixes (co.uk, com.au, co.jp…) and the shared-hosting suffixes where each customer owns a
 * sub-domain (github.io, herokuapp.com, myshopify.com…). Enough for vendor websites and the hosts in
 * sign-in logs and exports; an unknown two-part suffix falls back to the last two labels.
 */

const COUNTRY_SECOND_LEVEL: Record<string, readonly string[]> = {
  uk: ['co', 'org', 'me', 'ltd', 'plc', 'net', 'ac', 'gov', 'sch', 'nhs'],
  au: ['com', 'net', 'org', 'edu', 'gov', 'asn', 'id'],
  nz: ['co', 'org', 'net', 'ac', 'govt', 'geek', 'school'],
  jp: ['co', 'ne', 'or', 'ac', 'go', 'gr', 'ad', 'ed', 'lg'],
  kr: ['co', 'or', 'ne', 'ac', 'go', 're'],
  br: ['com', 'net', 'org', 'gov', 'edu', 'art', 'blog', 'eco', 'ind', 'inf', 'log', 'tec', 'app'],
  in: ['co', 'net', 'org', 'firm', 'gen', 'ind', 'ac', 'edu', 'gov', 'res'],
  cn: ['com', 'net', 'org', 'gov', 'edu', 'ac'],
  hk: ['com', 'org', 'net', 'edu', 'gov', 'idv'],
  tw: ['com', 'org', 'net', 'edu', 'gov', 'idv'],
  sg: ['com', 'org', 'net', 'edu', 'gov', 'per'],
  my: ['com', 'org', 'net', 'edu', 'gov', 'name'],
  ph: ['com', 'org', 'net', 'edu', 'gov'],
  vn: ['com', 'org', 'net', 'edu', 'gov'],
  id: ['co', 'or', 'ac', 'go', 'web', 'my', 'biz', 'net'],
  th: ['co', 'or', 'ac', 'go', 'in', 'net'],
  za: ['co', 'org', 'net', 'ac', 'gov', 'web'],
  il: ['co', 'org', 'net', 'ac', 'gov', 'muni'],
  tr: ['com', 'org', 'net', 'edu', 'gov', 'gen', 'biz', 'info', 'web'],
  mx: ['com', 'org', 'net', 'edu', 'gob'],
  ar: ['com', 'org', 'net', 'edu', 'gob', 'int'],
  co: ['com', 'org', 'net', 'edu', 'gov'],
  pe: ['com', 'org', 'net', 'edu', 'gob'],
  ve: ['com', 'org', 'net', 'edu', 'gob'],
  ec: ['com', 'org', 'net', 'edu', 'gob'],
  uy: ['com', 'org', 'net', 'edu', 'gub'],
  py: ['com', 'org', 'net', 'edu', 'gov'],
  bo: ['com', 'org', 'net', 'edu', 'gob'],
  ng: ['com', 'org', 'net', 'edu', 'gov'],
  eg: ['com', 'org', 'net', 'edu', 'gov'],
  sa: ['com', 'org', 'net', 'edu', 'gov'],
  ae: ['co', 'net', 'org', 'ac', 'gov'],
  qa: ['com', 'org', 'net', 'edu', 'gov'],
  kw: ['com', 'org', 'net', 'edu', 'gov'],
  om: ['co', 'com', 'org', 'net', 'edu', 'gov'],
  bh: ['com', 'org', 'net', 'edu', 'gov'],
  pk: ['com', 'org', 'net', 'edu', 'gov'],
  bd: ['com', 'org', 'net', 'edu', 'gov'],
  lk: ['com', 'org', 'net', 'edu', 'gov'],
  np: ['com', 'org', 'net', 'edu', 'gov'],
  ke: ['co', 'or', 'ne', 'ac', 'go'],
  tz: ['co', 'or', 'ne', 'ac', 'go'],
  ug: ['co', 'or', 'ne', 'ac', 'go'],
  ua: ['com', 'org', 'net', 'edu', 'gov', 'in'],
  pl: ['com', 'org', 'net', 'edu', 'gov', 'biz', 'info'],
  at: ['co', 'or', 'ac', 'gv'],
  es: ['com', 'org', 'nom', 'edu', 'gob'],
  pt: ['com', 'org', 'edu', 'gov'],
  gr: ['com', 'org', 'net', 'edu', 'gov'],
  cy: ['com', 'org', 'net', 'ac', 'gov'],
  mt: ['com', 'org', 'net', 'edu', 'gov'],
  hu: ['co', 'org', 'info'],
  ru: ['com', 'org', 'net', 'msk', 'spb'],
  ro: ['com', 'org', 'info'],
  fr: ['com', 'asso', 'nom', 'gouv'],
};

/** Shared hosting and "one customer per sub-domain" suffixes (private part of the Public Suffix List). */
const PRIVATE_SUFFIXES = new Set([
  'github.io', 'gitlab.io', 'herokuapp.com', 'netlify.app', 'vercel.app', 'pages.dev', 'workers.dev',
  'web.app', 'firebaseapp.com', 'appspot.com', 'azurewebsites.net', 'cloudapp.net', 'azureedge.net', 'cloudfront.net',
  'blogspot.com', 'myshopify.com', 'wixsite.com', 'webflow.io', 'readthedocs.io', 'onrender.com', 'fly.dev', 'glitch.me',
  'repl.co', 'bubbleapps.io', 'carrd.co', 'notion.site', 'framer.website', 'uk.com', 'us.com', 'eu.com', 'gb.net',
  'us.org', 'co.com', 'js.org', 'surge.sh', 'vercel.sh', 's3.amazonaws.com', 'elasticbeanstalk.com', 'on.aws', 'readme.io',
  'gitbook.io', 'mintlify.app',
]);

/** Host name of a URL or bare host, lower-case, without `www.`, port or trailing dot; null when not a host. */
export function hostOf(urlOrHost: string): string | null {
  let s = urlOrHost.trim().toLowerCase();
  if (!s) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  let host: string;
  try {
    host = new URL(s).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\d?\./, '');
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[')) return null;
  return host;
}

/** eTLD+1 of a host or URL: "app.hubspot.com" → "hubspot.com", "shop.example.co.uk" → "example.co.uk". */
export function registrableDomain(urlOrHost: string): string | null {
  const host = hostOf(urlOrHost);
  if (!host) return null;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  // Private suffixes (two or three labels).
  for (const n of [3, 2]) {
    if (labels.length > n && PRIVATE_SUFFIXES.has(labels.slice(-n).join('.'))) return labels.slice(-n - 1).join('.');
  }
  const tld = labels[labels.length - 1];
  const second = labels[labels.length - 2];
  if (COUNTRY_SECOND_LEVEL[tld]?.includes(second)) return labels.slice(-3).join('.');
  return labels.slice(-2).join('.');
}

/** The first label of a registrable domain: "hubspot.com" → "hubspot", "example.co.uk" → "example". */
export function domainLabel(domain: string): string {
  return domain.split('.')[0];
}
