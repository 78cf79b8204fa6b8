/** The departments of Northwind Outfitters, their head counts and the job titles used in each. */

export const DEPARTMENT_NAMES = [
  'Engineering', 'Sales', 'Customer Success', 'Marketing', 'Operations', 'Product',
  'Finance', 'IT', 'People & HR', 'Design', 'Legal',
] as const;
export type DeptName = (typeof DEPARTMENT_NAMES)[number];

export type DepartmentSpec = {
  name: DeptName;
  /** Head count, leavers included; sums to 1,200 across the organisation. */
  size: number;
  headTitle: string;
  /** Middle layer between the head and the managers, only in the bigger departments. */
  directorTitles: readonly string[];
  managerTitles: readonly string[];
  /** Individual contributor titles with relative weights. */
  staffTitles: readonly (readonly [string, number])[];
};

export const DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    name: 'Engineering',
    size: 320,
    headTitle: 'VP Engineering',
    directorTitles: ['Director of Engineering, Platform', 'Director of Engineering, Product', 'Director of Engineering, Data', 'Director of Engineering, Mobile', 'Director of Infrastructure'],
    managerTitles: ['Engineering Manager', 'Senior Engineering Manager', 'QA Manager', 'SRE Manager'],
    staffTitles: [
      ['Software Engineer', 10], ['Senior Software Engineer', 12], ['Staff Software Engineer', 3], ['Principal Engineer', 1],
      ['Frontend Engineer', 5], ['Backend Engineer', 5], ['Mobile Engineer', 3], ['Site Reliability Engineer', 3],
      ['Data Engineer', 3], ['QA Engineer', 3], ['Security Engineer', 2], ['Machine Learning Engineer', 2],
      ['DevOps Engineer', 2], ['Junior Software Engineer', 3],
    ],
  },
  {
    name: 'Sales',
    size: 230,
    headTitle: 'VP Sales',
    directorTitles: ['Director of Sales, EMEA', 'Director of Sales, North America', 'Director of Sales, APAC'],
    managerTitles: ['Sales Manager', 'Regional Sales Manager', 'SDR Manager', 'Sales Operations Manager'],
    staffTitles: [
      ['Account Executive', 10], ['Senior Account Executive', 6], ['Enterprise Account Executive', 4], ['Sales Development Representative', 9],
      ['Business Development Representative', 4], ['Sales Engineer', 4], ['Sales Operations Analyst', 2], ['Partner Manager', 2],
      ['Deal Desk Analyst', 1],
    ],
  },
  {
    name: 'Customer Success',
    size: 150,
    headTitle: 'VP Customer Success',
    directorTitles: ['Director of Support', 'Director of Customer Success'],
    managerTitles: ['Support Manager', 'Customer Success Manager Lead', 'Onboarding Manager', 'Support Operations Manager'],
    staffTitles: [
      ['Customer Success Manager', 8], ['Support Specialist', 10], ['Senior Support Specialist', 4], ['Technical Support Engineer', 5],
      ['Onboarding Specialist', 4], ['Renewals Specialist', 2], ['Support Operations Analyst', 1], ['Knowledge Base Writer', 1],
    ],
  },
  {
    name: 'Marketing',
    size: 130,
    headTitle: 'Chief Marketing Officer',
    directorTitles: ['Director of Demand Generation', 'Director of Brand & Communications'],
    managerTitles: ['Marketing Operations Manager', 'Content Marketing Manager', 'Field Marketing Manager', 'Product Marketing Manager', 'Social Media Manager', 'Events Manager', 'Growth Marketing Manager'],
    staffTitles: [
      ['Marketing Specialist', 5], ['Content Writer', 4], ['SEO Specialist', 2], ['Paid Media Specialist', 3],
      ['Marketing Operations Specialist', 3], ['Product Marketing Specialist', 3], ['Field Marketing Specialist', 3], ['Social Media Specialist', 2],
      ['Marketing Analyst', 2], ['Events Coordinator', 2], ['Email Marketing Specialist', 2], ['PR Specialist', 1],
      ['Lifecycle Marketing Specialist', 2], ['Video Producer', 1],
    ],
  },
  {
    name: 'Operations',
    size: 95,
    headTitle: 'VP Operations',
    directorTitles: [],
    managerTitles: ['Operations Manager', 'Warehouse Manager', 'Logistics Manager', 'Facilities Manager', 'Business Operations Manager'],
    staffTitles: [
      ['Operations Analyst', 4], ['Logistics Coordinator', 4], ['Warehouse Associate', 6], ['Facilities Coordinator', 2],
      ['Procurement Specialist', 2], ['Office Manager', 1], ['Business Analyst', 2], ['Supply Chain Planner', 2],
    ],
  },
  {
    name: 'Product',
    size: 70,
    headTitle: 'VP Product',
    directorTitles: [],
    managerTitles: ['Group Product Manager', 'Head of Product Analytics', 'Product Operations Lead'],
    staffTitles: [
      ['Product Manager', 8], ['Senior Product Manager', 5], ['Associate Product Manager', 2], ['Product Analyst', 3],
      ['Technical Product Manager', 2], ['User Researcher', 2],
    ],
  },
  {
    name: 'Finance',
    size: 55,
    headTitle: 'VP Finance',
    directorTitles: [],
    managerTitles: ['Controller', 'FP&A Manager', 'Accounts Payable Manager', 'Procurement Manager', 'Tax Manager'],
    staffTitles: [
      ['Financial Analyst', 4], ['Senior Accountant', 3], ['Accountant', 3], ['Accounts Payable Specialist', 2],
      ['Billing Specialist', 2], ['Payroll Specialist', 1], ['Procurement Analyst', 1], ['Revenue Accountant', 1],
    ],
  },
  {
    name: 'IT',
    size: 45,
    headTitle: 'Head of IT',
    directorTitles: [],
    managerTitles: ['IT Operations Manager', 'Service Desk Manager', 'Security Operations Manager', 'IT Systems Manager'],
    staffTitles: [
      ['IT Support Specialist', 5], ['Systems Administrator', 3], ['Identity & Access Engineer', 2], ['Endpoint Engineer', 2],
      ['Network Engineer', 1], ['Security Analyst', 2], ['Business Systems Analyst', 2], ['SaaS Administrator', 2],
    ],
  },
  {
    name: 'People & HR',
    size: 40,
    headTitle: 'Chief People Officer',
    directorTitles: [],
    managerTitles: ['Talent Acquisition Manager', 'People Operations Manager', 'Total Rewards Manager', 'Learning & Development Manager'],
    staffTitles: [
      ['Recruiter', 5], ['Technical Recruiter', 3], ['People Partner', 3], ['People Operations Specialist', 3],
      ['Recruiting Coordinator', 2], ['Learning Specialist', 1], ['Compensation Analyst', 1],
    ],
  },
  {
    name: 'Design',
    size: 35,
    headTitle: 'Head of Design',
    directorTitles: [],
    managerTitles: ['Design Manager', 'Brand Design Lead', 'Design Systems Lead'],
    staffTitles: [
      ['Product Designer', 6], ['Senior Product Designer', 3], ['Brand Designer', 3], ['UX Researcher', 2],
      ['Motion Designer', 1], ['Illustrator', 1], ['Content Designer', 2],
    ],
  },
  {
    name: 'Legal',
    size: 30,
    headTitle: 'General Counsel',
    directorTitles: [],
    managerTitles: ['Deputy General Counsel', 'Privacy Counsel', 'Compliance Manager'],
    staffTitles: [
      ['Commercial Counsel', 4], ['Legal Operations Specialist', 2], ['Paralegal', 3], ['Contracts Manager', 2],
      ['Compliance Analyst', 2], ['Privacy Analyst', 1],
    ],
  },
];

