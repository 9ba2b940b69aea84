/**
 * Word lists for matching. Stop words are dropped; question words (when,
 * where, who, how, much, many) are kept because they tell what is asked.
 */
// Contractions, chat shorthand and hedges: in a question they carry no subject, and left in they read as
// words the knowledge base lacks, which would lower confidence in a right answer.
const CHAT_FILLER = `isn't aren't wasn't weren't don't doesn't didn't can't cannot couldn't wouldn't shouldn't won't
  haven't hasn't hadn't ain't they're we're you're it's that's there's here's who's i've you've we've they've
  i'd you'd we'd they'd i'll you'll we'll they'll it'll isnt arent wasnt dont doesnt didnt cant couldnt wouldnt
  shouldnt wont havent hasnt theyre youre thats theres ive
  nah naw ish vibe vibes bc cuz coz wtf omg lmao lmk imo imho afaik iirc tbh ngl idk dunno smh tho ya yea ye
  sup heya howdy cheers peeps thru dat bein
  seem seems seemed apparently supposedly supposed oddly somehow perhaps maybe probably
  hearing heard hear saw seen clue familiar nervous urgent
  matter matters important importance significant significance`;

export const STOP_WORDS = new Set(
  `a an the and or but if then so of to in on at by for with from into onto about as is are was were be been being am
  do does did doing done have has had having i me my we our us you your he she it its they them their this that these those
  there here what which whom whose would could should can will shall may might must just also too very really quite
  any some all each both either neither not no nor only own same such than again further once more most other
  hey hi hello yo hiya bot deal-desk dealdesk desk please pls plz thanks thank thx ty quick question q one tell know
  anyone somebody someone guys folks team everyone lol haha ok okay um uh hmm like actually basically btw fyi
  gimme give get got let lets let's wondering wonder curious idea ask asking say says said mean im i'm whats what's
  re about regarding wrt r u ur gonna wanna gotta kinda sorta thing things stuff atm rn tl dr tldr yn guess pretty
  exactly sorry dumb confused lemme summarise summarize explain recap mate dude y'all yall
  between among amongst within upon whether though although because while during through throughout via else ever
  kindly wanted want wants need needs even literally honestly seriously anyway anyways wait oh ah ahh yeah yep yes
  nope hm hmm umm err rather instead
  ${CHAT_FILLER}`.split(/\s+/).filter(Boolean),
);

/** Aliases folded to one form on both the index and the query side. */
export const ALIASES: Record<string, string> = {
  // Question words typed short: "wher" is one edit from "when" too, so spelling correction would guess.
  wher: "where",
  whr: "where",
  whn: "when",
  wen: "when",
  wat: "what",
  wht: "what",
  hw: "how",
  hwo: "how",
  abt: "about",
  oai: "openai",
  orcl: "oracle",
  msft: "microsoft",
  goog: "google",
  googl: "google",
  nvda: "nvidia",
  oci: "oci",
  gw: "gigawatt",
  gigawatt: "gigawatt",
  gigawatts: "gigawatt",
  gig: "gigawatt",
  gigs: "gigawatt",
  bn: "billion",
  bil: "billion",
  billions: "billion",
  mn: "million",
  mil: "million",
  millions: "million",
  yr: "year",
  yrs: "year",
  years: "year",
  worth: "value",
  valued: "value",
  cost: "value",
  costs: "value",
  price: "value",
  pricetag: "value",
  priced: "value",
  dollars: "dollar",
  usd: "dollar",
  bucks: "dollar",
  datacenter: "datacenter",
  datacenters: "datacenter",
  dc: "datacenter",
  dcs: "datacenter",
  gpus: "gpu",
  chatgpt: "chatgpt",
  ms: "microsoft",
  azure: "azure",
  softbank: "softbank",
  jobs: "job",
  employment: "job",
  hiring: "job",
  hires: "job",
  workers: "job",
  electricity: "energy",
  power: "energy",
  powered: "energy",
  stock: "share",
  shares: "share",
  stocks: "share",
  starts: "start",
  begin: "start",
  begins: "start",
  kick: "start",
  kicks: "start",
  commence: "start",
  located: "location",
  locations: "location",
  where: "where",
  sites: "site",
  states: "state",
  training: "train",
  trained: "train",
  trains: "train",
  inferencing: "inference",
  serving: "inference",
  contracts: "contract",
  agreement: "contract",
  partnership: "partner",
  partnerships: "partner",
  partners: "partner",
  partnered: "partner",
  companies: "company",
  firms: "company",
  firm: "company",
  involved: "partner",
  stake: "stake",
  // Chat shorthand.
  rev: "revenue",
  revs: "revenue",
  govt: "government",
  gov: "government",
  ppl: "people",
  peeps: "people",
  mgmt: "management",
  infra: "infrastructure",
  biz: "business",
  approx: "approximately",
  devs: "developer",
  dev: "developer",
  intl: "international",
  natl: "national",
  america: "usa",
  american: "usa",
  americans: "usa",
  domestic: "usa",
  stateside: "usa",
  ownership: "stake",
  owns: "stake",
};

