"""Detection: rule files loaded into immutable models, the linguistics they use, and the engine."""