/**
 * The people behind the six demo sign-ins. They are created as ordinary employees (the three
 * heads take the head slot of their department) so that ownership, comments and history line up.
 */
export type DemoPersona = {
  key: 'it' | 'cmo' | 'finance' | 'security' | 'member' | 'auditor';
  first: string;
  last: string;
  department: DeptName;
  title: string;
  /** 'head' replaces the department head; 'manager' reports to the head; 'staff' reports to a manager. */
  slot: 'head' | 'manager' | 'staff';
};

export const DEMO_PERSONAS: readonly DemoPersona[] = [
  { key: 'it', first: 'Jordan', last: 'Reyes', department: 'IT', title: 'Head of IT', slot: 'head' },
  { key: 'cmo', first: 'Morgan', last: 'Lee', department: 'Marketing', title: 'Chief Marketing Officer', slot: 'head' },
  { key: 'finance', first: 'Aisha', last: 'Karim', department: 'Finance', title: 'VP Finance', slot: 'head' },
  { key: 'security', first: 'Tomás', last: 'Alvarez', department: 'IT', title: 'Security & Privacy Lead', slot: 'manager' },
  { key: 'member', first: 'Chris', last: 'Walker', department: 'Sales', title: 'Account Executive', slot: 'staff' },
  { key: 'auditor', first: 'Helen', last: 'Fischer', department: 'Finance', title: 'Internal Audit Manager', slot: 'manager' },
];
