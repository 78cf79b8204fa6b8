import { describe, expect, it } from 'vitest';
import { classifyScope, classifyScopes, type ScopeClass } from './scopes.js';

const G = 'https://www.googleapis.com/auth/';
const pick = (c: ScopeClass) => ({ provider: c.provider, area: c.area, access: c.access, risk: c.risk });

describe('classifyScope: Google', () => {
  it.each([
    ['https://mail.google.com/', 'mail', 'full', 'high'],
    [`${G}gmail.modify`, 'mail', 'full', 'high'],
    [`${G}gmail.readonly`, 'mail', 'read', 'high'],
    [`${G}gmail.send`, 'mail', 'send', 'high'],
    [`${G}gmail.metadata`, 'mail', 'metadata', 'medium'],
    [`${G}drive`, 'files', 'full', 'high'],
    [`${G}drive.readonly`, 'files', 'read', 'medium'],
    [`${G}drive.file`, 'files', 'write', 'low'],
    [`${G}calendar.readonly`, 'calendar', 'read', 'medium'],
    [`${G}contacts.readonly`, 'contacts', 'read', 'medium'],
    [`${G}admin.directory.user`, 'directory', 'full', 'high'],
    [`${G}admin.directory.user.readonly`, 'directory', 'read', 'medium'],
    [`${G}admin.directory.rolemanagement`, 'admin', 'full', 'high'],
    [`${G}userinfo.email`, 'identity', 'profile', 'low'],
    [`${G}userinfo.profile`, 'identity', 'profile', 'low'],
  ] as const)('%s → %s / %s / %s', (scope, area, access, risk) => {
    expect(pick(classifyScope(scope))).toEqual({ provider: 'google', area, access, risk });
  });

  it('labels in words', () => {
    expect(classifyScope('https://mail.google.com/').label).toBe('Full access to Gmail');
    expect(classifyScope(`${G}userinfo.profile`).label).toBe('Read-only profile');
    expect(classifyScope(`${G}drive.file`).label).toMatch(/only drive files the app created/i);
  });

  it('tolerates a trailing slash, a missing one on mail.google.com, and the short form; returns the canonical URL', () => {
    for (const s of [`${G}drive.readonly/`, 'drive.readonly', ` ${G}drive.readonly `]) {
      expect(classifyScope(s)).toMatchObject({ scope: `${G}drive.readonly`, area: 'files', access: 'read', risk: 'medium' });
    }
    expect(classifyScope('https://mail.google.com')).toMatchObject({ scope: 'https://mail.google.com/', access: 'full' });
    expect(classifyScope('gmail.send')).toMatchObject({ scope: `${G}gmail.send`, provider: 'google', access: 'send' });
    expect(classifyScope('admin.directory.user')).toMatchObject({ scope: `${G}admin.directory.user`, risk: 'high' });
  });

  it('matches the host case-insensitively but the scope name exactly', () => {
    expect(classifyScope('HTTPS://WWW.GOOGLEAPIS.COM/auth/drive')).toMatchObject({ scope: `${G}drive`, area: 'files', risk: 'high' });
    const wrongCase = classifyScope(`${G}Drive`);
    expect(wrongCase).toMatchObject({ provider: 'google', area: 'other', label: `Unrecognised scope ${G}Drive` });
  });

  it('places unlisted scopes of a known family by prefix and verb', () => {
    expect(classifyScope(`${G}admin.directory.user.newthing.readonly`)).toMatchObject({ area: 'directory', access: 'read', risk: 'medium' });
    expect(classifyScope(`${G}gmail.someday.readonly`)).toMatchObject({ area: 'mail', access: 'read', risk: 'high' });
  });
});

