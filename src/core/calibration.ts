// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -6.321,
  "weights": {
    "coverage": -1.098,
    "questionMatch": 0.59,
    "questionRecall": 2.661,
    "likeness": 4.757,
    "margin": 1.784,
    "length": -1.328,
    "missed": -1.175,
    "unmet": -3.905,
    "unknown": -1.574,
    "rare": -0.179,
    "gap": -0.432,
    "foreign": -3.81,
    "absent": -0.059,
    "unlisted": -1.754,
    "score": 2.677
  },
  "unsureAt": 0.56,
  "answerAt": 0.66
};
