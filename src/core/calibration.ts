// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -5.16,
  "weights": {
    "coverage": -0.826,
    "questionMatch": 1.781,
    "questionRecall": 2.346,
    "margin": 1.29,
    "length": -0.757,
    "missed": -1.771,
    "unknown": -1.193,
    "rare": -0.264,
    "gap": 0.142,
    "foreign": -3.532,
    "absent": -0.637,
    "unlisted": -1.999,
    "score": 2.45
  },
  "unsureAt": 0.63,
  "answerAt": 0.73
};
