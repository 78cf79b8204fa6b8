/**
 * Microsoft first-party app names (merill/microsoft-info) rolled up to the product a customer buys:
 * Exchange/SharePoint/OneDrive/Office → Microsoft 365, Teams → Microsoft Teams, Azure → Microsoft Azure…
 * The names are what Entra sign-in logs show; the targets are curated app ids.
 */

/** Rows that are not applications: Graph permissions, directory roles, FIDO key models, placeholder ids. */
export const MS_SKIP: readonly RegExp[] = [
  / - (Application|Delegated)$/,
  /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, // Graph permission scopes (User.Read.All)
  /^AppDisplayName$/,
  /\b(app|tenant|resource|principal|policy|client|object) ID\b/i,
  /GUID|dummy/i,
  /FIDO|Security Key|YubiKey|Passkey|Feitian|Excelsecu|IDEMIA|IDmelon|HYPR|KeyPass|Token2|Thales|Biometric Card|\bU2F\b|Authenticator \(|Fingerprint/i,
  /^(Assign|Generate|Cancel|Add|Remove|Send|Request|Disable|Enable|Delete|Run|Update|Create|Revoke)\b/,
];

/** Directory and Azure RBAC role names (EntraDocs rows that are roles, not apps). */
export const MS_ROLE =
  /\b(Administrator|Admin|Reader|Contributor|Owner|Operator|Writer|Sender|Receiver|Editor|Developer|Publisher|Viewer|Approver|Inviter|Purchaser|Specialist|Role|Managers|Analyst|Author|Auditor|Investigator|Engineer)( \([^)]*\))?$/;

/** Ordered rules: the first whose pattern matches the display name gives the product (a curated app id). */
export const MS_ROLLUP: readonly [RegExp, string][] = [
  [/\bPower ?BI\b/i, 'power-bi'],
  [/\bFabric\b/i, 'microsoft-fabric'],
  [/\bPower ?Automate\b|\bFlow\b|\bLogic ?Flows?\b|\bRPA\b/i, 'microsoft-power-automate'],
  [/\bPower ?Apps\b|\bPowerApps\b|\bPower Platform\b|\bPower Pages\b|\bDataverse\b|Common Data Service|\bCDS\b|AI Builder|Power Virtual Agents|Copilot Studio/i, 'microsoft-power-apps'],
  [/\bDynamics\b|\bCRM Online\b|\bBusiness Central\b|Customer Voice|Customer Insights|Project Operations|\bD365\b/i, 'microsoft-dynamics-365'],
  [/\bIntune\b|Endpoint Manager|Configuration Manager|\bAutopilot\b|\bAutopatch\b|\bMDM\b|Company Portal|Windows Update for Business/i, 'microsoft-intune'],
  [/\bSentinel\b/i, 'microsoft-sentinel'],
  [/\bDefender\b|\bATP\b|Advanced Threat|Cloud App Security|\bMCAS\b|\bMDE\b|\bMDATP\b|\bEOP\b|Exchange Online Protection|Threat (Experts|Intelligence)|Vulnerability Management/i, 'microsoft-defender'],
  [/\bPurview\b|Information Protection|\bAIP\b|\bMIP\b|\bDLP\b|Compliance|eDiscovery|Customer Lockbox|Privacy Management|Insider Risk|Records Management|Communications? Compliance/i, 'microsoft-purview'],
  [/\b(Exchange|SharePoint|OneDrive|Outlook)\b/i, 'microsoft-365'],
  [/\bEntra\b|Azure (AD|Active Directory)|\bAAD\b|Active Directory|Multi-?Factor|\bMFA\b|My ?Apps|My ?Sign-?ins|My ?Profile|My Staff|My Access|Invitation Acceptance|Microsoft Authenticator|Identity Protection|Identity Governance|Conditional Access|Global Secure Access|\bGSA\b|Verified ID|Self-? ?Service Password|Password Reset/i, 'microsoft-entra-id'],
  [/\bTeams\b|\bSkype\b|Calling Plan|Audio Conferencing|Phone System|Teams Phone|\bMeeting Room|Business Voice|Communications Credits|Domestic (and International )?Calling|International Calling/i, 'microsoft-teams'],
  [/\bCopilot\b|\bM365 Chat\b|Bing Chat|Work IQ/i, 'microsoft-copilot'],
  [/\bViva\b|\bYammer\b|Workplace Analytics|MyAnalytics|\bGlint\b/i, 'microsoft-viva'],
  [/Windows 365|Cloud PC/i, 'windows-365'],
  [/Azure DevOps|Visual Studio Team Services|\bVSTS\b|Visual Studio Online/i, 'azure-devops'],
  [/\bVisual Studio\b|\bVS Code\b/i, 'visual-studio'],
  [/\bProject (Online|Plan|for)\b|Microsoft Project|Project Online|Project Essentials/i, 'microsoft-project'],
  [/\bVisio\b/i, 'microsoft-visio'],
  [/\bClarity\b/i, 'microsoft-clarity'],
  [/Bing Ads|Microsoft Advertising/i, 'microsoft-advertising'],
  [/\bGitHub\b/i, 'github'],
  [/\bAzure\b|\bAKS\b|Cognitive Services|Key Vault|Cosmos ?DB|Log Analytics|\bHDInsight\b|Service Bus|Event ?Grid|Event ?Hub|IoT Hub|Data Factory|Data Lake|Synapse|App Service|Virtual Desktop|\bARM\b|Resource Manager|Kubernetes|Site Recovery|\bStack HCI\b|HybridCompute|Arc-enabled|\bArc\b|Managed Grafana|Managed HSM|Lab Services|Load Test|API Management|Spring (Apps|Cloud)|Digital Twins|Media Services|Storage|Backup|Monitor\b|Application Insights|Machine Learning|AzureML|OpenAI|Bot Service|Cost Management|Deployment Environments|Dev ?Box|DevCenter|Desktop Virtualization|Disk Snapshot|Maps Data|Grafana|Container/i, 'microsoft-azure'],
  [/\bOffice ?365\b|\bO365\b|\bMicrosoft 365\b|\bM365\b|\bExchange\b|\bSharePoint\b|\bSPO\b|\bOneDrive\b|\bOutlook\b|\bOneNote\b|\bWord\b|\bExcel\b|\bPowerPoint\b|\bForms\b|\bPlanner\b|\bLoop\b|\bSway\b|\bStream\b|\bBookings\b|\bTo ?Do\b|\bWhiteboard\b|\bDelve\b|\bLists\b|\bClipchamp\b|\bOffice\b|Microsoft Graph|Graph Explorer|Enterprise Mobility|\bEMS\b|Microsoft Search|\bKaizala\b|Substrate|Augmentation Loop/i, 'microsoft-365'],
];

/** Where names that match no rule go: one catalog entry for Microsoft's own services. */
export const MS_FALLBACK = 'microsoft-first-party';
