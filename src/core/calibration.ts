// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/*.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -6.067,
  "weights": {
    "coverage": 1.039,
    "questionMatch": 2.017,
    "questionRecall": 1.832,
    "margin": 0.432,
    "length": -2.524,
    "missed": -1.274,
    "unknown": -3.151,
    "rare": -1.259,
    "gap": -0.45,
    "foreign": -2.981,
    "score": 2.681
  },
  "unsureAt": 0.63,
  "answerAt": 0.84
};
