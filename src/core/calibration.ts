// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -5.233,
  "weights": {
    "coverage": -0.716,
    "questionMatch": 1.161,
    "questionRecall": 3.106,
    "margin": 1.626,
    "length": -0.886,
    "missed": -1.203,
    "unmet": -3.962,
    "unknown": -1.302,
    "rare": -0.165,
    "gap": 0.179,
    "foreign": -3.718,
    "absent": -0.208,
    "unlisted": -2.471,
    "score": 2.397
  },
  "unsureAt": 0.63,
  "answerAt": 0.73
};
