/**
 * The software stack of the demo organisation: real SaaS products (name, vendor, web address and
 * category are facts; the one-line descriptions are ours and describe how Northwind uses them).
 * Lifecycle status defaults to approved; the exceptions tell the usual stories of a SaaS estate:
 * shadow IT found through SSO logs, tools under review, duplicates being consolidated, retired tools.
 */
import type { Category, DataClass, DeploymentModel, Lifecycle } from '../../../shared/enums.js';
import type { DeptName } from './demo-departments.js';

export type DemoAppSpec = {
  name: string;
  vendor: string;
  /** Host name of the product's website. */
  domain: string;
  category: Category;
  description: string;
  /** Departments using the app; the first one supplies the business owner. 'all' = org-wide. */
  departments: readonly DeptName[] | 'all';
  dataClasses: readonly DataClass[];
  deployment: DeploymentModel;
  status: Lifecycle;
  /** false when the product has no SAML/OIDC sign-in (desktop tools and the like). */
  sso?: boolean;
};

type Opts = {
  d?: readonly DeptName[] | 'all';
  data?: readonly DataClass[];
  deploy?: DeploymentModel;
  status?: Lifecycle;
  sso?: boolean;
};
type Row = readonly [name: string, vendor: string, domain: string, description: string, opts?: Opts];

function group(category: Category, defaults: { d: readonly DeptName[] | 'all'; data: readonly DataClass[] }, rows: readonly Row[]): DemoAppSpec[] {
  return rows.map(([name, vendor, domain, description, o = {}]) => ({
    name,
    vendor,
    domain,
    category,
    description,
    departments: o.d ?? defaults.d,
    dataClasses: o.data ?? defaults.data,
    deployment: o.deploy ?? 'cloud',
    status: o.status ?? 'approved',
    ...(o.sso === undefined ? {} : { sso: o.sso }),
  }));
}

const CP: DataClass = 'customer_personal';
const EMP: DataClass = 'employee';
const FIN: DataClass = 'financial';
const PUB: DataClass = 'public';

