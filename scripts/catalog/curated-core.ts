/**
 * The curated core of the Tandem catalog, written by the Tandem authors (AGPL-3.0-or-later like the rest
 * of Tandem). Facts only: product names, vendors, domains, categories, need keywords and the names that
 * appear on invoices and card statements (legal entity names, processor-prefixed descriptors, truncations,
 * former brands), from vendors' public sites and billing help pages, public company records and public
 * descriptor look-up pages. A descriptor that is just the product name in capitals adds nothing to the index
 * (aliases are deduplicated by normalised text) but documents what the statement shows.
 * Format: see curated.ts. Curated entries win over source entries with the same registrable domain.
 */
import { parseCuratedBlock, type CuratedApp } from './curated.js';

/** Bump when the curated core changes (goes into catalog/meta.json dataDate). */
export const CURATED_VERSION = '2026-08-20';

export const CURATED_APPS: CuratedApp[] = [
  ...parseCuratedBlock('email_automation', `
HubSpot | | hubspot.com hs-sites.com hubspotemail.net hs-analytics.net hubspot.net hsforms.com | crm, marketing automation, landing page, inbound marketing, forms, marketing hub | !HubSpot, Inc.; $HUBSPOT INC; $HUBSPOT.COM; $PAYPAL *HUBSPOT; HubSpot Marketing Hub; Marketing Hub; HubSpot Sales Hub; HubSpot Service Hub; HubSpot CMS Hub; HubSpot Content Hub; HubSpot Operations Hub; HubSpot Commerce Hub; HubSpot CRM; HubSpot Chat; HubSpot Analytics; HubSpot Marketing; Hubspot Marketing Professional
Marketo Engage | Adobe | marketo.com business.adobe.com | marketing automation, lead scoring, nurture | !Marketo, Inc.; $MARKETO; $MARKETO INC; Marketo; Adobe Marketo Engage; Adobe Marketo
Mailchimp | Intuit | mailchimp.com list-manage.com mcusercontent.com | email marketing, newsletter | !The Rocket Science Group LLC; $MAILCHIMP; $MAILCHIMP *MONTHLY; $INTUIT *MAILCHIMP; $MAILCHIMP.COM; Intuit Mailchimp
Klaviyo | | klaviyo.com | email marketing, sms marketing, ecommerce marketing | !Klaviyo, Inc.; $KLAVIYO INC; $KLAVIYO; Klaviyo Forms; Klaviyo Reviews; Klaviyo Data Platform; Klaviyo Customer Hub
Braze | | braze.com appboy.com | customer engagement, push notifications, in-app messaging, lifecycle marketing | !Braze, Inc.; $BRAZE INC; ~Appboy
Iterable | | iterable.com | cross-channel marketing, lifecycle marketing | !Iterable, Inc.; $ITERABLE
Marketing Cloud Account Engagement | Salesforce | pardot.com | b2b marketing automation, lead scoring | ~Pardot; ~Salesforce Pardot; Salesforce Marketing Cloud Account Engagement; Account Engagement; $PARDOT
Salesforce Marketing Cloud | Salesforce | exacttarget.com marketingcloud.com | email marketing, journey builder | ~ExactTarget; Marketing Cloud Engagement; Salesforce Marketing Cloud Email Studio; Marketing Cloud Email Studio; Salesforce Interaction Studio; Salesforce Audience Studio; Salesforce Marketing Cloud Personalization
Customer.io | | customer.io | messaging automation, lifecycle email | !Peaberry Software Inc.; $CUSTOMER.IO; $CUSTOMERIO
SendGrid | Twilio | sendgrid.com sendgrid.net | transactional email, email api, email delivery | Twilio SendGrid; !SendGrid, Inc.; $SENDGRID; $SENDGRID.COM
ActiveCampaign | | activecampaign.com | email marketing, marketing automation, crm | !ActiveCampaign, LLC; $ACTIVECAMPAIGN; $ACTIVECAMPAIGN.COM
Litmus |  | litmus.com emltrk.com | email testing, email previews | !Litmus Software, Inc.; $LITMUS SOFTWARE
Oracle Eloqua | Oracle | eloqua.com | b2b marketing automation | Eloqua; Oracle Eloqua Marketing Cloud
Attentive | | attentive.com attn.tv attentivemobile.com | sms marketing, text marketing | !Attentive Mobile Inc.; $ATTENTIVE MOBILE
Postmark | ActiveCampaign | postmarkapp.com | transactional email, email delivery | !Wildbit, LLC; $POSTMARK; $POSTMARKAPP.COM
Constant Contact |  | constantcontact.com sharpspring.com | email marketing, newsletter, events | !Constant Contact, Inc.; $CONSTANT CONTACT; $CONSTANTCONTACT.COM; ~SharpSpring; Constant Contact Lead Gen & CRM
Brevo | | brevo.com sendinblue.com | email marketing, sms marketing, transactional email | ~Sendinblue; !Sendinblue SAS; $SENDINBLUE; $BREVO; $BREVO.COM
Campaign Monitor | Marigold | campaignmonitor.com createsend.com | email marketing, newsletter | $CAMPAIGN MONITOR; !Campaign Monitor Pty Ltd
Mailgun | Sinch | mailgun.com mailgun.net | transactional email, email api | !Mailgun Technologies, Inc.; $MAILGUN; $MAILGUN TECHNOLOGIES
Mailjet | Sinch | mailjet.com | email marketing, transactional email | $MAILJET
Omnisend | | omnisend.com | email marketing, sms marketing, ecommerce marketing | !Omnisend UAB; $OMNISEND
Drip | | drip.com getdrip.com | email marketing, ecommerce marketing | $DRIP.COM
Kit | | kit.com convertkit.com | email marketing, newsletter, creators | ~ConvertKit; $CONVERTKIT; $KIT.COM
beehiiv | | beehiiv.com | newsletter, email marketing | $BEEHIIV
Substack | | substack.com | newsletter, paid newsletter | $SUBSTACK
MailerLite | | mailerlite.com | email marketing, newsletter | $MAILERLITE
GetResponse | | getresponse.com | email marketing, webinars, marketing automation | $GETRESPONSE
AWeber | | aweber.com | email marketing, autoresponder | !AWeber Communications; $AWEBER
Keap | | keap.com infusionsoft.com | crm, marketing automation, small business | ~Infusionsoft; $KEAP; $INFUSIONSOFT
Ortto | | ortto.com autopilothq.com | marketing automation, customer data | ~Autopilot; $ORTTO
Act-On | | act-on.com | b2b marketing automation | !Act-On Software, Inc.; $ACT-ON SOFTWARE
Dotdigital | | dotdigital.com dotmailer.com | email marketing, marketing automation | ~dotmailer; $DOTDIGITAL
Emarsys | SAP | emarsys.com | omnichannel marketing, customer engagement | SAP Emarsys; $EMARSYS
Sailthru | Marigold | sailthru.com | email personalisation, lifecycle marketing | $SAILTHRU
Cordial | | cordial.com | cross-channel marketing | $CORDIAL
OneSignal | | onesignal.com | push notifications, in-app messaging | $ONESIGNAL
Airship | | airship.com urbanairship.com | push notifications, mobile engagement | ~Urban Airship; $AIRSHIP
Moosend | Sitecore | moosend.com | email marketing | $MOOSEND
Sendlane | | sendlane.com | email marketing, sms marketing | $SENDLANE
Postscript | | postscript.io | sms marketing, shopify | $POSTSCRIPT
Emma | Marigold | myemma.com | email marketing | $EMMA EMAIL MARKETING
Benchmark Email | | benchmarkemail.com | email marketing | $BENCHMARK EMAIL
Zoho Campaigns | Zoho | zohocampaigns.com | email marketing | $ZOHO CAMPAIGNS
Salesforce Marketing Cloud Intelligence | Salesforce | datorama.com | marketing analytics, marketing data | ~Datorama
Bloomreach | | bloomreach.com exponea.com | ecommerce personalisation, customer data, email marketing | ~Exponea; Bloomreach Engagement; $BLOOMREACH
Insider | | useinsider.com | cross-channel marketing, personalisation | $INSIDER
Mailmodo | | mailmodo.com | interactive email, email marketing | $MAILMODO
Loops | | loops.so | email marketing, saas email | $LOOPS.SO
Resend | | resend.com | transactional email, email api | $RESEND
Amazon SES | Amazon Web Services | aws.amazon.com/ses | transactional email, email api | Amazon Simple Email Service; AWS SES
`),
  ...parseCuratedBlock('advertising', `
Google Ads | Google | ads.google.com adwords.google.com | ppc, search ads, display ads, youtube ads | ~Google AdWords; ~AdWords; $GOOGLE *ADS; $GOOGLE*ADS; $GOOGLE ADS; Google Ads Conversion Tracking; Google Ads Remarketing
Google Marketing Platform | Google | marketingplatform.google.com doubleclick.net | programmatic, display & video 360, campaign manager 360, search ads 360 | ~DoubleClick; Display & Video 360; DV360; Campaign Manager 360; Search Ads 360; DoubleClick Campaign Manager (DCM); DoubleClick Floodlight; DoubleClick Bid Manager
Google AdSense | Google | adsense.google.com | publisher ads, monetisation | AdSense
Google Ad Manager | Google | admanager.google.com | publisher ads, ad server | ~DoubleClick for Publishers (DFP); ~DoubleClick for Publishers; Google Publisher Tag
Microsoft Advertising | Microsoft | ads.microsoft.com bingads.microsoft.com | ppc, search ads, bing ads | ~Bing Ads; $MICROSOFT*ADVERTISING; $MSFT *BING ADS; $BING ADS
Meta Ads | Meta | facebook.com/business instagram.com | facebook ads, instagram ads, social ads | ~Facebook Ads; Meta Ads Manager; Facebook Ads Manager; Instagram Ads; Facebook Pixel; Meta Pixel; Facebook Pixel Advanced Matching; $FACEBK *ADS; $FACEBK ADS; $FACEBK; $META PLATFORMS INC; !Meta Platforms, Inc.; $FB ADS; $FACEBOOK *ADS; $META *ADS
LinkedIn Ads | LinkedIn | business.linkedin.com | b2b ads, sponsored content | LinkedIn Campaign Manager; LinkedIn Marketing Solutions; Linkedin Insight Tag; $LINKEDIN ADS; $LNKD ADS
X Ads | X Corp. | ads.x.com ads.twitter.com | social ads, promoted posts | ~Twitter Ads; $TWITTER ONLINE ADS; $X CORP. PAID FEATURES; Twitter Conversion Tracking
TikTok Ads | TikTok | ads.tiktok.com | social ads, video ads | TikTok Ads Manager; TikTok Pixel; TikTok For Business; $TIKTOK ADS; $TIKTOK ADS US
Pinterest Ads | Pinterest | ads.pinterest.com | social ads | Pinterest Conversion Tag; Pinterest Tag; $PINTEREST ADS
Snapchat Ads | Snap | ads.snapchat.com forbusiness.snapchat.com | social ads | Snap Pixel; $SNAPCHAT ADS; $SNAP INC ADS
Reddit Ads | Reddit | ads.reddit.com reddithelp.com | social ads, community ads | Reddit Pixel; $REDDIT ADS
Quora Ads | Quora | quora.com/business | q&a ads | Quora Pixel; $QUORA ADS
Amazon Ads | Amazon | advertising.amazon.com | retail media, sponsored products | ~Amazon Advertising; Amazon DSP; Amazon Associates; $AMAZON ADVERTISING; $AMZN ADVERTISING
Apple Search Ads | Apple | searchads.apple.com | app store ads | Apple Ads; $APPLE SEARCH ADS
Spotify Advertising | Spotify | ads.spotify.com | audio ads, podcast ads | Spotify Ad Studio; $SPOTIFY AD STUDIO
The Trade Desk | | thetradedesk.com adsrvr.org | programmatic, dsp | !The Trade Desk, Inc.; $THE TRADE DESK
StackAdapt | | stackadapt.com | programmatic, native ads | $STACKADAPT
AdRoll | NextRoll | adroll.com | retargeting, display ads | $ADROLL; $ADROLL.COM; !NextRoll, Inc.
RollWorks | NextRoll | rollworks.com | account-based marketing, b2b ads | $ROLLWORKS
Criteo | | criteo.com criteo.net | retargeting, retail media | !Criteo S.A.; $CRITEO
Taboola | | taboola.com | native ads, content recommendation | $TABOOLA
Outbrain | | outbrain.com | native ads, content recommendation | $OUTBRAIN
Bombora | | bombora.com | intent data, b2b data | $BOMBORA
G2 | | g2.com g2crowd.com | software reviews, buyer intent, review sites | ~G2 Crowd; G2 Buyer Intent; $G2.COM
Capterra | Gartner | capterra.com getapp.com softwareadvice.com | software reviews, ppc | Gartner Digital Markets; GetApp; Software Advice; $CAPTERRA
TrustRadius | | trustradius.com | software reviews, buyer intent | $TRUSTRADIUS
Impact.com | | impact.com | affiliate marketing, partnerships | ~Impact Radius; impact; $IMPACT.COM
PartnerStack | | partnerstack.com | affiliate marketing, partner programs | ~GrowSumo; $PARTNERSTACK
CJ Affiliate | | cj.com | affiliate marketing | ~Commission Junction; $CJ AFFILIATE
Awin | | awin.com shareasale.com | affiliate marketing | ShareASale; $AWIN
Rakuten Advertising | Rakuten | rakutenadvertising.com | affiliate marketing | ~Rakuten Marketing; ~LinkShare; $RAKUTEN ADVERTISING
Rewardful |  | rewardful.com getrewardful.com | affiliate marketing, referral marketing, stripe | $REWARDFUL
Tapfiliate | | tapfiliate.com | affiliate marketing | $TAPFILIATE
Refersion | | refersion.com | affiliate marketing | $REFERSION
Metadata.io | | metadata.io | b2b ads, demand generation | Metadata; $METADATA.IO
Madison Logic | | madisonlogic.com | account-based marketing, b2b ads | $MADISON LOGIC
Terminus | | terminus.com | account-based marketing | $TERMINUS
AppsFlyer | | appsflyer.com | mobile attribution, app marketing | $APPSFLYER
Adjust | | adjust.com | mobile attribution | $ADJUST GMBH
Branch | | branch.io | deep linking, mobile attribution | Branch Metrics; $BRANCH METRICS
Singular | | singular.net | marketing attribution, ad spend | $SINGULAR
Smartly.io | | smartly.io | social ads automation | Smartly; $SMARTLY.IO
Skai | | skai.io kenshoo.com | retail media, paid search | ~Kenshoo; $SKAI
Marin Software | | marinsoftware.com | ppc management | $MARIN SOFTWARE
Optmyzr | | optmyzr.com | ppc management, google ads optimisation | $OPTMYZR
WordStream | LocaliQ | wordstream.com | ppc management | $WORDSTREAM
AdEspresso | Hootsuite | adespresso.com | facebook ads | $ADESPRESSO
Madgicx | | madgicx.com | meta ads optimisation | $MADGICX
Quantcast | | quantcast.com | audience measurement, programmatic | $QUANTCAST
MNTN | | mountain.com | connected tv ads | Mountain; $MNTN
Basis |  | basis.com centro.net basis.net | programmatic, media planning | ~Centro; Basis Technologies; $BASIS TECHNOLOGIES
Nextdoor Ads | Nextdoor | ads.nextdoor.com | local ads | $NEXTDOOR ADS
Yelp Ads | Yelp | biz.yelp.com | local ads, reviews | Yelp for Business; $YELP ADS; $YELP INC
`),
  ...parseCuratedBlock('seo_content', `
Semrush | | semrush.com | seo, keyword research, backlinks, competitor research, ppc research | !Semrush Inc.; $SEMRUSH; $SEMRUSH INC; $SEMRUSH.COM; SEMrush
Ahrefs | | ahrefs.com | seo, backlinks, keyword research, site audit | !Ahrefs Pte. Ltd.; $AHREFS; $AHREFS PTE LTD; $AHREFS.COM
Moz | | moz.com seomoz.org | seo, keyword research, backlinks, local seo | Moz Pro; Moz Local; ~SEOmoz; !Moz, Inc.; $MOZ INC; $MOZ.COM; $MOZ PRO
Screaming Frog SEO Spider | Screaming Frog | screamingfrog.co.uk | seo, site audit, crawler | Screaming Frog; !Screaming Frog Ltd; $SCREAMING FROG
Clearscope | | clearscope.io | seo, content optimisation | $CLEARSCOPE
MarketMuse | | marketmuse.com | seo, content planning | $MARKETMUSE
BrightEdge | | brightedge.com | enterprise seo | $BRIGHTEDGE
Conductor | | conductor.com contentkingapp.com | enterprise seo | ContentKing; $CONDUCTOR
seoClarity | | seoclarity.net | enterprise seo | $SEOCLARITY
Botify | | botify.com | enterprise seo, technical seo | $BOTIFY
Lumar | | lumar.io deepcrawl.com | technical seo, site audit | ~Deepcrawl; $LUMAR
SE Ranking | | seranking.com | seo, rank tracking | $SE RANKING
Similarweb | | similarweb.com | competitive intelligence, web traffic, market research | $SIMILARWEB
SpyFu | | spyfu.com | seo, ppc research, competitor research | $SPYFU
Serpstat | | serpstat.com | seo, keyword research | $SERPSTAT
Mangools | | mangools.com | seo, keyword research | KWFinder; $MANGOOLS
Surfer | | surferseo.com | seo, content optimisation, ai writing | SurferSEO; Surfer SEO; $SURFER SEO
Frase | | frase.io | seo, content briefs, ai writing | $FRASE.IO
AccuRanker | | accuranker.com | rank tracking | $ACCURANKER
Sitebulb | | sitebulb.com | site audit, technical seo | $SITEBULB
Yoast SEO | Yoast | yoast.com | seo, wordpress seo | Yoast; $YOAST
Rank Math | | rankmath.com | seo, wordpress seo | $RANK MATH
Jasper | | jasper.ai | ai writing, copywriting, content | Jasper AI; ~Jarvis; !Jasper AI, Inc.; $JASPER.AI
Copy.ai | | copy.ai | ai writing, copywriting | $COPY.AI
Writer | | writer.com | ai writing, brand voice | ~Qordoba; $WRITER.COM
BuzzSumo | | buzzsumo.com | content research, influencers | $BUZZSUMO
AnswerThePublic | NP Digital | answerthepublic.com | keyword research, search listening | $ANSWERTHEPUBLIC
Ubersuggest | NP Digital | neilpatel.com | seo, keyword research | $UBERSUGGEST
Google Search Console | Google | search.google.com | seo, search performance | ~Google Webmaster Tools; Search Console
Bing Webmaster Tools | Microsoft | bing.com/webmasters | seo | Bing Webmaster
CoSchedule | | coschedule.com | content calendar, marketing calendar | $COSCHEDULE
StoryChief | | storychief.io | content marketing, content calendar | $STORYCHIEF
Contently | | contently.com | content marketing, freelance writers | $CONTENTLY
Skyword | | skyword.com | content marketing | $SKYWORD
WriterAccess | | writeraccess.com | freelance writers, content creation | $WRITERACCESS
Optimizely Content Marketing Platform | Optimizely | welcomesoftware.com | content marketing, marketing calendar | ~Welcome; ~NewsCred; Optimizely CMP
Weglot | | weglot.com | website translation, localisation | $WEGLOT
Lokalise | | lokalise.com | localisation, translation management | $LOKALISE
Smartling | | smartling.com | translation management, localisation | $SMARTLING
Phrase | | phrase.com memsource.com | translation management, localisation | ~Memsource; $PHRASE
Crowdin | | crowdin.com | localisation, translation management | $CROWDIN
Transifex | | transifex.com | localisation, translation management | $TRANSIFEX
Yext | | yext.com | local listings, local seo, site search | $YEXT
BrightLocal | | brightlocal.com | local seo, citations | $BRIGHTLOCAL
Uberall | | uberall.com | local listings, local seo | $UBERALL
Siteimprove | | siteimprove.com | website quality, accessibility, seo | $SITEIMPROVE
Grammarly Business | Grammarly | grammarly.com/business | writing assistant | $GRAMMARLY BUSINESS
QuillBot | Learneo | quillbot.com | paraphrasing, writing assistant | $QUILLBOT
Hemingway Editor | | hemingwayapp.com | writing, readability | Hemingway; $HEMINGWAY
Dynamic Yield | Mastercard | dynamicyield.com | personalisation, recommendations | $DYNAMIC YIELD
Monetate | Kibo | monetate.com | personalisation, a/b testing | $MONETATE
`),
  ...parseCuratedBlock('social', `
Hootsuite | | hootsuite.com | social media scheduling, social listening, social inbox | !Hootsuite Inc.; !Hootsuite Media Inc.; $HOOTSUITE; $HOOTSUITE MEDIA INC; $HOOTSUITE INC
Sprout Social | | sproutsocial.com | social media scheduling, social listening, social analytics | !Sprout Social, Inc.; $SPROUT SOCIAL; $SPROUTSOCIAL.COM; SproutSocial; Sprout
Later | | later.com latergramme.com | instagram scheduling, social media scheduling, link in bio, influencer marketing | ~Latergramme; Later Social; Later Influence; $LATER.COM; $LATER MEDIA; $LATER
Buffer | | buffer.com bufferapp.com | social media scheduling | !Buffer, Inc.; $BUFFER.COM; $BUFFER PUBLISH; $BUFFER
Sprinklr | | sprinklr.com | social media management, customer experience, social listening | $SPRINKLR
Brandwatch | Cision | brandwatch.com falcon.io | social listening, consumer research, social media management | ~Falcon.io; $BRANDWATCH
Meltwater | | meltwater.com | media monitoring, social listening, pr | $MELTWATER
Emplifi | | emplifi.io socialbakers.com | social media management, social analytics | ~Socialbakers; $EMPLIFI
Linktree | | linktr.ee linktree.com | link in bio | $LINKTREE
Muck Rack | | muckrack.com | pr, media database, journalists | $MUCK RACK; $MUCKRACK
Agorapulse | | agorapulse.com | social media scheduling, social inbox | $AGORAPULSE
Loomly | | loomly.com | social media scheduling, content calendar | $LOOMLY
Planoly | | planoly.com | instagram scheduling | $PLANOLY
Sendible | | sendible.com | social media scheduling, agencies | $SENDIBLE
SocialPilot | | socialpilot.co | social media scheduling | $SOCIALPILOT
Khoros | | khoros.com lithium.com spredfast.com | social customer care, online community | ~Lithium; ~Spredfast; $KHOROS
Talkwalker | Hootsuite | talkwalker.com | social listening | $TALKWALKER
Mention | | mention.com | media monitoring, social listening | $MENTION
Brand24 | | brand24.com | social listening, media monitoring | $BRAND24
Dash Hudson | | dashhudson.com | social media analytics, instagram | $DASH HUDSON
Tailwind | | tailwindapp.com | pinterest scheduling, instagram scheduling | $TAILWIND APP
CreatorIQ | | creatoriq.com | influencer marketing | $CREATORIQ
GRIN | | grin.co | influencer marketing | $GRIN
Aspire | | aspire.io | influencer marketing | ~AspireIQ; $ASPIRE
Upfluence | | upfluence.com | influencer marketing | $UPFLUENCE
Traackr | | traackr.com | influencer marketing | $TRAACKR
Cision | | cision.com prnewswire.com | pr, press releases, media database | PR Newswire; Cision Communications Cloud; $CISION; $PR NEWSWIRE
Business Wire | Berkshire Hathaway | businesswire.com | press releases | $BUSINESS WIRE
Prowly | Semrush | prowly.com | pr, press releases | $PROWLY
Iconosquare | | iconosquare.com | social media analytics | $ICONOSQUARE
Metricool | | metricool.com | social media analytics, scheduling | $METRICOOL
Publer | | publer.io | social media scheduling | $PUBLER
Statusbrew | | statusbrew.com | social media management, social inbox | $STATUSBREW
Zoho Social | Zoho | zoho.com/social | social media scheduling | $ZOHO SOCIAL
Trustpilot | | trustpilot.com | reviews, reputation | $TRUSTPILOT
Bazaarvoice | | bazaarvoice.com | reviews, user generated content | $BAZAARVOICE
Yotpo | | yotpo.com | reviews, loyalty, sms marketing, ecommerce | Yotpo Reviews; Yotpo Loyalty & Referrals; Yotpo SMSBump; Yotpo Subscriptions; $YOTPO
Reviews.io | | reviews.io reviews.co.uk | reviews | $REVIEWS.IO
Birdeye | | birdeye.com | reviews, reputation management | $BIRDEYE
Podium | | podium.com | reviews, messaging, local business | $PODIUM
Flockler | | flockler.com | social walls, user generated content | $FLOCKLER
Taggbox | | taggbox.com | social walls, user generated content | $TAGGBOX
TINT | | tintup.com | user generated content | $TINT
`),
  ...parseCuratedBlock('webinars_events', `
ON24 | | on24.com | webinar, virtual event, webcast, digital experiences | !ON24, Inc.; $ON24; $ON24 INC; ON24 Webcast Elite
GoTo Webinar | GoTo | goto.com gotowebinar.com logmein.com | webinar, webcast, online training | ~GoToWebinar; ~LogMeIn GoToWebinar; GoTo Webinar by GoTo; GoTo Training; !GoTo Group, Inc.; ~LogMeIn, Inc.; $GOTO.COM; $GOTOWEBINAR; $LOGMEIN*GOTOWEBINAR; $GOTO COM
Zoom Webinars | Zoom | zoom.us/webinar zoom.com/webinar | webinar, virtual event, town hall | Zoom Webinar; Zoom Events; Zoom Sessions; Zoom Video Webinars
Cvent | | cvent.com | event management, event registration, venue sourcing, virtual event | !Cvent, Inc.; $CVENT; $CVENT INC; Cvent Attendee Hub; ~Aventri; ~etouches
Hopin | RingCentral | hopin.com | virtual event, webinar, online events | RingCentral Events; RingCentral Webinar; !Hopin Ltd; $HOPIN; $HOPIN LTD
Bizzabo | | bizzabo.com | event management, hybrid events | $BIZZABO
Goldcast | | goldcast.io | webinar, virtual event, b2b events | $GOLDCAST
Splash | | splashthat.com | event marketing, event pages | SplashThat; $SPLASH THAT
Livestorm | | livestorm.co | webinar, virtual event | $LIVESTORM
Slido | Cisco | slido.com sli.do | audience q&a, polls, live polling | $SLIDO
BigMarker | | bigmarker.com | webinar, virtual event | $BIGMARKER
Demio | Banzai | demio.com | webinar | $DEMIO
WebinarJam | Genesis Digital | webinarjam.com | webinar | EverWebinar; $WEBINARJAM
Airmeet | | airmeet.com | virtual event, webinar | $AIRMEET
Hubilo | | hubilo.com | virtual event, webinar | $HUBILO
Whova | | whova.com | event app, conferences | $WHOVA
Eventbrite | | eventbrite.com eventbrite.co.uk | ticketing, event registration | !Eventbrite, Inc.; $EVENTBRITE; $EVENTBRITE.COM
Swoogo |  | swoogo.com swoogo.events | event registration | $SWOOGO
RainFocus | | rainfocus.com | event management, conferences | $RAINFOCUS
Accelevents | | accelevents.com | event management, virtual event | $ACCELEVENTS
vFairs | | vfairs.com | virtual event, job fairs | $VFAIRS
Swapcard | | swapcard.com | event app, networking | $SWAPCARD
EventMobi | | eventmobi.com | event app | $EVENTMOBI
Zuddl | | zuddl.com | webinar, virtual event | $ZUDDL
StreamYard | Bending Spoons | streamyard.com | livestream, live video | $STREAMYARD
Restream | | restream.io | livestream, multistreaming | $RESTREAM
Riverside | | riverside.fm riverside.com | podcast recording, video recording | Riverside.fm; $RIVERSIDE.FM
Vimeo Livestream | Vimeo | livestream.com | livestream, webcast | ~Livestream; $LIVESTREAM
Kaltura | | kaltura.com | video platform, webinar, virtual classroom | $KALTURA
Brightcove | | brightcove.com | video hosting, live video, enterprise video | $BRIGHTCOVE
Mentimeter | | mentimeter.com | live polling, presentations, audience engagement | $MENTIMETER
Poll Everywhere | | polleverywhere.com | live polling, audience engagement | $POLL EVERYWHERE
Crowdcast | | crowdcast.io | webinar, livestream | $CROWDCAST
Luma | | lu.ma luma.com | event pages, event registration | $LU.MA
Tito | | ti.to | ticketing, conferences | $TITO
Sessionize | | sessionize.com | call for papers, conference agenda | $SESSIONIZE
Webex Webinars | Cisco | webex.com/webinars | webinar, webcast | Webex Events; ~Socio; Webex Webinar
Microsoft Teams Webinars | Microsoft | microsoft.com/microsoft-teams/webinars | webinar, town hall | Teams Webinars; Teams Town Hall
`),
  ...parseCuratedBlock('cms_web', `
Webflow | | webflow.com webflow.io | website builder, no-code website, landing page | !Webflow, Inc.; $WEBFLOW.COM; $WEBFLOW; $WEBFLOW INC
Contentful | | contentful.com ctfassets.net | headless cms, content platform | !Contentful GmbH; !Contentful Inc.; $CONTENTFUL; $CONTENTFUL GMBH
WordPress VIP | Automattic | wpvip.com | enterprise wordpress, wordpress hosting | $WPVIP; $AUTOMATTIC *WPVIP
WordPress.com | Automattic | wordpress.com | website builder, blog, wordpress hosting | $WORDPRESS.COM; $WP.COM; !Automattic Inc.; $AUTOMATTIC
WP Engine | | wpengine.com | wordpress hosting, managed wordpress | !WP Engine, Inc.; $WP ENGINE; $WPENGINE
Kinsta | | kinsta.com | wordpress hosting, managed hosting | $KINSTA
Sanity | | sanity.io | headless cms, structured content | $SANITY.IO
Contentstack | | contentstack.com | headless cms | $CONTENTSTACK
Adobe Experience Manager | Adobe | business.adobe.com/products/experience-manager | enterprise cms, digital asset management | AEM; Adobe AEM; Adobe Experience Manager Sites; Adobe Experience Manager Assets; ~Day CQ
Unbounce | | unbounce.com | landing page, a/b testing, conversion | !Unbounce Marketing Solutions Inc.; $UNBOUNCE; $UNBOUNCE.COM
Instapage | | instapage.com | landing page, a/b testing | $INSTAPAGE
Leadpages | | leadpages.com leadpages.net | landing page | $LEADPAGES
Wistia | | wistia.com wistia.net | video hosting, video marketing, webinar | !Wistia, Inc.; $WISTIA; $WISTIA INC
Vimeo | | vimeo.com vimeocdn.com | video hosting, video player, video marketing | !Vimeo.com, Inc.; $VIMEO; $VIMEO.COM; $VIMEO INC
Mutiny | | mutinyhq.com | website personalisation, b2b | $MUTINY
Algolia | | algolia.com algolia.net | site search, search api | $ALGOLIA
Squarespace | | squarespace.com | website builder, online store, domains | !Squarespace, Inc.; $SQSP*; $SQSP* INV; $SQUARESPACE; $SQUARESPACE INC; Squarespace Commerce; ~Google Domains
Wix | | wix.com wixsite.com | website builder, online store | !Wix.com Ltd.; $WIX.COM; $WIX.COM*; $WIX.COM LTD; Wix eCommerce; Wix Editor X
Framer | | framer.com | website builder, no-code website, prototyping | $FRAMER; $FRAMER.COM
Duda | | duda.co | website builder, agencies | $DUDA
Sitecore | | sitecore.com | enterprise cms, digital experience | Sitecore Experience Platform; Sitecore XM Cloud; Sitecore Engagement Cloud; $SITECORE
Acquia | | acquia.com | drupal hosting, digital experience | Acquia Cloud Platform; Acquia Drupal Cloud; Acquia Site Factory; $ACQUIA
Pantheon | | pantheon.io | wordpress hosting, drupal hosting | $PANTHEON
Storyblok | | storyblok.com | headless cms, visual editor | $STORYBLOK
Strapi | | strapi.io | headless cms | Strapi Cloud; $STRAPI
Prismic | | prismic.io | headless cms | $PRISMIC
DatoCMS | | datocms.com | headless cms | $DATOCMS
Hygraph | | hygraph.com graphcms.com | headless cms, graphql | ~GraphCMS; $HYGRAPH
Kontent.ai | | kontent.ai kentico.com | headless cms | ~Kentico Kontent; Kentico; $KONTENT.AI
Optimizely CMS | Optimizely | episerver.com | cms, digital experience | ~Episerver CMS; Optimizely Content Management; ~Ektron CMS; Optimizely Content Cloud
Magnolia | | magnolia-cms.com | enterprise cms | $MAGNOLIA
Umbraco | | umbraco.com | cms, .net cms | Umbraco Cloud; $UMBRACO
Ghost | | ghost.org | blog, newsletter, publishing | Ghost(Pro); $GHOST.ORG
Medium | | medium.com | blog, publishing | $MEDIUM.COM
Carrd | | carrd.co | one-page website, landing page | $CARRD
Elementor | | elementor.com | wordpress page builder, website builder | Elementor Cloud; $ELEMENTOR
Divi | Elegant Themes | elegantthemes.com | wordpress page builder | Elegant Themes; $ELEGANT THEMES
GoDaddy Website Builder | GoDaddy | godaddy.com | website builder, domains, hosting | GoDaddy; GoDaddy Online Store; !GoDaddy Operating Company, LLC; $DNH*GODADDY.COM; $DNH*GODADDY; $GODADDY.COM
Hostinger | | hostinger.com | web hosting, website builder, domains | Hostinger Website Builder; Hostinger Horizons; $HOSTINGER
Bluehost | Newfold Digital | bluehost.com | web hosting, wordpress hosting | $BLUEHOST; $BLUEHOST.COM
SiteGround | | siteground.com | web hosting, wordpress hosting | $SITEGROUND
Cloudways | DigitalOcean | cloudways.com | managed hosting, wordpress hosting | $CLOUDWAYS
Weebly | Block | weebly.com | website builder | Square Online; $WEEBLY
Builder.io | | builder.io | visual cms, headless cms | $BUILDER.IO
Bubble | | bubble.io | no-code, app builder | $BUBBLE GROUP; $BUBBLE.IO
Softr | | softr.io | no-code, app builder, portals | $SOFTR
Glide | | glideapps.com | no-code, app builder | $GLIDE APPS
Tilda | | tilda.cc | website builder | Tilda Publishing; $TILDA
Readymag | | readymag.com | website builder, design | $READYMAG
Shorthand | | shorthand.com | interactive stories, content | $SHORTHAND
Ceros | | ceros.com | interactive content | $CEROS
Foleon | | foleon.com | interactive documents, content | $FOLEON
Turtl | | turtl.co | interactive documents, content | $TURTL
Uberflip | | uberflip.com | content experience, content hubs | $UBERFLIP
PathFactory | | pathfactory.com | content experience, b2b content | $PATHFACTORY
Disqus | | disqus.com | comments | $DISQUS
VideoAsk | Typeform | videoask.com | interactive video, video forms | $VIDEOASK
Namecheap | | namecheap.com | domains, web hosting | $NAMECHEAP; $NAMECHEAP.COM
Gandi | | gandi.net | domains, web hosting | $GANDI
IONOS | | ionos.com 1and1.com ionos.co.uk ionos.de | web hosting, domains, website builder | ~1&1; MyWebsite; $IONOS; $1&1 IONOS
`),
  ...parseCuratedBlock('dam_creative', `
Canva | | canva.com | design, graphic design, presentations, social media graphics, brand kit | !Canva Pty Ltd; $CANVA; $CANVA*; $CANVA.COM; $PAYPAL *CANVA; Canva Pro; Canva Teams; Canva for Teams; Canva Enterprise; $CANVA PRO*
Figma | | figma.com | design, ui design, prototyping, whiteboard, design systems | !Figma, Inc.; $FIGMA; $FIGMA INC; $FIGMA.COM; FigJam; Figma Slides; Figma Dev Mode
Adobe Creative Cloud | Adobe | adobe.com creativecloud.adobe.com | design, photo editing, video editing, photoshop, illustrator, premiere | !Adobe Inc.; ~Adobe Systems; $ADOBE; $ADOBE *CREATIVE CLOUD; $ADOBE *CREATIVE CLD; $ADOBE SYSTEMS; $ADOBE INC; $ADOBE *ADOBE; Adobe Photoshop; Adobe Illustrator; Adobe InDesign; Adobe Premiere Pro; Adobe After Effects; Adobe Lightroom; Adobe XD; Adobe Animate; Adobe Dreamweaver; Adobe Audition; Adobe Fonts; ~Typekit; Adobe Identity Management; Creative Cloud
Adobe Express | Adobe | express.adobe.com | design, social media graphics | ~Adobe Spark; $ADOBE *EXPRESS
Adobe Stock | Adobe | stock.adobe.com | stock photos, stock video | ~Fotolia; $ADOBE *STOCK
Adobe Firefly | Adobe | firefly.adobe.com | ai images, generative ai | $ADOBE *FIREFLY
Bynder | | bynder.com | digital asset management, brand portal | $BYNDER
Brandfolder | Smartsheet | brandfolder.com | digital asset management, brand assets | $BRANDFOLDER
Frontify | | frontify.com | brand guidelines, digital asset management | $FRONTIFY
Cloudinary | | cloudinary.com | image cdn, video api, digital asset management | $CLOUDINARY
Sketch | | sketch.com sketchapp.com | ui design, prototyping, mac design | !Sketch B.V.; $FS *SKETCH; $SKETCH B.V.; $SKETCH.COM
InVision | | invisionapp.com | prototyping, design collaboration | $INVISION; $INVISIONAPP
Frame.io | Adobe | frame.io | video review, video collaboration | $FRAME.IO; $ADOBE *FRAME.IO
Shutterstock | | shutterstock.com | stock photos, stock video, stock music | !Shutterstock, Inc.; $SHUTTERSTOCK; $SHUTTERSTOCK.COM
Getty Images | | gettyimages.com istockphoto.com | stock photos, editorial images | iStock; $GETTY IMAGES; $ISTOCK; $ISTOCKPHOTO
Envato Elements | Envato | envato.com elements.envato.com | stock assets, templates, stock video | Envato; $ENVATO; $ENVATO ELEMENTS
Midjourney | | midjourney.com | ai images, generative ai | !Midjourney, Inc.; $MIDJOURNEY; $MIDJOURNEY INC
Affinity | Canva | affinity.serif.com serif.com | design, photo editing | Affinity Designer; Affinity Photo; Affinity Publisher; Serif; $SERIF EUROPE
CorelDRAW | Alludo | coreldraw.com corel.com | vector design | Corel; $COREL
Autodesk | | autodesk.com | cad, 3d design, autocad | AutoCAD; Autodesk Fusion; Autodesk Revit; Autodesk Maya; $AUTODESK; $DRI*AUTODESK
SketchUp | Trimble | sketchup.com | 3d design, modelling | $SKETCHUP
Maxon | | maxon.net | 3d design, motion graphics | Cinema 4D; Redshift; $MAXON
Visme | | visme.co | infographics, presentations | $VISME
Piktochart | | piktochart.com | infographics | $PIKTOCHART
Venngage | | venngage.com | infographics | $VENNGAGE
Descript | | descript.com | video editing, podcast editing, transcription | $DESCRIPT
Camtasia | TechSmith | techsmith.com | screen recording, video editing | TechSmith; Snagit; $TECHSMITH
Vidyard | | vidyard.com | video messaging, sales video, video hosting | $VIDYARD
Biteable | | biteable.com | video creation | $BITEABLE
Animoto | | animoto.com | video creation | $ANIMOTO
Lumen5 | | lumen5.com | ai video, video creation | $LUMEN5
Synthesia | | synthesia.io | ai video, avatars | $SYNTHESIA
HeyGen | | heygen.com | ai video, avatars | $HEYGEN
Runway | | runwayml.com | ai video, generative ai | RunwayML; $RUNWAYML
ElevenLabs | | elevenlabs.io | ai voice, text to speech | $ELEVENLABS
Kapwing | | kapwing.com | video editing | $KAPWING
VEED | | veed.io | video editing | $VEED.IO
InVideo | | invideo.io | ai video, video editing | $INVIDEO
WeVideo | | wevideo.com | video editing | $WEVIDEO
Epidemic Sound | | epidemicsound.com | stock music, sound effects | $EPIDEMIC SOUND
Artlist | | artlist.io | stock music, stock video | $ARTLIST
Musicbed | | musicbed.com | music licensing | $MUSICBED
Soundstripe | | soundstripe.com | stock music | $SOUNDSTRIPE
Storyblocks | | storyblocks.com | stock video, stock music | ~Videoblocks; $STORYBLOCKS
Pond5 | Shutterstock | pond5.com | stock video | $POND5
Depositphotos | | depositphotos.com | stock photos | $DEPOSITPHOTOS
Freepik | | freepik.com flaticon.com | stock images, icons | Flaticon; $FREEPIK
Creative Market | | creativemarket.com | design assets, fonts | $CREATIVE MARKET
The Noun Project | | thenounproject.com | icons | Noun Project; $NOUN PROJECT
Monotype | | monotype.com fonts.com myfonts.com | fonts, font licensing | MyFonts; Fonts.com; $MONOTYPE; $MYFONTS
Acquia DAM | Acquia | widen.com | digital asset management | ~Widen; ~Widen Collective; $WIDEN
Aprimo | | aprimo.com | digital asset management, marketing operations | $APRIMO
Canto | | canto.com | digital asset management | $CANTO
MediaValet | | mediavalet.com | digital asset management | $MEDIAVALET
Air | | air.inc | creative operations, digital asset management | $AIR.INC
Templafy | | templafy.com | document templates, brand compliance | $TEMPLAFY
Marq | | marq.com lucidpress.com | brand templates | ~Lucidpress; $MARQ
Abstract | | abstract.com goabstract.com | design version control | $ABSTRACT
Zeplin | | zeplin.io | design handoff | $ZEPLIN
Spline | | spline.design | 3d design | $SPLINE
Rive | | rive.app | interactive animation | $RIVE
ProtoPie | | protopie.io | prototyping | $PROTOPIE
Axure | | axure.com | prototyping, wireframes | Axure RP; $AXURE
Balsamiq | | balsamiq.com | wireframes | $BALSAMIQ
Filestage | | filestage.io | creative review, approvals | $FILESTAGE
Ziflow | | ziflow.com | creative review, proofing | $ZIFLOW
`),
  ...parseCuratedBlock('crm_sales', `
Salesforce | | salesforce.com force.com salesforce-sites.com my.salesforce.com | crm, sales cloud, pipeline, opportunity management | Salesforce Sales Cloud; Sales Cloud; Salesforce CRM; Salesforce.com; Salesforce Sandbox; !Salesforce, Inc.; ~salesforce.com, inc.; $SALESFORCE.COM; $SALESFORCE; $SALESFORCE INC; $SFDC
Gong | | gong.io | revenue intelligence, call recording, conversation intelligence | !Gong.io Inc.; $GONG.IO; $GONG IO INC; Gong Engage
Outreach | | outreach.io | sales engagement, sequences, email outreach | !Outreach Corporation; $OUTREACH.IO; $OUTREACH CORP; Outreach.io
Salesloft | | salesloft.com | sales engagement, cadences | !Salesloft, Inc.; $SALESLOFT; ~SalesLoft
ZoomInfo | | zoominfo.com discoverorg.com | b2b data, contact data, prospecting, intent data | !ZoomInfo Technologies LLC; ~DiscoverOrg; $ZOOMINFO; $ZOOMINFO TECHNOLOGIES; ZoomInfo SalesOS; ZoomInfo MarketingOS
6sense | | 6sense.com | account-based marketing, intent data, abm | !6sense Insights, Inc.; $6SENSE; $6SENSE INSIGHTS; 6sense Revenue AI
Demandbase |  | demandbase.com engagio.com | account-based marketing, abm, intent data | !Demandbase, Inc.; $DEMANDBASE; ~Engagio
Drift | Salesloft | drift.com | conversational marketing, chatbot, live chat | !Drift.com, Inc.; $DRIFT.COM; $DRIFT
Apollo.io | | apollo.io | b2b data, prospecting, sales engagement | Apollo; $APOLLO.IO; $APOLLO IO
LinkedIn Sales Navigator | LinkedIn | linkedin.com/sales | prospecting, social selling | Sales Navigator; $LINKEDIN SALES NAV; $LINKEDIN SALES NAVIGATOR
Clari | | clari.com | revenue forecasting, pipeline | Groove; $CLARI
Chili Piper | | chilipiper.com | meeting scheduling, lead routing | $CHILI PIPER
DocSend | Dropbox | docsend.com | document sharing, sales content | $DOCSEND
PandaDoc | | pandadoc.com | proposals, quotes, e-signature | $PANDADOC
Lusha | | lusha.com | contact data, prospecting | $LUSHA
Highspot | | highspot.com | sales enablement | $HIGHSPOT
Seismic | | seismic.com lessonly.com | sales enablement, content management | Seismic Learning; ~Lessonly; $SEISMIC
Pipedrive | | pipedrive.com | crm, pipeline, small business crm | !Pipedrive OÜ; !Pipedrive Inc.; $PIPEDRIVE; $PIPEDRIVE.COM
Chorus | ZoomInfo | chorus.ai | conversation intelligence, call recording | Chorus.ai; $CHORUS.AI
CaptivateIQ | | captivateiq.com | sales commissions, incentive compensation | $CAPTIVATEIQ
LeanData | | leandata.com | lead routing, lead to account matching | $LEANDATA
Zoho CRM | Zoho | zoho.com/crm zohocrm.com | crm | $ZOHO CRM; $ZOHO CORPORATION; !Zoho Corporation
Freshsales | Freshworks | freshsales.io freshworks.com/crm | crm | ~Freshworks CRM; $FRESHSALES
Close | | close.com close.io | crm, calling, inside sales | Close CRM; ~Close.io; $CLOSE.COM
Copper | | copper.com prosperworks.com | crm, google workspace crm | ~ProsperWorks; $COPPER CRM
Insightly | | insightly.com | crm | $INSIGHTLY
Nutshell | | nutshell.com | crm | $NUTSHELL
Capsule CRM | | capsulecrm.com | crm | Capsule; $CAPSULE CRM
Attio | | attio.com | crm | $ATTIO
folk | | folk.app | crm, contacts | folk CRM; $FOLK.APP
Affinity CRM | Affinity | affinity.co | relationship intelligence, crm, deal flow | Affinity; $AFFINITY.CO
Streak | | streak.com | gmail crm | $STREAK
SugarCRM | | sugarcrm.com | crm | Sugar; $SUGARCRM
Creatio | | creatio.com bpmonline.com | crm, no-code | ~bpm'online; $CREATIO
Nimble | | nimble.com | crm, social crm | $NIMBLE
Salesflare | | salesflare.com | crm | $SALESFLARE
Zendesk Sell | Zendesk | zendesk.com/sell getbase.com | crm | ~Base CRM; $ZENDESK SELL
Bitrix24 | | bitrix24.com | crm, collaboration | $BITRIX24
Conga | | conga.com | cpq, contract management, document generation | ~Apttus; $CONGA
DealHub | | dealhub.io | cpq, proposals | $DEALHUB
Cognism | | cognism.com | b2b data, contact data | $COGNISM
Seamless.AI | | seamless.ai | contact data, prospecting | Seamless; $SEAMLESS.AI
UpLead | | uplead.com | contact data | $UPLEAD
RocketReach | | rocketreach.co | contact data | $ROCKETREACH
Hunter | | hunter.io | email finder, contact data | Hunter.io; $HUNTER.IO
Clearbit | HubSpot | clearbit.com | b2b data, enrichment | Breeze Intelligence; $CLEARBIT
Clay | | clay.com clay.run | data enrichment, prospecting | $CLAY; $CLAY LABS
Common Room | | commonroom.io | buyer signals, community | $COMMON ROOM
Dealfront | | dealfront.com leadfeeder.com echobot.de | website visitor identification, b2b data | ~Leadfeeder; ~Echobot; $LEADFEEDER; $DEALFRONT
Leadinfo | | leadinfo.com | website visitor identification | $LEADINFO
Warmly | | warmly.ai | website visitor identification, ai sdr | $WARMLY
Qualified | | qualified.com | conversational marketing, pipeline | $QUALIFIED
Mixmax | | mixmax.com | sales engagement, gmail | $MIXMAX
Yesware | | yesware.com | email tracking, sales engagement | $YESWARE
Lemlist | | lemlist.com | cold email, sales engagement | lemlist; $LEMLIST
Instantly | | instantly.ai | cold email | $INSTANTLY
Reply.io | | reply.io | sales engagement | $REPLY.IO
Woodpecker | | woodpecker.co | cold email | $WOODPECKER
Smartlead | | smartlead.ai | cold email | $SMARTLEAD
Mailshake | | mailshake.com | cold email | $MAILSHAKE
Klenty | | klenty.com | sales engagement | $KLENTY
People.ai | | people.ai | revenue intelligence | $PEOPLE.AI
Avoma | | avoma.com | meeting notes, conversation intelligence | $AVOMA
Jiminny | | jiminny.com | conversation intelligence | $JIMINNY
Showpad | | showpad.com | sales enablement | $SHOWPAD
Mindtickle | | mindtickle.com | sales readiness, sales training | $MINDTICKLE
Allego | | allego.com | sales enablement, sales training | $ALLEGO
Bigtincan | | bigtincan.com brainshark.com | sales enablement | Brainshark; $BIGTINCAN
Spiff | Salesforce | spiff.com | sales commissions | $SPIFF
QuotaPath | | quotapath.com | sales commissions | $QUOTAPATH
Xactly | | xactlycorp.com | incentive compensation | $XACTLY
Everstage | | everstage.com | sales commissions | $EVERSTAGE
Crunchbase | | crunchbase.com | company data, market research | Crunchbase Pro; $CRUNCHBASE
PitchBook | Morningstar | pitchbook.com | company data, private markets | $PITCHBOOK
Crossbeam | | crossbeam.com | partner data, account mapping | $CROSSBEAM
Reveal | | reveal.co | partner data, account mapping | $REVEAL
Proposify | | proposify.com | proposals | $PROPOSIFY
Qwilr | | qwilr.com | proposals, quotes | $QWILR
GetAccept | | getaccept.com | digital sales rooms, e-signature | $GETACCEPT
Loopio | | loopio.com | rfp responses | $LOOPIO
Responsive | | responsive.io rfpio.com | rfp responses | ~RFPIO; $RESPONSIVE
Acuity Scheduling | Squarespace | acuityscheduling.com | appointments, scheduling, booking | Squarespace Scheduling; $ACUITY SCHEDULING
SavvyCal | | savvycal.com | meeting scheduling | $SAVVYCAL
YouCanBookMe | | youcanbook.me | meeting scheduling | YouCanBook.me; $YOUCANBOOK.ME
Doodle | | doodle.com | meeting scheduling, polls | $DOODLE
`),
  ...parseCuratedBlock('ecommerce_payments', `
Stripe | | stripe.com stripe.network | payments, subscription billing, invoicing, checkout | !Stripe, Inc.; !Stripe Payments Europe, Ltd.; $STRIPE; Stripe Billing; Stripe Atlas; Stripe Radar; Stripe Tax; TaxJar
Shopify | | shopify.com myshopify.com shopifycdn.com | online store, ecommerce platform, pos | !Shopify Inc.; $SHOPIFY; $SHOPIFY*; $SHOPIFY* INVOICE; Shopify Plus; Shopify Payments; Shopify POS; Shopify Chat
Chargebee | | chargebee.com | subscription billing, recurring revenue | $CHARGEBEE
PayPal | | paypal.com braintreegateway.com braintreepayments.com | payments, checkout | Braintree; PayPal Checkout; !PayPal Holdings, Inc.
Adyen | | adyen.com | payments, acquiring | $ADYEN
Zuora | | zuora.com | subscription billing, revenue recognition | $ZUORA
BigCommerce | | bigcommerce.com | ecommerce platform, online store | $BIGCOMMERCE
WooCommerce | Automattic | woocommerce.com | ecommerce, wordpress store | $WOOCOMMERCE
Adobe Commerce | Adobe | magento.com business.adobe.com/products/magento | ecommerce platform | ~Magento Commerce; Magento; $MAGENTO
Salesforce Commerce Cloud | Salesforce | demandware.com | ecommerce platform | ~Demandware; Commerce Cloud; Salesforce B2C Commerce
commercetools | | commercetools.com | headless commerce | $COMMERCETOOLS
Square | Block | squareup.com square.com | payments, pos, invoices | Square Payments; Square POS; $SQUARE; $SQ *SQUARE
Checkout.com | | checkout.com | payments | $CHECKOUT.COM
Recurly | | recurly.com | subscription billing | $RECURLY
Paddle | | paddle.com paddle.net | merchant of record, payments, subscription billing | $PADDLE.NET; $PADDLE
FastSpring | | fastspring.com | merchant of record, payments | $FASTSPRING
Lemon Squeezy | Stripe | lemonsqueezy.com | merchant of record, digital products | $LEMON SQUEEZY; $LEMONSQUEEZY
Gumroad | | gumroad.com | digital products, creators | $GUMROAD
Klarna | | klarna.com | buy now pay later | $KLARNA
Afterpay | Block | afterpay.com | buy now pay later | Clearpay; $AFTERPAY
Affirm | | affirm.com | buy now pay later | $AFFIRM
Recharge | | rechargepayments.com getrecharge.com | subscriptions, shopify subscriptions | ReCharge; $RECHARGE
Bold Commerce | | boldcommerce.com | ecommerce apps, checkout, subscriptions | Bold Subscriptions; Bold Upsell; Bold Product Options; $BOLD COMMERCE
Smile.io | | smile.io | loyalty, rewards, referrals | Smile; $SMILE.IO
LoyaltyLion | | loyaltylion.com | loyalty | $LOYALTYLION
ShipStation | Auctane | shipstation.com | shipping, order fulfilment | $SHIPSTATION
ShipBob | | shipbob.com | fulfilment, 3pl | $SHIPBOB
Shippo | | goshippo.com | shipping labels | $SHIPPO
EasyPost | | easypost.com | shipping api | $EASYPOST
Route | | route.com | package protection, order tracking | $ROUTE
Loop Returns | | loopreturns.com | returns | Loop; $LOOP RETURNS
Narvar | | narvar.com | post-purchase, returns, order tracking | $NARVAR
AfterShip | | aftership.com | order tracking, returns | $AFTERSHIP
Authorize.net | Visa | authorize.net | payment gateway | $AUTHORIZE.NET
Worldpay | | worldpay.com | payments, acquiring | $WORLDPAY
GoCardless | | gocardless.com | direct debit, recurring payments | $GOCARDLESS
Mollie | | mollie.com | payments | $MOLLIE
Razorpay | | razorpay.com | payments | $RAZORPAY
2Checkout | Verifone | 2checkout.com avangate.com | merchant of record, payments | ~Avangate; Verifone 2Checkout; $2CO.COM
Ecwid | Lightspeed | ecwid.com | online store | $ECWID
Lightspeed | | lightspeedhq.com | pos, retail, restaurant pos | Lightspeed Retail; Lightspeed Restaurant; $LIGHTSPEED
Big Cartel | | bigcartel.com | online store, artists | $BIG CARTEL
Volusion | | volusion.com | ecommerce platform | $VOLUSION
Shift4Shop | Shift4 | shift4shop.com 3dcart.com | ecommerce platform | ~3dcart; $SHIFT4SHOP
Salsify | | salsify.com | product information management, pim | $SALSIFY
Akeneo | | akeneo.com | product information management, pim | $AKENEO
Feedonomics | | feedonomics.com | product feeds, marketplaces | $FEEDONOMICS
Channable | | channable.com | product feeds | $CHANNABLE
Rithum | | rithum.com channeladvisor.com | marketplaces, product feeds | ~ChannelAdvisor; ~CommerceHub; $RITHUM
Amazon Seller Central | Amazon | sellercentral.amazon.com | marketplace selling | Amazon Seller; Amazon Marketplace Seller Fees
Etsy | | etsy.com | marketplace selling, handmade | Etsy Seller; $ETSY.COM
Zoho Commerce | Zoho | zoho.com/commerce | online store | $ZOHO COMMERCE
Swell | | swell.is | headless commerce | $SWELL
Sezzle | | sezzle.com | buy now pay later | $SEZZLE
Rebuy | | rebuyengine.com | upsell, personalisation, shopify | $REBUY
Okendo | | okendo.io | reviews, shopify | $OKENDO
Judge.me | | judge.me | reviews, shopify | $JUDGE.ME
`),
  ...parseCuratedBlock('analytics_cdp', `
Segment | Twilio | segment.com segment.io | customer data platform, cdp, event tracking | Twilio Segment; !Segment.io, Inc.; $SEGMENT.IO; $SEGMENT.COM; $TWILIO SEGMENT
Amplitude | | amplitude.com | product analytics, experimentation | !Amplitude, Inc.; $AMPLITUDE; $AMPLITUDE INC
Mixpanel | | mixpanel.com | product analytics, event analytics | !Mixpanel, Inc.; $MIXPANEL
Google Analytics | Google | analytics.google.com marketingplatform.google.com/about/analytics | web analytics, ga4 | Google Analytics 4; GA4; Universal Analytics; Google Analytics 360; Google Analytics Enhanced eCommerce; GA360
Google Tag Manager | Google | tagmanager.google.com | tag manager, tracking | GTM; Google Tag Manager 360
Hotjar | Contentsquare | hotjar.com | heatmaps, session recording, surveys, user feedback | !Hotjar Ltd; $HOTJAR; $HOTJAR LTD; Hotjar Incoming Feedback; Hotjar Surveys
Optimizely | | optimizely.com optimizely.net | a/b testing, experimentation, feature flags, personalisation | !Optimizely, Inc.; ~Episerver; $OPTIMIZELY; Optimizely Web Experimentation; Optimizely Feature Experimentation
FullStory | | fullstory.com | session replay, digital experience analytics | Fullstory; $FULLSTORY
Pendo | | pendo.io | product analytics, in-app guides, user onboarding | $PENDO.IO; $PENDO
mParticle | Rokt | mparticle.com | customer data platform, cdp | $MPARTICLE
Hightouch | | hightouch.com hightouch.io | reverse etl, customer data platform, data activation | $HIGHTOUCH
Qualtrics | | qualtrics.com | survey, experience management, customer feedback, employee feedback | !Qualtrics, LLC; $QUALTRICS; Qualtrics XM
Typeform | | typeform.com | survey, forms, quizzes, form builder, lead generation | !Typeform S.L.; $TYPEFORM; $TYPEFORM SL; $TYPEFORM.COM
SurveyMonkey | | surveymonkey.com surveymonkey.net | survey, forms, questionnaires, feedback | ~Momentive; !SurveyMonkey Inc.; !SVMK Inc.; $SURVEYMONKEY; $SVMK INC; $SURVEYMONKEY.COM; SurveyMonkey Enterprise; Momentive.ai
Adobe Marketo Measure | Adobe | bizible.com | marketing attribution, b2b attribution | ~Bizible; Marketo Measure
Adobe Analytics | Adobe | business.adobe.com/products/analytics adobelaunch.com | web analytics, enterprise analytics | ~Omniture; ~SiteCatalyst; Adobe Audience Manager; Adobe Experience Platform; Adobe Target; Adobe Launch; Adobe DTM; Adobe Experience Platform Launch; Adobe Client Data Layer
Heap | Contentsquare | heap.io heapanalytics.com | product analytics, autocapture | Heap Analytics; $HEAP
Contentsquare | | contentsquare.com | digital experience analytics, heatmaps | $CONTENTSQUARE
Crazy Egg | | crazyegg.com | heatmaps, a/b testing | $CRAZY EGG
Mouseflow | | mouseflow.com | session replay, heatmaps | Mouse Flow; $MOUSEFLOW
Lucky Orange | | luckyorange.com | heatmaps, session recording | $LUCKY ORANGE
Smartlook | Cisco | smartlook.com | session replay, product analytics | $SMARTLOOK
PostHog | | posthog.com | product analytics, session replay, feature flags | $POSTHOG
Matomo | | matomo.org matomo.cloud | web analytics, privacy-friendly analytics | Matomo Cloud; ~Piwik; $MATOMO
Plausible Analytics | | plausible.io | web analytics, privacy-friendly analytics | Plausible; $PLAUSIBLE
Fathom Analytics | | usefathom.com | web analytics, privacy-friendly analytics | Fathom; $FATHOM ANALYTICS
Piwik PRO | | piwik.pro | web analytics, consent | $PIWIK PRO
Kissmetrics | | kissmetrics.io kissmetrics.com | product analytics | KISSmetrics; $KISSMETRICS
Woopra | | woopra.com | customer journey analytics | $WOOPRA
Chartbeat | | chartbeat.com | content analytics, publishers | $CHARTBEAT
Parse.ly | WordPress VIP | parse.ly | content analytics | $PARSE.LY
VWO | Wingify | vwo.com | a/b testing, experimentation, heatmaps | Visual Website Optimizer; $VWO; $WINGIFY
AB Tasty | | abtasty.com | a/b testing, personalisation | $AB TASTY
Kameleoon | | kameleoon.com | a/b testing, personalisation | $KAMELEOON
Convert | | convert.com | a/b testing | Convert Experiences; $CONVERT.COM
Tealium | | tealium.com | tag manager, customer data platform | Tealium iQ; Tealium AudienceStream; $TEALIUM
RudderStack | | rudderstack.com | customer data platform, event streaming | $RUDDERSTACK
Treasure Data | | treasuredata.com | customer data platform | $TREASURE DATA
Lytics | | lytics.com | customer data platform | $LYTICS
ActionIQ | Uniphore | actioniq.com | customer data platform | $ACTIONIQ
Amperity | | amperity.com | customer data platform | $AMPERITY
BlueConic | | blueconic.com | customer data platform | $BLUECONIC
Optimove | | optimove.com | customer data platform, crm marketing | $OPTIMOVE
Dreamdata | | dreamdata.io | b2b attribution | $DREAMDATA
HockeyStack | | hockeystack.com | b2b attribution, analytics | $HOCKEYSTACK
Ruler Analytics | | ruleranalytics.com | marketing attribution, call tracking | $RULER ANALYTICS
CallRail | | callrail.com | call tracking, marketing attribution | $CALLRAIL
Triple Whale | | triplewhale.com | ecommerce analytics, attribution | $TRIPLE WHALE
Northbeam | | northbeam.io | marketing attribution | $NORTHBEAM
Rockerbox | | rockerbox.com | marketing attribution | $ROCKERBOX
Jotform | | jotform.com | forms, form builder, survey | $JOTFORM
Formstack | | formstack.com | forms, workflows, documents | $FORMSTACK
Wufoo | SurveyMonkey | wufoo.com | forms, form builder | $WUFOO
Tally | | tally.so | forms, form builder | Tally Forms; $TALLY.SO
Fillout | | fillout.com | forms, form builder | $FILLOUT
Cognito Forms | | cognitoforms.com | forms | $COGNITO FORMS
Gravity Forms | Rocketgenius | gravityforms.com | forms, wordpress forms | $GRAVITY FORMS
Alchemer | | alchemer.com surveygizmo.com | survey | ~SurveyGizmo; $ALCHEMER
QuestionPro | | questionpro.com | survey | $QUESTIONPRO
Medallia | | medallia.com | customer experience, feedback | $MEDALLIA
Survicate | | survicate.com | survey, in-product feedback | $SURVICATE
Sprig | | sprig.com | in-product surveys, user research | $SPRIG
UserTesting | | usertesting.com userzoom.com | user research, usability testing | UserZoom; $USERTESTING
Maze | | maze.co | user research, usability testing | $MAZE
Dovetail | | dovetail.com dovetailapp.com | user research repository | $DOVETAIL
Lookback | | lookback.com lookback.io | user interviews, usability testing | $LOOKBACK
GetFeedback | Momentive | getfeedback.com usabilla.com | customer feedback | ~Usabilla; $GETFEEDBACK
WalkMe | SAP | walkme.com | digital adoption, in-app guidance | $WALKME
Whatfix | | whatfix.com | digital adoption, in-app guidance | $WHATFIX
Appcues | | appcues.com | user onboarding, product tours | $APPCUES
Userpilot | | userpilot.com | user onboarding, product analytics | $USERPILOT
Chameleon | | chameleon.io trychameleon.com | product tours | $CHAMELEON
UserGuiding | | userguiding.com | user onboarding, product tours | $USERGUIDING
Google Looker Studio | Google | lookerstudio.google.com datastudio.google.com | marketing dashboards, reporting | ~Google Data Studio; Looker Studio; Data Studio
Supermetrics | | supermetrics.com | marketing data, reporting connectors | $SUPERMETRICS
Improvado | | improvado.io | marketing data, etl | $IMPROVADO
Adverity | | adverity.com | marketing data, reporting | $ADVERITY
Whatagraph | | whatagraph.com | marketing reporting | $WHATAGRAPH
AgencyAnalytics | | agencyanalytics.com | marketing reporting, agencies | $AGENCYANALYTICS
DashThis | | dashthis.com | marketing reporting | $DASHTHIS
Databox | | databox.com | kpi dashboards | $DATABOX
Microsoft Clarity | Microsoft | clarity.microsoft.com | heatmaps, session recording | Clarity
`),
  ...parseCuratedBlock('data_bi', `
Funnel | | funnel.io | marketing data, reporting | Funnel.io; $FUNNEL.IO
Snowflake |  | snowflake.com snowflakecomputing.com streamlit.io | data warehouse, data cloud | !Snowflake Inc.; $SNOWFLAKE; $SNOWFLAKE INC; Streamlit
Looker | Google | looker.com cloud.google.com/looker | bi, dashboards, semantic layer | Google Looker; Looker (Google Cloud core)
Tableau | Salesforce | tableau.com | bi, data visualisation, dashboards | Tableau Cloud; Tableau Online; Tableau Server; Tableau Desktop; !Tableau Software, LLC; $TABLEAU; $TABLEAU SOFTWARE
Power BI | Microsoft | powerbi.microsoft.com powerbi.com | bi, dashboards, data visualisation | Microsoft Power BI; Power BI Pro; Power BI Premium; Power BI Service; $MSFT *POWER BI
dbt Cloud | dbt Labs | getdbt.com | data transformation, analytics engineering | dbt; $DBT LABS
Fivetran | | fivetran.com | etl, elt, data pipelines | $FIVETRAN
Databricks | | databricks.com | data lakehouse, machine learning, spark | Azure Databricks; $DATABRICKS
Metabase | | metabase.com | bi, dashboards | $METABASE
Hex | | hex.tech | data notebooks, analytics | $HEX TECHNOLOGIES
Monte Carlo | | montecarlodata.com | data observability | $MONTE CARLO DATA
Mode | ThoughtSpot | mode.com | bi, sql notebooks | Mode Analytics; $MODE ANALYTICS
BigQuery | Google | cloud.google.com/bigquery | data warehouse | Google BigQuery
Domo | | domo.com | bi, dashboards | $DOMO
Qlik | | qlik.com | bi, data integration | Qlik Sense; QlikView; Qlik Cloud; $QLIK
Sigma Computing | | sigmacomputing.com | bi, spreadsheets on data warehouse | Sigma; $SIGMA COMPUTING
ThoughtSpot | | thoughtspot.com | bi, search analytics | $THOUGHTSPOT
Sisense | | sisense.com periscopedata.com | bi, embedded analytics | ~Periscope Data; $SISENSE
Stitch | Qlik | stitchdata.com | etl, data pipelines | $STITCH DATA
Airbyte | | airbyte.com | etl, data pipelines | Airbyte Cloud; $AIRBYTE
Matillion | | matillion.com | etl, data pipelines | $MATILLION
Alteryx | | alteryx.com | analytics automation, data prep | $ALTERYX
Dataiku | | dataiku.com | data science, machine learning | $DATAIKU
ClickHouse Cloud | ClickHouse | clickhouse.com | analytics database | ClickHouse; $CLICKHOUSE
Census | Fivetran | getcensus.com | reverse etl, data activation | $CENSUS
Atlan | | atlan.com | data catalog, data governance | $ATLAN
Alation | | alation.com | data catalog | $ALATION
Collibra | | collibra.com | data governance, data catalog | $COLLIBRA
Informatica | Salesforce | informatica.com | data integration, data management | Informatica Intelligent Cloud Services; $INFORMATICA
Talend | Qlik | talend.com | data integration | $TALEND
Microsoft Fabric | Microsoft | fabric.microsoft.com | data platform, lakehouse | Fabric
Klipfolio | | klipfolio.com | kpi dashboards | $KLIPFOLIO
Geckoboard | | geckoboard.com | kpi dashboards, tv dashboards | $GECKOBOARD
Observable | | observablehq.com | data visualisation, notebooks | $OBSERVABLE
Deepnote | | deepnote.com | data notebooks | $DEEPNOTE
Amazon Redshift | Amazon Web Services | aws.amazon.com/redshift | data warehouse | AWS Redshift; Redshift
Amazon QuickSight | Amazon Web Services | aws.amazon.com/quicksight | bi, dashboards | QuickSight
Azure Synapse Analytics | Microsoft | azure.microsoft.com/products/synapse-analytics | data warehouse | Synapse
`),
  ...parseCuratedBlock('collaboration_pm', `
Asana | | asana.com | project management, tasks, work management | !Asana, Inc.; $ASANA; $ASANA.COM; $ASANA INC
monday.com | | monday.com | project management, work management, boards | Monday; Monday.com Work Management; monday CRM; !monday.com Ltd.; $MONDAY.COM; ~dapulse
Miro | | miro.com realtimeboard.com | whiteboard, brainstorming, diagrams, workshops | ~RealtimeBoard; !RealtimeBoard, Inc.; $MIRO.COM; $MIRO; $REALTIMEBOARD
Notion | | notion.so notion.com | wiki, docs, notes, knowledge base, project management | !Notion Labs, Inc.; $NOTION LABS INC; $NOTION.SO; $NOTION LABS; Notion AI; Notion Calendar; ~Cron
Confluence | Atlassian | atlassian.com/software/confluence | wiki, documentation, knowledge base | Atlassian Confluence; Confluence Cloud; Confluence SAML SSO by Microsoft
Jira | Atlassian | atlassian.com/software/jira atlassian.net | issue tracking, agile, bug tracking, sprints | Atlassian Jira; Jira Software; Jira Cloud; Jira Work Management; Jira Product Discovery; JIRA SAML SSO by Microsoft; Atlassian Jira Issue Collector; !Atlassian Pty Ltd; !Atlassian US, Inc.; $ATLASSIAN; $ATLASSIAN PTY LTD; $ATLASSIAN.COM; $ATLASSIAN US INC; Atlassian Cloud
Trello | Atlassian | trello.com | kanban, boards, tasks | $TRELLO; $TRELLO.COM; ~Trello, Inc.
Smartsheet | | smartsheet.com | project management, spreadsheets, work management | !Smartsheet Inc.; $SMARTSHEET; $SMARTSHEET INC
Airtable | | airtable.com | database, spreadsheets, no-code | !Formagrid Inc.; $AIRTABLE; $AIRTABLE.COM; $FORMAGRID
Lucid | Lucid Software | lucid.co lucidchart.com lucid.app | diagrams, flowcharts, whiteboard | Lucidchart; Lucidspark; Lucidscale; !Lucid Software Inc.; $LUCID SOFTWARE; $LUCIDCHART
Linear | | linear.app | issue tracking, product development | !Linear Orbit, Inc.; $LINEAR.APP; $LINEAR
Productboard | | productboard.com | product management, roadmaps | $PRODUCTBOARD
Aha! | | aha.io | product management, roadmaps | Aha Roadmaps; $AHA.IO; $AHA! LABS
Adobe Workfront | Adobe | workfront.com | work management, marketing operations | ~Workfront; ~AtTask; $WORKFRONT
ClickUp | | clickup.com | project management, tasks, docs | !Mango Technologies, Inc.; $CLICKUP; $CLICKUP.COM
Wrike | | wrike.com | project management, work management | !Wrike, Inc.; $WRIKE
Basecamp | 37signals | basecamp.com | project management | !37signals LLC; $BASECAMP; $37SIGNALS
Teamwork.com | | teamwork.com | project management, client work | Teamwork; $TEAMWORK.COM
Mural | | mural.co | whiteboard, workshops | !Tactivos, Inc.; $MURAL; $TACTIVOS
Coda | Grammarly | coda.io | docs, wiki, no-code | $CODA
Quip | Salesforce | quip.com | docs, collaboration | Salesforce Quip; $QUIP
Microsoft Project | Microsoft | microsoft.com/microsoft-365/project | project management, project portfolio | Project Online; Project Plan 3; Project Plan 5
Microsoft Visio | Microsoft | microsoft.com/microsoft-365/visio | diagrams, flowcharts | Visio; Visio Plan 2
Shortcut | | shortcut.com clubhouse.io | issue tracking, agile | ~Clubhouse; $SHORTCUT
Zenhub | | zenhub.com | agile, github project management | $ZENHUB
Hive | | hive.com | project management | $HIVE
Nifty | | niftypm.com | project management | $NIFTY
Float | | float.com | resource planning, scheduling | $FLOAT
Resource Guru | | resourceguruapp.com | resource scheduling | $RESOURCE GURU
Kantata | | kantata.com mavenlink.com | professional services automation, resource management | ~Mavenlink; ~Kimble; $KANTATA
Planview | | planview.com | portfolio management, work management | Planview AdaptiveWork; ~Clarizen; LeanKit; $PLANVIEW
ProofHub | | proofhub.com | project management | $PROOFHUB
Zoho Projects | Zoho | zoho.com/projects | project management | $ZOHO PROJECTS
Scoro | | scoro.com | work management, agencies | $SCORO
Workamajig | | workamajig.com | agency project management | $WORKAMAJIG
Slab | | slab.com | wiki, knowledge base | $SLAB
Tettra | | tettra.com | wiki, knowledge base | $TETTRA
Nuclino | | nuclino.com | wiki, docs | $NUCLINO
Slite | | slite.com | wiki, docs | $SLITE
GitBook | | gitbook.com | documentation, docs, knowledge base | $GITBOOK
Craft | | craft.do | docs, notes | $CRAFT DOCS
Whimsical | | whimsical.com | diagrams, wireframes, whiteboard | $WHIMSICAL
Height | | height.app | project management | $HEIGHT
Harvest | | getharvest.com harvestapp.com | time tracking, invoicing | !Harvest Inc.; $HARVEST; $HARVESTAPP
Toggl Track | Toggl | toggl.com | time tracking | Toggl; $TOGGL
Clockify | CAKE.com | clockify.me | time tracking | $CLOCKIFY
Everhour | | everhour.com | time tracking | $EVERHOUR
Todoist | Doist | todoist.com | tasks, to-do list | !Doist Inc.; $TODOIST; $DOIST
Twist | Doist | twist.com | team chat, async communication | $TWIST
Dropbox Paper | Dropbox | paper.dropbox.com | docs, collaboration | Paper
`),
  ...parseCuratedBlock('communication', `
Loom | Atlassian | loom.com | video messaging, screen recording, async video | !Loom, Inc.; $LOOM; $LOOM.COM; $LOOM INC
Calendly | | calendly.com | meeting scheduling, scheduling links, booking | !Calendly LLC; $CALENDLY; $CALENDLY.COM; $CALENDLY LLC
Slack | Salesforce | slack.com slack-edge.com | team chat, messaging, channels, huddles | !Slack Technologies, LLC; !Slack Technologies, Inc.; $SLACK; $SLACK TECHNOLOGIES; $SLACK T; Slack Enterprise Grid; Slack Pro; Slack Business+
Zoom | | zoom.us zoom.com zoomgov.com | video conferencing, meetings, webinar, phone, video calls | Zoom Workplace; Zoom Meetings; Zoom Phone; Zoom Rooms; Zoom Video; Zoom One; Zoom Contact Center; !Zoom Video Communications, Inc.; !Zoom Communications, Inc.; $ZOOM.US; $ZOOM.US 888-799-9666; $ZOOM.COM 888-799-9666; $ZOOM VIDEO COMMUNICATIONS; $ZOOM VIDEO COMM; $ZOOM.US 888 799 9666; $PAYPAL *ZOOMVIDEOCO; $ZOOM COMMUNICATIONS
Microsoft Teams | Microsoft | teams.microsoft.com microsoft.com/microsoft-teams | team chat, video conferencing, meetings | MS Teams; Teams; Microsoft Teams Premium; Microsoft Teams Essentials; Microsoft Teams Phone; Microsoft Teams Rooms; ~Skype for Business; ~Lync; $MSFT *TEAMS
Webex | Cisco | webex.com | video conferencing, meetings | Cisco Webex; Webex Meetings; Webex Calling; ~WebEx; $WEBEX; $CISCO WEBEX; $CISCO*WEBEX
RingCentral | | ringcentral.com | business phone, voip, video meetings, contact centre | RingCentral MVP; RingEX; RingCentral Video; !RingCentral, Inc.; $RINGCENTRAL; $RINGCENTRAL INC
Aircall | | aircall.io | business phone, call centre, voip | !Aircall SAS; $AIRCALL; $AIRCALL.IO
Staffbase | | staffbase.com | employee communications, intranet, employee app | $STAFFBASE
Otter.ai | | otter.ai | meeting notes, transcription | Otter; !AISense, Inc.; $OTTER.AI
Fireflies.ai | | fireflies.ai | meeting notes, transcription | Fireflies; $FIREFLIES.AI
Google Meet | Google | meet.google.com | video conferencing, meetings | ~Google Hangouts Meet; ~Hangouts Meet
Dialpad | | dialpad.com | business phone, voip, contact centre | $DIALPAD
8x8 | | 8x8.com | business phone, voip, contact centre | !8x8, Inc.; $8X8 INC; $8X8
Vonage | Ericsson | vonage.com | business phone, voip | Vonage Business Communications; $VONAGE
Nextiva | | nextiva.com | business phone, voip | $NEXTIVA
Grasshopper | GoTo | grasshopper.com | virtual phone number | $GRASSHOPPER
Quo | | quo.com openphone.com | business phone, virtual phone number | ~OpenPhone; $OPENPHONE
JustCall | | justcall.io | business phone, call centre | $JUSTCALL
CloudTalk | | cloudtalk.io | business phone, call centre | $CLOUDTALK
GoTo Connect | GoTo | goto.com/connect gotoconnect.com | business phone, video meetings | GoTo Meeting; ~GoToMeeting; ~Jive; $GOTOMEETING; $LOGMEIN*GOTOMEETING
Whereby | | whereby.com | video meetings | ~appear.in; $WHEREBY
Discord | | discord.com discord.gg | community chat, voice chat | Discord Nitro; $DISCORD
Mattermost | | mattermost.com | team chat, self-hosted chat | $MATTERMOST
Rocket.Chat | | rocket.chat | team chat | $ROCKET.CHAT
Flock | | flock.com | team chat | $FLOCK
Front | | front.com frontapp.com | shared inbox, customer communication | !FrontApp, Inc.; $FRONTAPP; $FRONT
Superhuman | | superhuman.com | email client | $SUPERHUMAN
Missive | | missiveapp.com | shared inbox | $MISSIVE
Zoho Mail | Zoho | zoho.com/mail | email hosting | $ZOHO MAIL
Fastmail | | fastmail.com | email hosting | $FASTMAIL
Proton | | proton.me protonmail.com | encrypted email, vpn, password manager | Proton Mail; ProtonMail; Proton VPN; $PROTON AG
Simpplr | | simpplr.com | intranet, employee communications | $SIMPPLR
Workvivo | Zoom | workvivo.com | employee experience, intranet | $WORKVIVO
LumApps | | lumapps.com | intranet | $LUMAPPS
Unily | | unily.com | intranet | $UNILY
Poppulo | | poppulo.com | employee communications | $POPPULO
Happeo | | happeo.com | intranet | $HAPPEO
Krisp | | krisp.ai | noise cancellation, meeting notes | $KRISP
tl;dv | | tldv.io | meeting recorder, meeting notes | tldv; $TLDV
Grain | | grain.com | meeting recorder | $GRAIN
Read AI | | read.ai | meeting notes | $READ AI
WhatsApp Business | Meta | business.whatsapp.com | business messaging | WhatsApp Business Chat; WhatsApp Business Platform
`),
  ...parseCuratedBlock('security_identity', `
Okta | | okta.com oktapreview.com okta-emea.com | sso, identity provider, mfa, user provisioning | Okta Workforce Identity; Okta SSO; Okta Workflows; !Okta, Inc.; $OKTA; $OKTA INC
1Password | | 1password.com 1password.eu agilebits.com | password manager, secrets management | !AgileBits Inc.; $1PASSWORD; $AGILEBITS; 1Password Business
CrowdStrike Falcon | CrowdStrike | crowdstrike.com | endpoint security, edr, threat intelligence | CrowdStrike; Falcon; !CrowdStrike, Inc.; $CROWDSTRIKE
Duo | Cisco | duo.com duosecurity.com | mfa, two-factor authentication, zero trust | Duo Security; Cisco Duo; $DUO SECURITY
Auth0 | Okta | auth0.com auth0.github.io | customer identity, authentication, login | Okta Customer Identity; $AUTH0
Cloudflare Zero Trust | Cloudflare | cloudflare.com/zero-trust cloudflareaccess.com | zero trust, secure access, vpn replacement | Cloudflare Access; Cloudflare One; Cloudflare Gateway; ~Cloudflare for Teams
KnowBe4 | | knowbe4.com | security awareness training, phishing simulation | $KNOWBE4
Wiz | | wiz.io | cloud security, cspm | $WIZ
Snyk | | snyk.io | application security, dependency scanning | $SNYK
Proofpoint | | proofpoint.com | email security | $PROOFPOINT
Abnormal Security | | abnormalsecurity.com abnormal.ai | email security | Abnormal AI; $ABNORMAL SECURITY
SentinelOne | | sentinelone.com | endpoint security, edr | $SENTINELONE
Tenable | | tenable.com | vulnerability management | Tenable Vulnerability Management; Tenable.io; Nessus; $TENABLE
Rapid7 | | rapid7.com | siem, vulnerability management, detection and response | Rapid7 InsightIDR; InsightVM; $RAPID7
Netskope | | netskope.com | sase, casb, secure web gateway | $NETSKOPE
LastPass | | lastpass.com | password manager | !LastPass US LP; $LASTPASS; $LASTPASS.COM; ~LogMeIn LastPass
Microsoft Entra ID | Microsoft | entra.microsoft.com microsoftonline.com | identity, sso, conditional access | ~Azure Active Directory; ~Azure AD; Microsoft Entra; Entra ID; AAD; Microsoft Entra ID P1; Microsoft Entra ID P2
JumpCloud | | jumpcloud.com | directory, sso, device management | $JUMPCLOUD
OneLogin | One Identity | onelogin.com | sso, identity provider | $ONELOGIN
Ping Identity | | pingidentity.com | sso, identity | PingOne; PingFederate; $PING IDENTITY
CyberArk | | cyberark.com | privileged access, identity security | CyberArk Identity; ~Idaptive; $CYBERARK
BeyondTrust | | beyondtrust.com | privileged access, remote support | ~Bomgar; BeyondTrust Remote Support; $BEYONDTRUST
Keeper Security | | keepersecurity.com | password manager | Keeper; $KEEPER SECURITY
Bitwarden | | bitwarden.com | password manager | !Bitwarden, Inc.; $BITWARDEN
Dashlane | | dashlane.com | password manager | !Dashlane, Inc.; $DASHLANE
NordPass | Nord Security | nordpass.com | password manager | $NORDPASS
Zscaler | | zscaler.com zscaler.net | sase, secure web gateway, zero trust | Zscaler Internet Access; Zscaler Private Access; ZIA; ZPA; $ZSCALER
Palo Alto Networks Prisma Access | Palo Alto Networks | paloaltonetworks.com | sase, firewall | Prisma Access; Prisma Cloud; GlobalProtect; Cortex XDR; $PALO ALTO NETWORKS
Cisco Umbrella | Cisco | umbrella.com opendns.com | dns security, secure web gateway | ~OpenDNS; $CISCO UMBRELLA
Mimecast | | mimecast.com | email security, archiving | $MIMECAST
Sophos | | sophos.com | endpoint security, firewall | Sophos Central; $SOPHOS
Malwarebytes | | malwarebytes.com | antivirus, endpoint security | $MALWAREBYTES
Bitdefender | | bitdefender.com | antivirus, endpoint security | GravityZone; $BITDEFENDER; $2CO.COM*BITDEFENDER
Norton | Gen Digital | norton.com | antivirus | NortonLifeLock; Gen Digital; $NORTON; $NORTONLIFELOCK
McAfee | | mcafee.com | antivirus | $MCAFEE
ESET | | eset.com | antivirus, endpoint security | $ESET
Arctic Wolf | | arcticwolf.com | managed detection and response, soc | $ARCTIC WOLF
Huntress | | huntress.com | managed edr, security awareness | Curricula; $HUNTRESS
Expel | | expel.com | managed detection and response | $EXPEL
Red Canary | Zscaler | redcanary.com | managed detection and response | $RED CANARY
Orca Security | | orca.security | cloud security | $ORCA SECURITY
Aqua Security | | aquasec.com | container security | $AQUA SECURITY
Veracode | | veracode.com | application security | $VERACODE
Checkmarx | | checkmarx.com | application security | $CHECKMARX
GitGuardian | | gitguardian.com | secrets detection | $GITGUARDIAN
Semgrep | | semgrep.dev semgrep.com | static analysis, application security | $SEMGREP
HackerOne | | hackerone.com | bug bounty, penetration testing | $HACKERONE
Bugcrowd | | bugcrowd.com | bug bounty | $BUGCROWD
Detectify | | detectify.com | external attack surface, web scanning | $DETECTIFY
Intruder | | intruder.io | vulnerability scanning | $INTRUDER
Qualys | | qualys.com | vulnerability management | $QUALYS
Invicti | | invicti.com acunetix.com netsparker.com | web vulnerability scanning | Acunetix; Acunetix 360; ~Netsparker; $INVICTI
Burp Suite | PortSwigger | portswigger.net | web security testing | Burp Suite Professional; Burp Suite Enterprise Edition; $PORTSWIGGER
Tines | | tines.com | security automation | $TINES
Tailscale | | tailscale.com | vpn, zero trust networking | $TAILSCALE
Twingate | | twingate.com | zero trust networking | $TWINGATE
NordLayer | Nord Security | nordlayer.com | business vpn | $NORDLAYER
NordVPN | Nord Security | nordvpn.com | vpn | $NORDVPN; $NORDVPN.COM
ExpressVPN | Kape | expressvpn.com | vpn | $EXPRESSVPN
Perimeter 81 | Check Point | perimeter81.com | business vpn, zero trust | Harmony SASE; $PERIMETER 81
Check Point | | checkpoint.com | firewall, email security | Avanan; Harmony Email; $CHECK POINT
Teleport | | goteleport.com | infrastructure access | $TELEPORT
StrongDM | | strongdm.com | infrastructure access | $STRONGDM
Doppler | | doppler.com | secrets management | $DOPPLER
Nightfall AI | | nightfall.ai | data loss prevention | Nightfall; $NIGHTFALL
Varonis | | varonis.com | data security | $VARONIS
Netwrix | | netwrix.com | data security, auditing | $NETWRIX
Ironscales | | ironscales.com | email security | $IRONSCALES
Cofense | | cofense.com | phishing defence | $COFENSE
Hoxhunt | | hoxhunt.com | security awareness training | $HOXHUNT
BigID | | bigid.com | data discovery, privacy | $BIGID
Securiti | | securiti.ai | data security, privacy | $SECURITI
Microsoft Defender | Microsoft | microsoft.com/security/business/microsoft-defender | endpoint security, edr, email security | Microsoft Defender for Endpoint; Microsoft Defender for Office 365; Microsoft Defender for Cloud; Microsoft Defender for Cloud Apps; ~Microsoft Cloud App Security; ~Windows Defender ATP; ~Azure ATP
Microsoft Sentinel | Microsoft | azure.microsoft.com/products/microsoft-sentinel | siem, soar | ~Azure Sentinel
Microsoft Purview | Microsoft | purview.microsoft.com | data governance, information protection, compliance | ~Azure Purview; Microsoft Information Protection; ~Azure Information Protection
Google reCAPTCHA | Google | google.com/recaptcha | captcha, bot protection | reCAPTCHA; reCAPTCHA Enterprise
hCaptcha | Intuition Machines | hcaptcha.com | captcha, bot protection | $HCAPTCHA
Cloudflare Turnstile | Cloudflare | cloudflare.com/products/turnstile | captcha, bot protection | Turnstile
Stytch | | stytch.com | authentication api | $STYTCH
Clerk | | clerk.com clerk.dev | authentication, user management | $CLERK
WorkOS | | workos.com | sso api, directory sync | $WORKOS
Frontegg | | frontegg.com | authentication, user management | $FRONTEGG
`),
  ...parseCuratedBlock('developer_infra', `
GitHub | Microsoft | github.com githubusercontent.com githubassets.com | git, code hosting, pull requests, ci, actions | GitHub Enterprise; GitHub Team; GitHub Actions; GitHub Codespaces; GitHub Advanced Security; GitHub Pages; npm; !GitHub, Inc.; $GITHUB, INC.; $GITHUB.COM; $GITHUB; $GH *GITHUB
GitHub Copilot | Microsoft | github.com/features/copilot | ai coding assistant | Copilot for Business; $GITHUB COPILOT
GitLab | | gitlab.com about.gitlab.com | git, code hosting, ci, devops | GitLab Self-Managed; GitLab Dedicated; GitLab CI/CD; GitLab Premium; GitLab Ultimate; !GitLab Inc.; $GITLAB; $GITLAB INC
Bitbucket | Atlassian | bitbucket.org | git, code hosting, ci | Atlassian Bitbucket; Bitbucket Cloud; Bitbucket Pipelines
Datadog | | datadoghq.com datadoghq.eu | monitoring, observability, apm, logs | !Datadog, Inc.; $DATADOG; $DATADOG INC; Datadog RUM
Sentry | | sentry.io | error tracking, performance monitoring | !Functional Software, Inc.; $SENTRY; $FUNCTIONAL SOFTWARE
PagerDuty | | pagerduty.com | incident management, on-call | $PAGERDUTY
Amazon Web Services | Amazon | aws.amazon.com amazonaws.com awsstatic.com | cloud, iaas, hosting, compute, storage | AWS; Amazon EC2; Amazon S3; Amazon CloudFront; Amazon RDS; Amazon ECS; Amazon EFS; Amazon ELB; Amazon ALB; Amazon Aurora; Amazon Cognito; Amazon CloudWatch; Amazon CloudWatch RUM; AWS Lambda; AWS IAM Identity Center; AWS Single Sign-On; Amazon Web Services (AWS); !Amazon Web Services, Inc.; !Amazon Web Services EMEA SARL; $AMAZON WEB SERVICES; $AWS EMEA; $AWS.AMAZON.CO; $AMZN WEB SERVICES; $AWS
Google Cloud | Google | cloud.google.com googleapis.com gcr.io | cloud, iaas, hosting, compute | Google Cloud Platform; GCP; Google Compute Engine; Google Kubernetes Engine; Google App Engine; Google Cloud Storage; $GOOGLE *CLOUD; $GOOGLE*CLOUD; $GOOGLE CLOUD
Microsoft Azure | Microsoft | azure.microsoft.com azure.com windows.net azurewebsites.net | cloud, iaas, hosting, compute | Azure; ~Windows Azure; Azure Portal; Azure CLI; Azure CDN; Azure Front Door; Azure Monitor; Azure AD B2C; Azure Virtual Desktop; $MICROSOFT*AZURE; $MSFT *AZURE; $MICROSOFT AZURE
Vercel | | vercel.com vercel.app | frontend hosting, serverless, next.js | ~ZEIT; !Vercel Inc.; $VERCEL; $VERCEL INC
Cloudflare | | cloudflare.com cloudflare.net workers.dev pages.dev | cdn, dns, ddos protection, waf | Cloudflare Workers; Cloudflare Pages; Cloudflare R2; Cloudflare DNS; Cloudflare Bot Management; Cloudflare Zaraz; Cloudflare Stream; Cloudflare Browser Insights; Cloudflare Rocket Loader; !Cloudflare, Inc.; $CLOUDFLARE; $CLOUDFLARE INC
Docker | | docker.com docker.io | containers, container registry | Docker Business; Docker Desktop; Docker Hub; !Docker, Inc.; $DOCKER; $DOCKER INC
HCP Terraform | HashiCorp | hashicorp.com terraform.io app.terraform.io | infrastructure as code | ~Terraform Cloud; Terraform Enterprise; HashiCorp Cloud Platform; HashiCorp Vault; HCP Vault; $HASHICORP
CircleCI | | circleci.com | ci, continuous integration | $CIRCLECI
LaunchDarkly | | launchdarkly.com | feature flags, experimentation | $LAUNCHDARKLY
Postman | | postman.com getpostman.com | api development, api testing | $POSTMAN
JetBrains | | jetbrains.com | ide, developer tools | JetBrains IDEs; IntelliJ IDEA; PyCharm; WebStorm; JetBrains All Products Pack; !JetBrains s.r.o.; $JETBRAINS; $JETBRAINS S.R.O.
MongoDB Atlas | MongoDB | mongodb.com | database, nosql | MongoDB; $MONGODB; $MONGODB INC
Statuspage | Atlassian | statuspage.io atlassian.com/software/statuspage | status page, incident communication | Atlassian Statuspage; $STATUSPAGE
Opsgenie | Atlassian | opsgenie.com | on-call, alerting | Atlassian Opsgenie; $OPSGENIE
SonarQube | SonarSource | sonarsource.com sonarcloud.io sonarqube.org | code quality, static analysis | SonarQube Server; SonarQube Cloud; SonarCloud; $SONARSOURCE
JFrog | | jfrog.com jfrog.io | artifact repository, devops | JFrog Artifactory; Artifactory; $JFROG
Cursor | Anysphere | cursor.com cursor.sh | ai code editor, ai coding assistant | !Anysphere, Inc.; $CURSOR; $CURSOR.COM; $CURSOR AI; $ANYSPHERE
Heroku | Salesforce | heroku.com herokuapp.com | paas, app hosting | $HEROKU
Netlify | | netlify.com netlify.app | frontend hosting, jamstack | !Netlify, Inc.; $NETLIFY
DigitalOcean | | digitalocean.com | cloud, vps, hosting | !DigitalOcean, LLC; $DIGITALOCEAN; $DIGITALOCEAN.COM
Akamai | | akamai.com linode.com | cdn, security, cloud computing | ~Linode; Akamai Connected Cloud; Akamai Bot Manager; Akamai mPulse; $AKAMAI; $LINODE
Vultr | | vultr.com | cloud, vps | $VULTR
Hetzner | | hetzner.com | cloud, dedicated servers | Hetzner Cloud; !Hetzner Online GmbH; $HETZNER
OVHcloud | | ovhcloud.com ovh.com | cloud, dedicated servers | OVH; $OVH
Render | | render.com | paas, app hosting | $RENDER
Fly.io | | fly.io | paas, app hosting | $FLY.IO
Railway | | railway.com railway.app | paas, app hosting | $RAILWAY
Supabase | | supabase.com supabase.co | database, backend as a service, postgres | $SUPABASE
Firebase | Google | firebase.google.com | backend as a service, mobile backend | Google Firebase
PlanetScale | | planetscale.com | database, mysql | $PLANETSCALE
Neon | Databricks | neon.tech neon.com | database, postgres | $NEON
Redis Cloud | Redis | redis.io redis.com | database, cache | Redis; ~Redis Labs; $REDIS
Elastic Cloud | Elastic | elastic.co | search, observability, logs | Elastic; Elasticsearch Service; Elastic APM; $ELASTIC
Confluent | | confluent.io confluent.cloud | kafka, data streaming | Confluent Cloud; $CONFLUENT
New Relic | | newrelic.com nr-data.net | monitoring, observability, apm | !New Relic, Inc.; $NEW RELIC
Dynatrace | | dynatrace.com | monitoring, observability | $DYNATRACE
Honeycomb | | honeycomb.io | observability | $HONEYCOMB
Grafana Cloud | Grafana Labs | grafana.com grafana.net | monitoring, dashboards, observability | Grafana; $GRAFANA LABS
Sumo Logic | | sumologic.com | logs, siem, observability | $SUMO LOGIC
Logz.io | | logz.io | logs, observability | $LOGZ.IO
Papertrail | SolarWinds | papertrail.com papertrailapp.com | logs | $PAPERTRAIL
Better Stack | | betterstack.com betteruptime.com logtail.com | uptime monitoring, logs, status page | ~Better Uptime; ~Logtail; $BETTER STACK
Pingdom | SolarWinds | pingdom.com | uptime monitoring | $PINGDOM
UptimeRobot | | uptimerobot.com | uptime monitoring | $UPTIMEROBOT
StatusCake | | statuscake.com | uptime monitoring | $STATUSCAKE
Checkly | | checklyhq.com | synthetic monitoring | $CHECKLY
incident.io | | incident.io | incident management | $INCIDENT.IO
FireHydrant | | firehydrant.com firehydrant.io | incident management | $FIREHYDRANT
Rootly | | rootly.com | incident management | $ROOTLY
Buildkite | | buildkite.com | ci | $BUILDKITE
Travis CI | | travis-ci.com | ci | $TRAVIS CI
Bitrise | | bitrise.io | mobile ci | $BITRISE
Azure DevOps | Microsoft | dev.azure.com visualstudio.com | ci, repos, boards | ~Visual Studio Team Services; ~VSTS; Azure Boards; Azure Pipelines; Azure Repos
Visual Studio | Microsoft | visualstudio.microsoft.com | ide, msdn subscriptions | Visual Studio Subscription; Visual Studio Enterprise; Visual Studio Professional; ~MSDN
Replit | | replit.com repl.it | online ide, ai app builder | $REPLIT
Tabnine | | tabnine.com | ai coding assistant | $TABNINE
Windsurf | | windsurf.com codeium.com | ai code editor, ai coding assistant | ~Codeium; $CODEIUM; $WINDSURF
Sourcegraph | | sourcegraph.com | code search, ai coding assistant | Cody; $SOURCEGRAPH
OpenAI API | OpenAI | platform.openai.com | llm api, ai api | OpenAI Platform; $OPENAI *API; $OPENAI API
Anthropic API | Anthropic | console.anthropic.com | llm api, ai api | Claude API; Claude Console; $ANTHROPIC API
Hugging Face | | huggingface.co | ml models, ai platform | $HUGGINGFACE; $HUGGING FACE
Replicate | | replicate.com | ml models api | $REPLICATE
Pinecone | | pinecone.io | vector database | $PINECONE
Weights & Biases | CoreWeave | wandb.ai wandb.com | ml experiment tracking | W&B; $WEIGHTS & BIASES
Cohere | | cohere.com | llm api | $COHERE
Mapbox | | mapbox.com | maps api | $MAPBOX
Google Maps Platform | Google | mapsplatform.google.com developers.google.com/maps | maps api | Google Maps API; Google Maps; $GOOGLE *MAPS
Fastly | | fastly.com | cdn, edge computing | $FASTLY
Bunny.net | | bunny.net bunnycdn.com | cdn | BunnyCDN; $BUNNY.NET
imgix | | imgix.com | image cdn | $IMGIX
Mux | | mux.com | video api, video streaming | $MUX
Platform.sh | | platform.sh upsun.com | paas | Upsun; $PLATFORM.SH
Kong Konnect | Kong | konghq.com | api gateway | Kong; Insomnia; $KONG INC
Apigee | Google | cloud.google.com/apigee | api management | Google Apigee
MuleSoft | Salesforce | mulesoft.com | integration, api management | MuleSoft Anypoint Platform; $MULESOFT
Retool | | retool.com | internal tools, low-code | $RETOOL
Appsmith | | appsmith.com | internal tools, low-code | $APPSMITH
OutSystems | | outsystems.com | low-code | $OUTSYSTEMS
Mendix | Siemens | mendix.com | low-code | $MENDIX
Temporal Cloud | Temporal | temporal.io | workflow orchestration | Temporal; $TEMPORAL TECHNOLOGIES
Astronomer | | astronomer.io | airflow, data orchestration | Astro; $ASTRONOMER
Pulumi | | pulumi.com | infrastructure as code | $PULUMI
Spacelift | | spacelift.io | infrastructure as code | $SPACELIFT
Harness | | harness.io | ci, cd, devops | $HARNESS
Octopus Deploy | | octopus.com | deployment automation | $OCTOPUS DEPLOY
BrowserStack | | browserstack.com | cross-browser testing, mobile testing | Percy; $BROWSERSTACK
Sauce Labs | | saucelabs.com | cross-browser testing | $SAUCE LABS
LambdaTest | | lambdatest.com | cross-browser testing | ~TestMu AI; $LAMBDATEST
Cypress Cloud | Cypress.io | cypress.io | end-to-end testing | Cypress; $CYPRESS.IO
mabl | | mabl.com | test automation | $MABL
Applitools | | applitools.com | visual testing | $APPLITOOLS
TestRail | Idera | testrail.com gurock.com | test management | $TESTRAIL; $GUROCK
SmartBear | | smartbear.com | api testing, test management | SwaggerHub; Zephyr; ReadyAPI; $SMARTBEAR
ReadMe | | readme.com readme.io | api documentation, developer hub | $README
Mintlify | | mintlify.com | documentation | $MINTLIFY
Unity | | unity.com unity3d.com | game engine, 3d | Unity Pro; $UNITY TECHNOLOGIES
Expo | | expo.dev | mobile app development, react native | EAS; $EXPO
ngrok | | ngrok.com | tunnels, ingress | $NGROK
Tailwind Plus | Tailwind Labs | tailwindcss.com | ui components, css | ~Tailwind UI; $PADDLE.NET* TAILWIND UI; $PADDLE.NET* TAILWINDUI
TablePlus | | tableplus.com | database gui | $PADDLE.NET* TABLEPLUS; $TABLEPLUS
Twilio | | twilio.com | sms api, voice api, messaging api, communications platform | !Twilio Inc.; $TWILIO; $TWILIO INC; Twilio Flex; Twilio Verify
Vonage Communications APIs | Vonage | vonage.com/communications-apis nexmo.com | sms api, voice api | ~Nexmo; Vonage API; $NEXMO
Bird | | bird.com messagebird.com | sms api, messaging | ~MessageBird; $MESSAGEBIRD
Plivo | | plivo.com | sms api, voice api | $PLIVO
Sinch | | sinch.com | sms api, messaging | $SINCH
Stream | | getstream.io | chat api, activity feeds | GetStream; $STREAM.IO
Pusher | | pusher.com | realtime api | $PUSHER
Ably | | ably.com | realtime api | $ABLY
`),
  ...parseCuratedBlock('it_operations', `
Jamf Pro | Jamf | jamf.com jamfcloud.com | apple device management, mdm | Jamf; Jamf School; Jamf Connect; Jamf Protect; $JAMF
Jira Service Management | Atlassian | atlassian.com/software/jira/service-management | itsm, service desk, ticketing | ~Jira Service Desk; JSM
ServiceNow | | servicenow.com service-now.com | itsm, service desk, workflows | ServiceNow ITSM; Now Platform; !ServiceNow, Inc.; $SERVICENOW
Freshservice | Freshworks | freshservice.com | itsm, service desk | !Freshworks Inc.; $FRESHSERVICE; $FRESHWORKS
Microsoft Intune | Microsoft | intune.microsoft.com | device management, mdm, endpoint management | Intune; Microsoft Endpoint Manager; Microsoft Intune Suite; ~Microsoft Endpoint Configuration Manager; ~System Center Configuration Manager; Windows Autopilot
BetterCloud | | bettercloud.com | saas management, user lifecycle automation | $BETTERCLOUD
TeamViewer |  | teamviewer.com monitis.com | remote access, remote support | !TeamViewer Germany GmbH; $TEAMVIEWER
Splunk | Cisco | splunk.com | siem, logs, observability | Splunk Enterprise; Splunk Cloud; Splunk Observability; $SPLUNK
Workato | | workato.com | integration, workflow automation, ipaas | $WORKATO
Zapier | | zapier.com | workflow automation, integrations, no-code automation | !Zapier, Inc.; $ZAPIER.COM/CHARGE; $ZAPIER; $ZAPIER.COM; $ZAPIER.COM
Druva | | druva.com | backup, saas backup | $DRUVA
Veeam | | veeam.com | backup, disaster recovery | Veeam Backup & Replication; Veeam Backup for Microsoft 365; $VEEAM
Envoy | | envoy.com | visitor management, workplace, desk booking | $ENVOY
Kandji | | kandji.io | apple device management, mdm | Iru; $KANDJI
Mosyle | | mosyle.com | apple device management, mdm | $MOSYLE
NinjaOne | | ninjaone.com ninjarmm.com | rmm, endpoint management, patching | ~NinjaRMM; $NINJAONE
Kaseya | | kaseya.com | rmm, it management | Kaseya VSA; Datto; Datto RMM; Datto Workplace; Datto File Protection; Spanning Backup; $KASEYA; $DATTO
ConnectWise | | connectwise.com | rmm, psa, remote support | ConnectWise ScreenConnect; ScreenConnect; ConnectWise Manage; $CONNECTWISE
N-able | | n-able.com | rmm | $N-ABLE
Atera | | atera.com | rmm, psa | $ATERA
SolarWinds | | solarwinds.com | network monitoring, it management | SolarWinds Service Desk; SolarWinds Observability; $SOLARWINDS
Auvik | | auvik.com | network monitoring | $AUVIK
ManageEngine | Zoho | manageengine.com | itsm, endpoint management | ServiceDesk Plus; Endpoint Central; ~Desktop Central; $MANAGEENGINE
Ivanti |  | ivanti.com pulsesecure.net | endpoint management, itsm | ~MobileIron; ~Pulse Secure; $IVANTI
Tanium | | tanium.com | endpoint management | $TANIUM
Automox | | automox.com | patch management | $AUTOMOX
SysAid | | sysaid.com | itsm, service desk | $SYSAID
TOPdesk | | topdesk.com | itsm, service desk | $TOPDESK
HaloITSM | Halo Service Solutions | haloitsm.com | itsm, service desk | $HALOITSM
Lansweeper | | lansweeper.com | it asset management | $LANSWEEPER
Torii | | toriihq.com | saas management | $TORII
Zluri | | zluri.com | saas management | $ZLURI
Productiv | | productiv.com | saas management | $PRODUCTIV
Vendr | | vendr.com | saas buying, procurement | $VENDR
Zylo | | zylo.com | saas management | $ZYLO
Cledara | | cledara.com | saas management, software spend | $CLEDARA
Tropic | | tropicapp.io | procurement, saas buying | $TROPIC
Oomnitza | | oomnitza.com | it asset management | $OOMNITZA
AnyDesk | | anydesk.com | remote access, remote support | !AnyDesk Software GmbH; $ANYDESK
GoTo Resolve | GoTo | goto.com/it-management logmeinrescue.com | remote support, it management | ~LogMeIn Rescue; LogMeIn Central; $LOGMEIN RESCUE
Splashtop | | splashtop.com | remote access, remote support | $SPLASHTOP
Backblaze | | backblaze.com | backup, cloud storage | Backblaze B2; $BACKBLAZE
Carbonite | OpenText | carbonite.com | backup | $CARBONITE
Acronis | | acronis.com | backup, cyber protection | $ACRONIS
Rubrik | | rubrik.com | backup, data security | $RUBRIK
Cohesity | | cohesity.com | backup, data management | $COHESITY
Barracuda | | barracuda.com | email security, backup, firewall | $BARRACUDA
Salesforce Own | Salesforce | ownbackup.com | salesforce backup | ~OwnBackup; $OWNBACKUP
Make | Celonis | make.com integromat.com | workflow automation, integrations | ~Integromat; $MAKE.COM; $INTEGROMAT
n8n | | n8n.io | workflow automation, integrations | n8n Cloud; $PADDLE.NET* N8N; $N8N
Tray.io | | tray.io tray.ai | integration, ipaas | Tray.ai; $TRAY.IO
IFTTT | | ifttt.com | automation | $IFTTT
Boomi | | boomi.com | integration, ipaas | Dell Boomi; $BOOMI
Celigo | | celigo.com | integration, ipaas | $CELIGO
Microsoft Power Automate | Microsoft | powerautomate.microsoft.com flow.microsoft.com | workflow automation, rpa | Power Automate; ~Microsoft Flow; Power Automate Premium
Robin | | robinpowered.com | desk booking, room booking | $ROBIN POWERED
PaperCut | | papercut.com | print management | $PAPERCUT
Moveworks | ServiceNow | moveworks.com | it support, ai assistant | $MOVEWORKS
Microsoft (first-party) | Microsoft | microsoft.com | microsoft services | Microsoft first-party app
`),
  ...parseCuratedBlock('finance', `
NetSuite | Oracle | netsuite.com | erp, accounting, financials | Oracle NetSuite; !NetSuite Inc.; $NETSUITE; $ORACLE NETSUITE
Expensify | | expensify.com | expenses, expense reports, receipts | !Expensify, Inc.; $EXPENSIFY; $EXPENSIFY INC
Ramp | | ramp.com | corporate cards, expenses, spend management, bill pay | $RAMP
BILL | | bill.com | accounts payable, bill pay, invoicing | Bill.com; BILL Spend & Expense; ~Divvy; !BILL Operations, LLC; $BILL.COM
Navan | | navan.com tripactions.com | travel and expense, corporate travel | ~TripActions; $NAVAN
Zip | | ziphq.com | procurement, intake to pay | $ZIP HQ
Carta | | carta.com | cap table, equity management | $CARTA
Avalara | | avalara.com | sales tax, tax compliance | AvaTax; $AVALARA
Pigment | | pigment.com | business planning, fp&a | $PIGMENT
Anaplan | | anaplan.com | business planning, fp&a | $ANAPLAN
QuickBooks Online | Intuit | quickbooks.intuit.com quickbooks.com | accounting, bookkeeping, invoicing | QuickBooks; Intuit QuickBooks; QuickBooks Payroll; QuickBooks Time; ~TSheets; $INTUIT *QBOOKS ONLINE; $INTUIT *QUICKBOOKS; $INTUIT *QBOOKS; $QBOOKS ONLINE; !Intuit Inc.
FloQast | | floqast.com | month-end close, accounting | $FLOQAST
SAP Concur | SAP | concur.com | travel and expense, invoices | Concur; Concur Expense; Concur Travel; $CONCUR; $SAP CONCUR
Xero | | xero.com | accounting, bookkeeping, invoicing | !Xero Limited; $XERO; $XERO AUSTRALIA; Hubdoc
Sage Intacct | Sage | sageintacct.com | accounting, financials | Intacct; $SAGE INTACCT
Sage | | sage.com | accounting, payroll | Sage Business Cloud; Sage 50; $SAGE SOFTWARE
FreshBooks | | freshbooks.com | accounting, invoicing | $FRESHBOOKS
Wave | | waveapps.com | accounting, invoicing | Wave Financial; $WAVE FINANCIAL
Zoho Books | Zoho | zoho.com/books | accounting | $ZOHO BOOKS
Brex | | brex.com | corporate cards, spend management | $BREX
Airbase | Paylocity | airbase.com | spend management | $AIRBASE
Spendesk | | spendesk.com | spend management, expenses | $SPENDESK
Pleo | | pleo.io | expenses, company cards | $PLEO
Payhawk | | payhawk.com | spend management | $PAYHAWK
Emburse | | emburse.com certify.com chromeriver.com | expenses | Certify; Chrome River; Abacus; $EMBURSE
Coupa | | coupa.com | procurement, spend management | $COUPA
Tipalti | | tipalti.com | accounts payable, payouts | $TIPALTI
Stampli | | stampli.com | accounts payable | $STAMPLI
AvidXchange | | avidxchange.com | accounts payable | $AVIDXCHANGE
Procurify | | procurify.com | procurement | $PROCURIFY
Bench | | bench.co | bookkeeping | $BENCH ACCOUNTING
Pilot | | pilot.com | bookkeeping, tax | $PILOT.COM
BlackLine | | blackline.com | close management, reconciliation | $BLACKLINE
Workiva | | workiva.com | financial reporting, esg reporting | $WORKIVA
Planful | | planful.com hostanalytics.com | fp&a | ~Host Analytics; $PLANFUL
Workday Adaptive Planning | Workday | adaptiveinsights.com | fp&a, budgeting | ~Adaptive Insights
Cube | | cubesoftware.com | fp&a | $CUBE SOFTWARE
Vena | | venasolutions.com | fp&a | $VENA SOLUTIONS
Maxio | | maxio.com chargify.com saasoptics.com | subscription billing, saas metrics | ~Chargify; ~SaaSOptics; $MAXIO
Payoneer | | payoneer.com | payouts, cross-border payments | $PAYONEER
Wise Business | Wise | wise.com transferwise.com | international payments | ~TransferWise; Wise; $WISE
Revolut Business | Revolut | revolut.com | business banking | $REVOLUT
Mercury | | mercury.com | business banking | $MERCURY
Melio | | meliopayments.com | bill pay | $MELIO
HighRadius | | highradius.com | accounts receivable | $HIGHRADIUS
Billtrust | | billtrust.com | accounts receivable | $BILLTRUST
Versapay | | versapay.com | accounts receivable | $VERSAPAY
Dext | | dext.com receipt-bank.com | receipts, bookkeeping | ~Receipt Bank; $DEXT
Kyriba | | kyriba.com | treasury | $KYRIBA
Vertex | | vertexinc.com | tax compliance | $VERTEX INC
Sovos | | sovos.com | tax compliance | $SOVOS
Anrok | | anrok.com | sales tax, saas tax | $ANROK
Pulley | | pulley.com | cap table | $PULLEY
Ledgy | | ledgy.com | equity management | $LEDGY
Rydoo | | rydoo.com | expenses | $RYDOO
Fyle | | fylehq.com | expenses | $FYLE
Zoho Expense | Zoho | zoho.com/expense | expenses | $ZOHO EXPENSE
Odoo | | odoo.com | erp, accounting, crm | $ODOO
Microsoft Dynamics 365 | Microsoft | dynamics.microsoft.com dynamics.com | erp, crm, business central | Dynamics 365; Dynamics 365 Sales; Dynamics 365 Customer Service; Dynamics 365 Business Central; Dynamics 365 Finance; ~Dynamics CRM; ~Dynamics NAV; ~Dynamics AX; $MSFT *DYNAMICS
SAP S/4HANA Cloud | SAP | sap.com | erp | SAP S/4HANA; SAP ERP; SAP Business ByDesign; SAP Business One
Oracle Fusion Cloud ERP | Oracle | oracle.com/erp | erp | Oracle ERP Cloud; Oracle Fusion
`),
  ...parseCuratedBlock('hr', `
Workday | | workday.com myworkday.com | hris, hcm, payroll, financials | Workday HCM; Workday Recruiting; Workday Financials; !Workday, Inc.; $WORKDAY
BambooHR | | bamboohr.com | hris, people data, onboarding | !BambooHR LLC; $BAMBOOHR
Greenhouse | | greenhouse.com greenhouse.io | recruiting, applicant tracking, ats | Greenhouse Recruiting; !Greenhouse Software, Inc.; $GREENHOUSE SOFTWARE; $GREENHOUSE.IO
Lattice | | lattice.com latticehq.com | performance reviews, okrs, engagement surveys | !Degree, Inc.; $LATTICE
Culture Amp | | cultureamp.com | engagement surveys, performance | !Culture Amp Pty Ltd; $CULTURE AMP
Rippling | | rippling.com | hris, payroll, device management | !Rippling People Center Inc.; $RIPPLING
Gusto | | gusto.com | payroll, benefits | ~ZenPayroll; !Gusto, Inc.; $GUSTO; $ZENPAYROLL
ADP | | adp.com | payroll, hcm | ADP Workforce Now; ADP RUN; ADP Vantage; !ADP, Inc.; !Automatic Data Processing; $ADP PAYROLL; $ADP
Deel | | deel.com | employer of record, contractor payments, global payroll | !Deel, Inc.; $DEEL; $DEEL INC
Gem | | gem.com | recruiting, sourcing, crm for recruiting | $GEM
LinkedIn Recruiter | LinkedIn | linkedin.com/talent | recruiting, sourcing, job posts | LinkedIn Talent Solutions; LinkedIn Jobs; $LINKEDIN JOBS; $LINKEDIN RECRUITER
LinkedIn Learning | LinkedIn | linkedin.com/learning lynda.com | online courses, training | ~Lynda.com; $LINKEDIN LEARNING
Docebo | | docebo.com | lms, training | $DOCEBO
WorkRamp | | workramp.com | lms, training | $WORKRAMP
Checkr | | checkr.com | background checks | $CHECKR
Pave | | pave.com | compensation benchmarking | $PAVE
HiBob | | hibob.com | hris | Bob; $HIBOB
Lever | Employ | lever.co | recruiting, applicant tracking | $LEVER
Ashby | | ashbyhq.com | recruiting, applicant tracking | $ASHBY
SmartRecruiters | | smartrecruiters.com | recruiting, applicant tracking | $SMARTRECRUITERS
iCIMS | | icims.com | recruiting, applicant tracking | $ICIMS
Workable | | workable.com | recruiting, applicant tracking | $WORKABLE
JazzHR | Employ | jazzhr.com | recruiting | $JAZZHR
Jobvite | Employ | jobvite.com | recruiting | $JOBVITE
Recruitee | Tellent | recruitee.com | recruiting | $RECRUITEE
Teamtailor | | teamtailor.com | recruiting, careers site | $TEAMTAILOR
Personio | | personio.com personio.de | hris, payroll | $PERSONIO
Factorial | | factorialhr.com | hris | $FACTORIAL
Namely | | namely.com | hris, payroll | $NAMELY
Paylocity | | paylocity.com | payroll, hcm | $PAYLOCITY
Paycom | | paycom.com | payroll, hcm | $PAYCOM
Paychex | | paychex.com | payroll | Paychex Flex; $PAYCHEX
Paycor | | paycor.com | payroll, hcm | $PAYCOR
UKG | | ukg.com ultipro.com kronos.com | hcm, payroll, workforce management | ~Ultimate Software; ~Kronos; UKG Pro; UltiPro; $UKG
Dayforce | | dayforce.com ceridian.com | hcm, payroll | ~Ceridian; ~Ceridian Dayforce; $DAYFORCE; $CERIDIAN
Justworks | | justworks.com | peo, payroll, benefits | $JUSTWORKS
TriNet | | trinet.com zenefits.com | peo, hris | TriNet Zenefits; ~Zenefits; $TRINET
Insperity | | insperity.com | peo | $INSPERITY
Oyster | | oysterhr.com | employer of record | $OYSTER HR
Remote | | remote.com | employer of record, global payroll | Remote.com; $REMOTE.COM; $REMOTE TECHNOLOGY
Papaya Global | | papayaglobal.com | global payroll | $PAPAYA GLOBAL
Velocity Global | | velocityglobal.com | employer of record | $VELOCITY GLOBAL
Leapsome | | leapsome.com | performance, engagement | $LEAPSOME
15Five | | 15five.com | performance, engagement | $15FIVE
Betterworks | | betterworks.com | performance, okrs | $BETTERWORKS
Workleap | | workleap.com officevibe.com | engagement surveys | ~Officevibe; $WORKLEAP
Bonusly | | bonus.ly | recognition | $BONUSLY
TalentLMS | Epignosis | talentlms.com | lms, training | $TALENTLMS
360Learning | | 360learning.com | lms, training | $360LEARNING
Cornerstone OnDemand | Cornerstone | cornerstoneondemand.com csod.com | lms, talent management | Cornerstone; $CORNERSTONE ONDEMAND
SAP SuccessFactors | SAP | successfactors.com | hcm, talent management | SuccessFactors; $SUCCESSFACTORS
Oracle HCM Cloud | Oracle | oracle.com/human-capital-management taleo.net | hcm | Taleo; Oracle Taleo
Coursera for Business | Coursera | coursera.org | online courses, training | Coursera; $COURSERA
Udemy Business | Udemy | udemy.com | online courses, training | Udemy; $UDEMY
Pluralsight | | pluralsight.com | tech skills, online courses | $PLURALSIGHT
Skillsoft | | skillsoft.com | online courses | Percipio; $SKILLSOFT
Go1 | | go1.com | online courses | $GO1
Degreed | | degreed.com | learning experience | $DEGREED
Absorb LMS | Absorb Software | absorblms.com | lms | $ABSORB LMS
Thinkific | | thinkific.com | online courses, course platform | $THINKIFIC
Teachable | | teachable.com | online courses, course platform | $TEACHABLE
Kajabi | | kajabi.com | online courses, creators | $KAJABI
LearnUpon | | learnupon.com | lms | $LEARNUPON
HireRight | | hireright.com | background checks | $HIRERIGHT
Sterling | First Advantage | sterlingcheck.com | background checks | $STERLING
GoodHire | | goodhire.com | background checks | $GOODHIRE
Indeed | | indeed.com | job ads, recruiting | Indeed Hire; $INDEED
Glassdoor | | glassdoor.com | employer branding, job ads | $GLASSDOOR
ZipRecruiter | | ziprecruiter.com | job ads | $ZIPRECRUITER
Wellfound | | wellfound.com angel.co | startup recruiting | ~AngelList Talent; $WELLFOUND
Handshake | | joinhandshake.com | campus recruiting | $HANDSHAKE
Textio | | textio.com | inclusive writing, job descriptions | $TEXTIO
HireVue | | hirevue.com | video interviews | $HIREVUE
Codility | | codility.com | technical assessments | $CODILITY
HackerRank | | hackerrank.com | technical assessments | $HACKERRANK
CoderPad | | coderpad.io | technical interviews | $CODERPAD
TestGorilla | | testgorilla.com | skills assessments | $TESTGORILLA
GoodTime | | goodtime.io | interview scheduling | $GOODTIME
Beamery | | beamery.com | talent crm | $BEAMERY
Eightfold AI | | eightfold.ai | talent intelligence | Eightfold; $EIGHTFOLD
SeekOut | | seekout.com | sourcing | $SEEKOUT
hireEZ | | hireez.com hiretual.com | sourcing | ~Hiretual; $HIREEZ
Fountain | | fountain.com | high-volume hiring | $FOUNTAIN
Deputy | | deputy.com | shift scheduling, time tracking | $DEPUTY
When I Work | | wheniwork.com | shift scheduling | $WHEN I WORK
Homebase | | joinhomebase.com | shift scheduling, time tracking | $HOMEBASE
Connecteam | | connecteam.com | frontline workforce app | $CONNECTEAM
ChartHop | | charthop.com | org chart, people analytics | $CHARTHOP
OnPay | | onpay.com | payroll | $ONPAY
Guideline | Gusto | guideline.com | 401(k), retirement plans | $GUIDELINE
Human Interest | | humaninterest.com | 401(k) | $HUMAN INTEREST
Microsoft Viva | Microsoft | microsoft.com/microsoft-viva | employee experience, intranet, engagement | Viva Engage; ~Yammer; Viva Insights; Viva Learning; Viva Goals; Viva Connections; ~Workplace Analytics; ~Microsoft Glint
`),
  ...parseCuratedBlock('customer_support', `
Zendesk | | zendesk.com zdassets.com zopim.com | help desk, ticketing, live chat, knowledge base | Zendesk Support; Zendesk Suite; Zendesk Chat; ~Zopim; Zendesk Sunshine Conversations; Zendesk Guide; !Zendesk, Inc.; $ZENDESK; $ZENDESK INC; $ZENDESK.COM
Intercom | | intercom.com intercom.io intercomcdn.com | live chat, help desk, chatbot, customer messaging | Fin; !Intercom, Inc.; $INTERCOM; $INTERCOM INC; $INTERCOM.IO
Freshdesk | Freshworks | freshdesk.com | help desk, ticketing | Freshchat; Freshdesk Omni; $FRESHDESK
Salesforce Service Cloud | Salesforce | salesforce.com/service | help desk, customer service | Service Cloud; Salesforce Desk; ~Desk.com; Salesforce Experience Cloud; Salesforce Agentforce
Gainsight | | gainsight.com | customer success, churn | $GAINSIGHT
ChurnZero | | churnzero.com churnzero.net | customer success | $CHURNZERO
Talkdesk | | talkdesk.com | contact centre, call centre | $TALKDESK
Guru | | getguru.com | knowledge base, enterprise search | $GURU
Delighted | Qualtrics | delighted.com | nps, customer feedback | $DELIGHTED
Help Scout | | helpscout.com helpscout.net | help desk, shared inbox | !Help Scout PBC; $HELP SCOUT
Gorgias | | gorgias.com | ecommerce help desk, customer support | $GORGIAS
Kustomer | Meta | kustomer.com | help desk, crm for support | $KUSTOMER
Gladly | | gladly.com | customer service | $GLADLY
Dixa | | dixa.com | customer service | $DIXA
HappyFox | | happyfox.com | help desk | $HAPPYFOX
Zoho Desk | Zoho | zoho.com/desk | help desk | $ZOHO DESK
LiveAgent | Quality Unit | liveagent.com | help desk, live chat | $LIVEAGENT
LiveChat | Text | livechat.com livechatinc.com chatbot.com | live chat | !Text S.A.; ~LiveChat Software; ChatBot.com; HelpDesk.com; $LIVECHAT
Tidio | | tidio.com | live chat, chatbot | $TIDIO
Olark | | olark.com | live chat | $OLARK
Crisp | | crisp.chat | live chat, shared inbox | $CRISP
tawk.to | | tawk.to | live chat | $TAWK.TO
Kayako | | kayako.com | help desk | $KAYAKO
Groove | | groovehq.com | help desk, shared inbox | GrooveHQ; $GROOVEHQ
Five9 | | five9.com | contact centre | $FIVE9
Genesys Cloud | Genesys | genesys.com mypurecloud.com | contact centre | Genesys; ~PureCloud; $GENESYS
NICE CXone | NICE | nice.com niceincontact.com | contact centre | ~inContact; NICE inContact; $NICE
Ada | | ada.cx | ai customer service, chatbot | $ADA SUPPORT
Forethought | | forethought.ai | ai customer service | $FORETHOUGHT
LivePerson | | liveperson.com | conversational ai, messaging | $LIVEPERSON
MaestroQA | | maestroqa.com | support quality assurance | $MAESTROQA
Zendesk QA | Zendesk | klausapp.com | support quality assurance | ~Klaus; $KLAUS
Totango | | totango.com | customer success | Catalyst; $TOTANGO
Vitally | | vitally.io | customer success | $VITALLY
Planhat | | planhat.com | customer success | $PLANHAT
Document360 | Kovai | document360.com | knowledge base | $DOCUMENT360
Helpjuice | | helpjuice.com | knowledge base | $HELPJUICE
Stonly | | stonly.com | interactive guides, knowledge base | $STONLY
Trengo | | trengo.com | omnichannel inbox | $TRENGO
eDesk | | edesk.com | ecommerce help desk | $EDESK
HelpCrunch | | helpcrunch.com | live chat, help desk | $HELPCRUNCH
UserVoice | | uservoice.com | product feedback, feature requests | $USERVOICE
Canny | | canny.io | product feedback, feature requests | $CANNY
Statuspal | | statuspal.io | status page | $STATUSPAL
`),
  ...parseCuratedBlock('productivity', `
Google Workspace | Google | workspace.google.com gmail.com googleusercontent.com | email, docs, spreadsheets, calendar, video meetings, file sharing | ~G Suite; ~Google Apps for Work; Gmail; Google Drive; Google Docs; Google Sheets; Google Slides; Google Calendar; Google Forms; Google Chat; Google Vault; Google Workspace Business Standard; Google Workspace Enterprise; $GOOGLE *GSUITE; $GOOGLE*GSUITE; $GOOGLE *GOOGLE WORKSPACE; $GOOGLE *WORKSPACE; $GOOGLE GSUITE; !Google LLC
Microsoft 365 | Microsoft | microsoft365.com office.com office365.com sharepoint.com onmicrosoft.com outlook.com onedrive.com microsoft.com | email, documents, spreadsheets, file sharing, office | ~Office 365; Microsoft 365 Business Basic; Microsoft 365 Business Standard; Microsoft 365 Business Premium; Microsoft 365 E3; Microsoft 365 E5; Office 365 E3; Office 365 Exchange Online; Office 365 SharePoint Online; Exchange Online; SharePoint Online; SharePoint; OneDrive; OneDrive for Business; Outlook; Microsoft Outlook; Microsoft Word; Microsoft Excel; Microsoft PowerPoint; Microsoft OneNote; Microsoft Forms; Microsoft Planner; Microsoft Loop; Microsoft Stream; Microsoft Bookings; Microsoft To Do; Microsoft Lists; Microsoft Whiteboard; Microsoft Graph; !Microsoft Corporation; !Microsoft Ireland Operations Ltd; $MSFT *; $MSFT*; $MICROSOFT*365; $MICROSOFT*MICROSOFT 365; $MSFT *MICROSOFT 365; $MICROSOFT*OFFICE 365; $MICROSOFT 365; $MICROSOFT*SUBSCRIPTION
Microsoft Copilot | Microsoft | copilot.microsoft.com | ai assistant, chat | Microsoft 365 Copilot; Copilot for Microsoft 365; Copilot Pro; ~Bing Chat Enterprise; $MICROSOFT*COPILOT; $MSFT *COPILOT PRO
Microsoft Power Apps | Microsoft | powerapps.microsoft.com powerapps.com | low-code apps, dataverse | Power Apps; Power Platform; Power Pages; Microsoft Dataverse; ~Common Data Service; Copilot Studio; ~Power Virtual Agents; AI Builder
Windows 365 | Microsoft | windows365.microsoft.com | cloud pc, virtual desktop | Cloud PC; Windows 365 Business; Windows 365 Enterprise
Dropbox | | dropbox.com dropboxusercontent.com | file sharing, cloud storage, file sync | Dropbox Business; Dropbox Plus; Dropbox Professional; Dropbox Team; !Dropbox, Inc.; $DROPBOX; $DROPBOX*; $PAYPAL *DROPBOX
Box | | box.com box.net boxcdn.net | file sharing, cloud storage, content management | Box Business; Box Enterprise; !Box, Inc.; $BOX.COM; $BOX INC; $BOX, INC.
Grammarly | | grammarly.com grammarly.io | writing assistant, grammar checker | !Grammarly, Inc.; $GRAMMARLY; $GRAMMARLY INC; $GRAMMARLY.COM
Adobe Acrobat | Adobe | acrobat.adobe.com | pdf, pdf editor | Adobe Acrobat Pro; Adobe Acrobat Pro DC; Adobe Acrobat Standard; Acrobat; Adobe Reader; $ADOBE *ACROPRO SUBS; $ADOBE *ACROBAT; $ADOBE *ACROBAT PRO; $ADOBE ACROPRO SUBS
ChatGPT | OpenAI | chatgpt.com openai.com | ai assistant, chat, llm | ChatGPT Enterprise; ChatGPT Team; ChatGPT Business; ChatGPT Plus; ChatGPT Pro; OpenAI; !OpenAI, L.L.C.; !OpenAI OpCo, LLC; $OPENAI *CHATGPT SUBSCR; $OPENAI *CHATGPT; $OPENAI; $CHATGPT SUBSCRIPTION; $CHATGPT *SUBSCRIPTION; $OPENAI *SUBSCR
Claude | Anthropic | claude.ai anthropic.com claude.com | ai assistant, chat, llm | Anthropic; Claude Pro; Claude Team; Claude Enterprise; Claude Max; Claude Code; !Anthropic, PBC; $ANTHROPIC; $CLAUDE.AI SUBSCRIPTION; $CLAUDE.AI
Google Gemini | Google | gemini.google.com | ai assistant, chat, llm | Gemini; Gemini Advanced; Gemini for Google Workspace; Google One AI Premium; ~Google Bard; ~Duet AI; $GOOGLE *GEMINI; $GOOGLE *GOOGLE ONE
Perplexity | | perplexity.ai | ai search, ai assistant | Perplexity Pro; Perplexity Enterprise; $PERPLEXITY AI; $PERPLEXITY.AI
Mistral AI | | mistral.ai | llm, ai assistant | Le Chat; $MISTRAL AI
Glean | | glean.com | enterprise search, ai assistant | $GLEAN
Pitch | | pitch.com | presentations | $PITCH
DeepL | | deepl.com | translation, ai translation | DeepL Pro; !DeepL SE; $DEEPL; $DEEPL SE
Smallpdf | | smallpdf.com | pdf tools | !Smallpdf AG; $SMALLPDF
Evernote | Bending Spoons | evernote.com | notes | !Evernote Corporation; $EVERNOTE
WeTransfer | Bending Spoons | wetransfer.com | file transfer, large files | !WeTransfer B.V.; $WETRANSFER
Gamma | | gamma.app | ai presentations | $GAMMA
Beautiful.ai | | beautiful.ai | presentations | $BEAUTIFUL.AI
Prezi | | prezi.com | presentations | !Prezi Inc.; $PREZI
Kahoot! | | kahoot.com kahoot.it | quizzes, training games | Kahoot; $KAHOOT
Reclaim.ai | Dropbox | reclaim.ai | calendar, scheduling | Reclaim; $RECLAIM.AI
Clockwise | | getclockwise.com | calendar, focus time | $CLOCKWISE
Motion | | usemotion.com | calendar, tasks, ai planning | $MOTION
TextExpander | | textexpander.com | snippets, text expansion | $TEXTEXPANDER
Raycast | | raycast.com | launcher, ai assistant | $RAYCAST
Setapp | MacPaw | setapp.com | mac apps subscription | $SETAPP
CleanMyMac | MacPaw | macpaw.com cleanmymac.com | mac maintenance | MacPaw; $PADDLE.NET* CLEANMYMAC; $MACPAW
Egnyte | | egnyte.com | file sharing, content governance | $EGNYTE
ShareFile | Progress | sharefile.com | file sharing, client portal | Citrix ShareFile; $SHAREFILE
pCloud | | pcloud.com | cloud storage | $PCLOUD
Sync.com | | sync.com | cloud storage, file sharing | $SYNC.COM
iCloud | Apple | icloud.com | cloud storage | iCloud+; Apple iCloud Mail; $APPLE.COM/BILL
Scribe | | scribehow.com | process documentation, how-to guides | $SCRIBE
Speechify | | speechify.com | text to speech | $SPEECHIFY
Foxit | | foxit.com | pdf editor | Foxit PDF Editor; $FOXIT
Nitro | | gonitro.com | pdf editor, e-signature | Nitro PDF; $NITRO
pdfFiller | airSlate | pdffiller.com | pdf editor, forms | $PDFFILLER
LinkedIn Premium | LinkedIn | linkedin.com/premium | networking, professional profile | LinkedIn Premium Business; LinkedIn Premium Career; $LINKEDIN PREMIUM; $LINKEDIN-P; !LinkedIn Corporation; $LINKEDIN CORPORATION; $LINKEDIN *PREMIUM; $LINKEDIN PREM
`),
  ...parseCuratedBlock('legal_compliance', `
Docusign | | docusign.com docusign.net | e-signature, contracts, agreements | DocuSign; DocuSign eSignature; Docusign IAM; DocuSign CLM; !Docusign, Inc.; !DocuSign, Inc.; $DOCUSIGN; $DOCUSIGN INC; $DOCUSIGN.COM
Ironclad | | ironcladapp.com ironclad.ai | contract management, clm | $IRONCLAD
OneTrust | | onetrust.com cookielaw.org | privacy management, cookie consent, grc | OneTrust Cookie Consent; Convercent; $ONETRUST
Vanta | | vanta.com | soc 2, compliance automation, trust center | $VANTA
Drata | | drata.com | soc 2, compliance automation | $DRATA
Dropbox Sign | Dropbox | hellosign.com sign.dropbox.com | e-signature | ~HelloSign; HelloFax; $HELLOSIGN; $DROPBOX SIGN
NAVEX | | navex.com navexglobal.com | ethics hotline, policy management, grc | NAVEX EthicsPoint; EthicsPoint; EthicsPoint Incident Management (EPIM); $NAVEX
Practical Law | Thomson Reuters | legal.thomsonreuters.com/en/products/practical-law | legal research, legal know-how | $THOMSON REUTERS PRACTICAL LAW
Westlaw | Thomson Reuters | westlaw.com | legal research | Westlaw Edge; Westlaw Precision; $WESTLAW; $THOMSON REUTERS WEST
AuditBoard | | auditboard.com | audit management, sox, grc | $AUDITBOARD
Transcend | | transcend.io | privacy, data subject requests, consent | $TRANSCEND
Harvey | | harvey.ai | legal ai | $HARVEY
Adobe Acrobat Sign | Adobe | adobe.com/sign | e-signature | ~Adobe Sign; ~EchoSign; Adobe Document Cloud; $ADOBE *SIGN
Juro | | juro.com | contract management | $JURO
LinkSquares | | linksquares.com | contract management | $LINKSQUARES
SpotDraft | | spotdraft.com | contract management | $SPOTDRAFT
Agiloft | | agiloft.com | contract management | $AGILOFT
Icertis | | icertis.com | contract management | $ICERTIS
Clio | | clio.com | law practice management | $CLIO
MyCase | | mycase.com | law practice management | $MYCASE
Everlaw | | everlaw.com | ediscovery | $EVERLAW
Relativity | | relativity.com | ediscovery | RelativityOne; $RELATIVITY
Lexis+ | LexisNexis | lexisnexis.com | legal research | LexisNexis; Lexis; $LEXISNEXIS
Secureframe | | secureframe.com | soc 2, compliance automation | $SECUREFRAME
Sprinto | | sprinto.com | soc 2, compliance automation | $SPRINTO
Thoropass | | thoropass.com heylaika.com | compliance automation, audits | ~Laika; $THOROPASS
Hyperproof | | hyperproof.io | compliance operations | $HYPERPROOF
LogicGate | | logicgate.com | grc | Risk Cloud; $LOGICGATE
Osano | | osano.com | cookie consent, privacy | $OSANO
Usercentrics | | usercentrics.com cookiebot.com | cookie consent, consent management | Cookiebot; $USERCENTRICS; $COOKIEBOT
TrustArc | | trustarc.com truste.com | privacy management, cookie consent | ~TRUSTe; $TRUSTARC
DataGrail | | datagrail.io | privacy, data subject requests | $DATAGRAIL
Termly | | termly.io | privacy policies, cookie consent | $TERMLY
iubenda | | iubenda.com | privacy policies, cookie consent | $IUBENDA
CookieYes | | cookieyes.com | cookie consent | $COOKIEYES
Didomi | | didomi.io | consent management | $DIDOMI
UserWay | Level Access | userway.org | web accessibility | $USERWAY
accessiBe | | accessibe.com | web accessibility | $ACCESSIBE
AudioEye | | audioeye.com | web accessibility | $AUDIOEYE
SignNow | airSlate | signnow.com | e-signature | $SIGNNOW
Signeasy | | signeasy.com | e-signature | $SIGNEASY
Zoho Sign | Zoho | zoho.com/sign | e-signature | $ZOHO SIGN
Yousign | | yousign.com | e-signature | $YOUSIGN
Proof | | proof.com notarize.com | online notarization, e-signature | ~Notarize; $NOTARIZE; $PROOF.COM
Diligent | | diligent.com | board portal, grc | Diligent Boards; $DILIGENT
ComplyAdvantage | | complyadvantage.com | aml screening | $COMPLYADVANTAGE
Sumsub | | sumsub.com | kyc, identity verification | $SUMSUB
Onfido | Entrust | onfido.com | identity verification, kyc | $ONFIDO
Jumio | | jumio.com | identity verification, kyc | $JUMIO
Persona | | withpersona.com | identity verification, kyc | $PERSONA
Veriff | | veriff.com | identity verification, kyc | $VERIFF
`),
];
