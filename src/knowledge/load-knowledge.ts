import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { EMPTY_LEXICON, entitySchema, lexiconFileSchema, type LexiconData, type LexiconEntity } from "./lexicon-schema.js";
import type { Calibration } from "../core/confidence.js";
import { DEFAULT_MODEL_PATH, readModel, type ModelFile } from "./model-file.js";
import { normalizeText, splitWords } from "../core/text/tokenize.js";
import { articleSchema, articlesFileSchema, cardFileSchema, cardSchema, type Article, type Card } from "./schema.js";

export interface KnowledgeBase {
  dir: string;
  articles: Article[];
  /** Topic titles in file order, each with its card ids. */
  topics: { title: string; file: string; cards: string[] }[];
  cards: Card[];
  /** Entities, synonyms and deal terms from lexicon.yaml (empty when the folder has none). */
  lexicon: LexiconData;
  /** The fitted confidence model: the folder's model.json, or the project's. */
  calibration: Calibration;
  model: ModelFile;
}

export interface KnowledgeProblem {
  file: string;
  card?: string;
  /** A lexicon entry, e.g. `entity "Acme"`. */
  entry?: string;
  message: string;
}

export type KnowledgeResult = { status: "ok"; kb: KnowledgeBase } | { status: "invalid"; problems: KnowledgeProblem[] };

/** `knowledge/cards/money.yaml: card "acme-price": sources[0] "foo" is not a known article` */
export function formatProblem(p: KnowledgeProblem): string {
  return `${p.file}: ${p.card ? `card "${p.card}": ` : p.entry ? `${p.entry}: ` : ""}${p.message}`;
}

export function formatReport(problems: KnowledgeProblem[]): string {
  const head = `Knowledge base is invalid: ${problems.length} problem${problems.length === 1 ? "" : "s"}.`;
  return [head, ...problems.map((p) => `  ${formatProblem(p)}`)].join("\n");
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) value = value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** Where a schema problem sits in the file: the line of the value, or of the nearest enclosing value that exists. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** Each schema problem in plain words, with how to fix it. `raw` is the value checked, for lengths and shapes. */
function issues(error: z.ZodError, raw: unknown, options: { prefix?: (string | number)[]; fields?: readonly string[]; lineOf?: LineOf } = {}): string[] {
  const prefix = options.prefix ?? [];
  return error.issues.map((issue) => {
    const where = pathText([...prefix, ...issue.path]);
    const line = options.lineOf?.([...prefix, ...issue.path]);
    const at = line ? ` (line ${line})` : "";
    const value = valueAt(raw, issue.path);
    if (issue.code === "unrecognized_keys") {
      const known = options.fields ? ` (the fields are ${options.fields.join(", ")})` : "";
      return `${where ? `${where}: ` : ""}unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}${at}; remove it or fix its spelling${known}`;
    }
    if (issue.code === "invalid_type") {
      const got = / received (\w+)/.exec(issue.message)?.[1];
      const expected = issue.expected === "object" ? "a mapping" : issue.expected === "array" ? "a list" : `a ${issue.expected}`;
      if (got === "undefined") return `${where} is missing${at}; add it`;
      if (issue.expected === "string" && got === "object" && value && !Array.isArray(value)) {
        const [key, inner] = Object.entries(value)[0] ?? ["", ""];
        const what = /questions/.test(where) ? "a question" : "text";
        return `${where} must be text, but YAML read "${key}: ${String(inner ?? "")}" as a key and a value${at}; put quotes around ${what} that contains ': '`;
      }
      if (issue.expected === "string" && Array.isArray(value))
        return `${where} must be text, but YAML read a [list]${at}; put quotes around text that starts with [`;
      const gotText = got ? `, got ${got === "null" ? "nothing (is it empty?)" : got === "object" ? "a mapping" : got}` : "";
      return `${where || "the file"} must be ${expected}${gotText}${at}`;
    }
    if (issue.code === "too_big" && typeof value === "string")
      return `${where} ${issue.message} (it has ${value.trim().length})${at}; shorten it`;
    if (issue.code === "too_small" && Array.isArray(value)) return `${where} ${issue.message} (it has ${value.length})${at}; add more`;
    if (issue.code === "too_small" && typeof value === "string") return `${where} ${issue.message}${at}; write it, or remove the field if it is optional`;
    if (issue.code === "invalid_format" && typeof value === "string") return `${where} ${issue.message}${at}; it is "${value}" now`;
    return `${where ? `${where} ` : ""}${issue.message}${at}`;
  });
}

