// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -5.971,
  "weights": {
    "coverage": 1.187,
    "questionMatch": 1.896,
    "questionRecall": 2.145,
    "margin": 0.447,
    "length": -2.542,
    "missed": -1.263,
    "unknown": -2.994,
    "rare": -1.323,
    "gap": -0.476,
    "foreign": -2.977,
    "score": 2.538
  },
  "unsureAt": 0.73,
  "answerAt": 0.83
};
