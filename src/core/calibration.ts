// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -5.364,
  "weights": {
    "coverage": -0.742,
    "questionMatch": 1.641,
    "questionRecall": 2.583,
    "margin": 1.492,
    "length": -0.885,
    "missed": -1.213,
    "unmet": -3.417,
    "unknown": -1.279,
    "rare": -0.176,
    "gap": 0.205,
    "foreign": -3.552,
    "absent": -0.628,
    "unlisted": -2.091,
    "score": 2.484
  },
  "unsureAt": 0.57,
  "answerAt": 0.67
};
