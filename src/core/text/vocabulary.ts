/**
 * Word lists for matching. Stop words are dropped; question words (when,
 * where, who, how, much, many) are kept because they tell what is asked.
 */
// Contractions, chat shorthand and hedges: in a question they carry no subject, and left in they read as
// words the knowledge base lacks, which would lower confidence in a right answer.
const CHAT_FILLER = `isn't aren't wasn't weren't don't doesn't didn't can't cannot couldn't wouldn't shouldn't won't
  haven't hasn't hadn't ain't they're we're you're it's that's there's here's i've you've we've they've
  i'd you'd we'd they'd i'll you'll we'll they'll it'll isnt arent wasnt dont doesnt didnt cant couldnt wouldnt
  shouldnt wont havent hasnt theyre youre thats theres ive
  nah naw ish vibe vibes bc cuz coz wtf omg lmao lmk imo imho afaik iirc tbh ngl idk dunno smh tho ya yea ye
  sup heya howdy cheers peeps thru dat bein
  seem seems seemed feel feels felt wise talking apparently supposedly supposed oddly somehow perhaps maybe probably
  hearing heard hear saw seen clue familiar nervous urgent
  matter matters important importance significant significance
  itself themselves himself herself myself ourselves yourself yourselves`;

export const STOP_WORDS = new Set(
  `a an the and or but if then so of to in on at by for with from into onto about as is are was were be been being am
  do does did doing done have has had having i me my we our us you your he she it its they them their this that these those
  there here what which whom whose would could should can will shall may might must just also too very really quite
  any anything some all each both either neither not no nor own same such than again further once other
  hey hi hello yo hiya bot deal-desk dealdesk desk please pls plz thanks thank thx ty quick question q one tell know
  anyone somebody someone guys folks team everyone lol haha ok okay um uh hmm like actually basically btw fyi
  gimme give get got let lets let's wondering wonder curious idea ask asking say says said mean im i'm whats what's
  re about regarding wrt r u ur gonna wanna gotta kinda sorta thing things stuff atm rn tl dr tldr yn guess pretty
  exactly specifically particularly precisely actual sorry dumb confused lemme summarise summarize explain recap mate dude y'all yall
  between among amongst within upon whether though although because while during through throughout via else ever
  kindly wanted want wants need needs even literally honestly seriously anyway anyways wait oh ah ahh yeah yep yes
  nope hm hmm umm err rather instead crazy insane ridiculous absurd freaking frickin happen happens happened happening w n esp especially something smth sth smthg somethin
  ${CHAT_FILLER}`.split(/\s+/).filter(Boolean),
);

/**
 * Shorthand folded to the word it stands for, on both the index and the question side. Only everyday English
 * lives here: names, places and the words of a story's subject are knowledge (knowledge/lexicon.yaml).
 */
export const SHORTHAND: Record<string, string> = {
  // Question words typed short: "wher" is one edit from "when" too, so spelling correction would guess.
  // "who's in it?" asks who, like "who is in it?" ("what's" and "where's" fold the same way through stop words).
  "who's": "who",
  whos: "who",
  wher: "where",
  whr: "where",
  whn: "when",
  wen: "when",
  wat: "what",
  wht: "what",
  wtf: "what",
  hw: "how",
  hwo: "how",
  abt: "about",
  bn: "billion",
  bil: "billion",
  billions: "billion",
  mn: "million",
  mil: "million",
  millions: "million",
  yr: "year",
  yrs: "year",
  years: "year",
  // Chat shorthand.
  govt: "government",
  gov: "government",
  ppl: "people",
  outta: "out",
  peeps: "people",
  mgmt: "management",
  biz: "business",
  enviro: "environmental",
  approx: "approximately",
  devs: "developer",
  dev: "developer",
  intl: "international",
  natl: "national",
  hr: "hour",
  hrs: "hour",
  wk: "week",
  wks: "week",
  qtr: "quarter",
  avg: "average",
  amt: "amount",
  pct: "percent",
  rev: "revenue",
  // Irregular past forms, which stemming leaves apart from their verb ("paid" and "pay").
  paid: "pay",
  spent: "spend",
  bought: "buy",
  sold: "sell",
  grew: "grow",
  grown: "grow",
  made: "make",
  gave: "give",
  given: "give",
  took: "take",
  taken: "take",
  brought: "bring",
  began: "begin",
  begun: "begin",
  held: "hold",
  kept: "keep",
  rose: "rise",
  risen: "rise",
  fell: "fall",
  fallen: "fall",
  chose: "choose",
  chosen: "choose",
  wrote: "write",
  written: "write",
  sent: "send",
};

/**
 * Nouns that only say what kind of thing a name is ("who's this Jane Doe *person*", "the Acme *company*"): they ask
 * nothing of the name, so a card about it that never uses the word still answers. Stems, as the index keeps them.
 */
export const KIND_NOUNS = new Set(["person", "guy", "ladi", "woman", "man", "peopl", "compani", "firm", "corp", "organ", "organis", "organiz", "thing", "one", "stuff"]);

/**
 * Words that only weigh what is asked about ("is it *good* for Utopia?"): they ask what it means for Utopia, so a card
 * about that which never says "good" still answers. Stems.
 */
export const WEIGHING_WORDS = new Set(["good", "bad", "better", "wors", "great", "posit", "neg"]);
