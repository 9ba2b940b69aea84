// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -5.151,
  "weights": {
    "coverage": -0.765,
    "questionMatch": 1.792,
    "questionRecall": 2.413,
    "margin": 1.311,
    "length": -0.737,
    "missed": -1.763,
    "unknown": -1.19,
    "rare": -0.317,
    "gap": 0.201,
    "foreign": -3.545,
    "absent": -0.621,
    "unlisted": -2.055,
    "score": 2.395
  },
  "unsureAt": 0.63,
  "answerAt": 0.73
};