export const DEMO_APPS: readonly DemoAppSpec[] = [
  ...group('email_automation', { d: ['Marketing'], data: [CP] }, [
    ['HubSpot Marketing Hub', 'HubSpot', 'hubspot.com', 'Runs our inbound programme: nurture emails, landing pages, forms and lead scoring.', { d: ['Marketing', 'Sales'] }],
    ['Marketo Engage', 'Adobe', 'business.adobe.com', 'Marketing automation for enterprise nurture streams and lead management.', { d: ['Marketing', 'Sales'] }],
    ['Mailchimp', 'Intuit', 'mailchimp.com', 'Newsletter tool kept only for the community newsletter list.', { status: 'restricted' }],
    ['Braze', 'Braze', 'braze.com', 'Sends in-app, push and lifecycle email messages to product users.', { d: ['Marketing', 'Product'] }],
    ['Iterable', 'Iterable', 'iterable.com', 'Cross-channel campaign orchestration, being evaluated against Braze.', { status: 'in_review' }],
    ['Klaviyo', 'Klaviyo', 'klaviyo.com', 'Email and SMS flows connected to the online store, set up by the ecommerce team.', { d: ['Marketing', 'Operations'], status: 'discovered' }],
    ['Marketing Cloud Account Engagement', 'Salesforce', 'salesforce.com', 'The former Pardot instance, replaced by HubSpot and kept read-only for old reports.', { d: ['Marketing', 'Sales'], status: 'retired' }],
    ['Customer.io', 'Customer.io', 'customer.io', 'Triggers onboarding messages from product events.', { d: ['Marketing', 'Product'] }],
    ['SendGrid', 'Twilio', 'sendgrid.com', 'Delivers transactional email such as receipts and password resets.', { d: ['Engineering', 'Marketing'] }],
    ['ActiveCampaign', 'ActiveCampaign', 'activecampaign.com', 'Email automation account opened by a regional team on a company card.', { status: 'discovered' }],
    ['Litmus', 'Litmus', 'litmus.com', 'Previews every campaign across email clients before it goes out.', { data: [PUB] }],
    ['Oracle Eloqua', 'Oracle', 'oracle.com', 'Marketing automation inherited with an acquired business unit, now switched off.', { status: 'retired' }],
    ['Attentive', 'Attentive', 'attentive.com', 'SMS marketing and subscriber sign-up for the consumer store.', { d: ['Marketing', 'Operations'] }],
    ['Postmark', 'ActiveCampaign', 'postmarkapp.com', 'Sends product notification email for the mobile app.', { d: ['Engineering'] }],
  ]),

  ...group('advertising', { d: ['Marketing'], data: [CP] }, [
    ['Google Ads', 'Google', 'ads.google.com', 'Search, display and YouTube campaigns managed by paid media.'],
    ['LinkedIn Campaign Manager', 'LinkedIn', 'linkedin.com', 'Sponsored content and lead-gen forms aimed at buyers by job title.'],
    ['Meta Ads Manager', 'Meta', 'facebook.com', 'Paid social campaigns on Facebook and Instagram for the consumer line.'],
    ['TikTok Ads Manager', 'TikTok', 'ads.tiktok.com', 'Short-video ads tested for brand awareness.', { status: 'in_review' }],
    ['X Ads', 'X Corp.', 'ads.x.com', 'Promoted posts on X, paused pending a brand-safety review.', { status: 'restricted' }],
    ['The Trade Desk', 'The Trade Desk', 'thetradedesk.com', 'Programmatic display and connected-TV buying, operated with our agency.'],
    ['StackAdapt', 'StackAdapt', 'stackadapt.com', 'Programmatic native and display ads aimed at B2B audiences.'],
    ['AdRoll', 'NextRoll', 'adroll.com', 'Retargeting ads for site visitors, switched off after the move to RollWorks.', { status: 'retired' }],
    ['RollWorks', 'NextRoll', 'rollworks.com', 'Account-based advertising against the target account list.', { d: ['Marketing', 'Sales'] }],
    ['Bombora', 'Bombora', 'bombora.com', 'Company-level intent signals that feed account prioritisation.', { d: ['Marketing', 'Sales'] }],
    ['G2 Buyer Intent', 'G2', 'g2.com', 'Our review-site profile plus signals on who is researching the category.', { d: ['Marketing', 'Sales'] }],
  ]),

  ...group('seo_content', { d: ['Marketing'], data: [PUB] }, [
    ['Semrush', 'Semrush', 'semrush.com', 'Keyword research, rank tracking and competitor gap analysis.'],
    ['Ahrefs', 'Ahrefs', 'ahrefs.com', 'Backlink monitoring and site audits for the main domain.'],
    ['Moz Pro', 'Moz', 'moz.com', 'SEO suite retired when rank tracking moved to Semrush.', { status: 'retired' }],
    ['Screaming Frog SEO Spider', 'Screaming Frog', 'screamingfrog.co.uk', 'Desktop crawler for technical SEO audits of the website.', { deploy: 'on_premise', sso: false }],
    ['Clearscope', 'Clearscope', 'clearscope.io', 'Content briefs and relevance grades for blog drafts.'],
    ['MarketMuse', 'MarketMuse', 'marketmuse.com', 'Topic planning tool a freelancer invited the content team into.', { status: 'discovered' }],
    ['BrightEdge', 'BrightEdge', 'brightedge.com', 'Enterprise SEO platform under evaluation for page-level reporting.', { status: 'in_review' }],
    ['Jasper', 'Jasper', 'jasper.ai', 'AI copywriting assistant requested for campaign drafts.', { status: 'in_review' }],
    ['Writer', 'Writer', 'writer.com', 'Generative writing assistant tuned to our style guide and terminology.', { d: ['Marketing', 'Customer Success'] }],
    ['Google Search Console', 'Google', 'search.google.com', 'Indexing status and search performance for our domains.', { d: ['Marketing', 'Engineering'] }],
  ]),

  ...group('social', { d: ['Marketing'], data: [PUB] }, [
    ['Hootsuite', 'Hootsuite', 'hootsuite.com', 'Schedules posts for the regional social accounts.'],
    ['Sprout Social', 'Sprout Social', 'sproutsocial.com', 'Publishing, social inbox and reporting for the main brand accounts.', { d: ['Marketing', 'Customer Success'] }],
    ['Later', 'Later', 'later.com', 'Visual planning of Instagram and TikTok posts.'],
    ['Buffer', 'Buffer', 'buffer.com', 'Lightweight scheduling set up by an intern, overlapping with Sprout Social.', { status: 'discovered' }],
    ['Sprinklr', 'Sprinklr', 'sprinklr.com', 'Social listening and care evaluated for the enterprise tier.', { d: ['Marketing', 'Customer Success'], data: [CP], status: 'in_review' }],
    ['Brandwatch', 'Brandwatch', 'brandwatch.com', 'Consumer research and brand mention tracking.'],
    ['Meltwater', 'Meltwater', 'meltwater.com', 'Press coverage monitoring and media reports for communications.'],
    ['Emplifi', 'Emplifi', 'emplifi.io', 'Influencer and social analytics trialled by the brand team.', { status: 'discovered' }],
    ['Linktree', 'Linktree', 'linktr.ee', 'Link-in-bio page for the brand social profiles.'],
    ['Muck Rack', 'Muck Rack', 'muckrack.com', 'Journalist database and pitch tracking for PR.', { data: [CP] }],
  ]),

  ...group('webinars_events', { d: ['Marketing'], data: [CP] }, [
    ['ON24', 'ON24', 'on24.com', 'Hosts the webinar programme with engagement scoring passed to HubSpot.'],
    ['GoTo Webinar', 'GoTo', 'goto.com', 'Former webinar tool, replaced by ON24 and Zoom Webinars.', { status: 'retired' }],
    ['Zoom Webinars', 'Zoom', 'zoom.com', 'Large-audience sessions on top of the company Zoom licence.', { d: ['Marketing', 'Customer Success'] }],
    ['Cvent', 'Cvent', 'cvent.com', 'Registration, venues and attendee management for in-person events.', { d: ['Marketing', 'Operations'] }],
    ['Hopin', 'RingCentral', 'hopin.com', 'Virtual event platform used for the 2023 user conference.', { status: 'retired' }],
    ['Bizzabo', 'Bizzabo', 'bizzabo.com', 'Event platform shortlisted for the annual customer summit.', { status: 'in_review' }],
    ['Goldcast', 'Goldcast', 'goldcast.io', 'Video-first webinar tool a field marketer signed up for.', { status: 'discovered' }],
    ['Splash', 'Splash', 'splashthat.com', 'Branded event pages and RSVPs for field marketing dinners.', { d: ['Marketing', 'Sales'] }],
    ['Livestorm', 'Livestorm', 'livestorm.co', 'Browser-based onboarding webinars for new customers.', { d: ['Customer Success'] }],
    ['Slido', 'Cisco', 'slido.com', 'Audience questions and polls at all-hands meetings and events.', { d: ['People & HR', 'Marketing'], data: [EMP] }],
  ]),

  ...group('cms_web', { d: ['Marketing'], data: [PUB] }, [
    ['Contentful', 'Contentful', 'contentful.com', 'Headless CMS behind the marketing website and help centre.', { d: ['Marketing', 'Engineering', 'Customer Success'] }],
    ['WordPress VIP', 'Automattic', 'wpvip.com', 'Managed WordPress hosting for the company blog.'],
    ['Webflow', 'Webflow', 'webflow.com', 'Visual builder for campaign microsites.', { d: ['Marketing', 'Design'] }],
    ['Sanity', 'Sanity', 'sanity.io', 'Structured content platform piloted for the product documentation.', { d: ['Engineering', 'Product'], status: 'in_review' }],
    ['Contentstack', 'Contentstack', 'contentstack.com', 'Headless CMS left over from the website replatform evaluation.', { status: 'retired' }],
    ['Adobe Experience Manager', 'Adobe', 'business.adobe.com', 'Content management for the legacy corporate site, decommissioned.', { deploy: 'hybrid', status: 'retired' }],
    ['Unbounce', 'Unbounce', 'unbounce.com', 'Landing pages and A/B tests for paid campaigns.'],
    ['Wistia', 'Wistia', 'wistia.com', 'Video hosting with lead capture on the website.', { data: [PUB, CP] }],
    ['Vimeo', 'Vimeo', 'vimeo.com', 'Hosts product demos and recorded talks.', { d: ['Marketing', 'Customer Success'] }],
    ['Mutiny', 'Mutiny', 'mutinyhq.com', 'Personalises website copy for target accounts.', { data: [CP] }],
    ['Algolia', 'Algolia', 'algolia.com', 'Search for the website, docs and help centre.', { d: ['Engineering', 'Marketing'] }],
  ]),

  ...group('dam_creative', { d: ['Design', 'Marketing'], data: [PUB] }, [
    ['Canva', 'Canva', 'canva.com', 'Quick social graphics and slides built from locked brand templates.', { d: ['Marketing', 'Design', 'Sales', 'People & HR'] }],
    ['Figma', 'Figma', 'figma.com', 'Interface design, prototyping and the shared design system.', { d: ['Design', 'Product', 'Engineering', 'Marketing'] }],
    ['Adobe Creative Cloud', 'Adobe', 'adobe.com', 'Photoshop, Illustrator, InDesign and Premiere Pro for the creative team.', { deploy: 'hybrid' }],
    ['Bynder', 'Bynder', 'bynder.com', 'The approved library of brand imagery, logos and campaign assets.', { d: ['Marketing', 'Design', 'Sales'] }],
    ['Brandfolder', 'Smartsheet', 'brandfolder.com', 'Asset library shared with agencies until assets moved to Bynder.', { status: 'retired' }],
    ['Frontify', 'Frontify', 'frontify.com', 'Brand guidelines portal with logo and colour downloads.'],
    ['Cloudinary', 'Cloudinary', 'cloudinary.com', 'Resizes and serves images and video on the website.', { d: ['Engineering', 'Marketing'] }],
    ['Sketch', 'Sketch', 'sketch.com', 'Mac design app still used by a few illustrators; new work goes to Figma.', { deploy: 'hybrid', status: 'restricted' }],
    ['InVision', 'InVision', 'invisionapp.com', 'Prototyping tool discontinued by the vendor; archives exported.', { status: 'retired' }],
    ['Frame.io', 'Adobe', 'frame.io', 'Review and approval of video cuts with frame-accurate comments.'],
    ['Shutterstock', 'Shutterstock', 'shutterstock.com', 'Stock photo and footage licences.'],
    ['Midjourney', 'Midjourney', 'midjourney.com', 'Image generation used by designers without a company agreement.', { status: 'discovered', sso: false }],
  ]),

  ...group('crm_sales', { d: ['Sales'], data: [CP] }, [
    ['Salesforce Sales Cloud', 'Salesforce', 'salesforce.com', 'The CRM of record for accounts, opportunities and forecasts.', { d: ['Sales', 'Marketing', 'Customer Success', 'Finance'] }],
    ['Gong', 'Gong', 'gong.io', 'Records and analyses sales calls for coaching and deal reviews.', { d: ['Sales', 'Customer Success', 'Marketing'] }],
    ['Outreach', 'Outreach', 'outreach.io', 'Sequences, dialer and email tracking for account executives.'],
    ['Salesloft', 'Salesloft', 'salesloft.com', 'Cadences and call tooling for the SDR team.'],
    ['ZoomInfo', 'ZoomInfo', 'zoominfo.com', 'Company and contact data for prospecting and enrichment.', { d: ['Sales', 'Marketing'] }],
    ['6sense', '6sense', '6sense.com', 'Account intent and buying-stage predictions for ABM.', { d: ['Marketing', 'Sales'] }],
    ['Demandbase', 'Demandbase', 'demandbase.com', 'ABM platform shortlisted as an alternative to 6sense.', { d: ['Marketing'], status: 'in_review' }],
    ['Drift', 'Salesloft', 'drift.com', 'Website chat that qualifies visitors and books meetings.', { d: ['Marketing', 'Sales'] }],
    ['Apollo.io', 'Apollo.io', 'apollo.io', 'Prospecting database that turned up on several expense reports.', { status: 'discovered' }],
    ['LinkedIn Sales Navigator', 'LinkedIn', 'linkedin.com', 'Lead and account search with relationship insights.'],
    ['Clari', 'Clari', 'clari.com', 'Pipeline inspection and the weekly revenue forecast.', { d: ['Sales', 'Finance'] }],
    ['Chili Piper', 'Chili Piper', 'chilipiper.com', 'Books meetings straight from inbound demo forms.', { d: ['Marketing', 'Sales'] }],
    ['DocSend', 'Dropbox', 'docsend.com', 'Tracked sharing of decks and proposals.', { d: ['Sales', 'Marketing'] }],
    ['PandaDoc', 'PandaDoc', 'pandadoc.com', 'Proposal tool used by one team; quotes should go through Salesforce and DocuSign.', { status: 'restricted' }],
    ['Lusha', 'Lusha', 'lusha.com', 'Contact enrichment browser extension, limited after a privacy review.', { status: 'restricted' }],
    ['Highspot', 'Highspot', 'highspot.com', 'Sales enablement content, playbooks and training.', { d: ['Sales', 'Marketing'] }],
    ['Seismic', 'Seismic', 'seismic.com', 'Enablement content library replaced by Highspot.', { d: ['Sales', 'Marketing'], status: 'retired' }],
    ['Pipedrive', 'Pipedrive', 'pipedrive.com', 'A second CRM run by the reseller channel team outside Salesforce.', { status: 'discovered' }],
    ['Chorus', 'ZoomInfo', 'chorus.ai', 'Conversation recording bundled with ZoomInfo; overlaps with Gong.', { status: 'restricted' }],
    ['CaptivateIQ', 'CaptivateIQ', 'captivateiq.com', 'Commission plans and payout statements for the sales team.', { d: ['Sales', 'Finance'], data: [EMP, FIN] }],
    ['LeanData', 'LeanData', 'leandata.com', 'Matches leads to accounts and routes them in Salesforce.', { d: ['Sales', 'Marketing'] }],
  ]),

  ...group('ecommerce_payments', { d: ['Finance', 'Engineering'], data: [CP, FIN] }, [
    ['Stripe', 'Stripe', 'stripe.com', 'Card payments and subscriptions for the self-serve plans.'],
    ['Shopify', 'Shopify', 'shopify.com', 'The online store for branded gear and merchandise.', { d: ['Operations', 'Marketing'] }],
    ['Chargebee', 'Chargebee', 'chargebee.com', 'Subscription billing and invoicing for mid-market contracts.', { d: ['Finance'] }],
    ['PayPal', 'PayPal', 'paypal.com', 'Alternative checkout option in the online store.', { d: ['Finance', 'Operations'] }],
    ['Adyen', 'Adyen', 'adyen.com', 'Payment processing under review for EMEA and APAC expansion.', { status: 'in_review' }],
    ['Zuora', 'Zuora', 'zuora.com', 'Former subscription billing system, migrated to Chargebee.', { d: ['Finance'], status: 'retired' }],
  ]),

  ...group('analytics_cdp', { d: ['Marketing', 'Product'], data: [CP] }, [
    ['Segment', 'Twilio', 'segment.com', 'Collects web and product events and routes them to downstream tools.', { d: ['Engineering', 'Marketing', 'Product'] }],
    ['Amplitude', 'Amplitude', 'amplitude.com', 'Product analytics for funnels, retention and experiment results.', { d: ['Product', 'Marketing', 'Engineering'] }],
    ['Mixpanel', 'Mixpanel', 'mixpanel.com', 'Event analytics used by the growth squad; overlap with Amplitude under review.', { d: ['Product'], status: 'in_review' }],
    ['Google Analytics 4', 'Google', 'analytics.google.com', 'Website traffic and acquisition reporting.'],
    ['Hotjar', 'Contentsquare', 'hotjar.com', 'Heatmaps and session recordings on marketing pages.'],
    ['Optimizely', 'Optimizely', 'optimizely.com', 'Experiments and feature tests on the website.'],
    ['FullStory', 'FullStory', 'fullstory.com', 'Session replay for spotting friction in the product.', { d: ['Product', 'Engineering', 'Customer Success'] }],
    ['Pendo', 'Pendo', 'pendo.io', 'In-app guides and feature adoption analytics.', { d: ['Product', 'Customer Success'] }],
    ['mParticle', 'Rokt', 'mparticle.com', 'Mobile customer data platform retired in favour of Segment.', { d: ['Engineering', 'Product'], status: 'retired' }],
    ['Hightouch', 'Hightouch', 'hightouch.com', 'Syncs warehouse audiences into ad and email platforms.', { d: ['Marketing', 'Engineering'] }],
    ['Qualtrics', 'Qualtrics', 'qualtrics.com', 'Customer and employee experience surveys.', { d: ['Customer Success', 'People & HR', 'Marketing'], data: [CP, EMP] }],
    ['Typeform', 'Typeform', 'typeform.com', 'Conversational forms for research panels and event sign-ups.'],
    ['SurveyMonkey', 'SurveyMonkey', 'surveymonkey.com', 'Quick surveys sent by several teams.', { d: ['Marketing', 'People & HR', 'Customer Success', 'Product'] }],
    ['Google Tag Manager', 'Google', 'tagmanager.google.com', 'Manages tracking tags on the website without code releases.', { d: ['Marketing', 'Engineering'] }],
    ['Adobe Marketo Measure', 'Adobe', 'business.adobe.com', 'Multi-touch revenue attribution (formerly Bizible).', { d: ['Marketing', 'Sales'] }],
  ]),

  ...group('data_bi', { d: ['Operations', 'Finance'], data: [CP, FIN] }, [
    ['Snowflake', 'Snowflake', 'snowflake.com', 'The data warehouse holding product, sales and finance data.', { d: ['Engineering', 'Finance', 'Marketing', 'Operations', 'Product'], data: [CP, FIN, EMP] }],
    ['Looker', 'Google', 'cloud.google.com', 'Governed dashboards on top of the warehouse.', { d: ['Operations', 'Sales', 'Marketing', 'Finance', 'Product'] }],
    ['Tableau', 'Salesforce', 'tableau.com', 'Visual analysis used by the finance planning team.', { d: ['Finance', 'Sales'] }],
    ['Power BI', 'Microsoft', 'powerbi.microsoft.com', 'Operational reports built by warehouse analysts.', { d: ['Operations'] }],
    ['dbt Cloud', 'dbt Labs', 'getdbt.com', 'SQL models, tests and documentation for the warehouse.', { d: ['Engineering'] }],
    ['Fivetran', 'Fivetran', 'fivetran.com', 'Managed connectors that load SaaS data into Snowflake.', { d: ['Engineering'] }],
    ['Databricks', 'Databricks', 'databricks.com', 'Notebooks and ML workloads under evaluation by data science.', { d: ['Engineering', 'Product'], status: 'in_review' }],
    ['Metabase', 'Metabase', 'metabase.com', 'Self-hosted BI for ad-hoc queries; limited to non-sensitive schemas.', { d: ['Engineering', 'Product'], deploy: 'on_premise', status: 'restricted' }],
    ['Hex', 'Hex', 'hex.tech', 'Collaborative SQL and Python notebooks for analysts.', { d: ['Product', 'Finance', 'Marketing'] }],
    ['Monte Carlo', 'Monte Carlo', 'montecarlodata.com', 'Alerts when pipelines break or tables go stale.', { d: ['Engineering'], data: [] }],
    ['Funnel', 'Funnel', 'funnel.io', 'Pulls ad spend from every platform into one marketing dataset.', { d: ['Marketing'], data: [FIN] }],
    ['Mode', 'ThoughtSpot', 'mode.com', 'SQL reporting replaced by Hex.', { d: ['Product'], status: 'retired' }],
    ['BigQuery', 'Google', 'cloud.google.com', 'Holds raw Google Analytics and Ads exports.', { d: ['Marketing', 'Engineering'], data: [CP] }],
  ]),

  ...group('collaboration_pm', { d: 'all', data: [EMP] }, [
    ['Asana', 'Asana', 'asana.com', 'Campaign and project planning across marketing and operations.', { d: ['Marketing', 'Operations', 'People & HR', 'Design'] }],
    ['Monday.com', 'monday.com', 'monday.com', 'Work boards for customer onboarding projects.', { d: ['Customer Success', 'Sales'] }],
    ['Miro', 'Miro', 'miro.com', 'Online whiteboards for workshops, retros and planning.'],
    ['Notion', 'Notion', 'notion.so', 'Team wiki, meeting notes and product specs.', { d: ['Product', 'Design', 'Marketing', 'Engineering'] }],
    ['Confluence', 'Atlassian', 'atlassian.com', 'Engineering documentation, runbooks and design reviews.', { d: ['Engineering', 'Product', 'IT'] }],
    ['Jira', 'Atlassian', 'atlassian.com', 'Issue tracking and sprint planning for product development.', { d: ['Engineering', 'Product', 'IT', 'Design'] }],
    ['Trello', 'Atlassian', 'trello.com', 'Kanban boards from before the move to Asana.', { d: ['Marketing', 'Operations'], status: 'retired' }],
    ['Smartsheet', 'Smartsheet', 'smartsheet.com', 'Spreadsheet-style plans for facilities and office moves.', { d: ['Operations', 'Finance'] }],
    ['Airtable', 'Airtable', 'airtable.com', 'Content calendars and lightweight trackers.', { d: ['Marketing', 'Operations', 'People & HR'] }],
    ['Lucid', 'Lucid Software', 'lucid.co', 'Lucidchart diagrams for architecture and process maps.', { d: ['Engineering', 'IT', 'Operations', 'Product'] }],
    ['Linear', 'Linear', 'linear.app', 'Issue tracker the platform team wants instead of Jira.', { d: ['Engineering'], status: 'in_review' }],
    ['Productboard', 'Productboard', 'productboard.com', 'Collects feature requests and ties them to the roadmap.', { d: ['Product', 'Customer Success', 'Sales'], data: [CP] }],
    ['Aha!', 'Aha!', 'aha.io', 'Roadmapping tool replaced by Productboard.', { d: ['Product'], status: 'retired' }],
    ['Adobe Workfront', 'Adobe', 'business.adobe.com', 'Creative request intake, proofing and approvals.', { d: ['Marketing', 'Design'] }],
  ]),

  ...group('communication', { d: 'all', data: [EMP] }, [
    ['Slack', 'Salesforce', 'slack.com', 'Company-wide messaging, channels and huddles.'],
    ['Zoom Workplace', 'Zoom', 'zoom.com', 'Video meetings and meeting rooms for the whole company.'],
    ['Microsoft Teams', 'Microsoft', 'microsoft.com', 'Used for calls with customers and partners who standardise on Teams.', { d: ['Sales', 'Customer Success'] }],
    ['Webex', 'Cisco', 'webex.com', 'Meeting rooms in the former Berlin office, replaced by Zoom Rooms.', { d: ['Operations'], status: 'retired' }],
    ['Loom', 'Atlassian', 'loom.com', 'Async screen recordings for updates and walkthroughs.'],
    ['RingCentral', 'RingCentral', 'ringcentral.com', 'Cloud phone system for the sales floor.', { d: ['Sales', 'Customer Success'], data: [CP] }],
    ['Aircall', 'Aircall', 'aircall.io', 'Support phone line integrated with Zendesk.', { d: ['Customer Success'], data: [CP] }],
    ['Staffbase', 'Staffbase', 'staffbase.com', 'Employee app and newsletter for internal communications.'],
    ['Calendly', 'Calendly', 'calendly.com', 'Scheduling links for interviews and customer calls.', { d: ['Sales', 'People & HR', 'Customer Success'], data: [CP] }],
    ['Otter.ai', 'Otter.ai', 'otter.ai', 'Meeting transcription bot; blocked from customer calls without consent.', { d: ['Sales', 'Product'], data: [CP], status: 'restricted' }],
    ['Fireflies.ai', 'Fireflies.ai', 'fireflies.ai', 'AI note-taker found joining customer calls from personal sign-ups.', { d: ['Sales', 'Customer Success'], data: [CP], status: 'discovered' }],
  ]),

  ...group('security_identity', { d: ['IT'], data: [EMP] }, [
    ['Okta', 'Okta', 'okta.com', 'Single sign-on, MFA and joiner-mover-leaver automation for all staff.', { d: 'all' }],
    ['1Password', '1Password', '1password.com', 'Password manager with shared vaults for every team.', { d: 'all' }],
    ['CrowdStrike Falcon', 'CrowdStrike', 'crowdstrike.com', 'Endpoint detection and response on every laptop and server.', { d: ['IT', 'Engineering'] }],
    ['Duo', 'Cisco', 'duo.com', 'MFA in front of the VPN and the last on-premise systems.', { d: ['IT', 'Engineering', 'Operations'], deploy: 'hybrid' }],
    ['Auth0', 'Okta', 'auth0.com', 'Customer login and identity for the product.', { d: ['Engineering'], data: [CP] }],
    ['Cloudflare Zero Trust', 'Cloudflare', 'cloudflare.com', 'Zero-trust access to internal tools without the VPN.', { d: ['IT', 'Engineering'] }],
    ['KnowBe4', 'KnowBe4', 'knowbe4.com', 'Security awareness training and phishing simulations.', { d: 'all' }],
    ['Wiz', 'Wiz', 'wiz.io', 'Cloud security posture scanning across AWS and Google Cloud.', { d: ['Engineering', 'IT'], data: [] }],
    ['Snyk', 'Snyk', 'snyk.io', 'Scans dependencies and containers for known vulnerabilities.', { d: ['Engineering'], data: [] }],
    ['Proofpoint', 'Proofpoint', 'proofpoint.com', 'Filters inbound email for phishing and malware.'],
    ['Abnormal Security', 'Abnormal Security', 'abnormalsecurity.com', 'Behavioural email threat detection on trial next to Proofpoint.', { status: 'in_review' }],
    ['SentinelOne', 'SentinelOne', 'sentinelone.com', 'EDR from an acquired company, replaced by CrowdStrike.', { status: 'retired' }],
    ['Tenable Vulnerability Management', 'Tenable', 'tenable.com', 'Scheduled vulnerability scans of servers and office networks.', { d: ['IT', 'Engineering'], deploy: 'hybrid', data: [] }],
    ['Rapid7 InsightIDR', 'Rapid7', 'rapid7.com', 'SIEM and detection rules for the security team.', { d: ['IT'], data: [EMP, CP] }],
    ['Netskope', 'Netskope', 'netskope.com', 'Cloud access security broker evaluated for shadow-IT discovery.', { status: 'in_review' }],
    ['LastPass', 'LastPass', 'lastpass.com', 'Former password manager; every vault has moved to 1Password.', { d: 'all', status: 'retired' }],
    ['Microsoft Entra ID', 'Microsoft', 'microsoft.com', 'Directory for Microsoft 365 accounts, federated from Okta.'],
  ]),

  ...group('developer_infra', { d: ['Engineering'], data: [] }, [
    ['GitHub', 'GitHub', 'github.com', 'Source code, pull requests and Actions CI.', { d: ['Engineering', 'Product', 'IT'] }],
    ['GitHub Copilot', 'GitHub', 'github.com', 'AI code completion in the editor.'],
    ['GitLab Self-Managed', 'GitLab', 'gitlab.com', 'Self-hosted repositories from before the move to GitHub, now archived.', { deploy: 'on_premise', status: 'retired' }],
    ['Datadog', 'Datadog', 'datadoghq.com', 'Metrics, logs, traces and dashboards for production.', { d: ['Engineering', 'IT'], data: [CP] }],
    ['Sentry', 'Sentry', 'sentry.io', 'Error tracking for the web and mobile apps.', { data: [CP] }],
    ['PagerDuty', 'PagerDuty', 'pagerduty.com', 'On-call schedules, escalation and incident alerting.', { d: ['Engineering', 'IT', 'Customer Success'] }],
    ['Amazon Web Services', 'Amazon Web Services', 'aws.amazon.com', 'Primary cloud for the production platform.', { d: ['Engineering', 'IT'], data: [CP, FIN] }],
    ['Google Cloud', 'Google', 'cloud.google.com', 'Runs data pipelines and a few machine learning services.', { data: [CP] }],
    ['Microsoft Azure', 'Microsoft', 'azure.microsoft.com', 'Hosts one legacy reporting service; no new workloads.', { data: [FIN], status: 'restricted' }],
    ['Vercel', 'Vercel', 'vercel.com', 'Frontend hosting and preview deployments for the website.', { d: ['Engineering', 'Marketing'], data: [PUB] }],
    ['Cloudflare', 'Cloudflare', 'cloudflare.com', 'DNS, CDN and web application firewall in front of our domains.', { d: ['Engineering', 'IT'] }],
    ['Docker Business', 'Docker', 'docker.com', 'Docker Desktop licences and private image registry.', { deploy: 'hybrid' }],
    ['HCP Terraform', 'HashiCorp', 'hashicorp.com', 'Runs infrastructure-as-code plans and keeps state.', { d: ['Engineering', 'IT'] }],
    ['CircleCI', 'CircleCI', 'circleci.com', 'CI pipelines for the mobile apps.'],
    ['LaunchDarkly', 'LaunchDarkly', 'launchdarkly.com', 'Feature flags and gradual rollouts.', { d: ['Engineering', 'Product'] }],
    ['Postman', 'Postman', 'postman.com', 'API testing and shared request collections.'],
    ['JetBrains IDEs', 'JetBrains', 'jetbrains.com', 'IntelliJ IDEA, WebStorm and other IDE licences.', { deploy: 'hybrid' }],
    ['Twilio', 'Twilio', 'twilio.com', 'SMS and voice APIs for product notifications.', { data: [CP] }],
    ['MongoDB Atlas', 'MongoDB', 'mongodb.com', 'Managed document database for the events service.', { data: [CP] }],
    ['Statuspage', 'Atlassian', 'atlassian.com', 'Public status page for incidents and maintenance.', { d: ['Engineering', 'Customer Success'], data: [PUB] }],
    ['Opsgenie', 'Atlassian', 'atlassian.com', 'Alert routing retired after the switch to PagerDuty.', { status: 'retired' }],
    ['SonarQube Server', 'SonarSource', 'sonarsource.com', 'Self-hosted static analysis and quality gates on pull requests.', { deploy: 'on_premise' }],
    ['JFrog Artifactory', 'JFrog', 'jfrog.com', 'Artifact repository and proxy for build dependencies.', { deploy: 'hybrid' }],
    ['Cursor', 'Anysphere', 'cursor.com', 'AI code editor requested by several engineers.', { status: 'in_review' }],
    ['Heroku', 'Salesforce', 'heroku.com', 'Hosts a few internal prototypes; nothing new may launch there.', { status: 'restricted' }],
  ]),

  ...group('it_operations', { d: ['IT'], data: [EMP] }, [
    ['Jamf Pro', 'Jamf', 'jamf.com', 'Enrols, configures and patches the Mac fleet.'],
    ['Jira Service Management', 'Atlassian', 'atlassian.com', 'IT help desk, request catalogue and change tickets.', { d: ['IT', 'People & HR', 'Operations'] }],
    ['ServiceNow ITSM', 'ServiceNow', 'servicenow.com', 'Service management platform evaluated for the help desk.', { status: 'in_review' }],
    ['Freshservice', 'Freshworks', 'freshworks.com', 'Help desk used before Jira Service Management.', { status: 'retired' }],
    ['Microsoft Intune', 'Microsoft', 'microsoft.com', 'Manages the Windows laptops in finance and operations.', { d: ['IT', 'Finance', 'Operations'] }],
    ['BetterCloud', 'BetterCloud', 'bettercloud.com', 'Automates SaaS onboarding and offboarding steps.'],
    ['TeamViewer', 'TeamViewer', 'teamviewer.com', 'Remote support sessions, limited to the service desk.', { status: 'restricted' }],
    ['Splunk Enterprise', 'Cisco', 'splunk.com', 'Log search kept for the retention period of old systems.', { d: ['IT', 'Engineering'], deploy: 'hybrid', status: 'restricted' }],
    ['Workato', 'Workato', 'workato.com', 'Integration recipes between HR, finance and IT systems.', { d: ['IT', 'Finance', 'People & HR'], data: [EMP, FIN] }],
    ['Zapier', 'Zapier', 'zapier.com', 'No-code automations built by individual teams; new zaps need IT approval.', { d: ['Marketing', 'Operations', 'Sales'], data: [CP], status: 'restricted' }],
    ['Druva', 'Druva', 'druva.com', 'Backups of Google Workspace and Microsoft 365 data.', { data: [EMP, CP] }],
    ['Veeam Backup & Replication', 'Veeam', 'veeam.com', 'Backs up the remaining on-premise servers.', { deploy: 'on_premise' }],
    ['Envoy', 'Envoy', 'envoy.com', 'Visitor sign-in and desk booking in the offices.', { d: ['Operations', 'People & HR'] }],
  ]),

  ...group('finance', { d: ['Finance'], data: [FIN] }, [
    ['NetSuite', 'Oracle', 'netsuite.com', 'ERP for the general ledger, payables, receivables and revenue recognition.'],
    ['Expensify', 'Expensify', 'expensify.com', 'Expense reports for employees of the non-US entities.', { d: 'all', data: [FIN, EMP] }],
    ['Ramp', 'Ramp', 'ramp.com', 'Corporate cards, reimbursements and spend limits.', { d: 'all', data: [FIN, EMP] }],
    ['Bill.com', 'BILL', 'bill.com', 'Invoice approvals and vendor payments.'],
    ['Navan', 'Navan', 'navan.com', 'Business travel booking within policy.', { d: 'all', data: [EMP, FIN] }],
    ['Zip', 'Zip', 'ziphq.com', 'Purchase request intake and approval routing.', { d: ['Finance', 'IT', 'Legal'] }],
    ['Carta', 'Carta', 'carta.com', 'Cap table and employee equity administration.', { d: ['Finance', 'People & HR'], data: [FIN, EMP] }],
    ['Avalara', 'Avalara', 'avalara.com', 'Sales tax calculation and filing.'],
    ['Pigment', 'Pigment', 'pigment.com', 'Budgeting, forecasting and headcount planning.', { d: ['Finance', 'People & HR'], data: [FIN, EMP] }],
    ['Anaplan', 'Anaplan', 'anaplan.com', 'Planning models retired when budgeting moved to Pigment.', { status: 'retired' }],
    ['QuickBooks Online', 'Intuit', 'quickbooks.intuit.com', 'Books of a small acquired entity until it moves into NetSuite.', { status: 'restricted' }],
    ['FloQast', 'FloQast', 'floqast.com', 'Month-end close checklists and reconciliations.'],
    ['SAP Concur', 'SAP', 'concur.com', 'Travel and expense for the German entity, being phased out.', { d: ['Finance', 'Sales'], data: [FIN, EMP], status: 'restricted' }],
  ]),

  ...group('hr', { d: ['People & HR'], data: [EMP] }, [
    ['Workday HCM', 'Workday', 'workday.com', 'The HR record for employees, org structure and compensation.', { d: 'all', data: [EMP, FIN] }],
    ['BambooHR', 'BambooHR', 'bamboohr.com', 'Previous HR system, kept read-only for historical records.', { status: 'retired' }],
    ['Greenhouse', 'Greenhouse', 'greenhouse.com', 'Applicant tracking, interview plans and scorecards.', { d: ['People & HR', 'Engineering', 'Sales'] }],
    ['Lattice', 'Lattice', 'lattice.com', 'Performance reviews, goals and one-on-ones.', { d: 'all' }],
    ['Culture Amp', 'Culture Amp', 'cultureamp.com', 'Engagement surveys and pulse checks.', { d: 'all' }],
    ['Rippling', 'Rippling', 'rippling.com', 'HR and payroll for the UK entity, under review.', { d: ['People & HR', 'Finance'], data: [EMP, FIN], status: 'in_review' }],
    ['Gusto', 'Gusto', 'gusto.com', 'US payroll before payroll moved to ADP.', { d: ['People & HR', 'Finance'], data: [EMP, FIN], status: 'retired' }],
    ['ADP Workforce Now', 'ADP', 'adp.com', 'Payroll and benefits for US employees.', { d: ['People & HR', 'Finance'], data: [EMP, FIN] }],
    ['Deel', 'Deel', 'deel.com', 'Contractor payments and employer-of-record hires abroad.', { d: ['People & HR', 'Finance'], data: [EMP, FIN] }],
    ['Gem', 'Gem', 'gem.com', 'Candidate sourcing and recruiting CRM.'],
    ['LinkedIn Recruiter', 'LinkedIn', 'linkedin.com', 'Candidate search and InMail for recruiters.'],
    ['Docebo', 'Docebo', 'docebo.com', 'Learning platform for compliance and onboarding courses.', { d: 'all' }],
    ['WorkRamp', 'WorkRamp', 'workramp.com', 'Sales and customer-facing training academy.', { d: ['Sales', 'Customer Success'] }],
    ['Checkr', 'Checkr', 'checkr.com', 'Background checks for new hires where the law allows.'],
    ['Pave', 'Pave', 'pave.com', 'Compensation benchmarks and salary bands.', { d: ['People & HR', 'Finance'], data: [EMP, FIN] }],
    ['HiBob', 'HiBob', 'hibob.com', 'HR platform trialled by the EMEA office without a contract.', { status: 'discovered' }],
  ]),

  ...group('customer_support', { d: ['Customer Success'], data: [CP] }, [
    ['Zendesk', 'Zendesk', 'zendesk.com', 'Ticketing and the help centre for customer support.', { d: ['Customer Success', 'Product', 'Engineering'] }],
    ['Intercom', 'Intercom', 'intercom.com', 'In-app messenger and support chat.', { d: ['Customer Success', 'Marketing', 'Sales'] }],
    ['Freshdesk', 'Freshworks', 'freshworks.com', 'Support desk of a discontinued product line.', { status: 'retired' }],
    ['Salesforce Service Cloud', 'Salesforce', 'salesforce.com', 'Case management evaluated for enterprise support.', { status: 'in_review' }],
    ['Gainsight', 'Gainsight', 'gainsight.com', 'Customer health scores, success plans and renewals.', { d: ['Customer Success', 'Sales'] }],
    ['ChurnZero', 'ChurnZero', 'churnzero.com', 'Customer success platform used before Gainsight.', { status: 'retired' }],
    ['Talkdesk', 'Talkdesk', 'talkdesk.com', 'Contact-centre software evaluated for the phone support line.', { status: 'in_review' }],
    ['Guru', 'Guru', 'getguru.com', 'Verified knowledge cards surfaced in Slack and the browser.', { d: ['Customer Success', 'Sales'], data: [] }],
    ['Delighted', 'Qualtrics', 'delighted.com', 'NPS surveys; the vendor is winding the product down.', { status: 'retired' }],
    ['Help Scout', 'Help Scout', 'helpscout.com', 'Shared inbox the partner support desk set up on its own.', { status: 'discovered' }],
  ]),

  ...group('productivity', { d: 'all', data: [EMP] }, [
    ['Google Workspace', 'Google', 'workspace.google.com', 'Email, calendar, Drive and Docs for every employee.', { data: [EMP, CP, FIN] }],
    ['Microsoft 365', 'Microsoft', 'microsoft.com', 'Excel, Word and PowerPoint desktop licences for heavy users.', { d: ['Finance', 'Legal', 'Sales', 'Operations'], deploy: 'hybrid', data: [EMP, FIN] }],
    ['Dropbox', 'Dropbox', 'dropbox.com', 'File exchange with agencies; internal files belong in Google Drive.', { d: ['Marketing', 'Design'], status: 'restricted' }],
    ['Box', 'Box', 'box.com', 'Secure file sharing for legal and finance documents.', { d: ['Legal', 'Finance'], data: [EMP, FIN, CP] }],
    ['Grammarly', 'Grammarly', 'grammarly.com', 'Checks grammar and tone in email and documents.', { d: ['Marketing', 'Sales', 'Customer Success'] }],
    ['Adobe Acrobat', 'Adobe', 'adobe.com', 'PDF editing, forms and redaction.', { d: ['Legal', 'Finance', 'Operations', 'Sales'] }],
    ['ChatGPT Enterprise', 'OpenAI', 'openai.com', 'AI assistant with enterprise data controls, in security review.', { status: 'in_review' }],
    ['Claude', 'Anthropic', 'anthropic.com', 'AI assistant piloted by product and engineering teams.', { d: ['Product', 'Engineering'], status: 'in_review' }],
    ['Glean', 'Glean', 'glean.com', 'Search across Drive, Slack, Jira and Confluence in one box.'],
    ['Pitch', 'Pitch', 'pitch.com', 'Presentation tool a few marketers started using.', { d: ['Marketing', 'Sales'], status: 'discovered' }],
    ['DeepL', 'DeepL', 'deepl.com', 'Machine translation for first drafts of localised content.', { d: ['Marketing', 'Legal', 'Customer Success'], data: [CP] }],
    ['Smallpdf', 'Smallpdf', 'smallpdf.com', 'Online PDF converter that showed up in browser traffic.', { d: ['Sales', 'Operations'], status: 'discovered' }],
    ['Evernote', 'Evernote', 'evernote.com', 'Personal notes app, replaced by Notion.', { d: ['Product'], status: 'retired' }],
    ['WeTransfer', 'WeTransfer', 'wetransfer.com', 'Large file transfers to print vendors; restricted for confidential files.', { d: ['Marketing', 'Design'], data: [PUB], status: 'restricted' }],
  ]),

  ...group('legal_compliance', { d: ['Legal'], data: [] }, [
    ['DocuSign eSignature', 'DocuSign', 'docusign.com', 'Electronic signatures for customer contracts, offers and NDAs.', { d: ['Legal', 'Sales', 'People & HR', 'Finance'], data: [CP, EMP] }],
    ['Ironclad', 'Ironclad', 'ironcladapp.com', 'Contract workflows, clause library and repository.', { d: ['Legal', 'Sales', 'Finance'], data: [FIN, CP] }],
    ['OneTrust', 'OneTrust', 'onetrust.com', 'Cookie consent, data subject requests and the processing register.', { d: ['Legal', 'Marketing', 'IT'], data: [CP] }],
    ['Vanta', 'Vanta', 'vanta.com', 'Continuous evidence collection for SOC 2 and ISO 27001.', { d: ['IT', 'Legal', 'Engineering'], data: [EMP] }],
    ['Drata', 'Drata', 'drata.com', 'Compliance automation trialled before we chose Vanta.', { d: ['IT', 'Legal'], status: 'retired' }],
    ['Dropbox Sign', 'Dropbox', 'sign.dropbox.com', 'E-signature tool used by a few teams; DocuSign is the standard.', { d: ['Operations', 'People & HR'], data: [EMP], status: 'restricted' }],
    ['NAVEX EthicsPoint', 'NAVEX', 'navex.com', 'Whistleblowing hotline and case management.', { d: ['Legal', 'People & HR'], data: [EMP] }],
    ['Practical Law', 'Thomson Reuters', 'thomsonreuters.com', 'Legal know-how, templates and practice notes.', { data: [PUB] }],
    ['AuditBoard', 'AuditBoard', 'auditboard.com', 'Internal audit, risk register and SOX controls testing.', { d: ['Finance', 'Legal'], data: [FIN] }],
    ['Transcend', 'Transcend', 'transcend.io', 'Automated fulfilment of privacy requests across systems.', { d: ['Legal', 'Engineering'], data: [CP], status: 'in_review' }],
    ['Harvey', 'Harvey', 'harvey.ai', 'AI legal assistant in a limited pilot.', { status: 'in_review' }],
  ]),
];