describe('classifyScope: Microsoft Graph', () => {
  it.each([
    ['Mail.Read', 'mail', 'read', 'high'],
    ['Mail.ReadWrite', 'mail', 'full', 'high'],
    ['Mail.Send', 'mail', 'send', 'high'],
    ['Mail.ReadBasic', 'mail', 'metadata', 'medium'],
    ['Files.ReadWrite.All', 'files', 'full', 'high'],
    ['Files.Read.All', 'files', 'read', 'medium'],
    ['Sites.Read.All', 'files', 'read', 'medium'],
    ['Sites.FullControl.All', 'files', 'full', 'high'],
    ['Calendars.Read', 'calendar', 'read', 'medium'],
    ['Contacts.Read', 'contacts', 'read', 'medium'],
    ['Chat.Read', 'chat', 'read', 'high'],
    ['User.Read', 'identity', 'profile', 'low'],
    ['User.ReadBasic.All', 'directory', 'metadata', 'low'],
    ['Directory.Read.All', 'directory', 'read', 'medium'],
    ['Directory.ReadWrite.All', 'directory', 'write', 'high'],
    ['RoleManagement.ReadWrite.Directory', 'admin', 'full', 'high'],
    ['Application.ReadWrite.All', 'admin', 'full', 'high'],
  ] as const)('%s → %s / %s / %s', (scope, area, access, risk) => {
    expect(pick(classifyScope(scope))).toEqual({ provider: 'microsoft', area, access, risk });
  });

  it('is case-insensitive and returns the published spelling', () => {
    for (const s of ['mail.readwrite', 'MAIL.READWRITE', 'Mail.ReadWrite', 'https://graph.microsoft.com/mail.readwrite']) {
      expect(classifyScope(s)).toMatchObject({ scope: 'Mail.ReadWrite', provider: 'microsoft', area: 'mail', risk: 'high' });
    }
    expect(classifyScope('files.readwrite.all').scope).toBe('Files.ReadWrite.All');
  });

  it('knows the Exchange protocol permissions and .default', () => {
    expect(classifyScope('https://outlook.office.com/IMAP.AccessAsUser.All')).toMatchObject({ scope: 'IMAP.AccessAsUser.All', area: 'mail', access: 'full', risk: 'high' });
    expect(classifyScope('SMTP.Send')).toMatchObject({ area: 'mail', access: 'send', risk: 'high' });
    expect(classifyScope('https://graph.microsoft.com/.default')).toMatchObject({ provider: 'microsoft', area: 'other', risk: 'medium' });
  });

  it('places an unlisted permission of a known family by prefix and verb', () => {
    expect(classifyScope('Mail.Something.ReadWrite')).toMatchObject({ provider: 'microsoft', area: 'mail', access: 'write', risk: 'high' });
    expect(classifyScope('Calendars.Something.Read')).toMatchObject({ provider: 'microsoft', area: 'calendar', access: 'read', risk: 'medium' });
  });
});

describe('classifyScope: Okta and OpenID Connect', () => {
  it.each([
    ['okta.users.read', 'directory', 'read', 'medium'],
    ['okta.users.manage', 'directory', 'full', 'high'],
    ['okta.groups.manage', 'directory', 'full', 'high'],
    ['okta.apps.manage', 'admin', 'full', 'high'],
    ['okta.apps.read', 'admin', 'read', 'medium'],
    ['okta.roles.manage', 'admin', 'full', 'high'],
    ['okta.users.read.self', 'identity', 'profile', 'low'],
    ['okta.users.manage.self', 'identity', 'write', 'low'],
    ['okta.myAccount.email.read', 'identity', 'profile', 'low'],
  ] as const)('%s → %s / %s / %s', (scope, area, access, risk) => {
    expect(pick(classifyScope(scope))).toEqual({ provider: 'okta', area, access, risk });
  });

  it('labels Okta scopes and keeps Okta spelling', () => {
    expect(classifyScope('okta.apps.manage').label).toBe('Manage Okta apps');
    expect(classifyScope('okta.authorizationservers.read')).toMatchObject({ scope: 'okta.authorizationServers.read', label: 'Read Okta authorization servers' });
    expect(classifyScope('okta.somethingNew.manage')).toMatchObject({ provider: 'okta', area: 'admin', access: 'full', risk: 'high' });
  });

  it.each(['openid', 'email', 'profile', 'OpenID'])('%s is a low-risk profile scope', (scope) => {
    expect(pick(classifyScope(scope))).toEqual({ provider: 'oidc', area: 'identity', access: 'profile', risk: 'low' });
  });

  it('offline_access is low risk in its own area and says it keeps access', () => {
    const c = classifyScope('offline_access');
    expect(c).toMatchObject({ provider: 'oidc', area: 'offline', risk: 'low' });
    expect(c.label).toMatch(/keeps access when the user is away/);
  });
});

