/**
 * Registrable domains that are not one product: big vendors' parent domains (google.com has Google Ads,
 * Google Analytics, Google Workspace…), marketplaces and code hosts. Entries on these domains are not
 * merged by domain, only by name (and by name prefix: "Google Analytics Enhanced eCommerce" joins
 * "Google Analytics"). Any domain two curated apps share is added to this set by the build.
 */
export const MULTI_PRODUCT_DOMAINS = new Set([
  'google.com', 'microsoft.com', 'azure.com', 'live.com', 'office.com', 'bing.com', 'amazon.com', 'adobe.com', 'oracle.com',
  'sap.com', 'ibm.com', 'salesforce.com', 'force.com', 'atlassian.com', 'zoho.com', 'facebook.com', 'meta.com', 'apple.com',
  'yandex.com', 'yandex.ru', 'baidu.com', 'tencent.com', 'qq.com', 'alibaba.com', 'aliyun.com', 'alibabacloud.com',
  'yahoo.com', 'github.com', 'gitlab.com', 'wordpress.org', 'wordpress.com', 'shopify.com', 'woocommerce.com',
  'apache.org', 'sourceforge.net', 'w3.org', 'ietf.org', 'wikipedia.org', 'mozilla.org', 'freshworks.com', 'linkedin.com',
  'twitter.com', 'x.com', 'tiktok.com', 'pinterest.com', 'snapchat.com', 'cisco.com', 'intuit.com', 'autodesk.com',
  'godaddy.com', 'hcltechsw.com', 'dropbox.com', 'cloudflare.com', 'thomsonreuters.com', 'opentext.com', 'broadcom.com',
  'vmware.com', 'hp.com', 'dell.com', 'samsung.com', 'naver.com', 'kakao.com', 'line.me', 'vk.com', 'mail.ru', 'ebay.com',
  'paypal.com', 'squarespace.com', 'wix.com', 'npmjs.com', 'packagist.org', 'drupal.org', 'joomla.org', 'bitbucket.org',
]);

/**
 * Code hosts and community sites: a commercial-looking (not `saas`) webappanalyzer entry whose website is here
 * is an open-source project, not a product a company subscribes to.
 */
export const OPEN_SOURCE_HOSTS = new Set([
  'github.com', 'github.io', 'gitlab.com', 'gitlab.io', 'bitbucket.org', 'sourceforge.net', 'wordpress.org', 'js.org',
  'apache.org', 'npmjs.com', 'packagist.org', 'drupal.org', 'joomla.org', 'readthedocs.io', 'w3.org', 'ietf.org',
  'wikipedia.org', 'mozilla.org', 'codeplex.com', 'pypi.org', 'rubygems.org', 'cpan.org', 'php.net', 'python.org',
]);

/** Vendor of apps whose only domain is a big vendor's parent domain (when no curated entry names the vendor). */
export const DOMAIN_VENDORS: Record<string, string> = {
  'google.com': 'Google', 'microsoft.com': 'Microsoft', 'azure.com': 'Microsoft', 'live.com': 'Microsoft', 'office.com': 'Microsoft',
  'bing.com': 'Microsoft', 'amazon.com': 'Amazon', 'adobe.com': 'Adobe', 'oracle.com': 'Oracle', 'sap.com': 'SAP', 'ibm.com': 'IBM',
  'salesforce.com': 'Salesforce', 'force.com': 'Salesforce', 'atlassian.com': 'Atlassian', 'zoho.com': 'Zoho', 'facebook.com': 'Meta',
  'meta.com': 'Meta', 'apple.com': 'Apple', 'yandex.com': 'Yandex', 'yandex.ru': 'Yandex', 'baidu.com': 'Baidu',
  'tencent.com': 'Tencent', 'qq.com': 'Tencent', 'alibaba.com': 'Alibaba', 'aliyun.com': 'Alibaba', 'alibabacloud.com': 'Alibaba',
  'yahoo.com': 'Yahoo', 'freshworks.com': 'Freshworks', 'linkedin.com': 'LinkedIn', 'twitter.com': 'X Corp.', 'x.com': 'X Corp.',
  'tiktok.com': 'TikTok', 'pinterest.com': 'Pinterest', 'snapchat.com': 'Snap', 'cisco.com': 'Cisco', 'intuit.com': 'Intuit',
  'autodesk.com': 'Autodesk', 'godaddy.com': 'GoDaddy', 'hcltechsw.com': 'HCLSoftware', 'dropbox.com': 'Dropbox',
  'cloudflare.com': 'Cloudflare', 'thomsonreuters.com': 'Thomson Reuters', 'opentext.com': 'OpenText', 'broadcom.com': 'Broadcom',
  'vmware.com': 'Broadcom', 'hp.com': 'HP', 'dell.com': 'Dell', 'samsung.com': 'Samsung', 'naver.com': 'Naver', 'kakao.com': 'Kakao',
  'ebay.com': 'eBay', 'paypal.com': 'PayPal', 'squarespace.com': 'Squarespace', 'wix.com': 'Wix', 'shopify.com': 'Shopify',
  'woocommerce.com': 'Automattic', 'wordpress.com': 'Automattic', 'github.com': 'GitHub', 'gitlab.com': 'GitLab',
};

/**
 * Marketplace and code-host URLs: a product listed there is a third party's, so the listing URL gives
 * neither its domain nor its vendor (host + path prefix, `www.` removed).
 */
export const MARKETPLACE_PREFIXES = [
  'apps.shopify.com/', 'wordpress.org/plugins/', 'wordpress.org/themes/', 'woocommerce.com/products/', 'marketplace.atlassian.com/',
  'appexchange.salesforce.com/', 'chromewebstore.google.com/', 'chrome.google.com/webstore', 'apps.apple.com/', 'play.google.com/',
  'github.com/', 'gitlab.com/', 'marketplace.visualstudio.com/', 'marketplace.zoom.us/', 'codecanyon.net/', 'themeforest.net/',
];

/** webappanalyzer entries whose website is a help page on someone else's domain: the product's own domain. */
export const WA_DOMAIN_OVERRIDES: Record<string, string> = {
  'Quora Pixel': 'quora.com',
  'Pinterest Conversion Tag': 'pinterest.com',
};
