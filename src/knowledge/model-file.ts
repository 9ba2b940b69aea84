import { createHash } from "node:crypto";
import { readdirSync, readFileSync, type Dirent } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { FEATURE_NAMES, FEATURES_VERSION, type Calibration } from "../core/confidence.js";
import type { KnowledgeBase } from "./load-knowledge.js";

/** The project's fitted model, used by any knowledge folder that has no model.json of its own. */
export const DEFAULT_MODEL_PATH = resolve(dirname(fileURLToPath(import.meta.url)), "../../knowledge/model.json");

const probability = z.number().min(0).max(1);

export const modelFileSchema = z.strictObject({
  /** Which engine's features the weights are for: a model fitted for other features is stale. */
  featuresVersion: z.number().int(),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  answerAt: probability,
  unsureAt: probability,
  fittedOn: z.strictObject({
    at: z.string(),
    /** sha256 of the eval files the model was fitted on, and of the knowledge (cards and lexicon) it was fitted with. */
    eval: z.string(),
    /** sha256 of the deal packs (tests/fixtures/packs) whose questions were fitted on too, when any were. */
    packs: z.string().optional(),
    knowledge: z.string(),
    questions: z.number().int(),
    cards: z.number().int(),
  }),
});

export type ModelFile = z.infer<typeof modelFileSchema>;

export type ModelResult = { status: "ok"; model: ModelFile; calibration: Calibration } | { status: "invalid"; message: string };

export function readModel(path: string): ModelResult {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { status: "invalid", message: code ? `cannot be read (${code})` : `is not valid JSON (${(error as Error).message})` };
  }
  const parsed = modelFileSchema.safeParse(raw);
  if (!parsed.success) return { status: "invalid", message: parsed.error.issues.map((i) => `${i.path.join(".") || "the file"}: ${i.message}`).join("; ") };
  const model = parsed.data;
  // Weights are read by name; a feature the file lacks weighs nothing until the next fit (staleness() says so).
  const weights = Object.fromEntries(FEATURE_NAMES.map((name) => [name, model.weights[name] ?? 0])) as Calibration["weights"];
  return { status: "ok", model, calibration: { bias: model.bias, weights, answerAt: model.answerAt, unsureAt: model.unsureAt } };
}

/** Why a fitted model no longer matches what it was fitted on; empty when it is current. */
export interface Staleness {
  /** The model must be refitted: the engine's features or the eval files changed. CI fails on these. */
  errors: string[];
  /** Worth knowing, not wrong: the knowledge changed since the fit (new cards work without a refit). */
  notes: string[];
}

/** How a knowledge base's model stands against the eval files in `evalDir` and the knowledge it now serves. */
export function staleness(kb: KnowledgeBase, evalDir: string, packsDir?: string): Staleness {
  const model = kb.model;
  const now = { evalHash: evalHash(evalDir), knowledgeHash: knowledgeHash(kb), cards: kb.cards.length };
  const errors: string[] = [];
  const notes: string[] = [];
  const missing = FEATURE_NAMES.filter((name) => typeof model.weights[name] !== "number");
  const unknown = Object.keys(model.weights).filter((name) => !(FEATURE_NAMES as readonly string[]).includes(name));
  if (missing.length || unknown.length)
    errors.push(`model.json does not match the engine's features (missing: ${missing.join(", ") || "none"}; unknown: ${unknown.join(", ") || "none"}): run npm run eval -- --fit`);
  else if (model.featuresVersion !== FEATURES_VERSION)
    errors.push(`model.json was fitted for features version ${model.featuresVersion}, the engine has ${FEATURES_VERSION}: run npm run eval -- --fit`);
  if (now.evalHash !== null && now.evalHash !== model.fittedOn.eval)
    errors.push("model.json is stale: the eval files changed since it was fitted; run npm run eval -- --fit");
  if (packsDir !== undefined && model.fittedOn.packs !== undefined && packsHash(packsDir) !== model.fittedOn.packs)
    errors.push("model.json is stale: the deal packs' cards or questions changed since it was fitted; run npm run eval -- --fit");
  if (now.knowledgeHash !== model.fittedOn.knowledge)
    notes.push(`model.json was fitted with other knowledge (${model.fittedOn.cards} cards then, ${now.cards} now); new cards work without a refit, refit after adding eval questions for them`);
  return { errors, notes };
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** sha256 of every pack's cards, lexicon and questions under `dir` (one folder a pack); "" when there are none. */
export function packsHash(dir: string): string {
  const files: string[] = [];
  const walk = (at: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry.name)) files.push(`${path.slice(dir.length)}\n${readFileSync(path, "utf8")}`);
    }
  };
  walk(dir);
  return files.length ? sha(files.join("\n\0\n")) : "";
}

/** A fingerprint of what matching reads: the cards and the lexicon (not articles' metadata). */
export function knowledgeHash(kb: KnowledgeBase): string {
  const cards = [...kb.cards].sort((a, b) => a.id.localeCompare(b.id)).map(({ file: _f, ...card }) => card);
  return sha(JSON.stringify({ cards, lexicon: kb.lexicon }));
}

/** A fingerprint of the labelled eval files in a folder (by name and content). */
export function evalHash(dir: string): string | null {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch {
    return null;
  }
  return sha(files.map((f) => `${f}\n${readFileSync(join(dir, f), "utf8")}`).join("\n\0\n"));
}
