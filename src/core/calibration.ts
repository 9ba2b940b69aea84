// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -4.316,
  "weights": {
    "coverage": -0.049,
    "questionMatch": 0.936,
    "questionRecall": 2.633,
    "margin": 0.575,
    "length": -1.041,
    "missed": -1.028,
    "unknown": -1.342,
    "rare": -0.971,
    "gap": 0.142,
    "foreign": -2.971,
    "absent": -0.626,
    "unlisted": -2.39,
    "score": 2.368
  },
  "unsureAt": 0.68,
  "answerAt": 0.78
};
