// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -5.3,
  "weights": {
    "coverage": -0.85,
    "questionMatch": 1.729,
    "questionRecall": 2.535,
    "margin": 1.512,
    "length": -0.969,
    "missed": -1.251,
    "unmet": -3.457,
    "unknown": -1.359,
    "rare": -0.187,
    "gap": 0.16,
    "foreign": -3.561,
    "absent": -0.533,
    "unlisted": -2.134,
    "score": 2.513
  },
  "unsureAt": 0.59,
  "answerAt": 0.69
};
