// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/questions.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -5.112,
  "weights": {
    "coverage": 1.839,
    "questionMatch": 1.602,
    "questionRecall": 0.84,
    "margin": 1.99,
    "missed": -0.684,
    "unknown": -2.578,
    "foreign": -2.723,
    "score": 1.346
  },
  "unsureAt": 0.71,
  "answerAt": 0.85
};
