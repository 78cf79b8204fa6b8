/**
 * Comment templates for the demo organisation. Each one belongs to a demo persona and may only
 * apply to some apps (the marketing lead comments on marketing apps, the sales member on sales
 * apps, the security reviewer asks about personal data...). Mentions are written as
 * `@first.last`, the local part of the person's e-mail, like real users type them.
 */
import type { Lifecycle } from '../../../shared/enums.js';

export type PersonaKey = 'it' | 'cmo' | 'finance' | 'security' | 'member' | 'auditor';

export type CommentContext = {
  app: string;
  vendor: string;
  /** '@first.last' of the business owner. */
  owner: string;
  /** '@first.last' of the IT owner. */
  itOwner: string;
  seats: number | null;
  /** Earliest attestation expiry, already formatted ('14 Mar 2026'), or null. */
  expiry: string | null;
  expired: boolean;
  expiringSoon: boolean;
  personalData: boolean;
  status: Lifecycle;
  sso: boolean;
  scim: boolean;
  marketing: boolean;
  sales: boolean;
  orgWide: boolean;
  /** '@first.last' of each demo persona. */
  h: Record<PersonaKey, string>;
};

export type CommentTemplate = {
  author: PersonaKey;
  /** Opening comments start a thread; the others answer one. */
  kind: 'open' | 'reply';
  when?: (c: CommentContext) => boolean;
  text: (c: CommentContext) => string;
};

const live = (c: CommentContext) => c.status === 'approved' || c.status === 'restricted';

