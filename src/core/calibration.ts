// Written by `npm run eval -- --fit`: logistic weights and status bands fitted on tests/eval/questions.yaml.
import type { Calibration } from "./confidence.js";

export const FITTED_CALIBRATION: Calibration = {
  "bias": -4.484,
  "weights": {
    "coverage": 0.438,
    "questionMatch": 1.814,
    "questionRecall": 0.557,
    "margin": 1.758,
    "missed": -0.735,
    "unknown": -2.577,
    "rare": -0.588,
    "gap": -0.96,
    "foreign": -2.422,
    "score": 1.862
  },
  "unsureAt": 0.47,
  "answerAt": 0.8
};
