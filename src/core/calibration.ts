// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/questions.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -4.662,
  "weights": {
    "coverage": 0.606,
    "questionMatch": 1.507,
    "questionRecall": 1.493,
    "margin": 0.578,
    "length": -1.795,
    "missed": -0.198,
    "unknown": -2.826,
    "rare": -0.744,
    "gap": -0.827,
    "foreign": -2.276,
    "score": 2.224
  },
  "unsureAt": 0.55,
  "answerAt": 0.81
};