/** YAML's parser errors, in plain words with a hint. */
function yamlErrorText(code: string, message: string): string {
  if (code === "BLOCK_AS_IMPLICIT_KEY" || /nested mappings|implicit keys/i.test(message))
    return `YAML syntax error: a value contains ': ' (a colon and a space), which YAML reads as a new field; put quotes around a question or answer that contains ': '`;
  if (code === "MISSING_CHAR" && /quote/i.test(message)) return `YAML syntax error: a quote is opened but never closed; close it on the same value, or remove it`;
  if (code === "MISSING_CHAR" || /flow (sequence|collection)|end with a \]/i.test(message))
    return `YAML syntax error: a [ list ] or { mapping } is not closed; end it with ] or }, and put quotes around items that contain commas or brackets`;
  if (code === "DUPLICATE_KEY") return `YAML syntax error: the same field is given twice in one entry; keep one of them`;
  if (code === "TAB_AS_INDENT") return `YAML syntax error: a tab is used to indent; indent with spaces only`;
  if (code === "BAD_INDENT") return `YAML syntax error: the indentation is off (items of one list or mapping start at the same column); line it up with the items above it`;
  return `YAML syntax error: ${message.split("\n")[0]}; check the quotes, colons and indentation around this line`;
}

/** The id of the entry (card, article, entity) a line belongs to: the nearest `id:` or `name:` at or above it. */
function entryAtLine(source: string, line: number): string | undefined {
  const lines = source.split("\n");
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const m = /^\s*-\s+(?:\{\s*)?(?:id|name):\s*["']?([^"',}\s]+)/.exec(lines[i]!) ?? /^\s+id:\s*["']?([a-z0-9-]+)/.exec(lines[i]!);
    if (m) return m[1];
  }
  return undefined;
}

type Parsed = { ok: true; value: unknown; lineOf: LineOf; source: string } | { ok: false; problems: KnowledgeProblem[]; source: string };

/** What a YAML error's entry is called in a report: `card "x"` for card files, `article "x"` for articles.yaml. */
type EntryKind = "card" | "article" | "entity";