/** Company websites for vendors whose products live on other domains. */
export const VENDOR_WEBSITES: Readonly<Record<string, string>> = {
  Adobe: 'adobe.com',
  Google: 'google.com',
  Microsoft: 'microsoft.com',
  Salesforce: 'salesforce.com',
  Atlassian: 'atlassian.com',
  Twilio: 'twilio.com',
  Okta: 'okta.com',
  Cisco: 'cisco.com',
  Dropbox: 'dropbox.com',
  Intuit: 'intuit.com',
  Oracle: 'oracle.com',
  LinkedIn: 'linkedin.com',
  Meta: 'meta.com',
  Zoom: 'zoom.com',
  HubSpot: 'hubspot.com',
  Freshworks: 'freshworks.com',
  Contentsquare: 'contentsquare.com',
  Salesloft: 'salesloft.com',
  ZoomInfo: 'zoominfo.com',
  RingCentral: 'ringcentral.com',
  GitHub: 'github.com',
  Smartsheet: 'smartsheet.com',
  NextRoll: 'nextroll.com',
  ActiveCampaign: 'activecampaign.com',
  Qualtrics: 'qualtrics.com',
  Rokt: 'rokt.com',
  ThoughtSpot: 'thoughtspot.com',
  Automattic: 'automattic.com',
  Anysphere: 'cursor.com',
  GoTo: 'goto.com',
  TikTok: 'tiktok.com',
  'X Corp.': 'x.com',
};
