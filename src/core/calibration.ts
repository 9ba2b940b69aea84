// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/questions.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -6.114,
  "weights": {
    "coverage": 1.321,
    "questionMatch": 1.672,
    "questionRecall": 1.546,
    "margin": 0.373,
    "length": -2.225,
    "missed": -1.222,
    "unknown": -3.335,
    "rare": -0.7,
    "gap": -0.466,
    "foreign": -2.554,
    "score": 2.704
  },
  "unsureAt": 0.5,
  "answerAt": 0.77
};