function readYaml(path: string, shown: string, kind: EntryKind): Parsed {
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    return { ok: false, source: "", problems: [{ file: shown, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); check that the file exists and is readable` }] };
  }
  if (source.includes("\u0000")) return { ok: false, source: "", problems: [{ file: shown, message: "is binary, not YAML text; replace it with a text file or remove it" }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false, lineCounter });
  if (doc.errors.length) {
    return {
      ok: false,
      source,
      problems: doc.errors.map((e) => {
        const at = lineCounter.linePos(e.pos[0]);
        const entry = entryAtLine(source, at.line);
        const label = entry ? (kind === "card" ? { card: entry } : { entry: `${kind} "${entry}"` }) : {};
        return { file: shown, ...label, message: `line ${at.line}, column ${at.col}: ${yamlErrorText(e.code, e.message)}` };
      }),
    };
  }
  const lineOf: LineOf = (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === "object" && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { ok: true, value: doc.toJS(), lineOf, source };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => join(dir, name));
}

function cardLabel(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" && id ? id : `#${index + 1}`;
}

export function loadKnowledge(dir: string): KnowledgeResult {
  const problems: KnowledgeProblem[] = [];
  const show = (path: string) => relative(process.cwd(), path) || path;
  const articlesPath = join(dir, "articles.yaml");
  const cardsDir = join(dir, "cards");

  try {
    if (!statSync(dir).isDirectory()) throw new Error();
  } catch {
    return { status: "invalid", problems: [{ file: show(dir), message: "is not a knowledge folder (it does not exist or is not a directory)" }] };
  }

  const articles: Article[] = [];
  // Ids of entries that failed to load: references to them are not reported again (no knock-on errors).
  const brokenArticles = new Set<string>();
  const brokenCards = new Set<string>();
  const articlesShown = show(articlesPath);
  const articlesFile = readYaml(articlesPath, articlesShown, "article");
  if (!articlesFile.ok) problems.push(...articlesFile.problems);
  else {
    const { lineOf } = articlesFile;
    const parsed = articlesFileSchema.safeParse(articlesFile.value);
    if (!parsed.success) problems.push(...issues(parsed.error, articlesFile.value, { lineOf }).map((message) => ({ file: articlesShown, message })));
    else {
      const lineOfArticle = new Map<string, number | undefined>();
      parsed.data.articles.forEach((raw, i) => {
        const label = { file: articlesShown, entry: `article "${cardLabel(raw, i)}"` };
        const article = articleSchema.safeParse(raw);
        if (!article.success) {
          const rawId = (raw as { id?: unknown } | null)?.id;
          if (typeof rawId === "string") brokenArticles.add(rawId);
          const options = { prefix: ["articles", i], fields: Object.keys(articleSchema.shape), lineOf };
          for (const message of issues(article.error, raw, options)) problems.push({ ...label, message });
        } else if (lineOfArticle.has(article.data.id)) {
          const first = lineOfArticle.get(article.data.id);
          problems.push({
            ...label,
            message: `duplicate article id: articles[${i}] (line ${lineOf(["articles", i]) ?? "?"}) uses the same id as the article at line ${first ?? "?"}; give one of them another id`,
          });
        } else {
          lineOfArticle.set(article.data.id, lineOf(["articles", i]));
          articles.push(article.data);
        }
      });
    }
  }

  const cards: Card[] = [];
  const topics: KnowledgeBase["topics"] = [];
  let files: string[] = [];
  try {
    files = yamlFiles(cardsDir);
  } catch {
    problems.push({ file: show(cardsDir), message: "is missing: fact cards live in knowledge/cards/*.yaml; create the folder and put the card files in it" });
  }
  if (!files.length && problems.every((p) => p.file !== show(cardsDir)))
    problems.push({ file: show(cardsDir), message: "holds no .yaml card files; add at least one (see README, \"Adding a fact card\")" });

  const seen = new Map<string, { file: string; line: number | undefined }>();
  for (const path of files) {
    const file = show(path);
    const parsedFile = readYaml(path, file, "card");
    if (!parsedFile.ok) {
      problems.push(...parsedFile.problems);
      // The file's cards are unknown, not missing: other cards' links to them are not errors of their own.
      for (const m of parsedFile.source.matchAll(/^\s*-?\s*id:\s*["']?([a-z0-9-]+)/gm)) brokenCards.add(m[1]!);
      continue;
    }
    const { lineOf } = parsedFile;
    const shape = cardFileSchema.safeParse(parsedFile.value);
    if (!shape.success) {
      problems.push(...issues(shape.error, parsedFile.value, { lineOf, fields: Object.keys(cardFileSchema.shape) }).map((message) => ({ file, message })));
      continue;
    }
    const topic = { title: shape.data.topic, file, cards: [] as string[] };
    shape.data.cards.forEach((raw, i) => {
      const card = cardSchema.safeParse(raw);
      if (!card.success) {
        const rawId = (raw as { id?: unknown } | null)?.id;
        if (typeof rawId === "string") brokenCards.add(rawId);
        const options = { fields: Object.keys(cardSchema.shape), lineOf: (p: readonly PropertyKey[]) => lineOf(["cards", i, ...p]) };
        for (const message of issues(card.error, raw, options)) problems.push({ file, card: cardLabel(raw, i), message });
        return;
      }
      const line = lineOf(["cards", i]);
      const earlier = seen.get(card.data.id);
      if (earlier) {
        const places =
          earlier.file === file
            ? `the cards at lines ${earlier.line ?? "?"} and ${line ?? "?"} of ${file}`
            : `the card at line ${line ?? "?"} of ${file} and the card at line ${earlier.line ?? "?"} of ${earlier.file}`;
        problems.push({
          file,
          card: card.data.id,
          message: `duplicate id: ${places} are both called "${card.data.id}"; rename one of them (and any related: lists that mean it)`,
        });
        return;
      }
      seen.set(card.data.id, { file, line });
      cards.push({ ...card.data, topic: shape.data.topic, file });
      topic.cards.push(card.data.id);
    });
    topics.push(topic);
  }

  const lexicon = readLexicon(join(dir, "lexicon.yaml"), show, problems);
  const entityNames = new Set(lexicon.entities.map((e) => e.name.toLowerCase()));

  // Cross-references are checked once every file is read, so order of files never matters.
  const articleIds = new Set(articles.map((a) => a.id));
  const cardIds = new Set(cards.map((c) => c.id));
  for (const card of cards) {
    card.sources.forEach((source, i) => {
      if (articlesFile.ok && !articleIds.has(source) && !brokenArticles.has(source))
        problems.push({ file: card.file, card: card.id, message: `sources[${i}] "${source}" is not a known article; use an id from articles.yaml, or add the article there` });
    });
    card.related?.forEach((related, i) => {
      if (!cardIds.has(related) && !brokenCards.has(related))
        problems.push({ file: card.file, card: card.id, message: `related[${i}] "${related}" is not a known card; use another card's id, or remove it` });
      else if (related === card.id) problems.push({ file: card.file, card: card.id, message: `related[${i}] points at the card itself; remove it` });
    });
    card.about?.forEach((name, i) => {
      if (!entityNames.has(name.toLowerCase()))
        problems.push({ file: card.file, card: card.id, message: `about[${i}] "${name}" is not an entity in lexicon.yaml; fix its spelling, or add the entity to lexicon.yaml` });
    });
  }

  const modelPath = existsSync(join(dir, "model.json")) ? join(dir, "model.json") : DEFAULT_MODEL_PATH;
  const model = readModel(modelPath);
  if (model.status === "invalid") problems.push({ file: show(modelPath), message: model.message });

  if (problems.length || model.status === "invalid") return { status: "invalid", problems };
  return { status: "ok", kb: { dir, articles, topics, cards, lexicon, calibration: model.calibration, model: model.model } };
}

/** lexicon.yaml is optional: a knowledge folder written before it existed still loads, with an empty lexicon. */
function readLexicon(path: string, show: (path: string) => string, problems: KnowledgeProblem[]): LexiconData {
  if (!existsSync(path)) return EMPTY_LEXICON;
  const file = show(path);
  const parsed = readYaml(path, file, "entity");
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return EMPTY_LEXICON;
  }
  const shape = lexiconFileSchema.safeParse(parsed.value ?? {});
  if (!shape.success) {
    problems.push(...issues(shape.error, parsed.value, { lineOf: parsed.lineOf, fields: Object.keys(lexiconFileSchema.shape) }).map((message) => ({ file, message })));
    return EMPTY_LEXICON;
  }
  const entities: LexiconEntity[] = [];
  // Every name and alias reads as one entity: the same words for two would make the reading a coin toss.
  const owner = new Map<string, string>();
  // Compared as the engine reads them: "acme+" reads as "acme", so it cannot also be another entity's alias.
  const claim = (words: string, name: string, entry: string, where: string) => {
    const read = splitWords(normalizeText(words)).join(" ");
    const key = read || words.toLowerCase().replace(/[\s-]+/g, " ");
    const earlier = owner.get(key);
    const readAs = read && read !== words.toLowerCase().replace(/[\s-]+/g, " ") ? ` (it reads as "${read}")` : "";
    if (earlier && earlier !== name) problems.push({ file, entry, message: `${where} "${words}"${readAs} already names ${earlier}; keep it on one entity only` });
    else owner.set(key, name);
  };
  (shape.data.entities ?? []).forEach((raw, i) => {
    const entity = entitySchema.safeParse(raw);
    const label = `entity "${(raw as { name?: unknown } | null)?.name ?? `#${i + 1}`}"`;
    if (!entity.success) {
      const options = { fields: Object.keys(entitySchema.shape), lineOf: (p: readonly PropertyKey[]) => parsed.lineOf(["entities", i, ...p]) };
      for (const message of issues(entity.error, raw, options)) problems.push({ file, entry: label, message });
      return;
    }
    if (entities.some((e) => e.name.toLowerCase() === entity.data.name.toLowerCase())) {
      problems.push({ file, entry: label, message: `duplicate entity: "${entity.data.name}" is listed earlier in the file; merge the two entries` });
      return;
    }
    claim(entity.data.name, entity.data.name, label, "name");
    entity.data.aliases?.forEach((alias, a) => claim(alias, entity.data.name, label, `aliases[${a}]`));
    entities.push(entity.data);
  });
  const synonyms = shape.data.synonyms ?? {};
  for (const [head, forms] of Object.entries(synonyms)) {
    forms.forEach((form, f) => {
      const taken = owner.get(splitWords(normalizeText(form)).join(" ") || form.toLowerCase());
      if (taken) problems.push({ file, entry: `synonym "${head}"`, message: `[${f}] "${form}" is already a name of ${taken}; remove it from the synonyms, or from the entity's aliases` });
    });
  }
  return { entities, synonyms, details: shape.data.details ?? [] };
}
