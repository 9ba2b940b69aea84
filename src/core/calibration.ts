// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -6.097,
  "weights": {
    "coverage": 1.011,
    "questionMatch": 2.021,
    "questionRecall": 1.85,
    "margin": 0.409,
    "length": -2.551,
    "missed": -1.315,
    "unknown": -3.188,
    "rare": -1.259,
    "gap": -0.459,
    "foreign": -3.007,
    "score": 2.724
  },
  "unsureAt": 0.64,
  "answerAt": 0.83
};