export const COMMENT_TEMPLATES: readonly CommentTemplate[] = [
  // IT admin
  { author: 'it', kind: 'open', when: (c) => live(c) && c.seats !== null, text: (c) => `Renewal for ${c.app} is coming up next quarter. We pay for ${c.seats} seats — ${c.owner} can you check how many are actually in use before we talk to ${c.vendor}?` },
  { author: 'it', kind: 'open', when: (c) => !c.sso && c.status !== 'retired', text: (c) => `${c.app} still uses local passwords. ${c.itOwner} is SSO available on our plan, or is it an upgrade?` },
  { author: 'it', kind: 'open', when: (c) => c.sso && !c.scim && live(c), text: (c) => `SSO works for ${c.app}, but without SCIM leavers keep their accounts until someone removes them by hand. Adding it to the offboarding checklist for now.` },
  { author: 'it', kind: 'open', when: (c) => c.scim && live(c), text: (c) => `SCIM provisioning for ${c.app} is live. Access now follows the Okta groups, so please request it through the service desk rather than inviting people directly.` },
  { author: 'it', kind: 'open', when: (c) => c.status === 'discovered', text: (c) => `Found ${c.app} in the SSO and expense data — about a dozen people signed up with work e-mail. ${c.owner} do you know who is using it and for what?` },
  { author: 'it', kind: 'open', when: (c) => c.status === 'retired', text: (c) => `${c.app} is switched off. Data export is stored in the shared IT drive; the contract ends at the end of the term and will not renew.` },
  { author: 'it', kind: 'open', when: (c) => c.status === 'in_review', text: (c) => `Kicking off the review of ${c.app}. ${c.h.security} security questionnaire please; ${c.h.finance} pricing is in the procurement ticket.` },
  { author: 'it', kind: 'open', when: (c) => c.status === 'restricted', text: (c) => `Reminder: ${c.app} is restricted. Existing users can carry on, but no new accounts, and nothing confidential goes in.` },
  { author: 'it', kind: 'open', when: (c) => c.orgWide, text: (c) => `${c.app} is rolled out to every department now. New starters get it automatically from day one.` },
  { author: 'it', kind: 'reply', text: (c) => `Updated the owner fields — ${c.owner} is the business owner and ${c.itOwner} looks after the admin side.` },
  { author: 'it', kind: 'reply', text: () => 'Done. Ticket closed on our side.' },
  { author: 'it', kind: 'reply', when: (c) => c.seats !== null, text: (c) => `Usage report attached to the service desk ticket: ${Math.max(1, Math.round((c.seats ?? 0) * 0.72))} of ${c.seats} seats active in the last 30 days.` },

  // Security & privacy reviewer
  { author: 'security', kind: 'open', when: (c) => c.expired, text: (c) => `The ${c.vendor} attestation on file expired on ${c.expiry}. ${c.itOwner} can you ask them for the new report or a bridge letter?` },
  { author: 'security', kind: 'open', when: (c) => c.expiringSoon, text: (c) => `Heads-up: the earliest attestation for ${c.app} expires on ${c.expiry}. I've asked ${c.vendor} for the next report so we don't end up with a gap.` },
  { author: 'security', kind: 'open', when: (c) => c.personalData, text: (c) => `${c.app} holds customer personal data. ${c.owner} can you check the DPA is signed and lists the current sub-processors?` },
  { author: 'security', kind: 'open', when: (c) => c.personalData && live(c), text: (c) => `Where does ${c.vendor} host our data? Legal needs the region for the processing register — ${c.itOwner} do you have it from the admin console?` },
  { author: 'security', kind: 'open', when: (c) => c.status === 'in_review', text: (c) => `Security questionnaire for ${c.app} is back. Main open point: MFA is optional for admins. Waiting for ${c.vendor} to confirm it can be enforced.` },
  { author: 'security', kind: 'open', when: (c) => c.status === 'discovered', text: (c) => `Before anyone uploads customer lists into ${c.app}, we need a DPA and a look at their security page. Please hold off until the review is done.` },
  { author: 'security', kind: 'open', when: (c) => live(c), text: (c) => `Reviewed the latest SOC 2 report for ${c.app}. No exceptions relevant to us; the complementary user entity controls are covered by Okta and our offboarding process.` },
  { author: 'security', kind: 'open', when: (c) => c.status === 'restricted', text: (c) => `Restricted because ${c.vendor} could not give us a current SOC 2. We will revisit once they share the report.` },
  { author: 'security', kind: 'reply', when: (c) => c.personalData, text: (c) => `DPA found in the contract folder, signed last year. ${c.owner} nothing needed from you.` },
  { author: 'security', kind: 'reply', text: () => 'Thanks — risk accepted for now, review again at renewal.' },
  { author: 'security', kind: 'reply', text: (c) => `Pen test summary from ${c.vendor} is on file. Nothing high or critical open.` },

  // Marketing lead (marketing apps only)
  { author: 'cmo', kind: 'open', when: (c) => c.marketing && live(c), text: (c) => `We're running the Q3 campaign through ${c.app}. Please no integration changes until after launch — ${c.owner} will confirm when we're clear.` },
  { author: 'cmo', kind: 'open', when: (c) => c.marketing, text: (c) => `Do we really need ${c.app} next to the rest of the stack? ${c.owner} could you list what we'd lose if we consolidated?` },
  { author: 'cmo', kind: 'open', when: (c) => c.marketing && c.status === 'in_review', text: (c) => `The team is keen on ${c.app}. ${c.h.it} anything blocking approval on your side? We'd like to start the pilot this month.` },
  { author: 'cmo', kind: 'open', when: (c) => c.marketing && c.status === 'discovered', text: (c) => `I didn't know we were using ${c.app}. ${c.owner} let's talk about whether this should go through a proper review.` },
  { author: 'cmo', kind: 'open', when: (c) => c.marketing && live(c) && c.seats !== null, text: (c) => `Budget check: ${c.app} is one of our bigger lines. ${c.seats} seats seems high for how often the team logs in.` },
  { author: 'cmo', kind: 'reply', when: (c) => c.marketing, text: () => 'Agreed. Let’s keep it until the end of the contract and decide at renewal.' },
  { author: 'cmo', kind: 'reply', when: (c) => c.marketing, text: (c) => `${c.owner} owns this one from now on, please loop them in on anything vendor-related.` },

  // Finance
  { author: 'finance', kind: 'open', when: (c) => live(c), text: (c) => `Invoice from ${c.vendor} came in about 8% higher than last year. ${c.owner} was there a price increase we agreed to?` },
  { author: 'finance', kind: 'open', when: (c) => live(c) && c.seats !== null, text: (c) => `${c.app} renews automatically unless we give 60 days' notice. Putting it on the renewal calendar; ${c.owner} please confirm the seat count (${c.seats}) by then.` },
  { author: 'finance', kind: 'open', when: (c) => c.status === 'discovered', text: (c) => `${c.app} has been expensed on personal cards for several months. ${c.h.it} can we move it to a company contract or shut it down?` },
  { author: 'finance', kind: 'open', when: (c) => c.status === 'retired', text: (c) => `Confirmed with ${c.vendor} that the contract is cancelled. Last invoice paid, nothing further to accrue.` },
  { author: 'finance', kind: 'open', when: (c) => c.status === 'in_review', text: (c) => `Pricing for ${c.app}: annual billing saves about 15% over monthly. Budget is there if security signs off.` },
  { author: 'finance', kind: 'reply', text: () => 'Noted, PO raised.' },
  { author: 'finance', kind: 'reply', text: (c) => `Thanks ${c.owner}. I'll reflect that in next year's budget.` },

  // Department member (sales apps only)
  { author: 'member', kind: 'open', when: (c) => c.sales && live(c), text: (c) => `Is there a spare licence for ${c.app}? I'd like to use it for my territory accounts. ${c.owner} who approves that?` },
  { author: 'member', kind: 'open', when: (c) => c.sales && live(c), text: (c) => `Quick tip for anyone new: ${c.app} syncs with Salesforce every 15 minutes, so don't panic if activity doesn't show up straight away.` },
  { author: 'member', kind: 'open', when: (c) => c.sales && c.status === 'discovered', text: (c) => `A few of us trialled ${c.app} and liked it. Happy to share notes if anyone is reviewing it.` },
  { author: 'member', kind: 'open', when: (c) => c.sales && c.status === 'restricted', text: (c) => `Why is ${c.app} restricted? ${c.h.it} is there an approved alternative I should use?` },
  { author: 'member', kind: 'reply', when: (c) => c.sales, text: () => 'Thanks, that answers it.' },
  { author: 'member', kind: 'reply', when: (c) => c.sales, text: (c) => `Got access now, thanks ${c.itOwner}!` },
];

/** '2026-03-14' -> '14 Mar 2026' */
export function formatDay(iso: string): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[m - 1]} ${y}`;
}

/**
 * Local parts mentioned in a comment body ('@anna.smith,' -> 'anna.smith'), read the same way
 * as the comment verb reads them when someone posts a comment.
 */
export function mentionHandles(body: string): string[] {
  const out = new Set<string>();
  for (const m of body.matchAll(/(^|[^\w.@])@([a-z0-9][a-z0-9._-]*[a-z0-9])/gi)) out.add(m[2].toLowerCase());
  return [...out];
}