describe('classifyScope: unrecognised', () => {
  it('is area other, low unless it looks like write/manage/all', () => {
    expect(classifyScope('custom:thing')).toEqual({ scope: 'custom:thing', provider: 'unknown', area: 'other', access: 'read', risk: 'low', label: 'Unrecognised scope custom:thing' });
    expect(classifyScope('widgets.read')).toMatchObject({ area: 'other', risk: 'low', label: 'Unrecognised scope widgets.read' });
    for (const s of ['api://acme/Things.Write', 'acme.manage', 'Widgets.Read.All', 'https://acme.example/user_impersonation']) {
      expect(classifyScope(s), s).toMatchObject({ area: 'other', risk: 'medium', label: `Unrecognised scope ${s}` });
    }
  });

  it('keeps the provider when the prefix says it', () => {
    expect(classifyScope(`${G}somethingnew.readonly`)).toMatchObject({ provider: 'google', area: 'other', access: 'read', risk: 'low' });
    // A bare Google scope is full access to that API by Google's convention.
    expect(classifyScope(`${G}somethingnew`)).toMatchObject({ provider: 'google', area: 'other', access: 'full', risk: 'medium' });
    expect(classifyScope('https://graph.microsoft.com/Widgets.Read')).toMatchObject({ provider: 'microsoft', area: 'other', risk: 'low' });
    expect(classifyScope('Widgets.ReadWrite.All')).toMatchObject({ provider: 'microsoft', area: 'other', risk: 'medium' });
  });

  it('never throws on odd input', () => {
    expect(classifyScope('')).toMatchObject({ area: 'other', risk: 'low', label: 'Empty scope' });
    expect(classifyScope('https://')).toMatchObject({ area: 'other' });
  });
});

describe('classifyScopes', () => {
  it('takes the highest risk and summarises highest first', () => {
    const r = classifyScopes(['https://mail.google.com/', `${G}drive.readonly`, 'openid', 'email', 'profile']);
    expect(r.risk).toBe('high');
    expect(r.summary).toBe('Full mail access, read files, basic profile');
    expect(r.areas).toEqual(['mail', 'files', 'identity']);
    expect(r.classes.map((c) => c.scope)).toEqual(['https://mail.google.com/', `${G}drive.readonly`, 'openid', 'email', 'profile']);
  });

  it('a stronger grant hides a weaker one in the same area, but sending stays separate', () => {
    expect(classifyScopes(['Mail.Read', 'Mail.ReadWrite']).summary).toBe('Full mail access');
    expect(classifyScopes(['Mail.ReadWrite', 'Mail.Send']).summary).toBe('Full mail access, send mail as the user');
    expect(classifyScopes([`${G}drive`, `${G}drive.file`]).summary).toBe('Full file access');
  });

  it('a narrow grant is not hidden by, nor hides, a broader lower-risk one', () => {
    const r = classifyScopes([`${G}drive.file`, `${G}drive.readonly`]);
    expect(r.risk).toBe('medium');
    expect(r.summary).toBe('Read files, files the app opened');
  });

  it('only low scopes give low risk', () => {
    const r = classifyScopes(['openid', 'profile', 'email', 'User.Read', 'offline_access']);
    expect(r.risk).toBe('low');
    expect(r.summary).toBe('Basic profile, keeps access when the user is away');
    expect(r.areas).toEqual(['identity', 'offline']);
  });

  it('medium wins over low; admin before directory at equal risk', () => {
    const r = classifyScopes(['okta.users.read', 'okta.apps.read', 'openid']);
    expect(r.risk).toBe('medium');
    expect(r.summary).toBe('Read admin settings, read the directory, basic profile');
  });

  it('counts unrecognised scopes and ranks them by their risk', () => {
    const r = classifyScopes(['Calendars.Read', 'acme.widgets', 'acme.gadgets.write', 'openid']);
    expect(r.risk).toBe('medium');
    expect(r.summary).toBe('Read calendars, 2 unrecognised scopes, basic profile');
    expect(r.areas).toEqual(['calendar', 'other', 'identity']);
    expect(r.classes.filter((c) => c.area === 'other').map((c) => c.provider)).toEqual(['unknown', 'unknown']);
  });

  it('splits space- or comma-separated entries and drops duplicates in any spelling', () => {
    const r = classifyScopes(['openid profile email offline_access', 'okta.users.read, okta.users.read', 'Mail.Read', 'mail.read', 'https://graph.microsoft.com/Mail.Read']);
    expect(r.classes.map((c) => c.scope)).toEqual(['openid', 'profile', 'email', 'offline_access', 'okta.users.read', 'Mail.Read']);
    expect(r.summary).toBe('Read mail, read the directory, basic profile, keeps access when the user is away');
  });

  it('handles no scopes', () => {
    expect(classifyScopes([])).toEqual({ classes: [], risk: 'low', areas: [], summary: 'No scopes' });
    expect(classifyScopes(['  ', ''])).toMatchObject({ classes: [], summary: 'No scopes' });
  });
});
