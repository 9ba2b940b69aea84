/**
 * Generic English ways of greeting, thanking, asking for help or for news, and asking for things the bot does not
 * do. Nothing here is about a particular story: that lives in knowledge/. Patterns run on lower-cased text with
 * trailing punctuation and emoji removed (see `plainMessage`).
 */
import { ENTERTAINMENT } from "../text/asks-entertainment.js";
import { LIVE_QUOTE } from "../text/asks-live-quote.js";

const BOT = String.raw`(?:\s+(?:there|all|everyone|folks|team|guys|y'?all|bot|friend|mate|buddy|deal\s*desk|@[\w.-]+))?`;

/** Greetings, possibly as the start of a longer message ("hi, how much…"). */
export const GREETING = new RegExp(
  String.raw`^(?:hi+|hello+|hey+|heya|hiya|yo|howdy|hallo|greetings|good\s+(?:morning|afternoon|evening|day)|morning|gm(?:\s+gm)*|sup|what'?s\s+up|wassup|hey\s+hey)${BOT}`,
);

export const THANKS = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|great|perfect|awesome|cool|nice|brilliant|amazing)[,!\s]+)?(?:thanks?(?:\s+(?:a\s+lot|so\s+much|a\s+bunch|again|mate|buddy))?|thank\s+(?:you|u|ya|yo)(?:\s+(?:so|very)\s+much)?(?:\s+(?:again|bot))?|thanks\s+(?:u|ya)|thx|tx|ty|tysm|cheers|much\s+appreciated|appreciate\s+it|that\s+helps|helpful|that\s+was\s+helpful)${BOT}`,
);

/** "new here —", "I'm new to this,": an opening that says who asks, before the message itself. */
export const NEWCOMER = /^(?:(?:hey|hi|hello|yo|ok|okay|so|um|uh)[,\s]+)*(?:(?:i'?m|im|i\s+am)\s+)?(?:(?:just\s+)?joined\s+(?:the\s+(?:team|channel|company)|today|this\s+week)|new\s+(?:here|(?:to|on|in)\s+(?:this|(?:the|our)\s+(?:team|channel|company|group|org|server)))|first\s+(?:time|day)\s+(?:here|using\s+(?:this|it|you|u|the\s+bot)))/;

/** "Anyone home?", "you there?": checking the bot is listening, answered like a greeting. */
export const PRESENCE =
  /^(?:how\s+(?:are|r)\s+(?:you|u|ya)(?:\s+(?:doing|today))?|how(?:'?s|\s+is)\s+(?:it\s+going|(?:your|ur|the)\s+(?:day|week|morning|afternoon)(?:\s+going)?|life)|hru|wbu)(?:\s+(?:bot|deal\s*desk|buddy|mate|friend))?$|^(?:(?:did|do|does)\s+)?(?:(?:every(?:one|body)|you|u|y'?all|you\s+all|all)\s+)?(?:have|had|having)\s+a\s+(?:nice|good|great|lovely|relaxing|fun)\s+(?:weekend|day|week|holiday|holidays|break|evening|night|one|time\s+off)$|^(?:happy\s+(?:friday|monday|holidays|new\s+year|thanksgiving|weekend)|tgif)(?:\s+(?:all|everyone|folks|team))?$|^how\s+was\s+(?:(?:your|ur|the|everyone'?s)\s+)?(?:weekend|holiday|break|vacation|trip)$|^(?:is\s+)?(?:any(?:one|body)|some(?:one|body))\s+(?:home|there|around|awake|alive|here|listening)$|^(?:are\s+)?(?:you|u)\s+(?:there|awake|alive|around|up|online|listening|working)$/;

/** Acknowledgements and goodbyes: a light reply in a direct conversation, silence in a channel. */
export const LIGHT = new RegExp(
  String.raw`^(?:ok(?:ay)?|k|kk|okey|alright|all\s+right|right|sure|got\s+it|gotcha|noted|understood|makes\s+sense|fair\s+enough|i\s+see|cool|nice|great|neat|perfect|awesome|wow|whoa|oh|ah|hmm+|lol|lmao|rofl|haha+|hehe+|ha|bye|bye\s+bye|goodbye|good\s+night|see\s+ya|see\s+you|later|cya|ttyl|np|no\s+worries|yes|yep|yeah|no|nope|nah|ack|\+1)${BOT}`,
);

/** "wait, …", "um …": a hesitation before asking who the bot is. */
const HESITATION = String.raw`(?:(?:wait|so|ok|okay|um+|uh+|hmm+|sorry|lol|hey|quick\s+q)\s+)*`;
export const WHO_ARE_YOU = new RegExp(
  `^${HESITATION}(?:${(/(?:who|what)\s+(?:(?:even|exactly|actually|really)\s+)?(?:are|r)\s+(?:you|u)|(?:(?:are|r)\s+(?:you|u)\s+(?:a\s+)?(?:bot|human|real|ai|person|robot))|(?:is|r)\s+(?:this|it|that|this\s+thing|deal\s*desk)\s+(?:a\s+|an\s+)?(?:bot|human|real\s+person|ai|person|robot)\b|what(?:'?s|\s+(?:even\s+|exactly\s+|actually\s+|really\s+)?is)\s+(?:this\s+bot|this\s+thing|deal\s*desk)(?!\s+\S+\s)|what\s+(?:does|do)\s+(?:this\s+bot|the\s+bot|deal\s*desk)\s+(?:(?:actually|even|really|exactly)\s+)?do$|what(?:'?s|\s+is)\s+(?:this\s+bot|this\s+thing|the\s+bot|deal\s*desk)\s+(?:(?:actually|even|really|exactly|supposed\s+to\s+be)\s+)?for$|introduce\s+yourself|who\s+(?:made|built|created|wrote|makes|runs|maintains)\s+(?:you|u|this\s+bot|the\s+bot|deal\s*desk)$/).source})`,
);

export const HELP =
  /^(?:(?:so|ok|okay|and|but|wait)\s+)?(?:help|help\s+me|halp|\?+|usage|commands|menu|options|how\s+(?:do|can|should)\s+i\s+(?:(?:even|actually|really|just|best)\s+)?(?:use|ask|talk\s+to)\s+(?:you|u|this(?:\s+(?:thing|bot|tool|app))?|it|the\s+(?:bot|thing|tool|app))|how\s+does\s+(?:this|it|the|deal\s*desk)(?:\s+(?:bot|thing|app|tool))?\s+work|what\s+(?:can|do)\s+(?:you|u)\s+(?:(?:actually|even|really|exactly|just)\s+)?(?:do|know|help\s+with|answer|cover)|what\s+can\s+i\s+ask(?:\s+(?:you|u))?|what\s+(?:(?:kind|kinds|sort|sorts|type|types)\s+of|kinda|sorta)\s+(?:questions|stuff|things)|(?:is\s+there\s+)?(?:a\s+)?list(?:\s+of)?\s+(?:the\s+|your\s+)?(?:commands|questions|topics)|what\s+questions\s+can\s+(?:you|u|i)|what\s+(?:do|does)\s+(?:you|u|deal\s*desk|this\s+bot|the\s+bot)\s+(?:(?:actually|even|really)\s+)?know(?:\s+about)?$|what\s+are\s+you\s+for|what\s+(?:topics|subjects|deals)\s+(?:do|can)\s+(?:you|u)|what\s+(?:do|can)\s+(?:you|u)\s+cover|how\s+(?:can|could)\s+(?:you|u)\s+help|what\s+is\s+this\s+for|what(?:'?s|\s+is)\s+this\s+(?:bot|thing|tool|app)\s+for|what\s+(?:does|can|will)\s+(?:this|the|your)(?:\s+[\w-]+){0,2}\s+(?:bot|tool|app)\s+do|what\s+does\s+this\s+thing\s+do|(?:can|could)\s+you\s+help(?:\s+me)?|getting\s+started|how\s+to\s+use|how\s+(?:am|are)\s+(?:i|we)\s+(?:supposed|meant)\s+to\s+(?:use|ask|talk\s+to|message|ping))/;

/**
 * "are ur answers from real articles?", "do u just make stuff up": whether the bot's answers can be trusted, at any
 * length; and "do you only know the Acme stuff or other things too": how far its knowledge goes.
 */
export const ABOUT_OWN_ANSWERS =
  /\b(?:you|u)\s+(?:only|just)\s+(?:know|cover|do|answer|handle)\b.*\b(?:other|else|more|beyond|besides|or\s+also|too|as\s+well)\b|\b(?:do|can|does|will)\s+(?:you|u)\s+(?:also\s+)?(?:know|cover|answer|handle|do)\s+(?:about\s+)?(?:anything|any\s+other|other|stuff|things|more)\b.*\b(?:besides|beyond|except|apart\s+from|other\s+than|outside(?:\s+of)?)\s+(?:the\s+|this\s+|that\s+)?[\w/&.-]+(?:\s+[\w/&.-]+)?\s+(?:stuff|things|deals?|story|topic)$|^(?:(?:so|ok|okay|and|but|wait|honest\s+q|serious\s+q)\s+)?(?:(?:are|r)\s+(?:your|ur|the\s+bot'?s)\s+answers\s+(?:(?:actually|really|even|pulled|taken|coming|drawn)\s+)?(?:from|based\s+on|sourced|made\s+up|accurate|reliable|legit|trustworthy)\b|(?:do|does)\s+(?:you|u|the\s+bot)\s+(?:just\s+)?(?:make|makes)\s+(?:stuff|things|it|answers)\s+up\b)/;

/**
 * Asking how to use the bot in words of its own ("what kinda questions do you answer", "is there a list of stuff you
 * know about"): every word is one of these, with at least one of HELP_CUES and the bot or the asker addressed.
 */
export const HELP_WORDS = new Set(
  `what which whats what's kind kinda kinds sort sorts type types of questions question topics topic subjects subject stuff things
  thing can could should would do does did i you u ya your yours ask answer answers know about cover covers is are there a an
  the list how phrase word so understand them it use using talk to with help me commands command for work works best way
  get started good deals any all able in on be my we our examples example format formats pls please plz smth something just exactly actually or somewhere anywhere full whole like menu guide manual instructions
  throw at kinda sorta am allowed cmd cmds dealdesk cheat sheet cheatsheet faq docs documentation tutorial like plain english natural language normal words sentences type typing send even this @ dm dms mention tag ping slash
  explain every time have need always each channel channels thread threads directly private privately where ur come from sources source info information too only also as well r reading read articles article based
  supposed tips tip first tag ping syntax many live old snapshot current outdated stale realtime updated some up date cutoff pull`.split(/\s+/),
);
export const HELP_CUES = new Set("ask answer answers know cover covers topics topic subjects questions commands phrase understand help use examples example format talk dm mention slash menu guide manual instructions cheat faq docs documentation tutorial sources info dms articles tips tag ping date updated outdated current live cutoff realtime".split(" "));
/** Cues that ask for the bot's help even with nobody addressed ("is there a help menu?"). */
export const HELP_ITSELF = new Set("help menu commands slash manual instructions cheat faq docs documentation tutorial dm dms".split(" "));

/** "Catch me up", "fill me in", "what did I miss": the news since the asker last looked ("been away, catch me up"). */
const CATCH_UP = /(?:^|\s)(?:(?:can|could)\s+(?:you|u)\s+)?(?:pls\s+|please\s+)?(?:catch|fill)\s+(?:me|us)\s+(?:up|in)\b|^(?:(?:a|quick|short)\s+)*catch[-\s]?up(?:\s+on\s+(?:the\s+)?(?:(?:most\s+)?recent|latest|new)\b|\s*(?:pls|plz|please)?$)|^(?:bring|get)\s+(?:me|us)\s+up\s+to\s+speed\b|(?:^|\s)what(?:\s+did|'d|\s+have|'ve)\s+(?:i|we)\s+(?:miss|missed)\b|^(?:did|have)\s+(?:i|we)\s+miss(?:ed)?\s+any(?:thing)?\b/;
/** "tl;dr of what happened lately", "recap of the week": a summary of what is new is the news. */
/** "a quick recap of the last few months", "rundown of the past week": what is new over a stretch of time. */
const RECENT_RECAP =
  /\b(?:recap|rundown|roundup|round-up|digest|summary)\s+of\s+(?:everything|all|what)\s+(?:that\s+)?(?:happened|happend|has\s+happened|went\s+down)\b|\b(?:recap|rundown|roundup|round-up|digest|summary)\s+of\s+(?:the\s+)?(?:(?:last|past)\s+(?:few\s+|couple(?:\s+of)?\s+|\d+\s+|two\s+|three\s+)?(?:days?|weeks?|months?)|(?:recent|latest)\s+(?:news|headlines|developments|updates|stories))\b|^(?:(?:a|quick|short)\s+)?(?:recap|rundown|roundup|round-up|digest)\s+(?:of|for)\s+(?:(?:the\s+)?year\s+)?(?:20\d\d|this\s+year|last\s+year|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:\s+20\d\d)?)(?:\s+(?:pls|plz|please|so\s+far))?$/;
const NEWS_DIGEST = /^(?:tl\s*;?\s*dr|summary|recap|rundown|digest)\s+(?:of\s+|on\s+)?(?:what(?:'?s|\s+has)?\s+(?:happened|new|changed)|the\s+(?:latest|news|week|month)|(?:the\s+)?(?:recent|latest|new)\s+(?:news|updates?|developments?|articles?|headlines|stories))\b/;
/** "anything happen this week?", "did anything change lately": something new, with no subject but a time. */
const HAPPENED = /^(?:did\s+|has\s+)?any(?:thing|one)?\s+(?:happen|happened|change|changed|going\s+on)(?:\s+(?:this|last)\s+(?:week|month|year)|\s+(?:lately|recently|today|yesterday)|\s+since\s+[\w\s,.'-]+)?$/;
/** "can I get a chronology of how …", "a timeline of the deal": the articles in order. */
const CHRONOLOGY = /^(?:(?:can|could)\s+(?:i|we|you|u)\s+(?:get|have|see|give\s+(?:me|us))\s+|(?:give|show|send)\s+(?:me|us)\s+|gimme\s+|(?:i|we)\s+(?:need|want)\s+)?(?:a|the)\s+(?:quick\s+|short\s+|full\s+|whole\s+|entire\s+|complete\s+)?(?:chronology|timeline)(?:\s+of\b|\s+(?:from\s+)?(?:start|beginning)\s+to\s+(?:finish|end|now)\b|$)|^(?:(?:can|could)\s+(?:i|we|you|u)\s+(?:get|have|see|give\s+(?:me|us))\s+|(?:give|show|send|tell)\s+(?:me|us)\s+|gimme\s+|(?:i|we)\s+(?:need|want)\s+)(?:a|the)\s+(?:quick\s+|short\s+|full\s+|whole\s+)?history\s+of\b.*\b(?:from\s+the\s+(?:start|beginning)|so\s+far|to\s+date|until\s+now)$/;
/** "give me the whole thing in order, from the start", "what changed lately w/ acme": the articles in order. */
const STORY_SO_FAR = /^(?:(?:can|could)\s+(?:you|u)\s+)?(?:give|walk|take|tell|run)\s+(?:me|us)\s+(?:through\s+)?(?:the\s+)?(?:whole|entire|full)\s+(?:thing|story|saga)\b.*\b(?:in\s+(?:chronological\s+)?order|from\s+the\s+(?:start|beginning|top)|chronologically)\b|^(?:so\s+)?what(?:\s+has|'?s)?\s+changed\s+(?:lately|recently|this\s+(?:week|month)|since)\b/;
/** "what's happened this week", "whats happened recently w acme": something new, with no subject but a time. */
const HAPPENED_WHEN = /^what(?:'?s|\s+has)?\s+happened\s+(?:(?:(?:this|last|past)\s+(?:week|month|year)|today|so\s+far)(?:\s+(?:with|w|w\/|at|on|to)\s+[\w\s.&'+\/-]{1,40})?$|(?:recently|lately)\b)/;
/** "what happened w acme since jan 2025": the articles since a date, of a subject. */
const SINCE_DATE = /^what(?:'?s|\s+has)?\s+happened\b.*\bsince\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|\d{4}|last\s+(?:week|month|year))\b/;
/** "what happened in 2024", "what went down between Acme and Globex back in 2024": the news of a period. */
const IN_PERIOD = /^what(?:'?s|\s+has)?\s+(?:happened|went\s+down|has\s+gone\s+down)\b.*\b(?:in|during)\s+(?:20\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:\s+20\d\d)?)(?:\s+(?:between|with|w|w\/|for|at|to)\s+[\w\s.&'+\/-]{1,40})?$/;
/** "what's been going on with Acme lately", "what happened w/ Acme recently": what is new about it. */
const LATELY = /^(?:so\s+)?what(?:'?s|\s+has)\s+been\s+(?:going\s+on|happening)\b.*\b(?:lately|recently|this\s+(?:week|month))$|^(?:so\s+)?what(?:'?s|\s+has)\s+been\s+(?:going\s+on|happening)\s+since\s+[\w\s,.'-]{2,30}$|^(?:so\s+)?what(?:'?s|\s+has)?\s+happened\s+(?:with|w|w\/|between|at|on)\s+.{1,60}\s+(?:lately|recently|of\s+late|these\s+days|this\s+(?:week|month))$/;

/** "what's new", "latest", "timeline", "anything since September?", "news on X". */
export const NEWS = new RegExp(
  `${(/^(?:so\s+)?(?:what'?s|what\s+is|whats)\s+(?:new|the\s+latest|latest|happening|the\s+news)|^(?:any(?:thing)?|what'?s)\s+(?:new|news|updates?|recent|latest)|^(?:the\s+)?latest(?:\s+(?:news|updates?|articles?|developments?|headlines))?\b|^(?:recent|latest|any)\s+(?:news|updates?|articles?|developments?|headlines)|^any\s+(?:fresh|new|recent|latest)\s+(?:[\w-]+\s+){0,2}(?:news|updates?|developments?|headlines)\b|^(?:news|updates?|headlines|timeline|time\s*line|chronology)(?:\s+(?:please|pls|plz|so\s+far))?$|^(?:show|give|gimme|get)\s+(?:me\s+|us\s+)?(?:the\s+|a\s+)?(?:(?:recent|latest|newest|new|top)\s+)?(?:news|latest|timeline|headlines|updates)|^what\s+happened\s+(?:recently|lately|since)|^(?:what'?s|what\s+has|whats)\s+been\s+(?:in\s+the\s+news|going\s+on|happening)\s+(?:lately|recently)\b|^what(?:'?s|\s+has)\s+happened\b.*\bsince\b|^anything\s+(?:new\s+|changed\s+|happened\s+)?since\b|^(?:news|updates?)\s+(?:on|about|since)\b|^what'?s\s+changed|^(?:what'?s|what\s+is|whats)\s+the\s+(?:most\s+recent|newest)\b|^(?:the\s+)?(?:most\s+recent|newest)\s+(?:news|updates?|developments?|articles?)\b/).source}|${CATCH_UP.source}|${HAPPENED.source}|${CHRONOLOGY.source}|${STORY_SO_FAR.source}|${HAPPENED_WHEN.source}|${SINCE_DATE.source}|${IN_PERIOD.source}|${LATELY.source}|${NEWS_DIGEST.source}|${RECENT_RECAP.source}`,
);

/** "summarize everything ppl said in this channel yesterday": the bot reads no chat history; a task out of scope. */
const CHAT_RECAP = /\b(?:summari[sz]e|recap|tl;?dr)\b.*\b(?:said|posted|discussed|talked\s+about|wrote|shared)\s+(?:in|on)\s+(?:this|the|our|that)\s+(?:channel|thread|chat|convo|conversation|meeting|call|standup)\b|\b(?:summari[sz]e|recap)\s+(?:this|the|our|that)\s+(?:channel|thread|chat|convo|conversation)\b/;
/** Requests for work the bot does not do, whatever the subject. */
export const OFF_TOPIC_REQUEST = new RegExp(
  `${(/^(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+|pls\s+)?translat|\btranslat(?:e|ion)\s+(?:this|that|it|these|those|for\s+(?:me|us)|of\s+(?:this|that))\b|\bin\s+(?:french|spanish|german|italian|portuguese|chinese|japanese|korean|russian|arabic|hindi|dutch)\b|^(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+|pls\s+)?(?:write|compose|draft|generate|create|make|gimme|give\s+me|give\s+us)\s+(?:me\s+|us\s+)?(?:a|an|some|the)?\s*(?:\w+\s+)?(?:poem|haiku|song|lyrics|limerick|sonnet|rap|email|e-mail|mail|essay|story|letter|memo|tweet|post|linkedin\s+post|code|script|function|program|regex|sql|query|joke|cover\s+letter|speech|slogan|summary\s+of\s+(?:this|that)\s+(?:link|url|page|pdf)|slides?|deck|slide\s+deck|presentation|powerpoint|ppt|chart|graph|diagram|spreadsheet|python|javascript|typescript|java|bash|powershell|vba|excel\s+formula)\b|\btell\s+me\s+a\s+(?:joke|story)\b|\bweather\b|\b(?:gonna|going\s+to|will\s+it)\s+(?:rain|snow|storm)\b|\bforecast\s+for\s+(?:today|tomorrow|the\s+weekend)\b|\bcapital\s+of\b|\brecipe\b|\bhoroscope\b|^(?:solve|calculate|what\s+is\s+the\s+square\s+root)\b|^(?:(?:quick|rough)\s+)?(?:calc|calcs|calculation|math|maths)\b(?!\s+behind\b)|^(?:what'?s|what\s+is)?\s*[-+]?\$?\d+(?:\.\d+)?\s*(?:[a-wyz]{1,4}\s*)?[-+*/x×÷^]\s*\d|\d[a-z%]*(?:\s+(?:thousand|million|billion|trillion|[a-z]+))?\s+(?:divided\s+by|multiplied\s+by|times|minus)\s+\d|\b\d+(?:\.\d+)?\s*[a-z]{0,4}\s+[x×*÷]\s+\d|\b\d+(?:\.\d+)?\s*[a-z]{1,4}\b.*\bin\s+(?:mwh|gwh|twh|kwh|megawatt\s+hours|gigawatt\s+hours)\b|\b(?:24\s*\/\s*7|24\s*h(?:ours?|rs?)?)\b.*\b(?:twh|gwh|mwh|kwh)\b|\b(?:twh|gwh|mwh|kwh)\b.*\b(?:24\s*\/\s*7|24\s*h(?:ours?|rs?)?)\b|\bhttps?\s*\/\/|\b\d+(?:\.\d+)?\s*(?:%|percent)\s+of\s+\$?\d|\bhttps?:\/\/|\bwww\.|\b(?:summari[sz]e|read|open|check)\s+(?:this|that|the|my|our)\s+(?:[\w-]+\s+)?(?:link|url|page|pdf|doc|docs|document|file|website|article|thread|email|deck|slides)\b|\b(?:write|turn|rewrite|draft)\s+(?:it|this|that|these|those|them|all\s+(?:that|this))\s+(?:up\s+)?(?:as|into)\s+(?:a|an|some)?\s*(?:\w+\s+)?(?:email|e-mail|mail|memo|poem|tweet|post|slides?|deck|haiku|song|letter|bullets?|bullet\s+points|press\s+release|summary|table|spreadsheet)\b|\b(?:show|do)\s+(?:me\s+)?(?:the|your|ur)\s+(?:math|maths|calculation|calc|working)\b|\bwho\s+won\b|\bplay\s+(?:a\s+)?(?:game|music|song)\b|\bset\s+(?:a\s+)?(?:reminder|timer|alarm)\b|\bdebug\b|\bfix\s+my\b/).source}|${CHAT_RECAP.source}|${LIVE_QUOTE.source}|${ENTERTAINMENT.source}`,
);

/** Words that show a short message leans on the one before it. */
export const LEANING_START =
  /^(?:and|also|plus|so|but|ok(?:ay)?\s+(?:and|so)|then|what\s+about|how\s+about|and\s+what\s+about|and\s+how\s+about|same\s+for|same\s+(?:question|q|thing)\s+(?:for|about|with)|what\s+of)\b/;
/** Openings that only make sense as a fragment of the question before: "for how many years?", "vs the whole US?", "what kind?". */
export const FRAGMENT_START = /^(?:for|over|in|by|vs\.?|versus|compared\s+(?:to|with)|relative\s+to|what\s+kinds?|which\s+kinds?|what\s+types?|what\s+sorts?|how\s+so|like\s+what|such\s+as)\b/;
/** Discourse openings ("so…", "but…") that start a question of its own when it names its own subject. */
export const SOFT_START = /^(?:so|but|ok(?:ay)?\s+so)\b/;
export const PRONOUN = /\b(?:it|its|it'?s|that|this|they|theyre|them|em|their|those|these|there|then|he|she|him|her|his|the\s+same)\b/;
/** A follow-up that only asks for the previous answer's sources. */
export const ASKS_SOURCES =
  /^(?:(?:and\s+)?(?:the\s+)?(?:sources?|srcs?|citations?|refs?|references?|links?|proof|evidence)|(?:says\s+)?who\s+says(?:\s+so)?|where\s+(?:did\s+you\s+(?:get|read|find)|is|does)\s+(?:that|this|it)(?:\s+(?:from|come\s+from))?|where\s+(?:did|does)\s+(?:that|this|it)\s+come\s+from|according\s+to\s+(?:who|whom|what)|what(?:'?s|\s+is|\s+are)\s+(?:the|your)\s+sources?|(?:any|got\s+a|have\s+a)\s+(?:sources?|links?|citations?)|who\s+(?:said|says|reported|reports|wrote|writes|claims|claimed|confirmed|announced)\s+(?:that|this|it|so)|who\s+(?:first\s+)?(?:broke|reported|published|ran|had)\s+(?:the|this|that)\s+(?:story|news|report|scoop)|how\s+do\s+(?:you|u|we)\s+know(?:\s+(?:that|this|it))?|(?:what'?s|what\s+is)\s+(?:that|this|it)\s+based\s+on|(?:source|sources|link|citation)\s+(?:for|on)\s+(?:that|this|it)|where'?s\s+(?:that|this|it)\s+from|says\s+who)$/;
/**
 * "who wrote it?", "whose article is that from?", "who's the reporter?": who wrote the source of the answer just given.
 * A card that answers who wrote an article it shares with that answer says more than the sources alone.
 */
export const ASKS_AUTHOR =
  /^(?:(?:and|ok(?:ay)?|so|but)\s+)*(?:who\s+(?:wrote|writes|penned|authored)\s+(?:it|that|this)|whose\s+(?:article|piece|story|report|reporting|byline)(?:\s+(?:is|was)\s+(?:that|this|it))?(?:\s+from)?|who(?:'?s|\s+is|\s+was)\s+the\s+(?:author|reporter|journalist|writer)(?:\s+(?:of\s+)?(?:that|this|it))?|(?:the\s+)?(?:author|byline|reporter|writer)(?:\s+(?:name|pls|please))?)$/;
/** "why the mismatch?", "why do the articles disagree on that?": why the sources of the previous answer differ. */
export const ASKS_DISAGREEMENT =
  /^(?:(?:and|but|so|ok(?:ay)?)\s+)?(?:why|how\s+come)\s+(?:(?:is|are|was|were|do|does|did)\s+)?(?:there\s+)?(?:the\s+|a\s+|such\s+a\s+|so\s+much\s+)?(?:(?:mismatch|discrepancy|difference|gap|conflict|disagreement|contradiction)s?|mixed\s+(?:messages?|signals?|numbers|figures|reports)|(?:(?:the\s+)?(?:articles?|sources?|reports?|outlets?|papers?|numbers|figures)\s+(?:disagree|differ|conflict|contradict|don'?t\s+(?:agree|match|line\s+up)|(?:do\s+)?not\s+(?:agree|match|line\s+up)|say\s+different\s+things)))\b|^(?:(?:and|but|so|then|ok(?:ay)?)\s+)*(?:why|how\s+come)\s+(?:does|do|did|would)\s+(?:one|an|another|the\s+other|some|other)\s+(?:article|source|report|outlet|paper|story|piece)s?\s+(?:say|says|said|give|gives|put|puts|have|has)\b/;
/** "how sure are you?", "is that right?", "for real?": how far to trust the previous answer, which says it again. */
export const ASKS_CONFIDENCE =
  /^(?:(?:and|but|so|ok(?:ay)?)\s+)?(?:how\s+(?:sure|confident|certain)\s+(?:are|r)\s+(?:you|u|we)|(?:are|r)\s+(?:you|u)\s+(?:sure|certain|confident)|(?:you|u)\s+sure|how\s+(?:sure|reliable|solid|certain|accurate|confident)\s+is\s+(?:that|this|it)(?:\s+(?:number|figure|info|claim|report))?|(?:is|was)\s+(?:that|this|it)\s+(?:right|correct|accurate|true|reliable|legit|for\s+real|confirmed\s+info)|really|for\s+real|seriously|legit|100%|how\s+do\s+(?:you|u)\s+know\s+(?:for\s+sure)?|can\s+(?:i|we)\s+trust\s+(?:that|this|it))(?:\s+(?:about|on|of)\s+(?:that|this|it|the\s+[\w$.%-]+(?:\s+[\w$.%-]+)?))?(?:\s+(?:tho|though|then))?$/;

/** "why?", "how come?", "why is that?": ask why of the previous question. */
export const ASKS_WHY =
  /^(?:(?:and|ok(?:ay)?|so|k)\s+)*(?:(?:but\s+)?why|how\s+come|why\s+(?:is|was)\s+that|why\s+so(?:\s+(?:much|many|big|large|high|huge|expensive|long|early|late))?|for\s+what\s+reason|what\s+for)(?:\s+(?:that|this|the)\s+(?:(?:exact|specific|particular|precise|same|big|huge|high|low|odd|random)\s+)?(?:number|figure|amount|size|much|many|date|year|one|choice|pick|place|site))?(?:\s+(?:tho|though|exactly|specifically|precisely|then))?$/;
/** A follow-up that asks why in words of its own ("why spread it out?", "but why would they do that"). */
export const WHY_FIRST = /^(?:(?:and|but|so|ok(?:ay)?)\s+)?why\b/;
/** A bare question word ("when?", "how much?", "where exactly?"). */
export const BARE_WH = /^(?:and\s+)?(?:over\s+|for\s+)?(when|since\s+when|from\s+when|where|who|how\s+much|how\s+many|how\s+long|how\s+big|which\s+one|what\s+year)(?:\s+(?:exactly|then|again|though|tho|for))?$/;

/** Leading words of a question, dropped to find what it is about ("how much is" the deal "worth"). */
export const QUESTION_LEAD =
  /^(?:(?:and|so|but|also|ok|okay|hey|hi|please|pls|quick\s+q(?:uestion)?|can\s+you\s+tell\s+me|tell\s+me(?:\s+about)?|do\s+you\s+know|i\s+wonder|explain)\s*[,:]?\s+)*(?:(?:how\s+(?:much|many|big|long|far|soon|large)|what(?:'s|\s+is|\s+are|\s+was|\s+were)?|whats|wtf|wth|when(?:'s)?|where(?:'s)?|who(?:'s)?|whom|whose|which|why|how)(?:\s*(?:and|&|\/|or)\s*(?:when|where|who|why|how))?\s+)?(?:(?:even|actually|exactly|really)\s+)?(?:(?:kinda|sorta|kind\s+of|sort\s+of|type\s+of|kinds\s+of|types\s+of)\s+)?(?:(?:is|are|r|was|were|do|does|did|will|would|can|could|should|has|have|had|much|many|(?:is|are|was|were|do|does|did|wo|would|ca|could|should|has|have)n'?t)\s+)*/;
/** Trailing words that belong to the question, not its subject. */
export const QUESTION_TAIL =
  /\s+(?:worth|cost|costs|start|starts|begin|begins|end|ends|last|lasts|run|runs|go|work|works|located|based|signed|announced|happen|happened|about|for|mean|means|involve|include|now|today|again|exactly|though|then|really|actually)$/;

/**
 * Words a message made only of small talk is written with ("ty, super helpful", "lmao ok", "cya later"). A message
 * all of these words, with no question mark, is small talk: thanks when it has a thanking word, else light.
 */
export const THANKING_WORDS = new Set("thanks thank thx tx ty tysm cheers appreciated appreciate helpful kudos grateful".split(" "));
export const CHAT_WORDS = new Set(
  [
    ...THANKING_WORDS,
    ..."ok okay k kk alright sure cool nice great neat perfect awesome wow whoa oh ah lol lmao lmfao rofl haha hahaha hehe ha".split(" "),
    ..."bye goodbye cya later ttyl np yes yep yup yeah no nope nah fair enough gotcha noted understood interesting good one".split(" "),
    ..."sweet brilliant excellent amazing legit sounds got it makes sense see you ya u super very really so much that was".split(" "),
    ..."this is bot buddy mate man dude all right indeed for the again you're youre a lot now".split(" "),
    ..."kinda ngl tbh fr lowkey honestly pretty smart helpful fast quick best goat clutch lifesaver".split(" "),
    ..."same tmrw tmr tomorrow soon brb afk gtg g2g gn gnight goodnight nite night".split(" "),
  ],
);

/**
 * Leaving for a moment or cheering someone ("brb grabbing coffee", "congrats on the launch team"): chat, whatever
 * follows, unless it asks something (a question mark or word).
 */
export const AWAY_OR_CHEER =
  /^(?:(?:ok(?:ay)?|alright|right|well|anyway|k)[,\s]+)?(?:(?:[a-z]+\s+)*?back\s+in\s+(?:\d+|a\s+(?:sec|bit|min|minute|few))|be\s+back\s+(?:soon|in)|brb|afk|gtg|g2g|be\s+right\s+back|gotta\s+(?:go|run|jump)|(?:heading|logging|signing)\s+(?:out|off)|(?:heading|hopping|jumping|going)\s+(?:in)?to\s+(?:a\s+|the\s+|my\s+)?(?:standup|stand-up|meeting|call|lunch|sync|1:1|class)|congrats|congratulations|kudos|well\s+done|good\s+(?:job|work)|great\s+(?:job|work)|nice\s+work|props|shout\s*out|(?:you'?re|youre|ur|you\s+are|u\s+r)\s+(?:the\s+(?:best|goat|man|mvp)|(?:a\s+)?(?:legend|lifesaver|life\s+saver|star|gem|champ)|awesome|amazing|great|brilliant|goated)|(?:good|great|nice|smart)\s+bot|(?:you|u)\s+rock|love\s+(?:this|it|you|u)(?:\s+bot)?|(?:(?:i'?ll|we'?ll|will|gonna|going\s+to)\s+)(?:check|look|read|dig|circle\s+back|get\s+back|follow\s+up|take\s+a\s+look|have\s+a\s+look)\b(?:[\w\s']*)\b(?:later|after|tomorrow|tmrw|tonight|soon|then)\b)\b/;
/** Words that want something told, or a request's opening verb: a message with one is a request, not a remark. */
const REQUEST_VERBS = String.raw`recommend|make|rewrite|write|create|draft|book|find|send|compose|generate|translate|draw|plan|build|fix|suggest|order|schedule|remind|set|add|put|convert|calculate|compute|play|sing|help|search|look\s+up|check|do`;
export const WANTING = new RegExp(
  String.raw`\b(?:tell|explain|give|show|list|describe|summari[sz]e|need|want|wonder(?:ing)?|curious|looking\s+for|interested|info|know|details?|pls|please|plz|best|tips?|anything|any)\b|^(?:${REQUEST_VERBS})\b`,
);
/** A request for work, asked or told: "make me a deck", "can you book a room", "pls rewrite my post". */
export const REQUEST = new RegExp(String.raw`^(?:(?:can|could|would|will)\s+(?:you|u)\s+|please\s+|pls\s+|plz\s+)?(?:${REQUEST_VERBS})\b`);
/** A task for the bot rather than a thing to be told ("book a call with our rep", "draft the memo"): not a fact question. */
const TASK_VERBS = String.raw`make|rewrite|write|create|draft|book|send|compose|generate|translate|draw|build|order|schedule|remind|set\s+up|convert|play|sing|email|call|ping|invite`;
/** "ok cool, unrelated but …", "btw random q": what comes before a request, changing the subject. */
const NEW_SUBJECT = String.raw`(?:(?:ok(?:ay)?|cool|nice|great|thanks|thx|ty|k|also|btw|oh|and|so)\s+)*(?:(?:totally\s+|completely\s+)?(?:unrelated|random|off\s*topic|different\s+topic)(?:\s+(?:but|q|question))?\s+)?`;
export const TASK_REQUEST = new RegExp(String.raw`^${NEW_SUBJECT}(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+|plz\s+)?(?:${TASK_VERBS})\b`);
/** A question put to the room, not to the bot ("anyone up for lunch?", "who's grabbing coffee"). */
export const ASKS_THE_ROOM = /^(?:does\s+|is\s+)?(?:any(?:one|body)|some(?:one|body)|who(?:'s|s|\s+is|\s+wants)?)\s+(?:up\s+for|down\s+for|in\s+for|free|around|coming|joining|grabbing|getting|going|want(?:s|ing)?\s+(?:to\s+)?(?:grab|get|go|join)|hungry|else)\b/;
/** Words a message asking something has, which a chat remark does not. */
export const ASKING_WORD = /\b(?:how|what|what's|whats|when|where|who|who's|why|which|is|are|does|do|did|can|could|will|would)\b(?!'ve)/;
/**
 * A message put as a question: a question word anywhere, or an auxiliary first ("are prices going up", "so is it
 * real"). "this standup is sooo long" has "is" but asks nothing.
 */
export const ASKING_FORM =
  /\b(?:how|what|what's|whats|when|where|who|who's|why|which)\b(?!'ve)|^(?:(?:ok(?:ay)?|so|and|but|hey|omg|wait|hmm+|btw|also|well|lol)[,\s]+)*(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have)\b/;
/**
 * An auxiliary first, with a subject and more after it ("is that a lot") and no lead-in: ASKING_FORM's stricter form,
 * for messages made only of chat words, where "lol is it" stays a laugh.
 */
export const INVERTED_QUESTION = /^(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have)\s+\S+\s+\S/;

/** "what's the Acme Globex thing (everyone is talking about)": the big picture of what the names are about. */
export const NAMED_THING =
  /^(?:(?:wait|so|ok)\s+)?(?:what'?s|whats|what\s+is)\s+(?:the|this|that)\s+(?:[\w.&+/-]+\s+){1,3}(?:thing|story|saga|news)(?:\s+(?:everyone|everybody|people|folks)\s+(?:is|are|keeps?)\s+talking\s+about|\s+about)?$/;

/** Asking for the big picture: "tl;dr", "summarize it", "overview", "in a nutshell", "explain it like I'm new". */
export const OVERVIEW =
  /\btl\s*;?\s*dr\b|\b(?:the\s+)?(?:headline|key|main)\s+(?:facts|points|numbers|takeaways)\b|\b(?:\d+[-\s]?(?:s|sec|secs|second|seconds|min|mins|minute|minutes)|short|quick|brief|condensed|simple)\s+version\b|\bcliff'?s?\s*notes\b|\belevator\s+pitch\b|\bsummar(?:y|ise|ize)\b|\brecap\b|\boverview\b|\bbig\s+picture\b|\bin\s+a\s+nutshell\b|\bexplain\s+(?:it|this|that)?\s*like\s+i'?m\b|\bexplain\b.*\blike\s+(?:i'?m|i\s+am|i\s+just|i\s+was|a\s+(?:newbie|beginner|five|5))\b|\bthe\s+gist\b|\bhigh[-\s]level\b|\bin\s+plain\s+english\b|\bone[-\s]liner\b|\beli5\b|^(?:so\s+)?what'?s\s+the\s+(?:deal|story)\??$|^(?:so\s+)?(?:what'?s|whats|what\s+is|wat\s+is)\s+(?:the\s+|this\s+)?(?:[\w/&+-]+\s+){0,3}(?:deal|agreement|partnership|pact|arrangement)\s+(?:all\s+|really\s+)?(?:about|abt)(?:\s+(?:exactly|really|tho|though|anyway))?\s*\?*$|\bin\s+(?:like\s+)?(?:\d+|one|two|three|a\s+few|a\s+couple(?:\s+of)?)\s+(?:sentences?|lines?|words|bullets?|bullet\s+points)\b/;

/** "what's the deal w/ X", "what's the story with X": what X is about (the idiom, not a deal). */
export const DEAL_WITH = /^(?:so\s+|ok\s+)?(?:what'?s|whats|what\s+is)\s+(?:the\s+|up\s+)?(?:deal|story|thing)?\s*(?:with|w\/?|about)\s+(.{2,40}?)\s*\??$/;
