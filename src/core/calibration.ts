// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/questions.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -6,
  "weights": { "coverage": 5, "questionMatch": 3, "margin": 1.5, "missed": -1.5, "unknown": -1, "score": 0.5 },
  "answerAt": 0.6,
  "unsureAt": 0.3
};
