// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/questions.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -4.581,
  "weights": {
    "coverage": 0.315,
    "questionMatch": 1.831,
    "questionRecall": 0.609,
    "margin": 1.758,
    "missed": -0.735,
    "unknown": -2.703,
    "rare": -0.593,
    "gap": -0.958,
    "foreign": -2.397,
    "score": 1.916
  },
  "unsureAt": 0.46,
  "answerAt": 0.8
};
