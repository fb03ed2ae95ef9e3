"""The JSON Schema of a knowledge file, exported from the models for editors."""

from __future__ import annotations

import json
from typing import Any

from .models import ArticleFile

SCHEMA_FILE = "schema.json"


def schema() -> dict[str, Any]:
    return ArticleFile.model_json_schema(mode="validation")


def schema_json() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"