/** Places a question can ask about; for a card that names places, another place is no sign of a different subject. */
export const PLACES = new Set(
  `texas abilene michigan wisconsin wyoming mexico georgia ohio pennsylvania california virginia arizona europe france
  asia china japan india uk germany nevada oregon iowa utah florida louisiana carolina tennessee illinois seattle
  colorado indiana oklahoma minnesota dallas houston chicago london paris frankfurt tokyo singapore korea taiwan canada australia ireland norway brazil
  saudi uae dubai qatar`.split(/\s+/).filter(Boolean),
);

/**
 * Companies, people and places a question can be about. When a question names
 * one that the best card never mentions ("how much is Google's deal worth?"
 * against the Oracle deal card), the card is probably about something else.
 * OpenAI, Oracle and Stargate are left out: every card is about them.
 */
export const ENTITIES = new Set([
  ...`microsoft google alphabet amazon aws anthropic meta facebook apple nvidia amd intel softbank mgx xai
  coreweave tesla ibm musk altman ellison son nadella pichai zuckerberg bezos shapiro wsj azure oci gcp
  activision blizzard netflix uber salesforce sap broadcom qualcomm tsmc samsung dell hpe supermicro cisco crusoe
  nebius deepmind cohere mistral perplexity huawei alibaba baidu tencent bytedance tiktok spacex palantir snowflake
  databricks adobe satya sundar jensen huang catz safra amodei hassabis brockman murati sutskever`.split(/\s+/).filter(Boolean),
  ...PLACES,
]);

/** Words that start a phrase alias: texts without any skip the phrase passes (most texts, and it keeps index builds fast). */
export const PHRASE_ALIAS_CUE = /chatgpt|gpt|altman|database|\bdb\b|larry|ellison|big\s+red|austin|redmond|mountain|journal/;

/**
 * Phrases news and chat use for the companies instead of their names ("the ChatGPT maker", "the Redmond
 * giant"), rewritten to the name on both the index and the question side. Applied to lower-cased text
 * after "chat gpt" and "open ai" are joined.
 */
export const PHRASE_ALIASES: [RegExp, string][] = [
  [/\b(?:the\s+)?(?:chatgpt|gpt)(?:'s)?\s+(?:maker|makers|creator|creators|company|firm|people|folks|guys|team|developer|parent|lab)\b/g, "openai"],
  [/\b(?:makers?|creators?|parent)\s+of\s+chatgpt\b/g, "openai"],
  [/\b(?:sam\s+)?altman(?:'s)?\s+(?:company|firm|startup|shop|outfit|lab)\b/g, "openai"],
  [/\b(?:database|db)\s+(?:giant|firm|company|maker|vendor|titan|people|guys)\b/g, "oracle"],
  [/\b(?:larry(?:\s+ellison)?|ellison)(?:'s)?\s+(?:company|firm|shop|outfit)\b/g, "oracle"],
  [/\bbig\s+red\b/g, "oracle"],
  [/\baustin(?:-based)?\s+(?:software\s+|tech\s+)?(?:giant|firm|company)\b/g, "oracle"],
  [/\bredmond(?:\s+(?:giant|firm|company|folks|guys))?\b/g, "microsoft"],
  [/\bmountain\s+view(?:\s+(?:giant|firm|company))?\b/g, "google"],
  [/\bwall\s+street\s+journal\b/g, "wsj"],
  [/\bthe\s+journal\b/g, "wsj"],
];
