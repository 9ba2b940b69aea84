// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/questions.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -6.429,
  "weights": {
    "coverage": 1.873,
    "questionMatch": 1.348,
    "questionRecall": 0.236,
    "margin": 2.601,
    "missed": -1.047,
    "unknown": -2.366,
    "score": 2.116
  },
  "unsureAt": 0.65,
  "answerAt": 0.83
};
