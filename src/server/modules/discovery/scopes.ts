// OAuth scope classification: what a granted scope lets an app do (area, access, risk, a label in words).
// Pure data + look-ups, no database. Sources for the names: Google's "OAuth 2.0 Scopes for Google APIs",
// the Microsoft Graph permissions reference (plus the Exchange Online IMAP/POP/SMTP/EWS permissions),
// Okta's OAuth 2.0 scopes for the management API, and the OpenID Connect core scopes.
//
// Matching follows the providers: Graph permission names are case-insensitive; Google scopes are exact
// URLs (the host is matched case-insensitively, a trailing slash and the short form `drive.readonly` are
// tolerated); Okta scopes are matched case-insensitively and follow `okta.<resource>.<read|manage>[.self]`.

export type ScopeArea = 'mail' | 'files' | 'calendar' | 'contacts' | 'chat' | 'directory' | 'admin' | 'identity' | 'offline' | 'other';
export type ScopeAccess = 'full' | 'write' | 'send' | 'read' | 'metadata' | 'profile';
export type ScopeRisk = 'high' | 'medium' | 'low';
export type ScopeProvider = 'google' | 'microsoft' | 'okta' | 'oidc' | 'unknown';

export interface ScopeClass {
  /** The scope in its canonical spelling (Google: full URL; Graph: `Mail.Read`); an unrecognised scope as given, trimmed. */
  scope: string;
  provider: ScopeProvider;
  area: ScopeArea;
  access: ScopeAccess;
  risk: ScopeRisk;
  /** Short human text: "Full access to Gmail", "Read-only profile". */
  label: string;
}

