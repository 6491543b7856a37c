"""Custom Rasa components of this project (imported by `rasa` from the project directory)."""
