/**
 * "quick q:", "ok dumb q,", "two things -", "hey bot quick one:", "for our team:": an opening that announces a question, not part of
 * it. Left in, its words only dilute how the question reads.
 */
export const OPENING =
  /^(?:(?:ok(?:ay)?|so|also|btw|and|hey|hi|yo)(?:\s+bot)?[,\s]+)*(?:(?:a|my)\s+)?(?:(?:(?:quick|couple(?:\s+of)?|few|two|three|2|3|some|random|dumb|silly|stupid|small|more|other|follow[-\s]?up|genuine|honest|serious|real|legit|naive|basic)\s+)*(?:q|qs|qq|question|questions|things|thing|one|ones)\s*(?:[:,\-\u2013\u2014]|\s+but\s+|\s+(?:for\s+(?:you|u|ya)|here)\s*[:,\-\u2013\u2014]?)|(?:for|prepping|prepping\s+for|prep\s+for|writing|building|context\s+for)\s+(?:a|an|the|our|my|this|tomorrow'?s|today'?s)\s+(?:[\w-]+\s+){0,2}?(?:team|deck|slides?|memo|meeting|sync|standup|stand-up|boss|manager|vp|ceo|cfo|board|client|report|brief|briefing|call|review|update)\s*[:\u2013\u2014-])\s*/i;

/** "unrelated but …", "random q:", "side note -": a change of subject, not part of the question. */
const CHANGE_OF_SUBJECT = /^(?:(?:totally|completely|slightly|kinda|somewhat)\s+)?(?:unrelated|random|off[-\s]?topic|different\s+(?:topic|q|question)|new\s+topic|side\s*note|(?:switching|changing|shifting)\s+(?:gears|topics?|subjects?))(?:\s+(?:q|qs|question))?\s*(?:but\b|[,:\u2013\u2014-])\s*/i;

/** "ok but …", "so …", "and …", "well, …": words that tie a message to the talk before it, not part of the question. */
const DISCOURSE = /^(?:(?:ok(?:ay)?|so|and|but|well|hmm+|alright|also)(?:[,\s]+|$))+(?=\S)/i;

/** The question without an opening that announces it; the text as it is when nothing is left after it. */
export function withoutOpening(text: string): string {
  const rest = text.replace(OPENING, "").replace(DISCOURSE, "").replace(CHANGE_OF_SUBJECT, "").replace(DISCOURSE, "");
  return rest.trim() ? rest : text;
}

/**
 * ", right?", "— is that correct?", "isn't it?": a tag after a statement that asks to confirm it. It names no
 * subject; left in, "right" reads as a word of the question ("rights").
 */
const CONFIRM_TAG =
  /(?:[\s,;:\u2013\u2014-]+(?:(?:is|was)\s+(?:that|this|it)\s+)?(?:right|correct|true|accurate|no|yeah|yes|innit|isn'?t\s+it|wasn'?t\s+it|aren'?t\s+they|or\s+(?:not|what|nah|smth|something|no)|am\s+i\s+(?:right|wrong)|(?:that\s+)?can'?t\s+be\s+(?:right|true)))+\s*[?!.]*\s*$/i;

/**
 * "someone on linkedin said", "my boss at work thinks", "i read on reddit that": who made the claim the question
 * checks. Where it was said names no subject; left in, "linkedin" reads as a word no card knows.
 */
const REPORTED =
  /^(?:i\s+(?:heard|read|saw)|(?:some(?:one|body|\s+(?:guy|dude|person|analyst|article|post))|a\s+(?:guy|friend|colleague|coworker|co-worker|vendor|rep|reporter|post|tweet|thread|podcast|video|article|blog|client|customer)|(?:my|our)\s+[\w-]+(?:\s+[\w-]+)?|people|everyone|everybody|folks)(?:\s+(?:on|at|in|from)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?)?\s+(?:said|says|posted|tweeted|wrote|writes|claims?|claimed|told\s+(?:me|us)|mentioned|thinks|reckons|swears|insists|keeps\s+saying))(?:\s+(?:on|in)\s+[\w.-]+)?(?:\s+that)?[\s,:]+/i;

/**
 * ", 2 lines max", "in one sentence pls", "- keep it short", ", in plain english": how long or how plainly the reply
 * should be put, not what it is about.
 */
const LENGTH_TAG =
  /[\s,;:\u2013\u2014-]+(?:(?:(?:in|max|at\s+most|under|no\s+more\s+than)\s+)?(?:\d+|one|two|three|a\s+few|a\s+couple(?:\s+of)?)\s+(?:lines?|sentences?|words?|bullets?|bullet\s+points?)(?:\s+(?:max|tops|or\s+less))?|keep\s+it\s+(?:short|brief|simple)|short\s+version|briefly|in\s+(?:plain\s+english|simple\s+(?:terms|words|english)|lay(?:man'?s|person'?s|men'?s)?\s+terms|a\s+nutshell|short|brief)|for\s+(?:a\s+)?non[-\s]?tech(?:nical|ie)?(?:\s+(?:person|people|exec|execs|audience|folks|crowd))?|like\s+i'?m\s+(?:5|five|new|a\s+(?:kid|child|beginner)))(?:\s+(?:pls|plz|please))?\s*[?!.]*\s*$/i;

/** "… specifically?", "… in particular", "… tho": a last word that only stresses what comes before it. */
export const STRESS = /\s+(?:specifically|exactly|in\s+particular|particularly|tho|though)\s*\??\s*$/i;

/** "how much power are we talking (about)?": how people ask for a figure; the phrase names nothing. */
const ARE_WE_TALKING = /(?<=^(?:how\s+(?:much|many|big|long)|what)\b.*?)\s+(?:are|r)\s+(?:we|u|you)\s+talking(?:\s+about)?(?:\s+here)?(?=\s*(?:[?.!,;]|\band\b|$))/i;

/** The text without a length instruction at its end (see LENGTH_TAG). */
export function withoutLengthTag(text: string): string {
  return text.replace(LENGTH_TAG, "");
}

/** "wtf is Acme", "tf does it do": "what", said strongly. */
const EXPLETIVE_WHAT = /^(?:wtf|wth|tf)\b/i;

/** "Acme = ?", "acme=??": what Acme is, asked in shorthand. */
const EQUALS_WHAT = /^([^=?]{2,40}?)\s*=\s*\?+/;

/** The question without an opening that announces it, who made the claim it checks, or a tag that asks to confirm it. */
export function withoutFraming(text: string): string {
  const opened = withoutOpening(text).replace(EXPLETIVE_WHAT, "what");
  const unreported = opened.replace(REPORTED, "").replace(EQUALS_WHAT, "what is $1?");
  const rest = unreported.trim().split(/\s+/).length >= 3 ? unreported : opened;
  const bare = rest.replace(ARE_WE_TALKING, "").replace(LENGTH_TAG, "").replace(STRESS, "").replace(CONFIRM_TAG, "");
  // Keep the tag when little is left ("true?") or it is the question's own word ("is that right?", "am i right").
  const kept = bare.trim();
  const whole = kept.split(/\s+/).length < 2 || /\b(?:is|was|are|am|be|that|this|it|i)$/i.test(kept);
  return !whole && bare.length < rest.length ? `${kept.replace(/\?+$/, "")}?` : rest;
}
