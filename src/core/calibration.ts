// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -6.562,
  "weights": {
    "coverage": 1.474,
    "questionMatch": 1.654,
    "questionRecall": 1.964,
    "margin": 0.214,
    "length": -2.134,
    "missed": -1.251,
    "unknown": -3.272,
    "rare": -0.728,
    "gap": -0.617,
    "foreign": -2.645,
    "score": 2.771
  },
  "unsureAt": 0.47,
  "answerAt": 0.81
};
