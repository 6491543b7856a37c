"""The kind of question a message asks (its cost, how long it takes, who may apply...).

The intent classifier says which topic a message is about; this second classifier, on the same
features, says which of the topic's answers it wants. It learns from the training examples that
carry the answer they ask for in their metadata (`answer: gst_registration/cost`, or just the
topic for its general answer, learnt as "none"); examples without it are left out. The bot picks
the best-ranked kind its topic has an answer for (bot/text/asks.py falls back to cue words when
this is absent or unsure).

Why a second classifier and not one intent per (topic, question) pair, or Rasa's
ResponseSelector with retrieval intents: with 329 classes the LogisticRegression over the char
n-grams did not finish training (benchmarks/README.md), and a retrieval intent would take the
examples away from their topic's intent. Here the topic keeps every example and the question
kind has a dozen classes, learnt from examples of every topic.

It is the project's LogisticRegressionClassifier (components/logistic_regression.py) with other
labels and another output key, so it trains, persists (skops) and loads the same way.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import METADATA, METADATA_EXAMPLE, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix

from components.logistic_regression import LogisticRegressionClassifier

GENERAL = "none"  # the topic's general answer ("what is it", "tell me about it")
OUTPUT = "question_kind"  # {"name": "cost", "confidence": 0.8}
RANKING = "question_kind_ranking"


def asked_kind(message: Message) -> str | None:
    """The kind of question a training example is labelled with, if any."""
    metadata = (message.get(METADATA) or {}).get(METADATA_EXAMPLE) or {}
    answer = metadata.get("answer") if isinstance(metadata, dict) else None
    if not answer:
        return None
    _, _, kind = str(answer).partition("/")
    return kind or GENERAL


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class QuestionKindClassifier(LogisticRegressionClassifier):
    """Logistic regression from the message's features to the kind of question it asks."""

    output = OUTPUT
    ranking_output = RANKING

    def _create_training_matrix(self, training_data: TrainingData) -> tuple[csr_matrix, list[str]]:
        examples = [e for e in training_data.intent_examples if e.get(TEXT) and asked_kind(e)]
        labels = [asked_kind(e) or GENERAL for e in examples]
        if not examples:
            return csr_matrix((0, 0)), []
        return self._create_X(examples), labels

    def train(self, training_data: TrainingData) -> Resource:
        X, y = self._create_training_matrix(training_data)
        if X.shape[0] == 0 or len(set(y)) < 2:  # a classifier needs two classes
            return self._resource
        self.clf.fit(X, y)
        self.persist()
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        # Unlike the intent classifier, nothing downstream reads this during training.
        return training_data
