// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -5.679,
  "weights": {
    "coverage": -0.918,
    "questionMatch": 1.553,
    "questionRecall": 3.127,
    "margin": 1.664,
    "length": -0.851,
    "missed": -1.255,
    "unmet": -3.971,
    "unknown": -1.697,
    "rare": -0.204,
    "gap": -0.327,
    "foreign": -3.708,
    "absent": -0.103,
    "unlisted": -2.316,
    "score": 2.585
  },
  "unsureAt": 0.66,
  "answerAt": 0.76
};
