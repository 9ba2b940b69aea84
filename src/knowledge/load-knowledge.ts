import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { EMPTY_LEXICON, entitySchema, lexiconFileSchema, type LexiconData, type LexiconEntity } from "./lexicon-schema.js";
import type { Calibration } from "../core/confidence.js";
import { DEFAULT_MODEL_PATH, readModel, type ModelFile } from "./model-file.js";
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

function issues(error: z.ZodError, prefix = ""): string[] {
  return error.issues.map((issue) => {
    const where = pathText([...(prefix ? [prefix] : []), ...issue.path]);
    if (issue.code === "unrecognized_keys") return `${where ? `${where}: ` : ""}unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    if (issue.code === "invalid_type") {
      const got = / received (\w+)/.exec(issue.message)?.[1];
      const expected = issue.expected === "object" ? "a mapping" : issue.expected === "array" ? "a list" : `a ${issue.expected}`;
      if (got === "undefined") return `${where} is missing`;
      return `${where || "the file"} must be ${expected}${got ? `, got ${got === "null" ? "nothing (is it empty?)" : got}` : ""}`;
    }
    return `${where ? `${where} ` : ""}${issue.message}`;
  });
}

type Parsed = { ok: true; value: unknown } | { ok: false; problems: KnowledgeProblem[] };

function readYaml(path: string, shown: string): Parsed {
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    return { ok: false, problems: [{ file: shown, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` }] };
  }
  if (source.includes("\u0000")) return { ok: false, problems: [{ file: shown, message: "is binary, not YAML text" }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false, lineCounter });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const at = lineCounter.linePos(e.pos[0]);
        return { file: shown, message: `YAML syntax error at line ${at.line}, column ${at.col}: ${e.message.split("\n")[0]}` };
      }),
    };
  }
  return { ok: true, value: doc.toJS() };
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
  const articlesFile = readYaml(articlesPath, show(articlesPath));
  if (!articlesFile.ok) problems.push(...articlesFile.problems);
  else {
    const parsed = articlesFileSchema.safeParse(articlesFile.value);
    if (!parsed.success) problems.push(...issues(parsed.error).map((message) => ({ file: show(articlesPath), message })));
    else
      parsed.data.articles.forEach((raw, i) => {
        const article = articleSchema.safeParse(raw);
        if (!article.success) {
          for (const message of issues(article.error, `articles[${i}]`)) problems.push({ file: show(articlesPath), message });
        } else if (articles.some((a) => a.id === article.data.id)) {
          problems.push({ file: show(articlesPath), message: `articles[${i}]: duplicate article id "${article.data.id}"` });
        } else articles.push(article.data);
      });
  }

  const cards: Card[] = [];
  const topics: KnowledgeBase["topics"] = [];
  let files: string[] = [];
  try {
    files = yamlFiles(cardsDir);
  } catch {
    problems.push({ file: show(cardsDir), message: "is missing: fact cards live in knowledge/cards/*.yaml" });
  }
  if (!files.length && problems.every((p) => p.file !== show(cardsDir)))
    problems.push({ file: show(cardsDir), message: "holds no .yaml card files" });

  const seen = new Map<string, string>();
  for (const path of files) {
    const file = show(path);
    const parsedFile = readYaml(path, file);
    if (!parsedFile.ok) {
      problems.push(...parsedFile.problems);
      continue;
    }
    const shape = cardFileSchema.safeParse(parsedFile.value);
    if (!shape.success) {
      problems.push(...issues(shape.error).map((message) => ({ file, message })));
      continue;
    }
    const topic = { title: shape.data.topic, file, cards: [] as string[] };
    shape.data.cards.forEach((raw, i) => {
      const card = cardSchema.safeParse(raw);
      if (!card.success) {
        for (const message of issues(card.error)) problems.push({ file, card: cardLabel(raw, i), message });
        return;
      }
      const earlier = seen.get(card.data.id);
      if (earlier) {
        problems.push({ file, card: card.data.id, message: `duplicate id: already used in ${earlier}` });
        return;
      }
      seen.set(card.data.id, file);
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
      if (articlesFile.ok && !articleIds.has(source)) problems.push({ file: card.file, card: card.id, message: `sources[${i}] "${source}" is not a known article` });
    });
    card.related?.forEach((related, i) => {
      if (!cardIds.has(related)) problems.push({ file: card.file, card: card.id, message: `related[${i}] "${related}" is not a known card` });
      else if (related === card.id) problems.push({ file: card.file, card: card.id, message: `related[${i}] points at the card itself` });
    });
    card.about?.forEach((name, i) => {
      if (!entityNames.has(name.toLowerCase())) problems.push({ file: card.file, card: card.id, message: `about[${i}] "${name}" is not an entity in lexicon.yaml` });
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
  const parsed = readYaml(path, file);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return EMPTY_LEXICON;
  }
  const shape = lexiconFileSchema.safeParse(parsed.value ?? {});
  if (!shape.success) {
    problems.push(...issues(shape.error).map((message) => ({ file, message })));
    return EMPTY_LEXICON;
  }
  const entities: LexiconEntity[] = [];
  // Every name and alias reads as one entity: the same words for two would make the reading a coin toss.
  const owner = new Map<string, string>();
  const claim = (words: string, name: string, entry: string, where: string) => {
    const key = words.toLowerCase().replace(/[\s-]+/g, " ");
    const earlier = owner.get(key);
    if (earlier && earlier !== name) problems.push({ file, entry, message: `${where} "${words}" already names ${earlier}` });
    else owner.set(key, name);
  };
  (shape.data.entities ?? []).forEach((raw, i) => {
    const entity = entitySchema.safeParse(raw);
    const label = `entity "${(raw as { name?: unknown } | null)?.name ?? `#${i + 1}`}"`;
    if (!entity.success) {
      for (const message of issues(entity.error)) problems.push({ file, entry: label, message });
      return;
    }
    if (entities.some((e) => e.name.toLowerCase() === entity.data.name.toLowerCase())) {
      problems.push({ file, entry: label, message: `duplicate entity: "${entity.data.name}" is listed earlier in the file` });
      return;
    }
    claim(entity.data.name, entity.data.name, label, "name");
    entity.data.aliases?.forEach((alias, a) => claim(alias, entity.data.name, label, `aliases[${a}]`));
    entities.push(entity.data);
  });
  const synonyms = shape.data.synonyms ?? {};
  for (const [head, forms] of Object.entries(synonyms)) {
    forms.forEach((form, f) => {
      const taken = owner.get(form.toLowerCase());
      if (taken) problems.push({ file, entry: `synonym "${head}"`, message: `[${f}] "${form}" is already a name of ${taken}` });
    });
  }
  return { entities, synonyms, details: shape.data.details ?? [] };
}