export interface ScopeSummary {
  /** One per distinct scope, in input order. */
  classes: ScopeClass[];
  /** The highest risk of any scope ('low' when there are none). */
  risk: ScopeRisk;
  /** Distinct areas, highest risk first. */
  areas: ScopeArea[];
  /** "Full mail access, read files" — deduplicated, highest risk first. */
  summary: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Defaults: the risk of an area × access when a row does not say otherwise, and the words for the summary.

const RISK_RANK: Record<ScopeRisk, number> = { high: 3, medium: 2, low: 1 };
const ACCESS_RANK: Record<ScopeAccess, number> = { full: 6, write: 5, send: 4, read: 3, metadata: 2, profile: 1 };
const AREA_RANK: Record<ScopeArea, number> = {
  admin: 10,
  directory: 9,
  mail: 8,
  files: 7,
  chat: 6,
  calendar: 5,
  contacts: 4,
  identity: 3,
  offline: 2,
  other: 1,
};

const H = 'high';
const M = 'medium';
const L = 'low';
type RiskRow = [full: ScopeRisk, write: ScopeRisk, send: ScopeRisk, read: ScopeRisk, metadata: ScopeRisk, profile: ScopeRisk];
const RISK_MATRIX: Record<ScopeArea, RiskRow> = {
  mail: [H, H, H, H, M, L],
  files: [H, H, M, M, L, L],
  calendar: [M, M, M, M, L, L],
  contacts: [M, M, M, M, L, L],
  chat: [H, M, M, H, L, L],
  directory: [H, H, M, M, L, L],
  admin: [H, H, M, M, L, L],
  identity: [L, L, L, L, L, L],
  offline: [L, L, L, L, L, L],
  other: [M, M, M, L, L, L],
};
const ACCESS_INDEX: Record<ScopeAccess, number> = { full: 0, write: 1, send: 2, read: 3, metadata: 4, profile: 5 };
const defaultRisk = (area: ScopeArea, access: ScopeAccess): ScopeRisk => RISK_MATRIX[area][ACCESS_INDEX[access]];

const PHRASES: Record<ScopeArea, Partial<Record<ScopeAccess, string>>> = {
  mail: { full: 'full mail access', write: 'change mail', send: 'send mail as the user', read: 'read mail', metadata: 'mail metadata' },
  files: { full: 'full file access', write: 'change files', read: 'read files', metadata: 'file metadata' },
  calendar: { full: 'full calendar access', write: 'change calendars', read: 'read calendars', metadata: 'calendar metadata' },
  contacts: { full: 'full contacts access', write: 'change contacts', read: 'read contacts', metadata: 'contact metadata' },
  chat: { full: 'full chat access', write: 'change chats', send: 'send chat messages as the user', read: 'read chat messages', metadata: 'chat metadata' },
  directory: { full: 'full directory access', write: 'change the directory', read: 'read the directory', metadata: 'basic directory info', profile: 'basic directory info' },
  admin: { full: 'full admin access', write: 'change admin settings', read: 'read admin settings', metadata: 'admin metadata' },
  identity: { full: 'full profile access', write: 'change own profile', read: 'read profile details', metadata: 'basic profile', profile: 'basic profile' },
  offline: { full: 'keeps access when the user is away' },
  other: {},
};
function defaultPhrase(area: ScopeArea, access: ScopeAccess): string {
  if (area === 'offline') return PHRASES.offline.full!;
  return PHRASES[area][access] ?? `${access} ${area} access`;
}

// ---------------------------------------------------------------------------------------------------------------
// The table. A row: [scope, area, access, label, { risk?, phrase? }]. `risk` defaults to RISK_MATRIX; `phrase`
// replaces the summary words for a narrow grant ("files the app opened") so it is not read as the whole area.

interface Extra {
  risk?: ScopeRisk;
  phrase?: string;
}
type Row = readonly [scope: string, area: ScopeArea, access: ScopeAccess, label: string, extra?: Extra];

const OIDC_ROWS: Row[] = [
  ['openid', 'identity', 'profile', 'Sign in (OpenID Connect)'],
  ['email', 'identity', 'profile', "Read the user's email address"],
  ['profile', 'identity', 'profile', 'Read-only profile'],
  ['address', 'identity', 'profile', "Read the user's postal address"],
  ['phone', 'identity', 'profile', "Read the user's phone number"],
  ['offline_access', 'offline', 'profile', 'Offline access: keeps access when the user is away (refresh token)'],
];

const GOOGLE_PREFIX = 'https://www.googleapis.com/auth/';
/** Keys are the part after https://www.googleapis.com/auth/, or a whole URL for the few scopes outside it. */
const GOOGLE_ROWS: Row[] = [
  // Gmail
  ['https://mail.google.com/', 'mail', 'full', 'Full access to Gmail'],
  ['gmail.modify', 'mail', 'full', 'Read, send and change all Gmail (no permanent delete)'],
  ['gmail.readonly', 'mail', 'read', 'Read all Gmail messages and settings'],
  ['gmail.compose', 'mail', 'send', 'Manage drafts and send Gmail'],
  ['gmail.send', 'mail', 'send', 'Send email as the user'],
  ['gmail.insert', 'mail', 'write', 'Add messages to the Gmail mailbox', { risk: M }],
  ['gmail.labels', 'mail', 'write', 'Manage Gmail labels', { risk: L, phrase: 'Gmail labels' }],
  ['gmail.metadata', 'mail', 'metadata', 'Read Gmail metadata (headers and labels, not bodies)'],
  ['gmail.settings.basic', 'mail', 'write', 'Manage Gmail settings and filters', { risk: M, phrase: 'change mail settings' }],
  ['gmail.settings.sharing', 'mail', 'write', 'Manage Gmail forwarding, delegates and send-as addresses', { phrase: 'mail forwarding and delegation' }],
  ['gmail.addons.current.message.readonly', 'mail', 'read', 'Read the open Gmail message while the add-on runs', { risk: M, phrase: 'read the open message' }],
  ['gmail.addons.current.message.action', 'mail', 'read', 'Read the open Gmail message when the user acts on the add-on', { risk: M, phrase: 'read the open message' }],
  ['gmail.addons.current.message.metadata', 'mail', 'metadata', "Read the open Gmail message's metadata while the add-on runs", { risk: L, phrase: 'open message metadata' }],
  ['gmail.addons.current.action.compose', 'mail', 'write', 'Draft messages and replies from the add-on', { risk: M, phrase: 'drafts from the add-on' }],
  // Drive, Docs, Sheets, Slides, Forms, Photos, Cloud Storage
  ['drive', 'files', 'full', 'Full access to Google Drive'],
  ['drive.readonly', 'files', 'read', 'Read all Google Drive files'],
  ['drive.file', 'files', 'write', 'Only Drive files the app created or the user opened with it', { risk: L, phrase: 'files the app opened' }],
  ['drive.appdata', 'files', 'write', "The app's own hidden folder in Google Drive", { risk: L, phrase: "the app's own folder" }],
  ['drive.appfolder', 'files', 'write', "The app's own folder in Google Drive", { risk: L, phrase: "the app's own folder" }],
  ['drive.metadata', 'files', 'metadata', 'Read and change Google Drive file metadata', { risk: M }],
  ['drive.metadata.readonly', 'files', 'metadata', 'Read Google Drive file metadata'],
  ['drive.photos.readonly', 'files', 'read', 'Read photos and videos in Google Drive'],
  ['drive.scripts', 'files', 'write', 'Change the behaviour of Google Apps Script projects', { risk: M, phrase: 'change Apps Script projects' }],
  ['drive.activity', 'files', 'metadata', 'See and add Google Drive activity'],
  ['drive.activity.readonly', 'files', 'metadata', 'See Google Drive activity'],
  ['documents', 'files', 'full', 'Full access to all Google Docs'],
  ['documents.readonly', 'files', 'read', 'Read all Google Docs'],
  ['spreadsheets', 'files', 'full', 'Full access to all Google Sheets'],
  ['spreadsheets.readonly', 'files', 'read', 'Read all Google Sheets'],
  ['presentations', 'files', 'full', 'Full access to all Google Slides'],
  ['presentations.readonly', 'files', 'read', 'Read all Google Slides'],
  ['forms.body', 'files', 'write', 'Create and change Google Forms', { risk: M }],
  ['forms.body.readonly', 'files', 'read', 'Read Google Forms'],
  ['forms.responses.readonly', 'files', 'read', 'Read Google Forms responses'],
  ['photoslibrary.readonly', 'files', 'read', 'Read the Google Photos library'],
  ['devstorage.full_control', 'files', 'full', 'Full control of Google Cloud Storage'],
  ['devstorage.read_write', 'files', 'write', 'Read and write Google Cloud Storage'],
  ['devstorage.read_only', 'files', 'read', 'Read Google Cloud Storage'],
  // Calendar
  ['calendar', 'calendar', 'full', 'Full access to Google Calendar'],
  ['calendar.readonly', 'calendar', 'read', 'Read all Google Calendar events'],
  ['calendar.events', 'calendar', 'write', 'Read and change Google Calendar events'],
  ['calendar.events.readonly', 'calendar', 'read', 'Read Google Calendar events'],
  ['calendar.settings.readonly', 'calendar', 'metadata', 'Read Google Calendar settings'],
  ['calendar.freebusy', 'calendar', 'metadata', 'See free/busy times in Google Calendar', { phrase: 'free/busy times' }],
  ['calendar.events.freebusy', 'calendar', 'metadata', 'See free/busy times in Google Calendar', { phrase: 'free/busy times' }],
  ['calendar.calendarlist.readonly', 'calendar', 'metadata', 'See the list of subscribed calendars'],
  ['calendar.app.created', 'calendar', 'write', 'Only calendars the app created', { risk: L, phrase: 'calendars the app created' }],
  ['https://www.google.com/calendar/feeds', 'calendar', 'full', 'Full access to Google Calendar (legacy feed)'],
  // Contacts and the People API
  ['contacts', 'contacts', 'full', 'Full access to Google Contacts'],
  ['contacts.readonly', 'contacts', 'read', 'Read Google Contacts'],
  ['contacts.other.readonly', 'contacts', 'read', "Read \"Other contacts\" (people the user interacted with)"],
  ['https://www.google.com/m8/feeds', 'contacts', 'full', 'Full access to Google Contacts (legacy feed)'],
  ['directory.readonly', 'directory', 'read', "Read the organisation's Google Workspace directory"],
  // Identity
  ['userinfo.email', 'identity', 'profile', "Read the user's email address"],
  ['userinfo.profile', 'identity', 'profile', 'Read-only profile'],
  ['plus.me', 'identity', 'profile', 'Know who the user is (legacy Google+)'],
  ['user.emails.read', 'identity', 'profile', "Read all the user's email addresses"],
  ['user.phonenumbers.read', 'identity', 'read', "Read the user's phone numbers"],
  ['user.addresses.read', 'identity', 'read', "Read the user's street addresses"],
  ['user.birthday.read', 'identity', 'read', "Read the user's birthday"],
  ['user.gender.read', 'identity', 'read', "Read the user's gender"],
  ['user.organization.read', 'identity', 'read', "Read the user's organisation and job title"],
  // Chat
  ['chat.messages', 'chat', 'full', 'Full access to Google Chat messages'],
  ['chat.messages.readonly', 'chat', 'read', 'Read all Google Chat messages'],
  ['chat.messages.create', 'chat', 'send', 'Send Google Chat messages as the user'],
  ['chat.spaces', 'chat', 'write', 'Create and change Google Chat spaces'],
  ['chat.spaces.readonly', 'chat', 'metadata', 'See Google Chat spaces'],
  ['chat.memberships', 'chat', 'write', 'Manage members of Google Chat spaces'],
  ['chat.memberships.readonly', 'chat', 'metadata', 'See members of Google Chat spaces'],
  ['chat.bot', 'chat', 'send', 'Post as a Google Chat app (bot)', { risk: L, phrase: 'post as a chat app' }],
  // Admin SDK and other administration
  ['admin.directory.user', 'directory', 'full', 'Manage Google Workspace users'],
  ['admin.directory.user.readonly', 'directory', 'read', 'Read Google Workspace users'],
  ['admin.directory.user.alias', 'directory', 'write', 'Manage Google Workspace user aliases'],
  ['admin.directory.user.alias.readonly', 'directory', 'read', 'Read Google Workspace user aliases'],
  ['admin.directory.user.security', 'admin', 'full', 'Manage user security (sign-out, OAuth tokens, app passwords)'],
  ['admin.directory.group', 'directory', 'full', 'Manage Google Workspace groups'],
  ['admin.directory.group.readonly', 'directory', 'read', 'Read Google Workspace groups'],
  ['admin.directory.group.member', 'directory', 'write', 'Manage Google Workspace group members'],
  ['admin.directory.group.member.readonly', 'directory', 'read', 'Read Google Workspace group members'],
  ['admin.directory.orgunit', 'directory', 'full', 'Manage Google Workspace organisational units'],
  ['admin.directory.orgunit.readonly', 'directory', 'read', 'Read Google Workspace organisational units'],
  ['admin.directory.userschema', 'directory', 'full', 'Manage custom user attributes'],
  ['admin.directory.userschema.readonly', 'directory', 'read', 'Read custom user attributes'],
  ['admin.directory.domain', 'admin', 'full', 'Manage Google Workspace domains'],
  ['admin.directory.domain.readonly', 'admin', 'read', 'Read Google Workspace domains'],
  ['admin.directory.rolemanagement', 'admin', 'full', 'Manage Google Workspace admin roles'],
  ['admin.directory.rolemanagement.readonly', 'admin', 'read', 'Read Google Workspace admin roles'],
  ['admin.directory.customer', 'admin', 'full', 'Manage the Google Workspace account settings'],
  ['admin.directory.customer.readonly', 'admin', 'read', 'Read the Google Workspace account settings'],
  ['admin.directory.device.mobile', 'admin', 'full', 'Manage mobile devices'],
  ['admin.directory.device.mobile.action', 'admin', 'write', 'Wipe, approve or block mobile devices'],
  ['admin.directory.device.mobile.readonly', 'admin', 'read', 'Read mobile devices'],
  ['admin.directory.device.chromeos', 'admin', 'full', 'Manage ChromeOS devices'],
  ['admin.directory.device.chromeos.readonly', 'admin', 'read', 'Read ChromeOS devices'],
  ['admin.directory.resource.calendar', 'admin', 'full', 'Manage calendar resources (rooms, equipment)', { risk: M }],
  ['admin.directory.resource.calendar.readonly', 'admin', 'read', 'Read calendar resources (rooms, equipment)', { risk: L }],
  ['admin.reports.audit.readonly', 'admin', 'read', 'Read Google Workspace audit logs'],
  ['admin.reports.usage.readonly', 'admin', 'read', 'Read Google Workspace usage reports'],
  ['admin.datatransfer', 'admin', 'full', 'Transfer user data between accounts'],
  ['admin.datatransfer.readonly', 'admin', 'read', 'Read data transfers between accounts'],
  ['apps.groups.settings', 'directory', 'write', 'Manage Google Groups settings', { risk: M }],
  ['apps.licensing', 'admin', 'write', 'Assign Google Workspace licences'],
  ['ediscovery', 'admin', 'full', 'Full access to Google Vault (matters, holds, exports)'],
  ['ediscovery.readonly', 'admin', 'read', 'Read Google Vault matters and holds'],
  ['cloud-identity.groups', 'directory', 'full', 'Manage Cloud Identity groups'],
  ['cloud-identity.groups.readonly', 'directory', 'read', 'Read Cloud Identity groups'],
  ['cloud-platform', 'admin', 'full', 'Full access to Google Cloud'],
  ['cloud-platform.read-only', 'admin', 'read', 'Read Google Cloud resources'],
  // Other
  ['tasks', 'other', 'full', 'Full access to Google Tasks', { risk: L }],
  ['tasks.readonly', 'other', 'read', 'Read Google Tasks'],
  ['youtube', 'other', 'full', 'Manage the YouTube account'],
  ['youtube.readonly', 'other', 'read', 'Read the YouTube account'],
  ['analytics.readonly', 'other', 'read', 'Read Google Analytics data'],
];

/** Canonical names as published; matched case-insensitively. */
const MICROSOFT_ROWS: Row[] = [
  // Mail (Graph and Exchange Online protocols)
  ['Mail.Read', 'mail', 'read', "Read the user's mail"],
  ['Mail.ReadBasic', 'mail', 'metadata', "Read the user's mail headers and metadata, not bodies"],
  ['Mail.ReadWrite', 'mail', 'full', "Read, change and delete the user's mail"],
  ['Mail.Read.Shared', 'mail', 'read', 'Read mail the user can access, including shared mailboxes'],
  ['Mail.ReadWrite.Shared', 'mail', 'full', 'Read, change and delete mail the user can access, including shared mailboxes'],
  ['Mail.Send', 'mail', 'send', 'Send mail as the user'],
  ['Mail.Send.Shared', 'mail', 'send', 'Send mail as the user or on behalf of others'],
  ['MailboxSettings.Read', 'mail', 'metadata', "Read the user's mailbox settings", { risk: L, phrase: 'read mail settings' }],
  ['MailboxSettings.ReadWrite', 'mail', 'write', "Change the user's mailbox settings", { risk: M, phrase: 'change mail settings' }],
  ['IMAP.AccessAsUser.All', 'mail', 'full', 'Full mailbox access over IMAP'],
  ['POP.AccessAsUser.All', 'mail', 'full', 'Full mailbox access over POP'],
  ['SMTP.Send', 'mail', 'send', 'Send mail as the user over SMTP'],
  ['EWS.AccessAsUser.All', 'mail', 'full', 'Full mailbox access over Exchange Web Services'],
  ['EAS.AccessAsUser.All', 'mail', 'full', 'Full mailbox access over Exchange ActiveSync'],
  // Files: OneDrive, SharePoint, OneNote
  ['Files.Read', 'files', 'read', "Read the user's OneDrive files"],
  ['Files.Read.All', 'files', 'read', 'Read all files the user can access'],
  ['Files.ReadWrite', 'files', 'full', "Full access to the user's OneDrive files"],
  ['Files.ReadWrite.All', 'files', 'full', 'Full access to all files the user can access'],
  ['Files.ReadWrite.AppFolder', 'files', 'write', "The app's own folder in OneDrive", { risk: L, phrase: "the app's own folder" }],
  ['Files.Read.Selected', 'files', 'read', 'Read only the files the user selects', { risk: L, phrase: 'selected files' }],
  ['Files.ReadWrite.Selected', 'files', 'write', 'Read and change only the files the user selects', { risk: L, phrase: 'selected files' }],
  ['Sites.Read.All', 'files', 'read', 'Read items in all SharePoint sites'],
  ['Sites.ReadWrite.All', 'files', 'write', 'Change items in all SharePoint sites'],
  ['Sites.Manage.All', 'files', 'write', 'Create and delete SharePoint lists and libraries'],
  ['Sites.FullControl.All', 'files', 'full', 'Full control of all SharePoint sites'],
  ['Sites.Selected', 'files', 'write', 'Only the SharePoint sites an administrator selected', { risk: L, phrase: 'selected sites' }],
  ['Notes.Read', 'files', 'read', "Read the user's OneNote notebooks"],
  ['Notes.Create', 'files', 'write', 'Create OneNote notebooks', { risk: L, phrase: 'new notebooks' }],
  ['Notes.ReadWrite', 'files', 'write', "Read and change the user's OneNote notebooks", { risk: M }],
  ['Notes.Read.All', 'files', 'read', 'Read all OneNote notebooks the user can access'],
  ['Notes.ReadWrite.All', 'files', 'write', 'Read and change all OneNote notebooks the user can access'],
  // Calendar and meetings
  ['Calendars.Read', 'calendar', 'read', "Read the user's calendars"],
  ['Calendars.ReadBasic', 'calendar', 'metadata', "Read the user's calendar events without bodies or attendees"],
  ['Calendars.ReadWrite', 'calendar', 'write', "Read and change the user's calendars"],
  ['Calendars.Read.Shared', 'calendar', 'read', 'Read calendars the user can access, including shared ones'],
  ['Calendars.ReadWrite.Shared', 'calendar', 'write', 'Read and change calendars the user can access, including shared ones'],
  ['OnlineMeetings.Read', 'calendar', 'read', "Read the user's online meetings", { risk: L }],
  ['OnlineMeetings.ReadWrite', 'calendar', 'write', "Create and change the user's online meetings"],
  // Contacts and people
  ['Contacts.Read', 'contacts', 'read', "Read the user's contacts"],
  ['Contacts.ReadWrite', 'contacts', 'write', "Read and change the user's contacts"],
  ['Contacts.Read.Shared', 'contacts', 'read', 'Read contacts the user can access, including shared ones'],
  ['Contacts.ReadWrite.Shared', 'contacts', 'write', 'Read and change contacts the user can access, including shared ones'],
  ['People.Read', 'contacts', 'read', 'Read the people most relevant to the user'],
  ['People.Read.All', 'contacts', 'read', "Read the people lists of all users"],
  // Teams chat
  ['Chat.Read', 'chat', 'read', "Read the user's Teams chat messages"],
  ['Chat.ReadBasic', 'chat', 'metadata', "Read the user's Teams chat names and members, not messages"],
  ['Chat.ReadWrite', 'chat', 'full', "Read and send the user's Teams chat messages"],
  ['Chat.Create', 'chat', 'write', 'Create Teams chats', { risk: L, phrase: 'new chats' }],
  ['ChatMessage.Read', 'chat', 'read', "Read the user's Teams chat messages"],
  ['ChatMessage.Send', 'chat', 'send', 'Send Teams chat messages as the user'],
  ['ChannelMessage.Read.All', 'chat', 'read', 'Read Teams channel messages'],
  ['ChannelMessage.Send', 'chat', 'send', 'Send Teams channel messages as the user'],
  ['Channel.ReadBasic.All', 'chat', 'metadata', 'Read Teams channel names and descriptions'],
  ['Team.ReadBasic.All', 'chat', 'metadata', 'Read the names of Teams the user belongs to'],
  ['Presence.Read', 'chat', 'metadata', "Read the user's presence"],
  ['Presence.Read.All', 'chat', 'metadata', "Read all users' presence"],
  // Identity
  ['User.Read', 'identity', 'profile', "Sign in and read the user's profile"],
  ['User.ReadWrite', 'identity', 'write', "Change the user's own profile"],
  ['UserAuthenticationMethod.Read', 'identity', 'read', "Read the user's own sign-in methods"],
  // Directory
  ['User.ReadBasic.All', 'directory', 'metadata', "Read all users' basic profiles"],
  ['User.Read.All', 'directory', 'read', "Read all users' full profiles"],
  ['User.ReadWrite.All', 'directory', 'write', "Change all users' profiles"],
  ['User.Invite.All', 'directory', 'write', 'Invite guest users', { risk: M, phrase: 'invite guests' }],
  ['User.Export.All', 'directory', 'read', "Export any user's data", { risk: H }],
  ['User.ManageIdentities.All', 'directory', 'write', "Manage all users' sign-in identities"],
  ['Group.Read.All', 'directory', 'read', 'Read all groups'],
  ['Group.ReadWrite.All', 'directory', 'write', 'Read and change all groups'],
  ['GroupMember.Read.All', 'directory', 'read', 'Read all group memberships'],
  ['GroupMember.ReadWrite.All', 'directory', 'write', 'Change all group memberships'],
  ['Directory.Read.All', 'directory', 'read', 'Read the directory'],
  ['Directory.ReadWrite.All', 'directory', 'write', 'Read and change the directory'],
  ['Directory.AccessAsUser.All', 'directory', 'full', 'Access the directory as the user'],
  ['Device.Read.All', 'directory', 'read', 'Read all devices'],
  ['Organization.Read.All', 'directory', 'metadata', "Read the organisation's profile"],
  // Administration
  ['RoleManagement.Read.Directory', 'admin', 'read', 'Read directory role assignments'],
  ['RoleManagement.Read.All', 'admin', 'read', 'Read all role assignments'],
  ['RoleManagement.ReadWrite.Directory', 'admin', 'full', 'Assign directory roles (can make anyone an admin)'],
  ['Application.Read.All', 'admin', 'read', 'Read all app registrations'],
  ['Application.ReadWrite.All', 'admin', 'full', 'Create and change all app registrations and their credentials'],
  ['AppRoleAssignment.ReadWrite.All', 'admin', 'full', 'Grant app permissions (can grant itself any permission)'],
  ['DelegatedPermissionGrant.ReadWrite.All', 'admin', 'full', 'Grant delegated permissions (can grant itself any permission)'],
  ['Policy.Read.All', 'admin', 'read', "Read the organisation's policies"],
  ['Policy.ReadWrite.ConditionalAccess', 'admin', 'write', 'Change Conditional Access policies'],
  ['AuditLog.Read.All', 'admin', 'read', 'Read audit and sign-in logs'],
  ['Reports.Read.All', 'admin', 'read', 'Read usage reports'],
  ['Domain.ReadWrite.All', 'admin', 'write', "Change the organisation's domains"],
  ['Organization.ReadWrite.All', 'admin', 'write', "Change the organisation's profile and settings"],
  ['UserAuthenticationMethod.ReadWrite.All', 'admin', 'write', "Change all users' sign-in methods"],
  ['SecurityEvents.Read.All', 'admin', 'read', 'Read security alerts'],
  ['SecurityEvents.ReadWrite.All', 'admin', 'write', 'Change security alerts'],
  ['DeviceManagementManagedDevices.ReadWrite.All', 'admin', 'write', 'Manage Intune devices (including wipe)'],
  ['DeviceManagementConfiguration.ReadWrite.All', 'admin', 'write', 'Change Intune device configuration'],
  ['DeviceManagementApps.ReadWrite.All', 'admin', 'write', 'Change Intune app management'],
  ['https://management.azure.com/user_impersonation', 'admin', 'full', 'Access Azure Resource Manager as the user'],
  // Other
  ['Tasks.Read', 'other', 'read', "Read the user's tasks"],
  ['Tasks.ReadWrite', 'other', 'write', "Read and change the user's tasks", { risk: L }],
  ['.default', 'other', 'full', 'Every permission the app was configured with (.default)', { risk: M, phrase: 'all configured permissions' }],
];

/** Okta management API resources: `okta.<name>.read|manage`. Unlisted resources are treated as admin. */
const OKTA_RESOURCES: readonly (readonly [name: string, area: ScopeArea, noun: string])[] = [
  ['users', 'directory', 'users'],
  ['groups', 'directory', 'groups'],
  ['userTypes', 'directory', 'user types'],
  ['schemas', 'directory', 'profile schemas'],
  ['profileMappings', 'directory', 'profile mappings'],
  ['linkedObjects', 'directory', 'linked objects'],
  ['devices', 'directory', 'devices'],
  ['sessions', 'directory', 'user sessions'],
  ['factors', 'admin', 'MFA factors'],
  ['apps', 'admin', 'apps'],
  ['authorizationServers', 'admin', 'authorization servers'],
  ['clients', 'admin', 'OAuth clients'],
  ['idps', 'admin', 'identity providers'],
  ['logs', 'admin', 'System Log'],
  ['policies', 'admin', 'policies'],
  ['roles', 'admin', 'admin roles'],
  ['orgs', 'admin', 'org settings'],
  ['domains', 'admin', 'domains'],
  ['brands', 'admin', 'brands'],
  ['templates', 'admin', 'templates'],
  ['trustedOrigins', 'admin', 'trusted origins'],
  ['eventHooks', 'admin', 'event hooks'],
  ['inlineHooks', 'admin', 'inline hooks'],
  ['networkZones', 'admin', 'network zones'],
  ['behaviors', 'admin', 'behavior detection rules'],
  ['deviceAssurance', 'admin', 'device assurance policies'],
  ['apiTokens', 'admin', 'API tokens'],
  ['features', 'admin', 'features'],
  ['threatInsights', 'admin', 'ThreatInsight settings'],
  ['myAccount', 'identity', 'own account'],
];
const OKTA_ROWS: Row[] = [['groups', 'identity', 'profile', "Read the user's group memberships"]];

// Families for scopes not in the table: a known provider prefix tells the area; the verb tells the access.
const GOOGLE_FAMILIES: readonly (readonly [RegExp, ScopeArea])[] = [
  [/^gmail\./, 'mail'],
  [/^(drive|documents|spreadsheets|presentations|forms|photoslibrary|devstorage)\b/, 'files'],
  [/^calendar\b/, 'calendar'],
  [/^contacts\b/, 'contacts'],
  [/^chat\./, 'chat'],
  [/^admin\.directory\.(user|group|orgunit|userschema)\b/, 'directory'],
  [/^(admin|apps|ediscovery|cloud-platform)\b/, 'admin'],
  [/^cloud-identity\b/, 'directory'],
  [/^(userinfo|user)\./, 'identity'],
];
const MICROSOFT_FAMILIES: readonly (readonly [RegExp, ScopeArea])[] = [
  [/^(rolemanagement|application|approleassignment|delegatedpermissiongrant|policy|auditlog|reports|domain|organization|security|devicemanagement|identityrisk|identityprovider|userauthenticationmethod|privilegedaccess|entitlementmanagement|serviceprincipal)/, 'admin'],
  [/^(mail|imap|pop|smtp|ews|eas)\b/, 'mail'],
  [/^(files|sites|notes)\./, 'files'],
  [/^(calendars|onlinemeetings)\./, 'calendar'],
  [/^(contacts|people)\./, 'contacts'],
  [/^(chat|channel|team|teamwork|presence)/, 'chat'],
  [/^(user|group|directory|device|orgcontact|administrativeunit)/, 'directory'],
];
const GRAPH_VERBS = new Set(['read', 'readwrite', 'readbasic', 'write', 'send', 'create', 'manage', 'all', 'shared', 'accessasuser', 'fullcontrol', 'invite', 'export', 'selected']);
const MICROSOFT_RESOURCE = /^https:\/\/(graph\.microsoft\.com|graph\.microsoft\.us|dod-graph\.microsoft\.us|microsoftgraph\.chinacloudapi\.cn|outlook\.office\.com|outlook\.office365\.com)\/(.+)$/i;
const GOOGLE_URL = /^https:\/\/www\.googleapis\.com\/auth\/(.+?)\/?$/i;
const GOOGLE_OTHER_URL = /^https:\/\/(mail\.google\.com|www\.google\.com\/m8\/feeds|www\.google\.com\/calendar\/feeds)\/?$/i;

// ---------------------------------------------------------------------------------------------------------------
// Compiled look-ups.

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Entry {
  cls: ScopeClass;
  /** Summary words; set for narrow grants and for 'other' rows. */
  phrase?: string;
  unknown?: boolean;
}

function entry(provider: ScopeProvider, canonical: string, row: Row): Entry {
  const [, area, access, label, extra] = row;
  const cls: ScopeClass = { scope: canonical, provider, area, access, risk: extra?.risk ?? defaultRisk(area, access), label };
  const phrase = extra?.phrase ?? (area === 'other' ? lowerFirst(label) : undefined);
  return { cls, phrase };
}

function table(rows: Row[], provider: ScopeProvider, key: (s: string) => string, canonical: (s: string) => string): Map<string, Entry> {
  const m = new Map<string, Entry>();
  for (const row of rows) {
    const k = key(row[0]);
    if (m.has(k)) throw new Error(`scopes: duplicate ${provider} scope ${row[0]}`);
    m.set(k, entry(provider, canonical(row[0]), row));
  }
  return m;
}

const OIDC = table(OIDC_ROWS, 'oidc', (s) => s.toLowerCase(), (s) => s);
const GOOGLE = table(GOOGLE_ROWS, 'google', (s) => s, (s) => (s.startsWith('https://') ? s : GOOGLE_PREFIX + s));
const MICROSOFT = table(MICROSOFT_ROWS, 'microsoft', (s) => s.toLowerCase(), (s) => s);
const OKTA = table(OKTA_ROWS, 'okta', (s) => s.toLowerCase(), (s) => s);
const OKTA_RESOURCE = new Map(OKTA_RESOURCES.map((r) => [r[0].toLowerCase(), r]));

/** The access a scope name suggests by its verb; `fallback` when it has none. */
function inferAccess(name: string, fallback: ScopeAccess): ScopeAccess {
  const s = name.toLowerCase();
  if (/fullcontrol|full_control|full[._-]access|accessasuser/.test(s)) return 'full';
  if (/readwrite|read_write|manage|modify|write|edit|update|delete|insert|create|register|invite/.test(s)) return 'write';
  if (/send/.test(s)) return 'send';
  if (/metadata|readbasic|freebusy/.test(s)) return 'metadata';
  if (/read/.test(s)) return 'read';
  return fallback;
}

/** A scope of a known family (`gmail.*`, `Mail.*`): the area from its prefix, the access from its verb. Google names are exact. */
function family(provider: ScopeProvider, canonical: string, name: string, families: readonly (readonly [RegExp, ScopeArea])[], fallback: ScopeAccess): Entry | null {
  const text = provider === 'google' ? name : name.toLowerCase();
  const hit = families.find(([re]) => re.test(text));
  if (!hit) return null;
  const area = hit[1];
  const access = inferAccess(text, fallback);
  const words = defaultPhrase(area, access);
  return { cls: { scope: canonical, provider, area, access, risk: defaultRisk(area, access), label: `${upperFirst(words)} (${canonical})` } };
}

function unrecognised(provider: ScopeProvider, scope: string, fallback: ScopeAccess): Entry {
  const access = inferAccess(scope, fallback);
  const powerful = access === 'full' || access === 'write' || access === 'send' || /admin|impersonat/i.test(scope) || /(^|[._:/-])all($|[._:/-])/i.test(scope);
  return { cls: { scope, provider, area: 'other', access, risk: powerful ? 'medium' : 'low', label: `Unrecognised scope ${scope}` }, unknown: true };
}

function okta(scope: string): Entry {
  const m = /^okta\.([a-z0-9]+)\.(.+)$/i.exec(scope);
  if (!m) return unrecognised('okta', scope, 'read');
  const res = OKTA_RESOURCE.get(m[1].toLowerCase());
  const rest = m[2].toLowerCase();
  const canonical = `okta.${res ? res[0] : m[1]}.${rest}`;
  const noun = res ? res[2] : m[1];
  const verb = rest.split('.').at(-1);
  if (res?.[1] === 'identity' || rest.endsWith('.self')) {
    const write = inferAccess(rest, 'read') === 'write';
    const detail = rest.split('.').slice(0, -1).filter((p) => p !== 'self').join(' ');
    const what = res?.[1] === 'identity' ? `own Okta account${detail ? ` (${detail})` : ''}` : 'own Okta profile';
    return { cls: { scope: canonical, provider: 'okta', area: 'identity', access: write ? 'write' : 'profile', risk: 'low', label: `${write ? 'Manage' : 'Read'} the user's ${what}` } };
  }
  const area = res ? res[1] : 'admin';
  const access: ScopeAccess = verb === 'manage' ? 'full' : inferAccess(rest, 'read');
  const label = verb === 'manage' ? `Manage Okta ${noun}` : verb === 'read' ? `Read Okta ${noun}` : `${upperFirst(rest.replace(/\./g, ' '))} Okta ${noun}`;
  return { cls: { scope: canonical, provider: 'okta', area, access, risk: defaultRisk(area, access), label } };
}

function lookup(raw: string): Entry {
  const s = raw.trim();
  if (!s) {
    const empty = unrecognised('unknown', s, 'read');
    empty.cls.label = 'Empty scope';
    return empty;
  }
  const lower = s.toLowerCase();

  const oidc = OIDC.get(lower);
  if (oidc) return oidc;

  // Google: the host is case-insensitive, the path exact; a trailing slash and the short form are tolerated.
  const g = GOOGLE_URL.exec(s);
  if (g) {
    const name = g[1];
    return GOOGLE.get(name) ?? family('google', GOOGLE_PREFIX + name, name, GOOGLE_FAMILIES, 'full') ?? unrecognised('google', GOOGLE_PREFIX + name, 'full');
  }
  const gOther = GOOGLE_OTHER_URL.exec(s);
  if (gOther) return GOOGLE.get(`https://${gOther[1].toLowerCase()}${gOther[1].toLowerCase() === 'mail.google.com' ? '/' : ''}`)!;
  const gShort = /^https?:/i.test(s) ? undefined : GOOGLE.get(s.replace(/\/$/, ''));
  if (gShort) return gShort;

  // Microsoft: Graph (or Exchange Online) resource prefix optional; names case-insensitive.
  const ms = MICROSOFT_RESOURCE.exec(s);
  if (ms) {
    const name = ms[2];
    return MICROSOFT.get(name.toLowerCase()) ?? family('microsoft', name, name, MICROSOFT_FAMILIES, 'write') ?? unrecognised('microsoft', name, 'read');
  }
  const msHit = MICROSOFT.get(lower);
  if (msHit) return msHit;

  if (/^okta\./i.test(s)) return okta(s);
  const oktaHit = OKTA.get(lower);
  if (oktaHit) return oktaHit;

  // A Graph-looking name (`Foo.ReadWrite.All`: PascalCase segments, a Graph verb) not in the table.
  if (/^[A-Z][A-Za-z0-9]*(\.[A-Z][A-Za-z0-9]*)+$/.test(s) && lower.split('.').slice(1).some((p) => GRAPH_VERBS.has(p))) {
    return family('microsoft', s, s, MICROSOFT_FAMILIES, 'write') ?? unrecognised('microsoft', s, 'read');
  }
  return unrecognised('unknown', s, 'read');
}

/** What one granted scope lets an app do. Never throws; an unknown scope is area 'other', "Unrecognised scope …". */
export function classifyScope(scope: string): ScopeClass {
  return { ...lookup(scope).cls };
}

// ---------------------------------------------------------------------------------------------------------------
// Aggregation.

/** Whether a grant of `a` also gives everything `b` gives (in the same area). Sending stays separate: Mail.ReadWrite cannot send. */
const COVERS: Record<ScopeAccess, readonly ScopeAccess[]> = {
  full: ['write', 'read', 'metadata', 'profile'],
  write: ['read', 'metadata', 'profile'],
  send: [],
  read: ['metadata', 'profile'],
  metadata: ['profile'],
  profile: [],
};

interface Group {
  phrase: string;
  area: ScopeArea;
  access: ScopeAccess;
  risk: ScopeRisk;
  narrow: boolean;
  unknown: boolean;
}

const maxRisk = (a: ScopeRisk, b: ScopeRisk): ScopeRisk => (RISK_RANK[a] >= RISK_RANK[b] ? a : b);

/**
 * Classifies a grant's scopes together. Entries may hold several scopes separated by spaces or commas (as Okta
 * logs them); duplicates (also in another spelling: `mail.read` / `Mail.Read`) count once. The summary keeps the
 * strongest access per area ("full mail access" hides "read mail"), narrow grants say so ("files the app opened"),
 * and unrecognised scopes are counted.
 */
export function classifyScopes(scopes: string[]): ScopeSummary {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const item of scopes) {
    for (const part of item.split(/[\s,]+/)) {
      if (!part) continue;
      const e = lookup(part);
      const key = `${e.cls.provider}|${e.unknown ? e.cls.scope : e.cls.scope.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push(e);
    }
  }
  const classes = entries.map((e) => ({ ...e.cls }));
  if (classes.length === 0) return { classes, risk: 'low', areas: [], summary: 'No scopes' };

  const groups = new Map<string, Group>();
  let unknownCount = 0;
  for (const e of entries) {
    const c = e.cls;
    if (e.unknown) unknownCount++;
    const phrase = e.unknown ? '\u0000unknown' : (e.phrase ?? defaultPhrase(c.area, c.access));
    const g = groups.get(phrase);
    if (g) {
      g.risk = maxRisk(g.risk, c.risk);
      if (ACCESS_RANK[c.access] > ACCESS_RANK[g.access]) g.access = c.access;
    } else {
      groups.set(phrase, { phrase, area: c.area, access: c.access, risk: c.risk, narrow: e.phrase !== undefined || c.area === 'other', unknown: !!e.unknown });
    }
  }
  const all = [...groups.values()];
  const kept = all.filter(
    (g) =>
      g.unknown ||
      !all.some(
        (h) =>
          h !== g &&
          !h.narrow &&
          !h.unknown &&
          h.area === g.area &&
          RISK_RANK[h.risk] >= RISK_RANK[g.risk] &&
          (COVERS[h.access].includes(g.access) || (g.narrow && h.access === g.access)),
      ),
  );
  const order = (a: Group, b: Group) =>
    RISK_RANK[b.risk] - RISK_RANK[a.risk] ||
    Number(a.unknown) - Number(b.unknown) ||
    ACCESS_RANK[b.access] - ACCESS_RANK[a.access] ||
    AREA_RANK[b.area] - AREA_RANK[a.area] ||
    Number(a.narrow) - Number(b.narrow);
  kept.sort(order);
  const words = kept.map((g) => (g.unknown ? `${unknownCount} unrecognised scope${unknownCount === 1 ? '' : 's'}` : g.phrase));

  const risk = classes.reduce<ScopeRisk>((r, c) => maxRisk(r, c.risk), 'low');
  const areaRisk = new Map<ScopeArea, ScopeRisk>();
  for (const c of classes) areaRisk.set(c.area, maxRisk(areaRisk.get(c.area) ?? 'low', c.risk));
  const areas = [...areaRisk.keys()].sort((a, b) => RISK_RANK[areaRisk.get(b)!] - RISK_RANK[areaRisk.get(a)!] || AREA_RANK[b] - AREA_RANK[a]);

  return { classes, risk, areas, summary: upperFirst(words.join(', ')) };
}
