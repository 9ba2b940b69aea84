// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -4.718,
  "weights": {
    "coverage": -0.883,
    "questionMatch": 1.976,
    "questionRecall": 1.749,
    "margin": 0.659,
    "length": -0.745,
    "missed": -1.364,
    "unknown": 0.236,
    "rare": -0.138,
    "gap": 0.111,
    "foreign": -3.112,
    "absent": -0.734,
    "unlisted": -2.31,
    "score": 2.534
  },
  "unsureAt": 0.59,
  "answerAt": 0.7
};
