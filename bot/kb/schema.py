"""The JSON Schema of a knowledge file, exported from the models for editors."""

from __future__ import annotations

import json
from typing import Any

from .models import ArticleFile
from .vocabulary import VocabularyFile

SCHEMA_FILE = "schema.json"
VOCABULARY_SCHEMA_FILE = "vocabulary.schema.json"


def schema(vocabulary: bool = False) -> dict[str, Any]:
    model = VocabularyFile if vocabulary else ArticleFile
    return model.model_json_schema(mode="validation")


def schema_json(vocabulary: bool = False) -> str:
    return json.dumps(schema(vocabulary), indent=2, ensure_ascii=False) + "\n"
