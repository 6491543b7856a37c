"""Rasa's LogisticRegressionClassifier, predicting without copying its weights every time.

scikit-learn scores a sparse row against `coef_.T`, a transposed view, and scipy's sparse
product copies a non-contiguous operand into a new array first: for every message, the whole
weight matrix (classes x char n-gram vocabulary, tens of megabytes with this project's data)
was copied before a product that touches a few hundred of its rows. Profiling the Rasa server
showed that copy as most of the parse time, growing with the vocabulary. Here the transposed
weights are made contiguous once, after training or loading, and the probabilities are the
same softmax scikit-learn computes for a multinomial logistic regression.
"""

from __future__ import annotations

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.logistic_regression_classifier import (
    LogisticRegressionClassifier as RasaLogisticRegression,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.utils.tensorflow.constants import RANKING_LENGTH
from scipy.sparse import csr_matrix
from sklearn.utils.extmath import softmax


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LogisticRegressionClassifier(RasaLogisticRegression):
    """The intent classifier: Rasa's, with `probabilities` computed on contiguous weights."""

    output = "intent"
    ranking_output = "intent_ranking"

    _weights: np.ndarray | None = None

    def probabilities(self, X: csr_matrix) -> np.ndarray:
        """predict_proba of the fitted multinomial model (three classes or more)."""
        if self._weights is None or self._weights.shape[0] != X.shape[1]:
            self._weights = np.ascontiguousarray(self.clf.coef_.T)
        return softmax(np.asarray(X @ self._weights) + self.clf.intercept_)

    def process(self, messages: list[Message]) -> list[Message]:
        if not hasattr(self.clf, "classes_"):  # untrained: nothing to learn from
            return messages
        rows = self.probabilities(self._create_X(messages))
        length = self.config[RANKING_LENGTH]
        for message, row in zip(messages, rows, strict=True):
            ranking = sorted(
                (
                    {"name": str(name), "confidence": float(p)}
                    for name, p in zip(self.clf.classes_, row, strict=True)
                ),
                key=lambda entry: -entry["confidence"],
            )
            message.set(self.output, ranking[0], add_to_output=True)
            message.set(
                self.ranking_output, ranking[:length] if length > 0 else ranking, add_to_output=True
            )
        return messages
