// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -4.549,
  "weights": {
    "coverage": -0.8,
    "questionMatch": 1.836,
    "questionRecall": 1.892,
    "margin": 0.759,
    "length": -0.755,
    "missed": -1.565,
    "unknown": 0.09,
    "rare": -0.085,
    "gap": 0.048,
    "foreign": -2.621,
    "absent": -0.705,
    "unlisted": -2.278,
    "score": 2.421
  },
  "unsureAt": 0.6,
  "answerAt": 0.79
};
