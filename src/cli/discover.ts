import type { DiscoveryRun } from '../shared/schemas/discovery.js';

const money = (spend: Record<string, number>) => Object.entries(spend).map(([c, v]) => `${(v / 100).toLocaleString('en', { maximumFractionDigits: 0 })} ${c}`).join(', ') || '—';

/** The summary `tandem discover` prints. */
export function printDiscovery(r: DiscoveryRun): void {
  const s = r.summary;
  if (!s.apps && !s.unknownTexts) {
    console.log('Nothing discovered yet. Import an Okta System Log, Entra sign-ins, Google Workspace Reports or a card statement: tandem import <file>');
    return;
  }
  console.log(`Apps found:            ${s.apps}  (from ${s.signinImports} identity-provider import${s.signinImports === 1 ? '' : 's'} and finance imports)`);
  console.log(`Shadow IT:             ${s.shadow}  (${s.newShadow30d} first seen in the last 30 days)`);
  console.log(`Unknowns waiting:      ${s.unknownTexts}  (review queue: Discovery → Review queue)`);
  console.log(`Not in the HR list:    ${s.usersNotInHr} sign-in identit${s.usersNotInHr === 1 ? 'y' : 'ies'}`);
  console.log(`Leavers signing in:    ${s.leaversAfterEnd} after their end date`);
  if (r.newestShadow.length) {
    console.log('\nNewest shadow apps:');
    for (const a of r.newestShadow) {
      console.log(`  ${a.name.padEnd(28).slice(0, 28)} ${String(a.users).padStart(5)} users  first seen ${a.firstSeen.slice(0, 10)}  ${a.sources.join(', ').padEnd(22)} spend ${money(a.spend)}`);
    }
  }
}
