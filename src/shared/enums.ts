/** Roles, lifecycle and classification enums shared by API, UI and CLI. */
export const ROLES = ['it_admin', 'marketing_lead', 'finance', 'security_reviewer', 'member', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  it_admin: 'IT admin',
  marketing_lead: 'Marketing lead',
  finance: 'Finance',
  security_reviewer: 'Security & privacy reviewer',
  member: 'Department member',
  auditor: 'Auditor (read-only)',
};

export const LIFECYCLE = ['discovered', 'in_review', 'approved', 'restricted', 'retired'] as const;
export type Lifecycle = (typeof LIFECYCLE)[number];
export const LIFECYCLE_LABELS: Record<Lifecycle, string> = {
  discovered: 'Discovered',
  in_review: 'In review',
  approved: 'Approved',
  restricted: 'Restricted',
  retired: 'Retired',
};
/**
 * Allowed lifecycle moves. Retired apps can come back only through review, and nothing jumps
 * from discovered straight to restricted without someone looking at it first.
 */
export const LIFECYCLE_TRANSITIONS: Record<Lifecycle, readonly Lifecycle[]> = {
  discovered: ['in_review', 'approved', 'retired'],
  in_review: ['approved', 'restricted', 'retired', 'discovered'],
  approved: ['restricted', 'retired', 'in_review'],
  restricted: ['approved', 'retired', 'in_review'],
  retired: ['in_review'],
};
export function canTransition(from: Lifecycle, to: Lifecycle): boolean {
  return LIFECYCLE_TRANSITIONS[from].includes(to);
}

export const DEPLOYMENT_MODELS = ['cloud', 'on_premise', 'hybrid'] as const;
export type DeploymentModel = (typeof DEPLOYMENT_MODELS)[number];
export const DEPLOYMENT_LABELS: Record<DeploymentModel, string> = {
  cloud: 'Cloud',
  on_premise: 'On-premise',
  hybrid: 'Hybrid',
};

export const DATA_CLASSES = ['customer_personal', 'employee', 'financial', 'public'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];
export const DATA_CLASS_LABELS: Record<DataClass, string> = {
  customer_personal: 'Customer personal data',
  employee: 'Employee data',
  financial: 'Financial',
  public: 'Public',
};

export const ATTESTATION_TYPES = ['soc2_type2', 'soc2_type1', 'iso27001', 'iso27701', 'gdpr_dpa', 'hipaa_baa', 'pci_dss', 'csa_star'] as const;
export type AttestationType = (typeof ATTESTATION_TYPES)[number];
export const ATTESTATION_LABELS: Record<AttestationType, string> = {
  soc2_type2: 'SOC 2 Type II',
  soc2_type1: 'SOC 2 Type I',
  iso27001: 'ISO 27001',
  iso27701: 'ISO 27701',
  gdpr_dpa: 'GDPR DPA',
  hipaa_baa: 'HIPAA BAA',
  pci_dss: 'PCI DSS',
  csa_star: 'CSA STAR',
};

/** The Tandem martech + IT taxonomy. */
export const CATEGORIES = [
  'email_automation', 'advertising', 'seo_content', 'social', 'webinars_events', 'cms_web', 'dam_creative',
  'crm_sales', 'ecommerce_payments', 'analytics_cdp', 'collaboration_pm', 'communication', 'security_identity',
  'developer_infra', 'finance', 'hr', 'customer_support', 'productivity', 'legal_compliance', 'data_bi', 'it_operations',
] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
  email_automation: 'Email & automation',
  advertising: 'Advertising',
  seo_content: 'SEO & content',
  social: 'Social',
  webinars_events: 'Webinars & events',
  cms_web: 'CMS & web',
  dam_creative: 'DAM & creative',
  crm_sales: 'CRM & sales engagement',
  ecommerce_payments: 'Ecommerce & payments',
  analytics_cdp: 'Analytics & CDP',
  collaboration_pm: 'Collaboration & project management',
  communication: 'Communication',
  security_identity: 'Security & identity',
  developer_infra: 'Developer & infrastructure',
  finance: 'Finance',
  hr: 'HR',
  customer_support: 'Customer support',
  productivity: 'Productivity',
  legal_compliance: 'Legal & compliance',
  data_bi: 'Data & BI',
  it_operations: 'IT operations',
};

export const PERSON_STATUSES = ['active', 'leaver'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
